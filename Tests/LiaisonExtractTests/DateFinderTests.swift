import LiaisonCore
import Testing
@testable import LiaisonExtract

/// Explicit dates, ranges, months resolved against the publication day, French forms.
@Suite struct DateFinderTests {
    func date(_ text: String, published: String = "2025-11-28") -> String? {
        guard let day = Day(iso: published) else { return nil }
        let sentence = ArticleText(lines: [text]).paragraphs[0].sentences[0]
        return DateFinder(published: day).best(in: sentence)?.date.description
    }

    @Test(arguments: [
        ("held on November 24-27 in Marrakech.", "2025-11-24..2025-11-27"),
        ("held from November 4 to 7 in Glasgow.", "2025-11-04..2025-11-07"),
        ("meetings on January 28 and 29.", "2025-01-28..2025-01-29"),
        ("between November 24 and 27, experts met.", "2025-11-24..2025-11-27"),
        ("scheduled from November 24 to 27, 2025.", "2025-11-24..2025-11-27"),
        ("on 24 November 2024 in Rabat.", "2024-11-24"),
        ("in April 2022 during a visit.", "2022-04"),
        ("in September to meet officials.", "2025-09"),
        ("a 2023 agreement signed last year.", "2023"),
        ("signed last year.", "2024"),
        ("le 24 novembre à Rabat.", "2025-11-24"),
        ("du 23 au 26 septembre en Espagne.", "2025-09-23..2025-09-26"),
        ("le 1er décembre 2024.", "2024-12-01"),
        ("en mars dernier.", "2025-03"),
        ("dès janvier prochain.", "2026-01"),
        ("deployed in Doha in November and December 2022.", "2022-11"),
        ("en novembre et décembre 2022 au Qatar.", "2022-11"),
        ("la Coupe arabe, du 1er au 18 décembre prochain.", "2025-12-01..2025-12-18"),
        ("talks set for next March.", "2026-03"),
        ("la session de décembre prochain.", "2025-12"),
    ])
    func finds(_ text: String, _ expected: String) {
        #expect(date(text) == expected)
    }

    /// A past tournament dates the security work done at it, unless the sentence states a
    /// date of its own that rules the tournament out.
    @Test(arguments: [
        ("Moroccan officers helped secure the 2022 World Cup.", "2022-11-20..2022-12-18"),
        ("In late 2022, DGSN officers helped the Qatari authorities secure the World Cup.", "2022-11-20..2022-12-18"),
        ("Des équipes de la DGSN ont été déployées lors des Jeux olympiques de Paris.", "2024-07-26..2024-08-11"),
        ("The DGSN sent a team to Côte d'Ivoire for the Africa Cup of Nations.", "2024-01-13..2024-02-11"),
        ("On Monday the DGSN sent a team to the 2022 World Cup.", nil),
        ("In March 2023 the DGSN reviewed the lessons of the 2022 World Cup.", nil),
        ("The DGSN is preparing for the 2030 World Cup.", nil),
    ] as [(String, String?)])
    func tournamentsDateTheirSecurity(_ text: String, _ expected: String?) {
        let sentence = ArticleText(lines: [text]).paragraphs[0].sentences[0]
        let finder = DateFinder(published: Day(iso: "2025-11-28")!)
        #expect(finder.event(in: sentence, stated: finder.best(in: sentence))?.date.description == expected)
    }

    /// The day a report was made yields to the date of what it reports.
    @Test(arguments: [
        ("The network was dismantled in October, prosecutors said on Thursday.", "2025-10"),
        ("Le réseau a été démantelé en octobre, indique jeudi un communiqué.", "2025-10"),
        ("The network was dismantled, prosecutors said on Thursday.", "2025-11-27"),
    ])
    func reportsYieldToWhatTheyReport(_ text: String, _ expected: String) {
        #expect(date(text) == expected)
    }

    @Test func monthsAfterThePublicationMonthAreInTheYearBefore() {
        // Published in January 2025: December is December 2024, January is January 2025.
        #expect(date("met in December.", published: "2025-01-15") == "2024-12")
        #expect(date("met in January.", published: "2025-01-15") == "2025-01")
        #expect(date("met on December 31.", published: "2025-01-01") == "2024-12-31")
        #expect(date("met on January 1.", published: "2025-01-01") == "2025-01-01")
    }

    @Test func wordsThatLookLikeMonthsAreNot() {
        #expect(date("this may help, and the 2030 World Cup too.") == nil)
        #expect(date("a plan for 2025-2026.") == nil)
        #expect(date("des stagiaires issus de sept pays africains.") == nil)
        #expect(date("a seat it has held since the end of 2024.") == nil)
        #expect(date("un siège qu'il occupe depuis la fin de 2024.") == nil)
    }

    /// French months are lower case; a comma parts a month from a count.
    @Test func monthsAmongOtherWords() {
        #expect(date("Au mois de mai, il s'est rendu au Portugal.") == "2025-05")
        #expect(date("In April, 24 officers completed a course.") == "2025-04")
    }

    /// Two days joined by "au" / "to" across a month end are one span.
    @Test(arguments: [
        "La session, tenue du 28 novembre au 1er décembre à Vienne, a réuni 180 pays.",
        "It ran from November 28 to December 1, 2023 in Vienna.",
    ])
    func aSpanAcrossAMonthEnd(_ text: String) {
        #expect(date(text, published: "2023-12-05") == "2023-11-28..2023-12-01")
    }
}

