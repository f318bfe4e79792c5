import LiaisonCore
import Testing
import LiaisonMetrics

/// `latest`, `previous` and named quarters.
@Suite struct QuarterChoiceTests {
    @Test(arguments: [
        ("latest", QuarterChoice.latest), ("Previous", .previous), ("ALL", .all),
        ("2025-Q4", .quarter(Fixture.quarter("2025-Q4"))), ("2025q1", .quarter(Fixture.quarter("2025-Q1"))),
    ])
    func parses(_ text: String, _ expected: QuarterChoice) {
        #expect(QuarterChoice(parsing: text) == expected)
    }

    @Test(arguments: ["", "last", "2025-Q5", "2025-4", "Q4"])
    func refuses(_ text: String) {
        #expect(QuarterChoice(parsing: text) == nil)
    }

    @Test(arguments: [
        ("2026-01-01", "2025-Q4"), ("2026-01-02", "2025-Q4"), ("2025-12-31", "2025-Q3"), ("2025-04-01", "2025-Q1"),
    ])
    func previousIsTheLastQuarterEndedBeforeTheAsOfDay(_ asOf: String, _ expected: String) throws {
        let quarters = try QuarterChoice.previous.resolve(in: Ledger(), asOf: Fixture.day(asOf))
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
        let quarters = try QuarterChoice.latest.resolve(in: Self.ledger, asOf: Fixture.day(asOf))
        #expect(quarters.map(\.description) == [expected])
    }

    @Test func allIsEveryQuarterWithSomethingToReport() throws {
        // e1 (2025-Q2) and f1 (2025-Q4); e2 is year-only 2026 from a1, published in 2025-Q4;
        // e3 is after the as-of day. Articles a2 (2024-Q4) and a4 (2025-Q2) publish nothing
        // unplaced, so 2024-Q4 is empty.
        let quarters = try QuarterChoice.all.resolve(in: Self.ledger, asOf: Fixture.day("2026-02-01"))
        #expect(quarters.map(\.description) == ["2025-Q2", "2025-Q4"])
        #expect(try QuarterChoice.all.resolve(in: Ledger(), asOf: Fixture.day("2026-02-01")).isEmpty)
    }

    @Test func latestWithoutDatedRecordsIsAnError() {
        // Only a year-only engagement is on or before the as-of day.
        let ledger = Fixture.ledger(engagements: [Fixture.engagement("e", ["ES"], "2025")])
        #expect(throws: MetricsError.noDatedRecords(asOf: Fixture.day("2025-12-01"))) {
            try QuarterChoice.latest.resolve(in: ledger, asOf: Fixture.day("2025-12-01"))
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
    @Test(arguments: [("latest", YearChoice.latest), ("PREVIOUS", .previous), ("all", .all), ("2024", .year(2024))])
    func parses(_ text: String, _ expected: YearChoice) {
        #expect(YearChoice(parsing: text) == expected)
    }

    @Test(arguments: ["", "24", "2024-Q1", "20245", "year", "２０２４", "-202"])
    func refuses(_ text: String) {
        #expect(YearChoice(parsing: text) == nil)
    }

    @Test(arguments: [("2026-01-02", 2025), ("2026-12-31", 2025), ("2025-01-01", 2024)])
    func previousIsTheYearBeforeTheAsOfDays(_ asOf: String, _ expected: Int) throws {
        #expect(try YearChoice.previous.resolve(in: Ledger(), asOf: Fixture.day(asOf)) == [expected])
    }

    @Test(arguments: [
        // e2, year-only 2026, starts on 1 January 2026.
        ("2026-02-01", 2026),
        ("2025-12-31", 2025),
    ])
    func latestIsTheLatestYearHoldingADatedRecord(_ asOf: String, _ expected: Int) throws {
        #expect(try YearChoice.latest.resolve(in: QuarterChoiceTests.ledger, asOf: Fixture.day(asOf)) == [expected])
    }

    @Test func allIsEveryYearWithSomethingToReview() throws {
        // 2024 has only article a2's publication, which reports nothing unplaced.
        #expect(try YearChoice.all.resolve(in: QuarterChoiceTests.ledger, asOf: Fixture.day("2026-03-01")) == [2025, 2026])
        #expect(try YearChoice.all.resolve(in: Ledger(), asOf: Fixture.day("2026-03-01")).isEmpty)
    }

    @Test func latestWithoutDatedRecordsIsAnError() {
        let ledger = Fixture.ledger(engagements: [Fixture.engagement("e", ["ES"], "undated")])
        #expect(throws: MetricsError.noDatedRecords(asOf: Fixture.day("2025-12-01"))) {
            try YearChoice.latest.resolve(in: ledger, asOf: Fixture.day("2025-12-01"))
        }
    }
}
