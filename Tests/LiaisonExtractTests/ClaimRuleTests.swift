import LiaisonCore
import Testing
@testable import LiaisonExtract

/// What tells no new engagement: plans, habits, spans of years up to now, interactions
/// recalled, a dateline's day. Published on Thursday 2025-03-20.
@Suite struct ClaimRuleTests {
    let published = "2025-03-20"

    func kinds(_ text: String) -> [String] { engagementKinds(text, published: published) }

    /// A dateline's day dates the dispatch, not the event it reports.
    @Test func aDatelineDatesNothing() {
        let result = drafts("RABAT, March 20, 2025 (MAP) - The DGSN and the Spanish National Police dismantled a network "
            + "in February.", published: published)
        #expect(engagements(result)
            == ["ES joint-operation 2025-02"])
    }

    /// An interaction after "will", "devrait", or one "being prepared", is a plan, not an
    /// engagement.
    @Test(arguments: [
        "On Monday the two sides agreed that Ghanaian officers will take part in courses at the Royal Police Institute.",
        "Lundi, les deux parties ont convenu que des officiers ghanéens vont participer à des stages au Maroc.",
        "Hammouchi said on Monday that he would also visit Ghana.",
        "On Monday the ministry said a trilateral meeting of the police forces of Ghana and Togo was being prepared.",
        "Lundi, le ministère a indiqué qu'une réunion trilatérale avec les polices ghanéenne et togolaise était en "
            + "cours de préparation.",
    ])
    func plansAreNoEngagements(_ text: String) {
        #expect(kinds(text).isEmpty)
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

    /// A span of years told long after the interaction, in a clause of its own, leaves the
    /// interaction dated by the sentence before.
    @Test(arguments: [
        "On Monday, Hammouchi received the Danish police chief in Rabat.\nTalks were also held with the head of "
            + "Lebanon's Internal Security Forces on cybercrime and online fraud, an area in which the DGSN has "
            + "considerably expanded its laboratories over the past few years.",
        "Lundi, M. Hammouchi a reçu à Rabat le chef de la police danoise.\nDes entretiens ont également eu lieu avec "
            + "le chef des Forces de sécurité intérieure libanaises sur la cybercriminalité et la fraude en ligne, un "
            + "domaine où la DGSN a beaucoup investi ces dernières années.",
    ])
    func aSpanOfYearsFarAfterTheTalksIsTheirTopic(_ text: String) {
        #expect(kinds(text) == ["DK visit-received", "LB meeting"])
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

    /// Talks someone "will have to" hold are a plan.
    @Test func talksOneWillHaveToHoldAreAPlan() {
        #expect(kinds("FIFA will write the requirements, but it is the police chiefs of Rabat and Madrid who will have "
            + "to meet them.").isEmpty)
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

    /// A visit already told, named at the head of a sentence ("The trip to Vienna comes…"),
    /// or a visit that is only the occasion of praise, is no new visit; a reminder, or a visit
    /// to Morocco by someone unnamed, in an article about one partner speaks of that partner.
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
        #expect(kinds("M. Hammouchi a achevé mardi à Prague une visite de travail en Tchéquie. En janvier, le général "
            + "Novak avait visité l'Institut royal de police de Kénitra.") == ["CZ visit-made", "CZ visit-received"])
        // Talks told anew, not the visit's.
        #expect(kinds("M. Hammouchi a reçu lundi le chef de la police tchèque. Des entretiens ont eu lieu mardi avec "
            + "le chef de la police libanaise.") == ["CZ visit-received", "LB meeting"])
        #expect(kinds("M. Hammouchi a reçu mardi le chef de la police tchèque. Pour rappel, le général avait "
            + "effectué en janvier une visite de travail à Rabat.") == ["CZ visit-received", "CZ visit-received"])
    }
}
