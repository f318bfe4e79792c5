import LiaisonCore

/// Drafts ledger records from an article's text: engagements, agreements, initiatives,
/// figures, statements and mentions, each pointing at the lines of its sentence.
///
/// The rules, sentence by sentence (`ExtractionRun` reads, `Scene` tells each partner's role):
/// - Partners are the gazetteer names, aliases, demonyms and agencies the sentence holds, in
///   the article's language; cities abroad are places. A sentence that names none takes its
///   section heading's partner, the previous sentence's ("the two sides"), or, for an
///   agreement, the partner of the visit being told.
/// - A sentence with an engagement cue drafts one engagement per partner it engages; fellow
///   attendees of another's meeting and events spoken of as topics are mentions. The kind
///   follows the cue and the place (a visit's destination, a city of the partner's
///   country, the sidelines of a gathering).
/// - Praise without an engagement cue is a statement; a partner named with neither is a
///   mention. An engagement that cannot be dated is a mention too.
/// - Dates: the sentence's own (days, ranges, months, weekdays, relative words), else its
///   paragraph's or the previous paragraph's; meetings, visits, signings and participations
///   then fall back on the article's event and last on the publication year, marked as
///   inferred.
///
/// Then a trained gate (`PartnerGate`) reviews the drafts partner by partner: an engaged
/// partner it doubts becomes a mention, a partner only mentioned or quoted that it believes
/// engaged gains an engagement.
public struct Extractor: Sendable {
    private let english = PartnerMatcher(language: "en")
    private let french = PartnerMatcher(language: "fr")

    /// Whether the trained partner gate (`PartnerGate`) reviews the rules' drafts.
    public let usesGate: Bool

    /// An extractor over the standard gazetteer; `usesGate: false` gives the rules' drafts alone.
    public init(usesGate: Bool = true) {
        self.usesGate = usesGate
    }

    /// The drafts of an article whose lines are `lines` (line 1 first), published on
    /// `published`, recorded under the id `article`. The article's `language` (`en` or
    /// `fr`) decides which names and demonyms are read; `nil` detects it.
    public func extract(lines: [String], article: String, published: Day, language: String? = nil) -> Drafts {
        let text = ArticleText(lines: lines)
        let language = language ?? Language.detect(text)
        var run = ExtractionRun(article: article, published: published, language: language,
                                matcher: language == "fr" ? french : english, text: text)
        run.extract()
        if usesGate { run.gatePartners(lines: lines) }
        return run.drafts
    }
}
