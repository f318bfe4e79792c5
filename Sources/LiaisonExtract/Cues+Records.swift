import LiaisonCore

/// The words of agreements, initiatives and Moroccan places.
extension Cues {
    /// What an agreement cue says.
    enum Agreement: Sendable, Hashable {
        case type(AgreementType)
        case status(AgreementStatus)
        /// "counterterrorism" before an agreement, or "terrorism" right after it ("an agreement
        /// on combating terrorism"), makes it a counter-terrorism agreement.
        case counterTerrorism
        /// "between A and B": the agreement may not be Morocco's.
        case between
        /// "providing for": instruments named after it are what the agreement provides.
        case contents
        /// "Le document a été signé": the instrument told last.
        case toldBefore
        /// "agreed to study the secondment of instructors": an arrangement proposed, no instrument.
        case arrangement
        /// "now awaits signature", "en attente de signature": whatever was done (initialled,
        /// drafted), it is not signed yet.
        case awaitingSignature
    }

    /// Arrangements that are proposed without an instrument's name ("the posting of liaison
    /// officers", "un mécanisme tripartite"), when a proposal leads to them (`arrangementLeads`).
    static let arrangementPhrases = ["mechanism", "mécanisme", "secondment", "détachement", "posting", "deployment",
                                     "déploiement", "sending", "envoi", "programme", "program", "network", "réseau",
                                     "détacher", "seconding"]

    /// Words that propose or weigh what follows them ("proposed", "agreed to study", "ont
    /// évoqué la création"), folded.
    static let arrangementLeads: Set<String> = ["proposed", "propose", "proposes", "proposing", "study", "studying",
                                                "etudier", "examined", "examine", "examiner", "evoque", "evoquer",
                                                "evoked", "possible", "creation", "draw", "elaborer", "establish",
                                                "establishing", "etablir", "setting", "discussed", "discuss",
                                                "discussing"]

    /// Arrangements that are things, not acts: proposed, they are new ("a mechanism"); "le
    /// programme" spoken of is one that exists.
    static let arrangementThings: Set<String> = ["mechanism", "mecanisme", "programme", "program", "network", "reseau"]

    /// Things that are arrangements only when created, not when examined ("proposed the creation
    /// of a network of contact points", not "examined a network of smugglers"), folded.
    static let createdThings: Set<String> = ["network", "reseau"]
    static let creatingLeads: Set<String> = ["proposed", "propose", "proposes", "proposing", "creation", "establish",
                                             "establishing", "etablir", "setting"]
    static let newWords: Set<String> = ["a", "an", "un", "une", "new", "nouveau", "nouvel", "nouvelle"]

    /// The arrangement a proposal leads to within eight words, as an agreement cue.
    static func proposedArrangement(in tokens: [Token]) -> PhraseIndex<Agreement>.Hit? {
        arrangements.hits(in: tokens).first { hit in
            let start = hit.tokens.lowerBound
            if arrangementThings.contains(tokens[start].folded),
               !(max(0, start - 2)..<start).contains(where: { newWords.contains(tokens[$0].folded) }) {
                return false
            }
            let leads = createdThings.contains(tokens[start].folded) ? creatingLeads : arrangementLeads
            return (max(0, start - 8)..<start).contains { leads.contains(tokens[$0].folded) }
        }
    }

