import LiaisonCore
import Testing
@testable import LiaisonMetrics

/// Region, sub-region and partner tables, on a ledger whose numbers are worked out by hand.
@Suite struct PartnerTallyTests {
    /// 2025-Q4 runs from 2025-10-01 to 2025-12-31; Q3 is the previous quarter.
    static let ledger = Fixture.ledger(engagements: [
        // Spain twice: on the quarter's first day and on its last day.
        Fixture.engagement("e01-es", ["ES"], "2025-10-01", topics: [.cybercrime, .training]),
        Fixture.engagement("e02-es", ["ES"], "2025-12-31", kind: .visitMade, article: "a3"),
        // One engagement, two partners: counts once for France and once for Germany.
        Fixture.engagement("e03-fr-de", ["FR", "DE"], "2025-11", topics: [.cybercrime]),
        // Starts in Q3 and ends in Q4: belongs to Q3.
        Fixture.engagement("e04-sn", ["SN"], "2025-09-28..2025-10-02"),
        Fixture.engagement("e05-sn", ["SN"], "2025-11-10"),
        Fixture.engagement("e06-interpol", ["INTERPOL"], "2025-Q4", kind: .eventParticipation),
        // Year-only: no quarter, but the 2025 year to date.
        Fixture.engagement("e07-us", ["US"], "2025"),
        Fixture.engagement("e08-fr", ["FR"], "2024-06", article: "a2"),
        // After the quarter but known on the as-of day: changes nothing in Q4.
        Fixture.engagement("e09-br", ["BR"], "2026-01-10"),
        // After the as-of day: ignored.
        Fixture.engagement("e10-jp", ["JP"], "2026-02-01"),
        // Q3's first and last days.
        Fixture.engagement("e11-cn", ["CN"], "2025-07-01"),
        Fixture.engagement("e13-au", ["AU"], "2025-09-30"),
        // Year-only in an earlier year: Germany is not new.
        Fixture.engagement("e12-de", ["DE"], "2023", article: "a2"),
    ])

