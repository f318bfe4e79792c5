/// The seven regions reports are grouped by: the UN M49 regions with the Americas split
/// in two, plus international organisations. `allCases` is the fixed report order.
public enum Region: String, CaseIterable, Sendable, Hashable, Comparable {
    case africa
    case asia
    case europe
    case latinAmericaCaribbean
    case northernAmerica
    case oceania
    case internationalOrganisations

    /// The region's English name, as reports print it.
    public var name: String {
        switch self {
        case .africa: "Africa"
        case .asia: "Asia"
        case .europe: "Europe"
        case .latinAmericaCaribbean: "Latin America and the Caribbean"
        case .northernAmerica: "Northern America"
        case .oceania: "Oceania"
        case .internationalOrganisations: "International organisations"
        }
    }

    /// Position in the fixed report order.
    public var order: Int { Region.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Region, rhs: Region) -> Bool { lhs.order < rhs.order }
}

/// A UN M49 sub-region (Western Africa, Southern Europe, …) inside a report region.
public struct Subregion: Hashable, Sendable {
    /// The M49 code, such as `011` (`QO` for CLDR's Outlying Oceania).
    public let code: String
    public let name: String
    public let frenchName: String
    public let region: Region
}
