import LiaisonCore

/// How the scene reads single cues in their sentence: whether a visit leads somewhere, is
/// denied, already told, planned elsewhere, or only an occasion; who names a police force or
/// the services.
extension Scene {
    /// Whether the Moroccan services (or their head, or a Moroccan delegation) are named
    /// before `index`.
    static func namesTheServices(in sentence: Sentence, before index: Int) -> Bool {
        Cues.moroccanServices.hits(in: sentence.tokens).contains { $0.tokens.upperBound <= index }
            || sentence.tokens[..<index].contains { Cues.servicesHead.contains($0.folded) }
    }

    /// Whether the sentence turns to another Moroccan actor's part ("De son côté, M. Laftit a
    /// tenu des réunions avec ses homologues…"): it opens on "de son côté" or "for his part",
    /// names neither the services nor a partner before its first interaction, and names the
    /// services nowhere. Their talks are not the services'.
    var toldOfAnotherActor: Bool {
        guard Cues.otherParts.hits(in: sentence.tokens).first?.tokens.lowerBound == 0,
              !Self.namesTheServices(in: sentence, before: sentence.tokens.count) else { return false }
        let start = interactionStart ?? sentence.tokens.count
        return !mentions.contains { $0.tokens.lowerBound < start }
    }

    /// Whether they are named in the `count` tokens from `index`.
    static func namesTheServices(in sentence: Sentence, from index: Int, within count: Int) -> Bool {
        let window = index..<min(sentence.tokens.count, index + count)
        return Cues.moroccanServices.hits(in: sentence.tokens).contains { window.contains($0.tokens.lowerBound) }
            || window.contains {
                Cues.servicesHead.contains(sentence.tokens[$0].folded) || Cues.moroccanWords.contains(sentence.tokens[$0].folded)
            }
    }

    /// Where a partner's official is said to say something: a speech word after a partner's
    /// name with "that" / "que" within four words ("told … that", "a déclaré … que"), or
    /// after a quotation, with the partner's name before it or within eight words after it
    /// ("…," said a commissioner of the Senegalese police), where it is all theirs; the services
    /// not named first.
    static func partnersWords(in sentence: Sentence, mentions: [PartnerMatcher.Mention]) -> (start: Int, verb: Int)? {
        let tokens = sentence.tokens
        guard !mentions.isEmpty, let verb = speechIndex.hits(in: tokens).first?.tokens.lowerBound,
              !namesTheServices(in: sentence, before: verb) else { return nil }
        let quoted = (0..<verb).contains { index in sentence.gap(after: index).contains { "\"”»".contains($0) } }
        let speakerBefore = mentions.contains { $0.tokens.upperBound <= verb }
        let speakerAfter = mentions.contains { (1...8).contains($0.tokens.lowerBound - verb) }
        let that = (verb + 1..<min(tokens.count, verb + 5)).contains { ["that", "que", "qu"].contains(tokens[$0].folded) }
        // A quotation's words are all the speaker's: the position starts with the sentence.
        if quoted, speakerBefore || speakerAfter { return (0, verb) }
        return speakerBefore && that ? (verb, verb) : nil
    }

    static let speechWords = ["told", "said", "stated", "declared", "déclaré", "affirmé", "estimé", "indiqué"]
    private static let speechIndex = PhraseIndex(speechWords.map { ($0, true) })

    /// Where an agreement is said to be concluded: a concluding word with an instrument's
    /// name within four words after it or three before it; not one denied, planned or wished.
    static func concludedAgreement(in sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        guard let verb = Cues.concluding.hits(in: tokens).first?.tokens else { return nil }
        let cues = Cues.agreement.hits(in: tokens)
        let instruments = cues.filter { if case .type = $0.value { true } else { false } }
        // "expressed the wish to conclude", "le souhait de conclure": no signing yet.
        let wished = cues.contains { cue in
            [.status(.interestExpressed), .status(.proposed)].contains(cue.value)
                && (0...5).contains(verb.lowerBound - cue.tokens.upperBound)
        }
        guard !wished, instruments.contains(where: { (0..<4).contains($0.tokens.lowerBound - verb.upperBound)
                                           || (0..<3).contains(verb.lowerBound - $0.tokens.upperBound) }),
              !Cues.isNegated(tokens, before: verb.lowerBound), !Cues.isPlanned(tokens, at: verb.lowerBound),
              !Cues.isPlanned(tokens, after: verb.upperBound)
        else { return nil }
        return verb.lowerBound
    }

