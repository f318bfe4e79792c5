import LiaisonCore

/// The records drafted from one article, each marked as a draft and citing its lines.
public struct Drafts: Sendable {
    public let article: String
    public let published: Day
    /// `en` or `fr`, as detected (or as the user says).
    public var language: String
    public var engagements: [Engagement] = []
    public var agreements: [Agreement] = []
    public var initiatives: [Initiative] = []
    public var figures: [Figure] = []
    public var statements: [Statement] = []
    public var mentions: [Mention] = []
    /// The sentence each record was drafted from, by record id.
    public var sentences: [String: String] = [:]

    /// How many records there are.
    public var count: Int {
        engagements.count + agreements.count + initiatives.count + figures.count + statements.count + mentions.count
    }
}