/// Weekdays and relative days name the last such day on or before publication (Thursday
/// 2025-03-20 here).
@Suite struct WeekdayTests {
    func date(_ text: String) -> String? {
        guard let day = Day(iso: "2025-03-20") else { return nil }
        let sentence = ArticleText(lines: [text]).paragraphs[0].sentences[0]
        return DateFinder(published: day).best(in: sentence)?.date.description
    }

    @Test(arguments: [
        ("He was received on Tuesday in Rabat.", "2025-03-18"),
        ("They discussed cooperation in Rabat Monday.", "2025-03-17"),
        ("Il a effectué, jeudi, une visite de travail.", "2025-03-20"),
        ("Il a été reçu vendredi dernier à Rabat.", "2025-03-14"),
        ("Ce mercredi, la délégation est arrivée.", "2025-03-19"),
        ("On Sunday the delegation left.", "2025-03-16"),
        ("Hammouchi met them yesterday.", "2025-03-19"),
        ("La délégation a été reçue hier à Rabat.", "2025-03-19"),
        ("On Tuesday, March 11, he met them.", "2025-03-11"),
        ("Le mardi 11 mars, il les a reçus.", "2025-03-11"),
    ])
    func weekdays(_ text: String, _ expected: String) {
        #expect(date(text) == expected)
    }

    @Test func aWeekdayDateSaysItIsInferred() throws {
        let day = try #require(Day(iso: "2025-03-20"))
        let sentence = ArticleText(lines: ["He was received on Tuesday."]).paragraphs[0].sentences[0]
        let found = try #require(DateFinder(published: day).best(in: sentence))
        #expect(!found.statesYear)
    }
}

/// Relative months and seasons, weekday ranges, spans and tournament years (published
/// Thursday 2025-03-20).
@Suite struct RelativeDateTests {
    func found(_ text: String) -> DateFinder.Found? {
        guard let day = Day(iso: "2025-03-20") else { return nil }
        let sentence = ArticleText(lines: [text]).paragraphs[0].sentences[0]
        return DateFinder(published: day).best(in: sentence)
    }

    func date(_ text: String, published: String) -> String? {
        guard let day = Day(iso: published) else { return nil }
        let sentence = ArticleText(lines: [text]).paragraphs[0].sentences[0]
        return DateFinder(published: day).best(in: sentence)?.date.description
    }

    @Test(arguments: [
        ("Last month, 146 officers graduated.", "2025-02"),
        ("Le mois dernier, la délégation est venue.", "2025-02"),
        ("Last week the suspect was handed over to the Italian police.", "2025-03-10..2025-03-16"),
        ("La semaine dernière, deux suspects ont été remis à la police belge.", "2025-03-10..2025-03-16"),
        ("La semaine passée, la délégation est venue.", "2025-03-10..2025-03-16"),
        ("L'an dernier, la DGST a aidé la police néerlandaise.", "2024"),
        ("L'année passée, une cellule a été démantelée.", "2024"),
        ("Last year, a cell was dismantled.", "2024"),
        ("Durant les Jeux, l'été dernier, des équipes ont été déployées.", "2024"),
        ("Il a effectué mardi et mercredi une visite de travail.", "2025-03-18..2025-03-19"),
        ("He visited Spain from Monday to Wednesday.", "2025-03-17..2025-03-19"),
    ])
    func relativeDates(_ text: String, _ expected: String) {
        #expect(found(text)?.date.description == expected)
    }

    @Test func aSpanIsNoDateAndATournamentYearNamesAnEvent() {
        #expect(found("Since 2017, 1,200 officers have been trained.") == nil)
        #expect(found("They discussed the CAN 2025 and the 2022 World Cup in Qatar.")?.namesAnEvent == true)
        #expect(found("A 2023 agreement was signed.")?.namesAnEvent == false)
    }

    /// "the month before", "a month later": a month counted from the date told before.
    @Test func monthsCountedFromTheDateToldBefore() {
        let french = drafts("""
            En février, le directeur de la police mauritanienne a effectué une visite de travail au Royaume.
            Le mois précédent, une délégation de la police sénégalaise a été reçue à Rabat.
            """, published: "2025-03-20")
        #expect(engagements(french).last == "SN visit-received 2025-01")
        let english = drafts("""
            In January, Hammouchi received the Mauritanian police chief in Rabat.
            A month later, a memorandum of understanding was signed with the Qatari police.
            """, published: "2025-03-20")
        #expect(engagements(english).last == "QA signing 2025-02")
        let two = drafts("""
            In January, Hammouchi received the Mauritanian police chief in Rabat.
            Two months later, Hammouchi held talks with the Qatari police chief.
            """, published: "2025-03-20")
        #expect(engagements(two).last == "QA meeting 2025-03")
    }

    /// A day a modal puts in the future is the next such day ("which Morocco will host from
    /// December 21").
    @Test func aDayToComeIsTheNextSuchDay() {
        #expect(date("the tournament, which the Kingdom will host from December 21.", published: "2025-10-08")
            == "2025-12-21")
        #expect(date("le tournoi, qui doit se tenir à partir du 21 décembre.", published: "2025-10-08") == "2025-12-21")
        #expect(date("the tournament, which the Kingdom hosted from December 21.", published: "2025-10-08")
            == "2024-12-21")
    }
}
