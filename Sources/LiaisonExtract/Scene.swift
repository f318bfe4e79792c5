import LiaisonCore

/// What a sentence tells about an interaction: its engagement cues, where it took place,
/// and the role each partner it names plays (met, visited, organiser, fellow attendee,
/// topic). The extractor's engagement rules read it.
struct Scene {
    let sentence: Sentence
    let published: Day
    let mentions: [PartnerMatcher.Mention]
    /// Cities abroad the sentence names ("Vienna", "Abou Dhabi").
    let abroad: [PartnerMatcher.Mention]
    /// The words a sentence opens on that name a visit already told ("The Kuwaiti visit").
    let openingRecall: Range<Int>?
    /// Explicit kinds: met, received, signed, joint operation, took part.
    private(set) var kinds = KindSet()
    private(set) var visits: [Range<Int>] = []
    private(set) var visitors: [Range<Int>] = []
    private(set) var gatherings: [Range<Int>] = []
    private(set) var topics: [Int] = []
    private(set) var tournaments: [Range<Int>] = []
    private(set) var attendeeMarkers: [Int] = []
    /// Where INTERPOL is named as a channel ("the INTERPOL National Central Bureau", "a red notice").
    private(set) var nationalOffices: [Range<Int>] = []
    /// Where each route of goods or people ends ("shipped from").
    private(set) var routes: [Int] = []
    /// Where the partners an operation was done for are named ("wanted by", "remis aux").
    private var requesters: [Int] = []
    /// Where the partners someone was handed over to are named ("remis à une escorte de la
    /// police fédérale belge").
    private var handedTo: [Int] = []
    /// Where the participants a gathering brought together begin ("a réuni les polices de…").
    private(set) var convenedFrom: Int?
    private(set) var organiserMarkers: [Range<Int>] = []
    private(set) var isBilateral = false
    private(set) var isOnTheSidelines = false
    /// Where the first word of praise or position is, if any.
    private(set) var praiseStart: Int?
    /// Where a partner's official is said to speak ("told", "said"), if the sentence is theirs.
    private(set) var speechVerb: Int?
    /// Where the first interaction cue of any kind is, if any.
    private(set) var interactionStart: Int?
    private(set) var notPartnersAfter: Int?
    /// Where the subject matter of the talks begins, if the sentence tells it.
    private(set) var subjectMatterStart: Int?
    /// Whether people from the partners were trained or hosted at a facility: assistance.
    private(set) var isTraining = false
    /// Whether officers were sent to work beside another police ("dispatched a team").
    private(set) var sendsOfficers = false
    /// Whether an operation is told (an arrest, a seizure, a handover), whoever did it.
    private(set) var tellsAnOperation = false
    /// Whether officers trained or hosted are counted by country, not named ("officers from
    /// six African countries").
    private(set) var countsOfficers = false
    /// Where each token is: in Morocco (a town, a venue, or the country's name), or a date word.
    private(set) var inMorocco: [Bool]
    /// The towns and venues in Morocco the sentence names (not the country).
    let moroccanTowns: [Range<Int>]
    /// Whether the sentence names a town or venue in Morocco.
    var namesMoroccanTown: Bool { !moroccanTowns.isEmpty }
    private(set) var isMoroccoByName: [Bool]
    private(set) var isDate: [Bool]

