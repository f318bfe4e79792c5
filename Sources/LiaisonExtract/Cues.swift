import LiaisonCore

/// The words that tell what a sentence reports, in English and French. Phrases are written
/// plainly; matching folds case and accents.
enum Cues {
    /// What an engagement cue says.
    enum Engagement: Sendable, Hashable {
        case kind(EngagementKind)
        /// A visit whose direction comes from its destination ("a visit to Spain", "a visit to
        /// the Kingdom"); without one, a visit made.
        case visit
        /// A visit seen from the visitor ("the visiting chief", "en visite au Royaume"): a
        /// visit received unless its destination is abroad.
        case visitor
        /// Praise or a position: a statement, not an engagement.
        case praise
        /// A multilateral gathering: taking part in it counts for the organisation holding it.
        case gathering
        /// A word that must not count as a cue where it stands ("interest in signing").
        case neutral
        /// Partners named after it are not partners of the sentence ("co-host with Portugal").
        case notPartnersAfter
        /// What talks were about: places named after it are subject matter ("focused on
        /// fighters returning from Syria"), unless met "with".
        case subjectMatter
        /// The gathering near it is spoken of as a plan or a topic ("preparations for").
        case topic
        /// A tournament: the body named with it organises it and is no partner ("FIFA World Cup").
        case tournament
        /// The partners after it are fellow participants of a gathering ("attended by").
        case attendees
        /// The partner after it organised the gathering ("organised by").
        case organiser
        /// Bilateral work: the partners after it were met, even at a gathering.
        case bilateral
        /// On the sidelines of a gathering: a meeting, never a visit.
        case sidelines
        /// An operational result ("dismantled", "arrested"): a joint operation when the
        /// Moroccan services and a partner's agency are named together.
        case operation
        /// Who an operation was done for ("wanted by", "à la demande de"): the partner named
        /// right after it was assisted, if the sentence tells an operation.
        case requester
        /// A person handed over, to the partner named after "to" / "aux" / "à" a few words on
        /// ("handed over to", "a remis, à l'aéroport, aux autorités ivoiriennes").
        case handover
        /// INTERPOL as a channel: a country's office ("National Central Bureau") or a notice
        /// ("red notice"); the organisation named beside it is no partner.
        case nationalOffice
        /// A route of goods or people ("shipped from Ecuador", "à destination de l'Espagne") or
        /// a border ("the border with Mali"): the place named right after it is no partner.
        case route
        /// People taught or hosted: at a training facility, the partners they come from were
        /// assisted; elsewhere they are fellow participants.
        case trainees
    }

