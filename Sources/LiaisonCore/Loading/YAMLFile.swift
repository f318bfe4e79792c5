import Yams

/// Parses a ledger file's text into a YAML node tree, refusing what a hand-written
/// ledger never needs and a hostile file could abuse: anchors and aliases (alias bombs)
/// and deep nesting.
enum YAMLFile {
    /// The deepest nesting of flow collections (`[[[…]]]`) accepted.
    static let nestingLimit = 64

    /// The document's root node; `nil` after logging why it cannot be used.
    static func compose(_ text: String, displayPath: String, log: DiagnosticLog) -> Node? {
        if let line = lineNestedTooDeep(text) {
            log.error(.nestedTooDeep(limit: nestingLimit), at: SourceLocation(path: displayPath, line: line))
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            log.error(.yamlSyntax(message),
                      at: SourceLocation(path: displayPath, line: mark?.line, column: mark?.column))
            return nil
        } catch {
            log.error(.yamlSyntax("\(error)"), at: SourceLocation(path: displayPath))
            return nil
        }
        guard let root, !isNull(root) else {
            log.error(.emptyFile, at: SourceLocation(path: displayPath))
            return nil
        }
        if let mark = firstAnchor(in: root) {
            log.error(.anchorsNotAllowed, at: SourceLocation(path: displayPath, line: mark.line, column: mark.column))
            return nil
        }
        return root
    }

    /// Whether a node is YAML's null (an empty document or `~`).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The mark of the first anchored node (an alias copies its anchor's node, anchor included).
    private static func firstAnchor(in root: Node) -> Mark? {
        var stack = [root]
        while let node = stack.popLast() {
            if node.anchor != nil { return node.mark }
            switch node {
            case .alias(let alias): return alias.mark
            case .scalar: continue
            case .sequence(let sequence): stack.append(contentsOf: sequence.reversed())
            case .mapping(let mapping):
                for pair in mapping.reversed() { stack.append(pair.value); stack.append(pair.key) }
            }
        }
        return nil
    }

    /// The line where flow collections nest deeper than the limit, ignoring quoted text
    /// and comments. Yams builds nodes recursively, so this guards the stack.
    private static func lineNestedTooDeep(_ text: String) -> Int? {
        var depth = 0
        var line = 1
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            defer { previous = byte }
            if byte == 0x0A {
                // Quotes and comments end with the line: brackets inside a quoted
                // multi-line string may then be counted, which errs on the safe side.
                line += 1
                quote = nil
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case 0x27 where startsScalar(after: previous), 0x22 where startsScalar(after: previous):
                quote = byte
            case 0x23 where previous == 0x20 || previous == 0x09: inComment = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > nestingLimit { return line }
            case 0x5D, 0x7D: depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    /// Whether a quote after `byte` opens a quoted scalar (not an apostrophe in "Morocco's").
    private static func startsScalar(after byte: UInt8) -> Bool {
        [0x20, 0x09, 0x3A, 0x5B, 0x7B, 0x2C, 0x2D].contains(byte)
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let message = [problem, context?.text].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: " ")
            return (message, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate keys \(duplicates.joined(separator: ", ")) \(context.text)", context.mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }
}
