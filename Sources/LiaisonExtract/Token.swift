import Foundation

/// A word of a sentence: letters and digits between any other characters, folded to lower
/// case without diacritics for matching ("Türkiye" → "turkiye").
struct Token {
    /// The folded word; empty for a word no table knows (see `Sentence.word(_:)`), which
    /// spares building a string for most words.
    let folded: String
    /// The word's number in the `Lexicon`, or -1.
    let id: Int32
    /// Scalar offsets of the word in its sentence.
    let start: Int
    let end: Int
    /// Whether every letter is a capital ("UN", "BKA").
    let isAllCaps: Bool
    /// Whether the first letter is a capital.
    let isCapitalized: Bool
    /// Whether the word is all digits.
    let isNumber: Bool

    /// The words of `scalars`.
    static func tokenize(_ scalars: [Unicode.Scalar], identify: Bool = true) -> [Token] {
        tokenize(scalars[...], identify: identify)
    }

    /// The words of `scalars`; offsets are the slice's own indices.
    static func tokenize(_ scalars: ArraySlice<Unicode.Scalar>, identify: Bool = true) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let base = scalars.startIndex
        // Read once: a static's every use checks that it is initialised. (Not while the
        // lexicon itself is being built, which tokenizes without identifying.)
        let lexicon = identify ? Lexicon.asciiTable : nil
        var ascii = [UInt8](repeating: 0, count: 64)
        scalars.withUnsafeBufferPointer { text in
            ascii.withUnsafeMutableBufferPointer { buffer in
                var index = 0
                while index < text.count {
                    guard isWordScalar(text[index]) else {
                        index += 1
                        continue
                    }
                    let start = index
                    var count = 0
                    var allCaps = true
                    var letters = 0
                    var digits = 0
                    var isASCII = true
                    // The common case: an ASCII word, folded into the buffer in one pass.
                    while index < text.count {
                        let value = text[index].value
                        if value >= 97 && value <= 122 {
                            letters += 1
                            allCaps = false
                        } else if value >= 65 && value <= 90 {
                            letters += 1
                        } else if value >= 48 && value <= 57 {
                            digits += 1
                        } else if value >= 128 && isWordScalar(text[index]) {
                            isASCII = false
                            break
                        } else {
                            break
                        }
                        if count < buffer.count {
                            buffer[count] = UInt8(value >= 65 && value <= 90 ? value + 32 : value)
                        } else {
                            isASCII = false
                        }
                        count += 1
                        index += 1
                    }
                    let word: String
                    var id: Int32 = -1
                    if isASCII {
                        let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
                        if let lexicon { id = lexicon.id(bytes) }
                        word = identify && id < 0 && letters > 0 ? "" : String(unsafeUninitializedCapacity: count) { target in
                            _ = target.initialize(from: bytes)
                            return count
                        }
                    } else {
                        // A word with other letters ("Türkiye", "Côte"): folded scalar by scalar.
                        index = start
                        letters = 0
                        digits = 0
                        allCaps = true
                        var folded = String.UnicodeScalarView()
                        while index < text.count, isWordScalar(text[index]) {
                            let scalar = text[index]
                            if scalar.properties.isAlphabetic {
                                letters += 1
                                if !scalar.properties.isUppercase { allCaps = false }
                            } else {
                                digits += 1
                            }
                            Folding.append(scalar, to: &folded)
                            index += 1
                        }
                        word = String(folded)
                        if identify { id = Lexicon.id(word) }
                    }
                    let first = text[start].value
                    let capitalized = first < 128 ? (first >= 65 && first <= 90) : text[start].properties.isUppercase
                    tokens.append(Token(folded: word, id: id, start: base + start, end: base + index,
                                        isAllCaps: letters > 0 && allCaps, isCapitalized: capitalized,
                                        isNumber: letters == 0 && digits > 0))
                }
            }
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}

/// Case and diacritic folding of single scalars, fast for ASCII and cached for the rest.
enum Folding {
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to folded: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 128 {
            folded.append(value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            return
        }
        folded.append(contentsOf: fold(scalar).unicodeScalars)
    }

    /// The folded text of a word, for building match tables.
    static func fold(_ text: some StringProtocol) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &folded) }
        return String(folded)
    }

    private static let cache = Cache()

    private static func fold(_ scalar: Unicode.Scalar) -> String { cache.fold(scalar) }

    /// Folded forms of non-ASCII scalars, computed once each.
    private final class Cache: @unchecked Sendable {
        private var table: [Unicode.Scalar: String] = [:]
        private let lock = NSLock()

        func fold(_ scalar: Unicode.Scalar) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let known = table[scalar] { return known }
            // Ligatures are letters of their own to Foundation: "œuvre" is written "oeuvre" too.
            let folded = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"][scalar] ?? String(Character(scalar))
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            table[scalar] = folded
            return folded
        }
    }
}
