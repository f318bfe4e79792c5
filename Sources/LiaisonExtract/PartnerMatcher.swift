import LiaisonCore

/// Finds the partners a sentence names: every gazetteer name, alias, demonym and agency
/// ("Spanish", "BKA", "Interpol"), longest match first. Morocco is never a partner.
struct PartnerMatcher: Sendable {
    /// A partner named in a sentence, by token range.
    struct Mention {
        let partner: Partner
        let tokens: Range<Int>
        /// Whether the partner was named by one of its agencies.
        var isAgency = false
        /// Whether a city abroad was named (its country is `partner`): a place, not a partner.
        var isPlace = false
    }

    private enum Target: Sendable {
        case partner(Partner)
        /// A city abroad, in the partner's country.
        case place(Partner)
        /// A phrase that contains a name but names no partner ("Latin American").
        case nothing
    }

    private struct Entry: Sendable {
        let target: Target
        /// Short acronyms ("US", "UN", "WHO") match only in capitals.
        let needsCapitals: Bool
        /// Names are proper nouns: "réunion" in lower case is a meeting, not La Réunion.
        /// Demonyms and agencies may be lower case ("espagnole", "police fédérale belge").
        let needsInitialCapital: Bool
        /// An agency name ("Police nationale") that a following nationality overrides.
        let isAgency: Bool
    }

    /// Phrases that hold a partner's name without naming the partner.
    static let blockers = [
        "Latin America", "Latin American", "Latin Americans", "South America", "South American", "Central America",
        "Central American", "North America", "North American", "West Africa", "West African", "East Africa",
        "East African", "Southern Africa", "Sub-Saharan Africa", "Amérique latine", "Afrique de l'Ouest",
        "American continent", "continent américain", "Amérique du Sud", "Amérique du Nord", "Amérique centrale",
        "New Mexico", "New Guinea Highlands", "Gulf of Guinea", "Golfe de Guinée", "Guinea pig", "Turkey Point", "Strait of Gibraltar", "Détroit de Gibraltar",
    ]

    private var trie = WordTrie<Entry>()

    /// A matcher over the standard gazetteer, whose words the `Lexicon` numbers, for text in
    /// `language` (`en` or `fr`): names and demonyms of the other language are left out, so
    /// that a French common noun ("pôle") never meets an English demonym ("Pole").
    init(language: String) {
        let gazetteer = Gazetteer.standard
        var entries: [String: Entry] = [:]
        for form in gazetteer.nameForms where form.code != "MA" && (form.language ?? language) == language {
            guard let partner = gazetteer.partner(code: form.code) else { continue }
            let words = Token.tokenize(Array(form.text.unicodeScalars), identify: false)
            guard !words.isEmpty else { continue }
            let key = words.map(\.folded).joined(separator: " ")
            let letters = form.text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let needsCapitals = letters.count <= 4 && words.count == 1 && words[0].isAllCaps
            // English writes demonyms with a capital; French adjectives are lower case.
            let needsInitialCapital = (form.kind == .name || form.kind == .alias || form.language == "en")
                && words[0].isCapitalized
            if let existing = entries[key], case .partner(let other) = existing.target, other != partner {
                // Ambiguous ("Congolese"): the extractor cannot choose.
                entries[key] = Entry(target: .nothing, needsCapitals: false, needsInitialCapital: false, isAgency: false)
                continue
            }
            if let existing = entries[key], case .partner = existing.target {
                // The same key as a name and as a demonym: lower case is allowed if either allows it.
                entries[key] = Entry(target: .partner(partner), needsCapitals: needsCapitals && existing.needsCapitals,
                                     needsInitialCapital: needsInitialCapital && existing.needsInitialCapital,
                                     isAgency: form.kind == .agency && existing.isAgency)
                continue
            }
            entries[key] = Entry(target: .partner(partner), needsCapitals: needsCapitals,
                                 needsInitialCapital: needsInitialCapital, isAgency: form.kind == .agency)
        }
        // Cities abroad: places, unless a partner has the same name ("Djibouti").
        for city in gazetteer.cities where (city.language ?? language) == language {
            guard let country = gazetteer.partner(code: city.code) else { continue }
            let key = Token.tokenize(Array(city.name.unicodeScalars), identify: false).map(\.folded)
                .joined(separator: " ")
            guard !key.isEmpty, entries[key] == nil else { continue }
            entries[key] = Entry(target: .place(country), needsCapitals: false, needsInitialCapital: true,
                                 isAgency: false)
        }
        for phrase in Self.blockers {
            let key = Token.tokenize(Array(phrase.unicodeScalars), identify: false).map(\.folded).joined(separator: " ")
            entries[key] = Entry(target: .nothing, needsCapitals: false, needsInitialCapital: false, isAgency: false)
        }
        for (key, entry) in entries { trie.insert(key.components(separatedBy: " "), entry) }
    }

    /// The partners `tokens` name, in text order.
    func mentions(in tokens: [Token]) -> [Mention] { matches(in: tokens).partners }

