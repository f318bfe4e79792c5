import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Who a sentence's partners are (`Scene+Partners.swift`): fellow attendees of a gathering,
/// bodies that only describe or qualify others, topics of talks, places, co-hosts, another
/// actor's talks. Published on Thursday 2025-03-20.
@Suite struct PartnerRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

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
        // Attendees listed right after the meeting noun.
        ("Mardi, la réunion a vu la participation de représentants d'Europol et de la police espagnole.", []),
        ("On Tuesday the meeting, attended by representatives of Europol and the Spanish police, discussed cocaine.",
         []),
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
        #expect(kinds("On Tuesday in Dubai, Hammouchi met the Director General of GCCPOL, the police body of the Gulf "
            + "Cooperation Council.") == ["GCCPOL meeting"])
    }

    /// An organisation's name that qualifies a noun ("EU member states", "UN agencies") names
    /// those others, not the organisation.
    @Test func anOrganisationQualifyingANounIsNoPartner() {
        #expect(kinds("On Tuesday Hammouchi attended the convention of Europol in The Hague with the police chiefs "
            + "of the 27 EU member states.") == ["EUROPOL event-participation"])
        #expect(kinds("On Tuesday, on the sidelines of the convention, Hammouchi met the heads of several EU agencies.")
            .isEmpty)
    }

    /// "The two officials" who met at a body's gathering are the partner told before and the
    /// body.
    @Test(arguments: [
        "On Tuesday Hammouchi received the Peruvian police chief in Rabat.\nThe two officials had held a first "
            + "meeting in November on the sidelines of the General Assembly of INTERPOL in Marrakech.",
        "Mardi, M. Hammouchi a reçu à Rabat le chef de la police péruvienne.\nLes deux responsables s'étaient "
            + "rencontrés en novembre en marge de l'Assemblée générale d'INTERPOL à Marrakech.",
    ])
    func theTwoOfficialsAtABodysGathering(_ text: String) {
        #expect(kinds(text).contains("PE meeting"), "\(kinds(text))")
    }

    /// "Sous le signe de" is no signing: the participants a session brought together stay
    /// fellows.
    @Test func theNounSigneIsNoSigning() {
        #expect(kinds("Lundi, une délégation de la DGSN a pris part à Vienne aux travaux de la session de la Commission "
            + "des stupéfiants des Nations unies. Placée sous le signe de la lutte contre les drogues, cette session a "
            + "rassemblé l'Union européenne, Europol et la Ligue arabe.") == ["UN event-participation"])
    }

    /// What talks were about ends where the sentence moves on ("avant de rejoindre…").
    @Test func aTopicEndsWhereTheSentenceMovesOn() {
        let found = kinds("Lundi, M. Hammouchi a reçu à Rabat le chef de la police ivoirienne pour des entretiens "
            + "consacrés à la sécurité, avant de rejoindre Marrakech pour y rencontrer les policiers sénégalais.")
        #expect(found.contains { $0.hasPrefix("SN") }, "\(found)")
        #expect(kinds("Lundi, M. Hammouchi a reçu à Rabat le chef de la police ivoirienne pour des entretiens consacrés "
            + "à la sécurité des supporters sénégalais.") == ["CI visit-received"])
    }

    /// A gathering that is only a topic of talks ("preparations for the Council's next
    /// session") makes no participation of them.
    @Test(arguments: [
        ("On Tuesday Hammouchi held a working session with the head of AFRIPOL to discuss preparations for its next "
            + "session.", "AFRIPOL meeting"),
        ("Mardi, M. Hammouchi a tenu une séance de travail avec le chef d'AFRIPOL consacrée aux préparatifs de sa "
            + "prochaine session.", "AFRIPOL meeting"),
    ])
    func aGatheringTalkedOfIsNoParticipation(_ text: String, _ expected: String) {
        #expect(kinds(text) == [expected])
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
}
