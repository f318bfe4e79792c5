import LiaisonCore

/// The initiatives of one category as of the period's last day (or the as-of day, if
/// earlier), by name then id.
public struct InitiativeInventory: Sendable, Hashable {
    public let category: InitiativeCategory
    public let entries: [InitiativeEntry]
}

/// An initiative and where it stood at the end of the period.
public struct InitiativeEntry: Sendable, Hashable {
    public let id: String
    public let category: InitiativeCategory
    public let name: String
    public let locations: [String]
    public let partners: [Partner]
    public let summary: String?
    /// The status as of the inventory's day.
    public let status: InitiativeStatus
    /// The date of the report that gives that status.
    public let statusDate: LedgerDate
    /// The day the ledger first knows of the initiative (see ``InitiativeInventory``).
    public let firstReported: Day
    /// Whether it is new in the period or its status changed in it; `nil` otherwise.
    public let change: InitiativeChange?
    /// The sources of the report that gives the status.
    public let sources: [Provenance]
}

/// What happened to an initiative in the period.
public enum InitiativeChange: Sendable, Hashable {
    /// First reported in the period.
    case new
    /// Reported before with another status.
    case statusChanged(from: InitiativeStatus)
}

extension InitiativeInventory {
    /// The inventories of every category, in vocabulary order.
    static func all(_ initiatives: [Initiative], window: ReportWindow) -> [InitiativeInventory] {
        let cutoff = min(window.period.lastDay, window.asOf)
        let entries = initiatives.compactMap { entry(for: $0, asOf: cutoff, window: window) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return InitiativeCategory.allCases.map { category in
            InitiativeInventory(category: category, entries: entries.filter { $0.category == category })
        }
    }

    /// The initiative's entry as of `cutoff`, or `nil` when no report of it is known by then.
    private static func entry(for initiative: Initiative, asOf cutoff: Day, window: ReportWindow) -> InitiativeEntry? {
        let known = initiative.history.enumerated()
            .compactMap { index, report in knownFrom(report, window).map { (day: $0, index: index, report: report) } }
            .filter { $0.day <= cutoff }
            .sorted { ($0.day, $0.index) < ($1.day, $1.index) }
        guard let first = known.first, let current = known.last else { return nil }
        let periodStart = window.period.firstDay
        var change: InitiativeChange?
        if first.day >= periodStart {
            change = .new
        } else if current.day >= periodStart,
                  let before = known.last(where: { $0.day < periodStart }), before.report.status != current.report.status {
            change = .statusChanged(from: before.report.status)
        }
        return InitiativeEntry(id: initiative.id, category: initiative.category, name: initiative.name,
                               locations: initiative.locations, partners: initiative.partners,
                               summary: initiative.summary, status: current.report.status,
                               statusDate: current.report.date, firstReported: first.day, change: change,
                               sources: current.report.sources)
    }

    /// The day a status report is known from: the first day of a placed date; for a
    /// year-only date, the year's last day or the article's publication if earlier; for an
    /// undated report, the article's publication.
    static func knownFrom(_ report: StatusReport, _ window: ReportWindow) -> Day? {
        let published = window.firstPublished(report.sources)
        switch report.date.precision {
        case .day, .dayRange, .month, .quarter:
            return report.date.first
        case .year:
            guard let yearEnd = report.date.last else { return published }
            return published.map { min($0, yearEnd) } ?? yearEnd
        case .undated:
            return published
        }
    }
}
