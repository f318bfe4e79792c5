import LiaisonCore

/// Who a sentence's partners are: those met, not fellow attendees, topics or places on a route.
extension Scene {
    /// The mentions that name partners of the sentence: not a body named in a tournament's
    /// name ("FIFA World Cup"), not an organisation whose gathering is spoken of as a plan or
    /// topic ("preparations for INTERPOL's General Assembly in 2026"), not a partner named
    /// after "co-host with", not a place on a route ("shipped from Ecuador").
    func partnersOfTheSentence(_ mentions: [PartnerMatcher.Mention]) -> [PartnerMatcher.Mention] {
        mentions.filter { mention in
            if describes(mention) || openingRecall?.overlaps(mention.tokens) == true { return false }
            if let start = subjectMatterStart, Self.isSubjectMatter(mention.tokens.lowerBound, from: start, in: sentence),
               !(start..<mention.tokens.lowerBound).contains(where: { Cues.withWords.contains(sentence.tokens[$0].folded) }) {
                return false
            }
            if let cut = notPartnersAfter, mention.tokens.lowerBound > cut { return false }
            if routes.contains(where: { (0...2).contains(mention.tokens.lowerBound - $0) }) { return false }
            guard mention.partner.kind == .organisation else { return true }
            if Self.modifiesANoun(mention, in: sentence) { return false }
            if nationalOffices.contains(where: { Self.distance($0, mention.tokens) <= 3 }) { return false }
            if tournaments.contains(where: { Self.distance($0, mention.tokens) <= 4 }) { return false }
            guard let gathering = gatherings.first(where: { Self.distance($0, mention.tokens) <= 4 }) else { return true }
            return !isPlanned(gathering, mention.tokens)
        }
    }

    /// Whether an organisation's name qualifies the noun after it ("the 27 EU member states",
    /// "heads of EU agencies"): those are others, not the organisation.
    private static func modifiesANoun(_ mention: PartnerMatcher.Mention, in sentence: Sentence) -> Bool {
        let next = mention.tokens.upperBound
        guard next < sentence.tokens.count, !sentence.tokens[next].isCapitalized,
              sentence.gap(after: next - 1).allSatisfy(\.isWhitespace) else { return false }
        return Cues.qualifiedNouns.contains(sentence.tokens[next].folded)
    }

    /// Whether the word at `index` is part of what talks were about, told from `start` ("…des
    /// entretiens consacrés à la sécurité"), until a clause that moves on ("avant de rejoindre
    /// Marrakech pour y rencontrer…", "before travelling to…").
    static func isSubjectMatter(_ index: Int, from start: Int, in sentence: Sentence) -> Bool {
        index >= start && !(start..<index).contains { Cues.movingOnWords.contains(sentence.tokens[$0].folded) }
    }

    /// Whether a mention only describes the organisation named right before or after it
    /// ("the EU police agency Europol", "l'agence onusienne ONUDC", "Europol, l'agence de
    /// l'Union européenne").
    private func describes(_ mention: PartnerMatcher.Mention) -> Bool {
        let next = mentions.first { $0.tokens.lowerBound >= mention.tokens.upperBound }
        let previous = mentions.last { $0.tokens.upperBound <= mention.tokens.lowerBound }
        // Before the organisation, the agency noun ends the words between ("…agency Europol");
        // after it, a link to the describing name does ("…, l'agence de l'Union européenne").
        let gaps = [next.map { ($0, mention.tokens.upperBound..<$0.tokens.lowerBound, false) },
                    previous.map { ($0, $0.tokens.upperBound..<mention.tokens.lowerBound, true) }]
        return gaps.compactMap { $0 }.contains { other, between, after in
            guard other.partner.kind == .organisation, let last = between.last, between.count <= 5 else { return false }
            let endsOnALink = Cues.fromWords.contains(sentence.tokens[last].folded)
                || Cues.articles.contains(sentence.tokens[last].folded)
            guard endsOnALink == after else { return false }
            return between.allSatisfy { Cues.descriptorWords.contains(sentence.tokens[$0].folded) }
                && between.contains { Cues.agencyNouns.contains(sentence.tokens[$0].folded) }
        }
    }

    /// Whether a gathering is a plan or a topic: a topic word shortly before it, or a year
    /// after publication next to it.
    func isPlanned(_ gathering: Range<Int>, _ name: Range<Int>) -> Bool {
        let start = min(gathering.lowerBound, name.lowerBound)
        let end = max(gathering.upperBound, name.upperBound)
        // "preparations for the General Assembly", "the Assembly, to be held in November"; not
        // "the Assembly, where Morocco won the vote to host the next assembly": that plan is
        // for the gathering named after it.
        if topics.contains(where: { topic in
            topic < start && start - topic <= 8
                || topic >= end && topic - end <= 6 && !gatherings.contains { $0.lowerBound > topic }
        }) {
            return true
        }
        return Self.namesAFutureYear(sentence, in: max(0, start - 3)..<min(sentence.tokens.count, end + 6),
                                     published: published)
    }

    /// Whether a year after publication is named in `range` (the whole sentence by default).
    static func namesAFutureYear(_ sentence: Sentence, in range: Range<Int>? = nil, published: Day) -> Bool {
        let tokens = sentence.tokens
        return (range ?? tokens.indices).contains { index in
            guard tokens[index].isNumber, tokens[index].folded.count == 4, let year = Int(tokens[index].folded) else {
                return false
            }
            return year > published.year && year < 2100
        }
    }

