import LiaisonCore

/// Dates read from their neighbours: spans up to now ("since 2017", "depuis la fin de
/// 2024"), a month that shares the year of the next ("November and December 2022"), a
/// month or days to come ("janvier prochain", "du 1er au 18 décembre prochain").
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

    /// "in November and December 2022": the year of the month after "and" is this one's too.
    func sharedYear(_ sentence: Sentence, month: Int, at index: Int) -> Found? {
        let tokens = sentence.tokens
        guard index + 3 < tokens.count, Self.monthLinks.contains(tokens[index + 1].folded),
              tokens[index + 2].id >= 0, Self.monthTable[Int(tokens[index + 2].id)] > 0,
              let year = yearNumber(tokens[index + 3]),
              let date = LedgerDate.month(month, of: year)
        else { return nil }
        return Found(date: date, statesYear: true, tokens: index..<(index + 1))
    }

    static let monthLinks: Set<String> = ["and", "et", "to", "au", "or", "ou"]

    /// "janvier prochain", "next March": the first such month after publication.
    func nextMonth(_ month: Int, in sentence: Sentence, at index: Int) -> Found? {
        let tokens = sentence.tokens
        let after = index + 1 < tokens.count && Self.nextWords.contains(tokens[index + 1].folded)
        guard after || index > 0 && Self.nextWords.contains(tokens[index - 1].folded),
              let date = LedgerDate.month(month, of: month > published.month ? published.year : published.year + 1)
        else { return nil }
        return Found(date: date, statesYear: false, tokens: after ? index..<(index + 2) : (index - 1)..<(index + 1),
                     reason: "the first such month after publication (\(published))")
    }

    /// A date without a year followed by "prochain" / "next" ("du 1er au 18 décembre
    /// prochain"): the same days in the first year they come after publication.
    func toCome(_ found: Found, in sentence: Sentence) -> Found? {
        let tokens = sentence.tokens
        guard !found.statesYear, found.tokens.upperBound < tokens.count,
              Self.nextWords.contains(tokens[found.tokens.upperBound].folded),
              let first = found.date.first, let last = found.date.last, first <= published else { return nil }
        let years = published.year - first.year + (first.month > published.month ? 0 : 1)
        guard let start = Day(year: first.year + years, month: first.month, day: first.day),
              let end = Day(year: last.year + years, month: last.month, day: last.day) else { return nil }
        // Days or a day range: what dayFirst and monthFirst find.
        let date = start == end ? LedgerDate.day(start) : LedgerDate.range(start, end) ?? .day(start)
        return Found(date: date, statesYear: false, tokens: found.tokens.lowerBound..<(found.tokens.upperBound + 1),
                     reason: "the first such date after publication (\(published))")
    }
}
