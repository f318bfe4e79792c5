/// Phrases of a closed list found in a sentence's words, longest first.
struct PhraseIndex<Value: Sendable>: Sendable {
    /// A phrase found, with its value and where it is.
    struct Hit {
        let value: Value
        let tokens: Range<Int>
    }

    private var trie = WordTrie<Value>()

    /// `phrases` are written plainly ("held talks", "s'est entretenu"); they are folded like
    /// the text.
    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases {
            trie.insert(Token.tokenize(Array(phrase.unicodeScalars), identify: false).map(\.folded), value)
        }
    }

    /// Every phrase in `tokens`, in text order, not overlapping.
    func hits(in tokens: [Token]) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < tokens.count {
            if let (length, value) = trie.longestMatch(in: tokens, at: index) {
                hits.append(Hit(value: value, tokens: index..<(index + length)))
                index += length
            } else {
                index += 1
            }
        }
        return hits
    }
}
