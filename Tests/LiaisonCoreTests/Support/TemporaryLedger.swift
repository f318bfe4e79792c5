import Foundation
@testable import LiaisonCore

/// A ledger directory in a fresh temporary folder, with one article `a1` of ten lines
/// (line 5 blank) and whatever ledger files a test writes.
struct TemporaryLedger {
    let root: URL
    /// The path messages use: relative to the current directory is not possible for a
    /// temporary folder, so the absolute path is the "as given" path.
    var path: String { root.path }

    static let articleLines = (1...10).map { $0 == 5 ? "" : "Line \($0) of the test article." }

    init(files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ledger"),
                                                withIntermediateDirectories: true)
        try write("articles/a1.txt", Self.articleLines.joined(separator: "\n") + "\n")
        try write("articles/articles.yaml", """
            articles:
              - id: a1
                file: a1.txt
                title: Test article
                language: en
                published: 2025-11-28
              - id: a2
                file: a1.txt
                title: The same text under a second id
                language: en
                published: 2025-12
                published_inferred: for merge tests
            """)
        for (name, text) in files { try write("ledger/\(name)", text) }
    }

    /// Writes a file under the ledger directory.
    func write(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(relativePath))
    }

    /// Writes raw bytes under the ledger directory.
    func write(_ relativePath: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appendingPathComponent(relativePath))
    }

    func load() -> LoadResult { LedgerLoader(directory: path).load() }

    /// The messages of a load, with the temporary root shortened to `L`.
    func messages() -> [String] {
        load().diagnostics.map { $0.description.replacingOccurrences(of: path, with: "L") }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
