import LiaisonCore

/// How drafts compare with the records a person curated from the same article.
public struct Evaluation: Sendable {
    /// What is compared.
    public enum Measure: String, CaseIterable, Sendable {
        /// The partners engaged: the measure the targets are set on.
        case partners
        /// Partner and engagement kind.
        case engagements
        /// Type, status and parties.
        case agreements
        /// Category and location (or category alone where none is given).
        case initiatives
        /// The value.
        case figures
        /// The partners of statements.
        case statements
        /// The partners of mentions.
        case mentions
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
    public let scores: [Measure: Score]
    /// Expected items the drafts missed, and drafted items not expected, per measure.
    public let misses: [Measure: [String]]
    public let extras: [Measure: [String]]

    /// Compares the drafts of an article with the records of `ledger` that cite it.
    public init(_ drafts: Drafts, against ledger: Ledger) {
        let id = drafts.article
        func cites<Record: LedgerRecord>(_ record: Record) -> Bool { record.sources.contains { $0.article == id } }
        let expected: [Measure: [String]] = Self.items(
            engagements: ledger.engagements.filter(cites), agreements: ledger.agreements.filter(cites),
            initiatives: ledger.initiatives.filter(cites), figures: ledger.figures.filter(cites),
            statements: ledger.statements.filter(cites), mentions: ledger.mentions.filter(cites))
        let drafted: [Measure: [String]] = Self.items(
            engagements: drafts.engagements, agreements: drafts.agreements, initiatives: drafts.initiatives,
            figures: drafts.figures, statements: drafts.statements, mentions: drafts.mentions)
        var scores: [Measure: Score] = [:]
        var misses: [Measure: [String]] = [:]
        var extras: [Measure: [String]] = [:]
        for measure in Measure.allCases {
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
        article = id
        self.scores = scores
        self.misses = misses
        self.extras = extras
    }

    private static func items(engagements: [Engagement], agreements: [Agreement], initiatives: [Initiative],
                              figures: [Figure], statements: [Statement], mentions: [Mention]) -> [Measure: [String]] {
        [
            .partners: Array(Set(engagements.flatMap(\.partners).map(\.code))),
            .engagements: Array(Set(engagements.flatMap { engagement in
                engagement.partners.map { "\($0.code) \(engagement.kind.rawValue)" }
            })),
            .agreements: Array(Set(agreements.map {
                "\($0.type.rawValue) \($0.status.rawValue) \($0.parties.map(\.code).sorted().joined(separator: "+"))"
            })),
            // The place's first word: "Hay Riad" and "Hay Riad (Rabat)" are one place.
            .initiatives: initiatives.map {
                "\($0.category.rawValue) \($0.locations.first.map { Folding.fold($0).split(separator: " ").first.map(String.init) ?? "-" } ?? "-")"
            },
            .figures: Array(Set(figures.map { String($0.value) })),
            .statements: Array(Set(statements.flatMap(\.partners).map(\.code))),
            .mentions: Array(Set(mentions.flatMap(\.partners).map(\.code))),
        ]
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
