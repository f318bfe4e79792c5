import LiaisonCore

/// Everything a brief shows, computed from a ledger for one quarter or one calendar year
/// as known on an as-of day. Renderers read it; they compute nothing.
///
/// Build one with ``PeriodReport/init(ledger:period:asOf:)``. The counting rules and the
/// order of every list are in the module's documentation (`LiaisonMetrics.md`). Where the
/// comments below say "the period", read "the quarter" for a quarterly brief and "the
/// year" for a year in review.
public struct PeriodReport: Sendable, Hashable {
    public let period: Period
    /// The last day the report covers: the as-of day it was asked for, or the period's
    /// last day when that is earlier. Records dated after it are left out. A complete
    /// period's report is therefore the same whatever later day it is made on.
    public let asOf: Day
    /// Whether the period had ended before the as-of day asked for.
    public let isComplete: Bool

    /// The key numbers against the previous period (quarter or year), one row per measure in
    /// `HeadlineMeasure.allCases` order.
    public let headline: [HeadlineRow]

    /// One row per region, all seven, in `Region.allCases` order.
    public let regions: [RegionRow]
    /// One row per M49 sub-region with a partner engaged in the period, the previous
    /// period or the year to date, by region order then sub-region name; organisations,
    /// which have no sub-region, form the last row (`subregion == nil`).
    public let subregions: [SubregionRow]
    /// The sum of the region rows.
    public let total: PartnerCounts
    /// The distinct engagements of the period (an engagement with two partners is one).
    public let engagementCount: Int

    /// Every partner engaged in the period: engagements descending, then English name,
    /// then code.
    public let partners: [PartnerActivity]
    /// The period's engagements by first day, last day, then id.
    public let engagements: [Engagement]

    /// One row per agreement type and status, all of them, in vocabulary order.
    public let agreementTypes: [AgreementTypeRow]
    /// The agreements the period holds, by first day, then id.
    public let agreements: [Agreement]

    /// One inventory per initiative category, in vocabulary order (training, welfare,
    /// technology, infrastructure), as of the period's last day.
    public let initiatives: [InitiativeInventory]

    /// One row per topic, all ten, in vocabulary order.
    public let topics: [TopicRow]

    /// Figures, statements and mentions reported in the period, by first day then id
    /// (undated ones last).
    public let figures: [Figure]
    public let statements: [Statement]
    public let mentions: [Mention]
    /// Engagements and agreements without a quarter that the period does not hold (for a
    /// quarter: year-only or undated; for a year: undated, or year-only in another year)
    /// whose first article was published in the period, by kind, then id.
    public let undated: [UndatedRecord]

    /// The articles the period's lists rest on, by publication day, then id.
    public let sources: [SourceArticle]

    /// Oldest first: for a quarter, it and the seven before it (the last row is the
    /// quarter); for a year, its four quarters.
    public let trend: [TrendRow]
    /// Partners engaged in the four quarters before the period but not in it: the most
    /// recently seen first, then by English name and code.
    public let lapsed: [PartnerGap]
    /// Partners engaged in the period after four or more quarters without, having been
    /// engaged before: engagements descending, then English name and code.
    public let returning: [PartnerGap]

    /// Whether the period holds no engagement, agreement, figure, statement, mention,
    /// undated record or initiative news.
    public var isEmpty: Bool {
        engagements.isEmpty && agreements.isEmpty && figures.isEmpty && statements.isEmpty
            && mentions.isEmpty && undated.isEmpty
            && initiatives.allSatisfy { $0.entries.allSatisfy { $0.change == nil } }
    }

    /// The headline row of one measure.
    public func headline(_ measure: HeadlineMeasure) -> HeadlineRow {
        headline.first { $0.measure == measure } ?? HeadlineRow(measure: measure, current: 0, previous: 0)
    }

    /// The inventory of one category.
    public func inventory(_ category: InitiativeCategory) -> InitiativeInventory? {
        initiatives.first { $0.category == category }
    }
}

/// A key number of the period.
public enum HeadlineMeasure: String, CaseIterable, Sendable, Hashable {
    /// Distinct partners engaged.
    case partners
    case countries
    case organisations
    /// Partners engaged for the first time in the ledger.
    case newPartners = "new-partners"
    /// Distinct engagements.
    case engagements
    /// Agreements the period holds, of any status.
    case agreements
    /// Agreements signed in the period.
    case agreementsSigned = "agreements-signed"
    /// Initiatives first reported in the period.
    case initiativesNew = "initiatives-new"
    /// Initiatives whose status changed in the period.
    case initiativesChanged = "initiatives-changed"
}

/// A key number for the period and the period before.
public struct HeadlineRow: Sendable, Hashable {
    public let measure: HeadlineMeasure
    public let current: Int
    public let previous: Int

    /// This period minus the previous one.
    public var change: Int { current - previous }
}

/// The key numbers of one period, before they are laid out as rows.
struct Headline {
    var countries = 0
    var organisations = 0
    var newPartners = 0
    var engagements = 0
    var agreements = 0
    var agreementsSigned = 0
    var initiativesNew = 0
    var initiativesChanged = 0

