import LiaisonCore

/// Quarters or calendar years: the unit of a brief.
public enum PeriodUnit: Hashable, Sendable {
    case quarter
    case year

    /// The period of this unit a date falls in: a placed date's quarter, any dated record's
    /// year; `nil` for a year-only date's quarter and for undated.
    func period(of date: LedgerDate) -> Period? {
        switch self {
        case .quarter: date.quarter.map(Period.quarter)
        case .year: date.year.map(Period.year)
        }
    }

    /// The period of this unit that holds `day`.
    func period(containing day: Day) -> Period {
        switch self {
        case .quarter: .quarter(Quarter(containing: day))
        case .year: .year(day.year)
        }
    }
}

/// The periods a user asks for: a named quarter or year, the latest holding data, the last
/// one ended, or all of them.
public enum PeriodChoice: Hashable, Sendable, CustomStringConvertible {
    case period(Period)
    /// The latest period holding a dated record that starts on or before the as-of day
    /// (for quarters, a record placed in one).
    case latest(PeriodUnit)
    /// The last period that ended before the as-of day: what a scheduled run reports.
    case previous(PeriodUnit)
    /// Every period up to the as-of day whose report is not empty.
    case all(PeriodUnit)

    /// Parses `latest`, `previous`, `all` (any case), or a quarter (`2025-Q4`, `2025Q4`) or a
    /// year of four digits (`2024`), as `unit` says.
    public init?(parsing text: String, unit: PeriodUnit) {
        switch text.lowercased() {
        case "latest": self = .latest(unit)
        case "previous": self = .previous(unit)
        case "all": self = .all(unit)
        default:
            switch unit {
            case .quarter:
                guard let quarter = Quarter(parsing: text) else { return nil }
                self = .period(.quarter(quarter))
            case .year:
                guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), year > 0 else { return nil }
                self = .period(.year(year))
            }
        }
    }

    public var description: String {
        switch self {
        case .period(let period): period.description
        case .latest: "latest"
        case .previous: "previous"
        case .all: "all"
        }
    }

    /// The periods this choice names in `ledger` on `asOf`, oldest first: one, except for
    /// `all`, which may give none.
    /// - Throws: ``MetricsError/noDatedRecords(asOf:)`` for `latest` when no record is dated
    ///   (for quarters, placed) on or before `asOf`.
    public func resolve(in ledger: Ledger, asOf: Day) throws(MetricsError) -> [Period] {
        switch self {
        case .period(let period): return [period]
        case .previous(let unit): return [unit.period(containing: asOf).previous]
        case .latest(let unit):
            var latest: Period?
            ledger.forEachDate(asOf: asOf) { date in
                if let period = unit.period(of: date), latest.map({ period > $0 }) ?? true { latest = period }
            }
            guard let latest else { throw .noDatedRecords(asOf: asOf) }
            return [latest]
        case .all(let unit):
            var candidates = Set<Period>()
            ledger.forEachDate(asOf: asOf) { date in
                if let period = unit.period(of: date) { candidates.insert(period) }
            }
            // Records the period does not hold show in the period their article appeared.
            for published in ledger.articles.compactMap(\.published.last) where published <= asOf {
                candidates.insert(unit.period(containing: published))
            }
            return candidates.sorted().filter { period in
                (try? PeriodReport(ledger: ledger, period: period, asOf: asOf))?.isEmpty == false
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
