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
    /// prochain"), or put in the future by a modal a few words before it ("which the Kingdom
    /// will host from December 21"): the same days in the first year they come after
    /// publication.
    func toCome(_ found: Found, in sentence: Sentence) -> Found? {
        let tokens = sentence.tokens
        let next = found.tokens.upperBound < tokens.count && Self.nextWords.contains(tokens[found.tokens.upperBound].folded)
        let modal = (max(0, found.tokens.lowerBound - 6)..<found.tokens.lowerBound)
            .contains { Cues.futureModals.contains(tokens[$0].folded) && tokens[$0].folded != "would" }
        guard !found.statesYear, next || modal,
              let first = found.date.first, let last = found.date.last, first <= published else { return nil }
        let years = published.year - first.year + (first.month > published.month ? 0 : 1)
        guard let start = Day(year: first.year + years, month: first.month, day: first.day),
              let end = Day(year: last.year + years, month: last.month, day: last.day) else { return nil }
        // Days or a day range: what dayFirst and monthFirst find.
        let date = start == end ? LedgerDate.day(start) : LedgerDate.range(start, end) ?? .day(start)
        return Found(date: date, statesYear: false, tokens: found.tokens.lowerBound..<(found.tokens.upperBound + (next ? 1 : 0)),
                     reason: "the first such date after publication (\(published))")
    }

    /// "le mois précédent", "a month later", "deux mois plus tard": the month so many months
    /// from `earlier`, the date told before.
    func monthCounted(in sentence: Sentence, from earlier: (date: LedgerDate, line: Int)) -> Found? {
        guard let hit = Self.relativeMonths.hits(in: sentence.tokens).first, let start = earlier.date.first,
              [.day, .dayRange, .month].contains(earlier.date.precision) else { return nil }
        let months = start.year * 12 + start.month - 1 + hit.value
        guard let date = LedgerDate.month(months % 12 + 1, of: months / 12) else { return nil }
        let count = abs(hit.value) == 1 ? "a month" : "\(abs(hit.value)) months"
        return Found(date: date, statesYear: false, tokens: hit.tokens,
                     reason: "\(count) \(hit.value < 0 ? "before" : "after") the date stated before it (line \(earlier.line))")
    }

    static let relativeMonthPhrases: [(String, Int)] = [
        ("the previous month", -1), ("the month before", -1), ("a month earlier", -1), ("one month earlier", -1),
        ("le mois précédent", -1), ("le mois d'avant", -1), ("un mois plus tôt", -1), ("two months earlier", -2),
        ("deux mois plus tôt", -2), ("three months earlier", -3), ("trois mois plus tôt", -3),
        ("the following month", 1), ("the next month", 1), ("a month later", 1), ("one month later", 1),
        ("le mois suivant", 1), ("un mois plus tard", 1), ("two months later", 2), ("deux mois plus tard", 2),
        ("three months later", 3), ("trois mois plus tard", 3),
    ]
    static let relativeMonths = PhraseIndex(relativeMonthPhrases)

    /// "du 28 novembre au 1er décembre 2023", "from November 28 to December 1": two days
    /// joined by "to" / "au" or a dash are one span, in the year the second states.
    func joiningSpans(_ dates: [Found], in sentence: Sentence) -> [Found] {
        var result: [Found] = []
        for date in dates {
            guard let last = result.last, last.rank == 3, date.rank == 3, !last.statesYear || date.statesYear,
                  let start = last.date.first, let end = date.date.last, start < end,
                  Self.joinsASpan(sentence, from: last.tokens.upperBound, to: date.tokens.lowerBound),
                  let first = Day(year: date.statesYear && start.month > end.month ? end.year - 1
                                        : date.statesYear ? end.year : start.year,
                                  month: start.month, day: start.day),
                  first < end, end <= first.adding(days: 40), let span = LedgerDate.range(first, end)
            else {
                result.append(date)
                continue
            }
            result[result.count - 1] = Found(date: span, statesYear: date.statesYear,
                                             tokens: last.tokens.lowerBound..<date.tokens.upperBound, reason: date.reason)
        }
        return result
    }

    /// Whether only "to", "au", "until" or a dash stands between two dates.
    private static func joinsASpan(_ sentence: Sentence, from end: Int, to start: Int) -> Bool {
        if start == end { return ["-", "–"].contains(sentence.gap(after: end - 1).trimmingWhitespace()) }
        return start == end + 1 && ["to", "au", "until", "through", "jusqu"].contains(sentence.tokens[end].folded)
    }
}
