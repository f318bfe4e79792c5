import LiaisonCore

/// Small ledgers written record by record, for tests whose expected numbers are worked out
/// by hand.
///
/// Articles: `a1` published 2025-11-28, `a2` published 2024-12-31, `a3` published in
/// December 2025 (month only), `a4` published 2025-05-15.
enum Fixture {
    static let articles = [
        article("a1", published: "2025-11-28"),
        article("a2", published: "2024-12-31"),
        article("a3", published: "2025-12"),
        article("a4", published: "2025-05-15"),
    ]

    static func ledger(engagements: [Engagement] = [], agreements: [Agreement] = [], initiatives: [Initiative] = [],
                       figures: [Figure] = [], statements: [Statement] = [], mentions: [Mention] = []) -> Ledger {
        Ledger(articles: articles, engagements: engagements, agreements: agreements, initiatives: initiatives,
               figures: figures, statements: statements, mentions: mentions)
    }

    static func article(_ id: String, published: String) -> Article {
        Article(id: id, file: "\(id).txt", title: "Article \(id)", published: date(published))
    }

    static func partner(_ code: String) -> Partner {
        guard let partner = Gazetteer.standard.partner(code: code) else { fatalError("no partner \(code)") }
        return partner
    }

    static func date(_ text: String) -> LedgerDate {
        do { return try LedgerDate(parsing: text) } catch { fatalError("bad fixture date \(text): \(error)") }
    }

    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fatalError("bad fixture day \(text)") }
        return day
    }

    static func quarter(_ text: String) -> Quarter {
        guard let quarter = Quarter(parsing: text) else { fatalError("bad fixture quarter \(text)") }
        return quarter
    }

    static func sources(_ article: String) -> [Provenance] {
        [Provenance(article: article, lines: [1], location: SourceLocation(path: "fixture.yaml"))]
    }

    static func engagement(_ id: String, _ codes: [String], _ date: String, kind: EngagementKind = .meeting,
                           topics: [Topic] = [], article: String = "a1") -> Engagement {
        Engagement(id: id, partners: codes.map(partner), kind: kind, date: self.date(date), topics: topics,
                   sources: sources(article))
    }

    static func agreement(_ id: String, _ type: AgreementType, _ status: AgreementStatus, _ codes: [String],
                          _ date: String, topics: [Topic] = [], article: String = "a1") -> Agreement {
        Agreement(id: id, type: type, status: status, parties: codes.map(partner), date: self.date(date),
                  topics: topics, sources: sources(article))
    }

    /// An initiative with one status report per `(status, date, article)`.
    static func initiative(_ id: String, _ category: InitiativeCategory,
                           _ reports: [(InitiativeStatus, String, String)]) -> Initiative {
        let history = reports.map { StatusReport(status: $0.0, date: date($0.1), sources: sources($0.2)) }
        return Initiative(id: id, category: category, name: "Initiative \(id)", history: history,
                          sources: history.flatMap(\.sources))
    }

    static func figure(_ id: String, _ date: String, article: String = "a1") -> Figure {
        Figure(id: id, label: "Figure \(id)", value: 1, unit: "things", date: self.date(date), sources: sources(article))
    }

    static func statement(_ id: String, _ date: String, article: String = "a1") -> Statement {
        Statement(id: id, summary: "Statement \(id)", date: self.date(date), sources: sources(article))
    }

    static func mention(_ id: String, _ date: String, article: String = "a1") -> Mention {
        Mention(id: id, summary: "Mention \(id)", date: self.date(date), sources: sources(article))
    }
}
