import Foundation
import LiaisonCore
import Testing
@testable import LiaisonExtract

/// The drafts file is a ledger file `validate` reads: drafts warn, nothing fails.
@Suite struct DraftWriterTests {
    /// Extracts every seed article, writes the drafts into a copy of the seed ledger in place
    /// of the curated files, and loads it.
    @Test func draftsOfEverySeedArticleValidateWithOnlyDraftWarnings() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-drafts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ledger"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.seeds + "/articles", toPath: root.appendingPathComponent("articles").path)
        let seeds = LedgerLoader(directory: Paths.seeds).load().ledger
        var count = 0
        for article in seeds.articles {
            let drafts = Extractor().extract(lines: Array(article.lines), article: article.id, published: article.published.last!)
            count += drafts.count
            let yaml = DraftWriter.yaml(drafts, file: article.file, title: article.title)
            try Data(yaml.utf8).write(to: root.appendingPathComponent("ledger/\(article.id).yaml"))
        }
        let result = LedgerLoader(directory: root.path).load()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(result.diagnostics.count == count)
        #expect(result.ledger.recordCount == count)
        #expect(result.ledger.excludingDrafts().recordCount == 0)
    }

    @Test func theSentenceIsQuotedAboveEachRecord() {
        let result = drafts("Hammouchi met the \"Spanish\" police chief: F. Pardo, in Madrid on March 3.")
        let yaml = DraftWriter.yaml(result, file: "t.txt", title: "T")
        #expect(yaml.contains("""
              # line 1: Hammouchi met the "Spanish" police chief: F. Pardo, in Madrid on March 3.
              - id: t-e01-es
                partners: "Spain"
                kind: visit-made
                date: "2025-03-03"
                date_inferred: "the year follows from the publication date (2025-11-28)"
                lines: 1
                draft: true
            """))
        #expect(DraftWriter.quoted("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ c\\nd\"")
    }
}
