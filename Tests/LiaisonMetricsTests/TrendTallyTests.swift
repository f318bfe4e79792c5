import LiaisonCore
import Testing
@testable import LiaisonMetrics

/// The eight-quarter trend and the lapsed and returning partners, on a ledger whose numbers
/// are worked out by hand. The report's quarter is 2025-Q4, as of 2025-12-15, so the trend
/// runs from 2024-Q1 to 2025-Q4 and the four quarters before it are 2024-Q4 to 2025-Q3.
@Suite struct TrendTallyTests {
    static let ledger = Fixture.ledger(
        engagements: [
            // Italy: 2024-Q1 (new then), and 2025-Q1 in the four quarters before: lapsed.
            Fixture.engagement("it-1", ["IT"], "2024-03"),
            Fixture.engagement("it-2", ["IT"], "2025-01-20"),
            // INTERPOL: 2024-Q2 (new then), back in 2025-Q4 after five quarters: returning.
            Fixture.engagement("interpol-1", ["INTERPOL"], "2024-06-10"),
            Fixture.engagement("interpol-2", ["INTERPOL"], "2025-12-01", kind: .eventParticipation),
            // Senegal, new in 2025-Q1, and Germany, new in 2025-Q3: both lapsed.
            Fixture.engagement("sn-1", ["SN"], "2025-02"),
            Fixture.engagement("de-1", ["DE"], "2025-08-01"),
            // Spain: 2023-Q2, before the trend, then twice in 2025-Q4: returning, not new.
            Fixture.engagement("es-0", ["ES"], "2023-05-05"),
            Fixture.engagement("es-1", ["ES"], "2025-11-03"),
            // One engagement, two partners: France is new in 2025-Q4.
            Fixture.engagement("es-fr", ["ES", "FR"], "2025-10-10"),
            // Japan: year-only 2023, all before the four quarters: returning, last seen 2023.
            Fixture.engagement("jp-0", ["JP"], "2023"),
            Fixture.engagement("jp-1", ["JP"], "2025-11-20"),
            // Brazil: year-only 2024 may be 2024-Q4, inside the four quarters: not returning.
            Fixture.engagement("br-0", ["BR"], "2024"),
            Fixture.engagement("br-1", ["BR"], "2025-10-05"),
            // The United States, first engaged in 2025-Q4: new, not returning.
            Fixture.engagement("us-1", ["US"], "2025-11-11"),
            // After the as-of day: unknown, so Kenya is nowhere.
            Fixture.engagement("ke-1", ["KE"], "2025-12-20"),
        ],
        agreements: [
            Fixture.agreement("signed-q4", .memorandumOfUnderstanding, .signed, ["ES"], "2025-10-20"),
            Fixture.agreement("proposed-q4", .memorandumOfUnderstanding, .proposed, ["FR"], "2025-11"),
            Fixture.agreement("signed-q2", .cooperationAgreement, .signed, ["SN"], "2025-05-02"),
        ],
        mentions: [
            // The only record of 2024-Q3: recorded, with nothing to count.
            Fixture.mention("m-q3", "2024-08"),
        ])

