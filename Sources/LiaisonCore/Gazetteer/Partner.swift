/// A country or territory (ISO 3166-1) or an international organisation that the services
/// dealt with.
public struct Partner: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whether a partner is a country (or territory) or an organisation.
    public enum Kind: String, Sendable, Hashable {
        case country
        case organisation
    }

    /// The canonical code: ISO 3166-1 alpha-2 for countries (`ES`, `HK`), a short code
    /// for organisations (`INTERPOL`, `AIMC`).
    public let code: String
    public let kind: Kind
    /// The English short name.
    public let name: String
    public let frenchName: String
    public let region: Region
    /// The M49 sub-region; `nil` for organisations.
    public let subregion: Subregion?

    public var description: String { code }

    /// Orders by region, then English name, then code.
    public static func < (lhs: Partner, rhs: Partner) -> Bool {
        (lhs.region.order, lhs.name, lhs.code) < (rhs.region.order, rhs.name, rhs.code)
    }
}
