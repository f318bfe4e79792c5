import Foundation
import Testing
@testable import LiaisonRender

/// Publishing a brief so that a reader never finds it missing, cleaning up after runs that
/// died, and one run at a time per output folder.
@Suite struct PublishingTests {
    /// What a reader thread saw while briefs were rewritten.
    final class Reader: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        private var looked = 0
        private var missed = 0
        var looks: Int { lock.withLock { looked } }
        var misses: Int { lock.withLock { missed } }

        func watch(_ path: String) {
            while !lock.withLock({ stopped }) {
                for _ in 0..<200 {
                    let missing = access(path, F_OK) != 0
                    lock.withLock {
                        looked += 1
                        if missing { missed += 1 }
                    }
                }
            }
        }

        func stop() { lock.withLock { stopped = true } }
    }

    @Test func aReaderAlwaysFindsABriefWhileItIsRewritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = BriefWriter(outputDirectory: folder.path)
        let report = try Seeds.report("2025-Q4")
        _ = try writer.write(report, formats: [.txt])
        let reader = Reader()
        let path = folder.file("2025-Q4/liaison-2025-Q4.txt")
        let thread = Thread { reader.watch(path) }
        thread.start()
        Self.waitFor { reader.looks > 0 }
        // At least 40 rewrites, and on until the reader has looked often (a busy machine may starve it).
        var rewrites = 0
        while rewrites < 40 || (reader.looks < 1000 && rewrites < 4000) {
            _ = try writer.write(report, formats: [.txt])
            rewrites += 1
        }
        reader.stop()
        while !thread.isFinished { usleep(1000) }
        #expect(reader.looks >= 1000)
        #expect(reader.misses == 0)
    }

    @Test func exchangeSwapsTwoFoldersInOneStep() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, text) in [("a", "first"), ("b", "second")] {
            try FileManager.default.createDirectory(atPath: folder.file(name), withIntermediateDirectories: false)
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder.file("\(name)/file")))
        }
        #expect(try FolderSwap.exchange(folder.file("a"), folder.file("b")))
        #expect(try String(contentsOfFile: folder.file("a/file"), encoding: .utf8) == "second")
        #expect(try String(contentsOfFile: folder.file("b/file"), encoding: .utf8) == "first")
    }

    /// The id of a process that has ended.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func workingFoldersOfDeadRunsAreRemovedAndOthersKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dead = try Self.deadProcessID()
        let alive = ProcessInfo.processInfo.processIdentifier
        let names = [".2025-Q4.new-\(dead)-7", ".2025-Q3.old-\(dead)-8", ".2025-Q4.new-\(alive)-9", ".keep", "2024-Q1"]
        for name in names {
            try FileManager.default.createDirectory(atPath: folder.file(name), withIntermediateDirectories: false)
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file("\(name)/file")))
        }
        _ = try BriefWriter(outputDirectory: folder.path).write(try Seeds.report("2025-Q4"), formats: [.txt])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".2025-Q4.new-\(alive)-9", ".keep", "2024-Q1", "2025-Q4"])
    }

    @Test(arguments: [(".2025-Q4.new-123-456", 123), (".2025-Q4.old-9-1", 9), (".2025-Q4.new-12", nil), ("2025-Q4.new-1-2", nil),
                      (".notes.new-x-1", nil), (".2025-Q4.new--1", nil)] as [(String, Int32?)])
    func workingFolderNamesGiveTheirRun(_ name: String, _ pid: Int32?) {
        #expect(Leftovers.runID(of: name) == pid)
    }

    /// A final box for the writer thread's result.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var notices: [String] = []
        func finish() { lock.withLock { done = true } }
        func note(_ text: String) { lock.withLock { notices.append(text) } }
        var finished: Bool { lock.withLock { done } }
        var said: [String] { lock.withLock { notices } }
    }

    /// Whether `flock -n` can take the lock on `path` right now.
    static func lockIsFree(_ path: String) throws -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        probe.arguments = ["-n", path, "true"]
        try probe.run()
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    /// Sleeps in short steps until `condition` holds, for at most a minute.
    static func waitFor(_ condition: () throws -> Bool) rethrows {
        var steps = 0
        while try !condition(), steps < 6_000 {
            usleep(10_000)
            steps += 1
        }
    }

    @Test func aRunWaitsForTheLockAnotherRunHolds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Another process holds the lock the quarterly script takes until its input closes.
        let release = Pipe()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [folder.path, "cat"]
        holder.standardInput = release
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        try Self.waitFor { try !Self.lockIsFree(folder.path) }
        let outcome = Outcome()
        let report = try Seeds.report("2025-Q4")
        let thread = Thread {
            _ = try? BriefWriter(outputDirectory: folder.path, notice: outcome.note).write(report, formats: [.txt])
            outcome.finish()
        }
        thread.start()
        Self.waitFor { !outcome.said.isEmpty }
        // Time to finish for a run that did not wait (one that waits never does while the lock is held).
        usleep(500_000)
        #expect(outcome.said.first?.contains("another run is writing briefs") == true)
        #expect(!outcome.finished)
        #expect(!FileManager.default.fileExists(atPath: folder.file("2025-Q4")))
        try release.fileHandleForWriting.close()
        holder.waitUntilExit()
        Self.waitFor { outcome.finished }
        #expect(outcome.finished)
        #expect(FileManager.default.fileExists(atPath: folder.file("2025-Q4/liaison-2025-Q4.txt")))
    }
}
