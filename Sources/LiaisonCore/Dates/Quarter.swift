/// A calendar quarter such as 2025-Q4.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    /// Creates a quarter; `nil` unless `number` is 1 to 4.
    public init?(year: Int, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// The quarter that holds a day.
    public init(containing day: Day) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    /// Parses `2025-Q4` or `2025Q4`, in any case; `nil` for anything else.
    public init?(parsing text: some StringProtocol) {
        let upper = text.uppercased()
        let parts = upper.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        var yearText = parts[0]
        if yearText.hasSuffix("-") { yearText = yearText.dropLast() }
        guard yearText.count == 4, let year = Int(yearText),
              parts[1].count == 1, let number = Int(parts[1]) else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter's first day.
    public var firstDay: Day { Day.firstOf(month: number * 3 - 2, year: year) }

    /// The quarter's last day.
    public var lastDay: Day { Day.lastOf(month: number * 3, year: year) }

    /// The quarter before this one.
    public var previous: Quarter {
        number == 1 ? Quarter(unchecked: year - 1, 4) : Quarter(unchecked: year, number - 1)
    }

    /// The quarter after this one.
    public var next: Quarter {
        number == 4 ? Quarter(unchecked: year + 1, 1) : Quarter(unchecked: year, number + 1)
    }

    /// Whether the quarter holds `day`.
    public func contains(_ day: Day) -> Bool { Quarter(containing: day) == self }

    /// The quarter as `YYYY-Qn`.
    public var description: String { "\(year)-Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    init(unchecked year: Int, _ number: Int) {
        self.year = year
        self.number = number
    }
}
