/// Cities abroad and the country each is in: where a meeting was held or a visit went.
/// Cities are places, never partners.
public struct City: Hashable, Sendable {
    public let name: String
    /// The alpha-2 code of the country.
    public let code: String
    /// `en` or `fr`, or `nil` when both languages write the name alike.
    public let language: String?
}

/// Reads the generated (time-zone) and hand-written city tables.
enum CityTable {
    /// Every city name, English and French, each once per language.
    static func cities() -> [City] {
        var result: [City] = []
        var seen = Set<String>()
        for line in (generated + "\n" + handWritten).split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2 else { continue }
            let french = fields.count > 2 ? fields[2] : fields[1]
            let forms = french == fields[1] ? [(fields[1], nil)] : [(fields[1], "en"), (french, "fr")]
            for (name, language) in forms where seen.insert("\(name)|\(language ?? "")").inserted {
                result.append(City(name: name, code: fields[0], language: language))
            }
        }
        return result
    }
}