    static let report = try! PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q4"),
                                           asOf: Fixture.day("2025-12-15"))

    /// quarter: [Africa, Asia, Europe, Latin America, Northern America, Oceania, organisations],
    /// engagements, new partners, agreements signed, recorded.
    @Test func eightQuartersOldestFirst() {
        let rows = Self.report.trend.map {
            "\($0.quarter): \($0.partnersByRegion) \($0.engagements) \($0.newPartners) \($0.agreementsSigned) \($0.isRecorded)"
        }
        #expect(Region.allCases == [.africa, .asia, .europe, .latinAmericaCaribbean, .northernAmerica, .oceania, .internationalOrganisations])
        #expect(rows == [
            "2024-Q1: [0, 0, 1, 0, 0, 0, 0] 1 1 0 true",
            "2024-Q2: [0, 0, 0, 0, 0, 0, 1] 1 1 0 true",
            "2024-Q3: [0, 0, 0, 0, 0, 0, 0] 0 0 0 true",
            "2024-Q4: [0, 0, 0, 0, 0, 0, 0] 0 0 0 false",
            "2025-Q1: [1, 0, 1, 0, 0, 0, 0] 2 1 0 true",
            "2025-Q2: [0, 0, 0, 0, 0, 0, 0] 0 0 1 true",
            "2025-Q3: [0, 0, 1, 0, 0, 0, 0] 1 1 0 true",
            "2025-Q4: [0, 1, 2, 1, 1, 0, 1] 6 2 1 true",
        ])
    }

    @Test func theLastRowIsTheQuartersHeadline() {
        let last = Self.report.trend.last!
        #expect(Period.quarter(last.quarter) == Self.report.period)
        #expect(last.partners == Self.report.headline(.partners).current)
        #expect(last.engagements == Self.report.headline(.engagements).current)
        #expect(last.newPartners == Self.report.headline(.newPartners).current)
        #expect(last.agreementsSigned == Self.report.headline(.agreementsSigned).current)
        #expect(Self.report.trend[6].partners == Self.report.headline(.partners).previous)
    }

    @Test func lapsedPartnersMostRecentlySeenFirst() {
        let lapsed = Self.report.lapsed.map { "\($0.partner.code) \($0.lastSeen) \($0.engagements)" }
        #expect(lapsed == ["DE 2025-Q3 1", "IT 2025-Q1 1", "SN 2025-Q1 1"])
    }

    @Test func returningPartnersByEngagements() {
        let returning = Self.report.returning.map { "\($0.partner.code) \($0.lastSeen) \($0.engagements)" }
        #expect(returning == ["ES 2023-Q2 2", "INTERPOL 2024-Q2 1", "JP 2023 1"])
    }

    @Test func aYearOnlyEngagementWithinTheFourQuartersBeforeMakesAPartnerLapsed() throws {
        // 2024 is exactly the four quarters before 2025-Q1; 2023 is wholly before them.
        let ledger = Fixture.ledger(engagements: [
            Fixture.engagement("br-y", ["BR"], "2024", article: "a2"),
            Fixture.engagement("br-q", ["BR"], "2024-05", article: "a2"),
            Fixture.engagement("jp-y", ["JP"], "2023", article: "a2"),
            Fixture.engagement("jp-q", ["JP"], "2025-02-01", article: "a4"),
        ])
        let report = try PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q1"), asOf: Fixture.day("2025-06-30"))
        #expect(report.lapsed.map { "\($0.partner.code) \($0.lastSeen) \($0.engagements)" } == ["BR 2024 2"])
        #expect(report.returning.map { "\($0.partner.code) \($0.lastSeen) \($0.engagements)" } == ["JP 2023 1"])
    }

    @Test func aQuarterWithoutRecordsHasAnEmptyTrendAndNoMovements() throws {
        let report = try PeriodReport(ledger: Fixture.ledger(), quarter: Fixture.quarter("2025-Q1"),
                                       asOf: Fixture.day("2025-06-30"))
        #expect(report.trend.map(\.quarter.description) == [
            "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1",
        ])
        #expect(report.trend.allSatisfy { !$0.isRecorded && $0.partners == 0 && $0.engagements == 0 })
        #expect(report.lapsed.isEmpty && report.returning.isEmpty)
    }

    @Test(arguments: [("2025-Q1", "2023-Q2"), ("2024-Q4", "2023-Q1"), ("2025-Q3", "2023-Q4")])
    func theTrendStartsSevenQuartersBack(quarter: String, first: String) throws {
        let report = try PeriodReport(ledger: Fixture.ledger(), quarter: Fixture.quarter(quarter),
                                       asOf: Fixture.day("2026-01-01"))
        #expect(report.trend.first?.quarter.description == first)
        #expect(report.trend.count == 8)
    }
}
