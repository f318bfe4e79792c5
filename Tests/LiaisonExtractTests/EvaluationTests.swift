import LiaisonCore
import Testing
@testable import LiaisonExtract

/// The targets: partner recall at least 0.95 and precision at least 0.90, on the seeds and
/// on the three test articles written apart from the rules (`Fixtures/`).
@Suite struct EvaluationTests {
    func partnerScore(_ directory: String) -> Evaluation.Score {
        let ledger = LedgerLoader(directory: directory).load().ledger
        return ledger.articles.map { article in
            let drafts = Extractor().extract(lines: article.lines, article: article.id,
                                             published: article.published.last ?? Day(iso: "2025-01-01")!)
            return Evaluation(drafts, against: ledger).scores[.partners] ?? Evaluation.Score()
        }.reduce(Evaluation.Score(), +)
    }

    @Test(arguments: [Paths.seeds, Paths.fixtures])
    func partnerTargetsHold(_ directory: String) {
        let score = partnerScore(directory)
        #expect(score.expected > 10)
        #expect(score.recall >= 0.95)
        #expect(score.precision >= 0.90)
    }

    @Test func theFixturesValidate() {
        let result = LedgerLoader(directory: Paths.fixtures).load()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.ledger.articles.map(\.language) == ["en", "en", "fr"])
    }

    @Test func scoresCountMatchesDraftsAndExpectedItems() throws {
        let day = try #require(Day(iso: "2025-11-28"))
        let ledger = LedgerLoader(directory: Paths.seeds).load().ledger
        let article = try #require(ledger.article(id: "002"))
        let evaluation = Evaluation(Extractor().extract(lines: article.lines, article: "002", published: day),
                                    against: ledger)
        // 002: Spain and Germany, both drafted.
        #expect(evaluation.scores[.partners] == {
            var score = Evaluation.Score()
            score.matched = 2
            score.drafted = 2
            score.expected = 2
            return score
        }())
    }
}