    static let engagementPhrases: [(String, Engagement)] = (
        [
            // Not "visit" alone: "the visit reinforced…" recalls a visit already told.
            "visited", "a visité", "ont visité", "avait visité", "visit to", "visits to", "working visit", "official visit", "visite de travail",
            "visite officielle", "trip to", "working trip", "travelled to", "traveled to", "travel to", "travelling to", "traveling to", "toured", "tour of",
            "delegation to", "s'est rendu", "s'est rendue", "se rend", "rendu visite", "déplacement en", "voyage à", "voyage en", "voyage au", "délégation à",
            "déplacement au", "déplacement à", "séjour en", "séjour au", "délégation en", "delegation en", "visite en",
            "visite au", "visite aux", "visite à", "visiter", "inspected", "inspection visit", "a inspecté",
            "visite d'inspection", "visites de travail", "visites officielles", "working visits", "official visits",
            "study visit", "study visits", "study trip", "fact-finding visit", "fact-finding mission", "courtesy visit",
            "visite d'étude", "visite d'études", "visites d'étude", "voyage d'étude", "voyage d'études",
            "visite de courtoisie", "visite d'information", "mission d'étude",
            "mission to", "mission effectuée", "mission menée", "en mission",
            // "une délégation … est venue s'inspirer", "came to study": whoever came was received.
            "came to", "est venu", "est venue", "sont venus", "sont venues", "était venu", "était venue",
            "étaient venus", "étaient venues",
        ].map { ($0, .visit) }
        + stayPhrases.map { ($0, .visit) }
        + [
            "visiting", "on a visit", "on a working visit", "on an official visit", "who is visiting", "en visite",
            "en visite de travail", "en visite officielle", "a séjourné", "séjourné",
        ].map { ($0, .visitor) }
        + [
            "received", "receiving", "welcomed", "welcoming", "hosted", "a reçu", "reçu", "reçue", "reçus",
            "accueilli", "accueillie", "a accueilli", "a été reçu", "a été reçue", "avait reçu", "avait été reçu",
        ].map { ($0, .kind(.visitReceived)) }
        + ["signed", "signing", "inked", "signé", "signée", "signés", "signées", "a signé", "signature", "paraphé", "paraphe"].map {
            ($0, .kind(.signing))
        }
        + [
            "met", "meet", "meeting", "meetings", "talks", "held talks", "discussions", "discussed", "consultations",
            "conferred", "working session", "working sessions", "phone call", "telephone call", "phone conversation",
            "video conference", "videoconference", "bilateral meeting", "trilateral meeting", "entretien", "entretiens",
            "s'est entretenu", "se sont entretenus", "s'était entretenu", "s'étaient entretenus", "s'est réuni",
            "se sont réunis", "s'est entretenue", "se sont entretenues", "s'était entretenue", "s'étaient entretenues",
            "s'est réunie", "se sont réunies", "s'entretenir", "rencontrée", "rencontrés", "rencontrées",
            "échanges ont eu lieu", "échanges ont également eu lieu", "échanges ont aussi eu lieu", "réunion de travail", "réunions de travail", "working meeting", "rencontre", "rencontres", "rencontré",
            "a rencontré", "réunion", "réunions", "pourparlers", "séance de travail", "séances de travail",
            "a discuté", "ont discuté", "ont examiné", "a examiné", "entretien téléphonique", "ont évoqué",
            "a évoqué", "ont abordé", "a abordé", "ont passé en revue", "a passé en revue", "ont échangé", "a échangé",
            "visioconférence", "appel téléphonique",
        ].map { ($0, .kind(.meeting)) }
        + [
            "joint operation", "joint operations", "joint investigation", "joint investigations", "assist", "assisted",
            "sending a team", "sent a team", "contributed to securing", "to support", "in support of", "help secure",
            "helped secure", "to help secure", "helped", "en appui", "en soutien",
            "pour soutenir", "en renfort", "contribué à la sécurisation",
            "sécurisation",
            "thanks to information", "thanks to moroccan", "tip", "tips", "tip-off", "warning from", "was warned",
            "moroccan intelligence", "moroccan data",
            "grâce aux informations", "grâce à des informations", "grâce aux renseignements", "renseignements marocains",
            "securing the", "in coordination with", "in close coordination with", "in collaboration with",
            "joint patrols", "trained", "training of", "in the framework of the project",
            "as part of the project", "under the project", "joint project", "opération conjointe",
            "opération antiterroriste conjointe", "opérations antiterroristes conjointes", "joint counter-terrorism operation",
            "joint counterterrorism operation", "joint anti-terrorist operation",
            "opérations conjointes", "enquêtes conjointes", "enquête conjointe", "en coordination avec",
            "en étroite coordination avec", "de concert avec", "conjointement avec", "in concert with", "jointly with",
            "en collaboration avec", "patrouilles mixtes", "patrouilles conjointes",
            "formés", "formées", "dans le cadre du projet", "projet conjoint",
            "projet commun", "technical assistance", "assistance technique", "appui apporté", "assistance apportée",
            "coordinated operation", "joint exercise", "joint drill", "simulation exercise",
            "exercice conjoint", "exercice commun", "exercice de simulation", "deployed alongside",
            "worked alongside", "working alongside", "operated alongside", "served alongside", "déployés aux côtés",
            "travaillé aux côtés", "opéré aux côtés",
            "with their moroccan colleagues", "alongside their moroccan colleagues", "avec leurs collègues marocains",
            "aux côtés de leurs collègues marocains",
            "completed a course", "followed a course", "attended a course", "a training course", "were trained",
            "was trained", "trained at", "suivi une formation", "suivi un stage", "stage de formation",
            "cycle de formation", "ont été formés", "training course", "entraide judiciaire", "judicial assistance",
            "mutual legal assistance", "judicial cooperation", "coopération judiciaire", "mandat d'arrêt international",
            "international arrest warrant", "in partnership with", "en partenariat avec", "with the support of",
            "with support from", "avec l'appui de", "avec l'appui d'", "avec le soutien de", "avec le soutien d'",
            "as part of its project", "under its project", "dans le cadre de son projet", "training session",
            "training sessions", "session de formation", "sessions de formation",
        ].map { ($0, .kind(.jointOperation)) }
        + [
            "attended", "attend", "attending", "participated", "participating", "participation", "took part",
            "taking part",
            "take part", "speech", "elected", "a pris part", "pris part", "participé", "assisté",
            "a participé", "prend part", "discours", "élu", "led the moroccan delegation", "led a delegation",
            "leads the moroccan delegation", "headed the moroccan delegation", "heading the moroccan delegation",
            "at the head of the moroccan delegation", "conduit la délégation", "a conduit la délégation",
            "conduisait la délégation", "à la tête de la délégation", "présidé la délégation",
        ].map { ($0, .kind(.eventParticipation)) }
        + [
            "commended", "praised", "hailed", "lauded", "called", "congratulated", "praises", "commends", "hails", "highlighted", "expressed", "stressed",
            "praise came", "praise from", "tributes", "tribute to", "éloges", "louanges", "rendu hommage",
            "welcomed the progress", "welcomed the proposal", "welcomed the initiative", "welcomed the decision",
            "welcomed the efforts", "welcomed the results", "welcomed the cooperation", "welcomed the quality",
            "welcomed the level", "welcomed the role", "welcomed the commitment", "welcomed the outcome",
            "welcomed this", "s'est félicité", "se sont félicités",
            "recognized", "recognised", "described", "thanked", "saluted", "a salué", "salué", "loué", "félicité",
            "souligné", "remercié", "a remercié", "saluant", "a cité", "cited", "a qualifié", "qualifiant",
        ].map { ($0, .praise) }
        + [
            "general assembly", "assembly", "session", "conference", "summit", "forum", "exhibition", "congress",
            "meeting of", "meetings of", "multilateral meeting", "ministerial meeting", "regional meeting",
            "assemblée générale", "assemblée", "conférence", "sommet", "salon", "congrès", "réunion des", "réunion de",
            "réunion du", "réunion ministérielle", "réunion régionale", "colloque", "symposium", "seminar", "séminaire", "workshop", "atelier",
            "brought together", "gathered", "réunissant",
        ].map { ($0, .gathering) }
        + [
            "preparations for", "preparation of", "preparing for", "prepare for", "ahead of", "in view of",
            "coordination for", "to host", "will host", "upcoming", "next", "candidacy", "bid to host",
            "to be held", "will be held", "préparatifs", "préparation de", "préparation du", "en prévision de",
            "en perspective de", "à l'approche de", "accueillera", "abritera", "abriter", "organisera", "prochaine",
            "prochain", "candidature", "qui se tiendra", "se tiendra", "future", "set to host", "is to host",
            "due to host", "will be hosted", "to be hosted", "doit accueillir", "devant se tenir", "doit se tenir",
            "s'apprête à", "s'apprêtent à", "se prépare à", "is preparing to", "are preparing to", "prepares to",
        ].map { ($0, .topic) }
        + [
            "world cup", "cup", "coupe", "coupe du monde", "coupe d'afrique", "euro", "championship", "championships",
            "championnat", "tournament", "tournoi", "olympic games", "olympics", "jeux olympiques", "league", "ligue",
            "afcon", "mondial", "club world cup", "africa cup of nations", "coupe d'afrique des nations",
        ].map { ($0, .tournament) }
        + [
            "including", "such as", "notamment", "among them", "among which", "parmi lesquels", "parmi lesquelles",
            "attended by", "en présence de", "in the presence of", "with the participation of",
            "avec la participation de", "avec la participation d'", "delegations from", "delegations of",
            "représentants de",
            "représentants du", "représentants des", "représentants d'", "representatives of", "representatives from",
            "vu la participation de", "vu la participation d'", "vu la participation des",
            "délégations de", "délégations du", "délégations des", "ont participé", "took part in the meeting",
            "à laquelle ont participé", "auquel ont participé", "alongside", "aux côtés de", "aux côtés d'", "among others", "entre autres", "ainsi que des délégations",
        ].map { ($0, .attendees) }
        + [
            "organised by", "organized by", "hosted by", "convened by", "organisé par", "organisée par",
            "à l'initiative de", "at the invitation of", "à l'invitation de", "under the aegis of", "sous l'égide de",
        ].map { ($0, .organiser) }
        + [
            "participants", "trainees", "stagiaires", "élèves", "cadets", "lauréats", "trainee officers", "graduated",
            "graduates", "officers from", "class of", "promotion", "diplômés", "officiers de", "venus du", "venus de",
            "venus des", "venus d'", "who came from", "au profit de", "au profit d'", "au profit des", "for the benefit of",
        ].map {
            ($0, .trainees)
        }
        + ["national central bureau", "bureau central national", "ncb", "bcn", "red notice", "notice rouge",
           "diffusion rouge"].map { ($0, .nationalOffice) }
        + [
            "shipped from", "smuggled from", "originating from", "originating in", "bound for", "destined for",
            "en provenance de", "en provenance du", "en provenance des", "en provenance d'", "à destination de",
            "à destination du", "à destination des", "à destination d'", "transiting through", "en transit par",
            "border with", "borders with", "frontière avec", "frontières avec", "frontalier du", "frontalière du",
        ].map { ($0, .route) }
        + ["bilateral", "bilatéral", "bilatérale", "bilatéraux", "bilatérales"].map { ($0, .bilateral) }
        + ["on the sidelines", "en marge", "on the margins", "in the margins"].map { ($0, .sidelines) }
        + [
            "arrested", "dismantled", "seized", "thwarted", "foiled", "neutralised", "neutralized", "busted",
            "apprehended", "démantelé", "démantèlement", "arrêté", "interpellé", "interpellation", "saisi", "saisie",
            "déjoué", "neutralisé", "ont démantelé", "ont arrêté", "ont interpellé", "seizure", "seizures",
            "arrest", "arrests", "dismantling", "interception",
            "arrestation", "arrestations", "interpellations", "saisies", "dismantle", "démanteler", "interpeller", "neutraliser", "detained",
            "arrêtés", "interpellés",
        ].map { ($0, .operation) }
        + ["wanted by", "sought by", "at the request of", "recherché par", "recherchée par", "à la demande de",
           "warrant issued by", "mandat d'arrêt émis par", "mandat d'arrêt international émis par"]
            .map { ($0, .requester) }
        + ["handed over", "extradited", "extradition", "extraditions", "remis", "remise", "remises", "extradé",
           "extradée", "extradés", "livré", "livrée", "livrés"].map { ($0, .handover) }
        + [
            "press conference", "press conferences", "conférence de presse", "press briefing", "point de presse",
            "received praise", "received thanks", "received information", "received congratulations",
            "received intelligence", "received moroccan", "reçu des renseignements",
            "reçu les félicitations", "reçu des informations", "reçu des remerciements",
            // An interview given to the press is no talks.
            "entretien accordé", "entretien accordée", "entretiens accordés",
            "un entretien avec le journal",
        ].map { ($0, .neutral) }
        + [("interest in signing", .neutral), ("interest in", .neutral), ("expressed interest", .neutral),
           ("expressed interest in signing", .neutral), ("expressed interest in", .neutral),
           ("co-host", .notPartnersAfter),
           ("focused on", .subjectMatter), ("focusing on", .subjectMatter), ("centered on", .subjectMatter),
           ("devoted to", .subjectMatter), ("consacrée à", .subjectMatter), ("consacré à", .subjectMatter),
           ("consacrées à", .subjectMatter), ("consacrés à", .subjectMatter),
           ("centred on", .subjectMatter), ("dealt with", .subjectMatter), ("revolved around", .subjectMatter),
           ("porté sur", .subjectMatter), ("portaient sur", .subjectMatter), ("axés sur", .subjectMatter),
           ("axées sur", .subjectMatter), ("au menu des discussions", .subjectMatter),
           ("co-hosts", .notPartnersAfter), ("coorganisera", .notPartnersAfter), ("coorganise", .notPartnersAfter),
           ("coorganisent", .notPartnersAfter), ("co-organise", .notPartnersAfter), ("co-organisera", .notPartnersAfter),
           ("co-hosted", .notPartnersAfter), ("co-hosting", .notPartnersAfter), ("coorganiseront", .notPartnersAfter),
           ("coorganisée", .notPartnersAfter), ("coorganisé", .notPartnersAfter), ("co-organisée", .notPartnersAfter)]
        + contentsPhrases.map { ($0, .subjectMatter) }
    )

