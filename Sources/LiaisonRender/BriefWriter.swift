import Foundation
import LiaisonCore
import LiaisonMetrics

/// A brief's output format.
public enum BriefFormat: String, CaseIterable, Sendable, Hashable {
    case csv
    case xlsx
    case txt
}

/// Why a brief could not be written. The earlier brief, if any, is untouched.
public enum BriefWriteError: Error, CustomStringConvertible {
    case workbook(WorkbookError)
    case fileSystem(String, path: String)

    public var description: String {
        switch self {
        case .workbook(let error): "cannot write the workbook: \(error)"
        case .fileSystem(let message, let path): "\(path): \(message)"
        }
    }
}

/// Writes a quarter's brief into `<out>/<YYYY-Qn>/`, or a year's into `<out>/<YYYY>/`, all at once: everything is rendered into
/// a hidden folder beside it, flushed to disk, and swapped with the old folder in one step,
/// so a reader always finds a whole brief, the old one or the new. If anything fails, the
/// old folder stays as it was and the hidden one is removed. One run at a time writes into
/// an output folder (the lock `scripts/quarterly-brief.sh` takes); hidden folders left by
/// runs that died are removed.
public struct BriefWriter {
    /// The folder that receives one folder per quarter or year, as the user typed it.
    public let outputDirectory: String
    /// Told what the user should know that is not an error (waiting for a lock, a file
    /// system that cannot swap folders in one step).
    let notice: (String) -> Void

    public init(outputDirectory: String, notice: @escaping (String) -> Void = { _ in }) {
        self.outputDirectory = outputDirectory
        self.notice = notice
    }

    /// The folder of a quarter's or a year's brief.
    public func folder(for period: Period) -> String { join(outputDirectory, period.description) }

    /// Writes the brief of `report` in `formats` and returns the paths of the files written,
    /// under the period's folder. Files of formats not asked for are kept from the old brief.
    public func write(_ report: PeriodReport, formats: Set<BriefFormat>) throws(BriefWriteError) -> [String] {
        try write(report, formats: formats) { format, report, folder throws(BriefWriteError) in
            try Self.render(format, report, into: folder)
        }
    }

    /// The same, with the rendering step given (tests use it to fail on purpose).
    func write(_ report: PeriodReport, formats: Set<BriefFormat>,
               render: (BriefFormat, PeriodReport, String) throws(BriefWriteError) -> [String])
        throws(BriefWriteError) -> [String] {
        let target = folder(for: report.period)
        let files = FileManager.default
        try attempt(outputDirectory) {
            try files.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        }
        let lock = try OutputLock(outputDirectory, waiting: notice)
        defer { withExtendedLifetime(lock) {} }
        Leftovers.removeDeadRuns(in: outputDirectory)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = join(outputDirectory, ".\(report.period).new-\(token)")
        try attempt(staging) { try files.createDirectory(atPath: staging, withIntermediateDirectories: false) }
        do {
            var written: [String] = []
            for format in BriefFormat.allCases where formats.contains(format) {
                written += try render(format, report, staging)
            }
            try keepOtherFiles(from: target, in: staging, except: formats.map { Self.entry($0, report.period) })
            try replace(target, with: staging, token: token)
            return written.sorted().map { join(target, $0) }
        } catch {
            try? files.removeItem(atPath: staging)
            throw error
        }
    }

    /// The top-level entry of a format in a period's folder.
    static func entry(_ format: BriefFormat, _ period: Period) -> String {
        format == .csv ? "csv" : "liaison-\(period).\(format.rawValue)"
    }

    /// Renders one format into `folder`; returns the files' paths relative to it.
    static func render(_ format: BriefFormat, _ report: PeriodReport, into folder: String) throws(BriefWriteError)
        -> [String] {
        let name = entry(format, report.period)
        switch format {
        case .txt:
            try writeText(TextRenderer.render(report), to: join(folder, name))
            return [name]
        case .xlsx:
            do throws(WorkbookError) {
                try XLSXRenderer.write(BriefTables(report), to: join(folder, name))
            } catch {
                throw .workbook(error)
            }
            return [name]
        case .csv:
            try attempt(join(folder, name)) {
                try FileManager.default.createDirectory(atPath: join(folder, name), withIntermediateDirectories: false)
            }
            return try BriefTables(report).csvTables.map { table throws(BriefWriteError) in
                let path = join(name, table.name + ".csv")
                try writeText(CSVRenderer.render(table), to: join(folder, path))
                return path
            }
        }
    }

    private static func writeText(_ text: String, to path: String) throws(BriefWriteError) {
        try attempt(path) { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
    }

    /// Copies into `staging` whatever the old folder holds that this run does not replace.
    private func keepOtherFiles(from target: String, in staging: String, except replaced: [String])
        throws(BriefWriteError) {
        let files = FileManager.default
        guard files.fileExists(atPath: target) else { return }
        var names: [String] = []
        try attempt(target) { names = try files.contentsOfDirectory(atPath: target) }
        for name in names.sorted() where !replaced.contains(name) {
            try attempt(join(target, name)) { try files.copyItem(atPath: join(target, name), toPath: join(staging, name)) }
        }
    }

    /// Puts `staging` in the place of `target`: flushed to disk, then swapped in one step;
    /// where the file system cannot, the old folder is moved aside first (and back again if
    /// the second move fails), and the user is told.
    private func replace(_ target: String, with staging: String, token: String) throws(BriefWriteError) {
        let files = FileManager.default
        try FolderSwap.sync(tree: staging)
        guard files.fileExists(atPath: target) else {
            try FolderSwap.rename(staging, to: target)
            try FolderSwap.sync(outputDirectory)
            return
        }
        if try FolderSwap.exchange(staging, target) {
            try FolderSwap.sync(outputDirectory)
            try? files.removeItem(atPath: staging)
            return
        }
        notice("the file system cannot swap folders in one step; \(target) is replaced by two renames, with a moment "
            + "between them when it is missing")
        let old = join(outputDirectory, ".\(URL(fileURLWithPath: target).lastPathComponent).old-\(token)")
        try FolderSwap.rename(target, to: old)
        do {
            try FolderSwap.rename(staging, to: target)
        } catch {
            try? FolderSwap.rename(old, to: target)
            throw error
        }
        try FolderSwap.sync(outputDirectory)
        try? files.removeItem(atPath: old)
    }

    private func attempt(_ path: String, _ body: () throws -> Void) throws(BriefWriteError) {
        try Self.attempt(path, body)
    }

    static func attempt(_ path: String, _ body: () throws -> Void) throws(BriefWriteError) {
        do {
            try body()
        } catch {
            throw .fileSystem(Self.reason(error), path: path)
        }
    }

    /// The plain reason of a file-system error, without Foundation's domain and code.
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}

/// `directory/name`, without a leading `./`.
func join(_ directory: String, _ name: String) -> String {
    directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
}
