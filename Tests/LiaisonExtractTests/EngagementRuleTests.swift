import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Engagement rules that hold in English and French: visit direction, meetings named by
/// nouns, events spoken of as topics, fellow attendees, and assistance. Published on
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

    /// The participants a gathering brought together are fellow attendees, unless the
    /// services convened them or are the first it brought together.
    @Test func aGatheringsParticipantsAreFellowAttendees() {
        for text in [
            "Le séminaire, tenu lundi à Niamey, a réuni les chefs de police du Tchad, du Mali, du Niger et du Maroc.",
            "On Monday the workshop in Accra brought together police chiefs from Ghana, Togo, Benin and Morocco.",
        ] {
            #expect(kinds(text).isEmpty, "\(text)")
            #expect(drafts(text, published: published).mentions.flatMap(\.partners).count >= 3, "\(text)")
        }
        #expect(kinds("Lundi, une séance de travail a réuni M. Hammouchi et le chef de la police tchadienne.")
            == ["TD meeting"])
        #expect(kinds("On Monday a working session brought together the Moroccan delegation and the head of the "
            + "Ghana Police Service.") == ["GH meeting"])
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

    /// A country named as a border is a place, not a partner; "travel to" leads to a visit.
    @Test(arguments: [
        "In April Hammouchi travelled to Dakar, where he held talks with Senegal's police chief on the threat at "
            + "the border with Mali.",
        "En avril, M. Hammouchi s'est rendu à Dakar, où il s'est entretenu avec le chef de la police sénégalaise "
            + "de la menace à la frontière avec le Mali.",
        "In April it was Hammouchi's turn to travel to Dakar, where he held talks with Senegal's police chief.",
    ])
    func aBorderIsAPlace(_ text: String) {
        #expect(kinds(text) == ["SN visit-made"])
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
    ])
    func meetingsNamedByNouns(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// An event spoken of as a topic is neither an engagement nor a partner; a
    /// tournament's name does not make its organiser a partner.
    @Test func eventsNamedAsTopicsAreNotEngagements() {
        let english = drafts("""
            Hammouchi met the Spanish police chief in Madrid on March 3. They discussed coordination for \
            the 93rd General Assembly of INTERPOL in Marrakech in 2026, AFCON 2025 and the 2030 World Cup.
            Morocco helped secure the FIFA World Cup in Qatar in 2022 and watched the UEFA Euro 2024 closely.
            """, published: published)
        #expect(english.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" }
            .filter { !$0.hasPrefix("QA") } == ["ES visit-made"])
        let partners = Set(english.engagements.flatMap(\.partners).map(\.code)
            + english.agreements.flatMap(\.parties).map(\.code) + english.mentions.flatMap(\.partners).map(\.code))
        #expect(partners.isDisjoint(with: ["INTERPOL", "FIFA", "UEFA", "CAF"]))
        let french = drafts("""
            Les deux responsables ont évoqué mardi les préparatifs de la Coupe d'Afrique des nations de la CAF \
            et de la Coupe du monde de la FIFA 2030, avec le directeur de la police espagnole.
            """, published: published)
        #expect(french.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" } == ["ES meeting"])
    }

    /// Countries listed as fellow participants of someone else's meeting are not engaged;
    /// the organiser is.
    @Test func fellowAttendeesAreMentionsAndTheOrganiserIsEngaged() {
        let english = drafts("""
            Hammouchi took part on Tuesday in Tunis in a meeting of police chiefs of the Arab Interior Ministers' \
            Council, attended by delegations from the Comoros, Djibouti, Somalia, Sudan and Mauritania.
            """, published: published)
        #expect(english.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" } == ["AIMC event-participation"])
        #expect(Set(english.mentions.flatMap(\.partners).map(\.code)) == ["KM", "DJ", "SO", "SD", "MR"])
        let french = drafts("""
            M. Hammouchi a pris part mardi à la réunion des chefs de police d'AFRIPOL, à laquelle ont participé \
            notamment le Niger, le Tchad et le Mali.
            """, published: published)
        #expect(french.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" } == ["AFRIPOL event-participation"])
        let workshop = drafts("""
            In February the International Organization for Migration held a workshop in Rabat hosted by the DGSN,             attended by officers from Ghana and Togo.
            """, published: published)
        #expect(workshop.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" } == ["IOM event-participation"])
    }

    /// Delegations listed as attending a meeting took part in a gathering beside the
    /// services, they were not met; a meeting attended "with" someone is still talks.
    @Test(arguments: [
        ("Delegations from Algeria, Egypt and Iraq attended the meeting on Tuesday in Tunis, alongside "
            + "representatives of INTERPOL.", [String]()),
        ("Representatives of Algeria and Egypt attended Tuesday's meeting in Tunis.", []),
        ("Des représentants de l'Algérie et de l'Égypte ont assisté mardi à la rencontre de Tunis.", []),
        ("Des délégations de l'Algérie et de l'Égypte ont pris part mardi à la réunion, aux côtés d'INTERPOL.", []),
        ("On Tuesday, Hammouchi attended a meeting with delegations from Spain and Italy.", ["ES meeting", "IT meeting"]),
        ("On Tuesday Hammouchi attended a meeting with the Spanish Interior Minister.", ["ES meeting"]),
    ])
    func delegationsAttendingAMeetingWereNotMet(text: String, expected: [String]) {
        #expect(kinds(text) == expected)
    }

    /// Bilateral talks on the sidelines of a gathering are meetings, even in a list.
    @Test func talksWithAListOfDelegationsAreMeetings() {
        let result = drafts("""
            On the sidelines of the conference on Tuesday, Hammouchi held bilateral talks with the police chiefs \
            of Niger, Chad and Mali.
            """, published: published)
        #expect(Set(result.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" })
            == ["NE meeting", "TD meeting", "ML meeting"])
    }

    /// An item of a list goes on with the interactions the sentence before announced; a body
    /// that only describes an agency ("the EU police agency Europol") is not a partner.
    @Test func listsGoOnAndDescriptionsAreNoPartners() {
        #expect(kinds("On Monday the Moroccan delegation held two bilateral meetings. The first, with the "
            + "Kenyan police chief, dealt with the training of officers.") == ["KE meeting"])
        #expect(kinds("Lundi, la délégation a tenu deux réunions bilatérales. La première, avec le chef de la "
            + "police kényane, a porté sur la formation.") == ["KE meeting"])
        #expect(kinds("In March the DGST and the Italian police ran a joint investigation with the support of the "
            + "EU police agency Europol.") == ["IT joint-operation", "EUROPOL joint-operation"])
        #expect(kinds("Jeudi, M. Hammouchi a été reçu au siège d'Europol, l'agence de l'Union européenne pour la "
            + "coopération des services répressifs, par sa directrice exécutive.") == ["EUROPOL visit-made"])
        #expect(kinds("On Thursday Hammouchi visited Europol, the agency of the European Union for police cooperation, "
            + "in The Hague.") == ["EUROPOL visit-made"])
        #expect(kinds("On Wednesday, Hammouchi received in Rabat the Director General of the Gulf Cooperation "
            + "Council's police organisation (GCCPOL).") == ["GCCPOL visit-received"])
    }

    /// An organisation's name that qualifies a noun ("EU member states", "UN agencies") names
    /// those others, not the organisation.
    @Test func anOrganisationQualifyingANounIsNoPartner() {
        #expect(kinds("On Tuesday Hammouchi attended the convention of Europol in The Hague with the police chiefs "
            + "of the 27 EU member states.") == ["EUROPOL event-participation"])
        #expect(kinds("On Tuesday, on the sidelines of the convention, Hammouchi met the heads of several EU agencies.")
            .isEmpty)
    }

    /// The participation of others that talks dealt with is their topic, not a gathering.
    @Test(arguments: [
        ("On Wednesday, Hammouchi received in Rabat the head of AFRIPOL, with whom he discussed the participation "
            + "of Moroccan officers in its courses.", "AFRIPOL visit-received"),
        ("Mercredi, M. Hammouchi a reçu à Rabat le chef d'AFRIPOL, avec qui il a évoqué la participation "
            + "d'officiers marocains à ses formations.", "AFRIPOL visit-received"),
    ])
    func participationTalkedOfIsATopic(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
    }

    /// A visit already told, named at the head of a sentence ("The trip to Vienna comes…"),
    /// or a visit that is only the occasion of praise, is no new visit; a reminder in an
    /// article about one partner speaks of that partner.
    @Test func recalledVisitsOccasionsAndReminders() {
        #expect(kinds("Hammouchi received the Dutch police chief in Rabat on Tuesday. The trip to Vienna comes "
            + "a month after Hammouchi met the Austrian minister in Rabat in February.")
            == ["NL visit-received", "AT visit-received"])
        #expect(kinds("Hammouchi received the Dutch police chief in Rabat on Tuesday. The Dutch visit came a week "
            + "after talks in Brussels.") == ["NL visit-received"])
        // The services' own trip, told before, by its possessive; not a meeting that opens an item.
        #expect(kinds("On Tuesday Hammouchi held talks with Frontex in Warsaw. Hammouchi's trip to Warsaw comes five "
            + "months after he received, in February, the Polish police chief at the DGSN headquarters in Rabat.")
            == ["FRONTEX meeting", "PL visit-received"])
        #expect(kinds("On Tuesday Hammouchi held talks with Frontex in Warsaw. His meeting with the Polish police chief "
            + "explored the posting of liaison officers.") == ["FRONTEX meeting", "PL meeting"])
        #expect(kinds("On Tuesday the Belgian minister praised the DGST during a visit to a police station in "
            + "Antwerp.").isEmpty)
        #expect(kinds("M. Hammouchi a reçu mardi le chef de la police tchèque. Pour rappel, le général avait "
            + "effectué en janvier une visite de travail à Rabat.") == ["CZ visit-received", "CZ visit-received"])
    }

    /// What talks were about is no partner; a gathering told without the services' part in
    /// it engages only the body holding it; praise that opens a sentence governs what follows;
    /// "both delegations" are the partners told before, other countries named are context.
    @Test func subjectMatterGatheringsPraiseAndTheTwoSides() {
        #expect(kinds("On Monday Hammouchi held talks with the Belgian minister. The talks focused on fighters "
            + "returning from Syria and Iraq.") == ["BE meeting"])
        #expect(kinds("On Monday the Europol conference brought together representatives of INTERPOL and "
            + "Frontex.") == ["EUROPOL event-participation"])
        #expect(kinds("On Monday the Ghanaian minister thanked the DGSN for the way fans who travelled to the "
            + "Kingdom were received.").isEmpty)
        #expect(kinds("Hammouchi received the Chilean police chief in Rabat on Monday. Chile, Peru and Ecuador "
            + "will host matches of the tournament, and both delegations discussed stadium security.")
            == ["CL visit-received"])
        #expect(kinds("Mardi, M. Hammouchi a conduit la délégation marocaine à la conférence d'AFRIPOL à Alger.")
            == ["AFRIPOL event-participation"])
        #expect(kinds("On Tuesday the Estonian delegation toured the forensic laboratory of the Casablanca police.")
            == ["EE visit-received"])
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

    /// Observers' attendance is theirs; the services' own cadets are no partner's trainees; a
    /// gathering named again at the head of a sentence is the one told.
    @Test func othersAttendanceAndOwnTrainees() {
        #expect(kinds("On Monday the DGSN took part in the AFRIPOL conference in Algiers. The conference, opened by "
            + "the Algerian minister, brought together delegations from Mali, along with representatives of "
            + "INTERPOL, who attended as observers.") == ["AFRIPOL event-participation"])
        #expect(kinds("On Wednesday the Peruvian officers toured the Royal Police Institute in Kenitra, where "
            + "Moroccan police cadets are trained.") == ["PE visit-received"])
        #expect(kinds("En mai, l'institut a accueilli une session animée par des experts de l'Agence de l'Union "
            + "européenne pour la formation des services répressifs.").allSatisfy { !$0.hasPrefix("EU ") })
    }

    /// A dateline's day dates the dispatch, not the event it reports.
    @Test func aDatelineDatesNothing() {
        let result = drafts("RABAT, March 20, 2025 (MAP) - The DGSN and the Spanish National Police dismantled a network "
            + "in February.", published: published)
        #expect(engagements(result)
            == ["ES joint-operation 2025-02"])
    }

    /// An interaction after "will", "devrait" is a plan, not an engagement.
    @Test(arguments: [
        "On Monday the two sides agreed that Ghanaian officers will take part in courses at the Royal Police Institute.",
        "Lundi, les deux parties ont convenu que des officiers ghanéens vont participer à des stages au Maroc.",
        "Hammouchi said on Monday that he would also visit Ghana.",
    ])
    func plansAreNoEngagements(_ text: String) {
        #expect(kinds(text).isEmpty)
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

    /// "Since 2017" makes a cumulative claim the paragraph's date does not date; "since
    /// Monday" yields to the sentence's other date.
    @Test func spansToNowDateNothing() {
        let claim = drafts("""
            Last month, 146 officers graduated in Kenitra. Since 2017, officers from Gabon have been trained in \
            Moroccan police schools.
            """, published: published)
        #expect(claim.engagements.isEmpty)
        let visit = drafts("""
            En visite de travail dans le Royaume depuis lundi, le chef de la police sénégalaise a été reçu mardi \
            à Rabat par M. Hammouchi.
            """, published: published)
        #expect(engagements(visit) == ["SN visit-received 2025-03-18"])
    }

    /// "This meeting", "during the talks" (undated) and habits ("on several occasions") tell
    /// nothing new: the partners they name are mentions or statements.
    @Test(arguments: [
        ("M. Hammouchi a reçu mardi le directeur de la police fédérale brésilienne. Cette rencontre a réuni des "
            + "responsables de trente pays, parmi lesquels la Tunisie et la Libye.", "TN"),
        ("Hammouchi received on Tuesday the Director of the Brazilian Federal Police. During the talks, the "
            + "Kuwaiti delegation expressed its interest in Moroccan training.", "KW"),
        ("M. Hammouchi a reçu mardi le directeur de la police fédérale brésilienne. À plusieurs reprises, la DGST "
            + "a aidé ses homologues belges à localiser des suspects.", "BE"),
        ("Hammouchi received on Tuesday the Director of the Brazilian Federal Police. The DGSN regularly takes "
            + "part in the meetings held by the Council in the Tunisian capital.", "TN"),
    ])
    func recalledAndHabitualInteractionsAreNoEngagements(_ text: String, _ named: String) {
        let result = drafts(text, published: published)
        #expect(kinds(text) == ["BR visit-received"])
        #expect((result.mentions.flatMap(\.partners) + result.statements.flatMap(\.partners)).map(\.code).contains(named))
    }

    /// Help over a span of years ("over the past decade", "ces dernières années") is a
    /// claim: the date told before it does not make it an engagement.
    @Test(arguments: [
        "On Monday, Hammouchi received the Danish police chief in Rabat.\nOver the past decade, tips from Moroccan "
            + "intelligence have helped authorities in France, Spain and Belgium foil attacks.",
        "Lundi, M. Hammouchi a reçu à Rabat le chef de la police danoise.\nCes dernières années, les renseignements "
            + "marocains ont aidé les polices française et belge à déjouer des attentats.",
        "On Monday, Hammouchi received the Danish police chief in Rabat.\nIn recent years, Moroccan intelligence "
            + "helped German investigators track down several suspects.",
        "Lundi, M. Hammouchi a reçu à Rabat le chef de la police danoise.\nAu cours des dix dernières années, la DGST "
            + "a aidé les enquêteurs allemands à localiser des suspects.",
        "On Monday, Hammouchi received the Danish police chief in Rabat.\nFor more than a decade, the DGST has "
            + "shared intelligence with its Italian and Dutch partners.",
        "Lundi, M. Hammouchi a reçu à Rabat le chef de la police danoise.\nDepuis plus d'une décennie, la DGST "
            + "échange des renseignements avec ses partenaires italiens et néerlandais.",
    ])
    func helpOverASpanOfYearsIsAClaim(_ text: String) {
        #expect(kinds(text) == ["DK visit-received"])
    }

    /// Cooperation told in the present, with no date of its own, is a standing state: no
    /// engagement, whatever date the sentence before stated.
    @Test(arguments: [
        "In February a Europol team spent a week in Rabat. Moroccan services work closely with several member states, "
            + "notably Spain and France, on joint investigations.",
        "En février, une équipe d'Europol a séjourné à Rabat. Les services marocains coopèrent étroitement avec "
            + "plusieurs États membres, en particulier l'Espagne et la France, dans le cadre d'enquêtes conjointes.",
    ])
    func cooperationToldInThePresentIsNoEngagement(_ text: String) {
        #expect(kinds(text) == ["EUROPOL visit-received"])
    }

    /// The co-hosts of a tournament the talks were about are no partners of the talks, named
    /// after the verb or before it in a clause on the tournament.
    @Test func coHostsOfATournamentAreNoPartners() {
        #expect(kinds("""
            Mercredi, M. Hammouchi a reçu à Rabat le chef de la police portugaise.
            Les entretiens ont porté sur la Coupe du monde 2030, que le Maroc coorganise avec le Portugal et l'Espagne.
            """) == ["PT visit-received"])
        for text in [
            "On Monday Hammouchi held talks with the Belgian minister on the 2030 World Cup, which Spain, Morocco and "
                + "Portugal will co-host.",
            "On Monday Hammouchi held talks with the Belgian minister on the 2030 World Cup, to be co-hosted by "
                + "Morocco, Spain and Portugal.",
            "Lundi, M. Hammouchi s'est entretenu avec le ministre belge du Mondial 2030, que l'Espagne, le Portugal et "
                + "le Maroc coorganiseront.",
        ] {
            #expect(kinds(text) == ["BE meeting"], "\(text)")
        }
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

    /// Talks someone "will have to" hold are a plan.
    @Test func talksOneWillHaveToHoldAreAPlan() {
        #expect(kinds("FIFA will write the requirements, but it is the police chiefs of Rabat and Madrid who will have "
            + "to meet them.").isEmpty)
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

    /// Work named as the subject of talks is a topic; support or help received is no visit.
    @Test func workAsTheSubjectOfTalksAndSupportReceivedAreNoEngagement() {
        #expect(kinds("""
            En octobre, M. Hammouchi a reçu le commissaire général de la police japonaise, dont la visite a porté sur la sécurisation des grands événements sportifs.
            """) == ["JP visit-received"])
        #expect(kinds("""
            Lundi, M. Hammouchi et le chef de la police qatarie ont signé une feuille de route. Le document prévoit notamment l'organisation de sessions de formation conjointes avec la police qatarie.
            """) == ["QA signing"])
        #expect(kinds("On Tuesday, the Spanish investigation also received analytical support from Europol.") == [])
    }

    /// Partners' officers who worked with their Moroccan colleagues did joint work.
    @Test func officersWorkingWithTheirMoroccanColleaguesIsJointWork() {
        #expect(kinds("In January, Senegalese and Nigerian officers worked around the clock with their Moroccan colleagues.")
            == ["SN joint-operation", "NG joint-operation"])
        #expect(kinds("En janvier, des policiers sénégalais ont travaillé avec leurs collègues marocains.")
            == ["SN joint-operation"])
    }

    /// Officers "expected to attend" a seminar have not attended it yet.
    @Test func anAttendanceExpectedIsNone() {
        #expect(kinds("On Tuesday, Ghanaian police officers attended a seminar on cybercrime in Rabat.")
            == ["GH event-participation"])
        #expect(kinds("On Tuesday, Ghanaian police officers are expected to attend a seminar on cybercrime in Rabat.") == [])
    }

    /// "lors de ses entretiens à Rabat" recalls the talks already told: no new meeting.
    @Test func talksRecalledWithAPossessiveAreNoNewOnes() {
        #expect(kinds("""
            Lundi, M. Hammouchi a reçu à Rabat le chef de la police fédérale belge.
            Le commissaire général a par ailleurs plaidé, lors de ses entretiens à Rabat, pour un arrangement de travail avec Europol.
            """) == ["BE visit-received"])
    }

    /// "De son côté", "for his part": talks told of another Moroccan actor (a minister) are
    /// not the services'; when the services are that actor, they are.
    @Test(arguments: [
        ("De son côté, le ministre de l'Intérieur a eu mardi des entretiens avec ses homologues tunisien et libyen.", []),
        ("For his part, the Interior Minister held talks on Tuesday with his Egyptian and Kuwaiti counterparts.", []),
        ("Pour sa part, M. Hammouchi s'est entretenu mardi avec le chef de la police tunisienne.", ["TN meeting"]),
    ] as [(String, [String])])
    func anotherActorsTalksAreNotTheServices(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
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
