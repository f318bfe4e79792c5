/// Writes tables as RFC 4180 CSV: UTF-8, CRLF line ends, a header row, ISO dates,
/// numbers without formatting, vocabulary codes rather than labels.
public enum CSVRenderer {
    /// The CSV text of a table.
    public static func render(_ table: Table) -> String {
        let lines = [table.columns.map { field($0.key) }] + table.rows.map { $0.map(field) }
        return lines.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): field(text)
        case .term(let code, _): field(code)
        case .integer(let value): String(value)
        case .number(let value): number(value)
        case .date(let day): day.iso
        case .bool(let value): value ? "true" : "false"
        case .link(let url, _): field(url)
        case .empty: ""
        }
    }

    /// A text field, defused and quoted as needed.
    static func field(_ text: String) -> String {
        var text = text
        // A spreadsheet would run a cell beginning with these as a formula.
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whole numbers without a decimal point; others in Swift's shortest exact form.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
