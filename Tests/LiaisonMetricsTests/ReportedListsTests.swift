import LiaisonCore
import Testing
@testable import LiaisonMetrics

/// Figures, statements, mentions, undated records and sources of a quarter.
@Suite struct ReportedListsTests {
    static let ledger = Fixture.ledger(
        engagements: [
            Fixture.engagement("e1", ["ES"], "2025-10-20", article: "a3"),
            Fixture.engagement("e2", ["US"], "2025"),
            Fixture.engagement("e3", ["FR"], "2024", article: "a2"),
        ],
        agreements: [Fixture.agreement("g1", .other, .proposed, ["NO"], "undated")],
        figures: [Fixture.figure("f1", "2025-11"), Fixture.figure("f2", "2024", article: "a2")],
        statements: [Fixture.statement("s2", "undated"), Fixture.statement("s1", "2025-12-01", article: "a3")],
        mentions: [Fixture.mention("m1", "undated", article: "a2"), Fixture.mention("m2", "2025-10", article: "a4")])

    static let report = try! PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q4"),
                                           asOf: Fixture.day("2026-01-15"))

    @Test func placedRecordsBelongToTheirQuarterUnplacedOnesToTheirArticles() {
        // f2 is year-only 2024 from an article of 2024-12-31: it belongs to 2024-Q4.
        #expect(Self.report.figures.map(\.id) == ["f1"])
        // s2 is undated, from a1 (published 2025-11-28): listed after the dated s1.
        #expect(Self.report.statements.map(\.id) == ["s1", "s2"])
        // m2 is dated in Q4 although its article is of May.
        #expect(Self.report.mentions.map(\.id) == ["m2"])
    }

    @Test func theUndatedListHoldsEngagementsThenAgreementsReportedInTheQuarter() {
        #expect(Self.report.undated.map(\.id) == ["e2", "g1"])
        #expect(Self.report.undated.map(\.kind) == ["engagement", "agreement"])
        #expect(Self.report.undated.first?.date.description == "2025")
    }

    @Test func sourcesByPublicationWithCitationCounts() {
        // a4 (2025-05-15): m2. a1 (2025-11-28): e2, g1, f1, s2. a3 (2025-12): e1, s1.
        #expect(Self.report.sources.map(\.id) == ["a4", "a1", "a3"])
        #expect(Self.report.sources.map(\.citations) == [1, 4, 2])
    }

    @Test func theSameRecordsOneYearEarlier() throws {
        let report = try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter("2024-Q4"),
                                       asOf: Fixture.day("2026-01-15"))
        #expect(report.figures.map(\.id) == ["f2"])
        #expect(report.mentions.map(\.id) == ["m1"])
        #expect(report.undated.map(\.id) == ["e3"])
        #expect(report.sources.map(\.id) == ["a2"])
        #expect(report.partners.isEmpty)
        #expect(!report.isEmpty)
    }
}
