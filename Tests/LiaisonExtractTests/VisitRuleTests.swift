import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Visits told over several sentences or days: receptions by a partner abroad, a visit's
/// talks on the following days, a delegation that came, talks on the sidelines with partners
/// left unnamed. Published on Thursday 2025-03-20.
@Suite struct VisitRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

    /// Talks and signings of the days after a visit began are that visit; talks a week
    /// later are not.
    @Test func talksOfTheFollowingDaysAreTheVisit() {
        #expect(kinds("""
            On Tuesday, Hammouchi received in Rabat the head of the Dutch National Police, who is on a working visit to the Kingdom.
            The talks continued on Wednesday with working sessions between investigators of both countries.
            On Wednesday, the two police forces also signed a memorandum of understanding.
            """) == ["NL visit-received"])
        #expect(kinds("""
            Mardi, M. Hammouchi a reçu à Rabat le chef de la police fédérale belge, en visite de travail au Royaume.
            Les entretiens se sont poursuivis mercredi par des séances de travail entre les équipes des deux pays.
            """) == ["BE visit-received"])
        #expect(kinds("""
            On 3 March, Hammouchi received in Rabat the head of the Dutch National Police.
            On 14 March, the two officials held talks by videoconference.
            """) == ["NL visit-received", "NL meeting"])
    }

    /// Received by a partner's official: the services were the guests.
    @Test(arguments: [
        ("On Monday in Brasília, Hammouchi was received by the Director General of the Brazilian Federal Police.",
         ["BR visit-made"]),
        ("Lundi à Madrid, M. Hammouchi a été reçu par le directeur général de la Police nationale espagnole.",
         ["ES visit-made"]),
        ("Reçu lundi à Bruxelles par le directeur de la police fédérale belge, M. Hammouchi a signé un mémorandum "
            + "d'entente.", ["BE visit-made"]),
        ("Le chef de la police sénégalaise a été reçu lundi par M. Hammouchi.", ["SN visit-received"]),
        ("Le 12 mars, M. Hammouchi s'est rendu à Brasília.\nReçu par le directeur général de la Police fédérale "
            + "brésilienne, M. Hammouchi y a signé un mémorandum d'entente.", ["BR visit-made"]),
        ("On Tuesday, Hammouchi led a delegation to the World Police Summit hosted by Dubai Police.\nHammouchi was "
            + "also received by the Commander-in-Chief of Dubai Police, who gave him a tour of its command centre.",
         ["AE event-participation", "AE meeting"]),
        // Received by an official whose country goes unnamed.
        ("On Tuesday Hammouchi held talks in Brasília with the Brazilian Federal Police.\nOn Wednesday Hammouchi "
            + "visited the forensic institute and was then received by the Minister of Justice.", ["BR visit-made"]),
    ])
    func receivedByAPartnerAbroad(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// A delegation that came (to study, to see) was received.
    @Test(arguments: [
        ("En février, une délégation de la police sénégalaise est venue s'inspirer du modèle social de la DGSN.",
         "SN visit-received"),
        ("En février, une délégation de la Police nationale ivoirienne était venue découvrir les unités de la DGSN.",
         "CI visit-received"),
        ("In February, a delegation of the Ghana Police Service came to study the DGSN's forensic laboratory.",
         "GH visit-received"),
    ])
    func aDelegationThatCameWasReceived(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// "En marge de ces assises, il a tenu 43 réunions bilatérales": talks with partners the
    /// sentence leaves unnamed are not talks with the gathering's organiser.
    @Test func unnamedTalksOnTheSidelinesAreNotWithTheOrganiser() {
        #expect(kinds("""
            Mardi, la DGSN a pris part à Lyon à la conférence régionale d'INTERPOL.
            En marge de ces assises, M. Hammouchi a tenu 43 réunions bilatérales.
            """) == ["INTERPOL event-participation"])
        #expect(kinds("""
            Mardi, la DGSN a pris part à Lyon à la conférence régionale d'INTERPOL.
            En marge de ces assises, auxquelles ont pris part les délégations de plus de 50 pays, M. Hammouchi a tenu 43 réunions bilatérales.
            """) == ["INTERPOL event-participation"])
        #expect(kinds("""
            On Tuesday, the DGSN took part in INTERPOL's regional conference in Lyon.
            On the sidelines of the conference, Hammouchi held a dozen bilateral meetings.
            """) == ["INTERPOL event-participation"])
    }

    /// "the police of the American continent" names a continent, not the United States.
    @Test func theAmericanContinentIsNoPartner() {
        #expect(kinds("Lundi, M. Hammouchi a rencontré le secrétaire exécutif d'AMERIPOL, qui fédère les polices du "
            + "continent américain.") == ["AMERIPOL meeting"])
        #expect(kinds("On Monday, Hammouchi met the head of AMERIPOL, which brings together the police forces of the "
            + "American continent.") == ["AMERIPOL meeting"])
    }

    /// Talks "attended on the Moroccan side by" officials: who sat in, no participation.
    @Test func talksAttendedByOfficialsAreNoParticipation() {
        #expect(kinds("""
            On Tuesday, Hammouchi received the head of the Portuguese police in Rabat.
            The talks, attended on the Moroccan side by the Director of Judicial Police, focused on drug trafficking.
            """) == ["PT visit-received"])
    }

    /// A facility toured is no town abroad, nor is a town named after a Moroccan one: the
    /// visitors are in Morocco.
    @Test(arguments: [
        ("On Monday the Irish delegation toured the Command and Coordination Centre in Rabat.", "IE visit-received"),
        ("On Monday the Portuguese delegation was given a tour of the Command Centre of the Rabat police.",
         "PT visit-received"),
        // A town abroad after the Moroccan one is not where they met.
        ("En octobre, une délégation de la police ivoirienne a été reçue au siège de la DGSN à Rabat, en vue de créer "
            + "une structure comparable à Abidjan.", "CI visit-received"),
        ("In October, a Ghanaian police delegation was received at the DGSN headquarters in Rabat to prepare a "
            + "similar centre in Accra.", "GH visit-received"),
    ])
    func aFacilityTouredIsNoTownAbroad(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// A visit whose traveller stands between it and its destination ("a visit by
    /// Hammouchi to Brussels") is a visit, and the signing told with it is part of it.
    @Test(arguments: [
        "Last December, during a visit by Hammouchi to Brussels, the DGSN and the Belgian Federal Police signed a joint action plan.",
        "Les deux hommes ont fait le bilan du plan d'action conjoint, signé en décembre 2024 lors d'un déplacement de M. Hammouchi en Belgique.",
    ])
    func aVisitWithItsTravellerIsAVisit(_ text: String) {
        #expect(kinds(text) == ["BE visit-made"])
    }

    /// A visit told day by day is one visit over those days.
    @Test func aVisitToldDayByDayIsOne() {
        let visits = engagements(drafts("""
            Arrivé lundi à Rabat, le chef de la police fédérale belge a été reçu mardi par M. Hammouchi, en visite de travail au Royaume.
            Mercredi, la délégation belge, en visite au Royaume, a tenu des séances de travail à Casablanca.
            """, published: published))
        #expect(visits == ["BE visit-received 2025-03-17..2025-03-19"])
    }

    /// After an assembly, a reception dated months later is a visit received, not talks on
    /// the assembly's sidelines; the town a visit is told in is its destination.
    @Test func anArticleMovesOnFromAGathering() {
        let text = """
            Hammouchi took part in the 93rd General Assembly of INTERPOL, held in Marrakech from 24 to 27 November 2024.
            In January, he received the head of the Belgian Federal Police.
            En février, c'est à Londres que le patron de la police marocaine a effectué une visite de travail, marquée par des entretiens avec le directeur général de la National Crime Agency.
            """
        #expect(kinds(text) == ["INTERPOL event-participation", "BE visit-received", "GB visit-made"])
    }
}

