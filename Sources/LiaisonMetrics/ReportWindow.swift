import LiaisonCore

/// Where a record's date falls relative to the report's period, as known on the as-of day.
///
/// Day, day-range, month and quarter dates are *placed*: they belong to the quarter of their
/// first day. Year-only dates belong to no quarter but to their year; undated ones to neither.
/// A quarter's report therefore holds its placed dates; a year's report its placed dates and
/// its year-only ones.
struct ReportWindow {
    let period: Period
    let asOf: Day
    /// Each article's publication day: the last day its date may stand for.
    private let publication: [String: Day]
    /// Kept, not computed per record: `place` runs once per engagement.
    private let previous: Period
    private let lastDay: Day

    init(period: Period, asOf: Day, articles: [Article]) {
        var publication: [String: Day] = [:]
        for article in articles {
            if let day = article.published.last { publication[article.id] = day }
        }
        self.init(period: period, asOf: asOf, publication: publication)
    }

    private init(period: Period, asOf: Day, publication: [String: Day]) {
        self.period = period
        self.asOf = asOf
        self.publication = publication
        previous = period.previous
        lastDay = period.lastDay
    }

    /// The same window over another period.
    func over(_ period: Period) -> ReportWindow {
        ReportWindow(period: period, asOf: asOf, publication: publication)
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

    /// The positions of the dates a period holds: a quarter's own, or a year's four quarters
    /// and its year-only dates.
    static func positions(of period: Period) -> ClosedRange<Int> {
        switch period {
        case .quarter(let quarter): position(of: quarter)...position(of: quarter)
        case .year(let year): year * 8 + 1...year * 8 + 5
        }
    }

    /// Whether `period` holds a date: placed in one of its quarters, or, for a year,
    /// year-only in it.
    static func holds(_ period: Period, _ date: LedgerDate) -> Bool {
        if let placed = date.quarter {
            switch period {
            case .quarter(let quarter): return placed == quarter
            case .year(let year): return placed.year == year
            }
        }
        guard case .year(let year) = period, date.precision == .year else { return false }
        return date.year == year
    }

    /// Where a date falls relative to the period.
    func place(_ date: LedgerDate) -> Placement {
        var placement: Placement = []
        if Self.holds(period, date) { placement.insert(.inPeriod) }
        if Self.holds(previous, date) { placement.insert(.inPreviousPeriod) }
        if let placed = date.quarter {
            if placed.year == period.year && placed.lastDay <= lastDay { placement.insert(.inYearToDate) }
        } else if date.precision == .year, date.year == period.year {
            placement.insert(.inYearToDate)
        }
        if let first = date.first, first <= lastDay { placement.insert(.upToPeriodEnd) }
        return placement
    }

    func isInPeriod(_ date: LedgerDate) -> Bool { Self.holds(period, date) }

    /// Whether a record the period does not hold, and without a quarter, was first reported
    /// in the period.
    func isReportedInPeriod(_ date: LedgerDate, sources: [Provenance]) -> Bool {
        date.quarter == nil && !isInPeriod(date) && firstPublished(sources).map(period.contains) == true
    }

    /// Whether a figure, statement or mention belongs in the period's lists: held by it,
    /// or without a quarter and first reported in it.
    func isReported(_ date: LedgerDate, sources: [Provenance]) -> Bool {
        isInPeriod(date) || isReportedInPeriod(date, sources: sources)
    }
}

/// Where a date falls relative to a report's period.
struct Placement: OptionSet {
    let rawValue: UInt8

    /// Held by the period (see ``ReportWindow/holds(_:_:)``).
    static let inPeriod = Placement(rawValue: 1 << 0)
    /// Held by the period before.
    static let inPreviousPeriod = Placement(rawValue: 1 << 1)
    /// Placed from the year's first quarter to the period's last, or year-only in its year.
    static let inYearToDate = Placement(rawValue: 1 << 2)
    /// Dated, and starting on or before the period's last day.
    static let upToPeriodEnd = Placement(rawValue: 1 << 3)
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
