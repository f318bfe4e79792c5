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

    /// The article with an id, or `nil`.
    public func article(id: String) -> Article? { articles.first { $0.id == id } }
}
