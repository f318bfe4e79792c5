import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Joint work told without a meeting: officers sent to work beside the services, projects
/// run in partnership, training sessions for a partner's officers; and the INTERPOL office
/// of a country, which is no partner. Published on Thursday 2025-03-20.
@Suite struct JointWorkRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

    /// Officers a partner's police sent or seconded to work beside the services are joint
    /// work with that partner, even when listed after "including".
    @Test(arguments: [
        ("On Monday the DGSN's new coordination room in Casablanca took in 20 liaison officers seconded by "
            + "the police forces of six countries, including Ghana, Kenya and Zambia.", ["GH", "KE", "ZM"]),
        ("Lundi, la salle de coordination de la DGSN à Tanger a accueilli des officiers de liaison détachés par "
            + "les polices de plusieurs pays, parmi lesquels la Belgique et les Pays-Bas.", ["BE", "NL"]),
    ])
    func secondedOfficersAreJointWork(_ text: String, _ partners: [String]) {
        #expect(kinds(text) == partners.map { "\($0) joint-operation" })
    }

    /// Officers sent without a date of their own are dated by the article's event.
    @Test func officersSentAreDatedByTheArticlesEvent() {
        let text = """
            Hammouchi opened on Monday 17 March the security command centre of the Marrakech marathon.
            Alongside it, the Italian State Police dispatched to Morocco eight officers who will patrol with Moroccan units.
            """
        let found = engagements(drafts(text, published: published))
        #expect(found.contains { $0.hasPrefix("IT joint-operation 2025-03-17") }, "\(found)")
    }

    /// Equipment deployed is no officers sent: an undated claim stays a mention.
    @Test func equipmentDeployedIsNoDispatch() {
        let text = """
            Hammouchi opened on Monday 17 March the security command centre of the Marrakech marathon.
            The services have deployed new cameras and expanded cooperation with Italy and Greece.
            """
        #expect(kinds(text).filter { $0.hasPrefix("IT") || $0.hasPrefix("GR") }.isEmpty)
    }

    /// A programme run in partnership with a body is joint work with it.
    @Test(arguments: [
        "On Monday the DGSN launched in Rabat a cybercrime course designed in partnership with Europol.",
        "Lundi, la DGSN a lancé à Rabat un cycle conçu en partenariat avec Europol.",
    ])
    func aProgrammeRunInPartnershipIsJointWork(_ text: String) {
        #expect(kinds(text) == ["EUROPOL joint-operation"])
    }

    /// A training session held at a Moroccan facility for officers who came from partners is
    /// assistance to each partner.
    @Test(arguments: [
        "Depuis lundi, l'Institut royal de police de Kénitra accueille une session de formation au profit de "
            + "30 officiers venus du Tchad et du Gabon.",
        "Since Monday, the Royal Police Institute in Kenitra has hosted a training session for 30 officers who "
            + "came from Chad and Gabon.",
    ])
    func aTrainingSessionForAPartnersOfficersIsAssistance(_ text: String) {
        #expect(kinds(text) == ["TD joint-operation", "GA joint-operation"])
    }

    /// "The INTERPOL National Central Bureau in Rabat" is a Moroccan office, not INTERPOL.
    @Test(arguments: [
        "On Monday Hammouchi received the Austrian delegation with the head of the INTERPOL National Central "
            + "Bureau in Rabat.",
        "Lundi, la délégation autrichienne a été reçue par M. Hammouchi et le chef du Bureau central national "
            + "Interpol de Rabat.",
    ])
    func aNationalCentralBureauIsNoPartner(_ text: String) {
        #expect(kinds(text) == ["AT visit-received"])
    }

    /// A gathering spoken of as to be held is a topic, whether the plan comes before or
    /// after its name.
    @Test func aGatheringToBeHeldIsATopic() {
        let text = "On Monday the Ghanaian minister said his country would send a delegation to the "
            + "AFRIPOL General Assembly, which Rabat is set to host in June."
        #expect(kinds(text).filter { $0.hasPrefix("AFRIPOL") }.isEmpty)
    }

    /// INTERPOL named as the channel of a notice is no partner; the country whose warrant
    /// was served is.
    @Test(arguments: [
        "On Monday police in Agadir arrested a Latvian national under an arrest warrant issued by Latvia and "
            + "circulated through an INTERPOL red notice.",
        "Lundi, la police d'Agadir a interpellé un ressortissant letton faisant l'objet d'une notice rouge "
            + "d'Interpol, en vertu d'un mandat d'arrêt émis par la Lettonie.",
    ])
    func aRedNoticeIsAChannel(_ text: String) {
        #expect(kinds(text) == ["LV joint-operation"])
    }

    /// A place on a drug route is no partner of the operation.
    @Test(arguments: [
        "On Monday the DGST and Spain's National Police dismantled a network moving cocaine shipped from Peru.",
        "Lundi, la DGST et la police espagnole ont démantelé un réseau de cocaïne en provenance du Pérou.",
    ])
    func aRoutePlaceIsNoPartner(_ text: String) {
        #expect(kinds(text) == ["ES joint-operation"])
    }

    /// Support a body gave to an operation is joint work with it.
    @Test(arguments: [
        "On Monday the DGST dismantled a trafficking network with the support of Europol.",
        "Lundi, la DGST a démantelé un réseau de trafic avec l'appui d'Europol.",
    ])
    func supportGivenIsJointWork(_ text: String) {
        #expect(kinds(text) == ["EUROPOL joint-operation"])
    }

    /// A partner's officers on a course at a Moroccan training facility were assisted.
    @Test(arguments: [
        "In February, 18 officers of Malawi's police completed a two-week course at the Royal Police Institute "
            + "in Kenitra.",
        "En février, 18 officiers de la police malawite ont achevé un stage de deux semaines à l'Institut royal "
            + "de police de Kénitra.",
    ])
    func aPartnersOfficersOnACourseWereAssisted(_ text: String) {
        #expect(kinds(text) == ["MW joint-operation"])
    }
}
