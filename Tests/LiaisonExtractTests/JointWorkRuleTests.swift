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
        ("Lundi, le centre de coordination de la DGSN a accueilli durant toute la compétition 40 officiers de "
            + "liaison dépêchés par plusieurs pays, dont le Ghana et le Kenya.", ["GH", "KE"]),
    ])
    func secondedOfficersAreJointWork(_ text: String, _ partners: [String]) {
        #expect(kinds(text) == partners.map { "\($0) joint-operation" })
    }

    /// Officers counted as sent "by" countries and named in the next sentence did joint work,
    /// even when they stay "until" a day to come.
    @Test(arguments: [
        ("On Monday the DGSN's cooperation centre in Rabat took in 64 liaison officers sent by 22 countries.\n"
            + "Among them are officers from Senegal and Mali, who will remain in the Kingdom until the final on "
            + "March 30.", ["SN", "ML"]),
        ("Lundi, le centre de coopération de la DGSN à Rabat a accueilli 64 officiers de liaison dépêchés par 22 "
            + "pays.\nParmi eux figurent des policiers sénégalais et maliens, qui resteront au Maroc jusqu'au 30 mars.",
         ["SN", "ML"]),
    ])
    func officersCountedBySendersAndNamedAfter(_ text: String, _ partners: [String]) {
        let found = engagements(drafts(text, published: published))
        #expect(found.map { String($0.prefix(18)) } == partners.map { "\($0) joint-operation" }, "\(found)")
        #expect(found.allSatisfy { $0.contains("2025-03-17") }, "\(found)")
    }

    /// Training a partner's experts gave Moroccan officers is assistance received: joint work;
    /// not training Moroccans will give, nor one to come.
    @Test(arguments: [
        ("In June, experts from Japan's National Police Agency ran a two-week workshop in Casablanca for Moroccan "
            + "forensic staff.", ["JP joint-operation"]),
        ("En juin, des experts de la police coréenne ont animé à Casablanca un atelier au profit de cadres "
            + "marocains de la police scientifique.", ["KR joint-operation"]),
        ("In June, experts from Japan's National Police Agency will run a workshop for Moroccan forensic staff.", []),
    ])
    func trainingReceivedIsJointWork(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// A session the services organised in partnership with a body is joint work with it,
    /// not a gathering of the body's.
    @Test(arguments: [
        "Du 2 au 13 mars, cette session a été organisée par la Direction générale de la sûreté nationale en "
            + "partenariat avec l'ONUDC.",
        "From March 3 to 14, the session was organised by the General Directorate of National Security (DGSN) in "
            + "partnership with UNODC.",
    ])
    func aSessionTheServicesRanWithABodyIsJointWork(_ text: String) {
        #expect(kinds(text) == ["UNODC joint-operation"])
    }

    /// The services' part in an operation a partner's police did, told in the next sentence,
    /// is joint work with that partner; not after praise.
    @Test(arguments: [
        ("Three men were arrested on Monday in Vienna by the Austrian police. The investigators acted on "
            + "information passed on by the DGST.", ["AT joint-operation"]),
        ("Trois hommes ont été interpellés lundi à Vienne par la police autrichienne. Les enquêteurs ont agi sur "
            + "la base d'informations transmises par la DGST.", ["AT joint-operation"]),
        ("On Monday the Austrian minister praised the police. The investigators acted on information passed on by "
            + "the DGST.", []),
    ])
    func theServicesPartToldNextIsJointWork(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// Officers counted by country may be named a few sentences on.
    @Test func officersCountedAreNamedAFewSentencesOn() {
        #expect(kinds("Lundi, le centre de la DGSN à Rabat a accueilli 52 officiers de liaison dépêchés par 19 pays. Ils "
            + "y resteront jusqu'à la finale. Ces policiers travaillent en binôme avec des officiers marocains. Les "
            + "contingents les plus fournis sont ceux du Sénégal et de l'Égypte.") == ["SN joint-operation", "EG joint-operation"])
    }

    /// Moroccan officers sent abroad beside the officers of many countries: those countries
    /// are fellow participants, not partners.
    @Test(arguments: [
        "Lundi, les policiers marocains ont travaillé à Toronto aux côtés d'officiers de liaison dépêchés par une "
            + "quarantaine de pays, parmi lesquels l'Espagne et le Brésil.",
        "On Monday, the Moroccan officers began working in Toronto alongside liaison officers sent by some forty "
            + "countries, among them Spain and Brazil.",
    ])
    func countriesBesideMoroccanOfficersAbroadAreFellows(_ text: String) {
        #expect(kinds(text).filter { $0.hasPrefix("ES") || $0.hasPrefix("BR") }.isEmpty)
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

    /// Joint work a news report opens on, with no date in its sentence, is the report's
    /// event; further down, undated joint work is a claim.
    @Test(arguments: [
        ("Agents of the Spanish National Police, working jointly with the DGST, have arrested four members of a "
            + "jihadist cell in Ceuta and Tetouan, the Interior Ministry said.\nThe arrests were made on Sunday.",
         ["ES joint-operation 2025-03-16"]),
        ("Des éléments de la Police nationale espagnole, agissant conjointement avec la DGST, ont interpellé quatre "
            + "membres d'une cellule terroriste à Ceuta et à Tétouan, a indiqué le ministère de l'Intérieur.\nLes "
            + "arrestations ont eu lieu dimanche.", ["ES joint-operation 2025-03-16"]),
        ("The Danish police chief praised the Moroccan services, the DGSN said in a statement.\nThe DGST has "
            + "helped the Spanish police dismantle several jihadist cells in Ceuta.", []),
    ])
    func jointWorkALeadOpensOnIsTheReportsEvent(_ text: String, _ expected: [String]) {
        #expect(engagements(drafts(text, published: published)) == expected)
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

    /// A country preparing to host a gathering speaks of a plan, even with a month that,
    /// alone, would be past.
    @Test(arguments: [
        "Le Maroc s'apprête à accueillir en novembre l'Assemblée générale d'INTERPOL à Marrakech.",
        "Morocco is preparing to host INTERPOL's General Assembly in Marrakech in November.",
    ])
    func aGatheringBeingPreparedIsATopic(_ text: String) {
        #expect(kinds(text).isEmpty)
    }

    /// A plan told after a gathering for another gathering leaves the first one attended.
    @Test(arguments: [
        "On Monday Hammouchi met his Indian counterpart on the sidelines of INTERPOL's 92nd General Assembly in "
            + "Vienna, where Morocco won the vote to host the organisation's 2027 assembly.",
        "On Monday Hammouchi met his Indian counterpart on the sidelines of INTERPOL's 92nd General Assembly, "
            + "where Morocco won the vote to host the organisation's 2027 assembly.",
    ])
    func aPlanForAnotherGatheringLeavesTheFirstAttended(_ text: String) {
        let found = kinds(text)
        #expect(found.contains("INTERPOL event-participation") && found.contains("IN meeting"), "\(found)")
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

    /// Arrests in towns of Morocco and of one country abroad, listed together, are joint
    /// work with that country; a town named in another clause is not.
    @Test(arguments: [
        ("In June, police in Madrid, Ibiza and Tangier arrested nine suspected members of a cell.", ["ES joint-operation"]),
        ("In March two alleged recruiters were detained, one in Ceuta and the other in Nador.", ["ES joint-operation"]),
        ("En juin, neuf membres présumés d'une cellule ont été interpellés à Madrid et à Tanger.", ["ES joint-operation"]),
        ("In June, police in Tangier arrested a man who had lived in Madrid.", []),
    ])
    func arrestsInTownsOfBothCountriesAreJointWork(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
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

    /// Trainees from partners, listed at a graduation or course in an article set at a
    /// training facility, were assisted; the article's event dates them.
    @Test(arguments: [
        ("""
            L'Institut royal de police de Kénitra a abrité mardi la cérémonie de sortie de la promotion 2024-2025, présidée par Abdellatif Hammouchi.
            Au total, 1.850 policiers ont achevé leur cursus, dont un tiers de femmes.
            Cette promotion compte aussi 60 stagiaires issus de quatre pays africains : le Mali, le Niger, le Tchad et le Congo.
            """, ["ML", "NE", "TD", "CG"]),
        ("""
            The Royal Police Institute in Kenitra held on Tuesday the graduation ceremony of its 2024-2025 class, chaired by Abdellatif Hammouchi.
            In all, 1,850 officers completed their training this year.
            Among the graduates were 40 cadets from Mali, Niger and Chad, who followed the same curriculum as their Moroccan classmates.
            """, ["ML", "NE", "TD"]),
    ])
    func traineesOfAGraduationWereAssisted(_ text: String, _ partners: [String]) {
        #expect(engagements(drafts(text, published: published)) == partners.map { "\($0) joint-operation 2025-03-18" })
    }

    /// Those a course brought together were trained, not fellow participants.
    @Test func traineesACourseBroughtTogetherWereAssisted() {
        let text = """
            The DGSN said on Wednesday that a course on financial investigations had ended at the Royal Police Institute in Kenitra.
            The course brought together 25 investigators from Ghana, Liberia and Sierra Leone.
            """
        let found = engagements(drafts(text, published: published))
        #expect(found.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["GH joint-operation", "LR joint-operation", "SL joint-operation"])
        #expect(found.allSatisfy { $0.contains(" 2025-03") }, "\(found)")
    }

    /// Officers trained or hosted, counted by country in one sentence and named by their
    /// countries in one of the next two, were assisted.
    @Test(arguments: [
        ("""
            The police training centre in Ifrane welcomed on Tuesday its first cohort, among them 30 police officers from four African countries.
            The foreign officers, who come from Mali, Niger and Chad, will follow a nine-month programme.
            """, ["ML", "NE", "TD"]),
        ("""
            Le centre de coopération policière de Rabat a accueilli mardi 40 officiers de liaison issus de 12 pays.
            Leur mission : accompagner les supporters de leurs pays.
            Parmi eux figuraient des policiers maliens, nigériens et tchadiens.
            """, ["ML", "NE", "TD"]),
    ])
    func officersCountedThenNamedWereAssisted(_ text: String, _ partners: [String]) {
        #expect(engagements(drafts(text, published: published)) == partners.map { "\($0) joint-operation 2025-03-18" })
    }

    /// Officers of several countries hosted by the services, counted in one sentence and
    /// listed in the next after "among them", "such as", "comme", were assisted.
    @Test(arguments: [
        ("""
            Since Tuesday, the DGSN has hosted at its cooperation centre in Rabat 52 police officers sent by the police services of 19 countries.
            They include delegations from Ghana, Mali and Guinea.
            """, ["GH", "ML", "GN"]),
        ("""
            Around 40 liaison officers from 15 of the 24 qualified countries have been working since Tuesday at the centre the DGSN opened in Casablanca.
            The officers, among them teams from Ghana and Mali, accompany their fans to the stadiums.
            """, ["GH", "ML"]),
        ("""
            Depuis mardi, la DGSN accueille dans son centre de coopération de Rabat 52 policiers envoyés par les polices de 19 pays.
            La plupart viennent de pays qualifiés, comme le Ghana, le Mali et la Guinée.
            """, ["GH", "ML", "GN"]),
    ])
    func hostedOfficersListedAfterTheirCountWereAssisted(_ text: String, _ partners: [String]) {
        #expect(engagements(drafts(text, published: published)) == partners.map { "\($0) joint-operation 2025-03-18" })
    }

    /// A sentence that opens on "Countries" or "Pays" is read like any other (the count of
    /// countries is looked for before the noun, and there is none).
    @Test(arguments: [
        ("Countries such as Ghana and Kenya dispatched liaison officers to the DGSN centre in Rabat on Tuesday.",
         ["GH", "KE"]),
        ("Pays du Sahel, le Mali et le Niger ont dépêché mardi des officiers de liaison au centre de la DGSN à Rabat.",
         ["ML", "NE"]),
    ])
    func aSentenceOpeningOnCountriesIsRead(_ text: String, _ partners: [String]) {
        #expect(engagements(drafts(text, published: published)) == partners.map { "\($0) joint-operation 2025-03-18" })
    }

    /// Countries named after officers counted in a claim, or at a gathering, are not assisted.
    @Test(arguments: [
        """
            The Royal Police Institute in Kenitra held on Tuesday the graduation ceremony of its 2024-2025 class.
            Since 2015, the centre has hosted more than 1,100 liaison officers from 27 countries.
            Most of them were police officers from Mali, Niger and Chad.
            """,
        """
            The INTERPOL conference in Accra brought together on Tuesday police chiefs from 47 African countries.
            Police chiefs from Mali, Niger and Chad presented their national reports.
            """,
    ])
    func officersCountedInAClaimOrAtAGatheringAreNotAssisted(_ text: String) {
        #expect(!kinds(text).contains { $0.hasPrefix("ML") }, "\(kinds(text))")
    }

    /// A session to come for a partner's officers is no engagement yet.
    @Test(arguments: [
        "A second session, intended for officers from Mali and Niger, is scheduled for next year.",
        "Une deuxième session, prévue l'an prochain, accueillera des stagiaires venus du Mali et du Niger.",
        "Dès septembre prochain, l'institut recevra des élèves venus du Mali et du Niger.",
        "Aux termes de ce texte, la DGSN organisera, dès 2026, des sessions de formation au profit de 30 "
            + "fonctionnaires maliens et nigériens.",
    ])
    func aSessionToComeIsNoEngagement(_ sentence: String) {
        let opening = sentence.hasPrefix("A ")
            ? "The Royal Police Institute in Kenitra held on Tuesday the graduation ceremony of its 2024-2025 class."
            : "L'Institut royal de police de Kénitra a abrité mardi la cérémonie de sortie de la promotion 2024-2025."
        let text = opening + "\n" + sentence
        #expect(kinds(text).isEmpty, "\(kinds(text))")
    }

    /// Cadets expected from a month to come leave the visit that prepared their coming a visit.
    @Test func aVisitForCadetsToComeStaysAVisit() {
        let text = """
            L'Institut royal de police de Kénitra a abrité mardi la cérémonie de sortie de la promotion 2024-2025.
            En février, une délégation de la police nigérienne y a effectué une visite de travail afin de préparer l'accueil, dès septembre prochain, d'élèves venus du Niger.
            """
        #expect(kinds(text) == ["NE visit-received"])
    }

    /// Help told as a claim since a year is no engagement.
    @Test func helpSinceAYearIsAClaim() {
        let text = "Since the end of 2024, DGST tip-offs have helped France and Belgium foil several attacks."
        #expect(kinds(text).isEmpty, "\(kinds(text))")
    }

    /// Training told as a habit over years is no engagement.
    @Test func habitualTrainingIsNoEngagement() {
        let text = """
            The Royal Police Institute in Kenitra held on Tuesday the graduation ceremony of its 2024-2025 class.
            Since 2015, the institute has trained cadets from Senegal and Gabon every year.
            """
        #expect(kinds(text).filter { $0.hasPrefix("SN") || $0.hasPrefix("GA") }.isEmpty)
    }

    /// A liaison officer posted at an embassy works there for good: no officers sent for
    /// the article's event.
    @Test(arguments: [
        "A liaison officer of the Belgian police, posted at the embassy in Rabat, works daily with the Moroccan teams.",
        "Un officier de liaison de la police belge, en poste à l'ambassade à Rabat, travaille au quotidien avec les équipes marocaines.",
    ])
    func aLiaisonOfficerPostedIsNoDispatch(_ sentence: String) {
        let text = "Hammouchi opened on Monday 17 March the security command centre of the Marrakech marathon.\n" + sentence
        #expect(kinds(text).filter { $0.hasPrefix("BE") }.isEmpty)
    }

    /// Training an agreement provides for Moroccan investigators, from a month to come, is
    /// no joint work yet.
    @Test func trainingToComeForMoroccansIsNoJointWork() {
        let text = "Le mémorandum signé lundi avec le FBI prévoit, dès janvier prochain, des sessions de formation "
            + "au profit des enquêteurs marocains de la police judiciaire."
        #expect(kinds(text).filter { $0.hasSuffix("joint-operation") }.isEmpty, "\(kinds(text))")
    }

    /// Teams "dépêchées" (feminine) were sent as much as officers "dépêchés".
    @Test func teamsSentInTheFeminineAreSent() {
        let result = drafts("Des équipes cynotechniques dépêchées par la DGSN en France ont prêté main-forte à la police "
            + "française pendant les Jeux olympiques de Paris.", published: published)
        #expect(engagements(result) == ["FR joint-operation 2024-07-26..2024-08-11"])
    }

    /// A joint operation whose partner police is named without its country is with the
    /// country of the towns it was done in; "une opération antiterroriste conjointe" is one.
    @Test(arguments: [
        ("National Police officers, in a joint operation with Morocco's DGST, arrested four people in Madrid and Getafe "
            + "on Thursday.", "ES joint-operation"),
        ("Les services sécuritaires marocains et espagnols ont mené mardi une opération antiterroriste conjointe.",
         "ES joint-operation"),
    ])
    func aJointOperationInTownsOfOneCountry(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// A partner's service named by its title, its nationality at the end of the name
    /// ("la Direction de la sécurité de l'État autrichienne", "the Austrian State Security
    /// and Intelligence Directorate"), is a police; a suspect's nationality is not.
    @Test(arguments: [
        ("In March, information from the DGST led to the arrest in Vienna, by the Austrian State Security and "
            + "Intelligence Directorate, of a teenager.", ["AT joint-operation"]),
        ("En mars, des informations de la DGST ont conduit à l'arrestation à Vienne, par la Direction de la "
            + "sécurité de l'État autrichienne, d'un adolescent.", ["AT joint-operation"]),
        ("Les informations de la DGST ont conduit mardi à l'arrestation à Tanger d'un ressortissant autrichien "
            + "recherché pour terrorisme.", []),
    ])
    func aServiceNamedByItsTitleIsAPolice(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// Information a service gave another is joint work, whatever the noun and the verb of
    /// giving, in either order ("information supplied", "passed on details", "données
    /// transmises", "informations précises transmises").
    @Test(arguments: [
        ("On Tuesday, information supplied by the DGST put the Belgian federal police on the trail of a suspect in "
            + "Liège.", "BE"),
        ("On Monday, data relayed by the DGSN to the Swedish police identified a suspect in Malmö.", "SE"),
        ("Des renseignements livrés mardi par la DGST ont mis la police allemande sur la piste d'un suspect à Cologne.",
         "DE"),
        ("Des données transmises lundi par la DGSN aux enquêteurs danois ont permis d'identifier un suspect.", "DK"),
        ("On Tuesday the DGST passed on details of the suspect's contacts to the Dutch police.", "NL"),
        ("Mardi, des informations précises transmises par la DGST ont permis à la police autrichienne d'agir.", "AT"),
    ])
    func informationGivenIsJointWork(_ text: String, _ partner: String) {
        #expect(kinds(text) == ["\(partner) joint-operation"])
    }

    /// A team a partner deployed ("une équipe … a été déployée", feminine) was sent.
    @Test func aTeamDeployedInTheFeminineWasSent() {
        #expect(kinds("Lundi, une équipe d'INTERPOL a été déployée au centre de commandement de la DGSN à Rabat.")
            == ["INTERPOL joint-operation"])
    }

    /// Experts of a partner who took part in a course at a training facility named earlier
    /// in the article (not only in the sentence before) helped give it.
    @Test(arguments: [
        """
        On Friday the Royal Police Institute in Kenitra closed a two-week course on crowd control.
        Its modules mixed lectures with drills in the stadiums of Rabat and Tangier.
        The course was given with the participation of instructors from the Portuguese police.
        """,
        """
        Vendredi, l'Institut royal de police de Kénitra a clôturé un stage de deux semaines sur le maintien de l'ordre.
        Ses modules ont alterné cours théoriques et exercices dans les stades de Rabat et de Tanger.
        Le stage a été animé avec la participation d'experts de la police portugaise.
        """,
    ])
    func partnersExpertsOnACourseHelpedGiveIt(_ text: String) {
        #expect(kinds(text).contains("PT joint-operation"), "\(kinds(text))")
    }

    /// In an article at a training facility, officers counted and named by country in one
    /// sentence ("40 officers …: 22 from Mali and 18 from Gabon", "30 policiers étrangers,
    /// originaires du Tchad…") were trained there.
    @Test(arguments: [
        ("""
        On Saturday the Royal Police Institute in Kenitra held the graduation ceremony of its new class.
        The class of 1,500 includes 300 women.
        Alongside their Moroccan classmates, 40 officers from friendly African countries completed the programme: \
        22 from Mali and 18 from Gabon.
        """, ["ML joint-operation", "GA joint-operation"]),
        ("""
        Samedi, l'Institut royal de police de Kénitra a célébré la sortie de sa nouvelle promotion.
        Elle réunit 1 500 lauréats, dont 300 femmes.
        La promotion compte aussi 30 policiers étrangers, originaires du Tchad et de la Mauritanie.
        """, ["TD joint-operation", "MR joint-operation"]),
    ])
    func officersCountedAndNamedAtAFacilityWereTrained(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// Diplomas, certificates and insignia received are no visit.
    @Test(arguments: [
        "Samedi, les policiers maliens ont reçu leurs diplômes des mains de M. Hammouchi.",
        "On Saturday, Malian police officers received certificates at the DGSN headquarters in Rabat.",
    ])
    func diplomasReceivedAreNoVisit(_ text: String) {
        #expect(!kinds(text).contains("ML visit-received"), "\(kinds(text))")
    }

    /// Work done "de concert avec" / "in concert with" a partner's police is joint work.
    @Test(arguments: [
        "Mardi, une enquête menée par la DGST de concert avec la police autrichienne a abouti à Vienne.",
        "On Tuesday an inquiry led by the DGST in concert with the Austrian police ended with two arrests.",
    ])
    func workInConcertWithAPoliceIsJointWork(_ text: String) {
        #expect(kinds(text) == ["AT joint-operation"])
    }
}

