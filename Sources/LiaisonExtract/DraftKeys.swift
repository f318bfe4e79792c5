import LiaisonCore


/// A small set of engagement kinds, as bits.
struct KindSet {
    var bits: UInt8 = 0

    var isEmpty: Bool { bits == 0 }

    mutating func insert(_ kind: EngagementKind) { bits |= Self.bit(kind) }

    mutating func remove(_ kind: EngagementKind) { bits &= ~Self.bit(kind) }

    mutating func formUnion(_ other: KindSet) { bits |= other.bits }

    func contains(_ kind: EngagementKind) -> Bool { bits & Self.bit(kind) != 0 }

    /// Whether `kind` is the only kind in the set.
    func isOnly(_ kind: EngagementKind) -> Bool { bits == Self.bit(kind) }

    private static func bit(_ kind: EngagementKind) -> UInt8 {
        switch kind {
        case .meeting: 1
        case .visitMade: 2
        case .visitReceived: 4
        case .signing: 8
        case .jointOperation: 16
        case .eventParticipation: 32
        }
    }
}

/// What makes two drafts the same record, so a repeat only adds its lines.
struct EngagementKey: Hashable {
    let partner: String
    let kind: EngagementKind
    let first: Day?
    let last: Day?
}

struct AgreementKey: Hashable {
    let type: AgreementType
    let status: AgreementStatus
    let parties: [String]
}

struct InitiativeKey: Hashable {
    let category: InitiativeCategory
    let place: String
    /// For an initiative without a place, the line it is stated on.
    let line: Int
    let status: InitiativeStatus
}

struct FigureKey: Hashable {
    let value: Double
    let label: String
}

extension Cues {
    /// Which status wins when a sentence has several cues.
    static let statusPriority: [AgreementStatus] = [.signed, .interestExpressed, .proposed]
}
