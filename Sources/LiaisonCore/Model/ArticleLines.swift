/// An article's lines without their `\n` or `\r\n` endings, kept as the one text they come
/// from and where each line starts and ends: a line becomes a `String` only when asked for.
public struct ArticleLines: RandomAccessCollection, Hashable, Sendable {
    private let text: String
    /// Each line's UTF-8 offsets in `text`, its ending left out.
    private let bounds: [Range<Int>]

    /// Splits a text at `\n`, dropping a `\r` before it; a final line ending adds no empty line.
    public init(text: String) {
        var text = text
        text.makeContiguousUTF8()
        var bounds: [Range<Int>] = []
        let utf8 = text.utf8
        var start = 0
        var offset = 0
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0x0A {
                bounds.append(start..<(previous == 0x0D ? offset - 1 : offset))
                start = offset + 1
            }
            previous = byte
            offset += 1
        }
        if start < offset { bounds.append(start..<(previous == 0x0D ? offset - 1 : offset)) }
        self.text = text
        self.bounds = bounds
    }

    /// Lines given one by one, as tests and the extractor have them.
    public init(_ lines: [String]) {
        self.init(text: lines.map { $0 + "\n" }.joined())
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count }

    /// Line `index + 1`.
    public subscript(index: Int) -> String {
        String(decoding: utf8(of: index), as: UTF8.self)
    }

    /// Whether line `index + 1` holds nothing but white space.
    public func isBlank(_ index: Int) -> Bool {
        let bytes = utf8(of: index)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        return self[index].unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    private func utf8(of index: Int) -> Substring.UTF8View {
        let utf8 = text.utf8
        let range = bounds[index]
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return utf8[start..<end]
    }

    public static func == (lhs: ArticleLines, rhs: ArticleLines) -> Bool { lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
