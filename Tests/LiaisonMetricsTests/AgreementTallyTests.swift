import LiaisonCore
import Testing
@testable import LiaisonMetrics

/// Agreement counts by type and status, the quarter's agreements, and topics.
@Suite struct AgreementTallyTests {
    static let ledger = Fixture.ledger(
        engagements: [
            Fixture.engagement("e1", ["ES"], "2025-10-20", topics: [.cybercrime, .training]),
            Fixture.engagement("e2", ["FR", "DE"], "2025-11", topics: [.cybercrime]),
            Fixture.engagement("e3", ["SN"], "2025-09-30", topics: [.counterTerrorism]),
        ],
        agreements: [
            Fixture.agreement("g1", .memorandumOfUnderstanding, .signed, ["ES"], "2025-10-15",
                              topics: [.counterTerrorism, .cybercrime]),
            Fixture.agreement("g2", .memorandumOfUnderstanding, .proposed, ["FR"], "2025-12"),
            Fixture.agreement("g3", .memorandumOfUnderstanding, .signed, ["DE"], "2025-02"),
            Fixture.agreement("g4", .cooperationAgreement, .signed, ["SN"], "2025"),
            Fixture.agreement("g5", .roadmap, .signed, ["ES"], "2022-06", article: "a2"),
            Fixture.agreement("g6", .jointActionPlan, .proposed, ["ES"], "2026-01-05"),
            Fixture.agreement("g7", .other, .interestExpressed, ["NO"], "undated"),
        ])

    static let report = try! PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q4"),
                                           asOf: Fixture.day("2026-01-15"))

    func row(_ type: AgreementType, _ status: AgreementStatus) -> [Int] {
        guard let row = Self.report.agreementTypes.first(where: { $0.type == type && $0.status == status })
        else { return [] }
        return [row.period, row.yearToDate, row.allTime]
    }

    @Test func everyTypeAndStatusHasARowInVocabularyOrder() {
        let rows = Self.report.agreementTypes
        #expect(rows.count == AgreementType.allCases.count * AgreementStatus.allCases.count)
        #expect(rows.prefix(3).map(\.status) == [.signed, .proposed, .interestExpressed])
        #expect(rows.map(\.type).first == .memorandumOfUnderstanding)
        #expect(rows.map(\.type).last == .other)
    }

    @Test func countsForTheQuarterTheYearToDateAndAllTime() {
        // g1 in Q4; g3 in Q1 of the same year.
        #expect(row(.memorandumOfUnderstanding, .signed) == [1, 2, 2])
        #expect(row(.memorandumOfUnderstanding, .proposed) == [1, 1, 1])
        // Year-only 2025: no quarter, but in the year to date and all time.
        #expect(row(.cooperationAgreement, .signed) == [0, 1, 1])
        // 2022: all time only.
        #expect(row(.roadmap, .signed) == [0, 0, 1])
        // 2026-01-05: after the quarter's end, though before the as-of day.
        #expect(row(.jointActionPlan, .proposed) == [0, 0, 0])
        // Undated: counted nowhere.
        #expect(row(.other, .interestExpressed) == [0, 0, 0])
        let totals = Self.report.agreementTypes.reduce(into: [0, 0, 0]) {
            $0[0] += $1.period
            $0[1] += $1.yearToDate
            $0[2] += $1.allTime
        }
        #expect(totals == [2, 4, 5])
    }

    @Test func headlineCountsAgreementsAgainstThePreviousQuarter() throws {
        #expect(Self.report.headline(.agreements).current == 2)
        #expect(Self.report.headline(.agreementsSigned).current == 1)
        #expect(Self.report.headline(.agreements).previous == 0)
        // 2025-Q2 has none; Q1 has g3, signed.
        let q2 = try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter("2025-Q2"),
                                   asOf: Fixture.day("2026-01-15"))
        #expect([q2.headline(.agreements).previous, q2.headline(.agreementsSigned).previous] == [1, 1])
        #expect(q2.headline(.agreements).change == -1)
    }

    @Test func theQuartersAgreementsByDate() {
        #expect(Self.report.agreements.map(\.id) == ["g1", "g2"])
        #expect(Self.report.agreements.first?.parties.map(\.code) == ["ES"])
    }

    @Test func topicsCountTheQuartersEngagementsAndAgreements() {
        let topics = Self.report.topics
        #expect(topics.map(\.topic) == Topic.allCases)
        let counts = Dictionary(uniqueKeysWithValues: topics.map { ($0.topic, [$0.engagements, $0.agreements]) })
        // e1 and e2 (e2 has two partners but is one engagement); e3 is in Q3.
        #expect(counts[.cybercrime] == [2, 1])
        #expect(counts[.training] == [1, 0])
        #expect(counts[.counterTerrorism] == [0, 1])
        #expect(counts[.moneyLaundering] == [0, 0])
    }
}
