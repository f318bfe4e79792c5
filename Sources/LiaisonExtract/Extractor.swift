import LiaisonCore

/// Drafts ledger records from an article's text: engagements, agreements, initiatives,
/// figures, statements and mentions, each pointing at the lines of its sentence.
///
/// The rules, sentence by sentence:
/// - Partners are the gazetteer names, aliases, demonyms and agencies the sentence holds; a
///   sentence that names none takes the partner of its section heading ("Spain"), if any.
/// - A sentence with an engagement cue (met, held talks, visited, received, signed, took
///   part…) drafts one engagement per partner, of the strongest kind it names (visit, then
///   signing, meeting, joint operation, participation). An organisation named with a
///   gathering (a General Assembly, a session) is taken part in.
/// - Praise without an engagement cue is a statement; a partner named with neither is a
///   mention. An engagement that cannot be dated is a mention too.
/// - Dates: the sentence's own, else the last one of its paragraph; meetings, visits,
///   signings and participations then fall back on the article's event (its first dated
///   day) and last on the publication year, marked as inferred.
public struct Extractor: Sendable {
    private let matcher: PartnerMatcher

    /// An extractor over the standard gazetteer.
    public init() {
        matcher = PartnerMatcher()
    }

    /// The drafts of an article whose lines are `lines` (line 1 first), published on
    /// `published`, recorded under the id `article`.
    public func extract(lines: [String], article: String, published: Day) -> Drafts {
        var run = Run(article: article, published: published, matcher: matcher, text: ArticleText(lines: lines))
        run.extract()
        return run.drafts
    }
}

/// One extraction, sentence by sentence.
private struct Run {
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

