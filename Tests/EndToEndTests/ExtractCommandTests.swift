import Foundation
import Testing

/// `liaison extract` as a user runs it, and drafts in `liaison brief`.
@Suite struct ExtractCommandTests {
    static let fixture = Command.packageRoot.appendingPathComponent("Tests/LiaisonExtractTests/Fixtures/articles/f3-lisbonne-fr.txt")

    @Test func writesADraftFileOnceAndNeverOverwrites() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Self.fixture, to: root.appendingPathComponent("seeds/articles/f3.txt"))
        let result = try Command.run(["extract", "seeds/articles/f3.txt", "--published", "2025-10-06",
                                      "--out", "seeds/ledger/f3.yaml"], in: root)
        #expect(result.status == 0)
        #expect(result.out == "seeds/ledger/f3.yaml: 6 draft records (3 engagements, 1 agreements, 1 initiatives, "
            + "0 figures, 1 statements, 0 mentions)\n")
        let yaml = try String(contentsOf: root.appendingPathComponent("seeds/ledger/f3.yaml"), encoding: .utf8)
        #expect(yaml.contains("article: \"f3\""))
        #expect(yaml.contains("#     language: fr"))

        let again = try Command.run(["extract", "seeds/articles/f3.txt", "--out", "seeds/ledger/f3.yaml"], in: root)
        #expect(again.status == 1)
        #expect(again.err.contains("seeds/ledger/f3.yaml exists; extract never overwrites a file"))
        #expect(try String(contentsOf: root.appendingPathComponent("seeds/ledger/f3.yaml"), encoding: .utf8) == yaml)
    }

    @Test func briefsLeaveDraftsOutUnlessAsked() throws {
        let root = try Command.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Self.fixture, to: root.appendingPathComponent("seeds/articles/f3.txt"))
        #expect(try Command.run(["extract", "seeds/articles/f3.txt", "--published", "2025-10-06", "--id", "f3",
                                 "--out", "seeds/ledger/f3.yaml"], in: root).status == 0)
        // List the article as the drafts file's header says.
        let catalogue = root.appendingPathComponent("seeds/articles/articles.yaml")
        let listed = try String(contentsOf: catalogue, encoding: .utf8) + """

              - id: f3
                file: f3.txt
                title: Hammouchi en visite de travail en Espagne
                language: fr
                published: 2025-10-06

            """
        try listed.write(to: catalogue, atomically: true, encoding: .utf8)
        let validate = try Command.run(["validate"], in: root)
        #expect(validate.status == 0)
        #expect(validate.err.split(separator: "\n").allSatisfy { $0.contains("warning: record") && $0.contains("is a draft") })

        let without = try Command.run(["brief", "--quarter", "2025-Q3", "--format", "csv", "--quiet", "--out", "a"], in: root)
        let with = try Command.run(["brief", "--quarter", "2025-Q3", "--format", "csv", "--quiet", "--out", "b",
                                    "--include-drafts"], in: root)
        #expect(without.status == 0 && with.status == 0)
        let quiet = try String(contentsOf: root.appendingPathComponent("a/2025-Q3/csv/partners.csv"), encoding: .utf8)
        let drafted = try String(contentsOf: root.appendingPathComponent("b/2025-Q3/csv/partners.csv"), encoding: .utf8)
        #expect(quiet.split(separator: "\r\n").count == 1)
        #expect(drafted.contains("Spain,ES,country"))
    }

    @Test func evaluatePrintsTheMeasuresMicroAveragedThenByArticle() throws {
        let result = try Command.run(["extract", "--evaluate"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Drafts against the curated ledger seeds: 5 articles (5 en, 0 fr), micro-averaged")
        for label in ["partners (engagements + agreement parties)", "engagements (partner + kind)",
                      "agreements (type + status)"] {
            #expect(lines.contains { $0.hasPrefix(label + "  ") })
        }
        #expect(lines.contains { $0.hasPrefix("engagement dates in the right month: ") && $0.contains(" of ") })
        #expect(lines.contains("false partners on articles with no foreign partner: 0 (0 such articles)"))
        // One row per article, "001  en  53/53/53 …".
        #expect(lines.filter { $0.hasPrefix("00") && $0.contains(" en ") }.count == 5)
    }

    /// A second reader's records are scored like drafts, on the articles both read; a second
    /// reading of other articles is an error, not a perfect score.
    @Test func aSecondReaderIsComparedOnTheArticlesBothRead() throws {
        let reading = "Tests/LiaisonExtractTests/Corpus/SecondReadings/A1"
        let agreed = try Command.run(["extract", "--evaluate", "--ledger", reading, "--second-reader", reading])
        #expect(agreed.status == 0)
        #expect(agreed.out.hasPrefix("The records of \(reading) against the curated ledger \(reading): 12 articles"))
        let unrelated = try Command.run(["extract", "--evaluate", "--second-reader", reading])
        #expect(unrelated.status == 1)
        #expect(unrelated.out.isEmpty)
        #expect(unrelated.err == "error: \(reading): none of its articles (h57-01, h57-02, h57-03, …) is in seeds; "
            + "nothing to compare\n")
    }

    /// `extract` refuses the ids `validate` would refuse.
    @Test func anIdTheLedgerWouldRefuseIsRefused() throws {
        let result = try Command.run(["extract", Self.fixture.path, "--id", ".f3"])
        #expect(result.status == 64)
        #expect(result.err.contains("--id '.f3' is not an id"))
    }

    @Test func anUnreadableArticleIsAClearError() throws {
        let result = try Command.run(["extract", "no-such-article.txt"])
        #expect(result.status == 1)
        #expect(result.err == "no-such-article.txt: error: cannot be read: no such file\n")
    }
}
