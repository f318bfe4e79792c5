import LiaisonCore

/// How drafts compare with the records a person curated from the same article.
public struct Evaluation: Sendable {
    /// What is compared.
    public enum Measure: String, CaseIterable, Sendable {
        /// The partners engaged and the parties of agreements.
        case partners
        /// Partner and engagement kind.
        case engagements
        /// Type and status.
        case agreements
        /// The month of each engagement (partner and kind) that was drafted and curated,
        /// where the curated date places it in a month or a day.
        case dates
        /// Category and location (or category alone where none is given).
        case initiatives
        /// The value.
        case figures
        /// The partners of statements.
        case statements
        /// The partners of mentions.
        case mentions

        /// The measures the targets are set on, in the order they are reported.
        public static let headline: [Measure] = [.partners, .engagements, .agreements, .dates]

        /// What the measure compares, for reports.
        public var label: String {
            switch self {
            case .partners: "partners (engagements + agreement parties)"
            case .engagements: "engagements (partner + kind)"
            case .agreements: "agreements (type + status)"
            case .dates: "engagement dates in the right month"
            case .initiatives: "initiatives (category + place)"
            case .figures: "figures (value)"
            case .statements: "statements (partners)"
            case .mentions: "mentions (partners)"
            }
        }
    }

    /// Matches, drafts and expected items of one measure.
    public struct Score: Sendable, Hashable {
        public var matched = 0
        public var drafted = 0
        public var expected = 0

        public init() {}

        /// Matched over drafted; 1 when nothing was drafted.
        public var precision: Double { drafted == 0 ? 1 : Double(matched) / Double(drafted) }
        /// Matched over expected; 1 when nothing was expected.
        public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }

