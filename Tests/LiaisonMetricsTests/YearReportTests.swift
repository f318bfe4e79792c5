import LiaisonCore
import Testing
@testable import LiaisonMetrics

/// The year in review, on a ledger whose numbers are worked out by hand. The year is 2025,
/// as of 2026-02-01, so it is complete and a record of January 2026 is known but not in it.
@Suite struct YearReportTests {
    static let ledger = Fixture.ledger(
        engagements: [
            // Italy: 2025-Q1 and 2025-Q3, never before: new, two engagements.
            Fixture.engagement("it-q1", ["IT"], "2025-02-10"),
            Fixture.engagement("it-q3", ["IT"], "2025-08"),
            // Spain: 2024-Q2, then 2025-Q4: a partner of both years.
            Fixture.engagement("es-0", ["ES"], "2024-05-05", article: "a2"),
            Fixture.engagement("es-1", ["ES"], "2025-11-03"),
            // France: only year-only 2025, so in the year and in no quarter; new.
            Fixture.engagement("fr-y", ["FR"], "2025"),
            // Senegal: year-only 2024, then 2025-Q2: old, and a partner of 2024 too.
            Fixture.engagement("sn-y0", ["SN"], "2024", article: "a2"),
            Fixture.engagement("sn-1", ["SN"], "2025-04-01"),
            // INTERPOL: first in 2025-Q4.
            Fixture.engagement("interpol-1", ["INTERPOL"], "2025-12-01", kind: .eventParticipation),
            // Japan: 2024-Q4 only: lapsed in 2025.
            Fixture.engagement("jp-0", ["JP"], "2024-10-10", article: "a2"),
            // Brazil: 2022-Q1, then 2025-Q2: returning, last seen 2022-Q1.
            Fixture.engagement("br-0", ["BR"], "2022-03", article: "a2"),
            Fixture.engagement("br-1", ["BR"], "2025-06-06"),
            // Germany: January 2026, known on the as-of day, but after the year.
            Fixture.engagement("de-1", ["DE"], "2026-01-15"),
            // Kenya, undated, and the United States, year-only 2023, both first reported in
            // 2025 (a4): not counted, listed as without a date in the year.
            Fixture.engagement("ke-u", ["KE"], "undated", article: "a4"),
            Fixture.engagement("us-y", ["US"], "2023", article: "a4"),
        ],
        agreements: [
            Fixture.agreement("signed-2025", .memorandumOfUnderstanding, .signed, ["ES"], "2025-11-03"),
            Fixture.agreement("proposed-2025", .cooperationAgreement, .proposed, ["FR"], "2025"),
            Fixture.agreement("signed-2024", .cooperationAgreement, .signed, ["SN"], "2024-07", article: "a2"),
        ],
        initiatives: [
            // Planned in 2024, under construction from 2025-09: changed in 2025.
            Fixture.initiative("academy", .training, [(.planned, "2024-06", "a2"), (.underConstruction, "2025-09", "a1")]),
            // First reported in 2025: new.
            Fixture.initiative("camp", .welfare, [(.launched, "2025-07", "a1")]),
            // Existing since 2024, no news: listed, unchanged.
            Fixture.initiative("lab", .welfare, [(.existing, "2024-03", "a2")]),
        ],
        figures: [
            Fixture.figure("f-year", "2025"),
            Fixture.figure("f-march", "2025-03"),
            // Dated by 2024 only, first reported in 2025 (a1): listed in 2025.
            Fixture.figure("f-old", "2024"),
            // Placed in 2024: not in 2025.
            Fixture.figure("f-2024", "2024-06", article: "a2"),
        ])

    static let report = try! PeriodReport(ledger: ledger, period: .year(2025), asOf: Fixture.day("2026-02-01"))

    @Test func theYearIsCompleteAndCoveredToItsLastDay() {
        #expect(Self.report.period == .year(2025))
        #expect(Self.report.isComplete)
        #expect(Self.report.asOf == Fixture.day("2025-12-31"))
    }

