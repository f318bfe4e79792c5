import Foundation
import LiaisonCore
import LiaisonMetrics
import Testing
@testable import LiaisonRender

/// The workbook, read back by hand (unzipped XML) and by openpyxl, through
/// `Support/read_xlsx.py`.
@Suite struct XLSXRendererTests {
    /// Runs the reader on a workbook and returns its JSON.
    /// The workbook of `tables` read back both ways, and openpyxl's part on its own.
    func readBackWithOpenpyxl(_ tables: BriefTables) throws -> (all: [String: Any], openpyxl: [String: Any]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try XLSXRenderer.write(tables, to: folder.file("brief.xlsx"))
        let json = try readBack(folder.file("brief.xlsx"))
        let independent = try #require(json["openpyxl"] as? [String: Any], "\(json["openpyxl_error"] ?? "")")
        return (json, independent)
    }

    func readBack(_ path: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Seeds.xlsxReader, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "read_xlsx.py failed")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func sheets(_ json: [String: Any]) -> [[String: Any]] {
        ((json["raw"] as? [String: Any])?["sheets"] as? [[String: Any]]) ?? []
    }

    func sheet(_ json: [String: Any], _ name: String) -> [String: Any] {
        sheets(json).first { $0["name"] as? String == name } ?? [:]
    }

    func cell(_ sheet: [String: Any], row: Int, column: Int) -> [String: Any] {
        (sheet["cells"] as? [String: Any])?["\(row):\(column)"] as? [String: Any] ?? [:]
    }

    @Test func theSeedWorkbookReadsBackWithTypedCells() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try Seeds.report("2025-Q4")
        try XLSXRenderer.write(BriefTables(report), to: folder.file("brief.xlsx"))
        let json = try readBack(folder.file("brief.xlsx"))

