import ArgumentParser
import LiaisonCore
import LiaisonExtract

/// Times `Extractor` on many articles made from the seeds: each a seed article with its
/// months shifted and some partner names swapped, so no two are alike.
struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time the extraction of drafts from many articles, on one core.")

    @Option(help: "Articles to extract from.")
    var articles = 10_000

    @Option(help: ArgumentHelp("The ledger whose articles are repeated and varied.", valueName: "dir"))
    var ledger = "seeds"

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be positive") }
    }

    func run() throws {
        let seeds = LedgerLoader(directory: ledger).load().ledger.articles
        guard !seeds.isEmpty else { throw ValidationError("\(ledger) has no articles") }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let swaps = [("Spain", "Portugal"), ("Germany", "Austria"), ("Senegal", "Ghana"), ("Turkey", "Greece"),
                     ("Norway", "Finland"), ("China", "Japan")]
        var inputs: [(lines: [String], published: Day)] = []
        var bytes = 0
        for index in 0..<articles {
            let seed = seeds[index % seeds.count]
            let shift = index / seeds.count
            let lines = seed.lines.map { line in
                var line = line
                for (offset, month) in months.enumerated() where line.contains(month) {
                    line = line.replacingOccurrences(of: month, with: months[(offset + shift) % 12])
                }
                let (from, to) = swaps[shift % swaps.count]
                return line.replacingOccurrences(of: from, with: to)
            }
            bytes += lines.reduce(0) { $0 + $1.utf8.count + 1 }
            inputs.append((lines, seed.published.last ?? Day.lastOf(month: 12, year: 2025)))
        }
        let extractor = Extractor()
        var records = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for (index, input) in inputs.enumerated() {
                records += extractor.extract(lines: input.lines, article: "a\(index)", published: input.published).count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes) / 1_000_000
        print("extract: \(articles) articles, \((megabytes * 10).rounded() / 10) MB, \(records) draft records")
        print("time: \((seconds * 100).rounded() / 100) s on one core, \((megabytes / seconds * 10).rounded() / 10) MB/s")
        print("memory: \(Memory.peakMegabytes()) MB peak resident")
    }
}
