import LiaisonCore

/// The small words and phrases the rules read around a cue: who a sentence refers back to,
/// negations, habits, reminders, plans, lists and reports.
extension Cues {
    /// Words that stand for the partners of the sentence before ("the two sides signed").
    static let referringPhrases: [(String, Bool)] = ([
        "the two sides", "both sides", "the two parties", "both parties", "they", "the two services",
        "the two officials", "both officials", "the two men", "the two chiefs", "his counterpart", "the visitor",
        "the guest", "les deux parties", "ils", "les deux services", "les deux responsables", "les deux hommes",
        "les deux officiels", "son homologue", "l'hôte", "les deux délégations", "the two delegations",
        "the two countries", "both countries", "les deux pays", "des deux pays", "both delegations",
    ].map { ($0, true) })

    /// Words that deny a cue a few words after them ("no agreement was signed", "aucun
    /// accord n'a été signé"); not "not only" nor "pas moins de".
    static let negations: Set<String> = [
        "no", "not", "never", "without", "neither", "nor", "aucun", "aucune", "pas", "sans", "jamais",
    ]

    /// Words after a negation that undo it ("not only", "pas moins de").
    static let negationExceptions: Set<String> = ["only", "moins", "seulement", "just"]

    /// Whether a negation stands in the five words before `index`.
    static func isNegated(_ tokens: [Token], before index: Int) -> Bool {
        (max(0, index - 5)..<index).contains { position in
            guard negations.contains(tokens[position].folded) else { return false }
            let next = position + 1 < tokens.count ? tokens[position + 1].folded : ""
            return !negationExceptions.contains(next)
        }
    }

    /// Phrases that make a sentence a habit or a long-standing claim, which no date stated
    /// before it dates ("on several occasions", "de manière régulière").
    static let ongoingPhrases: [(String, Bool)] = [
        "regularly", "régulièrement", "de manière régulière", "à plusieurs reprises", "à maintes reprises",
        "on several occasions", "on many occasions", "repeatedly", "de longue date", "longstanding", "long-standing",
        "for years", "depuis des années", "every year", "each year", "chaque année", "over the years",
        "au fil des années",
        // Cooperation told in the present: a standing state, not one interaction.
        "coopèrent", "coopère étroitement", "collaborent", "travaillent étroitement", "cooperate closely",
        "cooperates closely", "work closely", "works closely",
    ].map { ($0, true) }

    /// The first words of a link to another article ("Read also: …", "Lire aussi : …").
    static let asidePhrases: [(String, Bool)] = [
        "read also", "lire aussi", "à lire aussi", "see also", "voir aussi", "lire également", "read more", "related",
    ].map { ($0, true) }

    /// Words that point back at an interaction already told ("this meeting", "cette rencontre").
    static let demonstratives: Set<String> = ["this", "that", "cette", "cet", "ce"]

    /// Words before "the talks" that make them talks already told ("during the talks",
    /// "à l'issue de l'entretien").
    static let recallingWords: Set<String> = ["during", "after", "following", "lors", "issue", "terme", "cours"]
    /// Words that open a relative clause.
    static let relativeWords: Set<String> = ["who", "which", "that", "whose", "where", "qui", "que", "qu", "dont", "lequel",
                                             "laquelle"]
    /// The nouns of "on the sidelines of", "en marge de".
    static let sidelineWords: Set<String> = ["sidelines", "margins", "marge"]
    static let articles: Set<String> = ["the", "la", "le", "les", "l", "des", "de", "du"]
    /// The definite ones: "the talks", "la visite" tell something known, "des entretiens" not.
    static let definiteArticles: Set<String> = ["the", "la", "le", "les", "l"]

    /// The first words of a reminder of an earlier event ("Pour rappel, …", "It is worth
    /// recalling that …").
    static let reminderPhrases: [(String, Bool)] = [
        "pour rappel", "rappelons que", "il convient de rappeler", "il est à rappeler", "il faut rappeler",
        "it is worth recalling", "it should be recalled", "it will be recalled", "as a reminder", "previously",
        "auparavant",
    ].map { ($0, true) }

    /// The first words of a sentence that turns to another actor's part ("De son côté, …",
    /// "For his part, …").
    static let otherPartPhrases: [(String, Bool)] = [
        "de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à lui", "quant à elle", "quant à eux",
        "for his part", "for her part", "for its part", "for their part",
    ].map { ($0, true) }

