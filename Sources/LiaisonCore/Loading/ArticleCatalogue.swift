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
        // Entries are checked in order, their texts read on all cores, then the results taken
        // in order again: messages come out as if one entry were read after the other.
        var named = Set<String>()
        let listed = entries.map { entry in
            let entryLog = DiagnosticLog()
            return (entry, entryLog, article(entry, folder: folder, path: path, named: &named, log: entryLog))
        }
        let unreads = listed.map(\.2)
        let texts = Slots<(ArticleLines?, DiagnosticLog)>(count: listed.count)
        DispatchQueue.concurrentPerform(iterations: listed.count) { index in
            guard let unread = unreads[index] else { return }
            let readLog = DiagnosticLog()
            let text = TextFile.read(URL(fileURLWithPath: unread.path), displayPath: unread.path, log: readLog)
            texts[index] = (text.map(ArticleLines.init(text:)), readLog)
        }
        var articles: [Article] = []
        var seen: [String: SourceLocation] = [:]
        for (index, (entry, entryLog, unread)) in listed.enumerated() {
            log.append(entryLog)
            guard let unread, let (lines, readLog) = texts[index] else { continue }
            log.append(readLog)
            guard let lines else { continue }
            let article = unread.make(lines)
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

    /// An entry whose fields are valid and whose text is still to be read.
    struct Unread: Sendable {
        let path: String
        let make: @Sendable (ArticleLines) -> Article
    }

    /// Checks one entry, logging into `log`; adds its file name to `named` even when the
    /// entry is refused.
    private func article(_ node: YAMLNode, folder: String, path: String, named: inout Set<String>,
                         log: DiagnosticLog) -> Unread? {
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
        let outlet = fields.string("outlet")
        let link = url.flatMap { Self.isValidURL($0) ? $0 : nil }
        return Unread(path: articlePath) { lines in
            Article(id: id, file: file, title: title, outlet: outlet, url: link, language: language,
                    published: published, lines: lines)
        }
    }

    /// An http or https address without spaces, short enough for a spreadsheet hyperlink.
    static func isValidURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && text.count > 8 && text.count <= 2079
            && !text.contains { $0.isWhitespace }
    }
}
