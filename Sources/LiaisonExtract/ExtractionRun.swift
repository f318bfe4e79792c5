import LiaisonCore


/// One extraction of one article, sentence by sentence.
struct ExtractionRun {
    let article: String
    let published: Day
    let matcher: PartnerMatcher
    let text: ArticleText
    let dates: DateFinder
    var drafts: Drafts
    /// The article's event: the first day or day range it states, and its line.
    var event: (date: LedgerDate, line: Int)?
    var counters: [String: Int] = [:]
    var seenEngagements: [EngagementKey: Int] = [:]
    var seenAgreements: [AgreementKey: Int] = [:]
    var seenInitiatives: Set<InitiativeKey> = []
    var seenFigures: Set<FigureKey> = []
    /// The partners the last sentence that named any named, for "the two sides" and "they".
    var lastPartners: [Partner] = []
    /// The partners of the last engagement drafted (until a heading): an agreement that
    /// names no party is theirs.
    var episode: [Partner] = []
    /// The one partner whose police the sentence before told acting in an operation ("…were
    /// arrested by the Austrian police"), for the services' part told next.
    var operationPartner: Partner?
    /// The kinds of interaction the sentence before told, for a list that goes on ("held two
    /// meetings. The first, with…").
    var previousKinds = KindSet()
    /// Whether the sentence before named a training facility or programme: trainees the next
    /// one counts ("This session benefits officers from Senegal and Gabon") were trained there.
    var afterTraining = false
    /// Whether any sentence so far named one.
    var trainingEarlier = false
    /// How many sentences back officers trained or hosted were counted by country (not in a
    /// claim), while no sentence since named a partner: the next two may name them.
    var sinceCountedOfficers: Int?
    /// Engagements drafted with the only partner their sentence engaged.
    var bilateral: Set<String> = []
    /// Whether the article reports a gathering the services took part in: talks and
    /// receptions without a place of their own are then meetings on its sidelines, until
    /// a sentence dates itself outside the gathering's days (`gatheringDate`).
    var atGathering = false
    var gatheringDate: LedgerDate?
    /// Acronyms the article gave in brackets after a partner's agency ("the Argentine Federal
    /// Police (PFA)"), folded: they name that partner in the sentences after.
    var acronyms: [String: Partner] = [:]
    /// Surnames of officials the article gave after a partner's name ("the Zambian police,
    /// Lemmy Kajoba Mwansa"), folded: they name that partner in the sentences after.
    var people: [String: Partner] = [:]
    /// Whether the paragraph being read is the report's opening one (its lead): the first
    /// that is no heading, link or byline.
    var inLead = false
    /// The text of the sentence being read, built once if a record needs it.
    var currentText: (line: [Int], start: Int, text: String)?

    init(article: String, published: Day, language: String, matcher: PartnerMatcher, text: ArticleText) {
        self.article = article
        self.published = published
        self.matcher = matcher
        self.text = text
        dates = DateFinder(published: published)
        drafts = Drafts(article: article, published: published, language: language)
    }

    mutating func extract() {
        // Every sentence's dates, found once: the article's event needs them before reading.
        let found = text.paragraphs.map { paragraph in
            paragraph.isHeading ? [] : paragraph.sentences.map { sentence in
                dates.all(in: sentence).filter { !isDateline($0, of: sentence) && !endsAStayUnderWay($0, in: sentence) }
            }
        }
        event = firstEvent(found)
        var section: Partner?
        // The last month or day stated, carried into the next paragraph ("He also visited…").
        var carried: (date: LedgerDate, line: Int)?
        var leadRead = false
        for (paragraphIndex, paragraph) in text.paragraphs.enumerated() {
            let sentences = paragraph.sentences
            // "Read also: …" links to another article: nothing of this one.
            if let first = sentences.first, Self.isAside(first) { continue }
            if paragraph.isHeading {
                section = sentences.first.flatMap(headingPartner)
                lastPartners = []
                episode = []
                carried = nil
                sinceCountedOfficers = nil
                continue
            }
            var paragraphDate = carried
            var stated: (date: LedgerDate, line: Int)?
            inLead = !leadRead && (sentences.first?.tokens.count ?? 0) >= 15
            leadRead = leadRead || inLead
            for (sentenceIndex, sentence) in sentences.enumerated() {
                var dates = found[paragraphIndex][sentenceIndex]
                var best = DateFinder.best(of: dates)
                if best == nil, let earlier = paragraphDate, let counted = self.dates.monthCounted(in: sentence, from: earlier) {
                    dates.append(counted)
                    best = counted
                }
                // A year alone does not override the paragraph's day in that year, nor does the
                // year of a tournament's name ("la Coupe du monde 2022") override any.
                if let own = best, own.rank == 1, let earlier = paragraphDate, earlier.date.precision != .year,
                   earlier.date.year == own.date.year || own.namesAnEvent {
                    best = nil
                }
                // A date after publication is a plan: it dates nothing after it.
                if let best, let first = best.date.first, first <= published {
                    paragraphDate = (best.date, sentence.lines[0])
                    stated = paragraphDate
                }
                // "Since 2017, 1,200 officers have been trained", "over the past decade", "à
                // plusieurs reprises": a claim that no date stated before it dates.
                let isClaim = best == nil && (self.dates.spansToNow(sentence)
                                              || !Cues.ongoing.hits(in: sentence.tokens).isEmpty)
                read(sentence, dates: dates, best: best, section: section, paragraphDate: paragraphDate,
                     isClaim: isClaim, spanAt: best == nil ? Cues.spanOfYears(sentence.tokens) : nil)
            }
            carried = stated.flatMap { [.day, .dayRange, .month].contains($0.date.precision) ? $0 : nil }
        }
        foldIntoVisits()
    }