    /// Visit cues that need a destination to count ("a delegation to Spain", not "a
    /// delegation to the General Assembly").
    static let foldedDestinationCues: Set<String> = Set(["delegation to", "delegation en", "delegation a", "travel to", "travelling to", "traveling to"] + stayPhrases.map(Folding.fold))

    /// A stay somewhere ("spent three days in Rabat"): a visit when a place follows.
    static let stayPhrases: [String] = {
        let english = ["a day", "a week", "two days", "three days", "four days", "five days", "six days",
                       "several days", "a few days", "two weeks", "ten days"]
        let french = ["une semaine", "deux jours", "trois jours", "quatre jours", "cinq jours", "plusieurs jours",
                      "quelques jours"]
        return english.map { "spent \($0) in" } + french.flatMap { span in ["à", "au", "en"].map { "passé \(span) \($0)" } }
    }()

    /// Places in Morocco that are not towns: a visit to them or a meeting at them is a
    /// visit received ("a visit to the Kingdom", "at the DGSN headquarters").
    static let moroccanVenuePhrases: [(String, Bool)] = [
        "Kingdom", "Royaume", "the Kingdom", "DGSN headquarters", "DGST headquarters", "headquarters of the DGSN",
        "headquarters of the DGST", "siège de la DGSN", "siège de la DGST", "siège central de la DGSN",
        "siège de la Direction générale de la sûreté nationale", "Royal Police Institute", "Institut royal de police",
        "Institut Royal de Police", "Moroccan capital", "capitale marocaine", "Kingdom of Morocco", "Royaume du Maroc",
    ].map { ($0, true) }