    /// Officers sent to work beside another police for a time ("dispatched a team", "a dépêché
    /// une douzaine de fonctionnaires", "liaison officers seconded"): joint work of the
    /// moment, which the article's event dates when the sentence does not. They count with
    /// people near them (`personnelWords`): "deployed new scanners" sends no one. The phrases
    /// marked `false` place an officer for good ("posted at the embassy"): no one sent.
    static let dispatchPhrases: [(String, Bool)] = [
        "dispatched", "seconded", "sent a team", "sending a team", "liaison officers", "liaison officer", "deployed",
        "deployment", "dépêché", "dépêchés", "dépêchée", "dépêchées", "dépêchant", "a dépêché", "détachés", "détaché",
        "détachée", "détachées", "officiers de liaison",
        "officier de liaison", "déployé", "déployée", "déployés", "déployées", "a déployé", "déploiement",
        "sent by", "envoyés par", "envoyées par", "envoyé par",
    ].map { ($0, true) }
        // "posted at the embassy", "en poste à l'ambassade": an officer there for good, not sent.
        + ["posted at", "posted in", "posted to", "stationed", "based at", "based in", "en poste", "accredited",
           "accrédité", "accréditée", "affecté à", "affecté auprès"].map { ($0, false) }

    /// People a police sends ("officers", "une équipe", "le contingent"), folded.
    static let personnelWords: Set<String> = [
        "officers", "officer", "team", "teams", "unit", "units", "contingent", "contingents", "experts", "specialists", "agents",
        "analyst", "analysts", "personnel", "staff", "officiers", "officier", "equipe", "equipes", "unite", "unites",
        "specialistes", "fonctionnaires", "policiers", "elements", "analyste", "cadres",
    ]

    /// Small words between a body and the gathering it holds ("the 93rd General Assembly of
    /// INTERPOL", "la conférence régionale d'AFRIPOL").
    static let gatheringLinks: Set<String> = ["of", "the", "s", "de", "d", "du", "des", "la", "le", "l", "annual",
                                              "regional", "annuelle", "regionale", "annuel", "regional", "ministerial",
                                              "african", "africaine", "arab", "arabe", "european", "europeenne",
                                              "general", "generale", "th", "rd", "nd", "st", "e", "eme", "held",
                                              "holds", "organised", "organized", "convened", "a", "an", "its", "sa",
                                              "son", "une", "un", "tient", "tenu", "organise", "organisee"]

    /// Words that name a police force or its people ("Dutch police", "enquêteurs belges").
    static let policeWords: Set<String> = ["police", "investigators", "detectives", "officers", "agents", "enqueteurs",
                                           "policiers", "gendarmerie", "counterparts", "homologues", "polizei",
                                           "policia", "services", "polices"]

    /// Nouns that head a service's title ("Direction", "Directorate", "Office"), folded, and the
    /// small words inside an English title ("State Security and Intelligence Directorate").
    static let serviceNouns: Set<String> = ["direction", "directorate", "service", "agency", "agence", "office",
                                            "bureau", "unit", "unite", "brigade",
                                            "command", "commandement", "division", "corps"]
    static let titleLinks: Set<String> = ["and", "for", "of"]

    /// Words that open a clause moving on from what talks were about ("avant de", "before"),
    /// folded.
    static let movingOnWords: Set<String> = ["avant", "before", "puis", "then"]

    /// People of a police by rank or trade, not teams ("officers", "contingents"), folded.
    static let officerWords: Set<String> = ["officers", "officer", "officiers", "officier", "policiers", "contingent",
                                            "contingents", "agents", "fonctionnaires", "experts", "specialists",
                                            "specialistes", "analysts", "cadres"]

    /// Words between a nationality and its police ("Dutch National Police").
    static let policeQualifiers: Set<String> = ["national", "federal", "nationale", "federale"]