    /// The one partner the article's engagements so far are with, if there is only one.
    var soleEngagedPartner: Partner? {
        let partners = Set(drafts.engagements.flatMap(\.partners))
        return partners.count == 1 ? partners.first : nil
    }

    /// "PARIS, Nov 16, 2023 (AFP) –": the publication day at the head of a sentence, before
    /// a dash or an agency's name, dates the dispatch, not an event.
    func isDateline(_ date: DateFinder.Found, of sentence: Sentence) -> Bool {
        guard date.date.first == published, date.date.last == published, date.tokens.lowerBound <= 3 else {
            return false
        }
        let after = sentence.gap(after: date.tokens.upperBound - 1)
        return after.contains("(") || after.contains("–") || after.contains("—") || after.contains(" -")
    }

    /// "…who will remain in the Kingdom until the final on January 18", "jusqu'au 18 janvier":
    /// a day to come that ends what is under way makes no plan of it; it dates nothing.
    func endsAStayUnderWay(_ date: DateFinder.Found, in sentence: Sentence) -> Bool {
        guard let first = date.date.first, first > published else { return false }
        let start = date.tokens.lowerBound
        return (max(0, start - 4)..<start).contains { ["until", "till", "jusqu"].contains(sentence.tokens[$0].folded) }
    }

    /// "Read also: …", "Lire aussi : …": a link to another article.
    static func isAside(_ sentence: Sentence) -> Bool {
        Cues.asides.hits(in: sentence.tokens).first?.tokens.lowerBound == 0
    }

    /// The partner a heading names when it names exactly one and nothing else ("Spain").
    func headingPartner(_ sentence: Sentence) -> Partner? {
        let mentions = matcher.mentions(in: sentence.tokens)
        guard mentions.count == 1, mentions[0].tokens == 0..<sentence.tokens.count else { return nil }
        return mentions[0].partner
    }

    /// The first day or day range the article states, not after publication, and its line.
    func firstEvent(_ found: [[[DateFinder.Found]]]) -> (date: LedgerDate, line: Int)? {
        for (paragraph, sentences) in zip(text.paragraphs, found) {
            for (sentence, dates) in zip(paragraph.sentences, sentences) {
                if let day = dates.first(where: { $0.rank == 3 }), let first = day.date.first, first <= published {
                    return (day.date, sentence.lines[0])
                }
            }
        }
        return nil
    }

    // MARK: A sentence

    /// How many sentences after officers counted by country may name them ("…52 officiers de
    /// liaison dépêchés par 19 pays. Ils y resteront… Les contingents les plus fournis sont
    /// ceux du Sénégal…").
    static let countedOfficersReach = 4

    /// How many words after a sentence's first interaction a span of years may stand and
    /// still make the interaction a claim.
    static let claimReach = 15

