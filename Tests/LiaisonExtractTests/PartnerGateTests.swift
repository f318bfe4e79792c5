import Foundation
import LiaisonCore
import Testing
@testable import LiaisonExtract

/// The trained partner gate: the features it reads must be those `scripts/train-partner-gate.py`
/// trains on, and it may move a partner between records but never lose one.
struct PartnerGateTests {
    /// Words are read as the training script reads them: lowercased, accents removed, runs
    /// of a–z and 0–9 (Python's `unicodedata` NFD and `[a-z0-9]+`).
    @Test func wordsAreReadAsTheTrainingScriptReadsThem() {
        #expect(PartnerGate.words("Lundi, M. Hammouchi s'est entretenu à Séoul avec l'œuvre «sociale» n°5 — 2025")
            == ["lundi", "m", "hammouchi", "s", "est", "entretenu", "a", "seoul", "avec", "l", "uvre", "sociale", "n",
                "5", "2025"])
    }

    /// A candidate's features: what the drafts say of it, the article's size and its lines' words.
    @Test func featuresDescribeTheDraftsOfAPartner() throws {
        let text = """
            Le directeur général de la police ghanéenne a été reçu lundi à Rabat par M. Hammouchi.
            La police malienne a salué le professionnalisme des services marocains.
            """
        let drafted = drafts(text)
        let candidates = PartnerGate.candidates(drafted)
        #expect(candidates.map(\.partner.code) == ["GH", "ML"])
        let ghana = try #require(candidates.first)
        let features = PartnerGate.features(ghana, count: candidates.count, lines: text.components(separatedBy: "\n"),
                                            language: "fr")
        #expect(features.isSuperset(of: ["bias", "language:fr", "engaged", "in-first-3-lines", "kind:visit-received",
                                         "word:ghaneenne", "word:rabat"]))
        #expect(features.isDisjoint(with: ["only-named", "more-than-4-partners", "organisation", "word:salue"]))
    }

    /// A party of a drafted agreement stays as drafted, whatever the weights say.
    @Test func anAgreementsPartyStaysAsDrafted() throws {
        let drafted = drafts("Lundi, M. Hammouchi et le chef de la police ghanéenne ont signé un mémorandum d'entente.")
        let ghana = try #require(PartnerGate.candidates(drafted).first)
        #expect(ghana.agreement)
        #expect(PartnerGate.verdict(ghana, []) == .asDrafted)
        #expect(PartnerGate.verdict(ghana, ["word:salue", "only-named", "mention"]) == .asDrafted)
    }

    /// A partner's lone engagement changes kind when the weights find another kind much
    /// likelier; a partner engaged twice keeps its kinds.
    @Test func aLoneEngagementOfAnUnlikelyKindIsRetyped() throws {
        var partner = try #require(PartnerGate.candidates(drafts("Lundi, M. Hammouchi a reçu à Rabat le chef de la police ghanéenne.")).first)
        let meetingLike: Set<String> = ["bias", "language:en", "engaged", "in-first-3-lines", "kind:meeting", "word:held",
                                        "word:talks", "word:director", "word:general", "word:rabat"]
        partner.kinds = [.signing: 1]
        #expect(PartnerGate.verdict(partner, meetingLike) == .retyped(.meeting))
        partner.kinds = [.meeting: 1]
        #expect(PartnerGate.verdict(partner, meetingLike) == .asDrafted)
        partner.kinds = [.signing: 1, .visitReceived: 1]
        #expect(PartnerGate.verdict(partner, meetingLike) == .asDrafted)
    }

    /// On the seeds and fixtures, every partner the rules name is still named after the gate,
    /// and every record still cites lines.
    @Test func theGateLosesNoPartner() {
        for ledger in [Paths.seeds, Paths.fixtures] {
            for article in LedgerLoader(directory: ledger).load().ledger.articles {
                let lines = Array(article.lines)
                let rules = Extractor(usesGate: false).extract(lines: lines, article: article.id,
                                                               published: article.published.last!)
                let gated = Extractor().extract(lines: lines, article: article.id, published: article.published.last!)
                #expect(named(gated) == named(rules), "\(article.id)")
                #expect(gated.engagements.allSatisfy { !$0.sources.flatMap(\.lines).isEmpty }, "\(article.id)")
            }
        }
    }

    private func named(_ drafts: Drafts) -> Set<String> {
        Set(PartnerGate.candidates(drafts).map(\.partner.code))
    }
}
