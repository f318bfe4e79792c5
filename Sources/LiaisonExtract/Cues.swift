import LiaisonCore

/// The words that tell what a sentence reports, in English and French. Phrases are written
/// plainly; matching folds case and accents.
enum Cues {
    /// What an engagement cue says.
    enum Engagement: Sendable, Hashable {
        case kind(EngagementKind)
        /// Praise or a position: a statement, not an engagement.
        case praise
        /// A multilateral gathering: taking part in it counts for the organisation holding it.
        case gathering
        /// A word that must not count as a cue where it stands ("interest in signing").
        case neutral
        /// Partners named after it are not partners of the sentence ("co-host with Portugal").
        case notPartnersAfter
    }

    static let engagementPhrases: [(String, Engagement)] = (
        [
            "visited", "visit to", "visiting", "delegation to", "trip to", "travelled to", "traveled to", "toured",
            "working visit", "s'est rendu", "visite de travail", "visite officielle", "visite en", "visite au",
            "délégation en", "delegation en",
        ].map { ($0, .kind(.visitMade)) }
        + [
            "received", "welcomed", "receiving", "visit to morocco", "visit to rabat", "a reçu", "reçu", "accueilli",
            "visite au maroc",
        ].map { ($0, .kind(.visitReceived)) }
        + ["signed", "signing", "inked", "signé", "signée", "a signé", "signature"].map { ($0, .kind(.signing)) }
        + [
            "met", "meet", "meeting", "meetings", "talks", "held talks", "discussions", "consultations", "conferred",
            "bilateral meeting", "trilateral meeting", "entretien", "entretiens", "s'est entretenu", "rencontre",
            "rencontré", "réunion", "réunions", "pourparlers",
        ].map { ($0, .kind(.meeting)) }
        + [
            "joint operation", "joint operations", "joint investigation", "joint investigations", "assist", "assisted",
            "sending a team", "contributed to securing", "securing the", "opération conjointe", "opérations conjointes",
            "enquêtes conjointes", "enquête conjointe",
        ].map { ($0, .kind(.jointOperation)) }
        + [
            "attended", "attend", "participated", "participating", "participation", "took part", "taking part",
            "take part", "speech", "elected", "presented", "a pris part", "pris part", "participé", "assisté",
        ].map { ($0, .kind(.eventParticipation)) }
        + [
            "commended", "praised", "hailed", "lauded", "called", "highlighted", "expressed", "stressed",
            "recognized", "recognised", "described", "thanked", "saluted", "a salué", "salué", "loué", "félicité",
            "souligné",
        ].map { ($0, .praise) }
        + [
            "general assembly", "assembly", "session", "conference", "summit", "forum", "exhibition",
            "assemblée générale", "assemblée", "conférence", "sommet", "salon",
        ].map { ($0, .gathering) }
        + [("interest in signing", .neutral), ("interest in", .neutral), ("expressed interest", .neutral),
           ("expressed interest in signing", .neutral), ("expressed interest in", .neutral),
           ("co-host", .notPartnersAfter),
           ("co-hosts", .notPartnersAfter), ("coorganisera", .notPartnersAfter)]
    )

    /// Cues that say where the visit went only when a country or place follows them ("a
    /// delegation to Spain", not "a delegation to the General Assembly").
    static let visitCuesNeedingADestination: Set<String> = [
        "delegation to", "visit to", "trip to", "travelled to", "traveled to", "délégation en", "delegation en",
        "visite en", "visite au",
    ]

    static let foldedDestinationCues = Set(visitCuesNeedingADestination.map {
        Token.tokenize(Array($0.unicodeScalars), identify: false).map(\.folded).joined(separator: " ")
    })

    /// Words that stand for the partners of the sentence before ("the two sides signed").
    static let referringPhrases: [(String, Bool)] = ([
        "the two sides", "both sides", "the two parties", "both parties", "they", "the two services",
        "les deux parties", "les deux parties", "ils", "les deux services",
    ].map { ($0, true) })

    /// Engagement kinds in the order that decides between them when a sentence has several.
    static let kindPriority: [EngagementKind] = [.visitMade, .visitReceived, .signing, .meeting, .jointOperation,
                                                 .eventParticipation]

    /// What an agreement cue says.
    enum Agreement: Sendable, Hashable {
        case type(AgreementType)
        case status(AgreementStatus)
        /// "counterterrorism" before an agreement makes it a counter-terrorism agreement.
        case counterTerrorism
        /// "between A and B": the agreement may not be Morocco's.
        case between
    }

