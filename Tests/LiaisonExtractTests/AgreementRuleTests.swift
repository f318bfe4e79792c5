import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Agreements in the forms the press writes them: passive voice, French word orders, the
/// partner named in an earlier sentence of the same visit.
@Suite struct AgreementRuleTests {
    func agreements(_ text: String) -> [String] {
        drafts(text, published: "2025-03-20").agreements.map {
            "\($0.type.rawValue) \($0.status.rawValue) \($0.parties.map(\.code).joined(separator: "+"))"
        }
    }

    @Test(arguments: [
        ("Hammouchi held talks in Lisbon with the Portuguese police chief on Monday. A memorandum of "
            + "understanding on cybercrime was also signed.", "memorandum-of-understanding signed PT"),
        ("M. Hammouchi a reçu lundi le directeur de la police malienne. Les deux responsables ont signé un plan "
            + "d'action commun pour 2025-2026.", "joint-action-plan signed ML"),
        ("M. Hammouchi a reçu lundi son homologue nigérien. Les deux parties ont procédé à la signature d'un "
            + "mémorandum d'entente.", "memorandum-of-understanding signed NE"),
        ("Un protocole d'accord a été signé lundi avec la police fédérale belge.", "memorandum-of-understanding signed BE"),
        ("La DGSN et la police portugaise ont paraphé mardi un accord de coopération.", "cooperation-agreement signed PT"),
        ("The Ghanaian police chief expressed his wish to conclude a memorandum of understanding with the DGSN.",
         "memorandum-of-understanding interest-expressed GH"),
        ("Les deux parties sont convenues de préparer une feuille de route avec la Guardia Civil.",
         "roadmap proposed ES"),
        ("On Monday the DGSN and the Kenyan police agreed to set up a joint working group on drug trafficking.",
         "other proposed KE"),
        ("Les deux parties ont convenu lundi de mettre en place un programme d'échange avec la police belge.",
         "other proposed BE"),
        ("The two sides agreed that a cooperation agreement with the Zambian police would be signed next year.",
         "cooperation-agreement proposed ZM"),
        ("Un mémorandum d'entente avec la police gabonaise devrait être signé dans les prochains mois.",
         "memorandum-of-understanding proposed GA"),
        ("The Latvian police chief expressed his intention to conclude a memorandum of understanding with the DGSN.",
         "memorandum-of-understanding interest-expressed LV"),
        ("An executive programme for 2026 was signed on Monday with the Naif Arab University for Security Sciences.",
         "other signed NAUSS"),
        ("La police malienne a présenté une proposition de commission mixte avec la DGSN.", "other proposed ML"),
        ("The two sides agreed to draw up a roadmap with the Greek police, with a view to its signature next year.",
         "roadmap proposed GR"),
        ("On Monday the Slovak police chief and Hammouchi signed a protocol on the exchange of forensic data.",
         "other signed SK"),
        ("Lundi, la DGSN et la police slovaque ont signé un protocole relatif à l'échange de données.",
         "other signed SK"),
        ("On Monday the DGSN and the Cypriot police signed a roadmap providing for a joint working group.",
         "roadmap signed CY"),
        ("Lundi, la DGSN et la police chypriote ont signé un mémorandum d'entente qui prévoit un programme "
            + "d'échange.", "memorandum-of-understanding signed CY"),
        ("On Monday the DGSN and the Cypriot police signed a text providing for a joint action plan.",
         "joint-action-plan signed CY"),
        ("Les deux responsables ont évoqué les perspectives d'un accord de coopération entre la DGSN et la "
            + "police estonienne.", "cooperation-agreement interest-expressed EE"),
        ("On Tuesday the two chiefs discussed the prospects of a memorandum of understanding with the Finnish police.",
         "memorandum-of-understanding interest-expressed FI"),
        ("The two chiefs considered creating a joint working group with the Icelandic police.",
         "other proposed IS"),
        ("Lundi, la DGSN et la police lituanienne sont convenues de constituer une équipe commune d'enquête.",
         "other proposed LT"),
        ("On Monday the two chiefs discussed the possible creation of a working group with the Maltese police.",
         "other proposed MT"),
        ("Un mémorandum d'entente avec la police albanaise est en cours de finalisation.",
         "memorandum-of-understanding proposed AL"),
        ("The Bulgarian police chief expressed interest in a twinning programme with the DGSN's police academy.",
         "other interest-expressed BG"),
        ("The DGSN and the Croatian police hope to sign a memorandum of understanding before the end of the year.",
         "memorandum-of-understanding proposed HR"),
        ("Lundi, les deux responsables ont évoqué la création d'un comité trilatéral de sécurité avec la police "
            + "slovène.", "other proposed SI"),
        ("On Monday the Kenyan police chief presented a memorandum of understanding, which he said he hoped to see "
            + "signed within months.", "memorandum-of-understanding proposed KE"),
        ("Lundi, le chef de la police kényane a présenté un mémorandum d'entente que les deux parties espèrent voir "
            + "signé avant la fin de l'année.", "memorandum-of-understanding proposed KE"),
        ("On Monday a memorandum of understanding with the Dominican police was initialled by the technical teams "
            + "and now awaits signature.", "memorandum-of-understanding proposed DO"),
        ("Lundi, un mémorandum d'entente avec la police dominicaine a été paraphé par les équipes techniques, en "
            + "attente de signature.", "memorandum-of-understanding proposed DO"),
        ("The roadmap with the Chilean police, drafted in March, has yet to be signed.", "roadmap proposed CL"),
        ("On Monday the Brazilian police chief proposed the signing of a cooperation agreement with the DGSN.",
         "cooperation-agreement proposed BR"),
        ("Lundi, le directeur de la police brésilienne a proposé la signature d'un accord de coopération avec la DGSN.",
         "cooperation-agreement proposed BR"),
        ("In March, a first draft of the memorandum of understanding with the Portuguese police was drawn up in Lisbon.",
         "memorandum-of-understanding proposed PT"),
        ("En mars, les deux délégations ont arrêté un projet de mémorandum d'entente avec la police portugaise, dont "
            + "la signature interviendra plus tard.", "memorandum-of-understanding proposed PT"),
        ("On Monday the DGSN and the Korean police signed a technical cooperation arrangement.",
         "cooperation-agreement signed KR"),
        // Renewed, put forward, interested in.
        ("On Monday the DGSN and the Kenyan police renewed their cooperation agreement.", "cooperation-agreement signed KE"),
        ("Lundi, la DGSN et la police kényane ont renouvelé leur accord de coopération.",
         "cooperation-agreement signed KE"),
        ("On Monday the Kenyan police chief put forward a roadmap for 2026-2028 with the DGSN.", "roadmap proposed KE"),
        ("On Monday the Kenyan police chief said his force was interested in concluding a memorandum of understanding "
            + "with the DGSN.", "memorandum-of-understanding interest-expressed KE"),
        ("Lundi, le chef de la police kényane s'est dit intéressé par un mémorandum d'entente avec la DGSN.",
         "memorandum-of-understanding interest-expressed KE"),
    ])
    func signedProposedAndWished(_ text: String, _ expected: String) {
        #expect(agreements(text) == [expected])
    }

