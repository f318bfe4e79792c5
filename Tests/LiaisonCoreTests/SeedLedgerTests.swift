import Foundation
import Testing
@testable import LiaisonCore

/// The bundled seed ledger: clean, complete, and merged where two articles report one event.
@Suite struct SeedLedgerTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
    let result = LedgerLoader(directory: SeedLedgerTests.seeds).load()

    func partners(ofArticle article: String) -> Set<String> {
        Set(result.ledger.engagements.filter { $0.sources.contains { $0.article == article } }
            .flatMap(\.partners).map(\.code))
    }

    @Test func validatesWithoutErrorsOrWarnings() {
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.ledger.articles.map(\.id) == ["000", "001", "002", "003", "004"])
    }

    /// Counted by hand from article 001: the delegations named on lines 10 (11), 12 (7),
    /// 13 (14), 14 (5) and 15 (9), the two signings of lines 23-24, and the organisations
    /// of lines 17-20 (INTERPOL, the Arab Interior Ministers' Council, Naif Arab University,
    /// the UN, the World Economic Forum).
    @Test func article001HasEveryPartnerOfThe43MeetingsArticle() {
        let europe: Set = ["PL", "RS", "RU", "SE", "DK", "ME", "SI", "CH", "SK", "BG", "RO",
                           "DE", "ES", "HU", "IT", "BY", "MK", "CZ"]
        let africa: Set = ["BJ", "MR", "BF", "ML", "CM", "NA", "RW", "SD", "NE", "TD", "SN", "GA", "KE", "MZ"]
        let latinAmerica: Set = ["CL", "AR", "BS", "BR", "PA"]
        let asia: Set = ["IN", "TR", "BH", "KW", "MY", "YE", "CN", "KR", "NP"]
        let signings: Set = ["NO", "ET"]
        let organisations: Set = ["INTERPOL", "AIMC", "NAUSS", "UN", "WEF"]
        let expected = europe.union(africa).union(latinAmerica).union(asia).union(signings).union(organisations)
        #expect(expected.count == 53)
        #expect(partners(ofArticle: "001") == expected)
    }

    /// Article 003, lines 14-18: INTERPOL's leaders and fourteen delegations.
    @Test func article003HasTheGlasgowPartners() {
        #expect(partners(ofArticle: "003") == ["INTERPOL", "DE", "UZ", "GB", "RS", "NO", "TR", "SN", "SD", "CA",
                                               "HK", "MK", "CN", "RW"])
    }

    /// Article 000's country sections, plus Qatar (line 16) and INTERPOL and NAUSS.
    @Test func article000HasTheReviewPartners() {
        #expect(partners(ofArticle: "000") == ["TR", "ES", "DE", "FR", "QA", "BE", "IT", "SA", "AE",
                                               "NAUSS", "INTERPOL"])
    }

    @Test func praiseAndOngoingCooperationAreNeverEngagements() {
        #expect(partners(ofArticle: "004") == ["INTERPOL"])
        #expect(result.ledger.statements.count == 10)
        #expect(result.ledger.mentions.count == 8)
    }

    @Test func eventsReportedTwiceAreOneRecordWithBothSources() throws {
        let ledger = result.ledger
        let marrakech = try #require(ledger.engagements.first { $0.id == "2025-11-interpol-ga93-marrakech" })
        #expect(marrakech.sources.map(\.article) == ["001", "004"])
        #expect(marrakech.date.isInferred == false)  // 004 states the days and the year
        let glasgow = try #require(ledger.engagements.first { $0.id == "2024-11-interpol-ga92-glasgow" })
        #expect(glasgow.sources.map(\.article) == ["000", "003"])
    }

    @Test func recordCountsPerArticle() {
        func count<R: LedgerRecord>(_ records: [R], _ article: String) -> Int {
            records.count { $0.sources.contains { $0.article == article } }
        }
        let ledger = result.ledger
        let table = ["000", "001", "002", "003", "004"].map { article in
            [count(ledger.engagements, article), count(ledger.agreements, article), count(ledger.initiatives, article),
             count(ledger.figures, article), count(ledger.statements, article), count(ledger.mentions, article)]
        }
        #expect(table == [
            [15, 4, 20, 1, 3, 3],
            [54, 2, 0, 1, 2, 0],
            [2, 2, 0, 0, 1, 0],
            [15, 4, 0, 3, 0, 1],
            [1, 0, 1, 0, 4, 4],
        ])
    }

    @Test func everyArticleDateIsMarkedInferred() {
        #expect(result.ledger.articles.allSatisfy { $0.published.isInferred })
        #expect(result.ledger.articles.map(\.published.description)
            == ["2024-12-31", "2025-11-28", "2025-01-30", "2024-11-08", "2025-12"])
    }
}
