/// Plain-text layout measured in display columns: wrapping, padding and aligned tables.
enum TextLayout {
    /// Words of `text` in lines of at most `width` columns; the first line starts with
    /// `first`, the others with `rest`. A word longer than a line is cut.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var hasWord = false
        func flush() {
            lines.append(line)
            line = rest
            hasWord = false
        }
        for var word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            if hasWord, DisplayWidth.of(line) + 1 + DisplayWidth.of(word) > width { flush() }
            // A word too long for a line of its own is cut.
            while DisplayWidth.of(line) + (hasWord ? 1 : 0) + DisplayWidth.of(word) > width {
                let (head, tail) = cut(word, toWidth: width - DisplayWidth.of(line) - (hasWord ? 1 : 0))
                if head.isEmpty {
                    if hasWord { flush() } else { break }
                    continue
                }
                line += (hasWord ? " " : "") + head
                flush()
                word = tail
            }
            if !word.isEmpty {
                line += (hasWord ? " " : "") + word
                hasWord = true
            }
        }
        if hasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest prefix of `word` that fits `width` columns, and the rest.
    static func cut(_ word: String, toWidth width: Int) -> (String, String) {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let next = DisplayWidth.of(word[index])
            if used + next > width { break }
            used += next
            index = word.index(after: index)
        }
        return (String(word[..<index]), String(word[index...]))
    }

    /// `text` padded with spaces to `width` columns, on the right or (for numbers) the left;
    /// cut if longer.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fitted = DisplayWidth.of(text) > width ? cut(text, toWidth: width).0 : text
        let spaces = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        return right ? spaces + fitted : fitted + spaces
    }

    /// Rows of an aligned table: the first column left-aligned, the others right-aligned,
    /// each as wide as its widest cell, two spaces apart; trailing spaces removed.
    static func table(_ rows: [[String]], leftColumns: Int = 1) -> [String] {
        guard let count = rows.first?.count else { return [] }
        let widths = (0..<count).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { pad(row[$0], widths[$0], right: $0 >= leftColumns) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    /// A change with its sign: `+3`, `-1`, `0`.
    static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : String(value) }

    /// `1 partner`, `2 partners`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
