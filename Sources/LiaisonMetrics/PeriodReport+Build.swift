import LiaisonCore

extension PeriodReport {
    /// Computes the report of `quarter` from `ledger`, as known on `asOf`.
    ///
    /// - Throws: ``MetricsError/periodAfterAsOf(_:asOf:)`` when the quarter starts after
    ///   the as-of day.
    public init(ledger: Ledger, quarter: Quarter, asOf: Day) throws(MetricsError) {
        try self.init(ledger: ledger, period: .quarter(quarter), asOf: asOf)
    }

    /// Computes the report of `period` (a quarter or a year) from `ledger`, as known on `asOf`.
    ///
    /// - Throws: ``MetricsError/periodAfterAsOf(_:asOf:)`` when the period starts after
    ///   the as-of day.
    public init(ledger: Ledger, period: Period, asOf: Day) throws(MetricsError) {
        guard period.firstDay <= asOf else { throw .periodAfterAsOf(period, asOf: asOf) }
        let coveredUntil = min(asOf, period.lastDay)
        let window = ReportWindow(period: period, asOf: coveredUntil, articles: ledger.articles)
        let partners = PartnerTally(engagements: ledger.engagements, window: window)
        let agreements = AgreementTally(agreements: ledger.agreements, window: window)

        self.period = period
        self.asOf = coveredUntil
        isComplete = period.lastDay < asOf
        regions = partners.rows
        subregions = partners.subregionRows
        total = partners.total
        engagementCount = partners.engagements.count
        self.partners = partners.activities
        engagements = partners.engagements
        agreementTypes = agreements.rows
        self.agreements = agreements.agreements
        initiatives = InitiativeInventory.all(ledger.initiatives, window: window)
        topics = TopicTally.rows(engagements: engagements, agreements: self.agreements)
        figures = Self.reported(ledger.figures, window)
        statements = Self.reported(ledger.statements, window)
        mentions = Self.reported(ledger.mentions, window)
        undated = Self.undated(ledger, window)
        let previousInitiatives = InitiativeInventory.all(ledger.initiatives, window: window.over(period.previous))
        var current = Headline(countries: total.countries, organisations: total.organisations,
                               newPartners: total.newPartners, engagements: engagementCount,
                               agreements: self.agreements.count,
                               agreementsSigned: self.agreements.count { $0.status == .signed })
        current.countChanges(in: initiatives)
        var previous = partners.previousPeriod
        previous.agreements = agreements.previousPeriod.all
        previous.agreementsSigned = agreements.previousPeriod.signed
        previous.countChanges(in: previousInitiatives)
        headline = Headline.rows(current, previous: previous)
        let trends = TrendTally(ledger: ledger, window: window)
        trend = trends.rows
        lapsed = trends.lapsed
        returning = trends.returning
        sources = Self.sources(of: [
            engagements.map(\.sources), self.agreements.map(\.sources),
            initiatives.flatMap(\.entries).map(\.sources), figures.map(\.sources), statements.map(\.sources),
            mentions.map(\.sources), undated.map(\.sources),
        ].flatMap { $0 }, articles: ledger.articles)
    }

    /// The records of a kind reported in the period, by date then id (undated last).
    private static func reported<Record: DatedRecord>(_ records: [Record], _ window: ReportWindow) -> [Record] {
        records
            .filter { window.isKnown($0.date, sources: $0.sources) && window.isReported($0.date, sources: $0.sources) }
            .sorted { LedgerDate.chronologically($0.date, $1.date) ?? ($0.id < $1.id) }
    }

    /// Engagements, then agreements, without a quarter, not held by the period, and first
    /// reported in it.
    private static func undated(_ ledger: Ledger, _ window: ReportWindow) -> [UndatedRecord] {
        // Indices, not elements: most engagements are dated, and copying each one is costly.
        let engagements = ledger.engagements.indices
            .filter { isUndated(ledger.engagements[$0].date, ledger.engagements[$0].sources, window) }
            .map { ledger.engagements[$0] }
            .map { UndatedRecord(kind: Engagement.kindName, id: $0.id, partners: $0.partners.sorted(), date: $0.date,
                                 summary: $0.summary, sources: $0.sources) }
        let agreements = ledger.agreements
            .filter { isUndated($0.date, $0.sources, window) }
            .map { UndatedRecord(kind: Agreement.kindName, id: $0.id, partners: $0.parties.sorted(), date: $0.date,
                                 summary: $0.summary, sources: $0.sources) }
        return engagements.sorted { $0.id < $1.id } + agreements.sorted { $0.id < $1.id }
    }

    private static func isUndated(_ date: LedgerDate, _ sources: [Provenance], _ window: ReportWindow) -> Bool {
        window.isKnown(date, sources: sources) && window.isReportedInPeriod(date, sources: sources)
    }

    /// The cited articles, by publication day then id, with how many records cite each.
    private static func sources(of citations: [[Provenance]], articles: [Article]) -> [SourceArticle] {
        var counts: [String: Int] = [:]
        for sources in citations {
            for id in Set(sources.map(\.article)) { counts[id, default: 0] += 1 }
        }
        return articles
            .filter { counts[$0.id] != nil }
            .sorted { LedgerDate.chronologically($0.published, $1.published) ?? ($0.id < $1.id) }
            .map { SourceArticle(id: $0.id, title: $0.title, outlet: $0.outlet, url: $0.url, language: $0.language, file: $0.file,
                                 published: $0.published, citations: counts[$0.id] ?? 0) }
    }
}

extension Headline {
    mutating func countChanges(in inventories: [InitiativeInventory]) {
        for entry in inventories.flatMap(\.entries) {
            switch entry.change {
            case .new: initiativesNew += 1
            case .statusChanged: initiativesChanged += 1
            case nil: break
            }
        }
    }
}

/// A record with one date.
protocol DatedRecord: LedgerRecord {
    var date: LedgerDate { get }
}

extension Figure: DatedRecord {}
extension Statement: DatedRecord {}
extension Mention: DatedRecord {}
