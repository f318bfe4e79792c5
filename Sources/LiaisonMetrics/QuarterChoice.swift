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
                (try? PeriodReport(ledger: ledger, quarter: quarter, asOf: asOf))?.isEmpty == false
            }
        }
    }

    /// Calls `body` with the quarter of every placed date that starts on or before `asOf`.
    private static func forEachPlacedQuarter(in ledger: Ledger, asOf: Day, _ body: (Quarter) -> Void) {
        ledger.forEachDate(asOf: asOf) { date in
            if let placed = date.quarter { body(placed) }
        }
    }
}

/// The year a user asks for: a named one, the latest holding data, the last one complete,
/// or all of them.
public enum YearChoice: Hashable, Sendable, CustomStringConvertible {
    case year(Int)
    /// The latest year holding a dated record (placed or year-only) that starts on or
    /// before the as-of day.
    case latest
    /// The year before the as-of day's: what a January run reviews.
    case previous
    /// Every year up to the as-of day whose review is not empty.
    case all

    /// Parses `latest`, `previous`, `all` or a year of four digits (`2024`).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "latest": self = .latest
        case "previous": self = .previous
        case "all": self = .all
        default:
            guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), year > 0 else { return nil }
            self = .year(year)
        }
    }

    public var description: String {
        switch self {
        case .year(let year): String(year)
        case .latest: "latest"
        case .previous: "previous"
        case .all: "all"
        }
    }

    /// The years this choice names in `ledger` on `asOf`, oldest first: one, except for
    /// `all`, which may give none.
    /// - Throws: ``MetricsError/noDatedRecords(asOf:)`` for `latest` when no record is dated
    ///   on or before `asOf`.
    public func resolve(in ledger: Ledger, asOf: Day) throws(MetricsError) -> [Int] {
        switch self {
        case .year(let year): return [year]
        case .previous: return [asOf.year - 1]
        case .latest:
            var latest: Int?
            ledger.forEachDate(asOf: asOf) { date in
                if let year = date.year, latest.map({ year > $0 }) ?? true { latest = year }
            }
            guard let latest else { throw .noDatedRecords(asOf: asOf) }
            return [latest]
        case .all:
            var candidates = Set<Int>()
            ledger.forEachDate(asOf: asOf) { date in
                if let year = date.year { candidates.insert(year) }
            }
            // Undated records show in the year their article appeared.
            for published in ledger.articles.compactMap(\.published.last) where published <= asOf {
                candidates.insert(published.year)
            }
            return candidates.sorted().filter { year in
                (try? PeriodReport(ledger: ledger, period: .year(year), asOf: asOf))?.isEmpty == false
            }
        }
    }
}

extension Ledger {
    /// Calls `body` with the date of every record that is dated and starts on or before `asOf`.
    fileprivate func forEachDate(asOf: Day, _ body: (LedgerDate) -> Void) {
        func consider(_ date: LedgerDate) {
            guard let first = date.first, first <= asOf else { return }
            body(date)
        }
        for index in engagements.indices { consider(engagements[index].date) }
        for agreement in agreements { consider(agreement.date) }
        for initiative in initiatives { initiative.history.forEach { consider($0.date) } }
        for figure in figures { consider(figure.date) }
        for statement in statements { consider(statement.date) }
        for mention in mentions { consider(mention.date) }
    }
}

/// Why a report cannot be computed.
public enum MetricsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The quarter or year has not begun on the as-of day.
    case periodAfterAsOf(Period, asOf: Day)
    /// `latest` was asked of a ledger without a dated record up to the as-of day.
    case noDatedRecords(asOf: Day)

    public var description: String {
        switch self {
        case .periodAfterAsOf(let period, let asOf):
            "\(period) begins on \(period.firstDay), after the as-of date \(asOf); pick an earlier "
                + (period.isYear ? "year" : "quarter") + " or a later --as-of"
        case .noDatedRecords(let asOf):
            "the ledger has no record dated on or before \(asOf) (for a quarter, dated within one: a year-only date "
                + "names no quarter), so nothing is the latest; name a quarter with --quarter YYYY-Qn or a year with --year YYYY"
        }
    }
}
