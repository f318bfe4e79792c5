import Testing
@testable import LiaisonCore

@Suite struct LedgerDateTests {
    @Test(arguments: [
        ("2025-11-24", LedgerDate.Precision.day, "2025-11-24", "2025-11-24"),
        ("2025-11-24..2025-11-27", .dayRange, "2025-11-24", "2025-11-27"),
        ("2025-11", .month, "2025-11-01", "2025-11-30"),
        ("2024-02", .month, "2024-02-01", "2024-02-29"),
        ("2025-Q4", .quarter, "2025-10-01", "2025-12-31"),
        ("2025-q1", .quarter, "2025-01-01", "2025-03-31"),
        ("2024", .year, "2024-01-01", "2024-12-31"),
    ])
    func parsesEveryPrecision(text: String, precision: LedgerDate.Precision, first: String, last: String) throws {
        let date = try LedgerDate(parsing: text)
        #expect(date.precision == precision)
        #expect(date.first?.iso == first)
        #expect(date.last?.iso == last)
        #expect(!date.isInferred)
    }

    @Test func undatedHasNoDaysNoQuarterNoYear() throws {
        let date = try LedgerDate(parsing: "undated")
        #expect(date == .undated)
        #expect(date.quarter == nil && date.year == nil)
        #expect(date.description == "undated")
    }

    @Test(arguments: [
        ("2025-13", LedgerDate.ParseError.noSuchMonth("2025-13")),
        ("2025-02-30", .noSuchDay("2025-02-30", daysInMonth: 28)),
        ("2024-02-30", .noSuchDay("2024-02-30", daysInMonth: 29)),
        ("2025-Q5", .noSuchQuarter("2025-Q5")),
        ("2025-11-27..2025-11-24", .rangeNotIncreasing("2025-11-27..2025-11-24")),
        ("November 2025", .malformed("November 2025")),
        ("25-11-2025", .malformed("25-11-2025")),
        ("2025-1", .malformed("2025-1")),
    ])
    func refusesImpossibleAndMalformedDates(text: String, error: LedgerDate.ParseError) {
        #expect(throws: error) { try LedgerDate(parsing: text) }
    }

    @Test func explainsWhatIsWrong() {
        #expect(LedgerDate.ParseError.noSuchDay("2025-02-30", daysInMonth: 28).description
            == "'2025-02-30' is not a date: that month has 28 days")
        #expect(LedgerDate.ParseError.noSuchMonth("2025-13").description
            == "'2025-13' is not a date: months run from 01 to 12")
    }

    @Test(arguments: [
        ("2025-11-24", "2025-Q4"), ("2025-09-30..2025-10-02", "2025-Q3"), ("2025-04", "2025-Q2"),
        ("2025-Q1", "2025-Q1"), ("2025-01-01", "2025-Q1"), ("2025-12-31", "2025-Q4"),
    ])
    func belongsToTheQuarterOfItsFirstDay(text: String, quarter: String) throws {
        #expect(try LedgerDate(parsing: text).quarter?.description == quarter)
    }

    @Test func yearOnlyDatesBelongToNoQuarterButKeepTheirYear() throws {
        let date = try LedgerDate(parsing: "2024")
        #expect(date.quarter == nil)
        #expect(date.year == 2024)
    }

    @Test func keepsTheReasonForAnInferredDate() throws {
        let date = try LedgerDate(parsing: "2024-06").inferred(because: "the reviewed year")
        #expect(date.isInferred)
        #expect(date.inference == "the reviewed year")
        #expect(date.description == "2024-06")
        #expect(date.sameSpan(as: try LedgerDate(parsing: "2024-06")))
    }
}

@Suite struct QuarterTests {
    @Test(arguments: ["2025-Q4", "2025Q4", "2025-q4", "2025q4"])
    func parsesTheUsualSpellings(text: String) {
        #expect(Quarter(parsing: text) == Quarter(year: 2025, number: 4))
    }

    @Test(arguments: ["2025-Q0", "2025-Q5", "25-Q4", "2025", "Q4-2025", "2025-Q44"])
    func refusesOthers(text: String) {
        #expect(Quarter(parsing: text) == nil)
    }

    @Test func daysParseOnlyRealISODates() {
        #expect(Day(iso: "2024-02-29")?.iso == "2024-02-29")
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2025-2-01") == nil)
    }

    @Test func knowsItsDaysAndNeighbours() throws {
        let q1 = try #require(Quarter(year: 2024, number: 1))
        #expect(q1.firstDay.iso == "2024-01-01")
        #expect(q1.lastDay.iso == "2024-03-31")
        #expect(q1.previous.description == "2023-Q4")
        #expect(q1.next.description == "2024-Q2")
        #expect(q1.contains(Day(year: 2024, month: 3, day: 31)!))
        #expect(!q1.contains(Day(year: 2024, month: 4, day: 1)!))
    }
}

/// Day arithmetic, checked against days whose weekday is known.
@Suite struct DayArithmeticTests {
    @Test(arguments: [
        ("1970-01-01", 0, 4), ("2000-02-29", 11_016, 2), ("2025-03-20", 20_167, 4), ("2024-12-31", 20_088, 2),
        ("1969-12-31", -1, 3), ("2100-03-01", 47_541, 1),
    ])
    func daysSinceEpochAndWeekday(_ iso: String, _ days: Int, _ weekday: Int) throws {
        let day = try #require(Day(iso: iso))
        #expect(day.daysSinceEpoch == days)
        #expect(Day(daysSinceEpoch: days) == day)
        #expect(day.weekday == weekday)
    }

    @Test func addingDaysCrossesMonthsAndYears() throws {
        let day = try #require(Day(iso: "2025-01-02"))
        #expect(day.adding(days: -2).iso == "2024-12-31")
        #expect(day.adding(days: 58).iso == "2025-03-01")
        #expect(try #require(Day(iso: "2024-02-28")).adding(days: 1).iso == "2024-02-29")
    }
}
