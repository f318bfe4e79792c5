import Testing
@testable import LiaisonExtract

/// Partners named by name, alias, demonym, agency or organisation.
@Suite struct PartnerMatcherTests {
    let matcher = PartnerMatcher()

    func codes(_ text: String) -> [String] {
        matcher.mentions(in: Token.tokenize(Array(text.unicodeScalars))).map(\.partner.code)
    }

    @Test(arguments: [
        ("talks with Spanish, Turkish and Italian officials", ["ES", "TR", "IT"]),
        ("the head of the BKA and the Bundespolizei", ["DE", "DE"]),
        ("the Director General of the National Crime Agency (NCA)", ["GB", "GB"]),
        ("the commander of the Guardia Civil", ["ES"]),
        ("Interpol's President and the UN Police Adviser", ["INTERPOL", "UN"]),
        ("the Nayef Arab University for Security Sciences", ["NAUSS"]),
        ("Côte d'Ivoire and Cote d’Ivoire", ["CI", "CI"]),
        ("the Police nationale espagnole", ["ES"]),
        ("la Police fédérale belge et la police allemande", ["BE", "DE"]),
    ])
    func findsPartners(_ text: String, _ expected: [String]) {
        #expect(codes(text) == expected)
    }

    @Test(arguments: [
        "Morocco and the Kingdom of Morocco", "Moroccan police", "Latin American cartels", "tell us about it",
        "une réunion tenue à Madrid", "cocaine through West Africa", "the Strait of Gibraltar", "who attended",
    ])
    func namesNoPartner(_ text: String) {
        #expect(codes(text) == [])
    }

    @Test func capitalsMakeTheDifferenceForShortAcronyms() {
        #expect(codes("the US and the WHO") == ["US", "WHO"])
        #expect(codes("us and who") == [])
    }
}
