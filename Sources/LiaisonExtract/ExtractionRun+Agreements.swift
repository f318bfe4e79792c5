import LiaisonCore

/// Agreements: type, status and parties.
extension ExtractionRun {
    /// Drafts the agreements of a sentence; returns the partners named only as parties of
    /// an agreement between others, who are not engaged by the sentence.
    mutating func agreements(_ sentence: Sentence, _ hits: [PhraseIndex<Cues.Agreement>.Hit],
                                     mentions: [PartnerMatcher.Mention], fallback: Partner?, best: DateFinder.Found?,
                                     paragraphDate: (date: LedgerDate, line: Int)?) -> (Set<String>, Bool) {
        var types = hits.enumerated().compactMap { index, hit -> (Int, AgreementType)? in
            if case .type(let type) = hit.value { return (index, type) }
            return hit.value == .arrangement ? (index, .other) : nil
        }
        // "…l'engagement d'élaborer un plan d'action. Le document a été signé en avril": the
        // instrument told last, when the sentence names none and its verb gives it a new status.
        var toldBefore: Agreement?
        if types.isEmpty, let last = drafts.agreements.last, let told = hits.firstIndex(where: { $0.value == .toldBefore }),
           !hits.contains(where: { $0.value == .contents }), hits.contains(where: { hit in
               if case .status = hit.value { return (0..<6).contains(hit.tokens.lowerBound - hits[told].tokens.upperBound) }
               return false
           }) {
            toldBefore = last
            types = [(told, last.type)]
        }
        // "a joint action plan providing for … a technical committee": one agreement, when an
        // instrument is named before "providing for".
        if let contents = hits.first(where: { $0.value == .contents })?.tokens.lowerBound,
           let first = types.first, hits[first.0].tokens.lowerBound < contents {
            types.removeAll { hits[$0.0].tokens.lowerBound > contents }
        }
        // "to follow up on the implementation of the memorandum": one already told, unless
        // told again with its status ("la mise en œuvre du plan d'action signé en décembre").
        types.removeAll { index, _ in
            let tokens = hits[index].tokens
            let statusAfter = hits.contains { hit in
                if case .status = hit.value { return (tokens.upperBound..<tokens.upperBound + 10).contains(hit.tokens.lowerBound) }
                return false
            }
            return !statusAfter && (max(0, tokens.lowerBound - 4)..<tokens.lowerBound)
                .contains { Cues.implementationWords.contains(sentence.tokens[$0].folded) }
        }
        // "dont la signature est envisagée", "the signing of a memorandum is expected": a plan.
        let expected = types.contains { Cues.isPlanned(sentence.tokens, after: hits[$0.0].tokens.upperBound) }
        let statusHits = hits.compactMap { hit -> (tokens: Range<Int>, status: AgreementStatus)? in
            guard case .status(let status) = hit.value else { return nil }
            // "which he hoped to see signed", "qu'elles espèrent voir signé": still a plan.
            // "proposed the signing of", "a proposé la signature d'un accord": a proposal.
            if status == .signed, expected || Cues.isPlanned(sentence.tokens, at: hit.tokens.lowerBound)
                || Cues.isPlanned(sentence.tokens, after: hit.tokens.upperBound)
                || Cues.isProposed(sentence.tokens, at: hit.tokens.lowerBound) {
                return (hit.tokens, .proposed)
            }
            return (hit.tokens, status)
        }
        var statuses = statusHits.map(\.status)
        // An arrangement is only proposed, or wished for ("the possibility of a mechanism").
        if hits.contains(where: { $0.value == .arrangement }) {
            statuses = statuses.contains(.interestExpressed) && !statuses.contains(.proposed) ? [.interestExpressed]
                : [.proposed]
        }
        // "initialled in April and now awaits signature": not signed yet.
        if hits.contains(where: { $0.value == .awaitingSignature }) { statuses = [.proposed] }
        // "pour … conclure deux mémorandums d'entente": concluded, as a signing is.
        if !types.isEmpty, Scene.concludedAgreement(in: sentence) != nil { statuses.append(.signed) }
        // "No agreement was signed", "aucun accord n'a été signé": none.
        let denied = hits.contains { hit in
            if case .status = hit.value { return Cues.isNegated(sentence.tokens, before: hit.tokens.lowerBound) }
            return false
        }
        guard !types.isEmpty, !denied, let status = Cues.statusPriority.first(where: statuses.contains) else {
            return ([], false)
        }
        // "un mémorandum signé et la promesse d'un plan d'action": with several instruments
        // and plain statuses, each takes those told nearest to it.
        let ownStatus = { (hitIndex: Int) -> AgreementStatus in
            // "a first draft of the memorandum was drawn up", "un projet de mémorandum": a draft.
            if Self.isDraft(hits[hitIndex].tokens, in: sentence) { return .proposed }
            guard types.count > 1, statuses == statusHits.map(\.status) else { return status }
            let own = statusHits.filter { statusHit in
                let nearest = types.min {
                    Scene.distance(hits[$0.0].tokens, statusHit.tokens) < Scene.distance(hits[$1.0].tokens, statusHit.tokens)
                }
                return nearest?.0 == hitIndex
            }.map(\.status)
            return Cues.statusPriority.first(where: own.contains) ?? status
        }
        if let toldBefore, toldBefore.status == status { return ([], false) }
        var notEngaged = Set<String>()
        var drafted = false
        for (position, (hitIndex, foundType)) in types.enumerated() {
            let hit = hits[hitIndex]
            let clauseEnd = position + 1 < types.count ? hits[types[position + 1].0].tokens.lowerBound
                : sentence.tokens.count
            let after = mentions.filter { $0.tokens.lowerBound >= hit.tokens.upperBound && $0.tokens.lowerBound < clauseEnd }
            var parties = unique(after.map(\.partner))
            if parties.isEmpty, let before = mentions.last(where: { $0.tokens.upperBound <= hit.tokens.lowerBound }) {
                parties = [before.partner]
            }
            if parties.isEmpty, let fallback { parties = [fallback] }
            guard !parties.isEmpty else { continue }
            // "between Interpol and the WHO": an agreement of others, when partners follow.
            let between = hits.contains { other in
                other.value == .between && other.tokens.lowerBound >= hit.tokens.upperBound
                    && other.tokens.lowerBound < clauseEnd
                    && after.contains { (other.tokens.upperBound...(other.tokens.upperBound + 1)).contains($0.tokens.lowerBound) }
            }
            if between { notEngaged.formUnion(parties.map(\.code)) }
            var type = foundType
            if type == .cooperationAgreement, hits.contains(where: {
                $0.value == .counterTerrorism && Self.isOnTheSubject($0.tokens, of: hit.tokens, in: sentence)
            }) {
                type = .counterTerrorismAgreement
            }
            let date = agreementDate(best, paragraphDate: paragraphDate)
            drafted = true
            // "Two memoranda were signed, one with Norway, the other with Ethiopia": one each.
            let plural = Cues.pluralInstruments.contains(sentence.tokens[hit.tokens.lowerBound].folded)
            let groups = plural && !between ? parties.map { [$0] } : [parties]
            for group in groups {
                addAgreement(type: type, status: ownStatus(hitIndex), parties: group, moroccoIsParty: !between,
                             date: date, sentence: sentence)
            }
        }
        return (notEngaged, drafted)
    }

