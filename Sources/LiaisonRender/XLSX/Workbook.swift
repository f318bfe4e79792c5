import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What went wrong writing a workbook: an Excel limit caught before libxlsxwriter was
/// called, or libxlsxwriter's own error with its text.
public enum WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotCreate(path: String)
    case invalidSheetName(String, reason: String)
    case textTooLong(sheet: String, cell: String, characters: Int)
    case urlTooLong(sheet: String, cell: String, characters: Int)
    case tooManyRows(sheet: String, rows: Int)
    /// libxlsxwriter failed; `message` is `lxw_strerror`'s text.
    case library(message: String, during: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path): "cannot create the workbook \(path)"
        case .invalidSheetName(let name, let reason): "'\(name)' cannot name a sheet: \(reason)"
        case .textTooLong(let sheet, let cell, let count):
            "\(sheet)!\(cell) holds \(count) characters; a spreadsheet cell holds at most \(Workbook.maxTextLength)"
        case .urlTooLong(let sheet, let cell, let count):
            "\(sheet)!\(cell): a link of \(count) characters; spreadsheets take at most \(Workbook.maxURLLength)"
        case .tooManyRows(let sheet, let rows):
            "sheet \(sheet) would have \(rows) rows; a sheet holds at most \(Workbook.maxRows)"
        case .library(let message, let during): "libxlsxwriter: \(message) (while \(during))"
        }
    }
}

/// An XLSX file being written through libxlsxwriter. Call `close()` once to write it.
final class Workbook {
    static let maxTextLength = 32_767
    static let maxURLLength = 2_079
    static let maxRows = Int(LXW_ROW_MAX)
    static let maxSheetNameLength = Int(LXW_SHEETNAME_MAX)

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var sheetNames: Set<String> = []

    init(path: String) throws(WorkbookError) {
        guard let handle = workbook_new(path) else { throw .cannotCreate(path: path) }
        self.handle = handle
    }

    deinit {
        // A workbook abandoned after an error still holds memory; closing frees it.
        if let handle { workbook_close(handle) }
    }

    /// Sets the document properties; `created` fixes the creation time so that the same
    /// data gives the same bytes.
    func setProperties(title: String, subject: String, author: String, created: time_t) throws(WorkbookError) {
        let strings = [title, subject, author].map { text in text.withCString { strdup($0) } }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.subject = strings[1]
        properties.author = strings[2]
        properties.created = created
        try check(workbook_set_properties(try open(), &properties), during: "setting the document properties")
    }

    /// Adds a sheet, after checking the name against Excel's rules.
    func addSheet(_ name: String) throws(WorkbookError) -> Sheet {
        if name.isEmpty { throw .invalidSheetName(name, reason: "it is empty") }
        if name.count > Self.maxSheetNameLength {
            throw .invalidSheetName(name, reason: "it is longer than \(Self.maxSheetNameLength) characters")
        }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw .invalidSheetName(name, reason: "it contains '\(bad)'")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidSheetName(name, reason: "it begins or ends with an apostrophe")
        }
        if !sheetNames.insert(name.lowercased()).inserted {
            throw .invalidSheetName(name, reason: "another sheet has that name")
        }
        guard let sheet = workbook_add_worksheet(try open(), name) else {
            throw .library(message: "the sheet was refused", during: "adding sheet \(name)")
        }
        return Sheet(name: name, handle: sheet)
    }

    /// A new cell format.
    func addFormat(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) throws(WorkbookError) -> Format {
        guard let format = workbook_add_format(try open()) else {
            throw .library(message: "no memory for a format", during: "adding a format")
        }
        configure(format)
        return Format(handle: format)
    }

    /// A new chart of `type` (`LXW_CHART_BAR`, …), to fill in and insert into a sheet.
    func addChart(_ type: lxw_chart_type) throws(WorkbookError) -> UnsafeMutablePointer<lxw_chart> {
        guard let chart = workbook_add_chart(try open(), UInt8(type.rawValue)) else {
            throw .library(message: "the chart was refused", during: "adding a chart")
        }
        return chart
    }

    /// Writes the file and frees the workbook.
    func close() throws(WorkbookError) {
        let workbook = try open()
        handle = nil
        try check(workbook_close(workbook), during: "writing the workbook")
    }

    private func open() throws(WorkbookError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw .library(message: "the workbook is closed", during: "using it") }
        return handle
    }
}