    /// Verbs by which a gathering brings its participants together ("The meeting brought
    /// together the police chiefs of…", "La rencontre a réuni…"): the partners after them
    /// are fellow participants, unless the services convened it or are among the first named.
    static let conveningPhrases: [(String, Bool)] = [
        "brought together", "bringing together", "gathered", "réunissant", "a réuni", "ont réuni", "avait réuni",
        "rassemblant", "a rassemblé", "ont rassemblé", "regroupant", "a regroupé",
    ].map { ($0, true) }

    /// The Moroccan services named as actors ("the DGST", "la police marocaine").
    static let moroccanServicePhrases: [(String, Bool)] = [
        "DGSN", "DGST", "BCIJ", "Moroccan police", "police marocaine", "Moroccan services", "services marocains",
        "Moroccan security services", "services de sécurité marocains", "Moroccan authorities", "autorités marocaines",
        "Moroccan counterparts", "homologues marocains", "Moroccan colleagues", "sûreté nationale",
        "surveillance du territoire", "Moroccan intelligence", "renseignement marocain",
    ].map { ($0, true) }

    /// Small words between a visit cue and its destination ("a visit to the Kingdom").
    static let destinationSkips: Set<String> = [
        "to", "in", "en", "au", "aux", "a", "of", "the", "la", "le", "l", "du", "des", "de", "d", "work", "working",
        "official", "officielle", "travail", "two", "three", "day", "days", "jours", "deux", "trois", "his", "sa", "son",
        "an", "une", "un",
    ]

