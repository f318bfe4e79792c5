/// The date of a ledger record, as precise as its source allows.
///
/// Written in ledger files as one of:
/// `2025-11-24` (day), `2025-11-24..2025-11-27` (day range), `2025-11` (month),
/// `2025-Q4` (quarter), `2025` (year) or `undated`.
/// A date may be *inferred* rather than stated by the article; the reason is kept.
public struct LedgerDate: Hashable, Sendable, CustomStringConvertible {
    /// How precise a date is.
    public enum Precision: String, Sendable, CaseIterable {
        case day
        case dayRange = "day range"
        case month
        case quarter
        case year
        case undated
    }

    public let precision: Precision
    /// The first day the date may stand for; `nil` when undated.
    public let first: Day?
    /// The last day the date may stand for; `nil` when undated.
    public let last: Day?
    /// Why the date was inferred rather than read from the article; `nil` when stated.
    public let inference: String?

    /// A date the article does not give at all.
    public static let undated = LedgerDate(precision: .undated, first: nil, last: nil, inference: nil)

    /// One day.
    public static func day(_ day: Day) -> LedgerDate {
        LedgerDate(precision: .day, first: day, last: day, inference: nil)
    }

    /// The days from `first` to `last`; `nil` unless `first` comes before `last`.
    public static func range(_ first: Day, _ last: Day) -> LedgerDate? {
        first < last ? LedgerDate(precision: .dayRange, first: first, last: last, inference: nil) : nil
    }

    /// A month of a year; `nil` unless `month` is 1 to 12.
    public static func month(_ month: Int, of year: Int) -> LedgerDate? {
        guard (1...12).contains(month) else { return nil }
        return LedgerDate(precision: .month, first: Day.firstOf(month: month, year: year),
                          last: Day.lastOf(month: month, year: year), inference: nil)
    }

    /// A quarter.
    public static func quarter(_ quarter: Quarter) -> LedgerDate {
        LedgerDate(precision: .quarter, first: quarter.firstDay, last: quarter.lastDay, inference: nil)
    }

    /// A whole year.
    public static func year(_ year: Int) -> LedgerDate {
        LedgerDate(precision: .year, first: Day.firstOf(month: 1, year: year), last: Day.lastOf(month: 12, year: year),
                   inference: nil)
    }

    /// Whether the date was inferred from context instead of stated.
    public var isInferred: Bool { inference != nil }

    /// The quarter the record belongs to: the quarter holding the first day, for day,
    /// day-range, month and quarter precision; `nil` for year-only and undated dates.
    public var quarter: Quarter? {
        switch precision {
        case .day, .dayRange, .month, .quarter: first.map(Quarter.init(containing:))
        case .year, .undated: nil
        }
    }

    /// The year the date falls in, when known (a range is placed by its first day).
    public var year: Int? { first?.year }

    /// The same date marked as inferred, for `reason`.
    public func inferred(because reason: String) -> LedgerDate {
        LedgerDate(precision: precision, first: first, last: last, inference: reason)
    }

    /// The date in the ledger's notation (`2025-11-24..2025-11-27`, `2025-Q4`, `undated`).
    public var description: String {
        guard let first, let last else { return "undated" }
        switch precision {
        case .day: return first.iso
        case .dayRange: return "\(first.iso)..\(last.iso)"
        case .month: return String(first.iso.prefix(7))
        case .quarter: return Quarter(containing: first).description
        case .year: return Day.pad(first.year, 4)
        case .undated: return "undated"
        }
    }

    /// Whether two dates name the same span with the same precision (inference aside).
    public func sameSpan(as other: LedgerDate) -> Bool {
        precision == other.precision && first == other.first && last == other.last
    }

    init(precision: Precision, first: Day?, last: Day?, inference: String?) {
        self.precision = precision
        self.first = first
        self.last = last
        self.inference = inference
    }

    /// Parses the ledger notation.
    /// - Throws: `LedgerDate.ParseError` saying what is wrong with `text`.
    public init(parsing text: String) throws(ParseError) {
        // The common forms, YYYY-MM-DD and YYYY-MM, read straight from their bytes.
        if let date = Self.fastDate(text) {
            self = date
            return
        }
        let text = text.trimmingWhitespace()
        if text.lowercased() == "undated" {
            self = .undated
            return
        }
        if let separator = text.range(of: "..") {
            let first = try LedgerDate.day(String(text[..<separator.lowerBound]), in: text)
            let last = try LedgerDate.day(String(text[separator.upperBound...]), in: text)
            guard let range = LedgerDate.range(first, last) else { throw .rangeNotIncreasing(text) }
            self = range
            return
        }
        if let quarter = Quarter(parsing: text), text.uppercased().contains("-Q") {
            self = .quarter(quarter)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count == 4, let year = Int(parts[0])
        else {
            if text.uppercased().contains("-Q") { throw .noSuchQuarter(text) }
            throw .malformed(text)
        }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]) else { throw .malformed(text) }
            guard let date = LedgerDate.month(month, of: year) else { throw .noSuchMonth(text) }
            self = date
        case 3:
            self = .day(try LedgerDate.day(text, in: text))
        default:
            throw .malformed(text)
        }
    }

    /// A valid `YYYY-MM-DD` or `YYYY-MM` without spaces, else `nil` (the full parser then
    /// reads it and explains what is wrong).
    private static func fastDate(_ text: String) -> LedgerDate? {
        var text = text
        return text.withUTF8 { bytes -> LedgerDate? in
            guard bytes.count == 10 || bytes.count == 7, bytes[4] == 0x2D else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7) else { return nil }
            if bytes.count == 7 { return LedgerDate.month(month, of: year) }
            guard bytes[7] == 0x2D, let day = number(8..<10), let date = Day(year: year, month: month, day: day) else {
                return nil
            }
            return .day(date)
        }
    }

    private static func day(_ part: String, in text: String) throws(ParseError) -> Day {
        let fields = part.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
        else { throw .malformed(text) }
        guard (1...12).contains(month) else { throw .noSuchMonth(text) }
        guard let result = Day(year: year, month: month, day: day) else {
            throw .noSuchDay(text, daysInMonth: Day.daysIn(month: month, year: year))
        }
        return result
    }

    /// What is wrong with a date's text.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case malformed(String)
        case noSuchMonth(String)
        case noSuchDay(String, daysInMonth: Int)
        case noSuchQuarter(String)
        case rangeNotIncreasing(String)

        public var description: String {
            switch self {
            case .malformed(let text):
                "'\(Problem.shown(text))' is not a date; write YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or undated"
            case .noSuchMonth(let text):
                "'\(Problem.shown(text))' is not a date: months run from 01 to 12"
            case .noSuchDay(let text, let days):
                "'\(Problem.shown(text))' is not a date: that month has \(days) days"
            case .noSuchQuarter(let text):
                "'\(Problem.shown(text))' is not a quarter: quarters run from Q1 to Q4"
            case .rangeNotIncreasing(let text):
                "'\(Problem.shown(text))' is not a day range: the first day must come before the last"
            }
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing white space. Works on Unicode scalars: a text
    /// that starts and ends with a visible ASCII character (the usual case) is returned as is.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first?.value, let last = scalars.last?.value else { return "" }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return String(self) }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard scalars[before].properties.isWhitespace else { break }
            end = before
        }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start..<end])
        return String(trimmed)
    }
}
