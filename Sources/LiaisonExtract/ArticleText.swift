/// An article's text made ready for matching: words broken across lines rejoined, split
/// into paragraphs and sentences, every piece still knowing its original line numbers.
struct ArticleText {
    let paragraphs: [Paragraph]

    /// Reads the article's lines (line 1 first).
    init(lines: [String]) {
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        for (index, line) in lines.enumerated() {
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(line.utf8.count)
            for scalar in line.unicodeScalars { scalars.append(scalar) }
            let trimmed = Self.trimmed(scalars)
            guard !trimmed.isEmpty else {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = nil
                continue
            }
            if var paragraph = current, Self.breaksWord(paragraph.scalars, trimmed) {
                paragraph.append(trimmed, line: index + 1)
                current = paragraph
            } else {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = Paragraph(scalars: trimmed, line: index + 1)
            }
        }
        if let paragraph = current { paragraphs.append(paragraph) }
        self.paragraphs = paragraphs.map { paragraph in
            var split = paragraph
            split.sentences = paragraph.splitSentences()
            return split
        }
    }

    /// Whether a line ends inside a word that the next line finishes: the first ends with a
    /// letter and the next starts with a lower-case one ("vari" + "ous").
    static func breaksWord(_ text: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> Bool {
        guard let last = text.last, let first = next.first else { return false }
        return last.properties.isAlphabetic && first.properties.isLowercase
    }

    private static func trimmed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var start = 0
        var end = scalars.count
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        return start == 0 && end == scalars.count ? scalars : Array(scalars[start..<end])
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
        return scalar.properties.isWhitespace
    }
}

/// A run of text the article prints as one block: a line, or several lines joined where a
/// word was broken.
struct Paragraph {
    private(set) var scalars: [Unicode.Scalar]
    /// Where each original line starts in `scalars`, in order.
    private(set) var lineStarts: [(offset: Int, line: Int)]

    init(scalars: [Unicode.Scalar], line: Int) {
        self.scalars = scalars
        lineStarts = [(0, line)]
    }

    mutating func append(_ more: [Unicode.Scalar], line: Int) {
        lineStarts.append((scalars.count, line))
        scalars += more
    }

