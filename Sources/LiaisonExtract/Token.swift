import Foundation

/// A word of a sentence: letters and digits between any other characters, folded to lower
/// case without diacritics for matching ("Türkiye" → "turkiye").
struct Token {
    /// The folded word.
    let folded: String
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
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var folded = String.UnicodeScalarView()
            var allCaps = true
            var letters = 0
            var digits = 0
            while index < scalars.count, isWordScalar(scalars[index]) {
                let scalar = scalars[index]
                if scalar.properties.isAlphabetic {
                    letters += 1
                    if !scalar.properties.isUppercase { allCaps = false }
                } else {
                    digits += 1
                }
                Folding.append(scalar, to: &folded)
                index += 1
            }
            tokens.append(Token(folded: String(folded), start: start, end: index, isAllCaps: letters > 0 && allCaps,
                                isCapitalized: scalars[start].properties.isUppercase,
                                isNumber: letters == 0 && digits > 0))
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
            let folded = String(Character(scalar))
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            table[scalar] = folded
            return folded
        }
    }
}
