import LiaisonCore

/// Figures: a number and what it counts.
extension ExtractionRun {


    static let stopWords: Set<String> = [
        "of", "in", "with", "to", "from", "for", "and", "the", "a", "an", "on", "at", "by", "or", "de", "du", "des",
        "et", "en", "au", "le", "la", "les", "percent", "per",
    ]

    /// "43 bilateral meetings", "12,614 cybercrimes": a number and the words it counts.
    mutating func figures(_ sentence: Sentence, dates found: [DateFinder.Found], best: DateFinder.Found?,
                                  paragraphDate: (date: LedgerDate, line: Int)?) {
        let tokens = sentence.tokens
        var dated = [Bool](repeating: false, count: tokens.count)
        for date in found {
            for index in date.tokens { dated[index] = true }
        }
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].isNumber, !dated[index], index == 0 || !tokens[index - 1].isNumber else {
                continue
            }
            var digits = tokens[index].folded
            var next = index + 1
            while next < tokens.count, tokens[next].isNumber, tokens[next].folded.count == 3,
                  sentence.gap(after: next - 1) == "," {
                digits += tokens[next].folded
                next += 1
            }
            guard let value = Double(digits), !(digits.count == 4 && (1900...2100).contains(Int(value))) else { continue }
            if next < tokens.count, tokens[next].isNumber || (tokens[next].id >= 0 && DateFinder.months[tokens[next].folded] != nil) {
                continue
            }
            var words: [String] = []
            var lastIsLowerCase = false
            while next < tokens.count, words.count < 2, !tokens[next].isNumber,
                  !Self.stopWords.contains(tokens[next].folded), sentence.gap(after: next - 1).trimmingWhitespace().isEmpty {
                words.append(sentence.word(next))
                lastIsLowerCase = !tokens[next].isCapitalized
                next += 1
            }
            // "43 meetings held": the plural noun is what is counted.
            if words.count == 2, words[0].hasSuffix("s"), !words[1].hasSuffix("s"), lastIsLowerCase {
                words.removeLast()
                next -= 1
            }
            // What is counted is a common noun ("meetings", "African countries").
            guard lastIsLowerCase, let unit = words.last, unit.count > 2 else { continue }
            let label = words.joined(separator: " ")
            guard seenFigures.insert(FigureKey(value: value, label: label)).inserted else { continue }
            let id = nextID("f", nil)
            let date = best?.date ?? paragraphDate?.date
                ?? LedgerDate.year(published.year).inferred(because: "the year of the article")
            drafts.figures.append(Figure(id: id, label: label, value: value, unit: unit, date: date,
                                         sources: provenance(sentence)))
            drafts.sentences[id] = text(of: sentence)
            index = next - 1
        }
    }
}
