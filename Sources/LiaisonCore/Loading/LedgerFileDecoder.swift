
/// The records one ledger file holds, in file order.
struct LedgerFile {
    var engagements: [Engagement] = []
    var agreements: [Agreement] = []
    var initiatives: [Initiative] = []
    var figures: [Figure] = []
    var statements: [Statement] = []
    var mentions: [Mention] = []
}

/// Turns one ledger file's YAML into records, logging every problem it finds.
///
/// A file names its article once at the top and lists records by kind:
/// ```yaml
/// article: "001"
/// engagements:
///   - id: ga93-pl
///     partners: Poland
///     kind: meeting
///     date: 2025-11-24..2025-11-27
///     lines: 10
/// ```
struct LedgerFileDecoder {
    let gazetteer: Gazetteer
    let articles: [String: Article]
    let path: String
    let log: DiagnosticLog
    /// Lists many records of a file repeat, kept once (a large ledger holds a million).
    private let shared = SharedLists()

    init(gazetteer: Gazetteer, articles: [String: Article], path: String, log: DiagnosticLog) {
        self.gazetteer = gazetteer
        self.articles = articles
        self.path = path
        self.log = log
    }

    static let sections = ["engagements", "agreements", "initiatives", "figures", "statements", "mentions"]
    private static let common = ["id", "lines", "summary", "note", "draft"]
    private static let dated = ["date", "date_inferred"]

    func decode(_ root: YAMLNode) -> LedgerFile {
        var file = LedgerFile()
        guard let top = Fields(root, kind: "a ledger file", allowed: ["article"] + Self.sections, path: path, log: log)
        else { return file }
        let article = articleID(top)
        for section in Self.sections {
            for item in items(of: section, in: top) {
                switch section {
                case "engagements": engagement(item, article).map { file.engagements.append($0) }
                case "agreements": agreement(item, article).map { file.agreements.append($0) }
                case "initiatives": initiative(item, article).map { file.initiatives.append($0) }
                case "figures": figure(item, article).map { file.figures.append($0) }
                case "statements": statement(item, article).map { file.statements.append($0) }
                default: mention(item, article).map { file.mentions.append($0) }
                }
            }
        }
        return file
    }

    private func articleID(_ top: Fields) -> Article? {
        guard let id = top.string("article", required: true) else { return nil }
        guard let article = articles[id] else {
            log.error(.unknownArticle(id, known: articles.keys.sorted()), at: top.location("article"))
            return nil
        }
        return article
    }

    private func items(of section: String, in top: Fields) -> [YAMLNode] {
        guard let node = top.node(section), !node.isNull else { return [] }
        guard case .sequence(let sequence, _) = node else {
            log.error(.wrongType(field: section, expected: "a list of records"), at: top.location(section))
            return []
        }
        return Array(sequence)
    }

    /// A record kind's name in messages and the fields it allows, worked out once.
    private struct Schema {
        let kind: String
        let allowed: [String]

        init(_ kindName: String, _ specific: [String]) {
            kind = Problem.withArticle(kindName)
            allowed = LedgerFileDecoder.common + specific + LedgerFileDecoder.dated
        }
    }

    private static let engagementSchema = Schema(Engagement.kindName,
                                                 ["partners", "kind", "venue", "counterpart", "event", "topics"])
    private static let agreementSchema = Schema(Agreement.kindName,
                                                ["type", "status", "parties", "morocco_party", "period", "topics"])
    private static let initiativeSchema = Schema(Initiative.kindName,
                                                 ["category", "name", "locations", "status", "partners"])
    private static let figureSchema = Schema(Figure.kindName, ["label", "value", "unit"])
    private static let statementSchema = Schema(Statement.kindName, ["partners", "speaker"])
    private static let mentionSchema = Schema(Mention.kindName, ["partners"])

    private func fields(_ node: YAMLNode, _ schema: Schema) -> Fields? {
        Fields(node, kind: schema.kind, allowed: schema.allowed, path: path, log: log)
    }

    /// The id and provenance every record has; `nil` when either is unusable.
    private func identity(_ fields: Fields, _ article: Article?) -> (String, [Provenance])? {
        let id = fields.string("id", required: true)
        if let id, !Self.isValidID(id) { log.error(.invalidID(id), at: fields.location("id")) }
        let lines = fields.lines()
        guard let id, Self.isValidID(id), let article, !lines.isEmpty else { return nil }
        var inRange = true
        for (line, location) in lines {
            if line > article.lines.count {
                log.error(.lineOutOfRange(line, article: article.id, lineCount: article.lines.count), at: location)
                inRange = false
            } else if article.lines.isBlank(line - 1) {
                log.warning(.blankLine(line, article: article.id), at: location)
            }
        }
        guard inRange else { return nil }
        let numbers = lines.count == 1 ? [lines[0].line] : Set(lines.map(\.line)).sorted()
        let isDraft = draft(fields)
        if isDraft { log.warning(.draft(id), at: fields.location("draft")) }
        return (id, [Provenance(article: article.id, lines: numbers, location: fields.location, isDraft: isDraft)])
    }

    /// The `draft: true` a drafted record carries until it is reviewed.
    private func draft(_ fields: Fields) -> Bool {
        guard let text = fields.string("draft") else { return false }
        switch text {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.error(.unknownValue(field: "draft", value: text, allowed: ["true", "false"]), at: fields.location("draft"))
            return false
        }
    }

