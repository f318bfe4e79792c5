import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonMetrics
import LiaisonRender

/// `liaison brief`: validates the ledger, computes a quarter or a year and writes its brief.
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a quarter's brief, or a year in review, as CSV tables, an XLSX workbook and a plain-text briefing.",
        discussion: """
            Writes <out>/<YYYY-Qn>/liaison-<YYYY-Qn>.txt, .xlsx and csv/<table>.csv (with --year, \
            <out>/<YYYY>/liaison-<YYYY>.txt and so on), replacing the previous brief all at once. The \
            ledger is validated first: any error stops the command before anything is written.
            """
    )

    @OptionGroup var options: LedgerOptions

    @Option(help: ArgumentHelp("YYYY-Qn, latest (the latest quarter with a dated record; the default), previous (the last quarter ended before --as-of) or all (every quarter with something to report).",
                               valueName: "quarter"))
    var quarter: String?

    @Option(help: ArgumentHelp("Write the year in review instead: YYYY, latest, previous (the year before --as-of's, for a January run) or all.",
                               valueName: "year"))
    var year: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the brief is as of.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("Formats to write, comma-separated: csv, xlsx, txt.", valueName: "formats"))
    var format: String = "csv,xlsx,txt"

    @Option(help: ArgumentHelp("The folder that receives one folder per quarter or year.", valueName: "dir"))
    var out: String = "Reports"

    @Flag(help: "Count records still marked 'draft: true' (left out by default).")
    var includeDrafts = false

    @Flag(help: "Print nothing on success (ledger warnings included).")
    var quiet = false

    func validate() throws {
        if quarter != nil && year != nil {
            throw ValidationError("--quarter and --year: give one of them, not both")
        }
        if let quarter, PeriodChoice(parsing: quarter, unit: .quarter) == nil {
            throw ValidationError("--quarter '\(quarter)' is not a quarter: write YYYY-Qn (2025-Q4), latest, previous or all")
        }
        if let year, PeriodChoice(parsing: year, unit: .year) == nil {
            throw ValidationError("--year '\(year)' is not a year: write YYYY (2024), latest, previous or all")
        }
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a day: write YYYY-MM-DD (2026-01-02)")
        }
        _ = try formats()
    }

    func run() throws {
        let result = LedgerLoader(directory: options.ledger).load()
        // Warnings are shown unless --quiet; errors always.
        for diagnostic in result.diagnostics where !quiet || result.hasErrors {
            Console.printError(diagnostic.description)
        }
        if result.hasErrors {
            Console.printError("error: \(options.ledger): the ledger has errors; no brief was written")
            throw ExitCode.failure
        }
        let ledger = includeDrafts ? result.ledger : result.ledger.excludingDrafts()
        let asOf = self.asOf.flatMap { Day(iso: $0) } ?? Console.todayUTC()
        let formats = try formats()
        let writer = BriefWriter(outputDirectory: out) { Console.printError("warning: \(out): \($0)") }
        do {
            for period in try periods(in: ledger, asOf: asOf) {
                let report = try PeriodReport(ledger: ledger, period: period, asOf: asOf)
                let paths = try writer.write(report, formats: formats)
                if !quiet { paths.forEach { print($0) } }
            }
        } catch let error as MetricsError {
            Console.printError("error: \(error)")
            throw ExitCode.failure
        } catch let error as BriefWriteError {
            let reason = error.description.hasSuffix(".") ? String(error.description.dropLast()) : error.description
            Console.printError("error: cannot write the brief: \(reason). The earlier brief, if any, is unchanged.")
            throw ExitCode.failure
        }
    }

    /// The quarters or years asked for, oldest first.
    private func periods(in ledger: Ledger, asOf: Day) throws(MetricsError) -> [Period] {
        // Safe: validate() checked the texts.
        let choice = year.flatMap { PeriodChoice(parsing: $0, unit: .year) }
            ?? quarter.flatMap { PeriodChoice(parsing: $0, unit: .quarter) } ?? .latest(.quarter)
        return try choice.resolve(in: ledger, asOf: asOf)
    }

    private func formats() throws -> Set<BriefFormat> {
        let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var formats = Set<BriefFormat>()
        for name in names {
            guard let format = BriefFormat(rawValue: name) else {
                throw ValidationError("--format: '\(name)' is not a format; write some of csv, xlsx, txt, comma-separated")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw ValidationError("--format: name at least one of csv, xlsx, txt") }
        return formats
    }
}
