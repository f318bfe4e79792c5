/// Reads the generated and hand-written gazetteer tables into partners and name forms.
enum CountryTable {
    /// Every sub-region by M49 code.
    static let subregions: [String: Subregion] = {
        var result: [String: Subregion] = [:]
        for fields in rows(of: generatedSubregions) where fields.count == 4 {
            guard let region = Region(rawValue: fields[3]) else { continue }
            result[fields[0]] = Subregion(code: fields[0], name: fields[1], frenchName: fields[2], region: region)
        }
        return result
    }()

    /// The 249 countries and territories, and every name form each is known by.
    static func countries() -> [(partner: Partner, forms: [NameForm])] {
        let extras = Dictionary(
            rows(of: handWrittenExtras).map { ($0[0], Array($0.dropFirst())) },
            uniquingKeysWith: { first, _ in first })
        var agencies: [String: [String]] = [:]
        for fields in rows(of: handWrittenAgencies) where fields.count == 2 {
            agencies[fields[1], default: []].append(fields[0])
        }
        return rows(of: generatedCountries).compactMap { fields in
            guard fields.count >= 7, let region = Region(rawValue: fields[6]) else { return nil }
            let code = fields[0]
            let partner = Partner(code: code, kind: .country, name: fields[3], frenchName: fields[4],
                                  region: region, subregion: subregions[fields[5]])
            var forms = [NameForm(text: fields[3], code: code, kind: .name, language: "en"),
                         NameForm(text: fields[4], code: code, kind: .name, language: "fr")]
            let generatedAliases = fields.count > 7 ? fields[7].split(separator: "|").map(String.init) : []
            forms += generatedAliases.map { NameForm(text: $0, code: code, kind: .alias) }
            let extra = extras[code] ?? []
            forms += list(extra, 0).flatMap(englishDemonymForms).map {
                NameForm(text: $0, code: code, kind: .demonym, language: "en")
            }
            forms += list(extra, 1).flatMap(frenchDemonymForms).map {
                NameForm(text: $0, code: code, kind: .demonym, language: "fr")
            }
            forms += list(extra, 2).map { NameForm(text: $0, code: code, kind: .alias) }
            forms += (agencies[code] ?? []).map { NameForm(text: $0, code: code, kind: .agency) }
            return (partner, forms)
        }
    }

    /// The organisations registry.
    static func organisations() -> [(partner: Partner, forms: [NameForm])] {
        rows(of: OrganisationTable.rows).compactMap { fields in
            guard fields.count >= 3 else { return nil }
            let partner = Partner(code: fields[0], kind: .organisation, name: fields[1], frenchName: fields[2],
                                  region: .internationalOrganisations, subregion: nil)
            let forms = [NameForm(text: fields[0], code: fields[0], kind: .name),
                         NameForm(text: fields[1], code: fields[0], kind: .name, language: "en"),
                         NameForm(text: fields[2], code: fields[0], kind: .name, language: "fr")]
                + list(Array(fields.dropFirst(3)), 0).map { NameForm(text: $0, code: fields[0], kind: .alias) }
            return (partner, forms)
        }
    }

    /// ISO alpha-3 code → alpha-2 code.
    static func alpha3Codes() -> [String: String] {
        Dictionary(rows(of: generatedCountries).filter { $0.count > 1 }.map { ($0[1], $0[0]) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// English demonym and its plural: "Kenyan" → "Kenyan", "Kenyans".
    static func englishDemonymForms(_ word: String) -> [String] {
        let takesS = ["an", "i", "er", "ite", "ot", "ine", "ee", "e"].contains { word.hasSuffix($0) }
            && !word.hasSuffix("ese")
        return takesS ? [word, word + "s"] : [word]
    }

    /// French demonym in its four forms, from the masculine singular ("espagnol" →
    /// espagnol, espagnole, espagnols, espagnoles); "turc/turque" gives the feminine.
    static func frenchDemonymForms(_ entry: String) -> [String] {
        let given = entry.split(separator: "/").map(String.init)
        guard let masculine = given.first else { return [] }
        let feminine: String
        if given.count > 1 {
            feminine = given[1]
        } else if masculine.hasSuffix("e") {
            feminine = masculine
        } else if masculine.hasSuffix("ien") || masculine.hasSuffix("éen") {
            feminine = masculine + "ne"
        } else {
            feminine = masculine + "e"
        }
        let plural = { (word: String) in word.hasSuffix("s") || word.hasSuffix("x") ? word : word + "s" }
        var forms: [String] = []
        for form in [masculine, feminine, plural(masculine), plural(feminine)] where !forms.contains(form) {
            forms.append(form)
        }
        return forms
    }

    private static func rows(of table: String) -> [[String]] {
        table.split(separator: "\n").map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    private static func list(_ fields: [String], _ index: Int) -> [String] {
        guard index < fields.count else { return [] }
        return fields[index].split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
