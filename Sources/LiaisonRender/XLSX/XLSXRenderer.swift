import CXlsxWriter
import LiaisonCore
import LiaisonMetrics

/// Writes the brief as an XLSX workbook: a summary with a chart, then one sheet per table.
public enum XLSXRenderer {
    /// The sheets after Summary, in order, with the table each shows.
    public static func sheets(_ tables: BriefTables) -> [(name: String, table: Table)] {
        let isYear = tables.report.period.isYear
        return [
            ("Regions", tables.partnersByRegion), ("Sub-regions", tables.partnersBySubregion),
            ("Partners", tables.partners), (trendSheet, tables.trends), ("Lapsed partners", tables.lapsedPartners),
            ("Returning partners", tables.returningPartners), ("Agreements", tables.agreements),
            ("Agreement types", tables.agreementTypes),
            ("Training", tables.initiatives([.training], title: "Training initiatives")),
            ("Welfare", tables.initiatives([.welfare], title: "Welfare initiatives")),
            ("Other initiatives", tables.initiatives([.technology, .infrastructure], title: "Other initiatives")),
            ("Engagements", tables.engagements), ("Topics", tables.topics), ("Figures", tables.figures),
            ("Statements", tables.statements), ("Mentions", tables.mentions),
            (isYear ? "Undated" : "Without a quarter", tables.undated),
            ("Sources", tables.sources),
        ].map { ($0.0, $0.1.columns(for: .workbook)) }
    }

    /// Writes the workbook of `tables` to `path`.
    public static func write(_ tables: BriefTables, to path: String) throws(WorkbookError) {
        let report = tables.report
        let workbook = try Workbook(path: path)
        try workbook.setProperties(
            title: "\(title(report.period)) \(report.period)",
            subject: "International security cooperation of the DGSN and DGST, \(report.period)",
            author: "Liaison", created: unixTime(of: report.period.lastDay))
        let formats = try Formats(workbook)
        let summary = try workbook.addSheet("Summary")
        let sheets = sheets(tables)
        for (name, table) in sheets {
            let sheet = try workbook.addSheet(name)
            try write(table, to: sheet, formats: formats)
            if name == trendSheet {
                try insertTrendChart(into: sheet, quarters: table.rows.count, period: report.period,
                                     chart: try workbook.addChart(LXW_CHART_LINE))
            }
        }
        try writeSummary(report, tables.headline, to: summary, chart: try workbook.addChart(LXW_CHART_BAR),
                         formats: formats)
        try workbook.close()
    }

    /// `Liaison quarterly brief` or `Liaison year in review`.
    private static func title(_ period: Period) -> String {
        period.isYear ? "Liaison year in review" : "Liaison quarterly brief"
    }

    /// The sheet of the trend (a year's: its quarters), which carries a chart.
    static let trendSheet = "Trends"