    func value(_ measure: HeadlineMeasure) -> Int {
        switch measure {
        case .partners: countries + organisations
        case .countries: countries
        case .organisations: organisations
        case .newPartners: newPartners
        case .engagements: engagements
        case .agreements: agreements
        case .agreementsSigned: agreementsSigned
        case .initiativesNew: initiativesNew
        case .initiativesChanged: initiativesChanged
        }
    }

    static func rows(_ current: Headline, previous: Headline) -> [HeadlineRow] {
        HeadlineMeasure.allCases.map {
            HeadlineRow(measure: $0, current: current.value($0), previous: previous.value($0))
        }
    }
}

/// Partner counts for a region, a sub-region or the whole period.
public struct PartnerCounts: Sendable, Hashable {
    /// Distinct countries and territories engaged in the period.
    public var countries = 0
    /// Distinct organisations engaged in the period.
    public var organisations = 0
    /// Engagements, each counted once for every partner it has here.
    public var engagements = 0
    /// Partners engaged in the period and never before it in the ledger.
    public var newPartners = 0
    /// Distinct partners engaged in the previous period.
    public var previousPeriodPartners = 0
    /// Distinct partners engaged from 1 January to the period's end (year-only
    /// engagements of the year included).
    public var yearToDatePartners = 0

    public init() {}

    /// Distinct partners engaged in the period.
    public var partners: Int { countries + organisations }
    /// Partners this period minus partners the previous period.
    public var change: Int { partners - previousPeriodPartners }
}

/// A region's partner counts.
public struct RegionRow: Sendable, Hashable {
    public let region: Region
    public let counts: PartnerCounts
}

/// A sub-region's partner counts; `subregion` is `nil` for the organisations' row.
public struct SubregionRow: Sendable, Hashable {
    public let region: Region
    public let subregion: Subregion?
    public let counts: PartnerCounts
}

/// What one partner did with the services in the period.
public struct PartnerActivity: Sendable, Hashable {
    public let partner: Partner
    /// Engagements in the period that count for this partner.
    public let engagements: Int
    /// The kinds of those engagements, in vocabulary order.
    public let kinds: [EngagementKind]
    /// The first day of the earliest engagement.
    public let firstDay: Day
    /// The last day of the latest engagement.
    public let lastDay: Day
    /// Whether the ledger has no engagement with the partner before the period.
    public let isNew: Bool
    /// The ids of the articles those engagements come from, sorted.
    public let sources: [String]
}

/// How many agreements of one type and status there are.
public struct AgreementTypeRow: Sendable, Hashable {
    public let type: AgreementType
    public let status: AgreementStatus
    /// Held by the period.
    public let period: Int
    /// Dated from 1 January to the period's end, year-only agreements of the year included.
    public let yearToDate: Int
    /// Dated on or before the period's end (undated ones are left out).
    public let allTime: Int
}

/// Engagements and agreements on one topic in the period.
public struct TopicRow: Sendable, Hashable {
    public let topic: Topic
    public let engagements: Int
    public let agreements: Int
}

/// A record that the period does not hold and that has no quarter, listed in the period
/// its article appeared.
public struct UndatedRecord: Sendable, Hashable {
    /// `engagement` or `agreement`.
    public let kind: String
    public let id: String
    /// The partners (or parties) it concerns, in report order.
    public let partners: [Partner]
    /// A year-only date, or undated.
    public let date: LedgerDate
    public let summary: String?
    public let sources: [Provenance]
}

/// An article cited by the period's lists.
public struct SourceArticle: Sendable, Hashable {
    public let id: String
    public let title: String
    public let outlet: String?
    public let url: String?
    public let language: String
    public let file: String
    public let published: LedgerDate
    /// How many of the period's records (and inventory entries) cite it.
    public let citations: Int
}

/// One quarter of a report's trend.
public struct TrendRow: Sendable, Hashable {
    public let quarter: Quarter
    /// Distinct partners engaged, one count per region in `Region.allCases` order.
    public let partnersByRegion: [Int]
    /// Distinct engagements.
    public let engagements: Int
    /// Partners engaged in the quarter and never before it in the ledger.
    public let newPartners: Int
    /// Agreements signed in the quarter.
    public let agreementsSigned: Int
    /// Whether any record (of any kind) is placed in the quarter. A quarter without one shows
    /// zeros that mean "nothing recorded", not a fall.
    public let isRecorded: Bool

    /// Distinct partners engaged, all regions together.
    public var partners: Int { partnersByRegion.reduce(0, +) }
}

/// A partner that lapsed (engaged in the four quarters before the report's period, not in
/// it) or returned (engaged in it after four or more quarters without).
public struct PartnerGap: Sendable, Hashable {
    public let partner: Partner
    /// When it was last engaged before the report's period.
    public let lastSeen: Period
    /// Its engagements in the four quarters before (lapsed) or in the period (returning).
    public let engagements: Int
}