    /// Whether a subject word qualifies the instrument: up to four words before it
    /// ("counter-terrorism agreement"), or up to six after it within its clause ("an
    /// agreement on combating terrorism", "un accord de coopération dans la lutte contre le
    /// terrorisme").
    static func isOnTheSubject(_ subject: Range<Int>, of instrument: Range<Int>, in sentence: Sentence) -> Bool {
        if (0..<4).contains(instrument.lowerBound - subject.upperBound) { return true }
        guard (0..<6).contains(subject.lowerBound - instrument.upperBound) else { return false }
        return !(instrument.upperBound - 1..<subject.lowerBound).contains { sentence.gap(after: $0).contains(",") }
    }

    /// Whether a draft is named right before the instrument ("the draft of the memorandum",
    /// "draft memorandum", "projet de mémorandum"), in the same clause.
    static func isDraft(_ instrument: Range<Int>, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        return (max(0, instrument.lowerBound - 4)..<instrument.lowerBound).contains { index in
            guard Cues.draftNouns.contains(tokens[index].folded) else { return false }
            let next = index + 1
            let linked = next == instrument.lowerBound || ["of", "de", "d"].contains(tokens[next].folded)
            return linked && !(index..<instrument.lowerBound).contains { sentence.gap(after: $0).contains(",") }
        }
    }

    /// Adds an agreement, or the sentence's lines to the same one drafted before: told
    /// again, it is the same agreement; the same kind with the same party in another month is
    /// another one ("a protocol initialled in March … a framework agreement concluded last
    /// September").
    mutating func addAgreement(type: AgreementType, status: AgreementStatus, parties: [Partner], moroccoIsParty: Bool,
                               date: LedgerDate, sentence: Sentence) {
        let key = AgreementKey(type: type, status: status, parties: parties.map(\.code).sorted())
        if let index = seenAgreements[key], Self.mayBeTheSame(drafts.agreements[index].date, date) {
            drafts.agreements[index].sources = merge(drafts.agreements[index].sources, sentence)
            return
        }
        let id = nextID("a", parties.first?.code)
        seenAgreements[key] = drafts.agreements.count
        drafts.agreements.append(Agreement(id: id, type: type, status: status, parties: parties,
                                           moroccoIsParty: moroccoIsParty, date: date, period: period(sentence),
                                           sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    /// Whether two dates may name the same occasion: either is only a year or undated, or
    /// they share a month.
    static func mayBeTheSame(_ lhs: LedgerDate, _ rhs: LedgerDate) -> Bool {
        guard lhs.quarter != nil, rhs.quarter != nil, let left = lhs.first, let right = rhs.first else { return true }
        return (left.year, left.month) == (right.year, right.month)
    }

    func agreementDate(_ best: DateFinder.Found?, paragraphDate: (date: LedgerDate, line: Int)?) -> LedgerDate {
        if let own = best { return own.recorded }
        if let paragraphDate {
            return paragraphDate.date.inferred(because: "the date stated before it (line \(paragraphDate.line))")
        }
        if let event { return event.date.inferred(because: "the date of the article's event (line \(event.line))") }
        return LedgerDate.year(published.year).inferred(because: "no date given; the year of the article")
    }

    /// "for 2025-2026": the years an agreement covers.
    func period(_ sentence: Sentence) -> YearSpan? {
        let tokens = sentence.tokens
        for index in tokens.indices.dropLast() where tokens[index].isNumber && tokens[index].folded.count == 4 {
            let gap = sentence.gap(after: index).trimmingWhitespace()
            if gap == "-" || gap == "–", tokens[index + 1].isNumber, tokens[index + 1].folded.count == 4 {
                return YearSpan(parsing: "\(tokens[index].folded)..\(tokens[index + 1].folded)")
            }
        }
        return nil
    }
}
