
/// Reads the fields of one YAML mapping (a record, or a file's top level), logging
/// every unknown, duplicated, missing or mistyped field instead of stopping at the first.
struct Fields {
    let kind: String
    let path: String
    let log: DiagnosticLog
    /// Where the mapping starts, for "missing field" messages.
    let location: SourceLocation
    /// The fields read, in order; a record has a dozen at most, so a list beats hashing.
    private let entries: [Entry]

    private struct Entry {
        let key: String
        let value: YAMLNode
    }

    /// Reads `node` as a mapping of `allowed` field names; `nil` after logging when it is
    /// not a mapping at all.
    init?(_ node: YAMLNode, kind: String, allowed: [String], path: String, log: DiagnosticLog) {
        self.kind = kind
        self.path = path
        self.log = log
        location = Fields.location(of: node, in: path)
        guard case .mapping(let mapping, _) = node else {
            log.error(.notAMapping(kind: kind), at: location)
            return nil
        }
        var entries: [Entry] = []
        entries.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let at = Fields.location(of: keyNode, in: path)
            if entries.contains(where: { $0.key == key }) {
                log.error(.duplicateKey(key), at: at)
            } else if !allowed.contains(key) {
                let nearest = allowed.min {
                    EditDistance.between(Array(key), Array($0), limit: 3)
                        < EditDistance.between(Array(key), Array($1), limit: 3)
                }
                let close = nearest.map { EditDistance.between(Array(key), Array($0), limit: 3) <= 2 } ?? false
                log.error(.unknownField(key, kind: kind, suggestion: close ? nearest : nil, allowed: allowed), at: at)
            } else {
                entries.append(Entry(key: key, value: value))
            }
        }
        self.entries = entries
    }

    /// The raw node of a field.
    func node(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }

    /// Where a field's value is, or the mapping's start when the field is absent.
    func location(_ key: String) -> SourceLocation {
        node(key).map { Fields.location(of: $0, in: path) } ?? location
    }

    /// A text field. Logs a missing required field, a non-scalar, or an empty value.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key), !value.isNull else {
            if required { log.error(.missingField(key, kind: kind), at: location) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            log.error(.wrongType(field: key, expected: "a single value"), at: location(key))
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            log.error(.emptyValue(field: key), at: location(key))
            return nil
        }
        guard fits(text, key, at: value) else { return nil }
        return text
    }

    /// The longest text a value may hold: what a spreadsheet cell holds.
    static let maxTextLength = 32_767

    /// Whether a value fits in a spreadsheet cell; logs it when it does not.
    private func fits(_ text: String, _ key: String, at node: YAMLNode) -> Bool {
        guard text.utf8.count > Self.maxTextLength else { return true }
        let characters = text.unicodeScalars.count
        guard characters > Self.maxTextLength else { return true }
        log.error(.textTooLong(field: key, characters: characters), at: Fields.location(of: node, in: path))
        return false
    }

    /// A field that holds one value or a list of values.
    func strings(_ key: String, required: Bool = false) -> [(text: String, location: SourceLocation)] {
        guard let value = node(key), !value.isNull else {
            if required { log.error(.missingField(key, kind: kind), at: location) }
            return []
        }
        var result: [(String, SourceLocation)] = []
        func take(_ item: YAMLNode) {
            let text = item.string?.trimmingWhitespace() ?? ""
            guard !text.isEmpty else {
                log.error(.wrongType(field: key, expected: "a list of single values"), at: Fields.location(of: item, in: path))
                return
            }
            guard fits(text, key, at: item) else { return }
            result.append((text, Fields.location(of: item, in: path)))
        }
        var isEmptyList = false
        switch value {
        case .scalar:
            take(value)
        case .sequence(let items, _):
            isEmptyList = items.isEmpty
            items.forEach(take)
        default:
            log.error(.wrongType(field: key, expected: "a value or a list of values"), at: location(key))
            return []
        }
        if required, result.isEmpty, isEmptyList {
            log.error(.emptyValue(field: key), at: location(key))
        }
        return result
    }

    /// A value from a closed vocabulary; logs the allowed values when it is not one.
    func value<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type, required: Bool = true)
        -> Value? where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Value(rawValue: text) else {
            log.error(.unknownValue(field: key, value: text, allowed: Value.allCases.map(\.rawValue)), at: location(key))
            return nil
        }
        return value
    }

    /// A list of values from a closed vocabulary.
    func values<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type) -> [Value]
        where Value.RawValue == String {
        strings(key).compactMap { item in
            guard let value = Value(rawValue: item.text) else {
                log.error(.unknownValue(field: String(key.dropLast(key.hasSuffix("s") ? 1 : 0)), value: item.text,
                                        allowed: Value.allCases.map(\.rawValue)), at: item.location)
                return nil
            }
            return value
        }
    }

    /// The `date` field with its optional `date_inferred` reason.
    func date(required: Bool = true) -> LedgerDate? {
        guard let text = string("date", required: required) else { return nil }
        do {
            var date = try LedgerDate(parsing: text)
            if let reason = string("date_inferred") { date = date.inferred(because: reason) }
            return date
        } catch {
            log.error(.invalidDate(error), at: location("date"))
            return nil
        }
    }

    /// Partners named in a field, resolved through the gazetteer.
    func partners(_ key: String, required: Bool, gazetteer: Gazetteer) -> [Partner] {
        var result: [Partner] = []
        for item in strings(key, required: required) {
            switch gazetteer.lookup(item.text) {
            case .found(let partner) where partner.code == "MA":
                log.error(.moroccoAsPartner, at: item.location)
            case .found(let partner):
                if !result.contains(partner) { result.append(partner) }
            case .ambiguous(let partners):
                log.error(.ambiguousPartner(item.text, codes: partners.map(\.code)), at: item.location)
            case .notFound(let suggestion):
                log.error(.unknownPartner(item.text, suggestion: suggestion), at: item.location)
            }
        }
        return result
    }

    /// Article line numbers: `12`, `[12, 14]` or `12-14`.
    func lines(required: Bool = true) -> [(line: Int, location: SourceLocation)] {
        var result: [(Int, SourceLocation)] = []
        for item in strings("lines", required: required) {
            if let line = Int(item.text), line >= 1 {
                result.append((line, item.location))
                continue
            }
            let bounds = item.text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingWhitespace()) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                  low >= 1, low <= high, high - low < 1000 else {
                log.error(.invalidNumber(field: "lines", text: item.text), at: item.location)
                continue
            }
            result += (low...high).map { ($0, item.location) }
        }
        return result
    }

    static func location(of node: YAMLNode, in path: String) -> SourceLocation {
        SourceLocation(path: path, line: node.mark.line, column: node.mark.column)
    }
}
