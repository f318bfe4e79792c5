import Foundation
import LiaisonCore
@testable import LiaisonExtract

/// The rules' drafts from a few lines of text, published on `published` (the trained gate is
/// tested on its own, in `PartnerGateTests`).
func drafts(_ text: String, published: String = "2025-11-28") -> Drafts {
    guard let day = Day(iso: published) else { fatalError("bad day \(published)") }
    return Extractor(usesGate: false).extract(lines: text.components(separatedBy: "\n"), article: "t", published: day)
}

/// `code kind` of each engagement drafted from `text` (partners of one joined by `+`).
func engagementKinds(_ text: String, published: String) -> [String] {
    drafts(text, published: published).engagements.map {
        "\($0.partners.map(\.code).joined(separator: "+")) \($0.kind.rawValue)"
    }
}

/// `code kind date` of each engagement.
func engagements(_ drafts: Drafts) -> [String] {
    drafts.engagements.map { "\($0.partners.map(\.code).joined(separator: "+")) \($0.kind.rawValue) \($0.date)" }
}

enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static let development = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/Development").path
    static let heldOut = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/HeldOut").path
    /// The second readings of Development articles, one ledger directory per reader.
    static let secondReadings = ["A1", "A2", "B1", "B2"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/SecondReadings/\($0)").path
    }
}