    static let agreementPhrases: [(String, Agreement)] = (
        [
            "memorandum of understanding", "memoranda of understanding", "memorandums of understanding", "mou",
            "memorandum", "mémorandum d'entente", "protocole d'accord", "mémorandums d'entente", "protocoles d'accord",
        ].map { ($0, .type(.memorandumOfUnderstanding)) }
        + [
            "cooperation agreement", "partnership agreement", "agreement", "agreements", "accord de coopération",
            "cooperation arrangement", "arrangement de coopération",
            "accord", "convention", "protocole de coopération", "cooperation protocol", "accords de coopération",
            "cooperation agreements", "conventions",
        ].map { ($0, .type(.cooperationAgreement)) }
        + ["joint action plan", "action plan", "plan d'action conjoint", "plan d'action"].map {
            ($0, .type(.jointActionPlan))
        }
        + ["roadmap", "road map", "feuille de route"].map { ($0, .type(.roadmap)) }
        + [
            "joint security committee", "joint committee", "joint task forces", "joint task force", "comité conjoint",
            "comité mixte", "joint working group", "working group", "groupe de travail", "groupe de travail mixte",
            "groupe de travail conjoint", "exchange programme", "exchange program", "programme d'échange",
            "programme d'échanges", "record of conclusions", "procès-verbal", "joint training programme",
            "joint programme", "executive programme", "executive program", "programme exécutif", "working arrangement",
            "arrangement de travail", "joint commission", "commission mixte", "commission sécuritaire mixte",
            "programme de formation conjoint", "programme conjoint", "protocol", "protocole", "technical committee",
            "comité technique", "joint investigation team", "joint investigation teams", "équipe commune d'enquête",
            "équipes communes d'enquête", "équipe d'enquête commune", "équipes d'enquête communes",
            "trilateral committee", "security committee", "comité trilatéral", "comité de sécurité",
            "twinning programme", "twinning program", "twinning", "programme de jumelage", "jumelage",
        ].map { ($0, .type(.other)) }
        + [
            "signed", "signing of", "inked", "concluded", "drawn up", "adopted", "signé", "signée", "signés", "conclu",
            "conclue", "signature", "paraphé", "paraphée", "scellé", "initialled", "initialed",
            // An instrument renewed is signed again.
            "renewed", "renouvelé", "renouvelée", "reconduit", "reconduite",
        ].map { ($0, .status(.signed)) }
        + [
            "awaits signature", "awaits its signature", "awaiting signature", "awaiting its signature",
            "pending signature", "en attente de signature", "attend sa signature", "attend d'être signé",
            "attend d'être signée", "reste à signer",
        ].map { ($0, .awaitingSignature) }
        + [
            "interest in signing", "interest in concluding", "interest in", "expressed interest", "wish to sign", "desire to sign", "intérêt", "wish to conclude",
            "wish to", "desire to", "keen to", "willingness to", "souhait", "souhaité", "désir", "désireux", "volonté de",
            "étudier la possibilité", "study the possibility", "explore the possibility", "explorer la possibilité",
            "possibility of", "possibilité de", "intention to", "intention of", "intention de", "intend to",
            "prospects of", "prospect of", "perspectives d'un", "perspectives d'une", "perspective d'un",
            "perspective d'une", "appelle de ses vœux", "appellent de leurs vœux", "interested in", "intéressé par",
            "intéressée par",
        ].map { ($0, .status(.interestExpressed)) }
        + [
            "proposed", "proposal", "proposals", "draft", "preparing", "mulled", "considering", "considered", "plans to",
            "put forward", "puts forward", "tabled", "a soumis", "a présenté un projet",
            "negotiations", "négociations",
            "possible creation", "creation of", "création d'un", "création d'une", "mise en place d'un",
            "mise en place d'une", "setting up", "en cours de finalisation", "being finalised", "being finalized",
            "will sign", "establish", "forming", "proposé", "projet", "envisagé", "agreed to prepare", "agreed to draw up",
            "agreed to", "prepare", "draw up", "préparer", "élaborer", "convenu", "convenus", "convenues", "constituer",
            "en cours de négociation", "under negotiation", "negotiating", "to sign", "à signer", "signera",
            "proposition", "a proposé", "promise of", "promesse d'un", "promesse d'une", "with a view to its signature",
            "with a view to signing", "en vue de sa signature",
            "be signed", "être signé", "être signée", "être signés", "for signature", "pour signature",
            "soumis à la signature", "soumise à la signature", "submitted for signature",
        ].map { ($0, .status(.proposed)) }
        + [("counterterrorism", .counterTerrorism), ("counter terrorism", .counterTerrorism),
           ("antiterroriste", .counterTerrorism), ("terrorism", .counterTerrorism), ("terrorisme", .counterTerrorism),
           ("between", .between), ("entre", .between)]
        + contentsPhrases.map { ($0, .contents) }
        + ["le document", "the document", "ce document", "this document", "le texte", "the text"].map { ($0, .toldBefore) }
    )

    /// What an instrument provides for ("providing for", "prévoit"): its contents, not
    /// another instrument nor work done.
    static let contentsPhrases = ["providing for", "provides for", "provide for", "prévoit", "prévoyant", "prévoient"]

    /// Words that conclude an instrument ("a conclu un mémorandum"): a signing when one is named.
    static let concludingWords = ["concluded", "conclu", "conclue", "conclus", "conclues", "conclure"]
    static let concluding = PhraseIndex(concludingWords.map { ($0, true) })

    /// Words that name an instrument already told being carried out ("the implementation of
    /// the memorandum", "la mise en œuvre du mémorandum"), folded.
    static let implementationWords: Set<String> = ["implementation", "implementing", "execution", "oeuvre", "application"]

    /// The first words of instruments named in the plural ("two memoranda", "deux
    /// mémorandums"), folded: with several parties, one each.
    static let pluralInstruments: Set<String> = ["memoranda", "memorandums", "agreements", "accords", "protocols",
                                                 "protocoles", "conventions", "plans", "roadmaps", "feuilles"]

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
}
