/// A source article and what is known about it.
public struct Article: Hashable, Sendable {
    public let id: String
    /// The file name under `articles/`.
    public let file: String
    public let title: String
    /// The outlet, where the text names one.
    public let outlet: String?
    /// Where the article is online, when known (an http or https address).
    public let url: String?
    /// ISO 639-1 code (`en`, `fr`).
    public let language: String
    /// When it was published; inferred with a reason when the article does not say.
    public let published: LedgerDate
    /// The article's lines, without line endings; `lines[0]` is line 1.
    public let lines: ArticleLines

    public init(id: String, file: String, title: String, outlet: String? = nil, url: String? = nil,
                language: String = "en", published: LedgerDate, lines: ArticleLines = ArticleLines([])) {
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.url = url
        self.language = language
        self.published = published
        self.lines = lines
    }
}
