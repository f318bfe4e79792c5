import LiaisonCore
import Testing
@testable import LiaisonRender

/// RFC 4180 quoting, typed cells, and the formula guard.
@Suite struct CSVRendererTests {
    @Test(arguments: [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"), ("+33 6 12", "'+33 6 12"), ("-cmd", "'-cmd"), ("@A1", "'@A1"),
        ("\tTab", "'\tTab"), ("\rReturn", "\"'\rReturn\""), ("=1,2", "\"'=1,2\""),
    ])
    func formulaGuard(_ text: String, _ expected: String) {
        #expect(CSVRenderer.field(.text(text)) == expected)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("Türkiye", "Türkiye"), ("a=b", "a=b"), ("", ""),
    ])
    func quoting(_ text: String, _ expected: String) {
        #expect(CSVRenderer.field(.text(text)) == expected)
    }

    @Test func typedCells() throws {
        let day = try #require(Day(iso: "2025-11-24"))
        #expect(CSVRenderer.field(.integer(-3)) == "-3")
        #expect(CSVRenderer.field(.number(12614)) == "12614")
        #expect(CSVRenderer.field(.number(0.25)) == "0.25")
        #expect(CSVRenderer.field(.date(day)) == "2025-11-24")
        #expect(CSVRenderer.field(.bool(true)) == "true")
        #expect(CSVRenderer.field(.term(code: "visit-made", label: "visit made")) == "visit-made")
        #expect(CSVRenderer.field(.link(url: "https://example.org/a?b=1,2", label: "x")) == "\"https://example.org/a?b=1,2\"")
        #expect(CSVRenderer.field(.empty) == "")
    }

    @Test func aTableHasAHeaderAndCRLFLines() {
        let table = Table(name: "t", title: "T", columns: [Column("name", "Name"), Column("count", "Count")],
                          rows: [[.text("Spain"), .integer(2)], [.text("-x"), .integer(-1)]])
        #expect(CSVRenderer.render(table) == "name,count\r\nSpain,2\r\n'-x,-1\r\n")
    }

    @Test func workbookOnlyColumnsAreLeftOut() {
        let table = Table(name: "t", title: "T",
                          columns: [Column("a", "A"), Column("b", "B", only: .workbook), Column("c", "C", only: .csv)],
                          rows: [[.integer(1), .integer(2), .integer(3)]])
        #expect(CSVRenderer.render(table.columns(for: .csv)) == "a,c\r\n1,3\r\n")
        #expect(table.columns(for: .workbook).columns.map(\.key) == ["a", "b"])
    }
}
