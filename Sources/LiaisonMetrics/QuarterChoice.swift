import LiaisonCore

/// The quarter a user asks for: a named one, the latest holding data, or the last one
/// complete.
public enum QuarterChoice: Hashable, Sendable, CustomStringConvertible {
    case quarter(Quarter)
    /// The latest quarter holding a dated record that starts on or before the as-of day.
    case latest
    /// The last calendar quarter that ended before the as-of day.
    case previous
    /// Every quarter up to the as-of day whose report is not empty.
    case all

    /// Parses `latest`, `previous`, `all` or a quarter (`2025-Q4`, `2025Q4`, any case).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "latest": self = .latest
        case "previous": self = .previous
        case "all": self = .all
        default:
            guard let quarter = Quarter(parsing: text) else { return nil }
            self = .quarter(quarter)
        }
    }

    public var description: String {
        switch self {
        case .quarter(let quarter): quarter.description
        case .latest: "latest"
        case .previous: "previous"
        case .all: "all"
        }
    }

    /// The quarters this choice names in `ledger` on `asOf`, oldest first: one, except for
    /// `all`, which may give none.
    /// - Throws: ``MetricsError/noDatedRecords(asOf:)`` for `latest` when no record is placed
    ///   in a quarter on or before `asOf`.
    public func resolve(in ledger: Ledger, asOf: Day) throws(MetricsError) -> [Quarter] {
        switch self {
        case .quarter(let quarter): return [quarter]
        case .previous: return [Quarter(containing: asOf).previous]
        case .latest:
            var latest: Quarter?
            Self.forEachPlacedQuarter(in: ledger, asOf: asOf) { placed in
                if latest.map({ placed > $0 }) ?? true { latest = placed }
            }
            guard let latest else { throw .noDatedRecords(asOf: asOf) }
            return [latest]
        case .all:
            var candidates = Set<Quarter>()
            Self.forEachPlacedQuarter(in: ledger, asOf: asOf) { candidates.insert($0) }
            // Unplaced records show in the quarter their article appeared.
            for published in ledger.articles.compactMap(\.published.last) where published <= asOf {
                candidates.insert(Quarter(containing: published))
            }
            return candidates.sorted().filter { quarter in
                (try? QuarterReport(ledger: ledger, quarter: quarter, asOf: asOf))?.isEmpty == false
            }
        }
    }

    /// Calls `body` with the quarter of every placed date that starts on or before `asOf`.
    private static func forEachPlacedQuarter(in ledger: Ledger, asOf: Day, _ body: (Quarter) -> Void) {
        func consider(_ date: LedgerDate) {
            guard let first = date.first, first <= asOf, let placed = date.quarter else { return }
            body(placed)
        }
        for index in ledger.engagements.indices { consider(ledger.engagements[index].date) }
        for agreement in ledger.agreements { consider(agreement.date) }
        for initiative in ledger.initiatives { initiative.history.forEach { consider($0.date) } }
        for figure in ledger.figures { consider(figure.date) }
        for statement in ledger.statements { consider(statement.date) }
        for mention in ledger.mentions { consider(mention.date) }
    }
}

/// Why a report cannot be computed.
public enum MetricsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The quarter has not begun on the as-of day.
    case quarterAfterAsOf(Quarter, asOf: Day)
    /// `latest` was asked of a ledger without a record in a quarter up to the as-of day.
    case noDatedRecords(asOf: Day)

    public var description: String {
        switch self {
        case .quarterAfterAsOf(let quarter, let asOf):
            "\(quarter) begins on \(quarter.firstDay), after the as-of date \(asOf); pick an earlier quarter or a later --as-of"
        case .noDatedRecords(let asOf):
            "the ledger has no record dated in a quarter on or before \(asOf), so there is no latest quarter; name one with --quarter YYYY-Qn"
        }
    }
}