        #expect(sheets(json).map { $0["name"] as? String } == [
            "Summary", "Regions", "Sub-regions", "Partners", "Trends", "Lapsed partners", "Returning partners",
            "Agreements", "Agreement types", "Training", "Welfare",
            "Other initiatives", "Engagements", "Topics", "Figures", "Statements", "Mentions", "Without a quarter",
            "Sources",
        ])
        #expect(sheet(json, "Regions")["header"] as? [String] == [
            "Region", "Partners", "Countries", "Organisations", "Engagements", "New partners",
            "Partners previous quarter", "Change", "Partners year to date",
        ])
        let partners = sheet(json, "Partners")
        #expect((partners["header"] as? [String])?.prefix(3) == ["Partner", "Code", "Kind"])
        // Row 2 is INTERPOL: 2 engagements (column F), from 24 November 2025 (column H).
        #expect(cell(partners, row: 2, column: 0)["value"] as? String == "INTERPOL")
        #expect(cell(partners, row: 2, column: 5)["type"] as? String == "number")
        #expect(cell(partners, row: 2, column: 5)["value"] as? Double == 2)
        #expect(cell(partners, row: 2, column: 7)["type"] as? String == "date")
        #expect(cell(partners, row: 2, column: 7)["format"] as? String == "yyyy-mm-dd")
        // Excel's serial number of 2025-11-24.
        #expect(cell(partners, row: 2, column: 7)["value"] as? Double == 45985)
        // Yes and no as text: LibreOffice shows boolean cells as 1 and 0.
        #expect(cell(partners, row: 2, column: 9)["value"] as? String == "no")
        for table in sheets(json).dropFirst() {
            #expect(table["frozen"] as? Bool == true, "\(table["name"] ?? "") header not frozen")
            #expect(table["autofilter"] as? Bool == true, "\(table["name"] ?? "") has no filter")
        }
        #expect((json["raw"] as? [String: Any])?["charts"] as? [String] == ["xl/charts/chart1.xml", "xl/charts/chart2.xml"])
    }

    @Test func theTrendsSheetHoldsTheTrendCSVAndALinePerRegion() throws {
        let tables = BriefTables(try Seeds.report("2025-Q4"))
        let (json, independent) = try readBackWithOpenpyxl(tables)
        let rows = try #require(independent["trends"] as? [[Any]])
        // Quarters, seven regions and four counts as numbers; recorded as yes or no.
        let fromWorkbook = rows.dropFirst().map { row in
            ([row[0] as? String ?? "?"] + row[1...11].map { ($0 as? NSNumber).map { String($0.intValue) } ?? "?" }
                + [(row[12] as? String).map { $0 == "yes" ? "true" : "false" } ?? "?"]).joined(separator: ",")
        }
        let csv = CSVRenderer.render(tables.trends.columns(for: .csv)).split(separator: "\r\n").dropFirst().map(String.init)
        #expect(fromWorkbook.count == 8)
        #expect(fromWorkbook == csv)

        let charts = try #require((json["raw"] as? [String: Any])?["chart_details"] as? [[String: Any]])
        let trend = try #require(charts.first { ($0["kinds"] as? [String]) == ["lineChart"] })
        let series = try #require(trend["series"] as? [[String: String]])
        #expect(series.count == Region.allCases.count)
        #expect(series.first?["name"] == "Trends!$B$1")
        #expect(series.first?["categories"] == "Trends!$A$2:$A$9")
        #expect(series.first?["values"] == "Trends!$B$2:$B$9")
        #expect(series.last?["values"] == "Trends!$H$2:$H$9")
    }

    @Test func openpyxlReadsTheSameRegionNumbersAsTheCSV() throws {
        let tables = BriefTables(try Seeds.report("2025-Q4"))
        let (json, independent) = try readBackWithOpenpyxl(tables)
        let rows = try #require(independent["regions"] as? [[Any]])
        let fromWorkbook = rows.dropFirst().map { row in
            ([row[0] as? String ?? "?"] + row[1...7].map { ($0 as? NSNumber).map { String($0.intValue) } ?? "?" })
                .joined(separator: ",")
        }
        let csv = CSVRenderer.render(tables.partnersByRegion.columns(for: .csv))
            .split(separator: "\r\n").dropFirst().map(String.init)
        #expect(fromWorkbook == csv)
        #expect(independent["title"] as? String == "Liaison quarterly brief 2025-Q4")
        #expect(independent["author"] as? String == "Liaison")
        #expect(independent["created"] as? String == "2025-12-31T00:00:00")
    }

    /// The seeds' 2024: openpyxl reads the Regions sheet as the CSV has it (the year's
    /// counts, then its quarters), the title and sheet names speak of a year, and the trend
    /// chart draws the year's four quarters.
    @Test func theYearWorkbookReadsBackAsTheYearsCSV() throws {
        let tables = BriefTables(try Seeds.report("2024"))
        let (json, independent) = try readBackWithOpenpyxl(tables)
        let rows = try #require(independent["regions"] as? [[Any]])
        let fromWorkbook = rows.map { row in
            row.map { ($0 as? NSNumber).map { String($0.intValue) } ?? ($0 as? String ?? "?") }.joined(separator: ",")
        }
        let csv = CSVRenderer.render(tables.partnersByRegion.columns(for: .csv)).split(separator: "\r\n").map(String.init)
        #expect(fromWorkbook.dropFirst() == csv.dropFirst())
        #expect(fromWorkbook.first == "Region,Partners,Countries,Organisations,Engagements,New partners,"
            + "Partners previous year,Change,Q1,Q2,Q3,Q4")
        #expect(fromWorkbook.last == "International organisations,2,0,2,3,1,1,1,0,0,0,2")
        #expect(independent["title"] as? String == "Liaison year in review 2024")
        #expect(independent["created"] as? String == "2024-12-31T00:00:00")
        let names = try #require(independent["sheetnames"] as? [String])
        #expect(names.contains("Undated") && !names.contains("Without a quarter"))
        #expect(cell(sheet(json, "Summary"), row: 4, column: 0)["value"] as? String == "Year")

        let charts = try #require((json["raw"] as? [String: Any])?["chart_details"] as? [[String: Any]])
        let trend = try #require(charts.first { ($0["kinds"] as? [String]) == ["lineChart"] })
        let series = try #require(trend["series"] as? [[String: String]])
        #expect(series.first?["categories"] == "Trends!$A$2:$A$5")
        #expect((independent["trends"] as? [[Any]])?.dropFirst().map { $0[0] as? String } == [
            "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4",
        ])
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tables = BriefTables(try Seeds.report("2025-Q4"))
        try XLSXRenderer.write(tables, to: folder.file("a.xlsx"))
        try XLSXRenderer.write(tables, to: folder.file("b.xlsx"))
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.file("a.xlsx")))
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: folder.file("b.xlsx")))))
        #expect(first.count > 10_000)
    }

    /// A one-engagement ledger whose article has a URL and whose summary is `summary`.
    func report(summary: String) throws -> PeriodReport {
        let day = try #require(Day(iso: "2025-11-24"))
        let partner = try #require(Gazetteer.standard.partner(code: "ES"))
        let article = Article(id: "a1", file: "a1.txt", title: "=HYPERLINK(\"http://evil\")", url: "https://example.org/a1",
                              published: .day(day))
        let engagement = Engagement(id: "e1", partners: [partner], kind: .meeting, date: .day(day), summary: summary,
                                    sources: [Provenance(article: "a1", lines: [1], location: SourceLocation(path: "t"))])
        let ledger = Ledger(articles: [article], engagements: [engagement])
        return try PeriodReport(ledger: ledger, quarter: Quarter(containing: day), asOf: day)
    }

    @Test func sourceURLsAreHyperlinksAndFormulasStayText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try XLSXRenderer.write(BriefTables(try report(summary: "=1+1")), to: folder.file("brief.xlsx"))
        let json = try readBack(folder.file("brief.xlsx"))
        #expect(sheet(json, "Sources")["hyperlinks"] as? Int == 1)
        let title = cell(sheet(json, "Sources"), row: 2, column: 2)
        #expect(title["type"] as? String == "string")
        #expect(title["value"] as? String == "=HYPERLINK(\"http://evil\")")
    }

    @Test func excelLimitsAreCheckedBeforeLibxlsxwriter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = String(repeating: "x", count: 40_000)
        #expect(throws: WorkbookError.textTooLong(sheet: "Engagements", cell: "M2", characters: 40_000)) {
            try XLSXRenderer.write(BriefTables(try report(summary: long)), to: folder.file("brief.xlsx"))
        }
        let workbook = try Workbook(path: folder.file("names.xlsx"))
        #expect(throws: WorkbookError.invalidSheetName("Bad/Name", reason: "it contains '/'")) {
            try workbook.addSheet("Bad/Name")
        }
        #expect(throws: WorkbookError.invalidSheetName(String(repeating: "s", count: 32),
                                                       reason: "it is longer than 31 characters")) {
            try workbook.addSheet(String(repeating: "s", count: 32))
        }
        _ = try workbook.addSheet("Regions")
        #expect(throws: WorkbookError.invalidSheetName("REGIONS", reason: "another sheet has that name")) {
            try workbook.addSheet("REGIONS")
        }
    }

    @Test func libxlsxwriterErrorsCarryItsText() throws {
        let workbook = try Workbook(path: "/nonexistent-folder/brief.xlsx")
        _ = try workbook.addSheet("Summary")
        do {
            try workbook.close()
            Issue.record("closing into a missing folder should fail")
        } catch {
            guard case .library(let message, let during) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("Error creating output xlsx file"))
            #expect(during == "writing the workbook")
        }
    }
}