    /// partners, countries, organisations, engagements, new partners, previous year, change.
    @Test func regionRowsCountTheYearWithItsYearOnlyEngagements() {
        func row(_ region: Region) -> [Int] {
            let counts = Self.report.regions.first { $0.region == region }!.counts
            return [counts.partners, counts.countries, counts.organisations, counts.engagements, counts.newPartners,
                    counts.previousPeriodPartners, counts.change]
        }
        #expect(row(.africa) == [1, 1, 0, 1, 0, 1, 0])
        #expect(row(.asia) == [0, 0, 0, 0, 0, 1, -1])
        #expect(row(.europe) == [3, 3, 0, 4, 2, 1, 2])
        #expect(row(.latinAmericaCaribbean) == [1, 1, 0, 1, 0, 0, 1])
        #expect(row(.internationalOrganisations) == [1, 0, 1, 1, 1, 0, 1])
        #expect(Self.report.total.partners == 6)
        #expect(Self.report.engagementCount == 7)
        #expect(Self.report.partners.map(\.partner.code) == ["IT", "BR", "FR", "INTERPOL", "SN", "ES"])
    }

    /// The four quarters side by side: [Africa, Asia, Europe, Latin America, Northern America,
    /// Oceania, organisations], engagements, new partners, agreements signed.
    @Test func theTrendIsTheYearsFourQuarters() {
        let rows = Self.report.trend.map {
            "\($0.quarter): \($0.partnersByRegion) \($0.engagements) \($0.newPartners) \($0.agreementsSigned)"
        }
        #expect(rows == [
            "2025-Q1: [0, 0, 1, 0, 0, 0, 0] 1 1 0",
            "2025-Q2: [1, 0, 0, 1, 0, 0, 0] 2 0 0",
            "2025-Q3: [0, 0, 1, 0, 0, 0, 0] 1 0 0",
            "2025-Q4: [0, 0, 1, 0, 0, 0, 1] 2 1 1",
        ])
    }

    /// measure: 2025, 2024.
    @Test func keyFiguresCompareWithTheYearBefore() {
        let rows = Self.report.headline.map { "\($0.measure.rawValue): \($0.current) \($0.previous)" }
        #expect(rows == [
            "partners: 6 3", "countries: 5 3", "organisations: 1 0", "new-partners: 3 3", "engagements: 7 3",
            "agreements: 2 1", "agreements-signed: 1 1", "initiatives-new: 1 2", "initiatives-changed: 1 0",
        ])
    }

    @Test func everyAgreementOfTheYearYearOnlyIncluded() {
        #expect(Self.report.agreements.map(\.id) == ["proposed-2025", "signed-2025"])
        let counted = Self.report.agreementTypes.filter { $0.period > 0 || $0.allTime > 0 }
            .map { "\($0.type.rawValue) \($0.status.rawValue): \($0.period) \($0.allTime)" }
        #expect(counted == [
            "memorandum-of-understanding signed: 1 1",
            "cooperation-agreement signed: 0 1",
            "cooperation-agreement proposed: 1 1",
        ])
    }

    @Test func inventoriesAsOf31DecemberWithWhatMovedInTheYear() {
        func change(_ change: InitiativeChange?) -> String {
            switch change {
            case .new: "new"
            case .statusChanged(let from): "from \(from.rawValue)"
            case nil: "-"
            }
        }
        let entries = Self.report.initiatives.flatMap(\.entries).map { "\($0.id) \($0.status.rawValue) \(change($0.change))" }
        #expect(entries == ["academy under-construction from planned", "camp launched new", "lab existing -"])
    }

    @Test func lapsedAndReturningCompareWithTheYearBefore() {
        #expect(Self.report.lapsed.map { "\($0.partner.code) \($0.lastSeen) \($0.engagements)" } == ["JP 2024-Q4 1"])
        #expect(Self.report.returning.map { "\($0.partner.code) \($0.lastSeen) \($0.engagements)" } == ["BR 2022-Q1 1"])
    }

    @Test func recordsWithoutADateInTheYearAreListedInTheYearTheyWereReported() {
        #expect(Self.report.undated.map(\.id) == ["ke-u", "us-y"])
        #expect(Self.report.figures.map(\.id) == ["f-old", "f-year", "f-march"])
    }

    @Test func aYearOnlyEngagementCountsInItsYearAndNoQuarter() throws {
        let quarter = try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter("2025-Q4"), asOf: Fixture.day("2026-02-01"))
        #expect(!quarter.partners.contains { $0.partner.code == "FR" })
        #expect(Self.report.partners.first { $0.partner.code == "FR" }?.isNew == true)
    }

    @Test func aYearThatHasNotBegunIsAnError() {
        #expect(throws: MetricsError.periodAfterAsOf(.year(2026), asOf: Fixture.day("2025-12-31"))) {
            try PeriodReport(ledger: Self.ledger, period: .year(2026), asOf: Fixture.day("2025-12-31"))
        }
    }
}
