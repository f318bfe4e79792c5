import Testing
@testable import LiaisonRender

/// Display widths and wrapping by display columns.
@Suite struct TextLayoutTests {
    @Test(arguments: [
        ("Türkiye", 7), ("Tu\u{308}rkiye", 7), ("Münch", 5), ("Mu\u{308}nch", 5), ("東京", 4), ("서울", 4),
        ("🇲🇦", 2), ("Côte d’Ivoire", 13), ("a\u{200B}b", 2), ("", 0),
    ])
    func displayWidth(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func wrapsByDisplayColumnsWithHangingIndent() {
        let text = "Talks with Türkiye, Münch's BKA and 東京 police delegations on cybercrime and training"
        let lines = TextLayout.wrap(text, width: 30, first: "- ", rest: "  ")
        #expect(lines == [
            "- Talks with Türkiye, Münch's",
            "  BKA and 東京 police",
            "  delegations on cybercrime",
            "  and training",
        ])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let lines = TextLayout.wrap("see https://example.org/a-very-long-address-that-never-ends", width: 20)
        #expect(lines == ["see", "https://example.org/", "a-very-long-address-", "that-never-ends"])
    }

    @Test func tablesAlignWideCharacters() {
        let lines = TextLayout.table([["Name", "Partners"], ["Türkiye", "1"], ["東京", "12"]])
        #expect(lines == ["Name     Partners", "Türkiye         1", "東京           12"])
    }

    @Test func signsAndPlurals() {
        #expect([TextLayout.signed(3), TextLayout.signed(-1), TextLayout.signed(0)] == ["+3", "-1", "0"])
        #expect(TextLayout.count(1, "country", "countries") == "1 country")
        #expect(TextLayout.count(2, "country", "countries") == "2 countries")
    }
}
