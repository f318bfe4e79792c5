import LiaisonCore

/// Engagements: which kind each partner of a sentence was engaged in, and when.
extension ExtractionRun {
    /// Drafts an engagement with each partner the sentence engages; a partner that cannot
    /// be dated is a mention.
    mutating func engage(_ partners: [Partner], in scene: Scene, dates: [DateFinder.Found], best: DateFinder.Found?,
                         paragraphDate: (date: LedgerDate, line: Int)?, isClaim: Bool) {
        let sentence = scene.sentence
        // "They commended their joint operations": praise of joint work is a statement.
        if scene.praiseLeads {
            // "thanked the DGSN for the assistance it gave during the CAN 2023": the joint
            // work praised is drafted too when the praise dates it.
            if scene.kinds.contains(.jointOperation), let start = scene.interactionStart {
                // Not the day it was said ("…," a Spanish commissioner told reporters on Monday).
                let said = scene.speechVerb ?? sentence.tokens.count
                let stated = dates.last { ($0.tokens.lowerBound > start && $0.tokens.lowerBound < said)
                    && $0.date.first.map { $0 <= published } == true }
                if let date = self.dates.event(in: sentence, stated: stated) ?? stated {
                    for partner in partners {
                        addEngagement(partner, kind: .jointOperation, date: date.recorded, sentence: sentence,
                                      alone: partners.count == 1)
                    }
                }
            }
            addStatement(partners, sentence: sentence, date: best?.date ?? .undated)
            return
        }
        let direction = scene.hasVisit ? scene.visitDirection : nil
        var undated: [Partner] = []
        var drafted: [Partner] = []
        for partner in partners {
            guard let kind = kind(of: partner, in: scene, direction: direction) else { continue }
            var own = nearestDate(to: partner, in: scene, dates: dates, best: best)
            // Security work at a tournament is dated by the tournament.
            if kind == .jointOperation, let event = self.dates.event(in: sentence, stated: own) { own = event }
            // "la DGSN organisera, dès 2026, des sessions de formation": joint work of a year
            // to come, with no date of its own, is a plan.
            if kind == .jointOperation, own == nil, Scene.namesAFutureYear(sentence, published: published) { continue }
            guard !isClaim, let date = engagementDate(kind, in: sentence, best: own, paragraphDate: paragraphDate,
                                                  dispatch: scene.sendsOfficers || scene.isTraining) else {
                undated.append(partner)
                continue
            }
            // A date after publication is a plan, not an engagement.
            guard let first = date.first, first <= published else { continue }
            addEngagement(partner, kind: kind, date: date, sentence: sentence, alone: partners.count == 1)
            drafted.append(partner)
            if kind == .eventParticipation, partner.kind == .organisation || scene.hasGathering {
                atGathering = true
                gatheringDate = date
            }
        }
        if !drafted.isEmpty { episode = drafted }
        guard !undated.isEmpty else { return }
        // "They commended their joint operations": praise of undated work is a statement.
        if scene.praise {
            addStatement(undated, sentence: sentence, date: .undated)
        } else {
            addMention(undated, sentence: sentence, date: best?.date)
        }
    }