    /// An agreement on terrorism is a counter-terrorism agreement, its subject before it or
    /// right after it; terrorism in another clause is not its subject.
    @Test(arguments: [
        ("On Monday a counter-terrorism agreement was signed with the Saudi police.", "counter-terrorism-agreement"),
        ("On Monday an agreement on combating terrorism and its financing was signed with the Saudi police.",
         "counter-terrorism-agreement"),
        ("Lundi, un accord de coopération dans la lutte contre le terrorisme a été signé avec la police saoudienne.",
         "counter-terrorism-agreement"),
        ("On Monday a cooperation agreement was signed with the Saudi police, whose chief praised Morocco's record "
            + "against terrorism.", "cooperation-agreement"),
    ])
    func anAgreementOnTerrorism(_ text: String, _ expected: String) {
        #expect(agreements(text) == [expected + " signed SA"])
    }

    /// Terrorism named without an instrument tells of no agreement, nor of the partner before.
    @Test func terrorismAloneIsNoAgreement() {
        let text = "On Monday Hammouchi met the INTERPOL Secretary General in Lyon.\nIn a year of rising terrorism, "
            + "the Marrakech meeting of 2024 had acquired a particularly critical dimension."
        #expect(agreements(text).isEmpty)
        #expect(engagementKinds(text, published: "2025-03-20") == ["INTERPOL meeting"])
    }