    init(article: String, published: Day, matcher: PartnerMatcher, text: ArticleText) {
        self.article = article
        self.published = published
        self.matcher = matcher
        self.text = text
        dates = DateFinder(published: published)
        drafts = Drafts(article: article, published: published, language: Language.detect(text))
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
    private func headingPartner(_ sentence: Sentence) -> Partner? {
        let mentions = matcher.mentions(in: sentence.tokens)
        guard mentions.count == 1, mentions[0].tokens == 0..<sentence.tokens.count else { return nil }
        return mentions[0].partner
    }

    /// The first day or day range the article states, not after publication, and its line.
    private func firstEvent(_ found: [[[DateFinder.Found]]]) -> (date: LedgerDate, line: Int)? {
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

    private mutating func read(_ sentence: Sentence, dates found: [DateFinder.Found], best: DateFinder.Found?,
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
    private func leadsSomewhere(_ hit: PhraseIndex<Cues.Engagement>.Hit, sentence: Sentence,
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
    private func kind(of partner: Partner, kinds: KindSet, gathering: Bool,
                      sentence: Sentence, places: [PhraseIndex<String>.Hit]) -> EngagementKind? {
        if partner.kind == .organisation, gathering || kinds.contains(.eventParticipation) { return .eventParticipation }
        guard var kind = Cues.kindPriority.first(where: kinds.contains) else { return nil }
        if kind == .meeting, !gathering, metInMorocco(sentence, places: places) { kind = .visitReceived }
        return kind
    }

    /// A meeting "in Rabat": the partner came to Morocco.
    private func metInMorocco(_ sentence: Sentence, places: [PhraseIndex<String>.Hit]) -> Bool {
        places.contains { hit in
            hit.tokens.lowerBound > 0 && ["in", "a", "au"].contains(sentence.tokens[hit.tokens.lowerBound - 1].folded)
        }
    }

    private func engagementDate(_ kind: EngagementKind, best: DateFinder.Found?,
                                paragraphDate: (date: LedgerDate, line: Int)?) -> LedgerDate? {
        if let own = best {
            return own.statesYear ? own.date : own.date.inferred(because: yearReason)
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

    private var yearReason: String { "the year follows from the publication date (\(published))" }

    // MARK: Agreements

    /// Drafts the agreements of a sentence; returns the partners named only as parties of
    /// an agreement between others, who are not engaged by the sentence.
    private mutating func agreements(_ sentence: Sentence, _ hits: [PhraseIndex<Cues.Agreement>.Hit],
                                     mentions: [PartnerMatcher.Mention], fallback: Partner?, best: DateFinder.Found?,
                                     paragraphDate: (date: LedgerDate, line: Int)?) -> (Set<String>, Bool) {
        let types = hits.enumerated().compactMap { index, hit -> (Int, AgreementType)? in
            if case .type(let type) = hit.value { return (index, type) }
            return nil
        }
        let statuses = hits.compactMap { hit -> AgreementStatus? in
            if case .status(let status) = hit.value { return status }
            return nil
        }
        guard !types.isEmpty, let status = Cues.statusPriority.first(where: statuses.contains) else { return ([], false) }
        var notEngaged = Set<String>()
        var drafted = false
        for (position, (hitIndex, foundType)) in types.enumerated() {
            let hit = hits[hitIndex]
            let clauseEnd = position + 1 < types.count ? hits[types[position + 1].0].tokens.lowerBound
                : sentence.tokens.count
            let after = mentions.filter { $0.tokens.lowerBound >= hit.tokens.upperBound && $0.tokens.lowerBound < clauseEnd }
            var parties = unique(after.map(\.partner))
            if parties.isEmpty, let before = mentions.last(where: { $0.tokens.upperBound <= hit.tokens.lowerBound }) {
                parties = [before.partner]
            }
            if parties.isEmpty, let fallback { parties = [fallback] }
            guard !parties.isEmpty else { continue }
            // "between Interpol and the WHO": an agreement of others, when partners follow.
            let between = hits.contains { other in
                other.value == .between && other.tokens.lowerBound >= hit.tokens.upperBound
                    && other.tokens.lowerBound < clauseEnd
                    && after.contains { (other.tokens.upperBound...(other.tokens.upperBound + 1)).contains($0.tokens.lowerBound) }
            }
            if between { notEngaged.formUnion(parties.map(\.code)) }
            var type = foundType
            let nearby = max(0, hit.tokens.lowerBound - 4)..<hit.tokens.lowerBound
            if type == .cooperationAgreement,
               hits.contains(where: { $0.value == .counterTerrorism && nearby.contains($0.tokens.lowerBound) }) {
                type = .counterTerrorismAgreement
            }
            let date = agreementDate(best, paragraphDate: paragraphDate)
            let key = AgreementKey(type: type, status: status, parties: parties.map(\.code).sorted())
            drafted = true
            if let index = seenAgreements[key] {
                drafts.agreements[index].sources = merge(drafts.agreements[index].sources, sentence)
                continue
            }
            let id = nextID("a", parties.first?.code)
            seenAgreements[key] = drafts.agreements.count
            drafts.agreements.append(Agreement(id: id, type: type, status: status, parties: parties,
                                               moroccoIsParty: !between, date: date, period: period(sentence),
                                               sources: provenance(sentence)))
            drafts.sentences[id] = text(of: sentence)
        }
        return (notEngaged, drafted)
    }

    private func agreementDate(_ best: DateFinder.Found?, paragraphDate: (date: LedgerDate, line: Int)?) -> LedgerDate {
        if let own = best { return own.statesYear ? own.date : own.date.inferred(because: yearReason) }
        if let paragraphDate {
            return paragraphDate.date.inferred(because: "the date of the paragraph (line \(paragraphDate.line))")
        }
        if let event { return event.date.inferred(because: "the date of the article's event (line \(event.line))") }
        return LedgerDate.year(published.year).inferred(because: "no date given; the year of the article")
    }

    /// "for 2025-2026": the years an agreement covers.
    private func period(_ sentence: Sentence) -> YearSpan? {
        let tokens = sentence.tokens
        for index in tokens.indices.dropLast() where tokens[index].isNumber && tokens[index].folded.count == 4 {
            let gap = sentence.gap(after: index).trimmingWhitespace()
            if gap == "-" || gap == "–", tokens[index + 1].isNumber, tokens[index + 1].folded.count == 4 {
                return YearSpan(parsing: "\(tokens[index].folded)..\(tokens[index + 1].folded)")
            }
        }
        return nil
    }

    // MARK: Initiatives

    private mutating func initiatives(_ sentence: Sentence, _ hits: [PhraseIndex<Cues.Initiative>.Hit],
                                      best: DateFinder.Found?, places: [PhraseIndex<String>.Hit]) {
        guard hits.count >= 2 else { return }
        let categories = hits.compactMap { hit -> (Int, InitiativeCategory)? in
            if case .category(let category) = hit.value { return (hit.tokens.lowerBound, category) }
            return nil
        }
        let statuses = hits.compactMap { hit -> (Int, InitiativeStatus)? in
            if case .status(let status) = hit.value { return (hit.tokens.lowerBound, status) }
            return nil
        }
        guard !categories.isEmpty, !statuses.isEmpty else { return }
        var places = places.filter { !["Morocco", "Maroc"].contains($0.value) }
        // "Hay Riad (Rabat)" is one place.
        places = places.enumerated().filter { index, place in
            index == 0 || !sentence.gap(after: places[index - 1].tokens.upperBound - 1).contains("(")
        }.map(\.element)
        func nearest<Value>(_ list: [(Int, Value)], before position: Int) -> Value? {
            list.last(where: { $0.0 < position })?.1 ?? list.first?.1
        }
        var placed = Set<InitiativeCategory>()
        for place in places {
            // The facility is named shortly before its place ("schools projected in Casablanca").
            guard let category = categories.last(where: { $0.0 < place.tokens.lowerBound
                    && place.tokens.lowerBound - $0.0 <= 12 })?.1,
                  let status = nearest(statuses, before: place.tokens.lowerBound) else { continue }
            placed.insert(category)
            addInitiative(category, status: status, location: place.value, sentence: sentence, best: best)
        }
        for (position, category) in categories where !placed.contains(category) {
            placed.insert(category)
            guard let status = nearest(statuses, before: position + 3) else { continue }
            addInitiative(category, status: status, location: nil, sentence: sentence, best: best)
        }
    }

    private mutating func addInitiative(_ category: InitiativeCategory, status: InitiativeStatus, location: String?,
                                        sentence: Sentence, best: DateFinder.Found?) {
        let key = InitiativeKey(category: category, place: location ?? "", line: location == nil ? sentence.lines[0] : 0,
                                status: status)
        guard seenInitiatives.insert(key).inserted else { return }
        let id = nextID("i", location.map { Folding.fold($0).replacingOccurrences(of: " ", with: "-") })
        let date = best?.date
            ?? LedgerDate.year(published.year).inferred(because: "status as of the article (\(published))")
        let name = initiativeName(category, location: location)
        let report = StatusReport(status: status, date: date, sources: provenance(sentence))
        drafts.initiatives.append(Initiative(id: id, category: category, name: name,
                                             locations: location.map { [$0] } ?? [], history: [report],
                                             sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    private func initiativeName(_ category: InitiativeCategory, location: String?) -> String {
        let kind = switch category {
        case .training: "Training facility or programme"
        case .welfare: "Welfare facility or programme"
        case .technology: "Technology"
        case .infrastructure: "Police infrastructure"
        }
        return location.map { "\(kind), \($0)" } ?? kind
    }

    // MARK: Figures

    private static let stopWords: Set<String> = [
        "of", "in", "with", "to", "from", "for", "and", "the", "a", "an", "on", "at", "by", "or", "de", "du", "des",
        "et", "en", "au", "le", "la", "les", "percent", "per",
    ]

    /// "43 bilateral meetings", "12,614 cybercrimes": a number and the words it counts.
    private mutating func figures(_ sentence: Sentence, dates found: [DateFinder.Found], best: DateFinder.Found?,
                                  paragraphDate: (date: LedgerDate, line: Int)?) {
        let tokens = sentence.tokens
        var dated = [Bool](repeating: false, count: tokens.count)
        for date in found {
            for index in date.tokens { dated[index] = true }
        }
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].isNumber, !dated[index], index == 0 || !tokens[index - 1].isNumber else {
                continue
            }
            var digits = tokens[index].folded
            var next = index + 1
            while next < tokens.count, tokens[next].isNumber, tokens[next].folded.count == 3,
                  sentence.gap(after: next - 1) == "," {
                digits += tokens[next].folded
                next += 1
            }
            guard let value = Double(digits), !(digits.count == 4 && (1900...2100).contains(Int(value))) else { continue }
            if next < tokens.count, tokens[next].isNumber || (tokens[next].id >= 0 && DateFinder.months[tokens[next].folded] != nil) {
                continue
            }
            var words: [String] = []
            var lastIsLowerCase = false
            while next < tokens.count, words.count < 2, !tokens[next].isNumber,
                  !Self.stopWords.contains(tokens[next].folded), sentence.gap(after: next - 1).trimmingWhitespace().isEmpty {
                words.append(sentence.word(next))
                lastIsLowerCase = !tokens[next].isCapitalized
                next += 1
            }
            // "43 meetings held": the plural noun is what is counted.
            if words.count == 2, words[0].hasSuffix("s"), !words[1].hasSuffix("s"), lastIsLowerCase {
                words.removeLast()
                next -= 1
            }
            // What is counted is a common noun ("meetings", "African countries").
            guard lastIsLowerCase, let unit = words.last, unit.count > 2 else { continue }
            let label = words.joined(separator: " ")
            guard seenFigures.insert(FigureKey(value: value, label: label)).inserted else { continue }
            let id = nextID("f", nil)
            let date = best?.date ?? paragraphDate?.date
                ?? LedgerDate.year(published.year).inferred(because: "the year of the article")
            drafts.figures.append(Figure(id: id, label: label, value: value, unit: unit, date: date,
                                         sources: provenance(sentence)))
            drafts.sentences[id] = text(of: sentence)
            index = next - 1
        }
    }

    // MARK: Records

    private mutating func addEngagement(_ partner: Partner, kind: EngagementKind, date: LedgerDate, sentence: Sentence) {
        let key = EngagementKey(partner: partner.code, kind: kind, first: date.first, last: date.last)
        if let index = seenEngagements[key] {
            drafts.engagements[index].sources = merge(drafts.engagements[index].sources, sentence)
            return
        }
        let id = nextID("e", partner.code)
        seenEngagements[key] = drafts.engagements.count
        drafts.engagements.append(Engagement(id: id, partners: [partner], kind: kind, date: date,
                                             sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    private mutating func addStatement(_ partners: [Partner], sentence: Sentence, date: LedgerDate) {
        let id = nextID("s", partners.first?.code)
        drafts.statements.append(Statement(id: id, partners: partners, summary: text(of: sentence), date: date,
                                           sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    private mutating func addMention(_ partners: [Partner], sentence: Sentence, date: LedgerDate?) {
        let id = nextID("m", partners.first?.code)
        drafts.mentions.append(Mention(id: id, partners: partners, summary: text(of: sentence),
                                       date: date ?? .undated, sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    /// The sentence's text, built once per sentence.
    private mutating func text(of sentence: Sentence) -> String {
        let start = sentence.scalars.startIndex
        if let current = currentText, current.start == start, current.line == sentence.lines {
            return current.text
        }
        let text = sentence.text
        currentText = (sentence.lines, start, text)
        return text
    }

    private func provenance(_ sentence: Sentence) -> [Provenance] {
        [Provenance(article: article, lines: sentence.lines, location: SourceLocation(path: "draft"), isDraft: true)]
    }

    /// The same record stated again: its lines are added.
    private func merge(_ sources: [Provenance], _ sentence: Sentence) -> [Provenance] {
        guard let first = sources.first else { return provenance(sentence) }
        let lines = Set(first.lines + sentence.lines).sorted()
        return [Provenance(article: article, lines: lines, location: first.location, isDraft: true)]
    }

    /// `001-e07-es`: the article, a letter for the kind, a number, and a hint.
    private mutating func nextID(_ letter: String, _ hint: String?) -> String {
        let number = (counters[letter] ?? 0) + 1
        counters[letter] = number
        var id = article + "-" + letter + (number < 10 ? "0" : "") + String(number)
        if let hint {
            id += "-"
            for scalar in hint.lowercased().unicodeScalars
            where (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" {
                id.unicodeScalars.append(scalar)
            }
        }
        return id
    }

    private func unique(_ partners: [Partner]) -> [Partner] {
        guard partners.count > 1 else { return partners }
        var result: [Partner] = []
        result.reserveCapacity(partners.count)
        for partner in partners where !result.contains(where: { $0.code == partner.code }) { result.append(partner) }
        return result
    }
}

/// A small set of engagement kinds, as bits.
private struct KindSet {
    private var bits: UInt8 = 0

    var isEmpty: Bool { bits == 0 }

    mutating func insert(_ kind: EngagementKind) { bits |= Self.bit(kind) }

    func contains(_ kind: EngagementKind) -> Bool { bits & Self.bit(kind) != 0 }

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
private struct EngagementKey: Hashable {
    let partner: String
    let kind: EngagementKind
    let first: Day?
    let last: Day?
}

private struct AgreementKey: Hashable {
    let type: AgreementType
    let status: AgreementStatus
    let parties: [String]
}

private struct InitiativeKey: Hashable {
    let category: InitiativeCategory
    let place: String
    /// For an initiative without a place, the line it is stated on.
    let line: Int
    let status: InitiativeStatus
}

private struct FigureKey: Hashable {
    let value: Double
    let label: String
}

extension Cues {
    /// Which status wins when a sentence has several cues.
    static let statusPriority: [AgreementStatus] = [.signed, .interestExpressed, .proposed]
}

/// The article's language, guessed from its commonest words.
enum Language {
    static let englishMarkers = ["the", "and", "of", "with", "to", "in", "was", "for"]
    static let frenchMarkers = ["le", "la", "les", "des", "et", "du", "avec", "pour", "est"]
    static var markers: [String] { englishMarkers + frenchMarkers }

    /// By word number: 1 for an English marker, 2 for a French one.
    private static let table = Lexicon.table(
        Dictionary(englishMarkers.map { ($0, UInt8(1)) } + frenchMarkers.map { ($0, UInt8(2)) },
                   uniquingKeysWith: { first, _ in first }), default: UInt8(0))

    static func detect(_ text: ArticleText) -> String {
        var counts = [0, 0, 0]
        for sentence in text.paragraphs.lazy.flatMap(\.sentences) {
            for token in sentence.tokens where token.id >= 0 { counts[Int(table[Int(token.id)])] += 1 }
        }
        return counts[2] > counts[1] ? "fr" : "en"
    }
}
