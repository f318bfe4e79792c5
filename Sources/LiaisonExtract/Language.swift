
import LiaisonCore

/// The article's language, guessed from its commonest words.
enum Language {
    static let englishMarkers = ["the", "and", "of", "with", "to", "in", "was", "for", "on", "by", "at", "is", "his",
                                 "from", "that", "as", "were", "has", "held"]
    static let frenchMarkers = ["le", "la", "les", "des", "et", "du", "avec", "pour", "est", "de", "un", "une", "en",
                                "au", "aux", "sur", "dans", "par", "son", "sa", "ses", "qui", "été", "ont"]
    static var markers: [String] { englishMarkers + frenchMarkers }

    /// By word number: 1 for an English marker, 2 for a French one.
    private static let table = Lexicon.table(
        Dictionary(englishMarkers.map { ($0, UInt8(1)) } + frenchMarkers.map { ($0, UInt8(2)) },
                   uniquingKeysWith: { first, _ in first }), default: UInt8(0))

    static func detect(_ text: ArticleText) -> String {
        var counts = [0, 0, 0]
        for sentence in text.paragraphs.lazy.flatMap(\.sentences) {
            for token in sentence.tokens where token.id >= 0 { counts[Int(table[Int(token.id)])] += 1 }
        }
        return counts[2] > counts[1] ? "fr" : "en"
    }
}
