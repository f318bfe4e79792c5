import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Engagement kinds in English and French: visit direction, meetings named by nouns,
/// operations done for a partner, assistance, praise. Who the partners are is in
/// `PartnerRuleTests`, what tells no new engagement in `ClaimRuleTests`. Published on
/// Thursday 2025-03-20.
@Suite struct EngagementRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

    /// A visit's direction comes from where it goes, or from who is visiting.
    @Test(arguments: [
        ("The Director of the FBI, who is on a visit to the Kingdom, held talks with Hammouchi on Tuesday.",
         "US visit-received"),
        ("Hammouchi received on Monday the visiting Director General of the Portuguese Judiciary Police.",
         "PT visit-received"),
        ("The Spanish delegation was received on Monday at the DGSN headquarters in Rabat.", "ES visit-received"),
        ("On Monday, Hammouchi welcomed the head of the Belgian Federal Police at the DGST headquarters.",
         "BE visit-received"),
        ("Le chef de la police sénégalaise, en visite de travail au Royaume, a été reçu lundi par M. Hammouchi.",
         "SN visit-received"),
        ("Hammouchi paid a working visit to the United Kingdom on Monday.", "GB visit-made"),
        ("M. Hammouchi a effectué lundi une visite de travail en Belgique.", "BE visit-made"),
        ("On Monday, Hammouchi was on a working trip to France.", "FR visit-made"),
        ("Une délégation de la police espagnole a séjourné lundi à Rabat.", "ES visit-received"),
        ("On Monday a delegation of the Swiss federal police spent three days in Rabat.", "CH visit-received"),
        ("In January, a DGSN delegation spent five days in Kenya.", "KE visit-made"),
        ("En janvier, une délégation de la police suisse a passé trois jours à Rabat.", "CH visit-received"),
        ("On Monday the Irish delegation toured the DGSN's forensic laboratory in Casablanca.", "IE visit-received"),
        ("Lundi, la délégation kényane a eu des séances de travail avec la DGSN avant de visiter l'Institut royal "
            + "de police de Kénitra.", "KE visit-received"),
        ("En juillet, une délégation de la police japonaise effectuait une visite d'étude au Maroc.", "JP visit-received"),
        ("In July, a DGSN delegation made a study visit to the Korean National Police Agency in Seoul.",
         "KR visit-made"),
    ])
    func visitDirection(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// Trainees named in the sentence after their course, or attending a course at a
    /// training facility, were assisted.
    @Test func traineesOfACourseToldBeforeOrAttendingOneWereTrained() {
        let french = drafts("""
            Lundi, Hammouchi a ouvert à l'Institut royal de police de Kénitra un cycle de formation sur le blanchiment.
            La session bénéficie à 20 officiers de police venus du Bénin et du Togo.
            """, published: published)
        #expect(engagements(french).filter { !$0.hasPrefix("BJ") && !$0.hasPrefix("TG") }.isEmpty)
        #expect(Set(french.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" })
            == ["BJ joint-operation", "TG joint-operation"])
        #expect(kinds("Last month the Royal Police Institute in Kenitra ran a course on cyber investigations, "
            + "attended by 15 Tunisian police officers.") == ["TN joint-operation"])
    }

    /// An operation done for a partner: a suspect handed over to its police, or arrested at
    /// its request, in a Moroccan town.
    @Test(arguments: [
        ("On Monday the DGSN handed over to Italian police officers a suspect wanted in Milan.", "IT joint-operation"),
        ("Lundi, la DGSN a remis aux policiers allemands un ressortissant recherché pour meurtre.", "DE joint-operation"),
        ("On Monday, police in Agadir arrested a man at the request of the Norwegian authorities.", "NO joint-operation"),
        ("Lundi, un suspect recherché par les autorités danoises a été interpellé à Tanger.", "DK joint-operation"),
        // The recipient a few words after the verb, past its object or a place.
        ("On Monday the DGSN handed over a suspect to the Ivorian authorities.", "CI joint-operation"),
        ("Lundi, la DGSN a remis, à l'aéroport de Casablanca, aux policiers slovaques un ressortissant recherché.",
         "SK joint-operation"),
        // Handed over to Morocco by a partner's police named by its nationality after a qualifier.
        ("Lundi, un suspect a été remis aux autorités marocaines par la Police fédérale brésilienne, a indiqué "
            + "la DGSN.", "BR joint-operation"),
        ("On Monday a suspect was extradited to Morocco by the Federal Police of Brazil, the DGSN said.",
         "BR joint-operation"),
        // Handed over to a partner's escort or extradited to it, the services left unnamed.
        ("Elle fait suite à celle d'un ressortissant slovaque remis lundi à une escorte de la police slovaque.",
         "SK joint-operation"),
        ("It follows the extradition to Slovakia, on Monday, of a man wanted for fraud.", "SK joint-operation"),
    ])
    func operationsDoneForAPartner(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// Being wanted by a partner is no operation until someone acts on it.
    @Test func aWantedPersonIsNoOperation() {
        #expect(kinds("Un homme recherché par les autorités danoises vit à Tanger depuis lundi.").isEmpty)
        #expect(kinds("On Monday a man wanted by the Norwegian police was living in Agadir.").isEmpty)
    }

    /// Praise named as a noun is a statement, whatever the sentence tells besides.
    @Test func praiseAsANounIsAStatement() {
        let english = drafts("Similar praise came from the Kenyan ambassador, who said visitors travelling to "
            + "Rabat on Monday felt safe.", published: published)
        #expect(english.engagements.isEmpty)
        #expect(english.statements.map { $0.partners.map(\.code) } == [["KE"]])
        let french = drafts("Lundi, le ministre ghanéen a rendu hommage aux policiers marocains venus à Accra.",
                            published: published)
        #expect(french.engagements.isEmpty)
    }

    /// Received at an organisation's seat on the sidelines of another visit: a visit made.
    @Test func anOrganisationsSeatIsVisitedEvenOnTheSidelines() {
        #expect(kinds("En marge de cette visite, M. Hammouchi a été reçu lundi au siège d'Europol, à La Haye.")
            == ["EUROPOL visit-made"])
    }

    /// A partner's delegation that made a visit with no destination named came to Morocco;
    /// the services' delegation went abroad.
    @Test(arguments: [
        ("En mars, une délégation de la police nationale sénégalaise a effectué une visite de travail.",
         "SN visit-received"),
        ("In March, a delegation of the Kenyan police made a working visit.", "KE visit-received"),
        ("In March, a DGSN delegation made a working visit and held talks with the Kenyan police.", "KE visit-made"),
    ])
    func aPartnersDelegationVisitingCame(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// Visits made to a list of countries and visits received in one sentence each keep
    /// their direction.
    @Test(arguments: [
        "Au cours de l'année, M. Hammouchi a effectué des visites de travail en Espagne en janvier, en Autriche en "
            + "juin et au Qatar en octobre, et a reçu à Rabat les chefs des polices de France et d'Italie.",
        "During the year Hammouchi made working visits to Spain in January, Austria in June and Qatar in October, "
            + "and received in Rabat the police chiefs of France and Italy.",
    ])
    func visitsMadeAndReceivedInOneSentence(_ text: String) {
        #expect(engagementKinds(text, published: "2025-12-30")
            == ["ES visit-made", "AT visit-made", "QA visit-made", "FR visit-received", "IT visit-received"])
    }

    /// In a list of partners each followed by its month, each takes its own.
    @Test func eachPartnerOfAListTakesTheMonthAfterIt() {
        let text = "Au cours de l'année, M. Hammouchi a effectué des visites de travail en Espagne en janvier, en "
            + "Autriche en juin et au Qatar en octobre."
        #expect(engagements(drafts(text, published: "2025-12-30")).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
            == ["ES visit-made 2025-01", "AT visit-made 2025-06", "QA visit-made 2025-10"])
    }

    /// A message or letter received is no visit received.
    @Test(arguments: [
        "On Tuesday the DGSN received a letter of thanks from the Gabonese police chief.",
        "La DGSN a reçu mardi un message de remerciements du chef de la police gabonaise.",
    ])
    func aMessageReceivedIsNoVisit(_ text: String) {
        #expect(kinds(text).isEmpty, "\(kinds(text))")
    }

    /// An interview given to the press is no talks.
    @Test(arguments: [
        "Le directeur de la DGSI a, dans un entretien accordé en septembre au Figaro, rendu hommage à ses homologues marocains.",
        "In an interview with Le Figaro in September, the French intelligence chief praised his Moroccan counterparts.",
    ])
    func anInterviewIsNoMeeting(_ text: String) {
        #expect(!kinds(text).contains { $0.hasSuffix("meeting") }, "\(kinds(text))")
    }

    /// A country that hosted a tournament received no visit: the unit sent to it worked
    /// beside its police.
    @Test(arguments: [
        "On Tuesday the Ivorian police chief thanked the DGSN for the support of the Moroccan police unit deployed "
            + "during the Africa Cup of Nations, which Côte d'Ivoire hosted.",
        "On Tuesday the Ivorian police chief thanked the DGSN for the support of the Moroccan police unit deployed "
            + "during the Africa Cup of Nations, which Côte d'Ivoire hosted from 13 January 2024.",
        "On Monday a Moroccan unit was deployed at the Africa Cup of Nations, which Côte d'Ivoire hosted.",
    ])
    func hostingATournamentIsNoReception(_ text: String) {
        #expect(kinds(text) == ["CI joint-operation"])
    }

    /// A mission to a partner's country is a visit made.
    @Test(arguments: [
        "Cette visite intervient après la mission effectuée en janvier à Bamako par une délégation de la DGSN.",
        "It follows a DGSN mission to Bamako in January.",
    ])
    func aMissionAbroadIsAVisitMade(_ text: String) {
        #expect(kinds(text) == ["ML visit-made"])
    }

    /// Meetings are often nouns: working sessions, talks, interviews.
    @Test(arguments: [
        ("M. Hammouchi a eu lundi des séances de travail avec le directeur de la police ivoirienne.", "CI meeting"),
        ("Lundi, il s'est entretenu avec son homologue italien.", "IT meeting"),
        ("Il a eu mardi des entretiens avec le directeur du FBI.", "US meeting"),
        ("On Monday Hammouchi held working sessions with the Spanish delegation.", "ES meeting"),
        ("Hammouchi and his Turkish counterpart discussed on Tuesday the fight against terrorism.", "TR meeting"),
        ("Des rencontres ont été tenues mardi avec la police autrichienne.", "AT meeting"),
        ("In March, a DGSN delegation held talks with the Kenyan police.", "KE meeting"),
        ("Mardi, la délégation a tenu des rencontres avec des représentants de la police fédérale suisse.", "CH meeting"),
        // The verb agreeing with "la délégation".
        ("Mardi, la délégation de la DGSN s'est entretenue avec le chef de la police panaméenne.", "PA meeting"),
        ("Mardi, la délégation s'est ainsi entretenue avec le chef de la police panaméenne.", "PA meeting"),
        ("Mardi, des échanges ont également eu lieu avec le chef de la police pakistanaise.", "PK meeting"),
    ])
    func meetingsNamedByNouns(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// Clauses after ";" or ", while" tell their own events; one with no interaction of its
    /// own goes on with the one before.
    @Test func clausesTellTheirOwnEvents() {
        #expect(kinds("In January, a Dutch delegation was received at the DGSN headquarters in Rabat, while in "
            + "March, DGSN and Dutch National Police investigators coordinated the arrest of a suspect in Tangier.")
            == ["NL visit-received", "NL joint-operation"])
        #expect(kinds("On Monday Hammouchi held talks with the Latvian police chief; the Director of the Lithuanian "
            + "Police and the Director of the Estonian Police.") == ["LV meeting", "LT meeting", "EE meeting"])
    }

    /// Praise of joint work the praise dates drafts the work too.
    @Test func praiseOfDatedJointWorkDraftsIt() {
        let result = drafts("On Monday the Senegalese minister thanked the DGSN for the technical assistance it "
            + "provided during the 2023 Africa Cup of Nations.", published: published)
        #expect(engagements(result)
            == ["SN joint-operation 2024-01-13..2024-02-11"])
        #expect(result.statements.flatMap(\.partners).map(\.code) == ["SN"])
    }

    /// Praise told after the joint work it describes does not undo it; praise of the joint
    /// work does.
    @Test func praiseOfJointWorkIsAStatementOnlyWhenItComesFirst() {
        #expect(kinds("In January, Dutch police worked alongside the DGST, an operation both sides described as "
            + "exemplary.") == ["NL joint-operation"])
        let praised = drafts("In January, the Dutch minister praised the joint operations of the DGST and the "
            + "Dutch police.", published: published)
        #expect(praised.engagements.isEmpty)
        #expect(praised.statements.flatMap(\.partners).map(\.code) == ["NL"])
    }

    /// A project run with a partner and a partner's staff trained in Morocco are assistance.
    @Test(arguments: [
        ("La DGSN a noué le 3 mars un partenariat international avec Interpol, dans le cadre du projet Stadia.",
         ["INTERPOL joint-operation"]),
        ("Le centre, inauguré lundi à Ifrane, a accueilli des participants d'Espagne et du Portugal.",
         ["ES joint-operation", "PT joint-operation"]),
        ("On Monday the DGSN trained 40 Senegalese police officers at its school in Kenitra.",
         ["SN joint-operation"]),
        ("In February, twenty officers of the Malian police completed a course on forensics in Kenitra.",
         ["ML joint-operation"]),
        ("En janvier, des cadres de la police gabonaise ont suivi un stage de formation à Kénitra.",
         ["GA joint-operation"]),
        ("In January, DGST officers worked alongside Belgian investigators to trace the suspects.",
         ["BE joint-operation"]),
        ("En février, la DGST a interpellé un suspect à Tanger sur la base d'informations transmises par les "
            + "enquêteurs belges.", ["BE joint-operation"]),
        ("In March, the DGSN and the Spanish Guardia Civil ran a joint exercise in Tangier.", ["ES joint-operation"]),
        ("The arrest of the smuggler in March followed a coordinated operation between the DGSN and the "
            + "Italian police.", ["IT joint-operation"]),
    ])
    func assistanceIsAJointOperation(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// Talks and a signing during a visit are the visit; the agreement is its own record.
    @Test func aSigningDuringAVisitIsTheVisit() {
        let result = drafts("""
            Hammouchi received the Senegalese police chief in Rabat on Tuesday. The two officials discussed \
            terrorism. A memorandum of understanding on police training was also signed.
            """, published: published)
        #expect(engagements(result)
            == ["SN visit-received 2025-03-18"])
        #expect(result.agreements.map { "\($0.type.rawValue) \($0.status.rawValue) \($0.parties[0].code)" }
            == ["memorandum-of-understanding signed SN"])
    }

    /// A "Read also" link, even without closing punctuation, is no heading: the visit it
    /// interrupts still owns the agreement told after it.
    @Test func aReadAlsoLinkDoesNotEndTheVisit() {
        let result = drafts("""
            Hammouchi received the Senegalese police chief in Rabat on Tuesday.
            Read also: Moroccan police officers praise their mission at the Paris Olympics
            A memorandum of understanding on police training was also signed.
            """, published: published)
        #expect(result.agreements.map { "\($0.type.rawValue) \($0.parties[0].code)" }
            == ["memorandum-of-understanding SN"])
    }

    /// What a partner's official told the press, said "that", or said in a quotation is a
    /// statement, whatever it tells of joint work or courses; what the services' chief told
    /// is his.
    @Test(arguments: [
        ("On Tuesday, Belgium's Federal Prosecutor told public radio that intelligence shared by Moroccan partners "
            + "had saved lives.", "BE"),
        ("Mardi, le procureur fédéral belge a déclaré à la presse que les informations transmises par la DGST "
            + "avaient permis de déjouer un attentat.", "BE"),
        ("\"Our joint operations with Morocco have saved lives,\" a senior commissioner of the Spanish National Police "
            + "told reporters on Monday.", "ES"),
        ("\"What we learned here will be useful at home,\" said on Monday a commissioner of the Senegalese National "
            + "Police who took part in the course.", "SN"),
        ("À Madrid, le ministre espagnol de l'Intérieur, interrogé mercredi en marge d'une réunion, a qualifié le "
            + "Maroc de partenaire incontournable.", "ES"),
        ("Speaking on Wednesday on the sidelines of a meeting in Madrid, the Spanish Interior Minister described "
            + "Morocco as an indispensable partner.", "ES"),
    ])
    func aPartnerOfficialsWordsAreAStatement(_ text: String, _ partner: String) {
        let result = drafts(text, published: published)
        #expect(result.engagements.isEmpty, "\(kinds(text))")
        #expect(result.statements.flatMap(\.partners).map(\.code) == [partner])
    }

    @Test func theServicesChiefsWordsKeepTheirEngagements() {
        #expect(kinds("On the sidelines of the meeting on Wednesday, Hammouchi held talks with the Spanish Interior "
            + "Minister, who praised the cooperation.") == ["ES meeting"])
        #expect(kinds("On Tuesday, Hammouchi told reporters that he had held talks with the Belgian Federal Prosecutor.")
            == ["BE meeting"])
    }

    /// Concluding an instrument is signing it; wishing to conclude one is not.
    @Test func concludingAnInstrumentIsASigning() {
        #expect(kinds("La DGSN a conclu mardi un mémorandum d'entente avec la police norvégienne.") == ["NO signing"])
        #expect(kinds("""
            Mardi, la DGSN a multiplié les entretiens et conclu deux mémorandums d'entente, l'un avec la police norvégienne, l'autre avec la police éthiopienne.
            """) == ["NO signing", "ET signing"])
        #expect(!kinds("""
            Mardi, M. Hammouchi a eu un entretien avec le ministre kazakh, qui a exprimé le souhait de son pays de conclure un mémorandum d'entente.
            """).contains("KZ signing"))
    }

    /// Partners' officers who worked with their Moroccan colleagues did joint work.
    @Test func officersWorkingWithTheirMoroccanColleaguesIsJointWork() {
        #expect(kinds("In January, Senegalese and Nigerian officers worked around the clock with their Moroccan colleagues.")
            == ["SN joint-operation", "NG joint-operation"])
        #expect(kinds("En janvier, des policiers sénégalais ont travaillé avec leurs collègues marocains.")
            == ["SN joint-operation"])
    }

    /// A gathering an organisation organised, which the services hosted, is taken part in
    /// with its organiser, even when no one is said to have attended.
    @Test(arguments: [
        "In February, the DGSN hosted in Ifrane a workshop on asset tracing organised by UNODC.",
        "En février, la DGSN a abrité à Fès un séminaire sur le traçage des avoirs organisé par l'ONUDC.",
    ])
    func aGatheringAnOrganisationOrganisedIsTakenPartIn(_ text: String) {
        #expect(kinds(text) == ["UNODC event-participation"])
    }

    /// "attending" a partner's gathering is taking part in it, as "attended" is.
    @Test func attendingAGatheringIsTakingPartInIt() {
        #expect(kinds("Hammouchi is among the police chiefs attending the summit organised by Dubai Police, "
            + "which opened on Tuesday.") == ["AE event-participation"])
    }
}