    /// `afterATelling` says whether the article has told an interaction already;
    /// `afterTraining`, whether the sentence before named a training facility or programme;
    /// `trainingEarlier`, whether any sentence before did; `afterCountedOfficers`, whether one
    /// of the two sentences before counted officers trained or hosted by country (`countsOfficers`).
    init(sentence: Sentence, dates: [DateFinder.Found], mentions: [PartnerMatcher.Mention],
         abroad: [PartnerMatcher.Mention], places: [PhraseIndex<String>.Hit],
         hits: [PhraseIndex<Cues.Engagement>.Hit], initiatives: [PhraseIndex<Cues.Initiative>.Hit], published: Day,
         afterATelling: Bool, afterTraining: Bool = false, trainingEarlier: Bool = false,
         afterCountedOfficers: Bool = false) {
        self.sentence = sentence
        self.published = published
        // "The trip to Vienna comes three months after…": the visit it opens on is told.
        let recalled = afterATelling ? Self.openingRecall(in: sentence, mentions: mentions) : nil
        openingRecall = recalled
        let hits = hits.filter { hit in !(recalled?.overlaps(hit.tokens) ?? false) }
        self.mentions = mentions
        self.abroad = abroad
        let count = sentence.tokens.count
        isDate = [Bool](repeating: false, count: count)
        for date in dates {
            for index in date.tokens where index < count { isDate[index] = true }
        }
        inMorocco = [Bool](repeating: false, count: count)
        isMoroccoByName = [Bool](repeating: false, count: count)
        for place in places where place.value == "Morocco" || place.value == "Maroc" {
            for index in place.tokens { isMoroccoByName[index] = true }
        }
        moroccanTowns = places.filter { $0.value != "Morocco" && $0.value != "Maroc" }.map(\.tokens)
        var venues = places.map(\.tokens)
        if hits.contains(where: { [.visit, .visitor, .kind(.visitReceived), .kind(.meeting)].contains($0.value) }) {
            // "toured the DGSN's forensic institute": the services' premises are in Morocco.
            venues += (Cues.moroccanVenues.hits(in: sentence.tokens) + Cues.moroccanServices.hits(in: sentence.tokens))
                .map(\.tokens)
        }
        for range in venues where !mentions.contains(where: { $0.tokens.overlaps(range) }) {
            for index in range { inMorocco[index] = true }
        }
        var operation: Int?
        var receptions: [Range<Int>] = []
        let events = hits.filter { $0.value == .tournament || $0.value == .gathering }.map(\.tokens)
        // "The participation of the delegation in this meeting reflects…": an interaction
        // already told, none new.
        let recalls = hits.contains { Self.isRecalled($0, in: sentence, dated: !dates.isEmpty) }
        let listsAttendees = hits.contains { $0.value == .attendees }
        // "a trilateral meeting … was being prepared", "une réunion … en cours de préparation".
        let preparing = Cues.preparations.hits(in: sentence.tokens).map(\.tokens.lowerBound)
        for hit in hits where Self.leadsSomewhere(hit, sentence: sentence, mentions: mentions)
            && !Self.isDenied(hit, in: sentence) && !(recalls && Self.isInteraction(hit))
            && !(Self.isInteraction(hit) && (Cues.isPlanned(sentence.tokens, at: hit.tokens.lowerBound)
                                              || Cues.isPlanned(sentence.tokens, after: hit.tokens.upperBound)
                                              || preparing.contains { $0 > hit.tokens.upperBound })) {
            // "…dont la visite a porté sur la sécurisation des grands événements": work named
            // as the subject of the talks is a topic, not work done.
            // So is a visit, unless a new date comes first ("talks that focused on migration, and
            // in October a meeting … during a working visit"): "a roadmap … providing for joint
            // training sessions and study visits".
            if let start = subjectMatterStart, Self.isSubjectMatter(hit.tokens.lowerBound, from: start, in: sentence),
               Self.isWork(hit) || [.visit, .visitor].contains(hit.value) && !isDate[start..<hit.tokens.lowerBound].contains(true) {
                continue
            }
            // "received the Director General of GCCPOL, with whom he discussed … the participation
            // of Moroccan officers in its courses": the participation of others, told after the
            // talks, is their topic.
            if interactionStart != nil, Self.isParticipationOfOthers(hit, in: sentence) { continue }
            if Self.isInteraction(hit) { interactionStart = interactionStart ?? hit.tokens.lowerBound }
            // "Delegations from Algeria and Egypt attended the meeting": a gathering they took
            // part in, not talks with them.
            // "la réunion a vu la participation de représentants d'Europol": so is a meeting its
            // attendees are listed after.
            if hit.value == .kind(.meeting), listsAttendees, Self.isAttended(hit.tokens, in: sentence, hits: hits)
                || hits.contains(where: { marker in
                    marker.value == .attendees && (1...3).contains(marker.tokens.lowerBound - hit.tokens.upperBound)
                        && !(hit.tokens.upperBound..<marker.tokens.lowerBound).contains {
                            Cues.withWords.contains(sentence.tokens[$0].folded)
                        }
                }) {
                gatherings.append(hit.tokens)
                continue
            }
            // "Placée sous le signe de la lutte…": the noun "signe", which folds like "signé".
            if hit.value == .kind(.signing), Self.isTheNounSigne(hit.tokens, in: sentence) { continue }
            switch hit.value {
            case .kind(let kind):
                // "…along with representatives of INTERPOL, who attended as observers": their
                // attendance, not the services'.
                if kind == .eventParticipation, !attendeeMarkers.isEmpty { continue }
                // "The talks, attended on the Moroccan side by the Director of…": who sat in.
                if kind == .eventParticipation, sentence.tokens[hit.tokens.lowerBound].folded == "attended",
                   (hit.tokens.upperBound..<min(sentence.tokens.count, hit.tokens.upperBound + 6))
                       .contains(where: { sentence.tokens[$0].folded == "by" }) {
                    continue
                }
                if kind == .visitReceived {
                    // "received a letter of thanks", "a reçu mardi un message": no one came.
                    let next = hit.tokens.upperBound..<min(sentence.tokens.count, hit.tokens.upperBound + 4)
                    if next.contains(where: { Cues.receivedThings.contains(sentence.tokens[$0].folded) }) { continue }
                    // "the Africa Cup of Nations, which Côte d'Ivoire hosted": an event hosted.
                    if Cues.hostWords.contains(sentence.tokens[hit.tokens.upperBound - 1].folded),
                       events.contains(where: { Self.distance($0, hit.tokens) <= 6 }) {
                        continue
                    }
                    // "Reçu par le directeur de la Police fédérale brésilienne": the services
                    // were the guests; what is left is the talks.
                    // So were they when named before it: "Hammouchi … was then received by the
                    // Minister of Justice".
                    if Self.isReceivedByAPartner(hit.tokens, in: sentence, mentions: mentions)
                        || Self.areTheServicesReceived(hit.tokens, in: sentence) {
                        kinds.insert(.meeting)
                        continue
                    }
                    receptions.append(hit.tokens)
                }
                kinds.insert(kind)
            case .visit:
                // "praised the result on Thursday during a visit to Algeciras": praise told
                // with its occasion, no visit of the services.
                if praiseStart != nil, Self.isOccasion(hit.tokens, in: sentence) { continue }
                visits.append(hit.tokens)
            case .visitor: visitors.append(hit.tokens)
            case .praise: praiseStart = praiseStart ?? hit.tokens.lowerBound
            case .gathering: gatherings.append(hit.tokens)
            case .topic: topics.append(hit.tokens.lowerBound)
            case .tournament: tournaments.append(hit.tokens)
            case .attendees: attendeeMarkers.append(hit.tokens.lowerBound)
            case .organiser: organiserMarkers.append(hit.tokens)
            case .bilateral: isBilateral = true
            case .sidelines:
                isBilateral = true
                isOnTheSidelines = true
            case .operation: operation = operation ?? hit.tokens.lowerBound
            case .requester: requesters.append(hit.tokens.upperBound)
            case .handover:
                operation = operation ?? hit.tokens.lowerBound
                handedTo += Self.recipients(after: hit.tokens, in: sentence)
            case .trainees:
                // "where Moroccan police cadets are trained", "au profit des enquêteurs
                // marocains": the services' own trainees; "a session intended for officers
                // from Guinea", "dès septembre prochain", is one to come.
                let near = max(0, hit.tokens.lowerBound - 2)..<min(sentence.tokens.count, hit.tokens.upperBound + 3)
                if near.contains(where: { Cues.moroccanWords.contains(sentence.tokens[$0].folded) }) { continue }
                if sentence.tokens.contains(where: { Cues.planWords.contains($0.folded) || Cues.futureModals.contains($0.folded) })
                    || dates.contains(where: { $0.date.first.map { $0 > published } ?? false })
                    || Self.namesAFutureYear(sentence, published: published) {
                    continue
                }
                // At a training facility or a launched one, named here or in the sentence
                // before, trainees were assisted; so were cadets or graduates ("stagiaires
                // issus de…") in an article that named one before.
                if afterTraining
                    || initiatives.contains(where: { [.category(.training), .status(.launched)].contains($0.value) })
                    || trainingEarlier && Cues.traineeWords.contains(sentence.tokens[hit.tokens.lowerBound].folded) {
                    isTraining = true
                } else {
                    attendeeMarkers.append(hit.tokens.lowerBound)
                }
            case .nationalOffice: nationalOffices.append(hit.tokens)
            case .route: routes.append(hit.tokens.upperBound)
            case .neutral: break
            case .notPartnersAfter:
                // "the World Cup, which Spain, Morocco and Portugal will co-host": the clause on
                // the tournament names its hosts.
                let clause = (max(0, hit.tokens.lowerBound - 10)..<hit.tokens.lowerBound).first { index in
                    Cues.relativeWords.contains(sentence.tokens[index].folded)
                        && tournaments.contains { (0...3).contains(index - $0.upperBound) }
                }
                notPartnersAfter = notPartnersAfter ?? clause ?? hit.tokens.lowerBound
            case .subjectMatter: subjectMatterStart = subjectMatterStart ?? hit.tokens.upperBound
            }
        }
        // "during a visit by Hammouchi to Brussels", "lors d'un déplacement de M. Hammouchi en
        // Belgique": a visit whose traveller comes between it and its destination.
        if visits.isEmpty, let visit = Self.visitWithTraveller(in: sentence) { visits.append(visit) }
        // "conclure deux mémorandums d'entente", "a memorandum was concluded": a signing.
        if !kinds.contains(.signing), let conclusion = Self.concludedAgreement(in: sentence) {
            kinds.insert(.signing)
            interactionStart = min(interactionStart ?? conclusion, conclusion)
        }
        // "Belgium's Federal Prosecutor told public radio that intelligence shared by Moroccan
        // partners had saved lives": what a partner's official says of the work is a position.
        if let words = Self.partnersWords(in: sentence, mentions: mentions), words.start < (interactionStart ?? Int.max) {
            praiseStart = min(praiseStart ?? words.start, words.start)
            speechVerb = words.verb
        }
        // "Le ministre espagnol, interrogé en marge d'une réunion, a qualifié le Maroc de…": a
        // partner's official speaking at a meeting of his own; the services are not named.
        let meetings = hits.filter { $0.value == .kind(.meeting) }
        if praiseStart != nil, kinds.isOnly(.meeting), !hasVisit, !Self.namesTheServices(in: sentence, before: count),
           !meetings.isEmpty, meetings.allSatisfy({ Self.isOccasion($0.tokens, in: sentence) }) {
            kinds = KindSet()
        }
        // "hosted at the Royal Police Institute a course … attended by 24 Portuguese officers":
        // those who attend a course at a training facility were trained.
        if !attendeeMarkers.isEmpty, gatherings.isEmpty, !kinds.contains(.eventParticipation),
           trainingEarlier || initiatives.contains(where: { $0.value == .category(.training) }),
           sentence.tokens.contains(where: { Cues.courseWords.contains($0.folded) }),
           let first = attendeeMarkers.min(), Cues.attendanceWords.contains(sentence.tokens[first].folded) {
            isTraining = true
            attendeeMarkers = []
        }
        // "24 officers of Indonesia's counter-terrorism unit completed a three-week course at
        // the Royal Police Institute": a partner's officers on a course at a training facility
        // (not one they will take).
        if !isTraining, !kinds.contains(.eventParticipation), !kinds.contains(.meeting),
           afterTraining || initiatives.contains(where: { $0.value == .category(.training) }),
           sentence.tokens.contains(where: { Cues.courseWords.contains($0.folded) }),
           !sentence.tokens.contains(where: { Cues.futureModals.contains($0.folded) }),
           mentions.contains(where: { Self.namesOfficers($0, in: sentence) }) {
            isTraining = true
            attendeeMarkers = []
        }
        // "experts from Japan's National Police Agency ran a workshop for Moroccan forensic
        // staff", "des experts de la police coréenne ont animé un atelier au profit de cadres
        // marocains": training the services received is assistance.
        if !isTraining, praiseStart == nil, let trainers = Self.trainersOfMoroccans(in: sentence, mentions: mentions) {
            kinds.insert(.jointOperation)
            interactionStart = min(interactionStart ?? trainers.tokens.lowerBound, trainers.tokens.lowerBound)
        }
        // "…74 officiers de liaison issus de 21 pays. Parmi eux figuraient des policiers
        // sénégalais…": the officers the sentence before counted, named; in an article at a
        // training facility, "64 officiers étrangers, originaires de la Guinée…": officers
        // counted and named at once.
        if afterCountedOfficers || trainingEarlier && Self.countsOfficersByNumber(in: sentence), !isTraining,
           kinds.isEmpty || kinds.isOnly(.jointOperation), visits.isEmpty,
           visitors.isEmpty, praiseStart == nil, Self.namesOfficersByCountry(in: sentence, mentions: mentions)
            // "Les contingents les plus fournis sont ceux du Sénégal…": their people named anywhere.
            || afterCountedOfficers && Self.namesPersonnel(in: sentence) && mentions.contains { $0.partner.kind == .country } {
            isTraining = true
            attendeeMarkers = []
        }
        // "dispatched eight officers", "des officiers de liaison détachés": joint work; "a
        // accueilli des officiers de liaison" receives those officers, no visit.
        let dispatchHits = Cues.dispatches.hits(in: sentence.tokens)
        let dispatches = dispatchHits.filter { $0.value && Self.namesPersonnel(near: $0.tokens, in: sentence) }
        if let first = dispatches.first, !dispatchHits.contains(where: { !$0.value }) {
            sendsOfficers = true
            kinds.insert(.jointOperation)
            interactionStart = min(interactionStart ?? first.tokens.lowerBound, first.tokens.lowerBound)
            if !receptions.isEmpty, !hasVisit, receptions.allSatisfy({ reception in
                dispatches.contains { (0...8).contains($0.tokens.lowerBound - reception.upperBound) }
            }) {
                kinds.remove(.visitReceived)
            }
        }
        // "welcomed its first cohort, among them 38 police officers from six African countries":
        // officers trained or hosted, counted by country; the next sentence may name them.
        countsOfficers = (isTraining || sendsOfficers || initiatives.contains { $0.value == .category(.training) })
            && Self.countsOfficersByCountry(in: sentence)
        // "La rencontre a réuni les polices de…": a meeting or gathering whose participants
        // are listed; not when the services convened it or are the first it brought together
        // ("brought together the Moroccan delegation and the Director General of…").
        if !kinds.isEmpty || !gatherings.isEmpty, let verb = Cues.convening.hits(in: sentence.tokens).first,
           !Self.namesTheServices(in: sentence, before: verb.tokens.lowerBound),
           !Self.namesTheServices(in: sentence, from: verb.tokens.upperBound, within: 4) {
            convenedFrom = verb.tokens.upperBound
        }
        // "The Policía Nacional and the DGST arrested…", "police in Tangier arrested a suspect
        // wanted by the French authorities": a joint operation.
        tellsAnOperation = operation != nil
        let requesterEnds = requesters
        let recipientStarts = handedTo
        let requested = { (mention: PartnerMatcher.Mention) in
            requesterEnds.contains { (0...3).contains(mention.tokens.lowerBound - $0) }
        }
        // A person handed over to a partner's police ("remis à une escorte de la police
        // fédérale belge", "extradited to Germany") was handed over by the services, named or not.
        let handedToAPartner = operation != nil && mentions.contains { mention in
            recipientStarts.contains { start in
                (0...6).contains(mention.tokens.lowerBound - start)
                    && (!mention.isPlace || Self.namesPolice(mention, in: sentence))
            }
        }
        let moroccanSide = !Cues.moroccanServices.hits(in: sentence.tokens).isEmpty
            || namesMoroccanTown
        // …or one done in towns of both countries ("police in Madrid and Tangier arrested…").
        if let operation, mentions.contains(where: { $0.isAgency || $0.partner.kind == .organisation
                                                     || Self.namesPolice($0, in: sentence) || requested($0) })
            && moroccanSide || listsTownsOnBothSides || handedToAPartner {
            kinds.insert(.jointOperation)
            interactionStart = min(interactionStart ?? operation, operation)
        }
    }

