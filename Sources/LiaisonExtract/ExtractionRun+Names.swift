import LiaisonCore

/// Names an article introduces once and uses after: acronyms and officials' surnames.
extension ExtractionRun {
    /// The mentions, with the names the article gave before; learns those this sentence gives.
    mutating func withLearnedNames(_ mentions: [PartnerMatcher.Mention], in sentence: Sentence) -> [PartnerMatcher.Mention] {
        let named = withAcronyms(mentions, in: sentence)
        let result = withPeople(named, in: sentence)
        learnPeople(after: named, in: sentence)
        return result
    }

    /// The mentions, with the acronyms given before ("the PFA's chief"); learns those this
    /// sentence gives in brackets after a partner's name.
    private mutating func withAcronyms(_ mentions: [PartnerMatcher.Mention], in sentence: Sentence) -> [PartnerMatcher.Mention] {
        guard !mentions.isEmpty || !acronyms.isEmpty else { return mentions }
        let tokens = sentence.tokens
        let named = { (index: Int) in mentions.contains { $0.tokens.contains(index) } }
        var result = mentions
        if !acronyms.isEmpty {
            for index in tokens.indices where tokens[index].isAllCaps && !named(index) {
                guard let partner = acronyms[sentence.word(index)] else { continue }
                result.append(PartnerMatcher.Mention(partner: partner, tokens: index..<index + 1, isAgency: true))
            }
            result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        for mention in mentions where mention.partner.kind == .country {
            // "la Police de sécurité publique (PSP) du Portugal": the country after the brackets.
            var previous = mention.tokens.lowerBound - 1
            if previous > 0, Cues.definiteArticles.contains(tokens[previous].folded) { previous -= 1 }
            if previous > 0, ["of", "du", "de", "d"].contains(tokens[previous].folded),
               let acronym = Self.bracketedAcronym(at: previous - 1, in: sentence), !named(previous - 1) {
                acronyms[acronym] = mention.partner
                continue
            }
            // The agency's own capitalised words may come between ("Argentine Federal Police (PFA)").
            var next = mention.tokens.upperBound
            while next < tokens.count, next - mention.tokens.upperBound < 4, tokens[next].isCapitalized,
                  !tokens[next].isAllCaps, !sentence.gap(after: next - 1).contains("(") {
                next += 1
            }
            guard next < tokens.count, !named(next), let acronym = Self.bracketedAcronym(at: next, in: sentence)
            else { continue }
            acronyms[acronym] = mention.partner
        }
        return result
    }

    /// The word at `index` when it is an acronym of two to six capitals in brackets ("(PSP)").
    private static func bracketedAcronym(at index: Int, in sentence: Sentence) -> String? {
        let tokens = sentence.tokens
        guard index > 0, index < tokens.count, tokens[index].isAllCaps, sentence.gap(after: index - 1).contains("("),
              sentence.gap(after: index).hasPrefix(")") || index == tokens.count - 1,
              (2...6).contains(sentence.word(index).count) else { return nil }
        return sentence.word(index)
    }

    /// The mentions, with the officials named before by their surname ("Mwansa said").
    private func withPeople(_ mentions: [PartnerMatcher.Mention], in sentence: Sentence) -> [PartnerMatcher.Mention] {
        guard !people.isEmpty else { return mentions }
        let tokens = sentence.tokens
        var result = mentions
        for index in tokens.indices where tokens[index].isCapitalized && tokens[index].id < 0
            && !mentions.contains(where: { $0.tokens.contains(index) }) {
            guard let partner = people[sentence.word(index)] else { continue }
            result.append(PartnerMatcher.Mention(partner: partner, tokens: index..<index + 1))
        }
        return result.count == mentions.count ? mentions : result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "the Inspector General of the Zambian police, Lemmy Kajoba Mwansa,", "la police
    /// péruvienne, le général Víctor Zanabria Angulo": a name of two or more capitalised words
    /// that no table knows, after a partner's name and a comma (past a few title words), is
    /// that partner's official; its last word names the partner from then on. Not after
    /// Morocco's own ("Morocco's ambassador to Zambia, Ahmed Bennani").
    private mutating func learnPeople(after mentions: [PartnerMatcher.Mention], in sentence: Sentence) {
        let tokens = sentence.tokens
        // A name many countries give their police says too little of whose official it is.
        for mention in mentions where !mention.isPlace && !PartnerMatcher.isSharedName(mention, in: tokens) {
            // The comma closes the partner's phrase ("the Zambian police,").
            var start = mention.tokens.upperBound
            while start < tokens.count, start - mention.tokens.upperBound < 3, !sentence.gap(after: start - 1).contains(",") {
                start += 1
            }
            guard start < tokens.count, sentence.gap(after: start - 1).contains(",") else { continue }
            let before = max(0, mention.tokens.lowerBound - 6)..<mention.tokens.lowerBound
            guard !before.contains(where: { Cues.moroccanMarkers.contains(sentence.word($0)) }) else { continue }
            var name: [Int] = []
            var index = start
            while index < tokens.count, index - start < 12 {
                let token = tokens[index]
                let word = sentence.word(index)
                if token.isCapitalized, !token.isAllCaps || word.count == 1 {
                    // A known word or a title ("General", "Deputy Minister"): the name comes after it.
                    if token.id < 0 && !Cues.titleWords.contains(word) || Cues.nameParticles.contains(word) {
                        name.append(index)
                    } else {
                        name.removeAll()
                    }
                } else if name.isEmpty ? index - start >= 8 : !Cues.nameParticles.contains(word) {
                    break
                }
                let gap = sentence.gap(after: index)
                if index + 1 < tokens.count, gap.contains(where: { ",;:()".contains($0) })
                    || gap.contains(".") && word.count > 1 {
                    break
                }
                index += 1
            }
            guard name.count >= 2, let last = name.last, sentence.word(last).count >= 3 else { continue }
            people[sentence.word(last)] = mention.partner
        }
    }
}
