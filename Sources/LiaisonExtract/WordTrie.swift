/// Phrases as paths of word numbers (see `Lexicon`), for the longest match at a position
/// without building or hashing strings.
struct WordTrie<Value: Sendable>: Sendable {
    /// Child node by parent node and word number (`parent << 32 | word`).
    private var children: [UInt64: Int32] = [:]
    /// The value a phrase ending at a node has.
    private var values: [Value?] = [nil]
    /// By word number: whether a phrase begins with the word.
    private var firstWords: [Bool]

    init() {
        firstWords = Array(repeating: false, count: Lexicon.count)
    }

    /// Adds a phrase given as folded words; a phrase with a word the lexicon lacks is skipped.
    mutating func insert(_ words: [String], _ value: Value) {
        let ids = words.map(Lexicon.id)
        guard !ids.isEmpty, ids.allSatisfy({ $0 >= 0 }) else { return }
        firstWords[Int(ids[0])] = true
        var node: Int32 = 0
        for id in ids {
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
            if let child = children[key] {
                node = child
            } else {
                values.append(nil)
                let child = Int32(values.count - 1)
                children[key] = child
                node = child
            }
        }
        values[Int(node)] = value
    }

    /// The value stored for a phrase, if any.
    func value(_ words: [String]) -> Value? {
        var node: Int32 = 0
        for word in words {
            let id = Lexicon.id(word)
            guard id >= 0, let child = children[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))] else { return nil }
            node = child
        }
        return values[Int(node)]
    }

    /// The longest phrase starting at `index` that `accept` takes, as its length and value.
    @inline(__always)
    func longestMatch(in tokens: [Token], at index: Int, accept: (Value) -> Bool = { _ in true }) -> (Int, Value)? {
        let first = tokens[index].id
        guard first >= 0, firstWords[Int(first)] else { return nil }
        var node: Int32 = 0
        var best: (Int, Value)?
        var position = index
        while position < tokens.count {
            let id = tokens[position].id
            guard id >= 0, let child = children[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))] else { break }
            node = child
            position += 1
            if let value = values[Int(node)], accept(value) { best = (position - index, value) }
        }
        return best
    }
}
