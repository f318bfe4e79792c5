/// One problem found in a ledger, with where it is and how serious.
///
/// `description` reads like a compiler message, so editors and cron mail point at the line:
/// `seeds/ledger/001.yaml:12:15: error: unknown partner 'Spian'; did you mean 'Spain'?`
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let problem: Problem

    public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    public var description: String { "\(location): \(severity.rawValue): \(problem)" }
}

/// Everything `validate` can find wrong, each with the values that explain it.
public enum Problem: Hashable, Sendable, CustomStringConvertible {
    // The directory and its files.
    case directoryMissing
    case notADirectory
    case folderMissing(String)
    case notAFile
    case unreadable(String)
    case fileTooLarge(bytes: Int, limit: Int)
    case invalidUTF8(byte: UInt8)
    case emptyFile
    case notYAML
    case articleFileMissing(String)
    case articleNotListed
    case articleFileNotPlain(String)
    case leavesLedgerFolder(String)
    case yamlInArticles
    // YAML.
    case yamlSyntax(String)
    case anchorsNotAllowed
    case nestedTooDeep(limit: Int)
    case duplicateKey(String)
    case wrongType(field: String, expected: String)
    case notAMapping(kind: String)
    case unknownField(String, kind: String, suggestion: String?, allowed: [String])
    case missingField(String, kind: String)
    case emptyValue(field: String)
    case textTooLong(field: String, characters: Int)
    // Values.
    case unknownPartner(String, suggestion: String?)
    case ambiguousPartner(String, codes: [String])
    case moroccoAsPartner
    case invalidDate(LedgerDate.ParseError)
    case invalidPeriod(String)
    case invalidNumber(field: String, text: String)
    case invalidURL(String)
    case draft(String)
    case unknownValue(field: String, value: String, allowed: [String])
    case undatedEngagement
    // Provenance.
    case unknownArticle(String, known: [String])
    case lineOutOfRange(Int, article: String, lineCount: Int)
    case blankLine(Int, article: String)
    // Ids.
    case invalidID(String)
    case duplicateID(String, first: SourceLocation)
    case idKindClash(String, kind: String, otherKind: String, other: SourceLocation)
    case conflict(id: String, fields: [String], other: SourceLocation)

    public var description: String {
        switch self {
        case .directoryMissing:
            "ledger directory not found"
        case .folderMissing(let name):
            "no '\(name)' folder here; a ledger directory holds articles/ and ledger/"
        case .notADirectory:
            "is a file, not a ledger directory"
        case .notAFile:
            "is a directory, not a file"
        case .unreadable(let reason):
            "cannot be read: \(reason)"
        case .fileTooLarge(let bytes, let limit):
            "file is too large (\(Self.megabytes(bytes)); the limit is \(Self.megabytes(limit)))"
        case .invalidUTF8(let byte):
            "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .emptyFile:
            "file is empty"
        case .notYAML:
            "ignored: not a .yaml file"
        case .articleFileMissing(let file):
            "article file '\(Self.shown(file))' not found in articles/"
        case .articleNotListed:
            "article file is not listed in articles.yaml"
        case .articleFileNotPlain(let file):
            "'\(Self.shown(file))' is not a file name: write the name of a file in articles/, without '/' or '..'"
        case .leavesLedgerFolder(let target):
            "is a link to '\(target.prefix(120))', outside the ledger folder; copy the file in instead"
        case .yamlInArticles:
            "ignored: a YAML file in articles/ is not read (only articles.yaml is); records go in ledger/"
        case .yamlSyntax(let message):
            "YAML syntax error: \(message)"
        case .anchorsNotAllowed:
            "YAML anchors and aliases are not allowed in ledger files; write the values out"
        case .nestedTooDeep(let limit):
            "nested more than \(limit) levels deep"
        case .duplicateKey(let key):
            "field '\(Self.shown(key))' is given twice"
        case .wrongType(let field, let expected):
            "'\(Self.shown(field))' must be \(expected)"
        case .notAMapping(let kind):
            "\(kind) must be a mapping of fields (name: value)"
        case .unknownField(let field, let kind, let suggestion, let allowed):
            if let suggestion {
                "unknown field '\(Self.shown(field))' in \(kind); did you mean '\(suggestion)'?"
            } else {
                "unknown field '\(Self.shown(field))' in \(kind); allowed: \(allowed.joined(separator: ", "))"
            }
        case .missingField(let field, let kind):
            "\(kind) is missing the field '\(Self.shown(field))'"
        case .emptyValue(let field):
            "'\(Self.shown(field))' is empty"
        case .textTooLong(let field, let characters):
            "'\(Self.shown(field))' has \(characters) characters; a value holds at most \(Fields.maxTextLength), as a spreadsheet cell does"
        case .unknownPartner(let name, let suggestion):
            if let suggestion {
                "unknown partner '\(Self.shown(name))'; did you mean '\(suggestion)'?"
            } else {
                "unknown partner '\(Self.shown(name))'; use a country name or ISO code, or an organisation code"
            }
        case .ambiguousPartner(let name, let codes):
            "partner '\(Self.shown(name))' is ambiguous; write one of its codes: \(codes.joined(separator: ", "))"
        case .moroccoAsPartner:
            "Morocco cannot be its own partner"
        case .invalidDate(let error):
            error.description
        case .invalidPeriod(let text):
            "'\(Self.shown(text))' is not a period; write YYYY or YYYY..YYYY"
        case .invalidNumber(let field, let text):
            "'\(Self.shown(field))' must be a number, not '\(Self.shown(text))'"
        case .draft(let id):
            "record '\(Self.shown(id))' is a draft: check it against the article, then delete 'draft: true' (briefs leave drafts out unless --include-drafts)"
        case .invalidURL(let text):
            "'\(Self.shown(text))' is not a web address: write http:// or https:// and at most 2079 characters, without spaces"
        case .unknownValue(let field, let value, let allowed):
            "'\(Self.shown(value))' is not a valid \(field); allowed: \(allowed.joined(separator: ", "))"
        case .undatedEngagement:
            "an engagement needs a date; record undated cooperation claims as mentions"
        case .unknownArticle(let id, let known):
            "unknown article '\(Self.shown(id))'; articles.yaml lists: \(known.joined(separator: ", "))"
        case .lineOutOfRange(let line, let article, let count):
            "line \(line) is out of range: article \(article) has \(count) lines"
        case .blankLine(let line, let article):
            "line \(line) of article \(article) is blank"
        case .invalidID(let id):
            "id '\(Self.shown(id))' must be lower-case letters, digits, '-' and '.', starting with a letter or digit"
        case .duplicateID(let id, let first):
            "id '\(Self.shown(id))' is used twice in this file (first at \(first))"
        case .idKindClash(let id, let kind, let otherKind, let other):
            "id '\(Self.shown(id))' names \(Self.withArticle(kind)) here but \(Self.withArticle(otherKind)) at \(other)"
        case .conflict(let id, let fields, let other):
            "record '\(Self.shown(id))' conflicts with \(other) on \(fields.joined(separator: ", "))"
        }
    }

    /// "an engagement", "a mention".
    /// A value from a ledger as a message shows it: at most 80 characters.
    static func shown(_ text: String) -> String {
        text.count <= 80 ? text : text.prefix(79) + "…"
    }

    static func withArticle(_ noun: String) -> String {
        (noun.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + noun
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
