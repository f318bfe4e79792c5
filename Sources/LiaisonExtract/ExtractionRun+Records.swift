import LiaisonCore

/// Adding records: ids, provenance and repeats.
extension ExtractionRun {


    mutating func addStatement(_ partners: [Partner], sentence: Sentence, date: LedgerDate) {
        let id = nextID("s", partners.first?.code)
        drafts.statements.append(Statement(id: id, partners: partners, summary: text(of: sentence), date: date,
                                           sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    mutating func addMention(_ partners: [Partner], sentence: Sentence, date: LedgerDate?) {
        let id = nextID("m", partners.first?.code)
        drafts.mentions.append(Mention(id: id, partners: partners, summary: text(of: sentence),
                                       date: date ?? .undated, sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    /// The sentence's text, built once per sentence.
    mutating func text(of sentence: Sentence) -> String {
        let start = sentence.scalars.startIndex
        if let current = currentText, current.start == start, current.line == sentence.lines {
            return current.text
        }
        let text = sentence.text
        currentText = (sentence.lines, start, text)
        return text
    }

    func provenance(_ sentence: Sentence) -> [Provenance] {
        [Provenance(article: article, lines: sentence.lines, location: SourceLocation(path: "draft"), isDraft: true)]
    }

    /// The same record stated again: its lines are added.
    func merge(_ sources: [Provenance], _ sentence: Sentence) -> [Provenance] {
        merge(sources, lines: sentence.lines)
    }

    func merge(_ sources: [Provenance], lines: [Int]) -> [Provenance] {
        guard let first = sources.first else {
            return [Provenance(article: article, lines: lines, location: SourceLocation(path: "draft"), isDraft: true)]
        }
        return [Provenance(article: article, lines: Set(first.lines + lines).sorted(), location: first.location,
                           isDraft: true)]
    }

    /// `001-e07-es`: the article, a letter for the kind, a number, and a hint.
    mutating func nextID(_ letter: String, _ hint: String?) -> String {
        let number = (counters[letter] ?? 0) + 1
        counters[letter] = number
        var id = article + "-" + letter + (number < 10 ? "0" : "") + String(number)
        if let hint {
            id += "-"
            for scalar in hint.lowercased().unicodeScalars
            where (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" {
                id.unicodeScalars.append(scalar)
            }
        }
        return id
    }

    func unique(_ partners: [Partner]) -> [Partner] {
        guard partners.count > 1 else { return partners }
        var result: [Partner] = []
        result.reserveCapacity(partners.count)
        for partner in partners where !result.contains(where: { $0.code == partner.code }) { result.append(partner) }
        return result
    }
}
