import Foundation

/// Results written by concurrent workers, one slot each, read once they are all done.
final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Each slot is written by one worker only, and read after `concurrentPerform` returns.
    subscript(index: Int) -> Value? {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }
}

/// What loading a ledger directory gives: the ledger built from every valid record, and
/// every problem found on the way.
public struct LoadResult: Sendable {
    public let ledger: Ledger
    /// Errors and warnings in the order found: files in name order, top to bottom.
    public let diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error (the ledger must then not be used for reports).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Loads and validates a ledger directory:
/// ```
/// DIR/articles/articles.yaml   article metadata
/// DIR/articles/*.txt           the articles, as published
/// DIR/ledger/*.yaml            records, usually one file per article
/// ```
/// Records with the same id in several files are one event reported several times and
/// are merged; see `Merge` for the rules.
public struct LedgerLoader: Sendable {
    /// The directory as the user gave it; messages use paths under it.
    public let directory: String
    public let gazetteer: Gazetteer

    public init(directory: String, gazetteer: Gazetteer = .standard) {
        var trimmed = directory
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.directory = trimmed
        self.gazetteer = gazetteer
    }

    /// Reads everything and reports every problem; never throws and never stops at the first.
    public func load() -> LoadResult {
        let log = DiagnosticLog()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            let exists = FileManager.default.fileExists(atPath: directory)
            log.error(exists ? .notADirectory : .directoryMissing, at: SourceLocation(path: directory))
            return LoadResult(ledger: Ledger(), diagnostics: log.all)
        }
        let articles = ArticleCatalogue(directory: directory, log: log).load()
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let collector = RecordCollector(log: log)
        // Files are read and decoded on all cores, each with its own log, then merged in name
        // order: messages and the ledger are the same as one file after the other.
        // A batch at a time, the next one decoding while this one is merged, so that only a
        // few decoded files wait in memory.
        let files = ledgerFiles(log: log)
        let size = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
        let batches = stride(from: 0, to: files.count, by: size).map { Array(files[$0..<min(files.count, $0 + size)]) }
        func decodeInBackground(_ batch: [(URL, String)]) -> (Slots<(LedgerFile?, DiagnosticLog)>, DispatchGroup) {
            let decoded = Slots<(LedgerFile?, DiagnosticLog)>(count: batch.count)
            let done = DispatchGroup()
            DispatchQueue.global().async(group: done) {
                DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                    let (url, path) = batch[index]
                    let fileLog = DiagnosticLog()
                    decoded[index] = (decode(url, path: path, articles: byID, log: fileLog), fileLog)
                }
            }
            return (decoded, done)
        }
        var next = batches.first.map(decodeInBackground)
        for (number, batch) in batches.enumerated() {
            guard let (decoded, done) = next else { break }
            done.wait()
            next = number + 1 < batches.count ? decodeInBackground(batches[number + 1]) : nil
            for (index, (_, path)) in batch.enumerated() {
                guard let (file, fileLog) = decoded[index] else { continue }
                log.append(fileLog)
                if let file { collector.add(file, from: path) }
            }
        }
        return LoadResult(ledger: collector.ledger(articles: articles), diagnostics: log.inReadingOrder)
    }

    /// One ledger file read and decoded; `nil` after logging why it cannot be.
    private func decode(_ url: URL, path: String, articles: [String: Article], log: DiagnosticLog) -> LedgerFile? {
        guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else {
            log.warning(.notYAML, at: SourceLocation(path: path))
            return nil
        }
        if let outside = Self.outsideTarget(of: path, in: directory) {
            log.error(.leavesLedgerFolder(outside), at: SourceLocation(path: path))
            return nil
        }
        guard let text = TextFile.read(url, displayPath: path, log: log),
              let root = YAMLFile.compose(text, displayPath: path, log: log) else { return nil }
        return LedgerFileDecoder(gazetteer: gazetteer, articles: articles, path: path, log: log).decode(root)
    }

    /// The entries under `ledger/` by name, hidden ones left out.
    private func ledgerFiles(log: DiagnosticLog) -> [(URL, String)] {
        let folder = join(directory, "ledger")
        guard let names = Self.listing(folder, log: log, name: "ledger", at: directory) else { return [] }
        var files: [(URL, String)] = []
        for name in names where !name.hasPrefix(".") {
            let path = join(folder, name)
            files.append((URL(fileURLWithPath: path), path))
        }
        return files
    }

    /// Where `path` really leads when that is outside `directory` (a link out of the ledger
    /// folder), else `nil`.
    static func outsideTarget(of path: String, in directory: String) -> String? {
        guard let root = realPath(directory), let target = realPath(path) else { return nil }
        let inside = target == root || target.hasPrefix(root == "/" ? root : root + "/")
        return inside ? nil : target
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The sorted entries of a folder, or `nil` after logging that it is missing.
    static func listing(_ folder: String, log: DiagnosticLog, name: String, at directory: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else {
            log.error(.folderMissing(name), at: SourceLocation(path: directory))
            return nil
        }
        return names.sorted()
    }
}

/// `directory/name`, without a leading `./`.
func join(_ directory: String, _ name: String) -> String {
    directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

/// Gathers the records of all files, merging reports that share an id.
private final class RecordCollector {
    let log: DiagnosticLog
    private var kinds: [String: (kind: String, location: SourceLocation, path: String)] = [:]
    private var engagements = Table<Engagement>()
    private var agreements = Table<Agreement>()
    private var initiatives = Table<Initiative>()
    private var figures = Table<Figure>()
    private var statements = Table<Statement>()
    private var mentions = Table<Mention>()

    init(log: DiagnosticLog) { self.log = log }

    func add(_ file: LedgerFile, from path: String) {
        for record in file.engagements { add(record, to: &engagements, from: path) }
        for record in file.agreements { add(record, to: &agreements, from: path) }
        for record in file.initiatives { add(record, to: &initiatives, from: path) }
        for record in file.figures { add(record, to: &figures, from: path) }
        for record in file.statements { add(record, to: &statements, from: path) }
        for record in file.mentions { add(record, to: &mentions, from: path) }
    }

    private func add<Record: Mergeable>(_ record: Record, to table: inout Table<Record>, from path: String) {
        let location = record.sources[0].location
        if let seen = kinds[record.id] {
            if seen.path == path {
                log.error(.duplicateID(record.id, first: seen.location), at: location)
                return
            }
            if seen.kind != Record.kindName {
                log.error(.idKindClash(record.id, kind: Record.kindName, otherKind: seen.kind, other: seen.location),
                          at: location)
                return
            }
        } else {
            kinds[record.id] = (Record.kindName, location, path)
        }
        table.add(record, log: log)
    }

    func ledger(articles: [Article]) -> Ledger {
        Ledger(articles: articles, engagements: engagements.sorted, agreements: agreements.sorted,
               initiatives: initiatives.sorted, figures: figures.sorted, statements: statements.sorted,
               mentions: mentions.sorted)
    }

    private struct Table<Record: Mergeable> {
        private var records: [String: Record] = [:]

        mutating func add(_ record: Record, log: DiagnosticLog) {
            guard let earlier = records[record.id] else {
                records[record.id] = record
                return
            }
            switch earlier.merged(with: record) {
            case .success(let merged):
                records[record.id] = merged
            case .failure(let conflict):
                log.error(.conflict(id: record.id, fields: conflict.fields, other: earlier.sources[0].location),
                          at: record.sources[0].location)
            }
        }

        var sorted: [Record] { records.values.sorted { $0.id < $1.id } }
    }
}
