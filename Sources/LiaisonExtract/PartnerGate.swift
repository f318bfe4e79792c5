import Foundation
import LiaisonCore

/// A trained second opinion on the rules' drafts, partner by partner: was the partner
/// engaged? A partner the rules engaged but the gate doubts becomes a mention; a partner the
/// rules only mentioned or quoted, but the gate believes engaged, gains one engagement of the
/// kind it finds likeliest; a partner's lone engagement changes kind when another kind is
/// much likelier (by `retypeMargin`). A party of a drafted agreement is left as drafted.
///
/// It is a logistic regression over the drafts' shape (kinds drafted, records, lines, how
/// many partners the article names) and the words of the lines citing the partner, trained
/// by `scripts/train-partner-gate.py` on what the rules drafted from held-out text on its
/// first run: where the rules were wrong on text they had not seen.
struct PartnerGate {
    private static let gate = weights(PartnerGateWeights.gate)
    /// How much likelier than the drafted kind another kind must be to replace it.
    private static let retypeMargin = 0.2
    private static let kinds: [(EngagementKind, [String: Double])] = [
        (.meeting, weights(PartnerGateWeights.meeting)),
        (.visitMade, weights(PartnerGateWeights.visitMade)),
        (.visitReceived, weights(PartnerGateWeights.visitReceived)),
        (.signing, weights(PartnerGateWeights.signing)),
        (.jointOperation, weights(PartnerGateWeights.jointOperation)),
        (.eventParticipation, weights(PartnerGateWeights.eventParticipation)),
    ]

    /// What the drafts say of one partner.
    struct Candidate {
        let partner: Partner
        var kinds: [EngagementKind: Int] = [:]
        var agreement = false
        var statement = false
        var mention = false
        var lines: Set<Int> = []
    }

    /// The verdict on one partner.
    enum Verdict: Equatable {
        case asDrafted
        case notEngaged
        case engaged(EngagementKind)
        case retyped(EngagementKind)
    }

    /// The partners the drafts name, in the order the drafts first name them.
    static func candidates(_ drafts: Drafts) -> [Candidate] {
        var order: [String] = []
        var found: [String: Candidate] = [:]
        func note(_ partners: [Partner], _ sources: [Provenance], _ change: (inout Candidate) -> Void) {
            for partner in partners {
                if found[partner.code] == nil {
                    order.append(partner.code)
                    found[partner.code] = Candidate(partner: partner)
                }
                change(&found[partner.code]!)
                found[partner.code]!.lines.formUnion(sources.flatMap(\.lines))
            }
        }
        for record in drafts.engagements { note(record.partners, record.sources) { $0.kinds[record.kind, default: 0] += 1 } }
        for record in drafts.agreements { note(record.parties, record.sources) { $0.agreement = true } }
        for record in drafts.statements { note(record.partners, record.sources) { $0.statement = true } }
        for record in drafts.mentions { note(record.partners, record.sources) { $0.mention = true } }
        return order.map { found[$0]! }
    }

    /// The features of a candidate in an article of `count` candidates whose lines are `lines`.
    static func features(_ candidate: Candidate, count: Int, lines: [String], language: String) -> Set<String> {
        let engaged = !candidate.kinds.isEmpty
        let flags: [(String, Bool)] = [
            ("engaged", engaged), ("agreement", candidate.agreement), ("statement", candidate.statement),
            ("mention", candidate.mention), ("only-named", !engaged && !candidate.agreement),
            ("engaged-more-than-once", candidate.kinds.values.reduce(0, +) > 1),
            ("more-than-4-partners", count > 4), ("more-than-8-partners", count > 8),
            ("in-first-3-lines", (candidate.lines.min() ?? .max) <= 3), ("on-several-lines", candidate.lines.count > 1),
            ("organisation", candidate.partner.code.count != 2),
        ]
        var features: Set<String> = ["bias", "language:" + language]
        features.formUnion(flags.filter(\.1).map(\.0))
        features.formUnion(candidate.kinds.keys.map { "kind:" + $0.rawValue })
        for number in candidate.lines where lines.indices.contains(number - 1) {
            features.formUnion(words(lines[number - 1]).map { "word:" + $0 })
        }
        return features
    }

    /// The verdict on a candidate with these features.
    static func verdict(_ candidate: Candidate, _ features: Set<String>) -> Verdict {
        if candidate.agreement { return .asDrafted }
        let logit = score(gate, features)
        if !candidate.kinds.isEmpty {
            guard logit >= 0 else { return .notEngaged }
            guard candidate.kinds.values.reduce(0, +) == 1, let drafted = candidate.kinds.keys.first,
                  let weights = kinds.first(where: { $0.0 == drafted })?.1 else { return .asDrafted }
            let likeliest = likeliestKind(features)
            let isMuchLikelier = probability(likeliest.1, features) > probability(weights, features) + retypeMargin
            return isMuchLikelier ? .retyped(likeliest.0) : .asDrafted
        }
        return logit > 0 ? .engaged(likeliestKind(features).0) : .asDrafted
    }

