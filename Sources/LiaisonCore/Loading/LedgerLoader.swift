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
    /// Every id seen, with its kind's name and its place in that kind's table.
    private var seen: [String: (kind: String, slot: Int)] = [:]
    fileprivate var engagements = Table<Engagement>()
    fileprivate var agreements = Table<Agreement>()
    fileprivate var initiatives = Table<Initiative>()
    fileprivate var figures = Table<Figure>()
    fileprivate var statements = Table<Statement>()
    fileprivate var mentions = Table<Mention>()

    init(log: DiagnosticLog) { self.log = log }

    func add(_ file: LedgerFile, from path: String) {
        for record in file.engagements { add(record, to: \.engagements, from: path) }
        for record in file.agreements { add(record, to: \.agreements, from: path) }
        for record in file.initiatives { add(record, to: \.initiatives, from: path) }
        for record in file.figures { add(record, to: \.figures, from: path) }
        for record in file.statements { add(record, to: \.statements, from: path) }
        for record in file.mentions { add(record, to: \.mentions, from: path) }
    }

    private func add<Record: Mergeable>(_ record: Record, to table: ReferenceWritableKeyPath<RecordCollector, Table<Record>>,
                                         from path: String) {
        guard let (kind, slot) = seen[record.id] else {
            seen[record.id] = (Record.kindName, self[keyPath: table].append(record))
            return
        }
        let location = record.sources[0].location
        let first = firstLocation(kind: kind, slot: slot)
        if first.path == path {
            log.error(.duplicateID(record.id, first: first), at: location)
        } else if kind != Record.kindName {
            log.error(.idKindClash(record.id, kind: Record.kindName, otherKind: kind, other: first), at: location)
        } else {
            self[keyPath: table].merge(record, into: slot, log: log)
        }
    }

    /// Where the record first given with an id was written (merging keeps its sources first).
    private func firstLocation(kind: String, slot: Int) -> SourceLocation {
        switch kind {
        case Engagement.kindName: engagements.location(of: slot)
        case Agreement.kindName: agreements.location(of: slot)
        case Initiative.kindName: initiatives.location(of: slot)
        case Figure.kindName: figures.location(of: slot)
        case Statement.kindName: statements.location(of: slot)
        default: mentions.location(of: slot)
        }
    }

    func ledger(articles: [Article]) -> Ledger {
        Ledger(articles: articles, engagements: engagements.sortedByID(), agreements: agreements.sortedByID(),
               initiatives: initiatives.sortedByID(), figures: figures.sortedByID(),
               statements: statements.sortedByID(), mentions: mentions.sortedByID())
    }

    /// One kind's records in the order first seen, each merged with later reports of it.
    fileprivate struct Table<Record: Mergeable> {
        private var records: [Record] = []

        /// Adds a record seen for the first time; its slot.
        mutating func append(_ record: Record) -> Int {
            records.append(record)
            return records.count - 1
        }

        mutating func merge(_ record: Record, into slot: Int, log: DiagnosticLog) {
            switch records[slot].merged(with: record) {
            case .success(let merged):
                records[slot] = merged
            case .failure(let conflict):
                log.error(.conflict(id: record.id, fields: conflict.fields, other: records[slot].sources[0].location),
                          at: record.sources[0].location)
            }
        }

        func location(of slot: Int) -> SourceLocation { records[slot].sources[0].location }

        /// The records by id; ledgers written in id order are not sorted again.
        mutating func sortedByID() -> [Record] {
            if !zip(records, records.dropFirst()).allSatisfy({ $0.id < $1.id }) { records.sort { $0.id < $1.id } }
            return records
        }
    }
}