    /// Whether a reception is by a partner ("received by the Director General of the
    /// Brazilian Federal Police"): a partner named within eight words of "by" / "par",
    /// before the services are.
    static func isReceivedByAPartner(_ cue: Range<Int>, in sentence: Sentence, mentions: [PartnerMatcher.Mention]) -> Bool {
        let by = cue.upperBound
        guard by < sentence.tokens.count, ["by", "par"].contains(sentence.tokens[by].folded),
              let partner = mentions.first(where: { $0.tokens.lowerBound > by })?.tokens.lowerBound,
              partner - by <= 8 else { return false }
        return !namesTheServices(in: sentence, from: by + 1, within: partner - by - 1)
    }

    /// Whether the services, named before a reception cue, are the ones received: "Hammouchi
    /// … was received by the minister", "M. Hammouchi a été reçu par le ministre".
    static func areTheServicesReceived(_ cue: Range<Int>, in sentence: Sentence) -> Bool {
        let by = cue.upperBound
        guard by < sentence.tokens.count, ["by", "par"].contains(sentence.tokens[by].folded) else { return false }
        let passive = (max(0, cue.lowerBound - 3)..<cue.upperBound).contains {
            ["was", "were", "been", "ete"].contains(sentence.tokens[$0].folded)
        }
        return passive && namesTheServices(in: sentence, before: cue.lowerBound)
    }

    /// Whether a visit or meeting is told as the occasion of something else: "during a
    /// visit", "lors d'une visite", "on the sidelines of a meeting", "en marge d'une réunion".
    static func isOccasion(_ cue: Range<Int>, in sentence: Sentence) -> Bool {
        var index = cue.lowerBound - 1
        while index >= 0, cue.lowerBound - index <= 3,
              Cues.indefinites.contains(sentence.tokens[index].folded)
                || Cues.fromWords.contains(sentence.tokens[index].folded) {
            index -= 1
        }
        return index >= 0 && (Cues.recallingWords.contains(sentence.tokens[index].folded)
                              || Cues.sidelineWords.contains(sentence.tokens[index].folded))
    }
    /// Whether officers, or a police, are named anywhere in the sentence (not teams: "48
    /// équipes" may be football's).
    static func namesPersonnel(in sentence: Sentence) -> Bool {
        sentence.tokens.contains { Cues.officerWords.contains($0.folded) || Cues.policeWords.contains($0.folded) }
    }

    /// Whether people a police sends are named within six words of a cue ("deployed 40
    /// officers", "l'équipe déployée"), or by it ("liaison officers").
    static func namesPersonnel(near cue: Range<Int>, in sentence: Sentence) -> Bool {
        let window = max(0, cue.lowerBound - 6)..<min(sentence.tokens.count, cue.upperBound + 6)
        return window.contains { Cues.personnelWords.contains(sentence.tokens[$0].folded) }
    }

    /// Whether a partner is named as officers of its own: "officers of Indonesia's police",
    /// "a cohort from the Guinean police", "des officiers sénégalais", "investigators from
    /// Ghana"; not Moroccan officers.
    static func namesOfficers(_ mention: PartnerMatcher.Mention, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        let near = max(0, mention.tokens.lowerBound - 3)..<min(tokens.count, mention.tokens.upperBound + 1)
        guard !near.contains(where: { Cues.moroccanWords.contains(tokens[$0].folded) }) else { return false }
        return namesPolice(mention, in: sentence) || near.contains {
            Cues.personnelWords.contains(tokens[$0].folded) || Cues.policeWords.contains(tokens[$0].folded)
        }
    }

    /// Whether officers are counted by country without being named: "38 police officers from
    /// six African countries", "74 officiers de liaison issus de 21 pays".
    static func countsOfficersByCountry(in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.contains { index in
            guard Cues.countryNouns.contains(tokens[index].folded), index >= 2 else { return false }
            // "from six African countries", "from 21 of the 24 participating countries", "sent
            // by 22 of the 23 countries", "dépêchés par 21 pays".
            guard let count = (max(1, index - 5)..<index).first(where: {
                Cues.isCount(tokens[$0]) && (Cues.fromWords.contains(tokens[$0 - 1].folded)
                                             || ["by", "par"].contains(tokens[$0 - 1].folded))
            }) else { return false }
            return (max(0, count - 8)..<count).contains {
                Cues.personnelWords.contains(tokens[$0].folded) || Cues.traineeWords.contains(tokens[$0].folded)
            }
        }
    }

