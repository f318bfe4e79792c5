/// A country or territory (ISO 3166-1) or an international organisation that the services
/// dealt with.
///
/// The fields live in one shared box, so copying a partner (which reports and drafts do
/// often) costs one reference count, not one per name.
public struct Partner: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whether a partner is a country (or territory) or an organisation.
    public enum Kind: String, Sendable, Hashable {
        case country
        case organisation
    }

    private final class Storage: Sendable {
        let code: String
        let kind: Kind
        let name: String
        let frenchName: String
        let region: Region
        let subregion: Subregion?

        init(code: String, kind: Kind, name: String, frenchName: String, region: Region, subregion: Subregion?) {
            self.code = code
            self.kind = kind
            self.name = name
            self.frenchName = frenchName
            self.region = region
            self.subregion = subregion
        }
    }

    private let storage: Storage

    init(code: String, kind: Kind, name: String, frenchName: String, region: Region, subregion: Subregion?) {
        storage = Storage(code: code, kind: kind, name: name, frenchName: frenchName, region: region,
                          subregion: subregion)
    }

    /// The canonical code: ISO 3166-1 alpha-2 for countries (`ES`, `HK`), a short code
    /// for organisations (`INTERPOL`, `AIMC`).
    public var code: String { storage.code }
    public var kind: Kind { storage.kind }
    /// The English short name.
    public var name: String { storage.name }
    public var frenchName: String { storage.frenchName }
    public var region: Region { storage.region }
    /// The M49 sub-region; `nil` for organisations.
    public var subregion: Subregion? { storage.subregion }

    public var description: String { code }

    /// Partners are the same when their codes are: a code names one partner.
    public static func == (lhs: Partner, rhs: Partner) -> Bool {
        lhs.storage === rhs.storage || lhs.code == rhs.code
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Orders by region, then English name, then code.
    public static func < (lhs: Partner, rhs: Partner) -> Bool {
        (lhs.region.order, lhs.name, lhs.code) < (rhs.region.order, rhs.name, rhs.code)
    }
}