    /// "At the end of the visit, the two sides…" are the visit's, not those of talks on its
    /// sidelines.
    @Test func theTwoSidesAtTheEndOfAVisit() {
        #expect(agreements("Mardi, M. Hammouchi a effectué une visite de travail au Koweït. Mardi soir, il s'est "
            + "également entretenu avec le secrétaire exécutif d'AFRIPOL. Au terme de la visite, les deux parties ont "
            + "convenu d'élaborer une feuille de route.") == ["roadmap proposed KW"])
    }

    /// Visits an agreement provides for are to come, not made.
    @Test func visitsAnAgreementProvidesForAreNone() {
        let text = "On Monday a roadmap was signed with the Portuguese police. It provides for joint training sessions, "
            + "study visits and a permanent contact point."
        #expect(engagementKinds(text, published: "2025-03-20") == ["PT signing"])
    }

    /// Two instruments signed, one with each partner, are two agreements.
    @Test(arguments: [
        "Deux mémorandums d'entente ont été signés lundi, l'un avec la police norvégienne, l'autre avec la police "
            + "fédérale éthiopienne.",
        "Two memoranda of understanding were signed on Monday, one with the Norwegian police and the other with "
            + "Ethiopia's Federal Police.",
    ])
    func instrumentsInThePluralAreOneAParty(_ text: String) {
        #expect(agreements(text) == ["memorandum-of-understanding signed NO", "memorandum-of-understanding signed ET"])
        #expect(engagementKinds(text, published: "2025-03-20") == ["NO signing", "ET signing"])
    }

    /// "No agreement was signed": neither an agreement nor a signing.
    @Test(arguments: [
        "Hammouchi held talks in Rome on Wednesday with the Greek police chief. No agreement was signed.",
        "M. Hammouchi s'est entretenu mercredi à Rome avec le chef de la Police hellénique. Aucun accord n'a été signé.",
    ])
    func aDeniedSigningIsNone(_ text: String) {
        let result = drafts(text, published: "2025-03-20")
        #expect(result.agreements.isEmpty)
        #expect(result.engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" } == ["GR meeting"])
    }

    /// The same kind of agreement with the same party in two months is two agreements;
    /// told twice in one month, it is one.
    @Test func oneKindWithOnePartyInTwoMonthsIsTwoAgreements() {
        let two = agreements("""
            En janvier, la DGSN et la police nationale du Bénin ont signé un accord de coopération.
            En juin dernier, les deux services avaient déjà conclu un accord de coopération sur la formation, avec le Bénin.
            """)
        #expect(two == ["cooperation-agreement signed BJ", "cooperation-agreement signed BJ"])
        let one = agreements("""
            In January, the DGSN and the Benin police signed a cooperation agreement.
            The cooperation agreement signed with Benin in January covers training.
            """)
        #expect(one == ["cooperation-agreement signed BJ"])
    }

    /// "the implementation of the memorandum": an instrument already told, no new one.
    @Test(arguments: [
        "On Monday, a memorandum of understanding was signed with the Portuguese police.\nThe two sides also proposed "
            + "the creation of a joint committee to follow up on the implementation of the memorandum.",
        "Lundi, un mémorandum d'entente a été signé avec la police portugaise.\nLes deux parties ont aussi proposé la "
            + "création d'un comité mixte chargé du suivi de la mise en œuvre du mémorandum.",
    ])
    func anInstrumentBeingImplementedIsNoNewOne(_ text: String) {
        #expect(agreements(text) == ["memorandum-of-understanding signed PT", "other proposed PT"])
    }

    /// Told again with its status, an instrument being implemented is drafted.
    @Test func anInstrumentBeingImplementedWithItsSigningIsDrafted() {
        #expect(agreements("En février, le chef de la police belge est venu faire le point sur la mise en œuvre du plan "
            + "d'action conjoint signé en décembre 2024.") == ["joint-action-plan signed BE"])
    }

    /// A signing that could happen is a proposal, not a signing.
    @Test(arguments: [
        "A memorandum is being drafted and could be signed before the end of the year, according to a Brazilian official.",
        "Un accord de coopération pourrait être signé d'ici la fin de l'année avec la police brésilienne.",
    ])
    func aSigningThatCouldHappenIsNone(_ text: String) {
        let result = drafts(text, published: "2025-03-20")
        #expect(result.engagements.isEmpty)
        #expect(result.agreements.map(\.status.rawValue) == ["proposed"])
    }

    /// What an agreement provides for is its content, not joint work done.
    @Test(arguments: [
        "At the close of the talks on Monday, a memorandum was signed with the Bahraini police.\nThe document provides "
            + "for joint courses and places for Bahraini officers on specialised programmes in Morocco.",
        "Lundi, un mémorandum d'entente a été signé avec la police bahreïnie.\nLe document prévoit des formations "
            + "conjointes et des places pour des officiers bahreïnis dans les écoles de police marocaines.",
    ])
    func whatAnAgreementProvidesForIsNoEngagement(_ text: String) {
        #expect(drafts(text, published: "2025-03-20").engagements.map { "\($0.partners[0].code) \($0.kind.rawValue)" }
            == ["BH signing"])
    }

    /// A signing "envisagée" or "expected" is a proposal, and no signing yet.
    @Test(arguments: [
        "Mercredi, M. Hammouchi a reçu à Rabat le chef de la police portugaise.\nIls ont examiné un projet de mémorandum "
            + "d'entente, dont la signature est envisagée dans les prochains mois.",
        "On Wednesday, Hammouchi received the Portuguese police chief in Rabat.\nThe signing of a memorandum of "
            + "understanding is expected in the coming months.",
    ])
    func aSigningExpectedIsAProposal(_ text: String) {
        #expect(agreements(text) == ["memorandum-of-understanding proposed PT"])
        #expect(drafts(text, published: "2025-03-20").engagements.map(\.kind.rawValue) == ["visit-received"])
    }

    /// "as planned", "comme prévu" after a signing is no plan: it happened.
    @Test(arguments: [
        "On Monday the DGSN signed, as planned, a memorandum of understanding with the Portuguese police.",
        "Lundi, la DGSN a signé comme prévu un mémorandum d'entente avec la police portugaise.",
    ])
    func aSigningAsPlannedHappened(_ text: String) {
        #expect(agreements(text) == ["memorandum-of-understanding signed PT"])
        #expect(drafts(text, published: "2025-03-20").engagements.map(\.kind.rawValue) == ["signing"])
    }

    /// Negotiations on an instrument propose it.
    @Test func negotiationsProposeAnInstrument() {
        #expect(agreements("Mercredi, les deux parties ont fait le point sur les négociations relatives à un "
            + "arrangement de travail entre la DGSN et Europol.") == ["other proposed EUROPOL"])
    }

    /// "Le document a été signé" gives the instrument told before a new status; the
    /// document's contents are no new instrument.
    @Test func theDocumentToldBeforeTakesItsNewStatus() {
        #expect(agreements("""
            En février, le chef de la police portugaise était reçu à Rabat, avec à la clé l'engagement d'élaborer un plan d'action conjoint. Le document a finalement été signé en mars à Lisbonne.
            """) == ["joint-action-plan proposed PT", "joint-action-plan signed PT"])
        #expect(agreements("""
            Lundi, M. Hammouchi et le chef de la police qatarie ont signé une feuille de route. Le document prévoit notamment la mise en place d'un canal sécurisé.
            """) == ["roadmap signed QA"])
    }

    /// An instrument told with its status ten words after "la mise en œuvre de" is one.
    @Test func anInstrumentCarriedOutAndToldWithItsStatusIsOne() {
        #expect(agreements("""
            Le centre accueille des enfants de policiers sénégalais, en application de la convention de coopération dans le domaine des œuvres sociales signée en mars 2024 à Dakar.
            """) == ["cooperation-agreement signed SN"])
    }

    /// Concluding instruments signs them.
    @Test func concludedInstrumentsAreSigned() {
        #expect(agreements("""
            Mardi, la DGSN a mis à profit la rencontre pour conclure deux mémorandums d'entente, l'un avec la police norvégienne, l'autre avec la police éthiopienne.
            """) == ["memorandum-of-understanding signed NO", "memorandum-of-understanding signed ET"])
    }

    /// An arrangement proposed or weighed without an instrument's name is a proposed "other"
    /// agreement; a programme spoken of with "le" exists.
    @Test(arguments: [
        ("Hammouchi held talks on Monday with the Kenyan police chief. Both sides agreed to study the secondment of "
            + "Moroccan instructors to Nairobi.", ["other proposed KE"]),
        ("Lundi, M. Hammouchi a reçu le chef de la police malienne. Les deux parties ont évoqué l'envoi d'officiers de "
            + "liaison maliens au Maroc.", ["other proposed ML"]),
        ("Lundi, M. Hammouchi a reçu le chef de la police malienne. Les deux parties ont convenu d'étudier la mise "
            + "en place d'un mécanisme d'échange d'informations.", ["other proposed ML"]),
        ("Lundi, M. Hammouchi a reçu le chef de la police malienne. Il a notamment évoqué le programme de formation "
            + "dont ont bénéficié 300 policiers.", []),
        ("On Monday Hammouchi received the Brazilian police chief. The two officials discussed the posting of a "
            + "Moroccan liaison officer in Brasília.", ["other proposed BR"]),
        ("On Monday Hammouchi received the Ghanaian police chief. The Moroccan side proposed the creation of a "
            + "new network of contact points on cybercrime.", ["other proposed GH"]),
        ("Lundi, M. Hammouchi a reçu le chef de la police ghanéenne. Les deux parties ont examiné la proposition de "
            + "détacher des enquêteurs marocains à Accra.", ["other proposed GH"]),
        ("Lundi, M. Hammouchi a reçu le chef de la police ghanéenne. Ils ont examiné un réseau de passeurs démantelé "
            + "en mars.", []),
    ])
    func anArrangementProposedIsAnAgreement(_ text: String, _ expected: [String]) {
        #expect(agreements(text) == expected)
    }

    /// A visit's agreement that names no party is the visit partner's, even when a town of
    /// that partner is named as a topic.
    @Test func anAgreementOfAVisitNamingATownIsTheVisits() {
        #expect(agreements("""
            Lundi, M. Hammouchi s'est entretenu avec le directeur général de la police sénégalaise. La délégation marocaine a proposé un groupe de travail conjoint en vue de la sécurisation des Jeux olympiques de la jeunesse Dakar 2026.
            """) == ["other proposed SN"])
    }

    /// An agreement signed in a town abroad, naming no party, is with that town's country;
    /// so is the trip it was signed on.
    @Test(arguments: [
        "The Omani police chief praised the Moroccan services on Monday.\nLast October, a memorandum of understanding "
            + "was signed in Muscat during a working trip by Hammouchi.",
        "Le chef de la police omanaise a salué lundi les services marocains.\nEn octobre dernier, un mémorandum "
            + "d'entente a été signé à Mascate lors d'une visite de travail de M. Hammouchi.",
    ])
    func anAgreementSignedInATownAbroadIsWithItsCountry(_ text: String) {
        #expect(agreements(text) == ["memorandum-of-understanding signed OM"])
        #expect(engagementKinds(text, published: "2025-03-20") == ["OM visit-made"])
    }

    /// Two instruments in one sentence each take the status told next to them.
    @Test(arguments: [
        "On Tuesday the Colombian police chief left Rabat with a signed memorandum of understanding and the promise "
            + "of a joint action plan.",
        "Mardi, le directeur de la police colombienne est reparti de Rabat avec un mémorandum d'entente signé et la "
            + "promesse d'un plan d'action commun.",
    ])
    func twoInstrumentsTakeTheirOwnStatus(_ text: String) {
        #expect(agreements(text) == ["memorandum-of-understanding signed CO", "joint-action-plan proposed CO"])
    }
}