    /// `isClaim` says the sentence is a claim; `spanAt`, where it names a span of years up to
    /// now ("over the past decade"), which makes it one unless it comes well after its
    /// interaction ("Talks were held with…, an area in which the DGSN has grown over the past
    /// few years").
    mutating func read(_ sentence: Sentence, dates found: [DateFinder.Found], best: DateFinder.Found?,
                       section: Partner?, paragraphDate stated: (date: LedgerDate, line: Int)?, isClaim claimed: Bool,
                       spanAt: Int? = nil) {
        let tokens = sentence.tokens
        // "En mai, M. Hammouchi a reçu…" after an assembly in November: the article has moved
        // on (a week either side is still the gathering's).
        if atGathering, let own = best?.date, let gathering = gatheringDate, let first = own.first, let last = own.last,
           let start = gathering.first, let end = gathering.last,
           last < start.adding(days: -7) || first > end.adding(days: 7) {
            atGathering = false
        }
        var (mentions, abroad) = matcher.matches(in: tokens)
        mentions = withLearnedNames(mentions, in: sentence)
        // Words inside a partner's name are never cues ("Forum" in World Economic Forum).
        var named = [Bool](repeating: false, count: tokens.count)
        for mention in mentions {
            for index in mention.tokens { named[index] = true }
        }
        let isFree = { (range: Range<Int>) in !range.contains { named[$0] } }
        let initiativeHits = Cues.initiative.hits(in: tokens)
        let allHits = Cues.engagementHits(in: tokens)
        // Places matter only to visits, received meetings and initiatives.
        let places = allHits.isEmpty && initiativeHits.count < 2 ? [] : Cues.places.hits(in: tokens)
        var scene = Scene(sentence: sentence, dates: found, mentions: mentions, abroad: abroad, places: places,
                          hits: allHits.filter { isFree($0.tokens) }, initiatives: initiativeHits, published: published,
                          afterATelling: !drafts.engagements.isEmpty, afterTraining: afterTraining,
                          trainingEarlier: trainingEarlier,
                          afterCountedOfficers: sinceCountedOfficers.map { $0 < Self.countedOfficersReach } ?? false)
        let isClaim = claimed || spanAt.map { span in
            scene.interactionStart.map { span - $0 < Self.claimReach } ?? true
        } ?? false
        let paragraphDate = isClaim ? nil : stated
        if scene.countsOfficers, !isClaim {
            sinceCountedOfficers = 0
        } else if let since = sinceCountedOfficers {
            // Sentences that name none of them, or name some of them, go on with the officers.
            sinceCountedOfficers = mentions.isEmpty || scene.isTraining ? since + 1 : nil
        }
        afterTraining = initiativeHits.contains { $0.value == .category(.training) }
        trainingEarlier = trainingEarlier || afterTraining
        // "The first, with the Gambian police chief, dealt with…": one of the interactions
        // the sentence before announced.
        // "…held talks with X; the Director of Y…": a clause that names no interaction of its
        // own goes on with the one before it.
        if Cues.ordinals.hits(in: tokens).first?.tokens.lowerBound == 0
            || sentence.continues && scene.kinds.isEmpty && !scene.hasVisit {
            scene.continueList(of: previousKinds)
        }
        defer { previousKinds = scene.kinds }
        mentions = scene.partnersOfTheSentence(mentions)
        // Fellow participants matter only where the services took part: in praise they speak.
        // A gathering told without the services' part in it ("The convention brought together
        // representatives of INTERPOL and Frontex", "a seminar organised by NAUSS") engages only
        // the body holding it.
        let attendees = scene.engages ? scene.attendees(mentions)
            : scene.hasGathering ? Set(mentions.filter { !scene.holdsGathering($0.partner) && !scene.isOrganiser($0) }
                                        .map(\.tokens.lowerBound)) : []
        var agreementHits = Cues.agreement.hits(in: tokens).filter { isFree($0.tokens) }
        // "Both sides agreed to study the posting of liaison officers": an arrangement proposed.
        if !agreementHits.contains(where: { if case .type = $0.value { true } else { false } }),
           let arrangement = Cues.proposedArrangement(in: tokens), isFree(arrangement.tokens) {
            agreementHits.append(arrangement)
            agreementHits.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        var partners = unique(mentions.filter { !attendees.contains($0.tokens.lowerBound) }.map(\.partner))
        // "the expansion of jihadist terrorism": a subject an agreement may have tells of none.
        let namesAnAgreement = agreementHits.contains { $0.value != .counterTerrorism }
        let hasCue = scene.engages || namesAnAgreement || scene.praise
        // A sentence that names nobody speaks of its section's partner, or of the partners
        // of the sentence before when it refers to them ("the two sides", "they").
        let namesItsPartners = !partners.isEmpty
        let refers = !Cues.referringWords.hits(in: tokens).isEmpty
        // "Argentina, Uruguay and Paraguay are to stage the centenary matches, and both
        // delegations discussed…": the two sides are those told before; the others are context.
        if refers, !lastPartners.isEmpty {
            let told = partners.filter(lastPartners.contains)
            if !told.isEmpty { partners = partners.filter { told.contains($0) || $0.kind == .organisation } }
            // "the two officials held a first meeting on the sidelines of INTERPOL's General
            // Assembly": the body named is the occasion; the two are those told before.
            if told.isEmpty, lastPartners.count == 1, !partners.isEmpty,
               partners.allSatisfy({ $0.kind == .organisation && scene.holdsGathering($0) }) {
                partners = lastPartners + partners
            }
        }
        // "a DGSN mission to Bamako": a visit to a city abroad is with its country.
        if partners.isEmpty, scene.hasVisit, case .made(to: let destination?) = scene.visitDirection {
            partners = [destination]
        }
        // "National Police officers, in a joint operation with the DGST, arrested four people in
        // Madrid and Getafe", "a memorandum signed in Muscat during a working trip": joint work,
        // a trip or an agreement in towns of one country abroad is with that country.
        let townsCountry = abroad.first.map(\.partner).flatMap { country in
            abroad.allSatisfy { $0.partner == country } ? country : nil
        }
        if partners.isEmpty, scene.kinds.contains(.jointOperation) || scene.hasVisit && mentions.isEmpty,
           let townsCountry {
            partners = [townsCountry]
        }
        // "…arrested on Thursday by the Austrian police. The investigators acted on information
        // passed on by the DGST": the services' part in the work the sentence before told.
        let previousOperation = operationPartner
        operationPartner = scene.tellsAnOperation && !scene.praise && partners.count == 1 ? partners[0] : nil
        let servicesPart = partners.isEmpty && mentions.isEmpty && scene.kinds.isOnly(.jointOperation)
            && previousOperation != nil && Scene.namesTheServices(in: sentence, from: 0, within: tokens.count)
        if servicesPart, let previousOperation { partners = [previousOperation] }
        var fallback = section
        if fallback == nil, !lastPartners.isEmpty, partners.isEmpty || namesAnAgreement, refers {
            fallback = lastPartners.count == 1 ? lastPartners[0] : nil
            if partners.isEmpty, hasCue, lastPartners.count > 1 { partners = lastPartners }
            // "Au terme de la visite, les deux parties ont convenu…": the visit's two sides, not
            // those of talks told on its sidelines.
            if Scene.endsAVisit(sentence), let visit = drafts.engagements.last(where: {
                [.visitMade, .visitReceived].contains($0.kind) && $0.partners.count == 1
            }) {
                fallback = visit.partners[0]
            }
        }
        // An agreement that names no party is the visit's ("an MoU was also signed"), even
        // when a town gave the sentence a partner ("a working group for the Dakar 2026 Games").
        if fallback == nil, mentions.isEmpty, namesAnAgreement {
            let namesAnInstrument = agreementHits.contains { if case .type = $0.value { true } else { false } }
            fallback = episode.count == 1 ? episode[0] : namesAnInstrument ? townsCountry : nil
        }
        // "Pour rappel, le préfet avait effectué en juin une visite à Rabat": a reminder in an
        // article about one partner speaks of that partner.
        // So does a visit to Morocco by someone unnamed ("la visite effectuée au Maroc, en
        // octobre dernier, par le contrôleur général Bangoura").
        if fallback == nil, partners.isEmpty, scene.engages,
           Cues.reminders.hits(in: tokens).first?.tokens.lowerBound == 0
            || scene.hasVisit && scene.visitDirection == .received {
            fallback = soleEngagedPartner
        }
        if partners.isEmpty, hasCue, let fallback { partners = [fallback] }
        if !partners.isEmpty { lastPartners = partners }
        // "The two sides reviewed the joint training of their units": undated joint work with
        // partners named before is a topic of the talks being told, not an operation.
        let topicOfTalks = !namesItsPartners && best == nil && scene.kinds.isOnly(.jointOperation) && !scene.hasVisit
            && !servicesPart

        let (notEngaged, draftedAgreement) = agreements(sentence, agreementHits, mentions: mentions,
                                                        fallback: fallback, best: best, paragraphDate: paragraphDate)
        initiatives(sentence, initiativeHits, best: best, places: places)
        figures(sentence, dates: found, best: best, paragraphDate: paragraphDate)

        let engaged = notEngaged.isEmpty ? partners : partners.filter { !notEngaged.contains($0.code) }
        let fellows = unique(mentions.filter { attendees.contains($0.tokens.lowerBound) }.map(\.partner))
        if scene.engages(engaged), !engaged.isEmpty, !topicOfTalks, !scene.toldOfAnotherActor {
            engage(engaged, in: scene, dates: found, best: best, paragraphDate: paragraphDate, isClaim: isClaim)
            if !fellows.isEmpty { addMention(fellows, sentence: sentence, date: best?.date) }
        } else if scene.praise, !partners.isEmpty {
            addStatement(partners, sentence: sentence, date: best?.date ?? .undated)
        } else if !partners.isEmpty || !fellows.isEmpty, !draftedAgreement, !mentions.isEmpty {
            addMention(partners + fellows, sentence: sentence, date: best?.date)
        }
    }
}