    /// The kind of engagement a sentence reports with `partner`, or `nil`.
    ///
    /// An organisation at a gathering is taken part in, and so is an organiser; an
    /// organisation whose seat the services were received at was visited; people trained
    /// are assistance; a visit goes where its destination says (a partner other than the
    /// destination was met there); talks on the sidelines are meetings; talks in a city of
    /// the partner's country are a visit made, in Morocco a visit received; a reception
    /// abroad is a meeting.
    func kind(of partner: Partner, in scene: Scene, direction: Scene.Direction?) -> EngagementKind? {
        let kinds = scene.kinds
        let talks = kinds.contains(.meeting) || kinds.contains(.visitReceived) || direction != nil
        if partner.kind == .organisation {
            // "cette session a été organisée par la DGSN en partenariat avec l'ONUDC": the
            // services' own event, run with the body.
            if scene.servicesOrganised, kinds.contains(.jointOperation) { return .jointOperation }
            if scene.holdsGathering(partner) { return .eventParticipation }
            // "En marge de cette visite, il a été reçu au siège de l'ONUDC": its seat was visited.
            if talks, scene.premises == partner { return .visitMade }
            if scene.isOnTheSidelines, talks { return .meeting }
            if scene.hasToldGathering || kinds.contains(.eventParticipation) { return .eventParticipation }
        }
        // "helped secure the World Cup organised by Qatar": assistance, not participation.
        if let mention = scene.mentions.first(where: { $0.partner == partner }), scene.isOrganiser(mention),
           !kinds.contains(.jointOperation), scene.hasGathering || kinds.contains(.eventParticipation) {
            return .eventParticipation
        }
        if talks, scene.premises == partner { return .visitMade }
        if scene.isTraining, !kinds.contains(.signing) { return .jointOperation }
        if scene.isOnTheSidelines, talks { return .meeting }
        if direction != nil, scene.visitDestinations.contains(partner) { return .visitMade }
        switch direction {
        case .received: return .visitReceived
        case .made(let destination):
            // "gave him a tour of its command centre" at a gathering abroad: its sidelines.
            if destination == nil, atGathering, partner.kind == .country, !scene.isInMorocco { return .meeting }
            if destination == nil || destination == partner || partner.kind == .organisation { return .visitMade }
        case nil: break
        }
        let inPartnersCountry = !scene.hasGathering && !atGathering && scene.venueCountry == partner
        if kinds.contains(.visitReceived) {
            if inPartnersCountry { return .visitMade }
            return (scene.isAbroad || atGathering) && !scene.isInMorocco ? .meeting : .visitReceived
        }
        if kinds.contains(.signing) { return .signing }
        // "took part in the conference … in the Senegalese capital after three days of
        // discussions": the host of a gathering is taken part with.
        if kinds.contains(.eventParticipation), scene.hasGathering, !scene.isBilateral, scene.venueCountry == partner {
            return .eventParticipation
        }
        if kinds.contains(.meeting) || direction != nil {
            if inPartnersCountry { return .visitMade }
            return !scene.hasGathering && scene.isInMorocco ? .visitReceived : .meeting
        }
        if kinds.contains(.jointOperation) { return .jointOperation }
        if kinds.contains(.eventParticipation) { return .eventParticipation }
        return nil
    }

    /// Of several dates as precise as the best, the one right after the partner's name
    /// ("en Espagne en janvier, en Autriche en juin"), else the nearest before it ("Italy in
    /// 2018, and in 2019 the Netherlands").
    func nearestDate(to partner: Partner, in scene: Scene, dates: [DateFinder.Found],
                     best: DateFinder.Found?) -> DateFinder.Found? {
        guard let best, let mention = scene.mentions.first(where: { $0.partner == partner }) else { return best }
        let candidates = dates.filter { $0.rank == best.rank && ($0.date.first.map { $0 <= published } ?? false) }
        guard candidates.count > 1 else { return best }
        if let after = candidates.first(where: { (0...2).contains($0.tokens.lowerBound - mention.tokens.upperBound) }) {
            return after
        }
        let position = mention.tokens.lowerBound
        return candidates.last { $0.tokens.lowerBound < position } ?? best
    }

    /// The sentence's own date, else its paragraph's (or the previous paragraph's), else the
    /// article's event, else the publication year. Joint operations are often undated claims
    /// ("joint operations with Spain are a pillar"): they take no event's or year's date,
    /// unless officers were sent or trained (`dispatch`), which the article's event dates.
    func engagementDate(_ kind: EngagementKind, in sentence: Sentence, best: DateFinder.Found?,
                        paragraphDate: (date: LedgerDate, line: Int)?, dispatch: Bool) -> LedgerDate? {
        if let own = best { return own.recorded }
        if let paragraphDate {
            return paragraphDate.date.inferred(because: "the date stated before it (line \(paragraphDate.line))")
        }
        // Undated joint work is a claim, unless officers were sent or the report opens on it
        // ("Spanish agents, working jointly with the DGST, have arrested…"): then it is news.
        let leadNews = inLead && Scene.namesTheServices(in: sentence, from: 0, within: sentence.tokens.count)
        guard kind != .jointOperation || dispatch || leadNews else { return nil }
        if let event {
            return event.date.inferred(because: "the date of the article's event (line \(event.line))")
        }
        if kind == .jointOperation, leadNews {
            return LedgerDate.day(published).inferred(because: "a report's opening news with no date: the day of publication")
        }
        guard kind != .jointOperation else { return nil }
        return LedgerDate.year(published.year).inferred(because: "no date given; the year of the article")
    }

