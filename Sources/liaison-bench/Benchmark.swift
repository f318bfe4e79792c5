import ArgumentParser
import LiaisonCore
import LiaisonMetrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The benchmarks: a command that prints figures, never a timed test.
@main
struct Benchmarks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison-bench",
        abstract: "Time Liaison on large inputs. Build in release mode: swift run -c release liaison-bench",
        subcommands: [Benchmark.self, ExtractBenchmark.self, PipelineBenchmark.self, XLSXBenchmark.self],
        defaultSubcommand: Benchmark.self)
}

/// Times `PeriodReport` on a large synthetic ledger built in memory.
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Time the quarterly aggregation on a synthetic ledger.")

    @Option(help: "Engagements in the synthetic ledger.")
    var engagements = 1_000_000

    @Option(help: "Distinct partners (at most \(SyntheticLedger.availablePartners)).")
    var partners = 200

    @Option(help: "Years covered, ending with --last-year.")
    var years = 20

    @Option(help: "The last year of the ledger; the report is of its fourth quarter.")
    var lastYear = 2025

    @Option(help: "Times the aggregation runs; the fastest and the median are printed.")
    var runs = 5

    func validate() throws {
        guard engagements > 0, years > 0, runs > 0 else { throw ValidationError("counts must be positive") }
        guard (1...SyntheticLedger.availablePartners).contains(partners) else {
            throw ValidationError("--partners must be 1 to \(SyntheticLedger.availablePartners)")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        var ledger = Ledger()
        let buildTime = clock.measure {
            ledger = SyntheticLedger(engagements: engagements, partners: partners, years: years, lastYear: lastYear).ledger
        }
        let rssAfterBuild = Memory.residentMegabytes()
        // Safe: the year is in range and 4 is a quarter number.
        let quarter = Quarter(year: lastYear, number: 4)!
        let asOf = quarter.next.firstDay
        var report: PeriodReport?
        var times: [Duration] = []
        var latest = Period.quarter(quarter)
        let latestTime = try clock.measure { latest = try PeriodChoice.latest(.quarter).resolve(in: ledger, asOf: asOf)[0] }
        for _ in 0..<runs {
            times.append(try clock.measure { report = try PeriodReport(ledger: ledger, quarter: quarter, asOf: asOf) })
        }
        times.sort()
        print("ledger: \(engagements) engagements, \(partners) partners, \(years) years, built in \(Self.seconds(buildTime))")
        if let report {
            print("report: \(quarter): \(report.engagementCount) engagements, \(report.total.partners) partners, "
                + "\(report.total.newPartners) new")
        }
        print("latest quarter: \(latest), found in \(Self.seconds(latestTime))")
        print("aggregation: fastest \(Self.seconds(times[0])), median \(Self.seconds(times[times.count / 2])) over \(runs) runs")
        print("memory: \(rssAfterBuild.map { "\($0) MB resident after building the ledger, " } ?? "")"
            + "\(Memory.peakMegabytes()) MB peak resident")
    }

    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return milliseconds < 1000 ? "\(Int(milliseconds.rounded())) ms" : "\((milliseconds / 10).rounded() / 100) s"
    }
}

/// The process's memory use.
enum Memory {
    /// The peak resident set size, in megabytes.
    static func peakMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if canImport(Darwin)
        return Int(usage.ru_maxrss) / 1_048_576 // bytes on macOS
        #else
        return Int(usage.ru_maxrss) / 1024 // kilobytes on Linux
        #endif
    }

    /// The current resident set size in megabytes, where `/proc` tells it.
    static func residentMegabytes() -> Int? {
        guard let file = fopen("/proc/self/statm", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let fields = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
