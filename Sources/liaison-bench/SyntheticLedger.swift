import LiaisonCore

/// A large ledger made up in memory: engagements spread over partners and years, with the
/// mix of date precisions, kinds and multi-partner engagements real ledgers have.
/// The same arguments always give the same ledger.
struct SyntheticLedger {
    static var availablePartners: Int { Gazetteer.standard.partners.count }

    let ledger: Ledger

    init(engagements count: Int, partners partnerCount: Int, years: Int, lastYear: Int) {
        let gazetteer = Gazetteer.standard
        // Every organisation, then countries, so the organisations' region is always used.
        let partners = Array((gazetteer.organisations + gazetteer.countries).prefix(partnerCount))
        let singles = partners.map { [$0] }
        let firstYear = lastYear - years + 1
        let articles = (firstYear...lastYear).map { year in
            Article(id: "y\(year)", file: "y\(year).txt", title: "Synthetic \(year)",
                    published: LedgerDate.day(Day.lastOf(month: 12, year: year)))
        }
        let sources = articles.map {
            [Provenance(article: $0.id, lines: [1], location: SourceLocation(path: "synthetic.yaml"))]
        }
        let topicSets: [[Topic]] = [[], [.counterTerrorism], [.cybercrime, .organisedCrime], [.training]]
        var random = SplitMix64(seed: 2025)
        var engagements: [Engagement] = []
        engagements.reserveCapacity(count)
        for index in 0..<count {
            let year = firstYear + random.below(years)
            let date = Self.date(in: year, &random)
            let first = random.below(partners.count)
            let partnersOfEngagement = random.below(10) == 0
                ? [partners[first], partners[(first + 1 + random.below(partners.count - 1)) % partners.count]]
                : singles[first]
            engagements.append(Engagement(
                id: "e\(index)", partners: partnersOfEngagement,
                kind: EngagementKind.allCases[random.below(EngagementKind.allCases.count)], date: date,
                topics: topicSets[random.below(topicSets.count)], sources: sources[year - firstYear]))
        }
        ledger = Ledger(articles: articles, engagements: engagements)
    }

    /// 70% days, 15% day ranges of 2-4 days, 10% months, 4% years, 1% quarters.
    private static func date(in year: Int, _ random: inout SplitMix64) -> LedgerDate {
        let month = 1 + random.below(12)
        let day = 1 + random.below(Day.daysIn(month: month, year: year))
        // Safe: the day is within the month.
        let start = Day(year: year, month: month, day: day)!
        switch random.below(100) {
        case 0..<70: return .day(start)
        case 70..<85:
            let end = Day(year: year, month: month, day: min(day + 1 + random.below(3), Day.daysIn(month: month, year: year)))
            return end.flatMap { .range(start, $0) } ?? .day(start)
        case 85..<95: return .month(month, of: year) ?? .day(start)
        case 95..<99: return .year(year)
        default: return .quarter(Quarter(containing: start))
        }
    }
}

/// A small, fast, seedable random number generator (SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 to `bound - 1`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
