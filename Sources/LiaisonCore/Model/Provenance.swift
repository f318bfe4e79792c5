/// Where a fact comes from: an article and the lines of the sentence that states it.
public struct Provenance: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The article's id in `articles/articles.yaml`.
    public let article: String
    /// The article's line numbers, 1-based, ascending.
    public let lines: [Int]
    /// Where in the ledger the record that cites it was written.
    public let location: SourceLocation
    /// Whether the record was drafted by `liaison extract` and not yet reviewed.
    public let isDraft: Bool

    public init(article: String, lines: [Int], location: SourceLocation, isDraft: Bool = false) {
        self.article = article
        self.lines = lines
        self.location = location
        self.isDraft = isDraft
    }

    /// `001:12` or `001:12,14`.
    public var description: String { "\(article):" + lines.map(String.init).joined(separator: ",") }

    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        (lhs.article, lhs.lines.first ?? 0) < (rhs.article, rhs.lines.first ?? 0)
    }
}

/// A place in a ledger or article file, for messages.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the user would type it from where Liaison was run.
    public let path: String
    /// 1-based; `nil` for the whole file.
    public let line: Int?
    public let column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out what is unknown.
    public var description: String {
        [path, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}
