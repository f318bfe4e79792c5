import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonMetrics
import LiaisonRender

/// Times what a user waits for: a ledger on disk read, validated, aggregated and rendered in
/// the three formats, phase by phase, as `liaison validate` and `liaison brief` do it.
struct PipelineBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Write a synthetic ledger to disk, then time validate and brief (all formats) on it.")

    @Option(help: "Engagements in the synthetic ledger (one article of 1,000 lines per 1,000).")
    var engagements = 100_000

    @Option(help: ArgumentHelp("Write the ledger here and keep it (default: a temporary folder).", valueName: "dir"))
    var dir: String?

    func validate() throws {
        guard engagements > 0 else { throw ValidationError("--engagements must be positive") }
    }

    func run() throws {
        let folder = dir ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-pipeline-\(ProcessInfo.processInfo.processIdentifier)").path
        let bytes = try DiskLedger.write(engagements: engagements, to: folder)
        defer { if dir == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let clock = ContinuousClock()
        var phases: [(String, Duration)] = []
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            var result: T?
            let elapsed = try clock.measure { result = try body() }
            phases.append((name, elapsed))
            return result!
        }
        let loaded = time("read + validate") { LedgerLoader(directory: folder).load() }
        guard !loaded.hasErrors else {
            throw ValidationError("the synthetic ledger has errors: \(loaded.diagnostics.first!)")
        }
        let quarter = Quarter(parsing: "2025-Q4")!
        let report = try time("aggregate") {
            try PeriodReport(ledger: loaded.ledger, quarter: quarter, asOf: Day(iso: "2026-01-02")!)
        }
        let out = folder + "/Reports"
        for format in [BriefFormat.csv, .xlsx, .txt] {
            _ = try time("render \(format.rawValue)") { try BriefWriter(outputDirectory: out).write(report, formats: [format]) }
        }
        let total = phases.reduce(Duration.zero) { $0 + $1.1 }
        print("pipeline: \(engagements) engagements in \(loaded.ledger.articles.count) articles, "
            + "\((Double(bytes) / 100_000).rounded() / 10) MB of YAML and text")
        for (name, elapsed) in phases {
            print("  \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(Benchmark.seconds(elapsed))")
        }
        print("  \("total".padding(toLength: 16, withPad: " ", startingAt: 0)) \(Benchmark.seconds(total)) "
            + "(validate = read + validate; brief = all phases)")
        print("memory: \(Memory.peakMegabytes()) MB peak resident")
    }
}

/// A synthetic ledger on disk in the shape of `shared/bench/make-ledger.py`: articles of
/// 1,000 lines, one ledger file of 1,000 engagements per article, and five agreements in
/// every tenth file. The same count always gives the same files.
enum DiskLedger {
    static let partners = ("ES DE FR IT BE PL RS RU SE DK ME SI CH SK BG RO HU BY MK CZ NO PT GB NL AT TR SA AE QA BH "
        + "KW MY YE CN KR NP IN JP US CA BR AR CL BS PA MX SN MR ML BF NE TD CM GA KE RW NA MZ SD ET BJ EG TN NG GH CI "
        + "AU NZ").split(separator: " ").map(String.init)
    static let organisations = ["INTERPOL", "UN", "AIMC", "NAUSS", "WEF", "EUROPOL", "AFRIPOL", "EU"]
    static let kinds = ["meeting", "visit-made", "visit-received", "signing", "joint-operation", "event-participation"]
    static let topics = ["counter-terrorism", "organised-crime", "cybercrime", "irregular-migration", "drug-trafficking"]

    /// Writes the ledger; returns the bytes written.
    static func write(engagements count: Int, to folder: String) throws -> Int {
        let files = FileManager.default
        try files.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
        try files.createDirectory(atPath: folder + "/ledger", withIntermediateDirectories: true)
        let perArticle = 1_000
        let articles = (count + perArticle - 1) / perArticle
        var random = SplitMix64(seed: 7)
        var bytes = 0
        func save(_ text: String, _ path: String) throws {
            let data = Data(text.utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: folder + "/" + path))
        }
        var catalogue = "articles:\n"
        let articleText = (1...perArticle).map { "Line \($0) of a synthetic article about security cooperation.\n" }.joined()
        let everyone = partners + organisations
        for article in 0..<articles {
            let id = "a" + String(format: "%05d", article)
            catalogue += "  - id: \"\(id)\"\n    file: \(id).txt\n    title: Synthetic article \(article)\n"
                + "    language: en\n    published: 2025-12-31\n"
            try save(articleText, "articles/\(id).txt")
            var text = "article: \"\(id)\"\n\nengagements:\n"
            for line in 0..<min(perArticle, count - article * perArticle) {
                let date = String(format: "%04d-%02d-%02d", 2006 + random.below(20), 1 + random.below(12), 1 + random.below(28))
                text += "  - id: \(id)-e\(String(format: "%04d", line))\n    partners: \(everyone[random.below(everyone.count)])\n"
                    + "    kind: \(kinds[random.below(kinds.count)])\n    date: \(date)\n    venue: Rabat\n"
                    + "    topics: [\(topics[random.below(topics.count)])]\n    lines: \(line + 1)\n"
            }
            if article % 10 == 0 {
                text += "\nagreements:\n"
                for number in 0..<5 {
                    text += "  - id: \(id)-g\(number)\n    type: memorandum-of-understanding\n    status: signed\n"
                        + "    parties: \(partners[random.below(partners.count)])\n"
                        + "    date: \(2006 + random.below(20))-\(String(format: "%02d", 1 + random.below(12)))\n"
                        + "    lines: \(number + 1)\n"
                }
            }
            try save(text, "ledger/\(id).yaml")
        }
        try save(catalogue, "articles/articles.yaml")
        return bytes
    }
}
