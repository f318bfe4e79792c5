import LiaisonCore

/// Every word that any cue, month, place, partner name or language marker uses, numbered
/// once. Words get their number when a sentence is split, so the phrase tables test an array
/// slot instead of hashing each word again.
enum Lexicon {
    /// The number of each known folded word.
    static let ids: [String: Int32] = build()

    /// The same numbers in an open-addressing table keyed by the bytes of ASCII words, so
    /// that looking a word up needs no `String` hashing.
    static let asciiTable = ASCIITable(ids)

    /// The number of an ASCII folded word given as bytes, or -1.
    @inline(__always)
    static func id(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int32 { asciiTable.id(bytes) }

    /// How many words are known; numbers run from 0 to `count - 1`.
    static var count: Int { ids.count }

    /// The number of a folded word, or -1 when no table uses it.
    @inline(__always)
    static func id(_ folded: String) -> Int32 { ids[folded] ?? -1 }

    /// A table by word number, `value` where `words` has the word.
    static func table<Value>(_ words: [String: Value], default empty: Value) -> [Value] {
        var table = Array(repeating: empty, count: count)
        for (word, value) in words {
            let id = id(word)
            if id >= 0 { table[Int(id)] = value }
        }
        return table
    }

    private static func build() -> [String: Int32] {
        var words = Set<String>()
        func add(_ phrase: String) {
            for token in Token.tokenize(Array(phrase.unicodeScalars), identify: false) { words.insert(token.folded) }
        }
        Cues.allPhrases.forEach(add)
        PartnerMatcher.blockers.forEach(add)
        Gazetteer.standard.nameForms.forEach { add($0.text) }
        Gazetteer.standard.cities.forEach { add($0.name) }
        PartnerMatcher.policeWords.forEach(add)
        DateFinder.months.keys.forEach(add)
        DateFinder.weekdays.keys.forEach(add)
        DateFinder.relativeDays.keys.forEach(add)
        add("last dernier dernière next prochain coming month mois week semaine passé passée since depuis")
        DateFinder.seasons.keys.forEach(add)
        DateFinder.eventWords.forEach(add)
        Language.markers.forEach(add)
        words.insert("1er")
        add("last year through until an année")
        return Dictionary(uniqueKeysWithValues: words.sorted().enumerated().map { ($0.element, Int32($0.offset)) })
    }
}

/// Word numbers by FNV-1a hash of the word's bytes, probed linearly.
struct ASCIITable: @unchecked Sendable {
    private let hashes: [UInt64]
    private let ids: [Int32]
    /// Where each slot's word starts in `text`, and its length.
    private let offsets: [Int32]
    private let lengths: [Int32]
    private let text: [UInt8]
    private let mask: Int

    init(_ words: [String: Int32]) {
        var capacity = 16
        while capacity < words.count * 3 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var ids = [Int32](repeating: -1, count: capacity)
        var offsets = [Int32](repeating: 0, count: capacity)
        var lengths = [Int32](repeating: 0, count: capacity)
        var text: [UInt8] = []
        for (word, id) in words.sorted(by: { $0.value < $1.value }) where word.utf8.allSatisfy({ $0 < 128 }) {
            let utf8 = Array(word.utf8)
            let hash = utf8.withUnsafeBufferPointer(Self.hash)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while ids[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            ids[slot] = id
            offsets[slot] = Int32(text.count)
            lengths[slot] = Int32(utf8.count)
            text += utf8
        }
        self.hashes = hashes
        self.ids = ids
        self.offsets = offsets
        self.lengths = lengths
        self.text = text
        mask = capacity - 1
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    @inline(__always)
    func id(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return text.withUnsafeBufferPointer { stored in
            while ids[slot] >= 0 {
                if hashes[slot] == hash, Int(lengths[slot]) == word.count {
                    let start = Int(offsets[slot])
                    var same = true
                    for offset in 0..<word.count where stored[start + offset] != word[offset] {
                        same = false
                        break
                    }
                    if same { return ids[slot] }
                }
                slot = (slot + 1) & mask
            }
            return -1
        }
    }
}
