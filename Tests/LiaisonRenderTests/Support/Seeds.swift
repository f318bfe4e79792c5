import Foundation
import LiaisonCore
import LiaisonMetrics

/// The bundled seed ledger and the places tests keep their files.
enum Seeds {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ledger = LedgerLoader(directory: repository.appendingPathComponent("seeds").path).load().ledger
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let xlsxReader = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("read_xlsx.py").path

    /// The seeds' report of a quarter (`2025-Q4`) or a year (`2024`) as of 2 January 2026.
    static func report(_ period: String) throws -> PeriodReport {
        guard let asOf = Day(iso: "2026-01-02") else { throw CocoaError(.formatting) }
        if let quarter = Quarter(parsing: period) { return try PeriodReport(ledger: ledger, quarter: quarter, asOf: asOf) }
        guard let year = Int(period) else { throw CocoaError(.formatting) }
        return try PeriodReport(ledger: ledger, period: .year(year), asOf: asOf)
    }
}

/// A fresh temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-render-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Every file below the folder, relative paths sorted, hidden ones included.
    func listing() -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
            .filter { !isDirectory(file($0)) }.sorted()
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