    /// Engagement kinds in the order that decides between them when a sentence has several.
    static let kindPriority: [EngagementKind] = [.visitMade, .visitReceived, .signing, .meeting, .jointOperation,
                                                 .eventParticipation]

    static let engagement = PhraseIndex(engagementPhrases)
    static let referringWords = PhraseIndex(referringPhrases)
    static let agreement = PhraseIndex(agreementPhrases)
    static let initiative = PhraseIndex(initiativePhrases)
    static let places = PhraseIndex(placePhrases)
    static let moroccanVenues = PhraseIndex(moroccanVenuePhrases)
    static let moroccanServices = PhraseIndex(moroccanServicePhrases)
    static let convening = PhraseIndex(conveningPhrases)
    static let ongoing = PhraseIndex(ongoingPhrases)
    static let asides = PhraseIndex(asidePhrases)
    static let ordinals = PhraseIndex(ordinalPhrases)
    static let reminders = PhraseIndex(reminderPhrases)
    static let otherParts = PhraseIndex(otherPartPhrases)
    static let dispatches = PhraseIndex(dispatchPhrases)
    static let inclusions = PhraseIndex(inclusionPhrases.map { ($0, true) })
    static let arrangements = PhraseIndex(arrangementPhrases.map { ($0, Agreement.arrangement) })

