/// Spans up to now: "since 2017", "depuis la fin de 2024".
extension DateFinder {
    /// Whether the sentence speaks of a span up to now: a cumulative claim that no date
    /// stated before it dates.
    func spansToNow(_ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.contains { yearNumber(tokens[$0]) != nil && startsASpan(tokens, at: $0) }
    }

    /// Whether the year at `index` starts a span ("since 2017", "since the end of 2024",
    /// "depuis la fin de 2024"): not an event's date.
    func startsASpan(_ tokens: [Token], at index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 5, Self.spanFillers.contains(tokens[position].folded) {
            position -= 1
        }
        return position >= 0 && Self.spanWords.contains(tokens[position].folded)
    }

    /// Words between "since" and its year ("the end of", "la fin de"), folded.
    static let spanFillers: Set<String> = ["the", "end", "beginning", "start", "of", "late", "early", "mid", "la",
                                           "fin", "debut", "de", "d", "l", "le", "courant", "in"]
}
