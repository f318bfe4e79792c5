import Foundation

/// A small, seeded random number generator (SplitMix64): the same seed gives the same mutants
/// on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Ways to damage a ledger file, as a careless editor, a broken disk or a hostile user would.
enum Mutation: String, CaseIterable {
    case flipBytes, truncate, deleteLine, duplicateLine, swapValues, longString, oddDate, oddNumber, yamlTrick

    /// Values that are dates only in appearance.
    static let oddDates = [
        "2025-02-30", "0000-00-00", "9999-12-31", "2025-13", "2025-Q5", "2025-Q0", "2025-01-01..2024-01-01",
        "1969-12-31", "2025-1-1", "-2025", "2025-11-24..", "..2025-11-24", "2025-11-24..2025-11-24..2025-11-25",
        "undated..2025", "20251124", "2025-W48", "99999-01-01",
    ]
    /// Values that are numbers only in appearance, or numbers at their limits.
    static let oddNumbers = [
        "1e309", "-0", "NaN", ".nan", ".inf", "-.inf", "99999999999999999999999", "0x1F", "1_000", "-1", "0",
        "9223372036854775808", "-9223372036854775809", "1.7976931348623157e308", "4.9e-324", "١٢٣",
    ]
    /// Lines YAML reads in surprising ways.
    static let yamlTricks = [
        "&anchor x", "*anchor", "!!binary aGVsbG8=", "? [a, b]\n: c", "\t- tab", "<<: {a: 1}", "---", "...",
        "%YAML 1.1", "key: [unclosed", "key: {a: [b, {c: d}]}", "- - - - - - - - - - - -", "\u{0}", "\u{FEFF}x: y",
        "key: |\n  block\n bad indent", "key: 'it''s'", "\"\\x\"", "id: \"\u{202E}evil\"",
    ]

    /// Applies the mutation to `bytes` with `random`.
    func apply(to bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var lines = Self.lines(bytes)
        switch self {
        case .flipBytes:
            guard !bytes.isEmpty else { return [0xFF] }
            var copy = bytes
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let index = Int.random(in: 0..<copy.count, using: &random)
                copy[index] ^= UInt8.random(in: 1...255, using: &random)
            }
            return copy
        case .truncate:
            return Array(bytes.prefix(bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)))
        case .deleteLine:
            guard !lines.isEmpty else { return bytes }
            lines.remove(at: Int.random(in: 0..<lines.count, using: &random))
        case .duplicateLine:
            guard !lines.isEmpty else { return bytes }
            let index = Int.random(in: 0..<lines.count, using: &random)
            lines.insert(lines[index], at: index)
        case .swapValues:
            let valued = lines.indices.filter { lines[$0].contains(": ") }
            guard valued.count > 1 else { return bytes }
            let first = valued.randomElement(using: &random)!, second = valued.randomElement(using: &random)!
            let (key1, value1) = Self.split(lines[first]), (key2, value2) = Self.split(lines[second])
            lines[first] = key1 + value2
            lines[second] = key2 + value1
        case .longString:
            let long = String(repeating: "Ab€ ", count: Int.random(in: 1_000...60_000, using: &random))
            replaceValue(in: &lines, with: long, using: &random)
        case .oddDate:
            replaceValue(in: &lines, with: Self.oddDates.randomElement(using: &random)!, using: &random)
        case .oddNumber:
            replaceValue(in: &lines, with: Self.oddNumbers.randomElement(using: &random)!, using: &random)
        case .yamlTrick:
            let index = lines.isEmpty ? 0 : Int.random(in: 0...lines.count, using: &random)
            lines.insert(Self.yamlTricks.randomElement(using: &random)!, at: index)
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    private func replaceValue(in lines: inout [String], with value: String, using random: inout SeededGenerator) {
        let valued = lines.indices.filter { lines[$0].contains(": ") }
        guard let index = valued.randomElement(using: &random) else { return }
        lines[index] = Self.split(lines[index]).key + value
    }

    /// A line cut after its "key: ".
    private static func split(_ line: String) -> (key: String, value: String) {
        guard let range = line.range(of: ": ") else { return (line, "") }
        return (String(line[..<range.upperBound]), String(line[range.upperBound...]))
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }
}
