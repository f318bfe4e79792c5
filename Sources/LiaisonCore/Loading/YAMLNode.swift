import CYaml

/// A YAML node as a ledger file needs it: text scalars, sequences and mappings, each with
/// where it starts. Built straight from libyaml's events, with no tag resolution and no
/// anchors (ledger files refuse them), which is what makes reading a large ledger fast.
enum YAMLNode {
    case scalar(Scalar)
    case sequence([YAMLNode], mark: Mark)
    case mapping([(key: YAMLNode, value: YAMLNode)], mark: Mark)

    /// A position in the text, from 1.
    struct Mark {
        let line: Int
        let column: Int
    }

    struct Scalar {
        let string: String
        /// Whether the scalar was written without quotes or block indicators.
        let isPlain: Bool
        let mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The text of a scalar; `nil` for a collection.
    var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// Whether the node is YAML's null (an empty value or `~`, `null`).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.isPlain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// Why a text is not a YAML document a ledger can use: libyaml's problem and context, and
/// where (a line and column, or a byte offset for an undecodable byte).
struct YAMLSyntaxError: Error {
    let message: String
    let mark: YAMLNode.Mark?
    let byteOffset: Int?
}

/// Composes the single document of a text into `YAMLNode`s from libyaml's event parser.
enum YAMLComposer {
    /// The document's root, `nil` for an empty stream. Throws `YAMLSyntaxError`.
    static func compose(_ text: String) throws -> YAMLNode? {
        var text = text
        return try text.withUTF8 { bytes in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            parser.initialize(to: yaml_parser_t())
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else {
                throw YAMLSyntaxError(message: "out of memory", mark: nil, byteOffset: nil)
            }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            let raw = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
            raw.initialize(to: yaml_event_t())
            defer { raw.deallocate() }
            let events = Events(parser: parser, raw: raw)
            _ = try events.next() // the stream's start
            guard try events.next().type != YAML_STREAM_END_EVENT else { return nil }
            let root = try node(from: try events.next(), events)
            _ = try events.next() // the document's end
            let after = try events.next()
            if after.type != YAML_STREAM_END_EVENT {
                throw YAMLSyntaxError(message: "but found another document expected a single document in the stream",
                                      mark: after.start, byteOffset: nil)
            }
            return root
        }
    }

    private static func node(from event: Event, _ events: Events) throws -> YAMLNode {
        switch event.type {
        case YAML_SCALAR_EVENT:
            return .scalar(YAMLNode.Scalar(string: event.scalarValue, isPlain: event.isPlainScalar, mark: event.start))
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while true {
                let next = try events.next()
                if next.type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try node(from: next, events))
            }
            return .sequence(items, mark: event.start)
        case YAML_MAPPING_START_EVENT:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            while true {
                let next = try events.next()
                if next.type == YAML_MAPPING_END_EVENT { break }
                let key = try node(from: next, events)
                pairs.append((key, try node(from: try events.next(), events)))
            }
            return .mapping(pairs, mark: event.start)
        default:
            // Aliases: the lexical pass refuses anchors first, so this is a safety net.
            throw YAMLSyntaxError(message: "anchors and aliases are not allowed", mark: event.start, byteOffset: nil)
        }
    }

    /// What the composer needs of one libyaml event.
    private struct Event {
        let type: yaml_event_type_t
        let start: YAMLNode.Mark
        /// A scalar's text; empty for other events.
        let scalarValue: String
        let isPlainScalar: Bool
    }

    /// The parser's events, one at a time, with its errors turned into `YAMLSyntaxError`.
    /// Each event is copied out and freed at once, in one reused buffer.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let raw: UnsafeMutablePointer<yaml_event_t>

        func next() throws -> Event {
            guard yaml_parser_parse(parser, raw) == 1 else { throw Self.error(of: parser.pointee) }
            defer { yaml_event_delete(raw) }
            let event = raw.pointee
            let start = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            guard event.type == YAML_SCALAR_EVENT else {
                return Event(type: event.type, start: start, scalarValue: "", isPlainScalar: false)
            }
            let buffer = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
            return Event(type: event.type, start: start, scalarValue: String(decoding: buffer, as: UTF8.self),
                         isPlainScalar: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
        }

        static func error(of parser: yaml_parser_t) -> YAMLSyntaxError {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            if parser.error == YAML_READER_ERROR {
                return YAMLSyntaxError(message: problem, mark: nil, byteOffset: Int(parser.problem_offset))
            }
            let context = parser.context.map { String(cString: $0) }
            let message = [problem, context].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            let mark = YAMLNode.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
            return YAMLSyntaxError(message: message, mark: mark, byteOffset: nil)
        }
    }
}