    /// "Moroccan", "marocains": people of the services themselves.
    static let moroccanWords: Set<String> = ["moroccan", "moroccans", "marocain", "marocains", "marocaine", "marocaines"]
    /// Words that make the official named next Morocco's own ("Morocco's ambassador to…").
    static let moroccanMarkers: Set<String> = moroccanWords.union(["morocco", "maroc", "dgsn", "dgst", "kingdom",
                                                                   "royaume"])
    /// Ranks and titles written before a name ("Deputy Minister", "Lieutenant General",
    /// "le commissaire divisionnaire"), folded: no part of the name.
    static let titleWords: Set<String> = [
        "minister", "ministers", "deputy", "vice", "prime", "director", "directors", "general", "chief", "head",
        "commissioner", "inspector", "secretary", "undersecretary", "president", "ambassador",
        "colonel", "lieutenant", "major", "captain", "commander", "superintendent", "officer", "attache", "consul",
        "governor", "prefect", "mr", "mrs", "ms", "dr", "sir", "sheikh", "prince", "brigadier", "marshal", "admiral",
        "assistant", "acting", "senior", "special", "envoy", "ministre", "directeur", "directrice", "commissaire",
        "inspecteur", "secretaire", "presidente", "ambassadeur", "ambassadrice", "lieutenant-colonel",
        "commandant", "capitaine", "controleur", "prefet", "gouverneur", "wali", "mme", "m", "divisionnaire",
        "adjoint", "adjointe", "chef", "generale", "haut", "haute", "procureur", "juge", "judge",
        "prosecutor", "attorney",
    ]
    /// Small words inside a person's name ("Salem bin Hamad", "Ricardo de la Fuente").
    static let nameParticles: Set<String> = ["bin", "ben", "ibn", "al", "el", "de", "da", "do", "dos", "del", "la", "van",
                                             "von", "der", "du"]

    /// People who are trainees by name ("stagiaires", "cadets", "graduates"), folded: in an
    /// article set at a training facility, those from partners were trained there.
    static let traineeWords: Set<String> = ["trainees", "stagiaires", "eleves", "cadets", "laureats", "graduates",
                                            "graduated", "diplomes", "trainee"]

