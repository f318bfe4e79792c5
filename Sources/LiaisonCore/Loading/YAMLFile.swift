
/// Parses a ledger file's text into a YAML node tree, refusing what a hand-written
/// ledger never needs and a hostile file could abuse: anchors and aliases (alias bombs)
/// and deep nesting. Both are caught by a lexical pass before libyaml sees the text.
enum YAMLFile {
    /// The deepest nesting of flow collections (`[[[…]]]`) accepted.
    static let nestingLimit = 64

    /// The document's root node; `nil` after logging why it cannot be used.
    static func compose(_ text: String, displayPath: String, log: DiagnosticLog) -> YAMLNode? {
        if let (problem, line, column) = lexicalProblem(text) {
            log.error(problem, at: SourceLocation(path: displayPath, line: line, column: column))
            return nil
        }
        let root: YAMLNode?
        do {
            root = try YAMLComposer.compose(text)
        } catch let error as YAMLSyntaxError {
            var location = SourceLocation(path: displayPath, line: error.mark?.line, column: error.mark?.column)
            if let offset = error.byteOffset {
                let (line, column) = position(ofByte: offset, in: text)
                location = SourceLocation(path: displayPath, line: line, column: column)
            }
            log.error(.yamlSyntax(error.message), at: location)
            return nil
        } catch {
            log.error(.yamlSyntax("\(error)"), at: SourceLocation(path: displayPath))
            return nil
        }
        guard let root, !root.isNull else {
            log.error(.emptyFile, at: SourceLocation(path: displayPath, line: 1, column: nil))
            return nil
        }
        return root
    }

    /// A lexical pass before parsing: finds anchors and aliases (`&a`, `*a` where a value
    /// starts) and flow collections nested deeper than the limit, ignoring quoted text and
    /// comments. The composer builds nodes recursively, so this also guards the stack.
    private static func lexicalProblem(_ text: String) -> (Problem, line: Int, column: Int)? {
        var text = text
        return text.withUTF8(lexicalProblem(in:))
    }

    private static func lexicalProblem(in bytes: UnsafeBufferPointer<UInt8>) -> (Problem, line: Int, column: Int)? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0x20
        for byte in bytes {
            defer { previous = byte }
            if byte == 0x0A {
                // Quotes and comments end with the line: brackets inside a quoted
                // multi-line string may then be counted, which errs on the safe side.
                line += 1
                column = 0
                quote = nil
                inComment = false
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            let startsValue = column == 1 || isValueBoundary(previous)
            switch byte {
            case 0x27 where startsValue, 0x22 where startsValue:
                quote = byte
            case 0x26 where startsValue, 0x2A where startsValue:
                return (.anchorsNotAllowed, line, column)
            case 0x23 where previous == 0x20 || previous == 0x09 || column == 1:
                inComment = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > nestingLimit { return (.nestedTooDeep(limit: nestingLimit), line, column) }
            case 0x5D, 0x7D:
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }

    /// Whether a value may start after this byte: blank, `:`, `[`, `{`, `,` or `-`.
    private static func isValueBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x3A, 0x5B, 0x7B, 0x2C, 0x2D: true
        default: false
        }
    }

    /// The line and column (from 1) of a byte offset in `text`.
    private static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