    /// The token positions of mentions that name fellow participants of a gathering, not
    /// partners met: partners after "attended by", "including", "notamment", "représentants
    /// de"; countries listed beside the organisation of a gathering the services took part
    /// in, or several countries named only as taking part. Talks, visits and signings keep
    /// their partners ("held talks with delegations from Spain and Italy").
    func attendees(_ mentions: [PartnerMatcher.Mention]) -> Set<Int> {
        let candidates = mentions.filter { !isOrganiser($0) }
        // "The course brought together investigators from Ghana": trainees, not fellows.
        if let convenedFrom, !hasVisit, !kinds.contains(.signing), !isTraining {
            return Set(candidates.filter { $0.tokens.lowerBound >= convenedFrom }.map(\.tokens.lowerBound))
        }
        guard !candidates.isEmpty, !isBilateral, !hasVisit, !kinds.contains(.signing), !kinds.contains(.visitReceived),
              !kinds.contains(.meeting) || hasGathering, !isTraining
        else { return [] }
        // "les policiers marocains travailleront aux côtés d'officiers de liaison dépêchés par
        // une quarantaine de pays, parmi lesquels l'Espagne": Moroccan officers sent abroad
        // beside those of many countries counted; the countries listed are fellows.
        if let beside = attendeeMarkers.first(where: { ["alongside", "aux"].contains(sentence.tokens[$0].folded) }),
           Self.namesMoroccanOfficers(in: sentence, before: beside), Self.countsCountries(in: sentence, after: beside) {
            return Set(candidates.filter { $0.tokens.lowerBound > beside }.map(\.tokens.lowerBound))
        }
        // "officers seconded by the police of 14 countries, including Senegal": those who
        // worked with the services are no fellow participants, unless they attended.
        if let marker = attendeeMarkers.first, hasGathering || !kinds.contains(.jointOperation)
            || Cues.attendanceWords.contains(sentence.tokens[marker].folded) {
            return Set(candidates.filter { $0.tokens.lowerBound > marker }.map(\.tokens.lowerBound))
        }
        guard hasGathering || kinds.contains(.eventParticipation) else { return [] }
        let countries = candidates.filter { $0.partner.kind == .country }
        let organisations = mentions.filter { $0.partner.kind == .organisation }
        if !organisations.isEmpty || Set(countries.map(\.partner)).count >= 2, !kinds.contains(.jointOperation) {
            return Set(countries.map(\.tokens.lowerBound))
        }
        return []
    }

    /// Whether Moroccan officers are named before `index` ("les policiers marocains",
    /// "Moroccan officers").
    static func namesMoroccanOfficers(in sentence: Sentence, before index: Int) -> Bool {
        let tokens = sentence.tokens
        return (0..<index).contains { position in
            Cues.moroccanWords.contains(tokens[position].folded)
                && (max(0, position - 2)..<min(index, position + 3)).contains {
                    Cues.personnelWords.contains(tokens[$0].folded) || Cues.policeWords.contains(tokens[$0].folded)
                }
        }
    }

    /// Whether countries are counted after `index` ("une quarantaine de pays", "40 countries").
    static func countsCountries(in sentence: Sentence, after index: Int) -> Bool {
        let tokens = sentence.tokens
        return (index + 1..<tokens.count).contains { position in
            Cues.countryNouns.contains(tokens[position].folded)
                && (max(index, position - 3)..<position).contains { Cues.isCount(tokens[$0]) }
        }
    }

    /// Whether an organisation is named with a gathering ("INTERPOL's General Assembly",
    /// "la conférence d'AFRIPOL").
    func holdsGathering(_ partner: Partner) -> Bool {
        mentions.contains { mention in
            mention.partner == partner && gatherings.contains { gathering in
                guard Self.distance(gathering, mention.tokens) <= 4 else { return false }
                // Only small words between: "INTERPOL's 93rd General Assembly", not
                // "brought together representatives of INTERPOL".
                let between = gathering.upperBound <= mention.tokens.lowerBound
                    ? gathering.upperBound..<mention.tokens.lowerBound : mention.tokens.upperBound..<gathering.lowerBound
                return between.allSatisfy { index in
                    let token = sentence.tokens[index]
                    return token.isNumber || Cues.gatheringLinks.contains(token.folded) || sentence.word(index).first?.isNumber == true
                }
            }
        }
    }

    /// Whether the services organised what the sentence tells ("organisée par la DGSN", "par la
    /// Direction générale de la sûreté nationale").
    var servicesOrganised: Bool {
        organiserMarkers.contains { Self.namesTheServices(in: sentence, from: $0.upperBound, within: 7) }
    }

    /// Whether a mention follows "organised by" / "à l'invitation de".
    func isOrganiser(_ mention: PartnerMatcher.Mention) -> Bool {
        organiserMarkers.contains { $0.upperBound <= mention.tokens.lowerBound && mention.tokens.lowerBound - $0.upperBound <= 2 }
    }

    /// Tokens between two ranges; 0 when they touch or overlap.
    static func distance(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
        if lhs.upperBound <= rhs.lowerBound { return rhs.lowerBound - lhs.upperBound }
        if rhs.upperBound <= lhs.lowerBound { return lhs.lowerBound - rhs.upperBound }
        return 0
    }
}