    /// Adds an engagement, or the sentence's lines to the same one drafted before.
    /// `alone` says whether the partner was the only one the sentence engaged.
    mutating func addEngagement(_ partner: Partner, kind: EngagementKind, date: LedgerDate, sentence: Sentence,
                                alone: Bool) {
        let key = EngagementKey(partner: partner.code, kind: kind, first: date.first, last: date.last)
        if let index = seenEngagements[key] {
            drafts.engagements[index].sources = merge(drafts.engagements[index].sources, sentence)
            // Met again with others: no longer a bilateral meeting a visit may absorb.
            if !alone { bilateral.remove(drafts.engagements[index].id) }
            return
        }
        let id = nextID("e", partner.code)
        seenEngagements[key] = drafts.engagements.count
        drafts.engagements.append(Engagement(id: id, partners: [partner], kind: kind, date: date,
                                             sources: provenance(sentence)))
        drafts.sentences[id] = text(of: sentence)
        if alone { bilateral.insert(id) }
    }

    /// Talks and signings with a partner during a visit with that partner are the visit: they
    /// are folded into it (its lines gain theirs). Meetings of several partners stay.
    mutating func foldIntoVisits() {
        joinVisitDays()
        let visits = drafts.engagements.indices.filter {
            [.visitMade, .visitReceived].contains(drafts.engagements[$0].kind)
        }
        guard !visits.isEmpty else { return }
        var folded = Set<Int>()
        for index in drafts.engagements.indices {
            let engagement = drafts.engagements[index]
            guard [.meeting, .signing].contains(engagement.kind), bilateral.contains(engagement.id),
                  let visit = visits.first(where: { Self.overlaps(drafts.engagements[$0], engagement) })
            else { continue }
            var sources = drafts.engagements[visit].sources
            for source in engagement.sources { sources = merge(sources, lines: source.lines) }
            drafts.engagements[visit].sources = sources
            // The visit takes the more precise date ("met … in June" within a visit of 2024).
            if Self.isMorePrecise(engagement.date, than: drafts.engagements[visit].date) {
                drafts.engagements[visit].date = engagement.date
            }
            folded.insert(index)
        }
        for index in folded.sorted(by: >) {
            drafts.sentences[drafts.engagements[index].id] = nil
            drafts.engagements.remove(at: index)
        }
    }

    /// A visit told day by day ("arrivé lundi … reçu mardi … mercredi, la délégation a tenu
    /// des séances de travail à Casablanca") is one visit over those days.
    private mutating func joinVisitDays() {
        var index = 0
        while index < drafts.engagements.count {
            let visit = drafts.engagements[index]
            guard [.visitMade, .visitReceived].contains(visit.kind), [.day, .dayRange].contains(visit.date.precision),
                  let later = drafts.engagements.indices.first(where: { other in
                      other > index && drafts.engagements[other].kind == visit.kind
                          && [.day, .dayRange].contains(drafts.engagements[other].date.precision)
                          && Self.overlaps(visit, drafts.engagements[other])
                  }),
                  let first = [visit.date.first, drafts.engagements[later].date.first].compactMap({ $0 }).min(),
                  let last = [visit.date.last, drafts.engagements[later].date.last].compactMap({ $0 }).max()
            else {
                index += 1
                continue
            }
            var sources = visit.sources
            for source in drafts.engagements[later].sources { sources = merge(sources, lines: source.lines) }
            drafts.engagements[index].sources = sources
            if first != last, let span = LedgerDate.range(first, last) {
                drafts.engagements[index].date = span.inferred(because: "the days of the visit the article tells")
            }
            drafts.sentences[drafts.engagements[later].id] = nil
            drafts.engagements.remove(at: later)
        }
    }

    private static func isMorePrecise(_ date: LedgerDate, than other: LedgerDate) -> Bool {
        let order: [LedgerDate.Precision] = [.day, .dayRange, .month, .quarter, .year, .undated]
        return (order.firstIndex(of: date.precision) ?? 5) < (order.firstIndex(of: other.precision) ?? 5)
    }

    /// Same partner, and dates that share a day; a day's talks within two days of a visit
    /// told by its days ("the talks continued on Wednesday") are part of it too.
    private static func overlaps(_ visit: Engagement, _ other: Engagement) -> Bool {
        guard visit.partners == other.partners, var first = visit.date.first, var last = visit.date.last,
              let otherFirst = other.date.first, let otherLast = other.date.last else { return false }
        let days: [LedgerDate.Precision] = [.day, .dayRange]
        if days.contains(visit.date.precision), days.contains(other.date.precision) {
            first = first.adding(days: -visitSlack)
            last = last.adding(days: visitSlack)
        }
        return first <= otherLast && otherFirst <= last
    }

    /// How many days either side of a visit's stated days its talks may fall.
    private static let visitSlack = 2
}