    /// Counts of countries ("six", "21", "une vingtaine"), folded, and the nouns they count:
    /// officers "from six African countries" are counted, not named.
    static let countWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "dozen", "several", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze",
        "quinze", "vingt", "trente", "vingtaine", "dizaine", "douzaine", "plusieurs", "forty", "fifty", "dozens",
        "quarante", "cinquante", "trentaine", "quarantaine", "cinquantaine", "centaine",
    ]
    /// Whether a token counts: a number or a count word.
    static func isCount(_ token: Token) -> Bool { token.isNumber || countWords.contains(token.folded) }

    static let countryNouns: Set<String> = ["countries", "nations", "pays", "nationalities", "nationalites"]
    /// Words that open a list of some of those counted ("among them", "such as", "comme").
    static let inclusionPhrases = ["including", "include", "includes", "such as", "among them", "among whom",
                                   "notably", "notamment", "parmi eux", "parmi lesquels", "parmi lesquelles",
                                   "dont", "comme", "tels que", "telles que"]
    static let fromWords: Set<String> = ["from", "of", "de", "d", "du", "des"]

    /// Words that tell where people come from ("who come from", "originaires de"), folded.
    static let originWords: Set<String> = ["come", "came", "hail", "hails", "originaires", "originaire", "issus", "issues",
                                           "venus", "venues", "viennent"]

    /// A course taught ("a two-week course", "un stage"): those who attend it are trained.
    static let courseWords: Set<String> = ["course", "courses", "cours", "stage", "stages", "cursus", "curriculum"]
    /// Training given, of any form ("a workshop", "une formation"), folded.
    static let trainingWords: Set<String> = courseWords.union(["workshop", "workshops", "atelier", "ateliers", "training",
                                                              "formation", "formations", "seminar", "seminaire"])

    /// The first word of a marker of attendance ("attended by", "avec la participation de").
    static let attendanceWords: Set<String> = ["attended", "with", "avec", "a", "auquel"]

    /// The services' head, named as one of them ("a réuni M. Hammouchi et…").
    static let servicesHead: Set<String> = ["hammouchi"]

    /// News a service handed another ("information supplied by the DGST", "the DGST passed on
    /// details", "des informations précises transmises"): a news noun and a verb of giving
    /// within three words of each other, either way round. Nouns of exchange ("échanges",
    /// "partage") are left out: they name cooperation, not an act.
    private static func informationHandedOver(in tokens: [Token]) -> PhraseIndex<Engagement>.Hit? {
        for (index, token) in tokens.enumerated() where newsNouns.contains(token.folded) {
            let window = max(0, index - 3)..<min(tokens.count, index + 4)
            if let verb = window.first(where: { givingVerbs.contains(tokens[$0].folded) }) {
                return PhraseIndex.Hit(value: .kind(.jointOperation), tokens: min(index, verb)..<(max(index, verb) + 1))
            }
        }
        return nil
    }

    /// Talks told by a reflexive verb with words between ("elle s'est ainsi entretenue avec",
    /// "s'est également entretenu avec"); not relations "entretenues".
    private static func talksWithAdverb(in tokens: [Token]) -> PhraseIndex<Engagement>.Hit? {
        for (index, token) in tokens.enumerated() where talkParticiples.contains(token.folded) && index >= 2 {
            if let reflexive = (max(0, index - 3)..<index - 1).last(where: { ["s", "se"].contains(tokens[$0].folded) }) {
                return PhraseIndex.Hit(value: .kind(.meeting), tokens: reflexive..<(index + 1))
            }
        }
        return nil
    }

    static let talkParticiples: Set<String> = ["entretenu", "entretenue", "entretenus", "entretenues"]

    /// The engagement cues of a sentence, with information handed over and talks told with
    /// an adverb among them.
    static func engagementHits(in tokens: [Token]) -> [PhraseIndex<Engagement>.Hit] {
        var hits = engagement.hits(in: tokens)
        for extra in [informationHandedOver(in: tokens), talksWithAdverb(in: tokens)].compactMap({ $0 })
        where !hits.contains(where: { $0.tokens.overlaps(extra.tokens) }) {
            hits.append(extra)
        }
        hits.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return hits
    }

    static let newsNouns: Set<String> = ["information", "intelligence", "data", "details", "informations",
                                         "renseignements", "donnees", "indications"]
    static let givingVerbs: Set<String> = ["provided", "supplied", "passed", "shared", "transmitted", "exchanged",
                                           "relayed", "forwarded", "communicated", "given", "sent", "fournies", "fournis",
                                           "fourni", "transmises", "transmis", "communiquees", "communiques", "partagees",
                                           "partages", "echangees", "relayees", "relayes", "livrees", "livres"]

    /// "with", "avec": the partner after it was met.
    static let withWords: Set<String> = ["with", "avec"]

    /// Possessives ("his visit", "sa visite").
    static let possessives: Set<String> = ["his", "her", "their", "its", "sa", "son", "leur"]

    /// Indefinite articles and possessives ("during a visit", "lors d'une visite").
    static let indefinites: Set<String> = ["a", "an", "his", "her", "their", "une", "un", "d", "sa", "son", "leur"]

    /// Nouns of a visit, talks or a gathering ("The trip to Vienna comes after…").
    static let visitNouns: Set<String> = ["visit", "trip", "tour", "talks", "meeting", "visite", "deplacement", "sejour",
                                          "tournee", "entretiens", "rencontre", "reunion", "conference", "assembly",
                                          "convention", "summit", "forum", "session", "sommet", "assemblee", "congres",
                                          "congress"]

    /// The first words of an item of a list ("The first, with…", "La seconde, avec…").
    static let ordinalPhrases: [(String, Bool)] = ["first", "second", "third", "fourth", "last"].map { ("the " + $0, true) }
        + ["première", "premier", "seconde", "second", "deuxième", "troisième", "dernière", "dernier"].flatMap {
            [("la " + $0, true), ("le " + $0, true)]
        }

    /// Nouns an organisation's name may qualify ("EU member states", "UN agencies"), folded.
    static let qualifiedNouns: Set<String> = ["member", "members", "agency", "agencies", "countries", "states",
                                              "nations", "bodies", "institutions", "partners"]

    /// Words between a body and the agency it describes ("the EU's police agency Europol").
    static let agencyNouns: Set<String> = ["agency", "agence", "body", "organe", "office", "bureau", "organisation",
                                           "organization"]
    static let descriptorWords: Set<String> = agencyNouns.union(["police", "s", "law", "enforcement", "judicial",
                                                                 "judiciaire", "policiere", "de", "du", "l", "the", "of"])

    /// Words of a report ("prosecutors said on Thursday", "a indiqué jeudi"): a date after
    /// them is the report's.
    static let reportingWords: Set<String> = ["said", "says", "announced", "reported", "stated", "told", "added",
                                              "confirmed", "statement", "indique", "indiquait", "annonce", "precise",
                                              "affirme", "communique", "rapporte"]

    /// Words that make the interaction after them a plan ("will take part", "devrait
    /// visiter"), and the small words that may stand between ("will also visit").
    static let futureModals: Set<String> = ["will", "would", "shall", "va", "vont", "devrait", "devraient", "doit",
                                            "doivent", "pourrait", "pourraient", "could", "hope", "hopes", "hoped",
                                            "hoping", "espere", "esperent", "esperait", "esperaient"]
    /// What one receives that is no visit ("received a letter of thanks", "a reçu mardi un
    /// message", "received their diplomas"), folded.
    static let receivedThings: Set<String> = ["letter", "letters", "message", "messages", "call", "correspondence",
                                            "lettre", "lettres", "courrier", "appel", "correspondance", "support",
                                            "assistance", "help", "soutien", "appui", "aide", "equipment", "equipement",
                                            "diploma", "diplomas", "diplome", "diplomes", "certificate", "certificates",
                                            "certificat", "certificats", "insignia", "insignes", "award", "awards",
                                            "medal", "medals", "medaille", "medailles", "prize", "prix", "training",
                                            "formation"]

    /// Verbs of hosting, which may host an event rather than visitors, folded.
    static let hostWords: Set<String> = ["hosted", "accueilli", "accueillie"]

    /// Phrases that make what is told before them one being prepared ("a meeting … was
    /// being prepared", "une réunion en cours de préparation").
    static let preparationPhrases: [(String, Bool)] = [
        "being prepared", "being organised", "being organized", "under preparation", "in preparation",
        "en préparation", "en cours de préparation", "en cours d'organisation", "est en préparation",
    ].map { ($0, true) }
    static let preparations = PhraseIndex(preparationPhrases)

    /// Words that put what a sentence tells in the future ("a session scheduled for…",
    /// "une session prévue en…"), folded.
    static let planWords: Set<String> = ["scheduled", "planned", "intended", "upcoming", "prevue", "prevues",
                                         "programmee", "programmees", "destinee", "destinees", "envisagee", "envisage",
                                         "expected", "attendue"]
    static let modalFillers: Set<String> = ["also", "then", "soon", "aussi", "egalement", "bientot", "ensuite", "not",
                                            "be", "etre", "have", "to", "see", "voir"]

    /// "over the past decade", "in recent years", "ces dix dernières années": a span of
    /// years up to now, folded.
    static let spanNouns: Set<String> = ["years", "decade", "decades", "annees", "decennie", "decennies"]
    /// Words before a span noun that make it reach up to now: "over the past decade", "for
    /// more than ten years", "pendant des années".
    static let spanLookback: Set<String> = ["past", "last", "recent", "dernieres", "derniere", "for", "over", "pendant",
                                            "durant"]

    static let spanNounIndex = PhraseIndex(spanNouns.map { ($0, true) })

    /// Where the sentence tells of a span of years up to now, a claim rather than an event
    /// ("more than a decade ago" is a time in the past).
    static func spanOfYears(_ tokens: [Token]) -> Int? {
        spanNounIndex.hits(in: tokens).first { hit in
            let reachesNow = hit.tokens.upperBound >= tokens.count || tokens[hit.tokens.upperBound].folded != "ago"
            return reachesNow && (max(0, hit.tokens.lowerBound - 4)..<hit.tokens.lowerBound).contains {
                spanLookback.contains(tokens[$0].folded)
            }
        }?.tokens.lowerBound
    }

    /// Whether a plan word follows within three words ("dont la signature est envisagée"),
    /// not "as planned" / "comme prévu", which tells it happened.
    static func isPlanned(_ tokens: [Token], after end: Int) -> Bool {
        (end..<min(tokens.count, end + 3)).contains { isPlanWord(tokens, at: $0) }
    }

    /// Whether a plan word stands at `index`, not after "as" / "comme" ("as planned").
    private static func isPlanWord(_ tokens: [Token], at index: Int) -> Bool {
        planWords.contains(tokens[index].folded) && !(index > 0 && ["as", "comme"].contains(tokens[index - 1].folded))
    }

    /// Words that propose what follows them ("proposed the signing of", "a proposé la
    /// signature"), folded.
    static let proposingWords: Set<String> = ["proposed", "proposes", "propose", "suggested", "suggests",
                                              "proposent", "suggere", "suggerent", "envisage", "envisagent"]
    /// Nouns that make the instrument after them a draft ("draft of the memorandum", "projet
    /// de mémorandum"), folded.
    static let draftNouns: Set<String> = ["draft", "drafts", "projet", "projets"]

    /// Whether a proposing word stands right before `index`, past an article ("proposed the
    /// signing of").
    static func isProposed(_ tokens: [Token], at index: Int) -> Bool {
        var position = index - 1
        if position >= 0, articles.contains(tokens[position].folded) { position -= 1 }
        return position >= 0 && proposingWords.contains(tokens[position].folded)
    }

    /// Whether a future modal or plan word stands right before `index`, past two small words
    /// ("will have to meet", "are expected to attend").
    static func isPlanned(_ tokens: [Token], at index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 2, modalFillers.contains(tokens[position].folded) { position -= 1 }
        // "are expected to attend", "prévue de": a plan word too, not "as planned".
        return position >= 0 && (futureModals.contains(tokens[position].folded) || isPlanWord(tokens, at: position))
    }
}
