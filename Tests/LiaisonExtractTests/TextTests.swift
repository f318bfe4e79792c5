import Testing
@testable import LiaisonExtract

/// Text repair, paragraphs, sentences and words.
@Suite struct TextTests {
    @Test func wordsBrokenAcrossLinesAreRejoinedAndKeepTheirLines() {
        let text = ArticleText(lines: ["to combat vari", "ous terrorist threats.", "", "The Chinese Ministry of Stat",
                                       "e Security met them."])
        #expect(text.paragraphs.count == 2)
        let first = text.paragraphs[0].sentences[0]
        #expect(first.text == "to combat various terrorist threats.")
        #expect(first.lines == [1, 2])
        #expect(text.paragraphs[1].sentences[0].text == "The Chinese Ministry of State Security met them.")
        #expect(text.paragraphs[1].sentences[0].lines == [4, 5])
    }

    @Test func unknownWordsAreFoldedOnDemand() {
        let sentence = ArticleText(lines: ["Zorglub met Spain."]).paragraphs[0].sentences[0]
        #expect(sentence.tokens[0].folded == "")
        #expect(sentence.word(0) == "zorglub")
        #expect(sentence.tokens[2].folded == "spain")
    }

    /// "œuvre" and "oeuvre", "vœux" and "voeux" are the same words.
    @Test func ligaturesFoldToTheirLetters() {
        #expect(Folding.fold("Mise en Œuvre, vœux") == "mise en oeuvre, voeux")
    }

    @Test func aLineEndingAWordIsNotJoined() {
        let text = ArticleText(lines: ["Spain", "Spain and Morocco cooperate.", "Germany"])
        #expect(text.paragraphs.count == 3)
        #expect(text.paragraphs.map(\.isHeading) == [true, false, true])
    }

    @Test func sentencesSplitAfterFullStopsButNotAbbreviations() {
        let text = ArticleText(lines: ["Mr. Hammouchi met the U.S. team on Nov. 3. They talked. M. Hammouchi a signé."])
        #expect(text.paragraphs[0].sentences.map(\.text) == [
            "Mr. Hammouchi met the U.S. team on Nov. 3.", "They talked.", "M. Hammouchi a signé.",
        ])
    }

    @Test func tokensFoldCaseAndAccents() {
        let tokens = Token.tokenize(Array("Türkiye’s DGSN, 12,614 réseaux".unicodeScalars), identify: false)
        #expect(tokens.map(\.folded) == ["turkiye", "s", "dgsn", "12", "614", "reseaux"])
        #expect(tokens.map(\.isAllCaps) == [false, false, true, false, false, false])
        #expect(tokens[3].isNumber)
    }
}
