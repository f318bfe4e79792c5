import Foundation

/// The folded form under which names are compared: no case, no diacritics, every run of
/// punctuation or space made one space. `"Côte d’Ivoire"` and `"cote d'ivoire"` share
/// the key `"cote d ivoire"`.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    public let folded: String

    public init(_ text: some StringProtocol) {
        let plain = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(plain.utf8.count)
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        folded = result
    }

    public var description: String { folded }
}
