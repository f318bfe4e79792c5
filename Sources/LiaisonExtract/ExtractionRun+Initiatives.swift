import LiaisonCore

/// Initiatives: category, Moroccan place and status.
extension ExtractionRun {


    mutating func initiatives(_ sentence: Sentence, _ hits: [PhraseIndex<Cues.Initiative>.Hit],
                                      best: DateFinder.Found?, places: [PhraseIndex<String>.Hit]) {
        guard hits.count >= 2 else { return }
        let categories = hits.compactMap { hit -> (Int, InitiativeCategory)? in
            if case .category(let category) = hit.value { return (hit.tokens.lowerBound, category) }
            return nil
        }
        let statuses = hits.compactMap { hit -> (Int, InitiativeStatus)? in
            if case .status(let status) = hit.value { return (hit.tokens.lowerBound, status) }
            return nil
        }
        guard !categories.isEmpty, !statuses.isEmpty else { return }
        var places = places.filter { !["Morocco", "Maroc"].contains($0.value) }
        // "Hay Riad (Rabat)" is one place.
        places = places.enumerated().filter { index, place in
            index == 0 || !sentence.gap(after: places[index - 1].tokens.upperBound - 1).contains("(")
        }.map(\.element)
        func nearest<Value>(_ list: [(Int, Value)], before position: Int) -> Value? {
            list.last(where: { $0.0 < position })?.1 ?? list.first?.1
        }
        var placed = Set<InitiativeCategory>()
        for place in places {
            // The facility is named shortly before its place ("schools projected in Casablanca").
            guard let category = categories.last(where: { $0.0 < place.tokens.lowerBound
                    && place.tokens.lowerBound - $0.0 <= 12 })?.1,
                  let status = nearest(statuses, before: place.tokens.lowerBound) else { continue }
            placed.insert(category)
            addInitiative(category, status: status, location: place.value, sentence: sentence, best: best)
        }
        for (position, category) in categories where !placed.contains(category) {
            placed.insert(category)
            guard let status = nearest(statuses, before: position + 3) else { continue }
            addInitiative(category, status: status, location: nil, sentence: sentence, best: best)
        }
    }

    mutating func addInitiative(_ category: InitiativeCategory, status: InitiativeStatus, location: String?,
                                        sentence: Sentence, best: DateFinder.Found?) {
        let key = InitiativeKey(category: category, place: location ?? "", line: location == nil ? sentence.lines[0] : 0,
                                status: status)
        guard seenInitiatives.insert(key).inserted else { return }
        let id = nextID("i", location.map { Folding.fold($0).replacingOccurrences(of: " ", with: "-") })
        let date = best?.date
            ?? LedgerDate.year(published.year).inferred(because: "status as of the article (\(published))")
        let name = initiativeName(category, location: location)
        let report = StatusReport(status: status, date: date, sources: provenance(sentence))
        drafts.initiatives.append(Initiative(id: id, category: category, name: name,
                                             locations: location.map { [$0] } ?? [], history: [report],
                                             sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
    }

    func initiativeName(_ category: InitiativeCategory, location: String?) -> String {
        let kind = switch category {
        case .training: "Training facility or programme"
        case .welfare: "Welfare facility or programme"
        case .technology: "Technology"
        case .infrastructure: "Police infrastructure"
        }
        return location.map { "\(kind), \($0)" } ?? kind
    }
}