/// A cell format owned by its workbook.
struct Format {
    let handle: UnsafeMutablePointer<lxw_format>
}

/// A sheet of a workbook; every write checks Excel's limits first.
struct Sheet {
    let name: String
    let handle: UnsafeMutablePointer<lxw_worksheet>

    func write(_ text: String, row: Int, column: Int, format: Format? = nil) throws(WorkbookError) {
        let length = text.utf8.count <= Workbook.maxTextLength ? 0 : text.unicodeScalars.count
        guard length <= Workbook.maxTextLength else {
            throw .textTooLong(sheet: name, cell: Self.reference(row, column), characters: length)
        }
        try check(worksheet_write_string(handle, try Self.row(row, name), lxw_col_t(column), text, format?.handle),
                  during: "writing \(name)!\(Self.reference(row, column))")
    }

    func write(_ number: Double, row: Int, column: Int, format: Format? = nil) throws(WorkbookError) {
        try check(worksheet_write_number(handle, try Self.row(row, name), lxw_col_t(column), number, format?.handle),
                  during: "writing \(name)!\(Self.reference(row, column))")
    }

    func write(year: Int, month: Int, day: Int, row: Int, column: Int, format: Format) throws(WorkbookError) {
        var datetime = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        try check(worksheet_write_datetime(handle, try Self.row(row, name), lxw_col_t(column), &datetime,
                                           format.handle),
                  during: "writing \(name)!\(Self.reference(row, column))")
    }

    func write(url: String, label: String, row: Int, column: Int) throws(WorkbookError) {
        let length = url.unicodeScalars.count
        guard length <= Workbook.maxURLLength else {
            throw .urlTooLong(sheet: name, cell: Self.reference(row, column), characters: length)
        }
        try check(worksheet_write_url_opt(handle, try Self.row(row, name), lxw_col_t(column), url, nil, label, nil),
                  during: "writing the link in \(name)!\(Self.reference(row, column))")
    }

    func setColumnWidth(_ column: Int, _ width: Double) throws(WorkbookError) {
        try check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil),
                  during: "sizing column \(Self.columnLetters(column)) of \(name)")
    }

    /// Freezes the rows above `row`.
    func freezeRows(above row: Int) { worksheet_freeze_panes(handle, lxw_row_t(row), 0) }

    /// Prints landscape, one page wide, the header row repeated on every page.
    func printAsTable() throws(WorkbookError) {
        worksheet_set_landscape(handle)
        worksheet_fit_to_pages(handle, 1, 0)
        try check(worksheet_repeat_rows(handle, 0, 0), during: "setting the print titles of \(name)")
    }

    func autofilter(firstRow: Int, lastRow: Int, columns: Int) throws(WorkbookError) {
        try check(worksheet_autofilter(handle, lxw_row_t(firstRow), 0, lxw_row_t(lastRow), lxw_col_t(columns - 1)),
                  during: "adding the filter of \(name)")
    }

    /// Places a chart with its top left corner at a cell, scaled from 480 × 288 pixels.
    func insert(_ chart: UnsafeMutablePointer<lxw_chart>, row: Int, column: Int, xScale: Double = 1,
                yScale: Double = 1) throws(WorkbookError) {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        try check(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart, &options),
                  during: "placing the chart in \(name)")
    }

    /// `B7` for row 6, column 1 (both counted from 0).
    static func reference(_ row: Int, _ column: Int) -> String { "\(columnLetters(column))\(row + 1)" }

    static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    private static func row(_ row: Int, _ sheet: String) throws(WorkbookError) -> lxw_row_t {
        guard row < Workbook.maxRows else { throw .tooManyRows(sheet: sheet, rows: row + 1) }
        return lxw_row_t(row)
    }
}

/// Turns a libxlsxwriter error code into a `WorkbookError` carrying `lxw_strerror`'s text.
private func check(_ code: lxw_error, during action: @autoclosure () -> String) throws(WorkbookError) {
    guard code != LXW_NO_ERROR else { return }
    throw .library(message: String(cString: lxw_strerror(code)), during: action())
}