    /// Whether the sentence counts officers or trainees ("64 officiers", "58 officers").
    static func countsOfficersByNumber(in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.dropFirst().contains { index in
            (Cues.personnelWords.contains(tokens[index].folded) || Cues.traineeWords.contains(tokens[index].folded))
                && tokens[index - 1].isNumber
        }
    }

    /// Whether the sentence names partners by their officers ("des policiers sénégalais",
    /// "the foreign officers, who come from Guinea, Gabon…"); not Moroccan officers.
    static func namesOfficersByCountry(in sentence: Sentence, mentions: [PartnerMatcher.Mention]) -> Bool {
        let countries = mentions.filter { $0.partner.kind == .country }
        guard let first = countries.first else { return false }
        let tokens = sentence.tokens
        // "who come from Guinea", "originaires de la Guinée", "17 from Senegal": an article
        // may come between.
        var start = first.tokens.lowerBound
        let before = start >= 3 ? tokens[start - 1].folded : ""
        if Cues.articles.contains(before), !Cues.fromWords.contains(before) { start -= 1 }
        if start >= 2, Cues.fromWords.contains(tokens[start - 1].folded),
           Cues.originWords.contains(tokens[start - 2].folded) || Cues.isCount(tokens[start - 2]) {
            return true
        }
        // "among them teams from Ghana", "comme le Ghana": some of those counted, listed.
        if Cues.inclusions.hits(in: tokens).contains(where: { (0...3).contains(start - $0.tokens.upperBound) }) {
            return true
        }
        return countries.contains { namesOfficers($0, in: sentence) }
    }

    /// "The trip to Vienna…", "The Kuwaiti visit…", "La visite du chef…", "Hammouchi's trip…":
    /// the words a sentence opens on when they name a visit, with the partner it was with; not
    /// "Des entretiens ont eu lieu…", which tells new ones.
    static func openingRecall(in sentence: Sentence, mentions: [PartnerMatcher.Mention]) -> Range<Int>? {
        let tokens = sentence.tokens
        guard tokens.count > 3 else { return nil }
        // "Hammouchi's trip…", "His visit…", "Sa visite…": the services' own, told.
        var start = 1
        if Cues.servicesHead.contains(tokens[0].folded), tokens[1].folded == "s" {
            start = 2
        } else if !Cues.definiteArticles.contains(tokens[0].folded), !Cues.demonstratives.contains(tokens[0].folded),
                  !Cues.possessives.contains(tokens[0].folded) {
            return nil
        }
        let noun = mentions.first { $0.tokens.lowerBound == start }?.tokens.upperBound ?? start
        guard noun < tokens.count, Cues.visitNouns.contains(tokens[noun].folded) else { return nil }
        // "His meeting with…" may open a new item; "his trip" was told.
        if start == 2 || Cues.possessives.contains(tokens[0].folded), !travelNouns.contains(tokens[noun].folded) {
            return nil
        }
        return 0..<(noun + 1)
    }
    /// Whether a country is named as its police: "Dutch police", "Spain's National Police", "investigators of Spain",
    /// "la police belge", "la Police fédérale brésilienne", "the Federal Police of Brazil", "les enquêteurs
    /// néerlandais".
    static func namesPolice(_ mention: PartnerMatcher.Mention, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        var after = mention.tokens.upperBound
        // "Spain's National Police"
        if after < tokens.count, tokens[after].folded == "s", sentence.gap(after: after - 1).hasSuffix("'")
            || sentence.gap(after: after - 1).hasSuffix("’") { after += 1 }
        if after < tokens.count, Cues.policeQualifiers.contains(tokens[after].folded) { after += 1 }
        if after < tokens.count, Cues.policeWords.contains(tokens[after].folded) { return true }
        // "la police belge", "la Police fédérale brésilienne", "the Federal Police of Brazil"
        var before = mention.tokens.lowerBound - 1
        if before > 1, Cues.definiteArticles.contains(tokens[before].folded) { before -= 1 }
        if before > 0, ["of", "de", "du", "d"].contains(tokens[before].folded) { before -= 1 }
        if before > 0, Cues.policeQualifiers.contains(tokens[before].folded) { before -= 1 }
        return before >= 0 && Cues.policeWords.contains(tokens[before].folded) || namesAService(mention, in: sentence)
    }

