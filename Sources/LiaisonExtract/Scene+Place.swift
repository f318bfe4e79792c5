import LiaisonCore

/// Where a scene takes place: the direction of its visit, whether it is in Morocco or
/// abroad, and the country of the city abroad it names.
extension Scene {
    /// Where a visit went.
    enum Direction: Equatable {
        /// Abroad, to the partner named as its destination if any.
        case made(to: Partner?)
        case received
    }

    /// Whether the sentence lists a town in Morocco and a city abroad together, within five
    /// words and no clause apart, the cities abroad all of one country: "in Madrid, Ibiza and
    /// Tangier", "one in Ceuta and the other in Nador"; not a route ("shipped from Algeciras").
    var listsTownsOnBothSides: Bool {
        let cities = abroad.filter { city in !routes.contains { (0...2).contains(city.tokens.lowerBound - $0) } }
        guard let country = cities.first?.partner, cities.allSatisfy({ $0.partner == country }) else { return false }
        return moroccanTowns.contains { town in
            cities.contains { city in
                let between = city.tokens.upperBound <= town.lowerBound
                    ? city.tokens.upperBound..<town.lowerBound : town.upperBound..<city.tokens.lowerBound
                return between.count <= 5 && !between.contains { Cues.relativeWords.contains(sentence.tokens[$0].folded) }
            }
        }
    }

