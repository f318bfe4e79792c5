import Testing
import LiaisonCore

@Suite struct ArticleLinesTests {
    @Test(arguments: [
        ("one\ntwo\n", ["one", "two"]),
        ("one\ntwo", ["one", "two"]),
        ("one\r\ntwo\r\n", ["one", "two"]),
        ("one\r\n\r\nthree", ["one", "", "three"]),
        ("a\n\n", ["a", ""]),
        ("", []),
        ("\n", [""]),
        ("café\r\nnaïve ☕︎\n", ["café", "naïve ☕︎"]),
    ])
    func splitsAtLineEndings(text: String, expected: [String]) {
        #expect(Array(ArticleLines(text: text)) == expected)
    }

    @Test func aWindowsArticleHasAsManyLinesAsItsUnixTwin() {
        let unix = "Rabat, 3 March.\nThe delegations met.\nThey signed a memorandum.\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(ArticleLines(text: windows).count == 3)
        #expect(Array(ArticleLines(text: windows)) == Array(ArticleLines(text: unix)))
    }

    @Test func blankLinesAreThoseOfWhiteSpaceOnly() {
        let lines = ArticleLines(text: "text\n \t\n\u{00A0}\u{2003}\n.\n")
        #expect(lines.indices.map(lines.isBlank) == [false, true, true, false])
    }
}