    /// Whether a nationality belongs to a service's title: it ends the title in French ("la
    /// Direction de la sécurité de l'État autrichienne"), opens it in English ("the Austrian
    /// State Security and Intelligence Directorate"); a title does not run across punctuation.
    private static func namesAService(_ mention: PartnerMatcher.Mention, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        let crosses = { (index: Int) in sentence.gap(after: index).contains { ",;:()".contains($0) } }
        let first = mention.tokens.lowerBound
        if !tokens[first].isCapitalized {
            var index = first - 1
            while index >= 0, first - index <= 12, !crosses(index) {
                if Cues.serviceNouns.contains(tokens[index].folded) { return true }
                index -= 1
            }
            return false
        }
        var index = mention.tokens.upperBound
        while index < tokens.count, index - first <= 6, !crosses(index - 1) {
            if Cues.serviceNouns.contains(tokens[index].folded) { return tokens[index].isCapitalized }
            guard tokens[index].isCapitalized || Cues.titleLinks.contains(tokens[index].folded) else { return false }
            index += 1
        }
        return false
    }
    /// Whether a visit cue that needs a destination has one: a country within three words, or
    /// a place name right after it ("a delegation to Spain", "travelled to Dakar"; not "a
    /// delegation to the General Assembly").
    static func leadsSomewhere(_ hit: PhraseIndex<Cues.Engagement>.Hit, sentence: Sentence,
                                       mentions: [PartnerMatcher.Mention]) -> Bool {
        guard hit.value == .visit else { return true }
        let phrase = sentence.tokens[hit.tokens].map(\.folded).joined(separator: " ")
        guard Cues.foldedDestinationCues.contains(phrase) else { return true }
        let window = hit.tokens.upperBound..<(hit.tokens.upperBound + 3)
        if mentions.contains(where: { $0.partner.kind == .country && window.contains($0.tokens.lowerBound) }) {
            return true
        }
        // A place name right after it ("travelled to Dakar"), unless it begins an organisation.
        let next = hit.tokens.upperBound
        guard next < sentence.tokens.count, sentence.tokens[next].isCapitalized else { return false }
        return !mentions.contains { $0.partner.kind == .organisation && $0.tokens.contains(next) }
    }
    static func isInteraction(_ hit: PhraseIndex<Cues.Engagement>.Hit) -> Bool {
        switch hit.value {
        case .kind, .visit, .visitor: true
        default: false
        }
    }
    /// Whether a cue tells of work done together: an operation, assistance or training.
    static func isWork(_ hit: PhraseIndex<Cues.Engagement>.Hit) -> Bool {
        switch hit.value {
        case .kind(.jointOperation), .operation, .handover, .trainees: true
        default: false
        }
    }
    /// Whether a cue of taking part is a noun of someone's taking part: "the participation of",
    /// "la participation d'officiers"; not "his participation in".
    static func isParticipationOfOthers(_ hit: PhraseIndex<Cues.Engagement>.Hit, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        let start = hit.tokens.lowerBound
        let end = hit.tokens.upperBound
        guard hit.value == .kind(.eventParticipation), start > 0, end < tokens.count,
              Cues.definiteArticles.contains(tokens[start - 1].folded) else { return false }
        return tokens[start].folded == "participation" && Cues.fromWords.contains(tokens[end].folded)
    }

    /// Where the partners a person was handed over to may begin: after "to", "aux", "au",
    /// "vers" or "à" (not the English "a") in the twelve words after the cue.
    static func recipients(after handover: Range<Int>, in sentence: Sentence) -> [Int] {
        let tokens = sentence.tokens
        return (handover.upperBound..<min(tokens.count, handover.upperBound + 12)).filter { index in
            let token = tokens[index]
            if token.folded == "a" { return sentence.scalars[token.start] == "à" }
            return ["to", "aux", "au", "vers"].contains(token.folded)
        }.map { $0 + 1 }
    }

