/// Phrases of a closed list found in a sentence's words, longest first.
struct PhraseIndex<Value: Sendable>: Sendable {
    /// A phrase found, with its value and where it is.
    struct Hit {
        let value: Value
        let tokens: Range<Int>
    }

    private let values: [String: Value]
    private let firstWords: Set<String>
    private let longest: Int

    /// `phrases` are written plainly ("held talks", "s'est entretenu"); they are folded like
    /// the text.
    init(_ phrases: [(String, Value)]) {
        var values: [String: Value] = [:]
        for (phrase, value) in phrases {
            let key = Token.tokenize(Array(phrase.unicodeScalars)).map(\.folded).joined(separator: " ")
            values[key] = value
        }
        self.values = values
        firstWords = Set(values.keys.map { String($0.split(separator: " ")[0]) })
        longest = values.keys.map { $0.split(separator: " ").count }.max() ?? 1
    }

    /// Every phrase in `tokens`, in text order, not overlapping.
    func hits(in tokens: [Token]) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < tokens.count {
            guard firstWords.contains(tokens[index].folded) else {
                index += 1
                continue
            }
            var key = ""
            var best: (Int, Value)?
            for length in 1...min(longest, tokens.count - index) {
                key += (length == 1 ? "" : " ") + tokens[index + length - 1].folded
                if let value = values[key] { best = (length, value) }
            }
            if let (length, value) = best {
                hits.append(Hit(value: value, tokens: index..<(index + length)))
                index += length
            } else {
                index += 1
            }
        }
        return hits
    }
}