    private func engagement(_ node: YAMLNode, _ article: Article?) -> Engagement? {
        guard let fields = fields(node, Self.engagementSchema) else { return nil }
        let identity = identity(fields, article)
        let partners = shared.partners(fields.partners("partners", required: true, gazetteer: gazetteer))
        let kind = fields.value("kind", as: EngagementKind.self)
        let date = fields.date()
        if date?.precision == .undated { log.error(.undatedEngagement, at: fields.location("date")) }
        let topics = shared.topics(fields.values("topics", as: Topic.self))
        guard let (id, sources) = identity, !partners.isEmpty, let kind, let date, date.precision != .undated
        else { return nil }
        return Engagement(id: id, partners: partners, kind: kind, date: date, venue: fields.string("venue"),
                          counterpart: fields.string("counterpart"), event: fields.string("event"),
                          topics: topics, summary: fields.string("summary"), sources: sources)
    }

    private func agreement(_ node: YAMLNode, _ article: Article?) -> Agreement? {
        guard let fields = fields(node, Self.agreementSchema) else { return nil }
        let identity = identity(fields, article)
        let type = fields.value("type", as: AgreementType.self)
        let status = fields.value("status", as: AgreementStatus.self)
        let parties = fields.partners("parties", required: true, gazetteer: gazetteer)
        let date = fields.date()
        let topics = fields.values("topics", as: Topic.self)
        var moroccoIsParty = true
        if let text = fields.string("morocco_party") {
            switch text {
            case "true", "yes": moroccoIsParty = true
            case "false", "no": moroccoIsParty = false
            default: log.error(.unknownValue(field: "morocco_party", value: text, allowed: ["true", "false"]),
                               at: fields.location("morocco_party"))
            }
        }
        var period: YearSpan?
        if let text = fields.string("period") {
            period = YearSpan(parsing: text)
            if period == nil { log.error(.invalidPeriod(text), at: fields.location("period")) }
        }
        guard let (id, sources) = identity, !parties.isEmpty, let type, let status, let date else { return nil }
        return Agreement(id: id, type: type, status: status, parties: parties, moroccoIsParty: moroccoIsParty,
                         date: date, period: period, topics: topics, summary: fields.string("summary"),
                         sources: sources)
    }

    private func initiative(_ node: YAMLNode, _ article: Article?) -> Initiative? {
        guard let fields = fields(node, Self.initiativeSchema) else { return nil }
        let identity = identity(fields, article)
        let category = fields.value("category", as: InitiativeCategory.self)
        let name = fields.string("name", required: true)
        let status = fields.value("status", as: InitiativeStatus.self)
        let date = fields.date()
        let partners = fields.partners("partners", required: false, gazetteer: gazetteer)
        guard let (id, sources) = identity, let category, let name, let status, let date else { return nil }
        return Initiative(id: id, category: category, name: name, locations: fields.strings("locations").map(\.text),
                          history: [StatusReport(status: status, date: date, sources: sources)],
                          partners: partners, summary: fields.string("summary"), sources: sources)
    }

    private func figure(_ node: YAMLNode, _ article: Article?) -> Figure? {
        guard let fields = fields(node, Self.figureSchema) else { return nil }
        let identity = identity(fields, article)
        let label = fields.string("label", required: true)
        let unit = fields.string("unit", required: true)
        let date = fields.date()
        var value: Double?
        if let text = fields.string("value", required: true) {
            value = Double(text)
            if value == nil || !(value?.isFinite ?? false) {
                log.error(.invalidNumber(field: "value", text: text), at: fields.location("value"))
                value = nil
            }
        }
        guard let (id, sources) = identity, let label, let unit, let date, let value else { return nil }
        return Figure(id: id, label: label, value: value, unit: unit, date: date, sources: sources)
    }

    private func statement(_ node: YAMLNode, _ article: Article?) -> Statement? {
        guard let fields = fields(node, Self.statementSchema) else { return nil }
        let identity = identity(fields, article)
        let partners = fields.partners("partners", required: false, gazetteer: gazetteer)
        let summary = fields.string("summary", required: true)
        let date = fields.date()
        guard let (id, sources) = identity, let summary, let date else { return nil }
        return Statement(id: id, partners: partners, speaker: fields.string("speaker"), summary: summary,
                         date: date, sources: sources)
    }

    private func mention(_ node: YAMLNode, _ article: Article?) -> Mention? {
        guard let fields = fields(node, Self.mentionSchema) else { return nil }
        let identity = identity(fields, article)
        let partners = fields.partners("partners", required: false, gazetteer: gazetteer)
        let summary = fields.string("summary", required: true)
        let date = fields.date()
        guard let (id, sources) = identity, let summary, let date else { return nil }
        return Mention(id: id, partners: partners, summary: summary, date: date, sources: sources)
    }

    static func isValidID(_ id: String) -> Bool { Ledger.isValidID(id) }
}

extension Ledger {
    /// Whether `id` can name a record or an article: lower-case ASCII letters, digits, '-'
    /// and '.', starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCIILowerOrDigit else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCIILowerOrDigit || $0 == "-" || $0 == "." }
    }
}

private extension Unicode.Scalar {
    var isASCIILowerOrDigit: Bool { ("a"..."z").contains(self) || ("0"..."9").contains(self) }
}

/// One-item lists of partners or topics, the common case, kept as one array each.
private final class SharedLists {
    private var partnerLists: [String: [Partner]] = [:]
    private var topicLists: [Topic: [Topic]] = [:]

    func partners(_ list: [Partner]) -> [Partner] {
        guard list.count == 1 else { return list }
        if let kept = partnerLists[list[0].code] { return kept }
        partnerLists[list[0].code] = list
        return list
    }

    func topics(_ list: [Topic]) -> [Topic] {
        guard list.count == 1 else { return list }
        if let kept = topicLists[list[0]] { return kept }
        topicLists[list[0]] = list
        return list
    }
}
