import LiaisonCore
import Testing
@testable import LiaisonMetrics

/// Initiative inventories as of a quarter's end.
@Suite struct InitiativeInventoryTests {
    static let ledger = Fixture.ledger(initiatives: [
        // Planned in March, under construction from November: a status change in Q4.
        Fixture.initiative("academy", .training, [(.planned, "2025-03", "a4"), (.underConstruction, "2025-11", "a1")]),
        // Year-only, reported in December 2025: known from 2025-12-31, new in Q4.
        Fixture.initiative("clinic", .welfare, [(.existing, "2025", "a3")]),
        // Year-only 2024, reported on 2024-12-31: unchanged ever since.
        Fixture.initiative("school", .training, [(.planned, "2024", "a2")]),
        // After the quarter's end.
        Fixture.initiative("scanner", .technology, [(.launched, "2026-01-10", "a1")]),
        // Reported twice with the same status: neither new nor changed in Q4.
        Fixture.initiative("camp", .welfare, [(.existing, "2025-07", "a1"), (.existing, "2025-10", "a1")]),
        // Year-only 2025 in an article of 15 May 2025: known from that day, not the year's end.
        Fixture.initiative("headquarters", .infrastructure, [(.underStudy, "2025", "a4")]),
    ])

    func report(_ quarter: String) throws -> PeriodReport {
        try PeriodReport(ledger: Self.ledger, quarter: Fixture.quarter(quarter), asOf: Fixture.day("2026-02-01"))
    }

    /// `id: status (change)` for each entry of a category.
    func summary(_ report: PeriodReport, _ category: InitiativeCategory) -> [String] {
        (report.inventory(category)?.entries ?? []).map { entry in
            let change = switch entry.change {
            case nil: ""
            case .new: " (new)"
            case .statusChanged(let from): " (was \(from.rawValue))"
            }
            return "\(entry.id): \(entry.status.rawValue)\(change)"
        }
    }

    @Test func asOfTheEndOfQ4() throws {
        let report = try report("2025-Q4")
        #expect(report.initiatives.map(\.category) == [.training, .welfare, .technology, .infrastructure])
        #expect(summary(report, .training) == ["academy: under-construction (was planned)", "school: planned"])
        #expect(summary(report, .welfare) == ["camp: existing", "clinic: existing (new)"])
        #expect(summary(report, .technology) == [])
        #expect(summary(report, .infrastructure) == ["headquarters: under-study"])
        #expect(!report.isEmpty)
    }

    @Test func headlineCountsNewAndChangedInitiatives() throws {
        let report = try report("2025-Q4")
        // Q4: the clinic is new, the academy changed. Q3: the camp was new.
        #expect([report.headline(.initiativesNew).current, report.headline(.initiativesNew).previous] == [1, 1])
        #expect([report.headline(.initiativesChanged).current, report.headline(.initiativesChanged).previous]
            == [1, 0])
    }

    @Test func asOfTheEndOfQ3() throws {
        let report = try report("2025-Q3")
        #expect(summary(report, .training) == ["academy: planned", "school: planned"])
        #expect(summary(report, .welfare) == ["camp: existing (new)"])
    }

    @Test func yearOnlyReportsAreKnownFromTheirArticle() throws {
        #expect(summary(try report("2025-Q2"), .infrastructure) == ["headquarters: under-study (new)"])
        #expect(summary(try report("2025-Q1"), .infrastructure) == [])
        let entry = try #require(try report("2025-Q4").inventory(.welfare)?.entries.last)
        #expect(entry.firstReported == Fixture.day("2025-12-31"))
        #expect(entry.statusDate.description == "2025")
    }

    @Test func theEntryCarriesTheSourcesOfItsCurrentStatus() throws {
        let entry = try #require(try report("2025-Q4").inventory(.training)?.entries.first)
        #expect(entry.sources.map(\.article) == ["a1"])
        #expect(entry.firstReported == Fixture.day("2025-03-01"))
        #expect(entry.statusDate.description == "2025-11")
    }

    @Test func aQuarterWithOnlyUnchangedInitiativesIsEmpty() throws {
        let ledger = Fixture.ledger(initiatives: [Fixture.initiative("school", .training, [(.planned, "2024", "a2")])])
        let report = try PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q1"),
                                       asOf: Fixture.day("2026-02-01"))
        #expect(report.isEmpty)
        #expect(summary(report, .training) == ["school: planned"])
        #expect(try PeriodReport(ledger: ledger, quarter: Fixture.quarter("2024-Q4"),
                                  asOf: Fixture.day("2026-02-01")).isEmpty == false)
    }

    @Test func theQuarterOfAMarchReportHasItAsNew() throws {
        #expect(summary(try report("2025-Q1"), .training) == ["academy: planned (new)", "school: planned"])
    }
}
