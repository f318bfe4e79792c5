import Foundation

/// Reads a text file defensively: it must be a regular file, not too large, and UTF-8.
/// A leading byte-order mark is dropped; CRLF and LF endings are both accepted.
enum TextFile {
    /// Files above this size are refused rather than parsed.
    static let sizeLimit = 8 * 1_048_576

    /// The file's text, or `nil` after logging why it cannot be used.
    static func read(_ url: URL, displayPath: String, log: DiagnosticLog) -> String? {
        let whole = SourceLocation(path: displayPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            log.error(.unreadable("no such file"), at: whole)
            return nil
        }
        if isDirectory.boolValue {
            log.error(.notAFile, at: whole)
            return nil
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > sizeLimit {
            log.error(.fileTooLarge(bytes: size, limit: sizeLimit), at: whole)
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            log.error(.unreadable(error.localizedDescription), at: whole)
            return nil
        }
        return decode(data, displayPath: displayPath, log: log)
    }

    /// Decodes UTF-8, logging the line and column of the first invalid byte.
    static func decode(_ data: Data, displayPath: String, log: DiagnosticLog) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidOffset(bytes)
        let before = bytes[..<offset]
        let line = before.count { $0 == 0x0A } + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = (String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count) + 1
        log.error(.invalidUTF8(byte: bytes[offset]),
                  at: SourceLocation(path: displayPath, line: line, column: column))
        return nil
    }

    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput, .error:
                return min(offset, max(bytes.count - 1, 0))
            }
        }
    }
}
