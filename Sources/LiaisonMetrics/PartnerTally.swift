import LiaisonCore

/// One pass over the engagements that gathers, per partner, what the region, sub-region
/// and partner tables need.
struct PartnerTally {
    let rows: [RegionRow]
    let subregionRows: [SubregionRow]
    let total: PartnerCounts
    let activities: [PartnerActivity]
    let engagements: [Engagement]
    /// The previous period's headline partner numbers.
    let previousPeriod: Headline

    init(engagements all: [Engagement], window: ReportWindow) {
        var inPeriod: [Engagement] = []
        var activity: [String: Accumulator] = [:]
        var previous: [String: Partner] = [:]
        var previousEngagements = 0
        var yearToDate: [String: Partner] = [:]
        // Each partner's earliest engagement, as a `ReportWindow.position`.
        var earliest: [String: Int] = [:]

        // Indices, not elements: copying a million engagements costs more than counting them.
        for index in all.indices {
            let date = all[index].date
            guard window.isKnown(date, sources: all[index].sources) else { continue }
            let placement = window.place(date)
            if placement.contains(.inPeriod) {
                let engagement = all[index]
                inPeriod.append(engagement)
                for partner in engagement.partners {
                    activity[partner.code, default: Accumulator(partner: partner)].add(engagement)
                }
            } else if placement.contains(.inPreviousPeriod) {
                previousEngagements += 1
                for partner in all[index].partners { previous[partner.code] = partner }
            }
            if let position = ReportWindow.position(of: date) {
                for partner in all[index].partners where earliest[partner.code].map({ position < $0 }) ?? true {
                    earliest[partner.code] = position
                }
            }
            if placement.contains(.inYearToDate) {
                for partner in all[index].partners { yearToDate[partner.code] = partner }
            }
        }

        let positions = ReportWindow.positions(of: window.period)
        activities = activity.values
            .map { $0.activity(isNew: earliest[$0.partner.code].map(positions.contains) == true) }
            .sorted { // engagements descending, then name and code ascending
                ($1.engagements, $0.partner.name, $0.partner.code) < ($0.engagements, $1.partner.name, $1.partner.code)
            }
        engagements = inPeriod.sorted {
            LedgerDate.chronologically($0.date, $1.date) ?? ($0.id < $1.id)
        }

        let previousPositions = ReportWindow.positions(of: window.period.previous)
        previousPeriod = Headline(
            countries: previous.values.count { $0.kind == .country },
            organisations: previous.values.count { $0.kind == .organisation },
            newPartners: previous.keys.count { earliest[$0].map(previousPositions.contains) == true },
            engagements: previousEngagements)

        var byArea: [Area: PartnerCounts] = [:]
        for item in activities {
            byArea[Area(item.partner), default: PartnerCounts()].addEngaged(item)
        }
        for partner in previous.values { byArea[Area(partner), default: PartnerCounts()].previousPeriodPartners += 1 }
        for partner in yearToDate.values { byArea[Area(partner), default: PartnerCounts()].yearToDatePartners += 1 }

        let subregionRows = byArea
            .sorted { $0.key < $1.key }
            .map { SubregionRow(region: $0.key.region, subregion: $0.key.subregion, counts: $0.value) }
        let rows = Region.allCases.map { region in
            RegionRow(region: region,
                      counts: subregionRows.filter { $0.region == region }.map(\.counts).reduce(PartnerCounts(), +))
        }
        self.subregionRows = subregionRows
        self.rows = rows
        total = rows.map(\.counts).reduce(PartnerCounts(), +)
    }

    /// A region and sub-region, ordered by region order then sub-region name.
    private struct Area: Hashable, Comparable {
        let region: Region
        let subregion: Subregion?

        init(_ partner: Partner) {
            region = partner.region
            subregion = partner.subregion
        }

        static func < (lhs: Area, rhs: Area) -> Bool {
            (lhs.region.order, lhs.subregion?.name ?? "", lhs.subregion?.code ?? "")
                < (rhs.region.order, rhs.subregion?.name ?? "", rhs.subregion?.code ?? "")
        }
    }

    /// One partner's engagements in the period.
    private struct Accumulator {
        let partner: Partner
        var count = 0
        var kinds = Set<EngagementKind>()
        var firstDay: Day?
        var lastDay: Day?
        var articles = Set<String>()

        init(partner: Partner) { self.partner = partner }

        mutating func add(_ engagement: Engagement) {
            count += 1
            kinds.insert(engagement.kind)
            if let first = engagement.date.first, firstDay.map({ first < $0 }) ?? true { firstDay = first }
            if let last = engagement.date.last, lastDay.map({ last > $0 }) ?? true { lastDay = last }
            for source in engagement.sources { articles.insert(source.article) }
        }

        func activity(isNew: Bool) -> PartnerActivity {
            // Every engagement in a period has a first and last day (a year-only one, its year's).
            let first = firstDay ?? Day.firstOf(month: 1, year: 1)
            return PartnerActivity(partner: partner, engagements: count,
                                   kinds: EngagementKind.allCases.filter(kinds.contains),
                                   firstDay: first, lastDay: lastDay ?? first, isNew: isNew,
                                   sources: articles.sorted())
        }
    }
}

extension PartnerCounts {
    mutating func addEngaged(_ activity: PartnerActivity) {
        switch activity.partner.kind {
        case .country: countries += 1
        case .organisation: organisations += 1
        }
        engagements += activity.engagements
        if activity.isNew { newPartners += 1 }
    }

    static func + (lhs: PartnerCounts, rhs: PartnerCounts) -> PartnerCounts {
        var sum = lhs
        sum.countries += rhs.countries
        sum.organisations += rhs.organisations
        sum.engagements += rhs.engagements
        sum.newPartners += rhs.newPartners
        sum.previousPeriodPartners += rhs.previousPeriodPartners
        sum.yearToDatePartners += rhs.yearToDatePartners
        return sum
    }
}
