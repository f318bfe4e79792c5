/// A calendar day in the proleptic Gregorian calendar, without time or time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Packed: a ledger holds two days per record, a million records and more.
    private let packedYear: Int32
    private let packedMonth: UInt8
    private let packedDay: UInt8

    public var year: Int { Int(packedYear) }
    public var month: Int { Int(packedMonth) }
    public var day: Int { Int(packedDay) }

    /// Creates a day, or returns `nil` when it does not exist (`2025-02-30`) or its year
    /// is beyond ±2 billion.
    public init?(year: Int, month: Int, day: Int) {
        guard Int32(exactly: year) != nil, (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Parses an ISO date `YYYY-MM-DD`; `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The number of days in a month of a year (February follows the leap-year rule).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The last day of a month.
    public static func lastOf(month: Int, year: Int) -> Day {
        // Safe: the month is in range and the day is its own length.
        Day(unchecked: year, month, daysIn(month: month, year: year))
    }

    /// The first day of a month.
    public static func firstOf(month: Int, year: Int) -> Day {
        Day(unchecked: year, month, 1)
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        packedYear = Int32(clamping: year)
        packedMonth = UInt8(truncatingIfNeeded: month)
        packedDay = UInt8(truncatingIfNeeded: day)
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil: years counted from March, so February is last.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// The day of the week, ISO 8601: 1 for Monday to 7 for Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        ((daysSinceEpoch + 3) % 7 + 7) % 7 + 1
    }

    /// The day as `YYYY-MM-DD`.
    public var iso: String {
        guard (0...9999).contains(year) else { return "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))" }
        // Ten ASCII digits and hyphens, written in place: reports print a great many days.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var rest = value
                for index in (start..<start + width).reversed() {
                    buffer[index] = UInt8(0x30 + rest % 10)
                    rest /= 10
                }
            }
            put(year, 4, at: 0)
            buffer[4] = 0x2D
            put(month, 2, at: 5)
            buffer[7] = 0x2D
            put(day, 2, at: 8)
            return 10
        }
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.packedYear, lhs.packedMonth, lhs.packedDay) < (rhs.packedYear, rhs.packedMonth, rhs.packedDay)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
