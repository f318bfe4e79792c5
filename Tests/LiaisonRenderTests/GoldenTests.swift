import Foundation
import LiaisonMetrics
import Testing
@testable import LiaisonRender

/// The text briefing and the CSV tables of the seeds against files a person has read.
///
/// 2025-Q4 is the Marrakech quarter; 2025-Q2 holds nothing; 2024 is the year the first seed
/// article reviews (its numbers checked by hand against that article and the Glasgow one).
/// To accept a deliberate change, run `LIAISON_UPDATE_GOLDEN=1 swift test --filter GoldenTests`,
/// then read the diff.
@Suite struct GoldenTests {
    static let updating = ProcessInfo.processInfo.environment["LIAISON_UPDATE_GOLDEN"] == "1"

    func compare(_ actual: String, golden relativePath: String) throws {
        let url = Seeds.golden.appendingPathComponent(relativePath)
        if Self.updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(relativePath)")
    }

    @Test(arguments: ["2025-Q4", "2025-Q2", "2024"])
    func textBriefing(_ period: String) throws {
        let text = TextRenderer.render(try Seeds.report(period))
        try compare(text, golden: "\(period)/liaison-\(period).txt")
    }

    @Test(arguments: ["2025-Q4", "2025-Q2", "2024"])
    func csvTables(_ period: String) throws {
        let tables = BriefTables(try Seeds.report(period)).csvTables
        for table in tables {
            try compare(CSVRenderer.render(table), golden: "\(period)/csv/\(table.name).csv")
        }
        let goldenFiles = try FileManager.default.contentsOfDirectory(
            atPath: Seeds.golden.appendingPathComponent("\(period)/csv").path)
        #expect(goldenFiles.sorted() == tables.map { $0.name + ".csv" }.sorted())
    }

    @Test func theEmptyQuarterSaysSoInASentence() throws {
        let text = TextRenderer.render(try Seeds.report("2025-Q2"))
        #expect(text.contains("Nothing is recorded for 2025-Q2"))
        #expect(!text.contains("PARTNERSHIPS BY REGION"))
        let regions = CSVRenderer.render(BriefTables(try Seeds.report("2025-Q2")).partnersByRegion.columns(for: .csv))
        #expect(regions.split(separator: "\r\n").count == 8)
    }

    @Test(arguments: ["2025-Q4", "2025-Q2", "2024-Q4", "2024", "2025"])
    func noLineIsWiderThan80Columns(_ period: String) throws {
        let lines = TextRenderer.render(try Seeds.report(period)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }
}