    static let agreementPhrases: [(String, Agreement)] = (
        [
            "memorandum of understanding", "memoranda of understanding", "memorandums of understanding", "mou",
            "memorandum", "mémorandum d'entente", "protocole d'accord",
        ].map { ($0, .type(.memorandumOfUnderstanding)) }
        + [
            "cooperation agreement", "partnership agreement", "agreement", "agreements", "accord de coopération",
            "accord", "convention",
        ].map { ($0, .type(.cooperationAgreement)) }
        + ["joint action plan", "action plan", "plan d'action conjoint", "plan d'action"].map {
            ($0, .type(.jointActionPlan))
        }
        + ["roadmap", "road map", "feuille de route"].map { ($0, .type(.roadmap)) }
        + [
            "joint security committee", "joint committee", "joint task forces", "joint task force", "comité conjoint",
            "comité mixte",
        ].map { ($0, .type(.other)) }
        + ["signed", "signing of", "inked", "concluded", "drawn up", "adopted", "signé", "signée", "conclu"].map {
            ($0, .status(.signed))
        }
        + ["interest in signing", "expressed interest", "wish to sign", "desire to sign", "intérêt"].map {
            ($0, .status(.interestExpressed))
        }
        + [
            "proposed", "proposal", "proposals", "draft", "preparing", "mulled", "considering", "plans to",
            "will sign", "establish", "forming", "proposé", "projet", "envisagé",
        ].map { ($0, .status(.proposed)) }
        + [("counterterrorism", .counterTerrorism), ("counter terrorism", .counterTerrorism),
           ("antiterroriste", .counterTerrorism), ("between", .between), ("entre", .between)]
    )

    /// What an initiative cue says.
    enum Initiative: Sendable, Hashable {
        case category(InitiativeCategory)
        case status(InitiativeStatus)
    }

    static let initiativePhrases: [(String, Initiative)] = (
        [
            "training center", "training centre", "training centers", "training centres", "police training",
            "training institutions", "training schools", "training school", "schools", "school", "academy",
            "institute", "language centers", "language centres", "training", "centre de formation", "école",
            "écoles", "institut", "formation",
        ].map { ($0, .category(.training)) }
        + [
            "recreational facilities", "recreational", "medical laboratory", "medical", "health", "summer camps",
            "housing", "welfare", "centre de santé", "santé", "colonies de vacances", "logements", "oeuvres sociales",
            "psychological support", "psychological", "families", "familles", "soutien psychologique",
        ].map { ($0, .category(.welfare)) }
        + [
            "platform", "digital forensics", "laboratories", "scanning systems", "smart patrol", "plateforme",
            "laboratoire", "laboratoires",
        ].map { ($0, .category(.technology)) }
        + ["headquarters", "precincts", "precinct", "police station", "police stations", "commissariat",
           "commissariats", "siège"].map { ($0, .category(.infrastructure)) }
        + ["announcement", "announced", "annoncé", "annonce"].map { ($0, .status(.announced)) }
        + ["planned", "plans", "projected", "prévu", "projeté", "programmé", "will be built"].map {
            ($0, .status(.planned))
        }
        + ["construction", "under construction", "being built", "en construction", "chantier"].map {
            ($0, .status(.underConstruction))
        }
        + ["established", "existing", "offers", "has been established", "deployed", "existant", "dispose"].map {
            ($0, .status(.existing))
        }
        + ["launched", "inaugurated", "opened", "lancé", "inauguré", "ouvert"].map { ($0, .status(.launched)) }
        + ["exploring", "considered", "being considered", "study", "étude", "à l'étude", "envisage"].map {
            ($0, .status(.underStudy))
        }
    )

    /// Moroccan places: where initiatives are, and where a meeting makes a received visit.
    static let placePhrases: [(String, String)] = ([
        "Rabat", "Casablanca", "Marrakech", "Marrakesh", "Tangier", "Tanger", "Fes", "Fez", "Meknes", "Oujda",
        "Laayoune", "Kenitra", "Ifrane", "Agadir", "Martil", "Moulay Bousselham", "Tetouan", "Dakhla", "Nador",
        "Hay Riad", "Beni Mellal", "Safi", "El Jadida", "Essaouira", "Ouarzazate", "Errachidia", "Guelmim", "Taza",
        "Khouribga", "Settat", "Larache", "Al Hoceima", "Temara", "Mohammedia", "Benslimane",
        "Morocco", "Maroc",
    ].map { ($0, $0) })

    static let engagement = PhraseIndex(engagementPhrases)
    static let referringWords = PhraseIndex(referringPhrases)
    static let agreement = PhraseIndex(agreementPhrases)
    static let initiative = PhraseIndex(initiativePhrases)
    static let places = PhraseIndex(placePhrases)

    /// Every phrase of every list, for the lexicon.
    static var allPhrases: [String] {
        engagementPhrases.map(\.0) + referringPhrases.map(\.0) + agreementPhrases.map(\.0)
            + initiativePhrases.map(\.0) + placePhrases.map(\.0)
    }
}
