import LiaisonCore

/// The dates of the major events the press names instead of a date ("during the 2022 World
/// Cup", "lors des Jeux olympiques de Paris"): the tournaments Moroccan police helped
/// secure or prepare for. Written by hand: no package lists them.
enum EventCalendar {
    /// A family of events, named the same way in every edition.
    enum Family: Sendable {
        case worldCup, clubWorldCup, olympics, africaCup, euro
    }

    /// One edition: the year in its name, the words that name its host, and when it was held.
    struct Edition: Sendable {
        let family: Family
        let name: String
        let year: Int
        let hosts: [String]
        let first: Day
        let last: Day
    }

    static let familyPhrases: [(String, Family)] = (
        ["world cup", "fifa world cup", "coupe du monde", "mondial"].map { ($0, .worldCup) }
            + ["club world cup", "coupe du monde des clubs", "mondial des clubs"].map { ($0, .clubWorldCup) }
            + ["olympic games", "olympics", "jeux olympiques", "jo"].map { ($0, .olympics) }
            + ["africa cup of nations", "african cup of nations", "afcon", "can", "coupe d'afrique des nations"]
            .map { ($0, .africaCup) }
            + ["euro"].map { ($0, .euro) }
    )

    static let editions: [Edition] = [
        edition(.worldCup, "the 2018 FIFA World Cup", 2018, ["russia", "russie"], (2018, 6, 14), (2018, 7, 15)),
        edition(.worldCup, "the 2022 FIFA World Cup", 2022, ["qatar", "qatari", "qatarie", "doha"], (2022, 11, 20), (2022, 12, 18)),
        edition(.worldCup, "the 2026 FIFA World Cup", 2026, [], (2026, 6, 11), (2026, 7, 19)),
        edition(.clubWorldCup, "the 2025 FIFA Club World Cup", 2025, [], (2025, 6, 14), (2025, 7, 13)),
        edition(.olympics, "the Tokyo Olympic Games", 2020, ["tokyo"], (2021, 7, 23), (2021, 8, 8)),
        edition(.olympics, "the Paris Olympic Games", 2024, ["paris"], (2024, 7, 26), (2024, 8, 11)),
        edition(.africaCup, "the 2021 Africa Cup of Nations", 2021, ["cameroon", "cameroun"], (2022, 1, 9), (2022, 2, 6)),
        edition(.africaCup, "the 2023 Africa Cup of Nations", 2023, ["ivoire", "ivory", "ivorian", "ivoirienne"],
                (2024, 1, 13), (2024, 2, 11)),
        edition(.africaCup, "the 2025 Africa Cup of Nations", 2025, [], (2025, 12, 21), (2026, 1, 18)),
        edition(.euro, "UEFA Euro 2024", 2024, ["germany", "allemagne"], (2024, 6, 14), (2024, 7, 14)),
    ]

    /// Every word the calendar reads, for the lexicon.
    static var words: [String] { familyPhrases.map(\.0) + editions.flatMap(\.hosts) }

    static let families = PhraseIndex(familyPhrases)

    /// The editions a sentence names, each with the tokens that name it: an event word with
    /// the year of its name up to three words away, with a host near it, or held in `year`
    /// (the sentence's date: "in late 2022, … the World Cup").
    static func editions(in tokens: [Token], year: Int?) -> [(edition: Edition, tokens: Range<Int>)] {
        families.hits(in: tokens).compactMap { hit in
            let candidates = editions.filter { $0.family == hit.value }
            let near = max(0, hit.tokens.lowerBound - 3)..<min(tokens.count, hit.tokens.upperBound + 3)
            for index in near where tokens[index].isNumber {
                if let edition = candidates.first(where: { String($0.year) == tokens[index].folded }) {
                    return (edition, min(index, hit.tokens.lowerBound)..<max(index + 1, hit.tokens.upperBound))
                }
            }
            let around = max(0, hit.tokens.lowerBound - 5)..<min(tokens.count, hit.tokens.upperBound + 6)
            let hosted = candidates.filter { edition in around.contains { edition.hosts.contains(tokens[$0].folded) } }
            if hosted.count == 1 { return (hosted[0], hit.tokens) }
            let held = candidates.filter { $0.first.year == year || $0.last.year == year }
            return held.count == 1 ? (held[0], hit.tokens) : nil
        }
    }

    private static func edition(_ family: Family, _ name: String, _ year: Int, _ hosts: [String],
                                _ first: (Int, Int, Int), _ last: (Int, Int, Int)) -> Edition {
        Edition(family: family, name: name, year: year, hosts: hosts,
                first: Day(year: first.0, month: first.1, day: first.2)!,
                last: Day(year: last.0, month: last.1, day: last.2)!)
    }
}