    /// The original lines that the scalars `range` come from.
    func lines(_ range: Range<Int>) -> [Int] {
        lineStarts.indices.compactMap { index in
            let start = lineStarts[index].offset
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1].offset : scalars.count
            return start < range.upperBound && range.lowerBound < end ? lineStarts[index].line : nil
        }
    }

    /// A line of at most 25 words without closing punctuation: a title or a section heading
    /// ("Spain", "Hammouchi en Autriche et en Hongrie : signature d'un accord à Budapest").
    var isHeading: Bool {
        guard let last = scalars.last else { return false }
        var words = 1
        for scalar in scalars where scalar == " " {
            words += 1
            if words > 25 { return false }
        }
        let value = last.value
        return !(value == 46 || value == 33 || value == 63 || value == 34 || value == 0x201D || value == 0xBB || value == 41)
    }

    /// The paragraph's sentences, split once.
    fileprivate(set) var sentences: [Sentence] = []

    func splitSentences() -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        var continues = false
        while index < scalars.count {
            let value = scalars[index].value
            if value == 46 || value == 33 || value == 63, Sentence.endsSentence(scalars, at: index) {
                var end = index + 1
                while end < scalars.count, Sentence.isClosing(scalars[end]) { end += 1 }
                append(start..<end, continues: continues, to: &sentences)
                continues = false
                start = end
                index = end
            } else if value == 59 || value == 44 && Sentence.opensClause(scalars, after: index) {
                // "In January, …; last November, …", "…, while last November…": clauses told
                // apart, each with its own date and kind.
                append(start..<(index + 1), continues: continues, to: &sentences)
                continues = value == 59
                start = index + 1
                index += 1
            } else {
                index += 1
            }
        }
        append(start..<scalars.count, continues: continues, to: &sentences)
        return sentences
    }

    private func append(_ range: Range<Int>, continues: Bool, to sentences: inout [Sentence]) {
        var range = range
        while range.lowerBound < range.upperBound, ArticleText.isSpace(scalars[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        guard !range.isEmpty else { return }
        sentences.append(Sentence(scalars: scalars[range], lines: lines(range), continues: continues))
    }
}

/// One sentence, as scalars and as words, with the lines it comes from.
struct Sentence {
    /// A slice of the paragraph's scalars; token offsets are its indices.
    let scalars: ArraySlice<Unicode.Scalar>
    let lines: [Int]
    let tokens: [Token]
    /// Whether the sentence is a clause that goes on from the one before it (after a `;`).
    let continues: Bool

    init(scalars: ArraySlice<Unicode.Scalar>, lines: [Int], continues: Bool = false) {
        self.scalars = scalars
        self.lines = lines
        self.continues = continues
        tokens = Token.tokenize(scalars)
    }

    /// The sentence as text (built on demand: only drafted sentences need it).
    var text: String { Self.string(scalars) }

    /// Scalars as a string, by way of their UTF-8 bytes (the generic paths are slow).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else if value < 0x800 {
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            } else if value < 0x10000 {
                bytes.append(UInt8(0xE0 | (value >> 12)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (value >> 18)))
                bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            String(unsafeUninitializedCapacity: buffer.count) { target in
                _ = target.initialize(from: buffer)
                return buffer.count
            }
        }
    }

    /// The folded word of token `index`, also for words the tables do not know.
    func word(_ index: Int) -> String {
        let token = tokens[index]
        return token.folded.isEmpty ? Folding.fold(Self.string(scalars[token.start..<token.end])) : token.folded
    }

    /// Whether token `index` is written "a" or "A" (not "à"), which fold alike.
    func isPlainA(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.end - token.start == 1 else { return false }
        return scalars[token.start] == "a" || scalars[token.start] == "A"
    }

    /// The text between two tokens (what separates them: `-`, ` to `, `, `).
    func gap(after token: Int) -> String {
        guard token + 1 < tokens.count else { return "" }
        return Self.string(scalars[tokens[token].end..<tokens[token + 1].start])
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "no", "vs", "inc", "jr", "sr", "m", "mme", "u.s", "u.k",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that open a clause telling another event after a comma.
    private static let clauseOpeners: [[Unicode.Scalar]] = ["while", "whereas", "tandis que", "alors que"].map {
        Array(" \($0) ".unicodeScalars)
    }

    /// Whether the comma at `index` is followed by a clause opener (", while", ", tandis que").
    static func opensClause(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        clauseOpeners.contains { opener in
            index + opener.count < scalars.count && Array(scalars[(index + 1)..<(index + 1 + opener.count)]) == opener
        }
    }

    /// Whether the scalar at `index` ends a sentence: `.`, `!` or `?` followed by a space and
    /// a capital, a digit or a quote, and not ending an abbreviation or an initial.
    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let mark = scalars[index].value
        guard mark == 46 || mark == 33 || mark == 63 else { return false } // . ! ?
        var next = index + 1
        while next < scalars.count, isClosing(scalars[next]) { next += 1 }
        guard next < scalars.count, scalars[next] == " " else { return false }
        while next < scalars.count, scalars[next] == " " { next += 1 }
        guard next < scalars.count else { return false }
        let following = scalars[next]
        let value = following.value
        let opens = value == 34 || value == 0x201C || value == 0xAB || value == 0x2018 // " “ « ‘
        guard (value >= 65 && value <= 90) || (value >= 48 && value <= 57) || opens
            || (value >= 128 && following.properties.isUppercase) else { return false }
        guard mark == 46 else { return true }
        var wordStart = index
        while wordStart > 0, index - wordStart <= 5 {
            let previous = scalars[wordStart - 1]
            let value = previous.value
            let isLetter = value < 128 ? ((value | 32) >= 97 && (value | 32) <= 122) : previous.properties.isAlphabetic
            guard isLetter || value == 46 else { break }
            wordStart -= 1
        }
        let length = index - wordStart
        guard length > 0, length <= 4 else { return true }
        if length == 1 {
            let value = scalars[wordStart].value
            if value < 128 ? (value >= 65 && value <= 90) : scalars[wordStart].properties.isUppercase { return false }
        }
        let word = string(scalars[wordStart..<index]).lowercased()
        return !abbreviations.contains(word)
    }

    /// A closing quote or bracket after a full stop.
    @inline(__always)
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 34 || value == 41 || value == 0x201D || value == 0x2019 || value == 0xBB // " ) ” ’ »
    }
}
