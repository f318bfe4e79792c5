import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonMetrics
import LiaisonRender

/// Times the workbook alone: a ledger's quarter is read and aggregated first, untimed, then
/// `XLSXRenderer` writes it several times. `scripts/bench/xlsx-vs-libxlsxwriter.sh`
/// compares the median with libxlsxwriter writing the same cells from C.
struct XLSXBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: "Time writing one quarter's workbook from a ledger on disk.")

    @Option(help: ArgumentHelp("The ledger folder.", valueName: "dir"))
    var ledger: String

    @Option(help: "The quarter (YYYY-Qn).")
    var quarter: String

    @Option(help: ArgumentHelp("The workbook to write.", valueName: "file"))
    var out: String

    @Option(help: "How many times to write it.")
    var runs = 5

    func run() throws {
        guard let quarter = Quarter(parsing: quarter) else { throw ValidationError("--quarter: not a quarter") }
        let loaded = LedgerLoader(directory: ledger).load()
        guard !loaded.hasErrors else { throw ValidationError("the ledger has errors; run liaison validate") }
        let report = try PeriodReport(ledger: loaded.ledger, quarter: quarter, asOf: quarter.lastDay.adding(days: 1))
        let tables = BriefTables(report)
        let clock = ContinuousClock()
        var times: [Duration] = []
        for run in 1...max(1, runs) {
            let elapsed = try clock.measure { try XLSXRenderer.write(tables, to: out) }
            print("liaison run \(run): \(Benchmark.seconds(elapsed))")
            times.append(elapsed)
        }
        times.sort()
        var built: [Duration] = []
        for _ in 1...max(1, runs) {
            built.append(clock.measure { _ = XLSXRenderer.sheets(tables).count })
        }
        built.sort()
        print("of which building the tables: median \(Benchmark.seconds(built[built.count / 2]))")
        print("liaison: \(quarter), \(report.engagementCount) engagements, median \(Benchmark.seconds(times[times.count / 2]))")
    }
}