    /// Every phrase of every list, for the lexicon.
    static var allPhrases: [String] {
        engagementPhrases.map(\.0) + referringPhrases.map(\.0) + agreementPhrases.map(\.0)
            + initiativePhrases.map(\.0) + placePhrases.map(\.0) + moroccanVenuePhrases.map(\.0) + moroccanServicePhrases.map(\.0)
            + Array(destinationSkips) + Array(negations) + Array(demonstratives) + Array(negationExceptions)
            + Array(recallingWords) + Array(sidelineWords) + Array(relativeWords) + Array(articles)
            + ongoingPhrases.map(\.0) + asidePhrases.map(\.0)
            + Array(futureModals) + Array(modalFillers) + EventCalendar.words + Array(reportingWords)
            + Array(descriptorWords) + ordinalPhrases.map(\.0) + Array(visitNouns) + Array(indefinites) + Array(withWords)
            + Array(gatheringLinks) + Array(policeWords) + Array(moroccanWords) + Array(policeQualifiers)
            + reminderPhrases.map(\.0) + otherPartPhrases.map(\.0) + dispatchPhrases.map(\.0)
            + conveningPhrases.map(\.0) + Array(servicesHead)
            + Array(courseWords) + Array(attendanceWords) + Array(personnelWords) + Array(traineeWords)
            + Array(planWords) + Array(DateFinder.spanFillers) + Array(receivedThings)
            + Array(hostWords) + Array(pluralInstruments) + Array(spanNouns) + Array(spanLookback)
            + Scene.speechWords + ["that", "que", "qu", "as", "comme"] + DateFinder.relativeMonthPhrases.map(\.0)
            + Array(implementationWords) + Array(Scene.facilityVerbs) + concludingWords
            + Array(Scene.travelNouns) + ["by", "of", "ses", "leurs", "its"] + Array(countWords) + Array(countryNouns)
            + Array(originWords) + Array(fromWords) + arrangementPhrases + Array(arrangementLeads)
            + Array(newWords) + Array(newsNouns) + Array(givingVerbs) + Array(serviceNouns) + Array(titleLinks) + inclusionPhrases
            + Array(proposingWords) + Array(draftNouns) + Array(qualifiedNouns) + ["to", "aux", "au", "vers", "until", "till", "jusqu", "par"] + Array(trainingWords)
            + Array(talkParticiples) + ["s", "se"] + Array(movingOnWords)
            + ["terme", "issue", "end", "close", "conclusion"] + preparationPhrases.map(\.0)
    }
}
