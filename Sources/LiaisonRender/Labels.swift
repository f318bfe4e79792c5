import LiaisonCore
import LiaisonMetrics

/// A vocabulary value's code (as ledger files and CSV write it) and its label for readers.
protocol Term {
    var code: String { get }
    var label: String { get }
}

extension Term {
    var cell: Cell { .term(code: code, label: label) }
}

extension Term where Self: RawRepresentable, RawValue == String {
    var code: String { rawValue }
    var label: String { spaced(rawValue) }
}

/// A code with its hyphens as spaces: `visit-made` → `visit made`.
private func spaced(_ code: String) -> String {
    String(String.UnicodeScalarView(code.unicodeScalars.map { $0 == "-" ? " " : $0 }))
}

extension EngagementKind: Term {
    /// `meetings`, `visits made`.
    var pluralLabel: String {
        switch self {
        case .meeting: "meetings"
        case .visitMade: "visits made"
        case .visitReceived: "visits received"
        case .signing: "signings"
        case .jointOperation: "joint operations"
        case .eventParticipation: "event participations"
        }
    }
}

extension AgreementType: Term {
    var label: String {
        self == .counterTerrorismAgreement ? "counter-terrorism agreement" : spaced(rawValue)
    }
}

extension AgreementStatus: Term {}
extension InitiativeCategory: Term {}
extension InitiativeStatus: Term {}
extension HeadlineMeasure: Term {
    var label: String {
        switch self {
        case .partners: "Partners engaged"
        case .countries: "Countries"
        case .organisations: "Organisations"
        case .newPartners: "New partners"
        case .engagements: "Engagements"
        case .agreements: "Agreements"
        case .agreementsSigned: "Agreements signed"
        case .initiativesNew: "Initiatives first reported"
        case .initiativesChanged: "Initiatives with a new status"
        }
    }
}

extension Topic: Term {
    var label: String {
        switch self {
        case .technologyAI: "technology and AI"
        case .counterTerrorism: "counter-terrorism"
        default: spaced(rawValue)
        }
    }
}

extension Partner.Kind: Term {}

extension InitiativeChange {
    var code: String {
        switch self {
        case .new: "new"
        case .statusChanged(let from): "was-\(from.rawValue)"
        }
    }

    var label: String {
        switch self {
        case .new: "new"
        case .statusChanged(let from): "was \(from.label)"
        }
    }
}

extension Period {
    /// `quarter` or `year`, for titles, prose and CSV keys.
    var noun: String { isYear ? "year" : "quarter" }
}
