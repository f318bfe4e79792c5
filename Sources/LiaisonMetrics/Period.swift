import LiaisonCore

/// A calendar quarter or a calendar year: what a brief covers, or when a partner was last
/// seen when a date gives only the year.
public enum Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    case quarter(Quarter)
    case year(Int)

    /// The year that holds the period.
    public var year: Int {
        switch self {
        case .quarter(let quarter): quarter.year
        case .year(let year): year
        }
    }

    /// The period's quarters, in order: one, or the year's four.
    public var quarters: [Quarter] {
        switch self {
        case .quarter(let quarter): [quarter]
        // Safe: the numbers are 1 to 4.
        case .year(let year): (1...4).map { Quarter(year: year, number: $0)! }
        }
    }

    public var firstDay: Day {
        switch self {
        case .quarter(let quarter): quarter.firstDay
        case .year(let year): Day.firstOf(month: 1, year: year)
        }
    }

    public var lastDay: Day {
        switch self {
        case .quarter(let quarter): quarter.lastDay
        case .year(let year): Day.lastOf(month: 12, year: year)
        }
    }

    /// Whether the period is a calendar year rather than a quarter.
    public var isYear: Bool {
        if case .year = self { return true }
        return false
    }

    /// The period of the same length just before.
    public var previous: Period {
        switch self {
        case .quarter(let quarter): .quarter(quarter.previous)
        case .year(let year): .year(year - 1)
        }
    }

    /// Whether the period holds `day`.
    public func contains(_ day: Day) -> Bool { firstDay <= day && day <= lastDay }

    /// `2025-Q3` or `2024`.
    public var description: String {
        switch self {
        case .quarter(let quarter): quarter.description
        case .year(let year): String(year)
        }
    }

    /// Chronological: by last day, then first day (a year before its own fourth quarter).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.lastDay, lhs.firstDay) < (rhs.lastDay, rhs.firstDay)
    }
}
