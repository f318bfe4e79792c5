import LiaisonCore

/// Where a record's date falls relative to the report's quarter, as known on the as-of day.
///
/// Day, day-range, month and quarter dates are *placed*: they belong to the quarter of their
/// first day. Year-only dates belong to no quarter but to their year; undated ones to neither.
struct ReportWindow {
    let quarter: Quarter
    let asOf: Day
    /// Each article's publication day: the last day its date may stand for.
    private let publication: [String: Day]

    init(quarter: Quarter, asOf: Day, articles: [Article]) {
        self.quarter = quarter
        self.asOf = asOf
        var publication: [String: Day] = [:]
        for article in articles {
            if let day = article.published.last { publication[article.id] = day }
        }
        self.publication = publication
    }

    /// The earliest publication day among a record's sources, if any is dated.
    func firstPublished(_ sources: [Provenance]) -> Day? {
        sources.compactMap { publication[$0.article] }.min()
    }

    /// Whether a record was known on the as-of day: its date starts on or before it, or,
    /// undated, its first article appeared on or before it.
    func isKnown(_ date: LedgerDate, sources: [Provenance]) -> Bool {
        guard let first = date.first else { return firstPublished(sources).map { $0 <= asOf } ?? true }
        return first <= asOf
    }

    /// A number that orders dates by when they certainly began: a placed date's quarter,
    /// and a year-only date after every quarter of its year (it may be as late as December).
    /// `nil` when undated.
    static func position(of date: LedgerDate) -> Int? {
        if let placed = date.quarter { return position(of: placed) }
        guard date.precision == .year, let year = date.year else { return nil }
        return year * 8 + 5
    }

    static func position(of quarter: Quarter) -> Int { quarter.year * 8 + quarter.number }

    /// Where a date falls relative to the quarter.
    func place(_ date: LedgerDate) -> Placement {
        var placement: Placement = []
        if let placed = date.quarter {
            if placed == quarter { placement.insert(.inQuarter) }
            if placed == quarter.previous { placement.insert(.inPreviousQuarter) }
            if placed.year == quarter.year && placed <= quarter { placement.insert(.inYearToDate) }
        } else if date.precision == .year, let year = date.year {
            if year == quarter.year { placement.insert(.inYearToDate) }
        }
        if let first = date.first, first <= quarter.lastDay { placement.insert(.upToQuarterEnd) }
        return placement
    }

    func isInQuarter(_ date: LedgerDate) -> Bool { date.quarter == quarter }

    /// Whether a record without a quarter was first reported in the quarter.
    func isReportedInQuarter(_ date: LedgerDate, sources: [Provenance]) -> Bool {
        date.quarter == nil && firstPublished(sources).map(quarter.contains) == true
    }

    /// Whether a figure, statement or mention belongs in the quarter's lists: placed in it,
    /// or without a quarter and first reported in it.
    func isReported(_ date: LedgerDate, sources: [Provenance]) -> Bool {
        isInQuarter(date) || isReportedInQuarter(date, sources: sources)
    }
}

/// Where a date falls relative to a report's quarter.
struct Placement: OptionSet {
    let rawValue: UInt8

    /// Placed in the quarter.
    static let inQuarter = Placement(rawValue: 1 << 0)
    /// Placed in the quarter before.
    static let inPreviousQuarter = Placement(rawValue: 1 << 1)
    /// Placed from the year's first quarter to this one, or year-only in this year.
    static let inYearToDate = Placement(rawValue: 1 << 2)
    /// Dated, and starting on or before the quarter's last day.
    static let upToQuarterEnd = Placement(rawValue: 1 << 3)
}

extension LedgerDate {
    /// Orders dates by first day, then last day; undated last.
    static func chronologically(_ lhs: LedgerDate, _ rhs: LedgerDate) -> Bool? {
        switch (lhs.first, rhs.first) {
        case (nil, nil): return nil
        case (nil, .some): return false
        case (.some, nil): return true
        case (.some(let left), .some(let right)):
            if left != right { return left < right }
            if let leftLast = lhs.last, let rightLast = rhs.last, leftLast != rightLast { return leftLast < rightLast }
            return nil
        }
    }
}