    /// The first of the likeliest kinds, in the order of `kinds`, with its weights.
    private static func likeliestKind(_ features: Set<String>) -> (EngagementKind, [String: Double]) {
        var best = kinds[0]
        for kind in kinds.dropFirst() where score(kind.1, features) > score(best.1, features) { best = kind }
        return best
    }

    /// A line's words: lowercased, accents removed, runs of a–z and 0–9.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in line.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// The logit, summed in the features' sorted order so that every run gives the same bits.
    private static func score(_ weights: [String: Double], _ features: Set<String>) -> Double {
        features.sorted().reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    private static func probability(_ weights: [String: Double], _ features: Set<String>) -> Double {
        1 / (1 + exp(-score(weights, features)))
    }

    private static func weights(_ table: String) -> [String: Double] {
        var weights: [String: Double] = [:]
        for row in table.split(separator: "\n") {
            let cells = row.split(separator: "\t")
            if cells.count == 2, let weight = Double(cells[1]) { weights[String(cells[0])] = weight }
        }
        return weights
    }
}

extension ExtractionRun {
    /// Applies the partner gate to the drafts of the article whose lines are `lines`.
    mutating func gatePartners(lines: [String]) {
        let candidates = PartnerGate.candidates(drafts)
        for candidate in candidates {
            let features = PartnerGate.features(candidate, count: candidates.count, lines: lines,
                                                language: drafts.language)
            switch PartnerGate.verdict(candidate, features) {
            case .asDrafted: break
            case .notEngaged: unengage(candidate.partner)
            case .engaged(let kind): engage(candidate.partner, kind: kind)
            case .retyped(let kind): retype(candidate.partner, to: kind)
            }
        }
    }

    /// The partner's engagements become mentions (or lose the partner, when shared).
    private mutating func unengage(_ partner: Partner) {
        var kept: [Engagement] = []
        for var engagement in drafts.engagements {
            guard engagement.partners.contains(partner) else { kept.append(engagement); continue }
            if engagement.partners.count > 1 {
                engagement.partners.removeAll { $0 == partner }
                kept.append(engagement)
                continue
            }
            let id = nextID("m", partner.code)
            let summary = drafts.sentences[engagement.id] ?? ""
            drafts.mentions.append(Mention(id: id, partners: [partner], summary: summary, date: engagement.date,
                                           sources: engagement.sources))
            drafts.sentences[id] = summary
            drafts.sentences[engagement.id] = nil
        }
        drafts.engagements = kept
    }

    /// The partner's engagement becomes one of `kind`; shared, it is split off for the partner.
    private mutating func retype(_ partner: Partner, to kind: EngagementKind) {
        guard let index = drafts.engagements.firstIndex(where: { $0.partners.contains(partner) }) else { return }
        let engagement = drafts.engagements[index]
        guard engagement.partners.count > 1 else {
            drafts.engagements[index].kind = kind
            return
        }
        drafts.engagements[index].partners.removeAll { $0 == partner }
        let id = nextID("e", partner.code)
        drafts.engagements.append(Engagement(id: id, partners: [partner], kind: kind, date: engagement.date,
                                             sources: engagement.sources))
        drafts.sentences[id] = drafts.sentences[engagement.id]
    }

    /// The partner's first mention (else statement) becomes an engagement of `kind`.
    private mutating func engage(_ partner: Partner, kind: EngagementKind) {
        var sources: [Provenance]
        var date: LedgerDate
        var summary: String
        if let index = drafts.mentions.firstIndex(where: { $0.partners.contains(partner) }) {
            let mention = drafts.mentions[index]
            (sources, date, summary) = (mention.sources, mention.date, drafts.sentences[mention.id] ?? mention.summary)
            drafts.mentions[index].partners.removeAll { $0 == partner }
            if drafts.mentions[index].partners.isEmpty {
                drafts.sentences[mention.id] = nil
                drafts.mentions.remove(at: index)
            }
        } else if let statement = drafts.statements.first(where: { $0.partners.contains(partner) }) {
            (sources, date, summary) = (statement.sources, statement.date, drafts.sentences[statement.id] ?? statement.summary)
        } else {
            return
        }
        if date.precision == .undated {
            date = event.map { $0.date.inferred(because: "the date of the article's event (line \($0.line))") }
                ?? LedgerDate.year(published.year).inferred(because: "no date given; the year of the article")
        }
        let id = nextID("e", partner.code)
        drafts.engagements.append(Engagement(id: id, partners: [partner], kind: kind, date: date, sources: sources))
        drafts.sentences[id] = summary
    }
}