    /// Takes the kinds of the list of interactions this sentence goes on with.
    mutating func continueList(of kinds: KindSet) {
        self.kinds.formUnion(kinds)
    }

    /// Whether the sentence praises or states a position.
    var praise: Bool { praiseStart != nil }

    /// Whether praise opens the sentence's account, the interactions told after it being
    /// what is praised ("thanked the police for the way supporters who travelled to the
    /// Kingdom were received").
    var praiseLeads: Bool {
        guard let praiseStart else { return false }
        return praiseStart < (interactionStart ?? Int.max)
    }

    var hasVisit: Bool { !visits.isEmpty || !visitors.isEmpty }
    var hasGathering: Bool { !gatherings.isEmpty }
    /// Whether a gathering is told that is not a plan or topic ("to discuss preparations for
    /// the Council's next session").
    var hasToldGathering: Bool { gatherings.contains { !isPlanned($0, $0) } }
    /// Whether the sentence reports an interaction of any kind.
    var engages: Bool { !kinds.isEmpty || hasVisit || isTraining }

    /// Whether the sentence engages `partners`: by a cue, or (for an organisation) by a
    /// gathering it holds.
    func engages(_ partners: [Partner]) -> Bool {
        engages || (hasGathering && partners.contains { $0.kind == .organisation })
    }
}
