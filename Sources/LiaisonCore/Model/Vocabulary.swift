/// Closed vocabularies of the ledger. Each raw value is what ledger files write.

/// What subject an engagement or agreement dealt with.
public enum Topic: String, CaseIterable, Sendable, Hashable, Comparable {
    case counterTerrorism = "counter-terrorism"
    case organisedCrime = "organised-crime"
    case cybercrime
    case irregularMigration = "irregular-migration"
    case drugTrafficking = "drug-trafficking"
    case humanTrafficking = "human-trafficking"
    case moneyLaundering = "money-laundering"
    case majorEventSecurity = "major-event-security"
    case technologyAI = "technology-ai"
    case training

    public static func < (lhs: Topic, rhs: Topic) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The kind of a dated interaction with a partner.
public enum EngagementKind: String, CaseIterable, Sendable, Hashable {
    /// A meeting or talks.
    case meeting
    /// A visit by Moroccan officials to the partner.
    case visitMade = "visit-made"
    /// A visit by the partner's officials to Morocco.
    case visitReceived = "visit-received"
    /// The signing of an agreement.
    case signing
    /// A joint operation, or assistance given or received.
    case jointOperation = "joint-operation"
    /// Taking part in an event the partner holds.
    case eventParticipation = "event-participation"
}

/// The instrument an agreement is.
public enum AgreementType: String, CaseIterable, Sendable, Hashable {
    case memorandumOfUnderstanding = "memorandum-of-understanding"
    case cooperationAgreement = "cooperation-agreement"
    case jointActionPlan = "joint-action-plan"
    case roadmap
    case counterTerrorismAgreement = "counter-terrorism-agreement"
    case other
}

/// How far an agreement has come.
public enum AgreementStatus: String, CaseIterable, Sendable, Hashable {
    case signed
    case proposed
    case interestExpressed = "interest-expressed"
}

/// What a domestic initiative is about.
public enum InitiativeCategory: String, CaseIterable, Sendable, Hashable {
    case training
    case welfare
    case technology
    case infrastructure
}

/// Where an initiative stands.
public enum InitiativeStatus: String, CaseIterable, Sendable, Hashable {
    case existing
    case launched
    case underConstruction = "under-construction"
    case planned
    case announced
    case underStudy = "under-study"
}
