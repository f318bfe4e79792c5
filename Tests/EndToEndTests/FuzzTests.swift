import Foundation
import Testing

/// A seeded mutation fuzzer over copies of the seeds: every mutant must end in exit 0 or 1,
/// never a crash or a hang, and an exit 1 must point at a file and line. Every fault it has
/// ever found is kept under `Fixtures/Crashes/` and replayed.
@Suite struct FuzzTests {
    /// The seed and count `swift test` uses; `LIAISON_FUZZ_SEED` and `LIAISON_FUZZ_COUNT`
    /// explore further by hand.
    static let seed = ProcessInfo.processInfo.environment["LIAISON_FUZZ_SEED"].flatMap { UInt64($0) }
        ?? 0x4C49_4149_534F_4E01
    static let mutantCount = ProcessInfo.processInfo.environment["LIAISON_FUZZ_COUNT"].flatMap { Int($0) } ?? 300
    static let seconds = 30.0

    /// One damaged copy of the seeds.
    struct Mutant: Sendable {
        let number: Int
        let file: String
        let mutations: [String]
        let folder: URL
    }

    /// A line such as `seeds/ledger/001.yaml:12:5: error: …`.
    static func pointsAtALine(_ err: String) -> Bool {
        err.split(separator: "\n").contains { line in
            line.range(of: #"^[^:]+:[0-9]+(:[0-9]+)?: error: "#, options: .regularExpression) != nil
        }
    }

    /// The mutants, made in a fixed order from the seed.
    static func mutants(in root: URL) throws -> [Mutant] {
        let seeds = Command.packageRoot.appendingPathComponent("seeds")
        let files = try ["articles", "ledger"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: seeds.appendingPathComponent(folder).path)
                .sorted().map { "\(folder)/\($0)" }
        }
        var random = SeededGenerator(seed: seed)
        return try (0..<mutantCount).map { number in
            let file = files.randomElement(using: &random)!
            let mutations = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                Mutation.allCases.randomElement(using: &random)!
            }
            let folder = root.appendingPathComponent(String(format: "mutant-%03d", number))
            try FileManager.default.copyItem(at: seeds, to: folder)
            let url = folder.appendingPathComponent(file)
            var bytes = [UInt8](try Data(contentsOf: url))
            for mutation in mutations { bytes = mutation.apply(to: bytes, using: &random) }
            try Data(bytes).write(to: url)
            return Mutant(number: number, file: file, mutations: mutations.map(\.rawValue), folder: folder)
        }
    }

    /// What went wrong with one ledger folder under `liaison brief`, or `nil`.
    static func fault(of folder: URL) throws -> String? {
        try outcome(of: folder).fault
    }

    /// How `liaison brief` ended on one ledger folder, and what was wrong with that.
    static func outcome(of folder: URL) throws -> (ending: Command.Ending, fault: String?) {
        let (ending, err) = try Command.runBounded(
            ["brief", "--ledger", folder.path, "--out", folder.appendingPathComponent("Reports").path,
             "--quarter", "2025-Q4", "--quiet"], seconds: seconds)
        switch ending {
        case .exited(0): return (ending, nil)
        case .exited(1):
            return (ending, pointsAtALine(err) ? nil : "exit 1 without a file:line message: \(err.prefix(300))")
        case .exited(let status): return (ending, "exit \(status): \(err.prefix(300))")
        case .signalled(let signal): return (ending, "crashed with signal \(signal): \(err.suffix(300))")
        case .timedOut: return (ending, "still running after \(seconds) s")
        }
    }

    @Test func mutantsOfTheSeedsEndCleanly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let mutants = try Self.mutants(in: root)
        let faults = Faults()
        DispatchQueue.concurrentPerform(iterations: mutants.count) { index in
            let mutant = mutants[index]
            do {
                let (ending, fault) = try Self.outcome(of: mutant.folder)
                faults.record(mutant, ending, fault)
            } catch {
                faults.record(mutant, .timedOut, "could not run: \(error)")
            }
        }
        print("fuzz: \(mutants.count) mutants of seeds/ (seed \(Self.seed)): \(faults.summary)")
        for (mutant, fault) in faults.all {
            Issue.record("mutant \(mutant.number) (\(mutant.file): \(mutant.mutations.joined(separator: ", "))) \(fault); kept at \(mutant.folder.path)")
        }
        if faults.all.isEmpty { try? FileManager.default.removeItem(at: root) }
    }

    @Test func everyFaultEverFoundEndsCleanly() throws {
        let faults = Command.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/Crashes")
        let names = try FileManager.default.contentsOfDirectory(atPath: faults.path).filter { $0.hasPrefix("mutant-") }
        #expect(!names.isEmpty)
        for name in names.sorted() {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fault-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: Command.packageRoot.appendingPathComponent("seeds"), to: copy)
            defer { try? FileManager.default.removeItem(at: copy) }
            let fixture = faults.appendingPathComponent(name)
            for file in FileManager.default.subpaths(atPath: fixture.path) ?? [] {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: fixture.appendingPathComponent(file).path,
                                                     isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                let target = copy.appendingPathComponent(file)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: fixture.appendingPathComponent(file), to: target)
            }
            #expect(try Self.fault(of: copy) == nil, "\(name)")
        }
    }

    /// The faults found, collected from the concurrent runs.
    final class Faults: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [(Mutant, String)] = []
        private var endings: [String: Int] = [:]

        func record(_ mutant: Mutant, _ ending: Command.Ending, _ fault: String?) {
            lock.withLock {
                endings["\(ending)", default: 0] += 1
                if let fault { found.append((mutant, fault)) }
            }
        }

        /// How many mutants ended each way.
        var summary: String {
            lock.withLock { endings.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") }
        }

        var all: [(Mutant, String)] { lock.withLock { found.sorted { $0.0.number < $1.0.number } } }
    }
}
