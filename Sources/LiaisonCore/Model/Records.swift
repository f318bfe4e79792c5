/// What every ledger record has: an id unique in the ledger and its sources.
public protocol LedgerRecord: Sendable, Hashable {
    /// The kind's name in messages ("engagement").
    static var kindName: String { get }
    var id: String { get }
    /// Every place the record is stated; several when articles report the same event.
    var sources: [Provenance] { get set }
}

extension LedgerRecord {
    /// Whether any report of the record is an unreviewed draft.
    public var isDraft: Bool { sources.contains(where: \.isDraft) }
}

/// One dated interaction with one or more partners.
public struct Engagement: LedgerRecord {
    public static let kindName = "engagement"
    public var id: String
    /// Every partner the engagement counts for (a trilateral meeting has two).
    public var partners: [Partner]
    public var kind: EngagementKind
    public var date: LedgerDate
    public var venue: String?
    /// The partner's agency or official, as named by the article.
    public var counterpart: String?
    /// The multilateral event it took place at ("INTERPOL 93rd General Assembly").
    public var event: String?
    public var topics: [Topic]
    public var summary: String?
    public var sources: [Provenance]

    public init(id: String, partners: [Partner], kind: EngagementKind, date: LedgerDate, venue: String? = nil,
                counterpart: String? = nil, event: String? = nil, topics: [Topic] = [], summary: String? = nil,
                sources: [Provenance]) {
        self.id = id
        self.partners = partners
        self.kind = kind
        self.date = date
        self.venue = venue
        self.counterpart = counterpart
        self.event = event
        self.topics = topics
        self.summary = summary
        self.sources = sources
    }
}

/// A memorandum, agreement, plan or other instrument, signed or not yet.
public struct Agreement: LedgerRecord {
    public static let kindName = "agreement"
    public var id: String
    public var type: AgreementType
    public var status: AgreementStatus
    /// The parties other than Morocco.
    public var parties: [Partner]
    /// Whether Morocco is a party (false for an INTERPOL–WHO agreement Morocco proposed).
    public var moroccoIsParty: Bool
    public var date: LedgerDate
    /// The years it covers where stated ("2025..2026").
    public var period: YearSpan?
    public var topics: [Topic]
    public var summary: String?
    public var sources: [Provenance]

    public init(id: String, type: AgreementType, status: AgreementStatus, parties: [Partner],
                moroccoIsParty: Bool = true, date: LedgerDate, period: YearSpan? = nil, topics: [Topic] = [],
                summary: String? = nil, sources: [Provenance]) {
        self.id = id
        self.type = type
        self.status = status
        self.parties = parties
        self.moroccoIsParty = moroccoIsParty
        self.date = date
        self.period = period
        self.topics = topics
        self.summary = summary
        self.sources = sources
    }
}

/// A domestic programme or facility: training, welfare, technology or infrastructure.
///
/// Articles report its status at different times; the same id in several ledger files
/// gathers those reports into one history.
public struct Initiative: LedgerRecord {
    public static let kindName = "initiative"
    public var id: String
    public var category: InitiativeCategory
    public var name: String
    public var locations: [String]
    /// Every status reported, oldest first (by last day, then first day; undated last); never empty.
    public var history: [StatusReport]
    /// Foreign partners, where it is an international programme.
    public var partners: [Partner]
    public var summary: String?
    public var sources: [Provenance]

    public init(id: String, category: InitiativeCategory, name: String, locations: [String] = [],
                history: [StatusReport], partners: [Partner] = [], summary: String? = nil,
                sources: [Provenance]) {
        precondition(!history.isEmpty, "an initiative has at least one status report")
        self.id = id
        self.category = category
        self.name = name
        self.locations = locations
        self.history = history.sorted(by: StatusReport.chronologically)
        self.partners = partners
        self.summary = summary
        self.sources = sources
    }

    /// The status of the latest report.
    public var status: InitiativeStatus { history[history.count - 1].status }
}

/// One article's word on where an initiative stands, and when.
public struct StatusReport: Hashable, Sendable {
    public var status: InitiativeStatus
    /// When the initiative had that status.
    public var date: LedgerDate
    public var sources: [Provenance]

    public init(status: InitiativeStatus, date: LedgerDate, sources: [Provenance]) {
        self.status = status
        self.date = date
        self.sources = sources
    }

    /// Orders by the last day the date may stand for, then the first (undated last), then
    /// the first source: a 2024 status from a year-end review comes after one of June 2024.
    static func chronologically(_ lhs: StatusReport, _ rhs: StatusReport) -> Bool {
        switch (lhs.date.last, rhs.date.last) {
        case (nil, .some): return false
        case (.some, nil): return true
        case (.some(let left), .some(let right)) where left != right: return left < right
        default: break
        }
        if let left = lhs.date.first, let right = rhs.date.first, left != right { return left < right }
        return (lhs.sources.first.map(\.description) ?? "") < (rhs.sources.first.map(\.description) ?? "")
    }
}

/// A number an article states, with what it counts.
public struct Figure: LedgerRecord {
    public static let kindName = "figure"
    public var id: String
    public var label: String
    public var value: Double
    public var unit: String
    public var date: LedgerDate
    public var sources: [Provenance]

    public init(id: String, label: String, value: Double, unit: String, date: LedgerDate, sources: [Provenance]) {
        self.id = id
        self.label = label
        self.value = value
        self.unit = unit
        self.date = date
        self.sources = sources
    }
}

/// Praise or a position voiced by an official: quoted, never counted as an engagement.
public struct Statement: LedgerRecord {
    public static let kindName = "statement"
    public var id: String
    /// The partners the speaker speaks for, if any.
    public var partners: [Partner]
    public var speaker: String?
    public var summary: String
    public var date: LedgerDate
    public var sources: [Provenance]

    public init(id: String, partners: [Partner] = [], speaker: String? = nil, summary: String, date: LedgerDate,
                sources: [Provenance]) {
        self.id = id
        self.partners = partners
        self.speaker = speaker
        self.summary = summary
        self.date = date
        self.sources = sources
    }
}

/// A claim of cooperation without a dated interaction: kept, never counted.
public struct Mention: LedgerRecord {
    public static let kindName = "mention"
    public var id: String
    public var partners: [Partner]
    public var summary: String
    public var date: LedgerDate
    public var sources: [Provenance]

    public init(id: String, partners: [Partner] = [], summary: String, date: LedgerDate, sources: [Provenance]) {
        self.id = id
        self.partners = partners
        self.summary = summary
        self.date = date
        self.sources = sources
    }
}

/// A span of whole years, such as an action plan's 2025..2026.
public struct YearSpan: Hashable, Sendable, CustomStringConvertible {
    public let first: Int
    public let last: Int

    /// Parses `2025` or `2025..2026`; `nil` when malformed or decreasing.
    public init?(parsing text: String) {
        let parts = text.trimmingWhitespace().components(separatedBy: "..")
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let first = Int(parts[0]), let last = Int(parts[parts.count - 1]), first <= last
        else { return nil }
        self.first = first
        self.last = last
    }

    public var description: String { first == last ? String(first) : "\(first)..\(last)" }
}
