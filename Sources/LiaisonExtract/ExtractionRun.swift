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
            paragraph.isHeading ? [] : paragraph.sentences.map { dates.all(in: $0) }
        }
        event = firstEvent(found)
        var section: Partner?
        for (paragraphIndex, paragraph) in text.paragraphs.enumerated() {
            let sentences = paragraph.sentences
            if paragraph.isHeading {
                section = sentences.first.flatMap(headingPartner)
                lastPartners = []
                continue
            }
            var paragraphDate: (date: LedgerDate, line: Int)?
            for (sentenceIndex, sentence) in sentences.enumerated() {
                let dates = found[paragraphIndex][sentenceIndex]
                let best = DateFinder.best(of: dates)
                if let best { paragraphDate = (best.date, sentence.lines[0]) }
                read(sentence, dates: dates, best: best, section: section, paragraphDate: paragraphDate)
            }
        }
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

    mutating func read(_ sentence: Sentence, dates found: [DateFinder.Found], best: DateFinder.Found?,
                               section: Partner?, paragraphDate: (date: LedgerDate, line: Int)?) {
        let tokens = sentence.tokens
        var mentions = matcher.mentions(in: tokens)
        // Words inside a partner's name are never cues ("Forum" in World Economic Forum).
        var named = [Bool](repeating: false, count: tokens.count)
        for mention in mentions {
            for index in mention.tokens { named[index] = true }
        }
        func isFree(_ range: Range<Int>) -> Bool {
            for index in range where named[index] { return false }
            return true
        }
        let allCues = Cues.engagement.hits(in: tokens)
        let initiativeHits = Cues.initiative.hits(in: tokens)
        // Places matter only to visits, received meetings and initiatives.
        let places = allCues.isEmpty && initiativeHits.count < 2 ? [] : Cues.places.hits(in: tokens)
        let cues = allCues.filter { hit in
            isFree(hit.tokens) && leadsSomewhere(hit, sentence: sentence, mentions: mentions, places: places)
        }
        if let cut = cues.first(where: { $0.value == .notPartnersAfter })?.tokens.lowerBound {
            mentions.removeAll { $0.tokens.lowerBound > cut }
        }
        let agreementHits = Cues.agreement.hits(in: tokens).filter { isFree($0.tokens) }
        var kinds = KindSet()
        for hit in cues {
            if case .kind(let kind) = hit.value { kinds.insert(kind) }
        }
        let gathering = cues.contains { $0.value == .gathering }
        let praise = cues.contains { $0.value == .praise }
        var partners = unique(mentions.map(\.partner))
        let hasCue = !kinds.isEmpty || !agreementHits.isEmpty || praise
        // A sentence that names nobody speaks of its section's partner, or of the partners
        // of the sentence before when it refers to them ("the two sides", "they").
        var fallback = section
        if fallback == nil, !lastPartners.isEmpty, partners.isEmpty || !agreementHits.isEmpty,
           !Cues.referringWords.hits(in: tokens).isEmpty {
            fallback = lastPartners.count == 1 ? lastPartners[0] : nil
            if partners.isEmpty, hasCue, lastPartners.count > 1 { partners = lastPartners }
        }
        if partners.isEmpty, hasCue, let fallback { partners = [fallback] }
        if !mentions.isEmpty { lastPartners = mentions.count == partners.count ? partners : unique(mentions.map(\.partner)) }

        let (notEngaged, draftedAgreement) = agreements(sentence, agreementHits, mentions: mentions,
                                                        fallback: fallback, best: best, paragraphDate: paragraphDate)
        initiatives(sentence, initiativeHits, best: best, places: places)
        figures(sentence, dates: found, best: best, paragraphDate: paragraphDate)

        let engaged = notEngaged.isEmpty ? partners : partners.filter { !notEngaged.contains($0.code) }
        let engages = !kinds.isEmpty || (gathering && engaged.contains { $0.kind == .organisation })
        if engages, !engaged.isEmpty {
            var undated: [Partner] = []
            for partner in engaged {
                let kind = self.kind(of: partner, kinds: kinds, gathering: gathering, sentence: sentence, places: places)
                guard let kind else { continue }
                guard let date = engagementDate(kind, best: best, paragraphDate: paragraphDate) else {
                    undated.append(partner)
                    continue
                }
                // A date after publication is a plan, not an engagement.
                guard let first = date.first, first <= published else { continue }
                addEngagement(partner, kind: kind, date: date, sentence: sentence)
            }
            if !undated.isEmpty { addMention(undated, sentence: sentence, date: best?.date) }
        } else if praise, !partners.isEmpty {
            addStatement(partners, sentence: sentence, date: best?.date ?? .undated)
        } else if !partners.isEmpty, !draftedAgreement, !mentions.isEmpty {
            addMention(partners, sentence: sentence, date: best?.date)
        }
    }

    /// Whether a visit cue that needs a destination has one: a country within three words, or
    /// a place name right after it ("a delegation to Spain", "travelled to Dakar"; not "a
    /// delegation to the General Assembly").
    func leadsSomewhere(_ hit: PhraseIndex<Cues.Engagement>.Hit, sentence: Sentence,
                                mentions: [PartnerMatcher.Mention], places: [PhraseIndex<String>.Hit]) -> Bool {
        guard case .kind(.visitMade) = hit.value else { return true }
        let phrase = sentence.tokens[hit.tokens].map(\.folded).joined(separator: " ")
        guard Cues.foldedDestinationCues.contains(phrase) else { return true }
        let window = hit.tokens.upperBound..<(hit.tokens.upperBound + 3)
        if mentions.contains(where: { $0.partner.kind == .country && window.contains($0.tokens.lowerBound) }) {
            return true
        }
        // A place name right after it ("travelled to Dakar"), unless it begins an organisation.
        let next = hit.tokens.upperBound
        guard next < sentence.tokens.count, sentence.tokens[next].isCapitalized else { return false }
        return !mentions.contains { $0.partner.kind == .organisation && $0.tokens.contains(next) }
    }

    /// The kind of engagement a sentence reports with `partner`, or `nil`.
    func kind(of partner: Partner, kinds: KindSet, gathering: Bool,
                      sentence: Sentence, places: [PhraseIndex<String>.Hit]) -> EngagementKind? {
        if partner.kind == .organisation, gathering || kinds.contains(.eventParticipation) { return .eventParticipation }
        guard var kind = Cues.kindPriority.first(where: kinds.contains) else { return nil }
        if kind == .meeting, !gathering, metInMorocco(sentence, places: places) { kind = .visitReceived }
        return kind
    }

    /// A meeting "in Rabat": the partner came to Morocco.
    func metInMorocco(_ sentence: Sentence, places: [PhraseIndex<String>.Hit]) -> Bool {
        places.contains { hit in
            hit.tokens.lowerBound > 0 && ["in", "a", "au"].contains(sentence.tokens[hit.tokens.lowerBound - 1].folded)
        }
    }

    func engagementDate(_ kind: EngagementKind, best: DateFinder.Found?,
                                paragraphDate: (date: LedgerDate, line: Int)?) -> LedgerDate? {
        if let own = best {
            return own.recorded
        }
        if let paragraphDate {
            return paragraphDate.date.inferred(because: "the date of the paragraph (line \(paragraphDate.line))")
        }
        guard kind != .jointOperation else { return nil }
        if let event {
            return event.date.inferred(because: "the date of the article's event (line \(event.line))")
        }
        return LedgerDate.year(published.year).inferred(because: "no date given; the year of the article")
    }
}
