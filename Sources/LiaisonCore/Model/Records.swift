/// What every ledger record has: an id unique in the ledger and its sources.
public protocol LedgerRecord: Sendable, Hashable {
    /// The kind's name in messages ("engagement").
    static var kindName: String { get }
    var id: String { get }
    /// Every place the record is stated; several when articles report the same event.
    var sources: [Provenance] { get set }
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
}

/// A domestic programme or facility: training, welfare, technology or infrastructure.
public struct Initiative: LedgerRecord {
    public static let kindName = "initiative"
    public var id: String
    public var category: InitiativeCategory
    public var name: String
    public var locations: [String]
    public var status: InitiativeStatus
    /// When the initiative had that status.
    public var date: LedgerDate
    /// Foreign partners, where it is an international programme.
    public var partners: [Partner]
    public var summary: String?
    public var sources: [Provenance]
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
}

/// A claim of cooperation without a dated interaction: kept, never counted.
public struct Mention: LedgerRecord {
    public static let kindName = "mention"
    public var id: String
    public var partners: [Partner]
    public var summary: String
    public var date: LedgerDate
    public var sources: [Provenance]
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
