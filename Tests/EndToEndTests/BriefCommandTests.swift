import Foundation
import Testing

/// `liaison brief` as a user runs it.
@Suite struct BriefCommandTests {
    @Test func writesTheSeedBriefAndPrintsThePaths() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Command.run(["brief", "--as-of", "2026-01-02"], in: root)
        #expect(result.status == 0)
        #expect(result.err == "")
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 19)
        #expect(lines.first == "Reports/2025-Q4/csv/agreement-types.csv")
        #expect(lines.last == "Reports/2025-Q4/liaison-2025-Q4.xlsx")
        #expect(try Command.files(under: root.appendingPathComponent("Reports")).count == 19)

        let quiet = try Command.run(["brief", "--as-of", "2026-01-02", "--quiet", "--format", "txt"], in: root)
        #expect(quiet.status == 0)
        #expect(quiet.out == "" && quiet.err == "")
    }

    @Test func writesAYearInReview() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Command.run(["brief", "--year", "previous", "--as-of", "2025-01-02"], in: root)
        #expect(result.status == 0)
        #expect(result.err == "")
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 19)
        #expect(lines.first == "Reports/2024/csv/agreement-types.csv")
        #expect(lines.last == "Reports/2024/liaison-2024.xlsx")
        let text = try String(contentsOf: root.appendingPathComponent("Reports/2024/liaison-2024.txt"), encoding: .utf8)
        #expect(text.hasPrefix("LIAISON YEAR IN REVIEW: 2024\n"))
        #expect(text.contains("(year complete)"))
    }

    @Test(arguments: [
        (["--year", "24"], "--year '24' is not a year"),
        (["--year", "2024", "--quarter", "2024-Q4"], "--quarter and --year: give one of them, not both"),
        (["--year", "2027", "--as-of", "2026-01-02"], "error: 2027 begins on 2027-01-01, after the as-of date 2026-01-02; pick an earlier year"),
    ])
    func aYearItCannotReviewIsRefused(_ arguments: [String], _ message: String) throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Command.run(["brief"] + arguments, in: root)
        #expect(result.status != 0)
        #expect(result.err.contains(message))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Reports").path))
    }

    @Test func warningsShowUnlessQuiet() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try "An article nobody listed.\n".write(to: root.appendingPathComponent("seeds/articles/extra.txt"),
                                               atomically: true, encoding: .utf8)
        let loud = try Command.run(["brief", "--format", "txt", "--as-of", "2026-01-02"], in: root)
        #expect(loud.status == 0)
        #expect(loud.err.hasPrefix("seeds/articles/extra.txt: warning:"))
        let quiet = try Command.run(["brief", "--format", "txt", "--as-of", "2026-01-02", "--quiet"], in: root)
        #expect(quiet.status == 0)
        #expect(quiet.out == "" && quiet.err == "")
    }

    @Test func twoRunsASecondApartGiveTheSameBytes() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Command.run(["brief", "--out", "first", "--quiet"], in: root).status == 0)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try Command.run(["brief", "--out", "second", "--quiet"], in: root).status == 0)
        let first = try Command.files(under: root.appendingPathComponent("first"))
        let second = try Command.files(under: root.appendingPathComponent("second"))
        #expect(first.count == 19)
        #expect(first == second)
    }

    @Test func aLedgerErrorStopsItBeforeAnythingIsWritten() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Command.run(["brief", "--quiet", "--as-of", "2026-01-02"], in: root).status == 0)
        let before = try Command.files(under: root.appendingPathComponent("Reports"))
        let file = root.appendingPathComponent("seeds/ledger/001-interpol-ga93-marrakech.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "kind: signing", with: "kind: singing").write(to: file, atomically: true,
                                                                                      encoding: .utf8)
        let result = try Command.run(["brief", "--as-of", "2026-01-02"], in: root)
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(result.err.contains("seeds/ledger/001-interpol-ga93-marrakech.yaml:"))
        #expect(result.err.contains(":454:11: error: 'singing' is not a valid kind; allowed: meeting"))
        #expect(result.err.hasSuffix("error: seeds: the ledger has errors; no brief was written\n"))
        #expect(try Command.files(under: root.appendingPathComponent("Reports")) == before)
        let fresh = try Command.run(["brief", "--out", "fresh"], in: root)
        #expect(fresh.status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("fresh").path))
    }

    /// A summary too long for a spreadsheet cell is refused at its line before anything is
    /// written (the fuzzer found it reached the workbook); the earlier brief stays whole.
    /// A failure in the middle of rendering is `BriefWriterTests`' to show.
    @Test func aValueTooLongForTheWorkbookIsRefusedBeforeWriting() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Command.run(["brief", "--quiet", "--as-of", "2026-01-02"], in: root).status == 0)
        let before = try Command.files(under: root.appendingPathComponent("Reports"))
        try """
            article: "001"
            engagements:
              - id: 2025-11-long-summary
                partners: Japan
                kind: meeting
                date: 2025-11-25
                summary: \(String(repeating: "x", count: 33_000))
                lines: 2
            """.write(to: root.appendingPathComponent("seeds/ledger/zz-long.yaml"), atomically: true, encoding: .utf8)
        let result = try Command.run(["brief", "--as-of", "2026-01-02"], in: root)
        #expect(result.status == 1)
        #expect(result.err == "seeds/ledger/zz-long.yaml:7:14: error: 'summary' has 33000 characters; a value holds at "
            + "most 32767, as a spreadsheet cell does\nerror: seeds: the ledger has errors; no brief was written\n")
        #expect(try Command.files(under: root.appendingPathComponent("Reports")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Reports").path)
            == ["2025-Q4"])
    }

    /// CI regenerates the committed briefs, quarters and years, and fails when they differ.
    /// Only the files git tracks count, so briefs a local schedule added to `Reports/` do not
    /// fail the tests.
    @Test func theCommittedReportsAreWhatTheSeedsProduce() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Command.run(["brief", "--quarter", "all", "--quiet"], in: root).status == 0)
        #expect(try Command.run(["brief", "--year", "all", "--quiet"], in: root).status == 0)
        let regenerated = try Command.files(under: root.appendingPathComponent("Reports"))
        let tracked = try Command.run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "ls-files", "Reports"],
                                      in: Command.packageRoot)
        try #require(tracked.status == 0, "git ls-files failed: \(tracked.err)")
        let committed = tracked.out.split(separator: "\n").map { String($0.dropFirst("Reports/".count)) }
            .filter { $0 != ".gitkeep" }
        #expect(regenerated.keys.sorted() == committed.sorted())
        for name in committed {
            let data = try Data(contentsOf: Command.packageRoot.appendingPathComponent("Reports/\(name)"))
            if regenerated[name] != data {
                let fix = "swift run liaison brief --quarter all; swift run liaison brief --year all"
                Issue.record("Reports/\(name) differs from what the seeds produce; run: \(fix)")
            }
        }
    }
}
