import Foundation

/// Reads `articles/articles.yaml` and the article texts it lists.
///
/// ```yaml
/// articles:
///   - id: "001"
///     file: 001_8c8c6be195305742.txt
///     title: Hammouchi holds 43 bilateral meetings at INTERPOL's General Assembly
///     outlet: Assahafa.com
///     url: https://example.org/article   # where the article is online, if known
///     language: en
///     published: 2025-11-28
///     published_inferred: the assembly ended on 27 November; the report is of the days after
/// ```
struct ArticleCatalogue {
    let directory: String
    let log: DiagnosticLog

    private static let fields = ["id", "file", "title", "outlet", "url", "language", "published", "published_inferred", "note"]

    func load() -> [Article] {
        let folder = join(directory, "articles")
        guard let names = LedgerLoader.listing(folder, log: log, name: "articles", at: directory) else { return [] }
        let path = join(folder, "articles.yaml")
        if let outside = LedgerLoader.outsideTarget(of: path, in: directory) {
            log.error(.leavesLedgerFolder(outside), at: SourceLocation(path: path))
            return []
        }
        guard let text = TextFile.read(URL(fileURLWithPath: path), displayPath: path, log: log),
              let root = YAMLFile.compose(text, displayPath: path, log: log),
              let top = Fields(root, kind: "articles.yaml", allowed: ["articles"], path: path, log: log)
        else { return [] }
        guard case .sequence(let entries, _)? = top.node("articles") else {
            log.error(.wrongType(field: "articles", expected: "a list of articles"), at: top.location("articles"))
            return []
        }
        var articles: [Article] = []
        var seen: [String: SourceLocation] = [:]
        var named = Set<String>()
        for entry in entries {
            guard let article = article(entry, folder: folder, path: path, named: &named) else { continue }
            if let first = seen[article.id] {
                log.error(.duplicateID(article.id, first: first), at: Fields.location(of: entry, in: path))
                continue
            }
            seen[article.id] = Fields.location(of: entry, in: path)
            articles.append(article)
        }
        for name in names where name.hasSuffix(".txt") && !named.contains(name) {
            log.warning(.articleNotListed, at: SourceLocation(path: join(folder, name)))
        }
        for name in names where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != "articles.yaml" {
            log.warning(.yamlInArticles, at: SourceLocation(path: join(folder, name)))
        }
        return articles.sorted { $0.id < $1.id }
    }

    /// Reads one entry; adds its file name to `named` even when the entry is refused.
    private func article(_ node: YAMLNode, folder: String, path: String, named: inout Set<String>) -> Article? {
        guard let fields = Fields(node, kind: "an article", allowed: Self.fields, path: path, log: log) else {
            return nil
        }
        let id = fields.string("id", required: true)
        let file = fields.string("file", required: true)
        if let file { named.insert(file) }
        let title = fields.string("title", required: true)
        let language = fields.string("language", required: true)
        var published: LedgerDate?
        if let text = fields.string("published", required: true) {
            do {
                published = try LedgerDate(parsing: text)
                if let reason = fields.string("published_inferred") { published = published?.inferred(because: reason) }
            } catch {
                log.error(.invalidDate(error), at: fields.location("published"))
            }
        }
        let url = fields.string("url")
        if let url, !Self.isValidURL(url) { log.error(.invalidURL(url), at: fields.location("url")) }
        if let id, !LedgerFileDecoder.isValidID(id) { log.error(.invalidID(id), at: fields.location("id")) }
        guard let id, LedgerFileDecoder.isValidID(id), let file, let title, let language, let published else {
            return nil
        }
        // A plain name in articles/: "../../etc/passwd" must not be read.
        guard !file.contains("/"), file != ".", file != "..", !file.contains("\0") else {
            log.error(.articleFileNotPlain(file), at: fields.location("file"))
            return nil
        }
        let articlePath = join(folder, file)
        guard FileManager.default.fileExists(atPath: articlePath) else {
            log.error(.articleFileMissing(file), at: fields.location("file"))
            return nil
        }
        if let outside = LedgerLoader.outsideTarget(of: articlePath, in: directory) {
            log.error(.leavesLedgerFolder(outside), at: fields.location("file"))
            return nil
        }
        guard let text = TextFile.read(URL(fileURLWithPath: articlePath), displayPath: articlePath, log: log) else {
            return nil
        }
        return Article(id: id, file: file, title: title, outlet: fields.string("outlet"),
                       url: url.flatMap { Self.isValidURL($0) ? $0 : nil }, language: language,
                       published: published, lines: TextFile.lines(of: text))
    }

    /// An http or https address without spaces, short enough for a spreadsheet hyperlink.
    static func isValidURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && text.count > 8 && text.count <= 2079
            && !text.contains { $0.isWhitespace }
    }
}