    /// The direction of the sentence's visit: its destination decides ("a visit to Spain",
    /// "en visite de travail au Royaume"); without one, a visitor ("the visiting chief"), a
    /// Moroccan venue or a partner named as the one visiting means a visit received, and
    /// otherwise the services travelled.
    var visitDirection: Direction {
        for cue in (visits + visitors).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            // "visiting Madrid" has a destination; "the visiting Director General" has none.
            switch destination(after: cue.upperBound, needsPreposition: visitors.contains(cue)) {
            case .some(.received): return .received
            case .some(let made): return made
            case .none: continue
            }
        }
        if !visitors.isEmpty || isInMorocco || kinds.contains(.visitReceived) { return .received }
        // "avant de visiter le laboratoire … de la préfecture de police de Rabat": a visit to
        // places in Morocco, none abroad.
        if namesMoroccanTown, abroad.isEmpty, !isAbroad { return .received }
        // "une délégation de la police sénégalaise a effectué une visite de travail": the
        // partner named before the visit, and not the services, made it.
        if let cue = visits.first?.lowerBound, !Self.namesTheServices(in: sentence, before: cue),
           mentions.contains(where: { $0.partner.kind == .country && $0.tokens.upperBound <= cue
               && ($0.tokens.lowerBound == 0 || !isPlacePreposition(at: $0.tokens.lowerBound - 1)) }) {
            return .received
        }
        return .made(to: nil)
    }

    /// A visit noun, its traveller ("by Hammouchi", "de M. Hammouchi") and a place
    /// preposition within six words: the words up to that preposition, where a visit cue's
    /// destination begins.
    static func visitWithTraveller(in sentence: Sentence) -> Range<Int>? {
        let tokens = sentence.tokens
        for hit in travelNounIndex.hits(in: tokens) where hit.tokens.upperBound + 1 < tokens.count
            && ["by", "de", "du", "of"].contains(tokens[hit.tokens.upperBound].folded) {
            let index = hit.tokens.lowerBound
            let window = (index + 3)..<min(tokens.count - 1, index + 8)
            if let preposition = window.first(where: { ["to", "en", "au", "a"].contains(tokens[$0].folded) && tokens[$0 + 1].isCapitalized }) {
                return index..<preposition
            }
        }
        return nil
    }

    static let travelNouns: Set<String> = ["visit", "trip", "visite", "deplacement", "sejour", "voyage"]
    private static let travelNounIndex = PhraseIndex(travelNouns.map { ($0, true) })

    /// The countries a visit went to: the one named right after a visit cue ("visits to
    /// Spain", "en Espagne") and those listed after it with only dates, place words and "and"
    /// between ("…in January, Austria in June and Qatar in October").
    var visitDestinations: Set<Partner> {
        var result = Set<Partner>()
        let tokens = sentence.tokens
        for cue in visits {
            guard case .made(let first?)? = destination(after: cue.upperBound, needsPreposition: false),
                  var end = mentions.first(where: { $0.partner == first && $0.tokens.lowerBound >= cue.upperBound })?
                      .tokens.upperBound
            else { continue }
            result.insert(first)
            for mention in mentions where mention.partner.kind == .country && mention.tokens.lowerBound >= end {
                let between = end..<mention.tokens.lowerBound
                guard between.allSatisfy({ isDate[$0] || Self.listLinks.contains(tokens[$0].folded) || isPlacePreposition(at: $0) })
                else { break }
                result.insert(mention.partner)
                end = mention.tokens.upperBound
            }
        }
        return result
    }

    static let listLinks: Set<String> = ["and", "et", "then", "puis", "to", "aux", "au", "en", "in"]

    /// The place named right after a visit cue, past small words and dates: Morocco, a partner, a
    /// foreign place (a capitalised word that is no date), or nothing.
    private func destination(after start: Int, needsPreposition: Bool) -> Direction? {
        let tokens = sentence.tokens
        var index = start
        var preposition = false
        while index < tokens.count, index - start < 5, !inMorocco[index],
              Cues.destinationSkips.contains(tokens[index].folded) || isDate[index] {
            if isPlacePreposition(at: index) || tokens[index].folded == "to" { preposition = true }
            index += 1
        }
        guard index < tokens.count, preposition || !needsPreposition else { return nil }
        if inMorocco[index] { return .received }
        if let mention = mentions.first(where: { $0.tokens.lowerBound == index }) { return .made(to: mention.partner) }
        if let city = abroad.first(where: { $0.tokens.lowerBound == index }) { return .made(to: city.partner) }
        // "a visit to Bamako": a name unknown is a town abroad; not what was toured ("toured
        // the Command and Coordination Centre").
        if tokens[index].isCapitalized, !isDate[index], !gatherings.contains(where: { $0.contains(index) }),
           !(start > 0 && Self.facilityVerbs.contains(tokens[start - 1].folded))
            && !(start > 1 && tokens[start - 1].folded == "of" && Self.facilityVerbs.contains(tokens[start - 2].folded)) {
            return .made(to: nil)
        }
        return nil
    }

    /// Visit words whose object is a facility as often as a town, folded.
    static let facilityVerbs: Set<String> = ["toured", "tour", "visited", "visiter", "inspected", "inspecte"]

    /// Whether the sentence places itself in Morocco: "in Rabat", "at the DGSN headquarters".
    var isInMorocco: Bool {
        let tokens = sentence.tokens
        return inMorocco.indices.contains { index in
            inMorocco[index] && !isMoroccoByName[index] && (index == 0 || !inMorocco[index - 1]) && index > 0
                && (isPlacePreposition(at: index - 1)
                    || index > 1 && Cues.articles.contains(tokens[index - 1].folded)
                    && isPlacePreposition(at: index - 2))
        }
    }

    /// Whether the sentence places itself abroad: "in Vienna", "à Madrid", "in Spain".
    var isAbroad: Bool {
        let tokens = sentence.tokens
        for index in tokens.indices.dropLast() where isPlacePreposition(at: index) {
            let next = index + 1
            guard tokens[next].isCapitalized, !inMorocco[next], !isDate[next] else { continue }
            if let mention = mentions.first(where: { $0.tokens.lowerBound == next }) {
                if mention.partner.kind == .country { return true }
                continue
            }
            if !gatherings.contains(where: { $0.contains(next) }) { return true }
        }
        return false
    }

    /// The country of the city abroad the sentence places itself in ("à Budapest"), if any; not
    /// one named after a Moroccan town ("reçue au siège de la DGSN à Rabat, … une structure
    /// comparable à Abidjan").
    var venueCountry: Partner? {
        let tokens = sentence.tokens
        if let city = abroad.first(where: { city in
            city.tokens.lowerBound > 0 && isPlacePreposition(at: city.tokens.lowerBound - 1)
        }) {
            // (A dateline's town opens the sentence: "Rabat – A delegation … held talks in Dakar".)
            return moroccanTowns.contains { $0.lowerBound > 0 && $0.upperBound <= city.tokens.lowerBound }
                ? nil : city.partner
        }
        // "dans la capitale autrichienne", "in the Austrian capital"
        return mentions.first { mention in
            mention.partner.kind == .country
                && (mention.tokens.lowerBound > 0 && Self.capitalWords.contains(tokens[mention.tokens.lowerBound - 1].folded)
                    || mention.tokens.upperBound < tokens.count
                    && Self.capitalWords.contains(tokens[mention.tokens.upperBound].folded))
        }?.partner
    }

    static let capitalWords: Set<String> = ["capital", "capitale"]

    /// Whether the word at `index` places what follows: "in", "at", "au", "en", and "à"
    /// (not the English article "a", which folds the same).
    func isPlacePreposition(at index: Int) -> Bool {
        let folded = sentence.tokens[index].folded
        guard Self.placePrepositions.contains(folded) else { return false }
        return folded != "a" || !sentence.isPlainA(index)
    }

    static let placePrepositions: Set<String> = ["in", "at", "a", "au", "en"]
}
