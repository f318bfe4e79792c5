import LiaisonCore

/// A table of the brief, as both the CSV and the XLSX renderers lay it out.
public struct Table: Sendable, Hashable {
    /// The CSV file's stem (`partners-by-region`).
    public let name: String
    /// The title a reader sees (`Partners by region`).
    public let title: String
    public let columns: [Column]
    /// One cell per column in each row.
    public let rows: [[Cell]]

    public init(name: String, title: String, columns: [Column], rows: [[Cell]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "table \(name): a row does not fit the columns")
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The same table with only the columns meant for `output`.
    public func columns(for output: Column.Output) -> Table {
        let kept = columns.indices.filter { columns[$0].outputs.contains(output) }
        if kept.count == columns.count { return self }
        return Table(name: name, title: title, columns: kept.map { columns[$0] },
                     rows: rows.map { row in kept.map { row[$0] } })
    }

    /// The same table with only the rows for which `keep` holds.
    func filter(_ keep: ([Cell]) -> Bool) -> Table {
        Table(name: name, title: title, columns: columns, rows: rows.filter(keep))
    }
}

/// A column: its CSV header, its title in the workbook, and where it appears.
public struct Column: Sendable, Hashable {
    /// Where a column appears.
    public enum Output: Sendable, Hashable {
        case csv
        case workbook
    }

    /// The CSV header (`new_partners`).
    public let key: String
    /// The workbook header (`New partners`).
    public let title: String
    public let outputs: Set<Output>

    public init(_ key: String, _ title: String, only output: Output? = nil) {
        self.key = key
        self.title = title
        outputs = output.map { [$0] } ?? [.csv, .workbook]
    }
}

/// One value of a table, typed so that a spreadsheet gets numbers and dates, not text.
public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    case date(Day)
    case bool(Bool)
    /// A word of a closed vocabulary: `code` in CSV (`visit-made`), `label` for readers
    /// (`visit made`).
    case term(code: String, label: String)
    /// A web address shown as `label`.
    case link(url: String, label: String)
    case empty

    /// Text, or empty when `nil` or blank.
    static func text(_ value: String?) -> Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    /// Values joined by `; `, or empty.
    static func list(_ values: [String]) -> Cell { .text(values.joined(separator: "; ")) }
}
