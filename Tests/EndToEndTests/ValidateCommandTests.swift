import Foundation
import Testing

/// Runs the built `liaison` executable as a user would and checks its output and exit code.
@Suite struct ValidateCommandTests {
    func run(_ arguments: [String], in directory: URL = Command.packageRoot) throws
        -> (status: Int32, out: String, err: String) {
        try Command.run(arguments, in: directory)
    }

    @Test func passesOnTheSeedsWithAOneLineSummary() throws {
        let result = try run(["validate"])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out == "seeds: 5 articles; 141 records (85 engagements, 12 agreements, 21 initiatives, "
            + "5 figures, 10 statements, 8 mentions); 62 partners engaged (57 countries, 5 organisations); "
            + "0 errors, 0 warnings\n")
    }

    @Test func failsWithCompilerStyleMessagesRelativeToTheWorkingDirectory() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.moveItem(at: root.appendingPathComponent("seeds"), to: root.appendingPathComponent("broken"))
        let file = root.appendingPathComponent("broken/ledger/002-spain-visit-2025-01.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "partners: [Spain, Germany]", with: "partners: [Spain, Germny]")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["validate", "--ledger", "broken"], in: root)
        #expect(result.status == 1)
        #expect(result.err == "broken/ledger/002-spain-visit-2025-01.yaml:21:23: error: unknown partner 'Germny'; did you mean 'Germany'?\n")
        #expect(result.out.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func aMissingLedgerDirectoryIsAnError() throws {
        let result = try run(["validate", "--ledger", "no-such-dir"])
        #expect(result.status == 1)
        #expect(result.err == "no-such-dir: error: ledger directory not found\n")
    }
}
