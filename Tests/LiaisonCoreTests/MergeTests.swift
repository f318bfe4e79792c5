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
}
