import Foundation

/// Reads one article's text on its own, as `liaison extract` does, with the same checks as
/// the ledger loader (a regular file, at most 8 MiB, UTF-8).
public enum ArticleFile {
    /// The article's lines, or the problems that stop it from being read.
    public static func lines(atPath path: String) -> Result<[String], ArticleFileError> {
        let log = DiagnosticLog()
        guard let text = TextFile.read(URL(fileURLWithPath: path), displayPath: path, log: log) else {
            return .failure(ArticleFileError(diagnostics: log.inReadingOrder))
        }
        return .success(Array(ArticleLines(text: text)))
    }
}

/// Why an article file cannot be read.
public struct ArticleFileError: Error, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
