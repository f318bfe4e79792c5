import Testing
@testable import LiaisonCore

/// Each class of validation error, with its exact message and location, on small ledgers.
@Suite struct ValidationTests {
    /// Loads one ledger file `t.yaml` and returns the messages, the root shortened to `L`.
    func messages(_ yaml: String) throws -> [String] {
        let ledger = try TemporaryLedger(files: ["t.yaml": yaml])
        defer { ledger.remove() }
        return ledger.messages()
    }

    let meeting = """
        article: a1
        engagements:
          - id: m1
            partners: Spain
            kind: meeting
            date: 2025-11-24
            lines: 1
        """

    @Test func aCleanFileGivesNoDiagnostics() throws {
        let ledger = try TemporaryLedger(files: ["t.yaml": meeting])
        defer { ledger.remove() }
        let result = ledger.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.ledger.engagements.map(\.id) == ["m1"])
        #expect(result.ledger.engagements[0].partners.map(\.code) == ["ES"])
        #expect(result.ledger.engagements[0].sources.map(\.description) == ["a1:1"])
    }

    @Test func yamlSyntaxError() throws {
        #expect(try messages("article: a1\nengagements:\n  - id: x\n   partners: [a\n") == [
            "L/ledger/t.yaml:4:4: error: YAML syntax error: did not find expected '-' indicator while parsing a block collection",
        ])
    }

    @Test func unknownFieldWithSuggestionAndWithoutOne() throws {
        let yaml = meeting + "\n    venu: Rabat\n    colour: blue\n"
        #expect(try messages(yaml) == [
            "L/ledger/t.yaml:8:5: error: unknown field 'venu' in an engagement; did you mean 'venue'?",
            "L/ledger/t.yaml:9:5: error: unknown field 'colour' in an engagement; allowed: id, lines, summary, note, draft, partners, kind, venue, counterpart, event, topics, date, date_inferred",
        ])
    }

    @Test func missingFields() throws {
        #expect(try messages("article: a1\nengagements:\n  - id: m1\n    partners: Spain\n    lines: 1\n") == [
            "L/ledger/t.yaml:3:5: error: an engagement is missing the field 'kind'",
            "L/ledger/t.yaml:3:5: error: an engagement is missing the field 'date'",
        ])
        #expect(try messages("engagements: []\n") == ["L/ledger/t.yaml:1:1: error: a ledger file is missing the field 'article'"])
    }

    @Test func unknownPartnerWithDidYouMeanAndAmbiguousPartner() throws {
        let yaml = meeting.replacingOccurrences(of: "partners: Spain", with: "partners: [Spian, Congolese, Morocco]")
        #expect(try messages(yaml) == [
            "L/ledger/t.yaml:4:16: error: unknown partner 'Spian'; did you mean 'Spain'?",
            "L/ledger/t.yaml:4:23: error: partner 'Congolese' is ambiguous; write one of its codes: CD, CG",
            "L/ledger/t.yaml:4:34: error: Morocco cannot be its own partner",
        ])
    }

    @Test(arguments: [
        ("2025-13", "'2025-13' is not a date: months run from 01 to 12"),
        ("2025-02-30", "'2025-02-30' is not a date: that month has 28 days"),
        ("undated", "an engagement needs a date; record undated cooperation claims as mentions"),
    ])
    func impossibleDates(date: String, message: String) throws {
        let yaml = meeting.replacingOccurrences(of: "date: 2025-11-24", with: "date: \(date)")
        #expect(try messages(yaml) == ["L/ledger/t.yaml:6:11: error: \(message)"])
    }

    @Test func unknownEnumValueListsTheAllowedOnes() throws {
        let yaml = meeting.replacingOccurrences(of: "kind: meeting", with: "kind: meating") + "\n    topics: [cybercrime, piracy]\n"
        #expect(try messages(yaml) == [
            "L/ledger/t.yaml:5:11: error: 'meating' is not a valid kind; allowed: meeting, visit-made, visit-received, signing, joint-operation, event-participation",
            "L/ledger/t.yaml:8:26: error: 'piracy' is not a valid topic; allowed: counter-terrorism, organised-crime, cybercrime, irregular-migration, drug-trafficking, human-trafficking, money-laundering, major-event-security, technology-ai, training",
        ])
    }

    @Test func draftsAreAcceptedWithAWarningAndCanBeLeftOut() throws {
        let drafted = meeting + "\n    draft: true\n"
        let ledger = try TemporaryLedger(files: ["t.yaml": drafted, "u.yaml": """
            article: a1
            initiatives:
              - id: academy
                category: training
                name: Academy
                status: planned
                date: 2025-03
                lines: 2
            """, "v.yaml": """
            article: a2
            initiatives:
              - id: academy
                category: training
                name: Academy
                status: launched
                date: 2025-11
                lines: 3
                draft: true
            """])
        defer { ledger.remove() }
        #expect(ledger.messages() == [
            "L/ledger/t.yaml:8:12: warning: record 'm1' is a draft: check it against the article, then delete 'draft: true' (briefs leave drafts out unless --include-drafts)",
            "L/ledger/v.yaml:9:12: warning: record 'academy' is a draft: check it against the article, then delete 'draft: true' (briefs leave drafts out unless --include-drafts)",
        ])
        let loaded = ledger.load().ledger
        #expect(loaded.hasDrafts)
        #expect(loaded.engagements.first?.isDraft == true)
        let reviewed = loaded.excludingDrafts()
        #expect(reviewed.engagements.isEmpty)
        #expect(reviewed.initiatives.first?.history.map(\.status) == [.planned])
        #expect(!reviewed.hasDrafts)
        #expect(try messages(meeting + "\n    draft: maybe\n") == [
            "L/ledger/t.yaml:8:12: error: 'maybe' is not a valid draft; allowed: true, false",
        ])
    }

    @Test func articleURLs() throws {
        let ledger = try TemporaryLedger()
        defer { ledger.remove() }
        let catalogue = """
            articles:
              - id: a1
                file: a1.txt
                title: T
                language: en
                published: 2025-11-28
                url: https://example.org/a1
              - id: a2
                file: a1.txt
                title: T
                language: en
                published: 2025-11-28
                url: www.example.org/a2
            """
        try ledger.write("articles/articles.yaml", catalogue)
        #expect(ledger.messages() == [
            "L/articles/articles.yaml:13:10: error: 'www.example.org/a2' is not a web address: write http:// or https:// and at most 2079 characters, without spaces",
        ])
        #expect(ledger.load().ledger.articles.first?.url == "https://example.org/a1")
    }

    @Test func danglingProvenance() throws {
        #expect(try messages(meeting.replacingOccurrences(of: "lines: 1", with: "lines: [1, 11]")) == [
            "L/ledger/t.yaml:7:16: error: line 11 is out of range: article a1 has 10 lines",
        ])
        #expect(try messages(meeting.replacingOccurrences(of: "article: a1", with: "article: a9")) == [
            "L/ledger/t.yaml:1:10: error: unknown article 'a9'; articles.yaml lists: a1, a2",
        ])
        #expect(try messages(meeting.replacingOccurrences(of: "lines: 1", with: "lines: 4-5")) == [
            "L/ledger/t.yaml:7:12: warning: line 5 of article a1 is blank",
        ])
    }

    @Test func invalidAndDuplicateIDs() throws {
        #expect(try messages(meeting.replacingOccurrences(of: "id: m1", with: "id: Meeting One")) == [
            "L/ledger/t.yaml:3:9: error: id 'Meeting One' must be lower-case letters, digits, '-' and '.', starting with a letter or digit",
        ])
        let twice = meeting + "\n  - id: m1\n    partners: Italy\n    kind: meeting\n    date: 2025-11\n    lines: 2\n"
        #expect(try messages(twice) == [
            "L/ledger/t.yaml:8:5: error: id 'm1' is used twice in this file (first at L/ledger/t.yaml:3:5)",
        ])
    }

    @Test func sameIDForTwoKindsOfRecord() throws {
        let yaml = meeting + "\nmentions:\n  - id: m1\n    summary: Ongoing cooperation.\n    date: undated\n    lines: 2\n"
        let ledger = try TemporaryLedger(files: ["t.yaml": meeting, "u.yaml": yaml.replacingOccurrences(of: "engagements:\n  - id: m1", with: "engagements:\n  - id: m0")])
        defer { ledger.remove() }
        #expect(ledger.messages() == [
            "L/ledger/u.yaml:9:5: error: id 'm1' names a mention here but an engagement at L/ledger/t.yaml:3:5",
        ])
    }

    @Test func emptyFileAndNonMapping() throws {
        #expect(try messages("") == ["L/ledger/t.yaml:1: error: file is empty"])
        #expect(try messages("# only a comment\n") == ["L/ledger/t.yaml:1: error: file is empty"])
        #expect(try messages("article: a1\nengagements:\n  - just text\n") == [
            "L/ledger/t.yaml:3:5: error: an engagement must be a mapping of fields (name: value)",
        ])
        #expect(try messages("article: a1\nengagements: many\n") == [
            "L/ledger/t.yaml:2:14: error: 'engagements' must be a list of records",
        ])
    }

    @Test func reportsEveryProblemNotJustTheFirst() throws {
        let yaml = """
            article: a1
            engagements:
              - id: e1
                partners: Atlantis
                kind: chat
                date: 2025-02-30
                lines: 99
            figures:
              - id: f1
                label: Votes
                value: many
                unit: votes
                date: 2024
                lines: 3
            """
        #expect(try messages(yaml).count == 5)
    }
}
