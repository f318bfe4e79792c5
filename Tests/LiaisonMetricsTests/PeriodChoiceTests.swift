import LiaisonCore
import Testing
import LiaisonMetrics

/// `latest`, `previous` and named quarters.
@Suite struct QuarterChoiceTests {
    @Test(arguments: [
        ("latest", PeriodChoice.latest(.quarter)), ("Previous", .previous(.quarter)), ("ALL", .all(.quarter)),
        ("2025-Q4", .period(.quarter(Fixture.quarter("2025-Q4")))), ("2025q1", .period(.quarter(Fixture.quarter("2025-Q1")))),
    ])
    func parses(_ text: String, _ expected: PeriodChoice) {
        #expect(PeriodChoice(parsing: text, unit: .quarter) == expected)
    }

    @Test(arguments: ["", "last", "2025-Q5", "2025-4", "Q4"])
    func refuses(_ text: String) {
        #expect(PeriodChoice(parsing: text, unit: .quarter) == nil)
    }

    @Test(arguments: [
        ("2026-01-01", "2025-Q4"), ("2026-01-02", "2025-Q4"), ("2025-12-31", "2025-Q3"), ("2025-04-01", "2025-Q1"),
    ])
    func previousIsTheLastQuarterEndedBeforeTheAsOfDay(_ asOf: String, _ expected: String) throws {
        let quarters = try PeriodChoice.previous(.quarter).resolve(in: Ledger(), asOf: Fixture.day(asOf))
        #expect(quarters.map(\.description) == [expected])
    }

    static let ledger = Fixture.ledger(
        engagements: [
            Fixture.engagement("e1", ["ES"], "2025-05-02"),
            Fixture.engagement("e2", ["ES"], "2026"),
            Fixture.engagement("e3", ["ES"], "2026-03-01"),
        ],
        figures: [Fixture.figure("f1", "2025-10-20")])

    @Test(arguments: [
        // The figure makes Q4 the latest, though no engagement is in it.
        ("2026-02-01", "2025-Q4"),
        // e3 starts on the as-of day.
        ("2026-03-01", "2026-Q1"),
        ("2025-10-19", "2025-Q2"),
    ])
    func latestIsTheLatestQuarterHoldingADatedRecord(_ asOf: String, _ expected: String) throws {
        let quarters = try PeriodChoice.latest(.quarter).resolve(in: Self.ledger, asOf: Fixture.day(asOf))
        #expect(quarters.map(\.description) == [expected])
    }

    @Test func allIsEveryQuarterWithSomethingToReport() throws {
        // e1 (2025-Q2) and f1 (2025-Q4); e2 is year-only 2026 from a1, published in 2025-Q4;
        // e3 is after the as-of day. Articles a2 (2024-Q4) and a4 (2025-Q2) publish nothing
        // unplaced, so 2024-Q4 is empty.
        let quarters = try PeriodChoice.all(.quarter).resolve(in: Self.ledger, asOf: Fixture.day("2026-02-01"))
        #expect(quarters.map(\.description) == ["2025-Q2", "2025-Q4"])
        #expect(try PeriodChoice.all(.quarter).resolve(in: Ledger(), asOf: Fixture.day("2026-02-01")).isEmpty)
    }

    @Test func latestWithoutDatedRecordsIsAnError() {
        // Only a year-only engagement is on or before the as-of day.
        let ledger = Fixture.ledger(engagements: [Fixture.engagement("e", ["ES"], "2025")])
        #expect(throws: MetricsError.noDatedRecords(asOf: Fixture.day("2025-12-01"))) {
            try PeriodChoice.latest(.quarter).resolve(in: ledger, asOf: Fixture.day("2025-12-01"))
        }
    }

    @Test func aQuarterAfterTheAsOfDayIsAnError() {
        #expect(throws: MetricsError.periodAfterAsOf(.quarter(Fixture.quarter("2026-Q1")), asOf: Fixture.day("2025-12-31"))) {
            try PeriodReport(ledger: Ledger(), quarter: Fixture.quarter("2026-Q1"), asOf: Fixture.day("2025-12-31"))
        }
        #expect(MetricsError.noDatedRecords(asOf: Fixture.day("2025-12-01")).description.contains("--quarter"))
    }
}

/// `latest`, `previous`, `all` and named years.
@Suite struct YearChoiceTests {
    @Test(arguments: [("latest", PeriodChoice.latest(.year)), ("PREVIOUS", .previous(.year)), ("all", .all(.year)),
                      ("2024", .period(.year(2024)))])
    func parses(_ text: String, _ expected: PeriodChoice) {
        #expect(PeriodChoice(parsing: text, unit: .year) == expected)
    }

    @Test(arguments: ["", "24", "2024-Q1", "20245", "year", "２０２４", "-202"])
    func refuses(_ text: String) {
        #expect(PeriodChoice(parsing: text, unit: .year) == nil)
    }

    @Test(arguments: [("2026-01-02", 2025), ("2026-12-31", 2025), ("2025-01-01", 2024)])
    func previousIsTheYearBeforeTheAsOfDays(_ asOf: String, _ expected: Int) throws {
        #expect(try PeriodChoice.previous(.year).resolve(in: Ledger(), asOf: Fixture.day(asOf)) == [.year(expected)])
    }

    @Test(arguments: [
        // e2, year-only 2026, starts on 1 January 2026.
        ("2026-02-01", 2026),
        ("2025-12-31", 2025),
    ])
    func latestIsTheLatestYearHoldingADatedRecord(_ asOf: String, _ expected: Int) throws {
        #expect(try PeriodChoice.latest(.year).resolve(in: QuarterChoiceTests.ledger, asOf: Fixture.day(asOf)) == [.year(expected)])
    }

    @Test func allIsEveryYearWithSomethingToReview() throws {
        // 2024 has only article a2's publication, which reports nothing unplaced.
        #expect(try PeriodChoice.all(.year).resolve(in: QuarterChoiceTests.ledger, asOf: Fixture.day("2026-03-01"))
            == [.year(2025), .year(2026)])
        #expect(try PeriodChoice.all(.year).resolve(in: Ledger(), asOf: Fixture.day("2026-03-01")).isEmpty)
    }

    @Test func latestWithoutDatedRecordsIsAnError() {
        let ledger = Fixture.ledger(engagements: [Fixture.engagement("e", ["ES"], "undated")])
        #expect(throws: MetricsError.noDatedRecords(asOf: Fixture.day("2025-12-01"))) {
            try PeriodChoice.latest(.year).resolve(in: ledger, asOf: Fixture.day("2025-12-01"))
        }
    }
}