    static let report = try! PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q4"),
                                           asOf: Fixture.day("2026-01-15"))

    /// partners, countries, organisations, engagements, new, previous quarter, change, year to date.
    static func numbers(_ counts: PartnerCounts) -> [Int] {
        [counts.partners, counts.countries, counts.organisations, counts.engagements, counts.newPartners,
         counts.previousPeriodPartners, counts.change, counts.yearToDatePartners]
    }

    @Test func regionRowsByHand() {
        let report = Self.report
        #expect(report.regions.map(\.region) == Region.allCases)
        let rows = report.regions.map { Self.numbers($0.counts) }
        #expect(rows == [
            // Africa: Senegal, not new (engaged in Q3 by e04), also Q3's only African partner.
            [1, 1, 0, 1, 0, 1, 0, 1],
            // Asia: nobody in Q4; China in Q3 and the year to date.
            [0, 0, 0, 0, 0, 1, -1, 1],
            // Europe: Spain (2 engagements, new), France and Germany (1 each, engaged before).
            [3, 3, 0, 4, 1, 0, 3, 3],
            // Latin America: Brazil's 2026 engagement counts nowhere in 2025-Q4.
            [0, 0, 0, 0, 0, 0, 0, 0],
            // Northern America: the year-only United States counts in the year to date only.
            [0, 0, 0, 0, 0, 0, 0, 1],
            // Oceania: Australia on Q3's last day.
            [0, 0, 0, 0, 0, 1, -1, 1],
            // Organisations: INTERPOL, new.
            [1, 0, 1, 1, 1, 0, 1, 1],
        ])
    }

    @Test func totalsAddTheRegionsAndCountDistinctEngagementsApart() {
        #expect(Self.numbers(Self.report.total) == [5, 4, 1, 6, 2, 3, 2, 8])
        // e01, e02, e03, e05, e06: e03 has two partners but is one engagement.
        #expect(Self.report.engagementCount == 5)
        // By first day, then last day: the quarter-long e06 comes after the one-day e01.
        #expect(Self.report.engagements.map(\.id) == ["e01-es", "e06-interpol", "e03-fr-de", "e05-sn", "e02-es"])
    }

    @Test func headlineAgainstThePreviousQuarter() {
        // Q3 holds e04 (Senegal, from 28 September), e11 (China) and e13 (Australia): three
        // engagements, three countries, all engaged for the first time.
        let rows = Self.report.headline.map { [$0.current, $0.previous, $0.change] }
        #expect(Self.report.headline.map(\.measure) == HeadlineMeasure.allCases)
        #expect(rows == [
            [5, 3, 2], // partners
            [4, 3, 1], // countries
            [1, 0, 1], // organisations
            [2, 3, -1], // new partners
            [5, 3, 2], // engagements
            [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], // agreements, signed, initiatives new, changed
        ])
    }

    @Test func aLaterAsOfDayGivesTheSameReportOfACompleteQuarter() throws {
        let later = try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter("2025-Q4"),
                                      asOf: Fixture.day("2026-11-22"))
        #expect(later == Self.report)
        #expect(later.asOf == Fixture.day("2025-12-31"))
    }

    @Test func subregionRowsByRegionThenName() {
        let rows = Self.report.subregions
        #expect(rows.map { $0.subregion?.name ?? "(organisations)" } == [
            "Western Africa", "Eastern Asia", "Southern Europe", "Western Europe", "Northern America",
            "Australia and New Zealand", "(organisations)",
        ])
        #expect(rows.map { Self.numbers($0.counts) } == [
            [1, 1, 0, 1, 0, 1, 0, 1],
            [0, 0, 0, 0, 0, 1, -1, 1],
            [1, 1, 0, 2, 1, 0, 1, 1],
            [2, 2, 0, 2, 0, 0, 2, 2],
            [0, 0, 0, 0, 0, 0, 0, 1],
            [0, 0, 0, 0, 0, 1, -1, 1],
            [1, 0, 1, 1, 1, 0, 1, 1],
        ])
    }

    @Test func partnersByEngagementsThenName() throws {
        let partners = Self.report.partners
        #expect(partners.map(\.partner.code) == ["ES", "FR", "DE", "INTERPOL", "SN"])
        let spain = try #require(partners.first)
        #expect(spain.engagements == 2)
        #expect(spain.kinds == [.meeting, .visitMade])
        #expect(spain.firstDay == Fixture.day("2025-10-01"))
        #expect(spain.lastDay == Fixture.day("2025-12-31"))
        #expect(spain.isNew)
        #expect(spain.sources == ["a1", "a3"])
        #expect(partners.map(\.isNew) == [true, false, false, true, false])
        // A month-precise engagement spans the whole month.
        #expect(partners[1].firstDay == Fixture.day("2025-11-01"))
        #expect(partners[1].lastDay == Fixture.day("2025-11-30"))
    }

    @Test func anEmptyQuarterHasAllSevenRegionsWithZeros() throws {
        let report = try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter("2025-Q2"),
                                       asOf: Fixture.day("2026-01-15"))
        #expect(report.regions.map(\.region) == Region.allCases)
        #expect(report.regions.allSatisfy { $0.counts.partners == 0 && $0.counts.engagements == 0
                && $0.counts.previousPeriodPartners == 0 && $0.counts.change == 0 })
        // The year-only 2025 United States still counts in the year to date.
        #expect(report.regions.map(\.counts.yearToDatePartners) == [0, 0, 0, 0, 1, 0, 0])
        #expect(report.partners.isEmpty)
        #expect(report.isEmpty)
    }

    @Test func anEmptyLedgerGivesSevenZeroRows() throws {
        let report = try PeriodReport(ledger: Ledger(), quarter: Fixture.quarter("2025-Q4"),
                                       asOf: Fixture.day("2026-01-01"))
        #expect(report.regions.count == 7)
        #expect(report.regions.allSatisfy { $0.counts == PartnerCounts() })
        #expect(report.subregions.isEmpty)
        #expect(report.agreementTypes.count == 18)
        #expect(report.topics.count == 10)
        #expect(report.initiatives.map(\.category) == InitiativeCategory.allCases)
        #expect(report.isEmpty)
    }

    @Test func anAsOfInsideTheQuarterLeavesOutWhatCameLater() throws {
        // As of 2025-11-30, Spain's 31 December visit has not happened yet.
        let report = try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter("2025-Q4"),
                                       asOf: Fixture.day("2025-11-30"))
        #expect(!report.isComplete)
        #expect(report.partners.first { $0.partner.code == "ES" }?.engagements == 1)
        #expect(report.total.engagements == 5)
        #expect(Self.report.isComplete)
    }
}