    /// A line per region, under the trend table: partners engaged in each of its quarters.
    private static func insertTrendChart(into sheet: Sheet, quarters: Int, period: Period,
                                         chart: UnsafeMutablePointer<lxw_chart>) throws(WorkbookError) {
        chart_title_set_name(chart, "Partners engaged by region, " + (period.isYear ? "\(period) by quarter" : "eight quarters"))
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        let lastRow = lxw_row_t(quarters)
        for (offset, _) in Region.allCases.enumerated() {
            let column = lxw_col_t(offset + 1)
            let series = chart_add_series(chart, nil, nil)
            chart_series_set_categories(series, trendSheet, 1, 0, lastRow, 0)
            chart_series_set_values(series, trendSheet, 1, column, lastRow, column)
            chart_series_set_name_range(series, trendSheet, 0, column)
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_AUTOMATIC.rawValue))
        }
        chart_axis_set_name(chart.pointee.y_axis, "Partners")
        chart_axis_set_min(chart.pointee.y_axis, 0)
        try sheet.insert(chart, row: quarters + 2, column: 0, xScale: 1.8, yScale: 1.4)
    }

    private static func writeSummary(_ report: PeriodReport, _ headline: Table, to sheet: Sheet,
                                     chart: UnsafeMutablePointer<lxw_chart>, formats: Formats) throws(WorkbookError) {
        let period = report.period
        try sheet.write("\(title(period)): \(period)", row: 0, column: 0, format: formats.title)
        try sheet.write("International security cooperation of the DGSN and DGST", row: 1, column: 0)
        let noun = period.noun.capitalizedFirst
        let facts: [(String, Cell)] = [
            (noun, .text(period.description)), ("From", .date(period.firstDay)),
            ("To", .date(period.lastDay)), ("As of", .date(report.asOf)),
            ("\(noun) complete", .bool(report.isComplete)),
        ]
        for (offset, fact) in facts.enumerated() {
            try sheet.write(fact.0, row: 3 + offset, column: 0, format: formats.bold)
            try write(fact.1, to: sheet, row: 3 + offset, column: 1, formats: formats)
        }
        let headlineRow = 4 + facts.count
        try writeRows(headline.columns(for: .workbook), to: sheet, from: headlineRow, formats: formats)
        try sheet.setColumnWidth(0, 30)
        for column in 1...3 { try sheet.setColumnWidth(column, 12) }

        chart_title_set_name(chart, "Partners engaged by region, \(period)")
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        let series = chart_add_series(chart, nil, nil)
        let last = lxw_row_t(Region.allCases.count)
        chart_series_set_categories(series, "Regions", 1, 0, last, 0)
        chart_series_set_values(series, "Regions", 1, 1, last, 1)
        // Bar charts draw the first category at the bottom; reversing keeps the table's order.
        chart_axis_set_reverse(chart.pointee.y_axis)
        // Below the key figures, so that the summary prints on one page.
        try sheet.insert(chart, row: headlineRow + headline.rows.count + 2, column: 0)
    }

    /// A table with a bold, frozen, filterable header and columns sized to their content.
    private static func write(_ table: Table, to sheet: Sheet, formats: Formats) throws(WorkbookError) {
        try writeRows(table, to: sheet, from: 0, formats: formats)
        sheet.freezeRows(above: 1)
        try sheet.printAsTable()
        try sheet.autofilter(firstRow: 0, lastRow: table.rows.count, columns: table.columns.count)
        for (column, width) in columnWidths(table).enumerated() { try sheet.setColumnWidth(column, width) }
    }

    private static func writeRows(_ table: Table, to sheet: Sheet, from firstRow: Int,
                                  formats: Formats) throws(WorkbookError) {
        for (column, header) in table.columns.enumerated() {
            try sheet.write(header.title, row: firstRow, column: column, format: formats.bold)
        }
        let isChange = table.columns.map { $0.key == "change" }
        for (offset, row) in table.rows.enumerated() {
            for (column, cell) in row.enumerated() {
                try write(cell, to: sheet, row: firstRow + 1 + offset, column: column, signed: isChange[column],
                          formats: formats)
            }
        }
    }

    /// Writes one cell; `signed` shows integers with their sign (a change).
    private static func write(_ cell: Cell, to sheet: Sheet, row: Int, column: Int, signed: Bool = false,
                              formats: Formats) throws(WorkbookError) {
        switch cell {
        case .text(let text): try sheet.write(text, row: row, column: column)
        case .term(_, let label): try sheet.write(label, row: row, column: column)
        case .integer(let value):
            try sheet.write(Double(value), row: row, column: column, format: signed ? formats.signed : nil)
        case .number(let value): try sheet.write(value, row: row, column: column)
        case .date(let day):
            try sheet.write(year: day.year, month: day.month, day: day.day, row: row, column: column,
                            format: formats.date)
        // Text, not a boolean cell: LibreOffice shows boolean cells as 1 and 0.
        case .bool(let value): try sheet.write(value ? "yes" : "no", row: row, column: column)
        case .link(let url, let label): try sheet.write(url: url, label: label, row: row, column: column)
        case .empty: break
        }
    }

    /// Widths in characters that fit each column's header and cells, between 6 and 60.
    static func columnWidths(_ table: Table) -> [Double] {
        table.columns.indices.map { column in
            let widest = table.rows.reduce(0) { max($0, DisplayWidth.of(displayText($1[column]))) }
            // The header also carries the filter button.
            let header = DisplayWidth.of(table.columns[column].title) + 3
            return Double(min(60, max(6, max(widest + 1, header))))
        }
    }

    private static func displayText(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): text
        case .term(_, let label): label
        case .integer(let value): value > 0 ? "+\(value)" : String(value)
        case .number(let value): String(value)
        case .date: "2025-12-31"
        case .bool: "yes"
        case .link(_, let label): label
        case .empty: ""
        }
    }

    /// Seconds since 1970-01-01 at midnight UTC of `day`.
    static func unixTime(of day: Day) -> time_t {
        // Days from civil (Howard Hinnant's algorithm).
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = (day.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return time_t((era * 146_097 + dayOfEra - 719_468) * 86_400)
    }
}

/// The workbook's cell formats.
private struct Formats {
    let title: Format
    let bold: Format
    let date: Format
    let signed: Format

    init(_ workbook: Workbook) throws(WorkbookError) {
        title = try workbook.addFormat {
            format_set_bold($0)
            format_set_font_size($0, 14)
        }
        bold = try workbook.addFormat { format_set_bold($0) }
        date = try workbook.addFormat { format_set_num_format($0, "yyyy-mm-dd") }
        signed = try workbook.addFormat { format_set_num_format($0, "+0;-0;0") }
    }
}
