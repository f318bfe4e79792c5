import LiaisonCore
import Testing
@testable import LiaisonExtract

/// The extractor's rules on small sentences.
@Suite struct ExtractorTests {
    @Test(arguments: [
        // Talks in a city of the partner's country: the services travelled there.
        ("Hammouchi met the Spanish Interior Minister in Madrid on March 3.", "ES visit-made 2025-03-03"),
        ("Hammouchi met the Spanish Interior Minister on March 3.", "ES meeting 2025-03-03"),
        ("Hammouchi held talks with Portugal's police chief on March 3.", "PT meeting 2025-03-03"),
        ("Hammouchi visited Ankara on March 3 to meet Turkish officials.", "TR visit-made 2025-03-03"),
        ("He received the Italian police chief in Rabat on March 3.", "IT visit-received 2025-03-03"),
        ("Hammouchi met Italian Director General Vittorio Pisani in June, in Rabat.", "IT visit-received 2025-06"),
        ("A memorandum was signed with the Ethiopian Federal Police on March 3.", "ET signing 2025-03-03"),
        ("The DGSN took part in the UNODC conference in Vienna on March 3.", "UNODC event-participation 2025-03-03"),
        ("Morocco sent a team to assist French security forces in August.", "FR joint-operation 2025-08"),
        ("Le 4 octobre, il a reçu à Rabat le directeur exécutif d'Europol.", "EUROPOL visit-received 2025-10-04"),
    ])
    func engagementKinds(_ sentence: String, _ expected: String) {
        #expect(engagements(drafts(sentence)) == [expected])
    }

    @Test func praiseIsAStatementAndOngoingCooperationAMention() {
        let result = drafts("""
            Belgian Interior Minister Annelies Verlinden commended Morocco's cooperation.
            Cooperation with the Netherlands on tracking cocaine shipments continues, officials said.
            """)
        #expect(result.engagements.isEmpty)
        #expect(result.statements.map { $0.partners.map(\.code) } == [["BE"]])
        #expect(result.mentions.map { $0.partners.map(\.code) } == [["NL"]])
    }

    @Test func aPartnerInAListOfContextIsNotEngaged() {
        let result = drafts("On March 3 they met Spanish officials to prepare the 2030 World Cup, which Morocco and Spain will co-host with Portugal.")
        #expect(engagements(result) == ["ES meeting 2025-03-03"])
    }

    @Test func undatedJointOperationsAreMentions() {
        let result = drafts("Joint operations with Spain in the Strait of Gibraltar are considered a pillar.")
        #expect(result.engagements.isEmpty)
        #expect(result.mentions.map { $0.partners.map(\.code) } == [["ES"]])
    }

    @Test func datesComeFromTheParagraphThenTheArticleEventThenTheYear() {
        let result = drafts("""
            Hammouchi led the delegation to the INTERPOL General Assembly, held on November 24-27 in Marrakech.
            Morocco is a reliable partner.
            Talks were held with Polish police.
            In June, he met Belgian officials. He also met German officials.
            Austrian officials were met too.
            """)
        #expect(engagements(result) == [
            "INTERPOL event-participation 2025-11-24..2025-11-27",
            "PL meeting 2025-11-24..2025-11-27",
            "BE meeting 2025-06",
            "DE meeting 2025-06",
            "AT meeting 2025-06",
        ])
        // Line 3 follows an undated paragraph: the article's event; line 5 follows June.
        #expect(result.engagements[1].date.inference == "the date of the article's event (line 1)")
        #expect(result.engagements[3].date.inference == "the date stated before it (line 4)")
        #expect(result.engagements[4].date.inference == "the date stated before it (line 4)")
        let review = drafts("Hammouchi met France's Director General of Internal Security.", published: "2024-12-31")
        #expect(engagements(review) == ["FR meeting 2024"])
    }

    @Test func aSectionHeadingNamesThePartnerOfItsSentences() {
        let result = drafts("""
            Saudi Arabia
            Hammouchi visited the country in February to discuss cooperation.
            """, published: "2024-12-31")
        #expect(engagements(result) == ["SA visit-made 2024-02"])
    }

    @Test func agreementsWithTypeStatusAndParties() {
        let result = drafts("""
            A memorandum of understanding was signed with Norway's National Police Commissioner on March 3.
            Norway's police chief expressed interest in signing a memorandum of understanding with the DGSN.
            Morocco proposed a draft agreement between Interpol and the World Health Organization (WHO).
            He signed a joint action plan for 2025-2026 with his Belgian counterpart in December.
            Les deux parties ont signé un mémorandum d'entente avec la Police fédérale belge le 25 septembre.
            """)
        let agreements = result.agreements.map {
            "\($0.type.rawValue) \($0.status.rawValue) \($0.parties.map(\.code).joined(separator: "+")) \($0.moroccoIsParty)"
        }
        #expect(agreements == [
            "memorandum-of-understanding signed NO true",
            "memorandum-of-understanding interest-expressed NO true",
            "cooperation-agreement proposed INTERPOL+WHO false",
            "joint-action-plan signed BE true",
            "memorandum-of-understanding signed BE true",
        ])
        #expect(result.agreements[3].period?.description == "2025..2026")
        // The WHO is a party to the proposal, not a partner met.
        #expect(!result.engagements.contains { $0.partners.contains { $0.code == "WHO" } })
    }

    @Test func initiativesWithPlaceAndStatus() {
        let result = drafts("""
            The new schools projected in Casablanca and Marrakech complement existing institutions such as the Royal Police Institute in Kenitra.
            Initiatives include the construction of recreational facilities in Martil.
            La DGSN a annoncé la construction d'un nouveau centre de formation à Tétouan.
            """)
        let initiatives = result.initiatives.map {
            "\($0.category.rawValue) \($0.locations.first ?? "-") \($0.status.rawValue)"
        }
        #expect(initiatives == [
            "training Casablanca planned", "training Marrakech planned", "training Kenitra existing",
            "welfare Martil under-construction", "training Tetouan under-construction",
        ])
    }

    @Test func figuresAreNumbersWithWhatTheyCount() {
        let result = drafts("""
            He held 43 bilateral meetings on November 24-27 in 2025.
            The platform recorded 12,614 cybercrimes in 2024, from 41 African countries.
            """)
        #expect(result.figures.map { "\(Int($0.value)) \($0.label)" } == [
            "43 bilateral meetings", "12614 cybercrimes", "41 african countries",
        ])
    }

    @Test func everyDraftCitesItsLinesAndIsMarkedDraft() {
        let result = drafts("Spain\nHammouchi met Spanish officials in March.\n\nHe visited Berlin in April and met German police.")
        #expect(result.engagements.map { $0.sources.map(\.description) } == [["t:2"], ["t:4"]])
        #expect(result.engagements.allSatisfy { $0.isDraft })
        #expect(result.sentences[result.engagements[1].id] == "He visited Berlin in April and met German police.")
    }
}
