import LiaisonCore

/// Drafts ledger records from an article's text: engagements, agreements, initiatives,
/// figures, statements and mentions, each pointing at the lines of its sentence.
///
/// The rules, sentence by sentence:
/// - Partners are the gazetteer names, aliases, demonyms and agencies the sentence holds; a
///   sentence that names none takes the partner of its section heading ("Spain"), if any.
/// - A sentence with an engagement cue (met, held talks, visited, received, signed, took
///   part…) drafts one engagement per partner, of the strongest kind it names (visit, then
///   signing, meeting, joint operation, participation). An organisation named with a
///   gathering (a General Assembly, a session) is taken part in.
/// - Praise without an engagement cue is a statement; a partner named with neither is a
///   mention. An engagement that cannot be dated is a mention too.
/// - Dates: the sentence's own, else the last one of its paragraph; meetings, visits,
///   signings and participations then fall back on the article's event (its first dated
///   day) and last on the publication year, marked as inferred.
public struct Extractor: Sendable {
    private let english = PartnerMatcher(language: "en")
    private let french = PartnerMatcher(language: "fr")

    /// An extractor over the standard gazetteer.
    public init() {}

    /// The drafts of an article whose lines are `lines` (line 1 first), published on
    /// `published`, recorded under the id `article`. The article's `language` (`en` or
    /// `fr`) decides which names and demonyms are read; `nil` detects it.
    public func extract(lines: [String], article: String, published: Day, language: String? = nil) -> Drafts {
        let text = ArticleText(lines: lines)
        let language = language ?? Language.detect(text)
        var run = ExtractionRun(article: article, published: published, language: language,
                                matcher: language == "fr" ? french : english, text: text)
        run.extract()
        return run.drafts
    }
}