        static func + (lhs: Score, rhs: Score) -> Score {
            var sum = lhs
            sum.matched += rhs.matched
            sum.drafted += rhs.drafted
            sum.expected += rhs.expected
            return sum
        }
    }

    public let article: String
    /// The article's language, as the ledger gives it.
    public let language: String
    public let scores: [Measure: Score]
    /// Expected items the drafts missed, and drafted items not expected, per measure.
    public let misses: [Measure: [String]]
    public let extras: [Measure: [String]]

    /// The sum of one measure over several articles (micro-averaging).
    public static func total(_ evaluations: [Evaluation], _ measure: Measure) -> Score {
        evaluations.map { $0.scores[measure] ?? Score() }.reduce(Score(), +)
    }

    /// Whether the curated records engage no foreign partner at all.
    public var expectsNoPartner: Bool { (scores[.partners]?.expected ?? 0) == 0 }

    /// Drafts every article of `ledger` (in its own language) and compares them with the
    /// ledger's records; an article without a publication day is taken as published `today`.
    public static func articles(of ledger: Ledger, today: Day, extractor: Extractor = Extractor()) -> [Evaluation] {
        ledger.articles.map { article in
            let drafts = extractor.extract(lines: Array(article.lines), article: article.id,
                                           published: article.published.last ?? today, language: article.language)
            return Evaluation(drafts, against: ledger)
        }
    }

    /// Compares, article by article, the records a second reader curated from articles of
    /// `ledger` (in `second`, which lists the articles it read by the same ids) with those of
    /// `ledger`: how far two people agree, the ceiling a drafting tool can be held to.
    public static func readers(_ ledger: Ledger, against second: Ledger) -> [Evaluation] {
        let read = Set(second.articles.map(\.id))
        return ledger.articles.filter { read.contains($0.id) }.map { article in
            Evaluation(Drafts(citing: article.id, published: article.published.last ?? Day(daysSinceEpoch: 0),
                              language: article.language, in: second), against: ledger)
        }
    }

    /// Partners drafted for an article whose curated records engage none.
    public var falsePartners: Int { expectsNoPartner ? scores[.partners]?.drafted ?? 0 : 0 }

    /// Compares the drafts of an article with the records of `ledger` that cite it.
    public init(_ drafts: Drafts, against ledger: Ledger) {
        let id = drafts.article
        let expected = Self.items(Drafts(citing: id, published: drafts.published, language: drafts.language, in: ledger))
        let drafted = Self.items(drafts)
        var scores: [Measure: Score] = [:]
        var misses: [Measure: [String]] = [:]
        var extras: [Measure: [String]] = [:]
        for measure in Measure.allCases where measure != .dates {
            let want = Multiset(expected[measure] ?? [])
            let got = Multiset(drafted[measure] ?? [])
            var score = Score()
            score.expected = want.count
            score.drafted = got.count
            score.matched = want.intersectionCount(got)
            scores[measure] = score
            misses[measure] = want.subtracting(got)
            extras[measure] = got.subtracting(want)
        }
        // Dates count only where the engagement itself was drafted: a missed engagement is
        // already counted as missed.
        let draftedEngagements = Set(drafted[.engagements] ?? [])
        let wantDates = Multiset((expected[.dates] ?? []).filter { draftedEngagements.contains(Self.engagement(ofDateItem: $0)) })
        let gotDates = Multiset(drafted[.dates] ?? [])
        var dates = Score()
        dates.expected = wantDates.count
        dates.drafted = wantDates.count
        dates.matched = wantDates.intersectionCount(gotDates)
        scores[.dates] = dates
        misses[.dates] = wantDates.subtracting(gotDates)
        extras[.dates] = []
        article = id
        language = ledger.article(id: id)?.language ?? drafts.language
        self.scores = scores
        self.misses = misses
        self.extras = extras
    }

    private static func items(_ records: Drafts) -> [Measure: [String]] {
        let engagementItems = records.engagements.flatMap { engagement in
            engagement.partners.map { "\($0.code) \(engagement.kind.rawValue)" }
        }
        let dateItems = records.engagements.flatMap { engagement -> [String] in
            guard let month = month(of: engagement.date) else { return [] }
            return engagement.partners.map { "\($0.code) \(engagement.kind.rawValue) \(month)" }
        }
        return [
            .partners: Array(Set(records.engagements.flatMap(\.partners).map(\.code)
                + records.agreements.flatMap(\.parties).map(\.code))),
            .engagements: Array(Set(engagementItems)),
            .agreements: records.agreements.map { "\($0.type.rawValue) \($0.status.rawValue)" },
            .dates: Array(Set(dateItems)),
            // The place's first word: "Hay Riad" and "Hay Riad (Rabat)" are one place.
            .initiatives: records.initiatives.map {
                "\($0.category.rawValue) \($0.locations.first.map { Folding.fold($0).split(separator: " ").first.map(String.init) ?? "-" } ?? "-")"
            },
            .figures: Array(Set(records.figures.map { String($0.value) })),
            .statements: Array(Set(records.statements.flatMap(\.partners).map(\.code))),
            .mentions: Array(Set(records.mentions.flatMap(\.partners).map(\.code))),
        ]
    }

    /// `2025-11` for a date placed in a month or a day; `nil` for years, quarters and undated.
    private static func month(of date: LedgerDate) -> String? {
        guard let first = date.first else { return nil }
        switch date.precision {
        case .day, .dayRange, .month: return "\(first.year)-\(first.month < 10 ? "0" : "")\(first.month)"
        case .quarter, .year, .undated: return nil
        }
    }

    /// `ES meeting` of the date item `ES meeting 2025-11`.
    private static func engagement(ofDateItem item: String) -> String {
        String(item[..<(item.lastIndex(of: " ") ?? item.endIndex)])
    }
}

/// Items with repeats, for matching initiatives of the same category and place.
private struct Multiset {
    private var counts: [String: Int] = [:]

    init(_ items: [String]) {
        for item in items { counts[item, default: 0] += 1 }
    }

    var count: Int { counts.values.reduce(0, +) }

    func intersectionCount(_ other: Multiset) -> Int {
        counts.reduce(0) { $0 + min($1.value, other.counts[$1.key] ?? 0) }
    }

    func subtracting(_ other: Multiset) -> [String] {
        counts.flatMap { item, count in
            Array(repeating: item, count: max(0, count - (other.counts[item] ?? 0)))
        }.sorted()
    }
}

private extension Drafts {
    /// The records of `ledger` that cite article `id`, to compare as if drafted.
    init(citing id: String, published: Day, language: String, in ledger: Ledger) {
        self.init(article: id, published: published, language: language)
        func cites<Record: LedgerRecord>(_ record: Record) -> Bool { record.sources.contains { $0.article == id } }
        engagements = ledger.engagements.filter(cites)
        agreements = ledger.agreements.filter(cites)
        initiatives = ledger.initiatives.filter(cites)
        figures = ledger.figures.filter(cites)
        statements = ledger.statements.filter(cites)
        mentions = ledger.mentions.filter(cites)
    }
}
