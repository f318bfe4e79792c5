/// Every partner Liaison knows — the 249 ISO 3166-1 countries and territories and the
/// registry of international organisations — and the names, aliases, demonyms and agency
/// names that point to them, in English and French.
///
/// Lookups ignore case, diacritics and punctuation.
public struct Gazetteer: Sendable {
    /// The gazetteer built from the committed tables.
    public static let standard = Gazetteer()

    /// All partners, countries first, each group by code.
    public let partners: [Partner]
    /// Every name form, in table order.
    public let nameForms: [NameForm]
    /// Cities abroad, with their country: places, not partners.
    public let cities: [City]
    private let byCode: [String: Partner]
    private let alpha3: [String: String]
    private let codesByKey: [NameKey: [String]]
    private let spellingByKey: [NameKey: String]

    /// The outcome of looking up a name.
    public enum Lookup: Hashable, Sendable {
        case found(Partner)
        /// The name fits several partners ("Congolese").
        case ambiguous([Partner])
        /// No partner has the name; `suggestion` is the closest known spelling, if any is close.
        case notFound(suggestion: String?)
    }

    init() {
        let tables = CountryTable.countries() + CountryTable.organisations()
        partners = tables.map(\.partner)
        nameForms = tables.flatMap(\.forms)
        cities = CityTable.cities()
        byCode = Dictionary(partners.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        alpha3 = CountryTable.alpha3Codes()
        var codesByKey: [NameKey: [String]] = [:]
        var spellingByKey: [NameKey: String] = [:]
        for form in nameForms {
            let key = NameKey(form.text)
            guard !key.folded.isEmpty else { continue }
            if !(codesByKey[key]?.contains(form.code) ?? false) {
                codesByKey[key, default: []].append(form.code)
            }
            if spellingByKey[key] == nil { spellingByKey[key] = form.text }
        }
        self.codesByKey = codesByKey
        self.spellingByKey = spellingByKey
    }

    /// The partner with a canonical code (`ES`, `INTERPOL`), or `nil`.
    public func partner(code: String) -> Partner? { byCode[code] }

    /// The countries and territories.
    public var countries: [Partner] { partners.filter { $0.kind == .country } }

    /// The organisations.
    public var organisations: [Partner] { partners.filter { $0.kind == .organisation } }

    /// Name keys that point to more than one partner.
    public var ambiguousNames: [String: [String]] {
        var result: [String: [String]] = [:]
        for (key, codes) in codesByKey where codes.count > 1 {
            result[spellingByKey[key] ?? key.folded] = codes.sorted()
        }
        return result
    }

    /// Finds the partner a name, alias, demonym, agency or code points to.
    ///
    /// A canonical code (`ES`, `INTERPOL`) or an ISO alpha-3 code (`ESP`) is matched when
    /// written in capitals; names in any case and with or without accents.
    /// - Complexity: O(1) when found; O(n) over all known names for a suggestion.
    public func lookup(_ text: String) -> Lookup {
        let trimmed = text.trimmingWhitespace()
        if let partner = byCode[trimmed] { return .found(partner) }
        let key = NameKey(trimmed)
        if let codes = codesByKey[key] {
            let found = codes.compactMap { byCode[$0] }
            return found.count == 1 ? .found(found[0]) : .ambiguous(found.sorted { $0.code < $1.code })
        }
        if let code = alpha3[trimmed], let partner = byCode[code] { return .found(partner) }
        return .notFound(suggestion: suggestion(for: key))
    }

    /// The known spelling nearest to `key`, when it is close enough to be a typo.
    private func suggestion(for key: NameKey) -> String? {
        let query = Array(key.folded.unicodeScalars)
        guard query.count >= 3 else { return nil }
        let allowed = query.count <= 4 ? 1 : query.count <= 9 ? 2 : 3
        var best: (distance: Int, spelling: String)?
        for (candidate, spelling) in spellingByKey {
            let other = Array(candidate.folded.unicodeScalars)
            guard abs(other.count - query.count) <= allowed else { continue }
            let distance = EditDistance.between(query, other, limit: allowed)
            guard distance <= allowed else { continue }
            if let current = best, (current.distance, current.spelling) <= (distance, spelling) { continue }
            best = (distance, spelling)
        }
        return best?.spelling
    }
}
