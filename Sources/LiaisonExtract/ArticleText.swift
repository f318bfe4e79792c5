/// An article's text made ready for matching: words broken across lines rejoined, split
/// into paragraphs and sentences, every piece still knowing its original line numbers.
struct ArticleText {
    let paragraphs: [Paragraph]

    /// Reads the article's lines (line 1 first).
    init(lines: [String]) {
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        for (index, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
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
        self.paragraphs = paragraphs
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
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Array(scalars[start..<end])
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

    /// A short line without closing punctuation: a title or a section heading ("Spain").
    var isHeading: Bool {
        guard let last = scalars.last else { return false }
        let words = scalars.split { $0 == " " }.count
        return words <= 12 && !".!?\"”»)".unicodeScalars.contains(last)
    }

    /// The paragraph's sentences.
    var sentences: [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if Sentence.endsSentence(scalars, at: index) {
                var end = index + 1
                while end < scalars.count, "\"”’»)".unicodeScalars.contains(scalars[end]) { end += 1 }
                append(start..<end, to: &sentences)
                start = end
                index = end
            } else {
                index += 1
            }
        }
        append(start..<scalars.count, to: &sentences)
        return sentences
    }

    private func append(_ range: Range<Int>, to sentences: inout [Sentence]) {
        var range = range
        while range.lowerBound < range.upperBound, scalars[range.lowerBound].properties.isWhitespace {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        guard !range.isEmpty else { return }
        sentences.append(Sentence(scalars: Array(scalars[range]), lines: lines(range)))
    }
}

/// One sentence, as scalars and as words, with the lines it comes from.
struct Sentence {
    let scalars: [Unicode.Scalar]
    let lines: [Int]
    let tokens: [Token]

    init(scalars: [Unicode.Scalar], lines: [Int]) {
        self.scalars = scalars
        self.lines = lines
        tokens = Token.tokenize(scalars)
    }

    var text: String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// The text between two tokens (what separates them: `-`, ` to `, `, `).
    func gap(after token: Int) -> String {
        guard token + 1 < tokens.count else { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[tokens[token].end..<tokens[token + 1].start])
        return String(text)
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "no", "vs", "inc", "jr", "sr", "m", "mme", "u.s", "u.k",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether the scalar at `index` ends a sentence: `.`, `!` or `?` followed by a space and
    /// a capital, a digit or a quote, and not ending an abbreviation or an initial.
    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard "!?.".unicodeScalars.contains(scalars[index]) else { return false }
        var next = index + 1
        while next < scalars.count, "\"”’»)".unicodeScalars.contains(scalars[next]) { next += 1 }
        guard next < scalars.count, scalars[next] == " " else { return false }
        while next < scalars.count, scalars[next] == " " { next += 1 }
        guard next < scalars.count else { return false }
        let following = scalars[next]
        guard following.properties.isUppercase || following.properties.numericType != nil
            || "\"“«‘".unicodeScalars.contains(following) else { return false }
        guard scalars[index] == "." else { return true }
        var wordStart = index
        while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased()
        if word.count == 1, scalars[wordStart].properties.isUppercase { return false }
        return !abbreviations.contains(word)
    }
}
