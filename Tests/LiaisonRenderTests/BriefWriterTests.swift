import Foundation
import LiaisonMetrics
import Testing
@testable import LiaisonRender

/// Writing a quarter's folder all at once, and leaving the old one alone on failure.
@Suite struct BriefWriterTests {
    func contents(_ folder: TemporaryFolder) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in folder.listing() { contents[name] = try Data(contentsOf: URL(fileURLWithPath: folder.file(name))) }
        return contents
    }

    @Test func writesEveryFormatUnderTheQuarterFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.file("Reports")
        let paths = try BriefWriter(outputDirectory: out).write(try Seeds.report("2025-Q4"), formats: [.csv, .xlsx, .txt])
        #expect(paths.count == 19)
        #expect(paths.contains("\(out)/2025-Q4/liaison-2025-Q4.xlsx"))
        #expect(paths.contains("\(out)/2025-Q4/liaison-2025-Q4.txt"))
        #expect(paths.contains("\(out)/2025-Q4/csv/partners-by-region.csv"))
        #expect(folder.listing().count == 19)
    }

    @Test func formatsNotAskedForAndOtherFilesAreKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = BriefWriter(outputDirectory: folder.path)
        _ = try writer.write(try Seeds.report("2025-Q4"), formats: [.csv, .xlsx])
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: folder.file("2025-Q4/notes.md")))
        let before = try contents(folder)
        let paths = try writer.write(try Seeds.report("2025-Q4"), formats: [.txt])
        #expect(paths == ["\(folder.path)/2025-Q4/liaison-2025-Q4.txt"])
        var after = try contents(folder)
        #expect(after.removeValue(forKey: "2025-Q4/liaison-2025-Q4.txt") != nil)
        #expect(after == before)
    }

    struct Sabotage: Error {}

    @Test func aFailureLeavesTheEarlierBriefIntactAndNoTemporaryFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = BriefWriter(outputDirectory: folder.path)
        _ = try writer.write(try Seeds.report("2025-Q4"), formats: [.csv, .xlsx, .txt])
        let before = try contents(folder)
        let report = try Seeds.report("2025-Q4")
        // The text and the CSV tables are rendered, then the workbook fails.
        #expect(throws: BriefWriteError.self) {
            try writer.write(report, formats: [.csv, .xlsx, .txt]) { format, report, staging throws(BriefWriteError) in
                if format == .xlsx {
                    throw BriefWriteError.workbook(.library(message: "sabotaged", during: "a test"))
                }
                return try BriefWriter.render(format, report, into: staging)
            }
        }
        #expect(try contents(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["2025-Q4"])
    }

    @Test func aFirstBriefThatFailsLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try Seeds.report("2025-Q4")
        #expect(throws: BriefWriteError.self) {
            try BriefWriter(outputDirectory: folder.path).write(report, formats: [.txt]) { _, _, _ throws(BriefWriteError) in
                throw BriefWriteError.fileSystem("disk full", path: "x")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anUnwritableOutputFolderIsAClearError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data().write(to: URL(fileURLWithPath: folder.file("Reports")))
        let report = try Seeds.report("2025-Q4")
        do throws(BriefWriteError) {
            _ = try BriefWriter(outputDirectory: folder.file("Reports")).write(report, formats: [.txt])
            Issue.record("writing under a file should fail")
        } catch {
            #expect(error.description.hasPrefix(folder.file("Reports")))
        }
    }
}
