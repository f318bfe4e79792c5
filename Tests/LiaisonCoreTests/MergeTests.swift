import Testing
@testable import LiaisonCore

/// The same real event reported by two articles is one record.
@Suite struct MergeTests {
    func event(article: String, lines: String, extra: String = "", date: String = "2025-11-24..2025-11-27") -> String {
        """
        article: \(article)
        engagements:
          - id: ga93
            partners: INTERPOL
            kind: event-participation
            date: \(date)
            lines: \(lines)
        \(extra.isEmpty ? "" : "    " + extra)
        """
    }

    @Test func mergesProvenanceFromBothFilesAndFillsMissingFields() throws {
        let ledger = try TemporaryLedger(files: [
            "a.yaml": event(article: "a1", lines: "2", extra: "venue: Marrakech"),
            "b.yaml": event(article: "a2", lines: "[3, 4]", extra: "topics: cybercrime"),
        ])
        defer { ledger.remove() }
        let result = ledger.load()
        #expect(result.diagnostics.isEmpty)
        let merged = try #require(result.ledger.engagements.first)
        #expect(result.ledger.engagements.count == 1)
        #expect(merged.sources.map(\.description) == ["a1:2", "a2:3,4"])
        #expect(merged.venue == "Marrakech")
        #expect(merged.topics == [.cybercrime])
    }

    @Test func aStatedDateWinsOverTheSameDateInferred() throws {
        let ledger = try TemporaryLedger(files: [
            "a.yaml": event(article: "a1", lines: "2", extra: "date_inferred: from the event"),
            "b.yaml": event(article: "a2", lines: "3"),
        ])
        defer { ledger.remove() }
        #expect(ledger.load().ledger.engagements.first?.date.isInferred == false)
    }

    @Test func conflictingFieldsAreAnErrorNamingBothPlaces() throws {
        let ledger = try TemporaryLedger(files: [
            "a.yaml": event(article: "a1", lines: "2", extra: "venue: Marrakech"),
            "b.yaml": event(article: "a2", lines: "3", extra: "venue: Rabat", date: "2025-11"),
        ])
        defer { ledger.remove() }
        #expect(ledger.messages() == [
            "L/ledger/b.yaml:3:5: error: record 'ga93' conflicts with L/ledger/a.yaml:3:5 on date, venue",
        ])
        #expect(ledger.load().hasErrors)
    }

    func initiative(article: String, status: String, date: String) -> String {
        """
        article: \(article)
        initiatives:
          - id: academy
            category: training
            name: Police academy
            status: \(status)
            date: \(date)
            lines: 2
        """
    }

    @Test func initiativeReportsOfDifferentDatesFormItsHistory() throws {
        let ledger = try TemporaryLedger(files: [
            "a.yaml": initiative(article: "a1", status: "under-construction", date: "2025-11"),
            "b.yaml": initiative(article: "a2", status: "planned", date: "2024"),
        ])
        defer { ledger.remove() }
        let result = ledger.load()
        #expect(result.diagnostics.isEmpty)
        let academy = try #require(result.ledger.initiatives.first)
        #expect(academy.history.map(\.status) == [.planned, .underConstruction])
        #expect(academy.history.map { $0.sources.map(\.article) } == [["a2"], ["a1"]])
        #expect(academy.status == .underConstruction)
    }

    @Test func twoStatusesOnTheSameDateConflict() throws {
        let ledger = try TemporaryLedger(files: [
            "a.yaml": initiative(article: "a1", status: "planned", date: "2025-11"),
            "b.yaml": initiative(article: "a2", status: "launched", date: "2025-11"),
        ])
        defer { ledger.remove() }
        #expect(ledger.messages() == [
            "L/ledger/b.yaml:3:5: error: record 'academy' conflicts with L/ledger/a.yaml:3:5 on status",
        ])
    }

    @Test func aYearOnlyStatusComesAfterAMonthOfThatYear() throws {
        let ledger = try TemporaryLedger(files: [
            "a.yaml": initiative(article: "a1", status: "existing", date: "\"2024\""),
            "b.yaml": initiative(article: "a2", status: "launched", date: "2024-06"),
        ])
        defer { ledger.remove() }
        #expect(ledger.load().ledger.initiatives.first?.history.map(\.status) == [.launched, .existing])
    }
}
