import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Names an article gives once and uses after: an acronym in brackets, an official's surname
/// in apposition to their service. Published on Thursday 2025-03-20.
@Suite struct NameRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

    /// An agency's acronym given in brackets names its country for the rest of the article.
    @Test func anAcronymInBracketsNamesItsCountryLater() {
        #expect(kinds("""
            In February, a DGSN delegation signed a memorandum with the Argentine Federal Police (PFA).
            In November, Hammouchi held talks by telephone with the PFA's chief.
            """) == ["AR signing", "AR meeting"])
        #expect(kinds("""
            Lundi, la DGSN a signé un protocole d'accord avec la Police judiciaire portugaise (PJ).
            Le directeur de la PJ avait été reçu en janvier à Rabat.
            """) == ["PT signing", "PT visit-received"])
        // The country after the brackets.
        #expect(kinds("""
            On Monday, Hammouchi received the head of the Public Security Police (PSP) of Portugal.
            In January, Hammouchi had held talks by telephone with the PSP's chief.
            """) == ["PT visit-received", "PT meeting"])
        #expect(kinds("""
            Lundi, M. Hammouchi a reçu le directeur de la Police de sécurité publique (PSP) du Portugal.
            En janvier, M. Hammouchi s'était entretenu par téléphone avec le chef de la PSP.
            """) == ["PT visit-received", "PT meeting"])
    }

    /// "the Zambia Police Service, Lemmy Kajoba Mwansa" → later "Mwansa" is Zambia's.
    @Test(arguments: [
        ("On Monday, Hammouchi received the Inspector General of the Zambian police, Lemmy Kajoba Mwansa, at the "
            + "DGSN headquarters in Rabat.\nIn January, Mwansa held talks with Hammouchi in Vienna on drug "
            + "trafficking.", ["ZM visit-received", "ZM meeting"]),
        ("Lundi, M. Hammouchi a reçu au siège de la DGSN à Rabat le directeur général de la police péruvienne, le "
            + "général Víctor Zanabria Angulo.\nEn janvier, M. Hammouchi et M. Angulo s'étaient entretenus à Vienne.",
         ["PE visit-received", "PE meeting"]),
        ("On Monday, Hammouchi received in Rabat Turkish officials, including Deputy Minister of the Interior Munir "
            + "Karaloglu.\nIn January, Karaloglu held talks with Hammouchi in Vienna.\nIn February, the Deputy Minister "
            + "of Justice chaired a meeting with the DGSN in Rabat.", ["TR visit-received", "TR meeting"]),
    ])
    func anOfficialNamedOnceStandsForTheirService(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// A Moroccan official named after a partner ("Morocco's ambassador to Zambia, Ahmed
    /// Bennani") is no partner's official.
    @Test(arguments: [
        "On Monday, Hammouchi received in Rabat Morocco's ambassador to Zambia, Ahmed Bennani.",
        "Lundi, M. Hammouchi a reçu à Rabat l'ambassadeur du Maroc en Zambie, Ahmed Bennani.",
    ])
    func aMoroccanOfficialIsNoPartners(_ first: String) {
        let later = first.hasPrefix("On") ? "In January, Bennani had met Hammouchi in Vienna."
            : "En janvier, M. Bennani s'était entretenu avec M. Hammouchi à Vienne."
        #expect(kinds(first + "\n" + later) == kinds(first))
    }
}
