import Testing
@testable import LiaisonExtract

/// Partners named by name, alias, demonym, agency or organisation.
@Suite struct PartnerMatcherTests {
    static let english = PartnerMatcher(language: "en")
    static let french = PartnerMatcher(language: "fr")

    func codes(_ text: String, language: String = "en") -> [String] {
        let matcher = language == "fr" ? Self.french : Self.english
        return matcher.mentions(in: Token.tokenize(Array(text.unicodeScalars))).map(\.partner.code)
    }

    @Test(arguments: [
        ("talks with Spanish, Turkish and Italian officials", ["ES", "TR", "IT"]),
        ("the head of the BKA and the Bundespolizei", ["DE", "DE"]),
        ("the Director General of the National Crime Agency (NCA)", ["GB", "GB"]),
        ("the commander of the Guardia Civil", ["ES"]),
        ("the commander of the Civil Guard", ["ES"]),
        ("Interpol's President and the UN Police Adviser", ["INTERPOL", "UN"]),
        ("the Nayef Arab University for Security Sciences", ["NAUSS"]),
        ("Côte d'Ivoire and Cote d’Ivoire", ["CI", "CI"]),
        ("Poles and Danes, the Polish police", ["PL", "DK", "PL"]),
        ("the chief of Dubai Police and the Lekhwiya force", ["AE", "QA"]),
    ])
    func findsPartners(_ text: String, _ expected: [String]) {
        #expect(codes(text) == expected)
    }

    @Test(arguments: [
        ("la Police nationale espagnole", ["ES"]),
        ("la police bahreïnie et des officiers bahreïniens", ["BH", "BH"]),
        ("la Police fédérale belge et la police allemande", ["BE", "DE"]),
        ("les Espagnols, la Pologne et les autorités polonaises", ["ES", "PL", "PL"]),
        ("le Royaume-Uni et les États-Unis", ["GB", "US"]),
        ("le président de l'Université arabe Naif des sciences sécuritaires", ["NAUSS"]),
        ("le commandant de la Police de Dubaï", ["AE"]),
        ("l'Agence nationale de police de Corée et la Corée du Nord", ["KR", "KP"]),
    ])
    func findsPartnersInFrench(_ text: String, _ expected: [String]) {
        #expect(codes(text, language: "fr") == expected)
    }

    /// Names and demonyms match in their own language: French common nouns are not English
    /// demonyms ("pôle" is not "Pole"), English words are not French demonyms.
    @Test(arguments: [
        ("le pôle DGSN-DGST et le Pôle DGSN-DGST", "fr"),
        ("une danse polonaise", "en"),
        ("Poland and Spain", "fr"),
        ("the police said, pole to pole", "en"),
    ])
    func namesMatchInTheirOwnLanguage(_ text: String, _ language: String) {
        #expect(codes(text, language: language) == [])
    }

    @Test(arguments: [
        "Morocco and the Kingdom of Morocco", "Moroccan police", "Latin American cartels", "tell us about it",
        "cocaine through West Africa", "the Strait of Gibraltar", "who attended",
    ])
    func namesNoPartner(_ text: String) {
        #expect(codes(text) == [])
    }

    /// "en français", "en espagnol": a language; "en Espagne", "les policiers espagnols" name Spain.
    @Test func aLanguageIsNoPartner() {
        #expect(codes("un cursus dispensé en français et en espagnol", language: "fr") == [])
        #expect(codes("une mission en Espagne avec les policiers espagnols", language: "fr") == ["ES", "ES"])
    }

    @Test func aLowerCaseNameIsACommonNoun() {
        #expect(codes("une réunion tenue à Madrid", language: "fr") == [])
    }

    @Test func capitalsMakeTheDifferenceForShortAcronyms() {
        #expect(codes("the US and the WHO") == ["US", "WHO"])
        #expect(codes("us and who") == [])
    }

    /// A police name many countries share is the other country's the sentence names, and
    /// none when it is Morocco's own; "Gulf of Guinea" names no partner.
    @Test(arguments: [
        ("Hammouchi s'est rendu en Espagne, à l'invitation du directeur général de la Police nationale.", "fr", ["ES", "ES"]),
        ("Le directeur général de la Police nationale (DGPN) est rentré samedi à Dakar.", "fr", ["SN"]),
        ("Le directeur général de la Police nationale a salué la coopération.", "fr", ["FR"]),
        ("Agents of the National Police arrested three people in Madrid.", "en", ["ES"]),
        ("Hammouchi, Director General of Morocco's National Police (DGSN), spoke on Monday.", "en", []),
        ("A memorandum between the DGSN and the National Police Service is being drafted.", "en", []),
        ("Officers of the National Police Agency attended the course.", "en", []),
        ("They discussed cocaine trafficking along the Gulf of Guinea.", "en", []),
    ])
    func sharedPoliceNames(_ text: String, _ language: String, _ expected: [String]) {
        #expect(codes(text, language: language) == expected)
    }
}