    /// The partner whose officers or experts trained Moroccan officers, named before them
    /// ("experts from Japan's National Police Agency ran a workshop for Moroccan forensic
    /// staff"); not training to come.
    static func trainersOfMoroccans(in sentence: Sentence, mentions: [PartnerMatcher.Mention]) -> PartnerMatcher.Mention? {
        let tokens = sentence.tokens
        guard tokens.contains(where: { Cues.trainingWords.contains($0.folded) }),
              !tokens.contains(where: { Cues.futureModals.contains($0.folded) || Cues.planWords.contains($0.folded) }),
              let trainers = mentions.first(where: { namesOfficers($0, in: sentence) }),
              namesMoroccanOfficers(in: sentence, before: tokens.count),
              !namesMoroccanOfficers(in: sentence, before: trainers.tokens.upperBound) else { return nil }
        return trainers
    }

    /// Whether a cue is the French noun "signe" ("sous le signe de"), written without the
    /// accent of "signé".
    static func isTheNounSigne(_ cue: Range<Int>, in sentence: Sentence) -> Bool {
        guard cue.count == 1 else { return false }
        let token = sentence.tokens[cue.lowerBound]
        return token.folded == "signe" && sentence.scalars[token.end - 1] == "e"
    }

    /// Whether the sentence opens on the end of the visit told ("Au terme de la visite", "At
    /// the end of the visit", "À l'issue de cette visite").
    static func endsAVisit(_ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard let visit = tokens.prefix(8).firstIndex(where: { Scene.travelNouns.contains($0.folded) }) else { return false }
        return tokens[..<visit].contains { ["terme", "issue", "end", "close", "conclusion"].contains($0.folded) }
    }

    /// Whether a signing is denied ("no agreement was signed").
    static func isDenied(_ hit: PhraseIndex<Cues.Engagement>.Hit, in sentence: Sentence) -> Bool {
        hit.value == .kind(.signing) && Cues.isNegated(sentence.tokens, before: hit.tokens.lowerBound)
    }
    /// Whether a meeting or visit is one already told: "cette rencontre a réuni…", "this
    /// visit", and, in a sentence without a date, "during the talks", "à l'issue de l'entretien",
    /// "lors de ses entretiens".
    static func isRecalled(_ hit: PhraseIndex<Cues.Engagement>.Hit, in sentence: Sentence, dated: Bool) -> Bool {
        let start = hit.tokens.lowerBound
        guard start > 0, [.kind(.meeting), .kind(.visitReceived), .kind(.eventParticipation), .visit].contains(hit.value)
        else { return false }
        let tokens = sentence.tokens
        if Cues.demonstratives.contains(tokens[start - 1].folded) { return true }
        // "during the talks", "lors de ses entretiens à Rabat"
        var position = start - 1
        while position >= 0, start - position <= 3, recallFillers.contains(tokens[position].folded) { position -= 1 }
        return !dated && position >= 0 && position < start - 1 && Cues.recallingWords.contains(tokens[position].folded)
    }

    /// Whether a meeting is what a cue of taking part, a few words before it, attended
    /// ("attended Tuesday's meeting", "ont pris part à la réunion"), and not one held with
    /// someone ("attended a meeting with the minister").
    static func isAttended(_ meeting: Range<Int>, in sentence: Sentence, hits: [PhraseIndex<Cues.Engagement>.Hit]) -> Bool {
        let after = meeting.upperBound..<min(sentence.tokens.count, meeting.upperBound + 4)
        return !after.contains { Cues.withWords.contains(sentence.tokens[$0].folded) }
            && hits.contains { hit in
                hit.value == .kind(.eventParticipation) && (0...4).contains(meeting.lowerBound - hit.tokens.upperBound)
            }
    }

    private static let recallFillers = Cues.articles.union(["de", "d", "of", "ses", "leurs", "his", "her", "their", "its",
                                                            "sa", "son", "leur"])

    /// The partner whose seat the sentence places itself at ("au siège de l'ONUDC",
    /// "at Europol's headquarters", "au siège de la DGSI").
    var premises: Partner? {
        let tokens = sentence.tokens
        for index in tokens.indices where Self.seatWords.contains(tokens[index].folded) {
            if let mention = mentions.first(where: {
                $0.tokens.lowerBound > index && $0.tokens.lowerBound - index <= 3
                    || $0.tokens.upperBound <= index && index - $0.tokens.upperBound <= 1
            }) {
                return mention.partner
            }
        }
        return nil
    }

    static let seatWords: Set<String> = ["headquarters", "siege", "seat"]
}
