import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Names an article gives once and uses after: an acronym in brackets, an official's surname
/// in apposition to their service. Published on Thursday 2025-03-20.
@Suite struct NameRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

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