    /// The partners and the cities abroad `tokens` name, each in text order. A city's police
    /// ("Dubai Police", "la Police d'Abou Dhabi") names its country as a partner.
    func matches(in tokens: [Token]) -> (partners: [Mention], places: [Mention]) {
        var mentions: [Mention] = []
        var places: [Mention] = []
        var index = 0
        while index < tokens.count {
            let first = tokens[index]
            let match = trie.longestMatch(in: tokens, at: index) { entry in
                (!entry.needsCapitals || first.isAllCaps) && (!entry.needsInitialCapital || first.isCapitalized)
            }
            guard let (length, entry) = match else {
                index += 1
                continue
            }
            let range = index..<(index + length)
            switch entry.target {
            case .partner(let partner):
                // "dispensé en français", "en anglais": a language, no partner.
                let isLanguage = !first.isCapitalized && index > 0 && tokens[index - 1].folded == "en"
                if !isLanguage { mentions.append(Mention(partner: partner, tokens: range, isAgency: entry.isAgency)) }
            case .place(let country):
                if Self.isPolice(of: range, in: tokens) {
                    mentions.append(Mention(partner: country, tokens: range, isAgency: true))
                } else {
                    places.append(Mention(partner: country, tokens: range, isPlace: true))
                }
            case .nothing: break
            }
            index += length
        }
        // "Police nationale espagnole", "National Police of Spain": the nationality that
        // follows an agency's name says whose agency it is.
        let partners = mentions.enumerated().filter { position, mention in
            guard mention.isAgency, position + 1 < mentions.count else { return true }
            let next = mentions[position + 1]
            let gap = next.tokens.lowerBound - mention.tokens.upperBound
            let joined = gap == 0 || (gap == 1 && ["of", "de", "du", "des"].contains(tokens[mention.tokens.upperBound].folded))
            return !(joined && next.partner != mention.partner)
        }.map(\.element)
        return (Self.placingSharedNames(partners, places: places, in: tokens), places)
    }

    /// "s'est rendu en Espagne, à l'invitation du directeur général de la Police nationale",
    /// "le DGPN est rentré à Dakar": a name many countries give their police is that of the
    /// one other country the sentence names, and of none when it names several or when it
    /// is Morocco's own.
    private static func placingSharedNames(_ partners: [Mention], places: [Mention], in tokens: [Token]) -> [Mention] {
        let isShared = { (mention: Mention) in isSharedName(mention, in: tokens) }
        // "the National Police Service", "National Police Agency": the start of another
        // body's name, whose country the sentence does not say.
        let startsAnotherName = { (mention: Mention) in
            let next = mention.tokens.upperBound
            return isShared(mention) && next < tokens.count && tokens[next].isCapitalized
                && Cues.serviceNouns.contains(tokens[next].folded) && tokens[next].folded != "corps"
        }
        // "Morocco's National Police (DGSN)", "the national police": the services' own.
        let isMoroccan = { (mention: Mention) in
            let near = max(0, mention.tokens.lowerBound - 2)..<min(tokens.count, mention.tokens.upperBound + 2)
            return !tokens[mention.tokens.lowerBound].isCapitalized
                || near.contains { Cues.moroccanMarkers.contains(tokens[$0].folded) }
        }
        let partners = partners.filter { !startsAnotherName($0) && (!isShared($0) || !isMoroccan($0)) }
        guard let named = partners.first(where: isShared) else { return partners }
        let others = Set((partners + places).filter { $0.partner.kind == .country && !isShared($0) }.map(\.partner))
        guard !others.isEmpty, others != [named.partner] else { return partners }
        return partners.compactMap { mention in
            guard isShared(mention) else { return mention }
            guard others.count == 1, let other = others.first else { return nil }
            return Mention(partner: other, tokens: mention.tokens, isAgency: true)
        }
    }

    /// Agency names, folded, that many countries give their police ("Police nationale",
    /// "National Police"); alone, they name the country the gazetteer gives them.
    static let sharedAgencyNames: Set<String> = ["police nationale", "gendarmerie nationale", "national police"]

    /// Whether a mention is one of those shared names.
    static func isSharedName(_ mention: Mention, in tokens: [Token]) -> Bool {
        mention.isAgency && sharedAgencyNames.contains(tokens[mention.tokens].map(\.folded).joined(separator: " "))
    }

    /// "Dubai Police", "Police of Abu Dhabi", "Police d'Abou Dhabi".
    private static func isPolice(of city: Range<Int>, in tokens: [Token]) -> Bool {
        if city.upperBound < tokens.count, policeWords.contains(tokens[city.upperBound].folded) { return true }
        let before = city.lowerBound
        if before >= 2, ["of", "de", "d"].contains(tokens[before - 1].folded),
           policeWords.contains(tokens[before - 2].folded) {
            return true
        }
        return false
    }

    static let policeWords: Set<String> = ["police", "polizei", "policia", "politie"]
}
