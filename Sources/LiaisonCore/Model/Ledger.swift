/// The validated ledger: the articles and every record drawn from them, merged by id.
///
/// Each array is sorted by id.
public struct Ledger: Sendable, Hashable {
    public var articles: [Article]
    public var engagements: [Engagement]
    public var agreements: [Agreement]
    public var initiatives: [Initiative]
    public var figures: [Figure]
    public var statements: [Statement]
    public var mentions: [Mention]

    public init(articles: [Article] = [], engagements: [Engagement] = [], agreements: [Agreement] = [],
                initiatives: [Initiative] = [], figures: [Figure] = [], statements: [Statement] = [],
                mentions: [Mention] = []) {
        self.articles = articles
        self.engagements = engagements
        self.agreements = agreements
        self.initiatives = initiatives
        self.figures = figures
        self.statements = statements
        self.mentions = mentions
    }

    /// The number of records of every kind.
    public var recordCount: Int {
        engagements.count + agreements.count + initiatives.count + figures.count + statements.count
            + mentions.count
    }

    /// The distinct partners engaged at least once, sorted by code.
    public var engagedPartners: [Partner] {
        Set(engagements.flatMap(\.partners)).sorted { $0.code < $1.code }
    }

    /// Whether any record is an unreviewed draft.
    public var hasDrafts: Bool {
        engagements.contains(where: \.isDraft) || agreements.contains(where: \.isDraft)
            || initiatives.contains(where: \.isDraft) || figures.contains(where: \.isDraft)
            || statements.contains(where: \.isDraft) || mentions.contains(where: \.isDraft)
    }

    /// The ledger without drafts: what briefs count unless asked to include them. An
    /// initiative keeps its reviewed status reports.
    public func excludingDrafts() -> Ledger {
        // Lists without drafts are shared, not copied: a large ledger is not held twice.
        var ledger = self
        if engagements.contains(where: \.isDraft) { ledger.engagements.removeAll(where: \.isDraft) }
        if agreements.contains(where: \.isDraft) { ledger.agreements.removeAll(where: \.isDraft) }
        if figures.contains(where: \.isDraft) { ledger.figures.removeAll(where: \.isDraft) }
        if statements.contains(where: \.isDraft) { ledger.statements.removeAll(where: \.isDraft) }
        if mentions.contains(where: \.isDraft) { ledger.mentions.removeAll(where: \.isDraft) }
        guard initiatives.contains(where: { initiative in
            initiative.sources.contains(where: \.isDraft) || initiative.history.contains { $0.sources.contains(where: \.isDraft) }
        }) else { return ledger }
        ledger.initiatives = initiatives.compactMap { initiative in
            var reviewed = initiative
            reviewed.history = initiative.history.filter { !$0.sources.contains(where: \.isDraft) }
            reviewed.sources = initiative.sources.filter { !$0.isDraft }
            return reviewed.history.isEmpty ? nil : reviewed
        }
        return ledger
    }

    /// The article with an id, or `nil`.
    public func article(id: String) -> Article? { articles.first { $0.id == id } }
}
