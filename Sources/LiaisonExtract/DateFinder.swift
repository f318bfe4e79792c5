import LiaisonCore

/// Finds dates in a sentence, English or French, and resolves them against the day the
/// article was published: "November 24-27", "from November 4 to 7", "January 28 and 29",
/// "in September", "in April 2022", "le 24 novembre", "du 23 au 26 septembre", "2023",
/// "last year". A month without a year is in the publication year, or the year before when
/// the month comes after the publication month.
struct DateFinder: Sendable {
    let published: Day

    /// A date found in a sentence.
    struct Found {
        let date: LedgerDate
        /// Whether the text gave the year.
        let statesYear: Bool
        let tokens: Range<Int>
        /// Why the date is what it is, when the text does not state it in full.
        var reason: String?
        /// Whether the date is a year in a tournament's name ("la CAN 2025", "the 2022 World
        /// Cup"): the event's year, not necessarily the sentence's.
        var namesAnEvent = false
        /// Whether a weekday gave the date ("mardi").
        var isWeekday = false

        /// The date as a record gives it: marked inferred, with its reason, unless stated in full.
        var recorded: LedgerDate { reason.map(date.inferred(because:)) ?? date }

        /// How precise the date is: 3 for days, 2 for a month, 1 for a year.
        var rank: Int {
            switch date.precision {
            case .day, .dayRange: 3
            case .month, .quarter: 2
            case .year, .undated: 1
            }
        }
    }

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]

    /// Weekdays, Monday first, as `Day.weekday` numbers them (1 to 7).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
    ]

    /// Days counted back from publication. ("Today" is left out: it often means "nowadays".)
    static let relativeDays: [String: Int] = ["yesterday": 1, "hier": 1]

    /// Words after a weekday that make it the one before the last ("last Friday" on a Friday).
    private static let lastWords: Set<String> = ["last", "dernier"]
    /// Words that make a weekday a future one: no date.
    static let nextWords: Set<String> = ["next", "prochain", "prochaine", "coming"]

    /// Words near a year that make it part of a tournament's name.
    static let eventWords: Set<String> = [
        "cup", "coupe", "mondial", "euro", "afcon", "can", "olympics", "olympiques", "games", "jeux", "championship",
        "championnat", "tournament", "tournoi", "class", "promotion", "edition",
    ]

    /// Seasons, by the month they end in ("last summer": the last summer ended before publication).
    static let seasons: [String: Int] = [
        "summer": 8, "ete": 8, "autumn": 11, "fall": 11, "automne": 11, "winter": 2, "hiver": 2, "spring": 5,
        "printemps": 5,
    ]

    /// Words that join the two days of a range.
    private static let rangeWords: Set<String> = ["to", "and", "au", "et", "through", "until"]

    /// The most precise date of a sentence (the first of equals), or `nil`.
    func best(in sentence: Sentence) -> Found? { Self.best(of: all(in: sentence)) }

    /// The most precise of some dates (the first of equals).
    static func best(of dates: [Found]) -> Found? {
        var best: Found?
        for found in dates where best.map({ found.rank > $0.rank }) ?? true { best = found }
        return best
    }

    /// The dates of a past event the sentence names ("during the 2022 World Cup", "lors des
    /// Jeux olympiques de Paris"), when `stated` (the sentence's own date) does not rule it
    /// out: no stated date, or a less precise one that holds the event ("in late 2022").
    func event(in sentence: Sentence, stated: Found?) -> Found? {
        let hint = stated.flatMap { $0.rank < 3 ? $0.date.year : nil }
        for (edition, range) in EventCalendar.editions(in: sentence.tokens, year: hint) where edition.first <= published {
            guard let date = LedgerDate.range(edition.first, edition.last) else { continue }
            if let stated, !stated.namesAnEvent, stated.rank == 3 || !(stated.date.first.map { $0 <= edition.last } ?? false)
                || !(stated.date.last.map { $0 >= edition.first } ?? false) {
                continue
            }
            return Found(date: date, statesYear: true, tokens: range, reason: "the dates of \(edition.name)",
                         namesAnEvent: true)
        }
        return nil
    }

    /// Every date of a sentence, in text order.
    func all(in sentence: Sentence) -> [Found] {
        let tokens = sentence.tokens
        // Most sentences hold no number, month or "year": nothing to look at.
        let monthTable = Self.monthTable
        let yearID = Self.yearID
        let yearIDs = Self.yearIDs
        guard tokens.contains(where: {
            $0.isNumber || ($0.id >= 0 && (monthTable[Int($0.id)] != 0 || $0.id == yearID || yearIDs.contains($0.id)))
        })
        else { return [] }
        var found: [Found] = []
        var used = [Bool](repeating: false, count: tokens.count)
        func use(_ range: Range<Int>) {
            for index in range where index < used.count { used[index] = true }
        }
        for index in tokens.indices {
            guard let month = month(tokens[index]) else { continue }
            if var date = dayFirst(sentence, month: month, at: index) ?? monthFirst(sentence, month: month, at: index) {
                date = toCome(date, in: sentence) ?? date
                found.append(date)
                use(date.tokens)
            } else if let year = year(sentence, after: index) {
                found.append(Found(date: LedgerDate.month(month, of: year) ?? .year(year), statesYear: true,
                                   tokens: index..<(index + 2)))
                use(index..<(index + 2))
            } else if let shared = sharedYear(sentence, month: month, at: index) {
                found.append(shared)
                use(shared.tokens)
            } else if let next = nextMonth(month, in: sentence, at: index) {
                found.append(next)
                use(next.tokens)
            } else if let date = LedgerDate.month(month, of: resolvedYear(month)) {
                found.append(Found(date: date, statesYear: false, tokens: index..<(index + 1), reason: yearReason))
                use(index..<(index + 1))
            }
        }
        found = joiningSpans(found, in: sentence)
        for index in tokens.indices where !used[index] && (tokens[index].isNumber || tokens[index].id >= 0) {
            if let weekday = weekday(sentence, at: index, dates: found) {
                if let last = found.last, last.isWeekday, weekday.isWeekday, Self.rangeWords.contains(tokens[index - 1].folded),
                   last.tokens.upperBound == index - 1, let first = last.date.first, let end = weekday.date.first,
                   let range = LedgerDate.range(first, end) {
                    // "mardi et mercredi", "from Monday to Wednesday"
                    found[found.count - 1] = Found(
                        date: range, statesYear: false, tokens: last.tokens.lowerBound..<weekday.tokens.upperBound,
                        reason: "the weekdays are taken as the last ones on or before publication (\(published))",
                        isWeekday: true)
                } else {
                    found.append(weekday)
                }
            } else if let relative = relativeMonthOrSeason(sentence, at: index) {
                found.append(relative)
            } else if let year = standaloneYear(sentence, at: index) {
                found.append(Found(date: .year(year), statesYear: true, tokens: index..<(index + 1),
                                   namesAnEvent: namesAnEvent(sentence, at: index)))
            } else if let range = lastYear(tokens, at: index) {
                found.append(Found(date: .year(published.year - 1), statesYear: true, tokens: range))
            }
        }
        // "…in October, prosecutors said on Thursday": the day of a report yields to the
        // date of what it reports.
        let reports = found.filter { date in
            (max(0, date.tokens.lowerBound - 4)..<date.tokens.lowerBound).contains { Cues.reportingWords.contains(tokens[$0].folded) }
        }
        if !reports.isEmpty, reports.count < found.count {
            found.removeAll { date in reports.contains { $0.tokens == date.tokens } }
        }
        // "In the Kingdom since Monday, he was received on Tuesday": a span's start yields
        // to another date of the sentence.
        let starts = found.filter { $0.tokens.lowerBound > 0 && Self.spanWords.contains(tokens[$0.tokens.lowerBound - 1].folded) }
        if !starts.isEmpty, starts.count < found.count {
            found.removeAll { date in starts.contains { $0.tokens == date.tokens } }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    static let spanWords: Set<String> = ["since", "depuis"]

    /// By word number: the month a word names, or 0.
    static let monthTable = Lexicon.table(months.merging(weekdays.mapValues { _ in -1 }) { month, _ in month }
        .merging(relativeDays.mapValues { _ in -1 }) { month, _ in month }
        .merging(seasons.mapValues { _ in -1 }) { month, _ in month }
        .merging(["month": -1, "mois": -1, "week": -1, "semaine": -1]) { month, _ in month }, default: 0)
    private static let yearID = Lexicon.id("year")
    private static let yearWords: Set<String> = ["year", "an", "annee"]
    private static let yearIDs = Set(yearWords.map(Lexicon.id))

    /// "last year", "l'an dernier", "l'année passée": the year before publication.
    private func lastYear(_ tokens: [Token], at index: Int) -> Range<Int>? {
        guard Self.yearWords.contains(tokens[index].folded) else { return nil }
        if index > 0, tokens[index - 1].folded == "last" { return (index - 1)..<(index + 1) }
        guard index + 1 < tokens.count, ["dernier", "derniere", "passe", "passee"].contains(tokens[index + 1].folded)
        else { return nil }
        return index..<(index + 2)
    }

    private func month(_ token: Token) -> Int? {
        guard token.id >= 0 else { return nil }
        let month = Self.monthTable[Int(token.id)]
        guard month > 0 else { return nil }  // weekdays and relative days are -1
        // "may", "mar" and "sept" (seven in French) are words too: only capitalised they are months.
        if ["may", "mar", "jan", "sept"].contains(token.folded), !token.isCapitalized { return nil }
        return month
    }

    /// "on Tuesday", "jeudi", "vendredi dernier", "yesterday", "hier": the last such day on or
    /// before publication (before it, for "last Friday"). A weekday that a stated day follows
    /// ("Tuesday, March 11", "le mardi 11 mars") adds nothing; "next Monday" is no date.
    private func weekday(_ sentence: Sentence, at index: Int, dates: [Found]) -> Found? {
        let tokens = sentence.tokens
        let word = tokens[index].folded
        let next = index + 1 < tokens.count ? tokens[index + 1].folded : ""
        let back: Int
        let reason: String
        if let weekday = Self.weekdays[word] {
            if Self.nextWords.contains(next) || (index > 0 && Self.nextWords.contains(tokens[index - 1].folded)) {
                return nil
            }
            if dates.contains(where: { $0.rank == 3 && (index + 1...index + 3).contains($0.tokens.lowerBound) }) {
                return nil
            }
            let isLast = Self.lastWords.contains(next) || (index > 0 && Self.lastWords.contains(tokens[index - 1].folded))
            var days = (published.weekday - weekday + 7) % 7
            if days == 0, isLast { days = 7 }
            back = days
            reason = "\(sentence.word(index).capitalized) is taken as the last one on or before publication (\(published))"
        } else if let days = Self.relativeDays[word] {
            back = days
            reason = "the day before publication (\(published))"
        } else {
            return nil
        }
        let day = published.adding(days: -back)
        let end = Self.lastWords.contains(next) ? index + 2 : index + 1
        return Found(date: .day(day), statesYear: false, tokens: index..<end, reason: reason,
                     isWeekday: Self.weekdays[word] != nil)
    }

    /// "last month", "le mois dernier": the month before publication; "last week", "la
    /// semaine dernière": Monday to Sunday of the week before publication's; "last summer",
    /// "l'été dernier": the year of the last such season ended before publication.
    private func relativeMonthOrSeason(_ sentence: Sentence, at index: Int) -> Found? {
        let tokens = sentence.tokens
        let word = tokens[index].folded
        let before = index > 0 ? tokens[index - 1].folded : ""
        let after = index + 1 < tokens.count ? tokens[index + 1].folded : ""
        let isLast = before == "last" || ["dernier", "derniere", "passe", "passee"].contains(after)
        guard isLast else { return nil }
        let range = (before == "last" ? index - 1 : index)..<(before == "last" ? index + 1 : index + 2)
        if word == "month" || word == "mois" {
            let previous = Day.firstOf(month: published.month, year: published.year).adding(days: -1)
            guard let date = LedgerDate.month(previous.month, of: previous.year) else { return nil }
            return Found(date: date, statesYear: false, tokens: range,
                         reason: "the month before publication (\(published))")
        }
        if word == "week" || word == "semaine" {
            let monday = published.adding(days: -(published.weekday - 1) - 7)
            guard let date = LedgerDate.range(monday, monday.adding(days: 6)) else { return nil }
            return Found(date: date, statesYear: false, tokens: range,
                         reason: "the week before the week of publication (\(published))")
        }
        if let end = Self.seasons[word] {
            let year = end < published.month ? published.year : published.year - 1
            return Found(date: .year(year), statesYear: false, tokens: range,
                         reason: "the last \(sentence.word(index)) before publication (\(published))")
        }
        return nil
    }

    private var yearReason: String { "the year follows from the publication date (\(published))" }

    /// The year a month without one belongs to: the publication year, or the year before if
    /// the month comes after the publication month.
    func resolvedYear(_ month: Int) -> Int {
        month > published.month ? published.year - 1 : published.year
    }

    /// "November 24", "November 24-27", "January 28 and 29", "November 24 to 27, 2025".
    private func monthFirst(_ sentence: Sentence, month: Int, at index: Int) -> Found? {
        let tokens = sentence.tokens
        // "In April, 24 officers…": a comma parts the month from a count.
        guard index + 1 < tokens.count, let first = dayNumber(tokens[index + 1]),
              sentence.gap(after: index).trimmingWhitespace().isEmpty else { return nil }
        var last = first
        var end = index + 2
        if end < tokens.count, let second = dayNumber(tokens[end]), second > first,
           ["-", "–"].contains(sentence.gap(after: index + 1).trimmingWhitespace()) {
            // "24-27"
            last = second
            end += 1
        } else if end + 1 < tokens.count, Self.rangeWords.contains(tokens[end].folded),
                  let second = dayNumber(tokens[end + 1]), second > first {
            // "4 to 7", "28 and 29"
            last = second
            end += 2
        }
        var year: Int?
        if end < tokens.count, let stated = yearNumber(tokens[end]), sentence.gap(after: end - 1).trimmingWhitespace()
            .allSatisfy({ $0 == "," }) {
            year = stated
            end += 1
        }
        return found(month: month, first: first, last: last, year: year, tokens: index..<end)
    }

    /// "24 November 2025", "le 24 novembre", "du 23 au 26 septembre", "4-7 November".
    private func dayFirst(_ sentence: Sentence, month: Int, at index: Int) -> Found? {
        let tokens = sentence.tokens
        guard index >= 1, let last = dayNumber(tokens[index - 1]) else { return nil }
        var first = last
        var start = index - 1
        if index >= 3, let earlier = dayNumber(tokens[index - 3]), earlier < last,
           Self.rangeWords.contains(tokens[index - 2].folded) {
            first = earlier
            start = index - 3
        } else if index >= 2, let earlier = dayNumber(tokens[index - 2]), earlier < last,
                  ["-", "–"].contains(sentence.gap(after: index - 2).trimmingWhitespace()) {
            first = earlier
            start = index - 2
        }
        var end = index + 1
        var year: Int?
        if end < tokens.count, let stated = yearNumber(tokens[end]) {
            year = stated
            end += 1
        }
        return found(month: month, first: first, last: last, year: year, tokens: start..<end)
    }

    private func found(month: Int, first: Int, last: Int, year: Int?, tokens: Range<Int>) -> Found? {
        let resolved = year ?? resolvedYear(month)
        guard let firstDay = Day(year: resolved, month: month, day: first),
              let lastDay = Day(year: resolved, month: month, day: last) else { return nil }
        let date = first == last ? LedgerDate.day(firstDay) : LedgerDate.range(firstDay, lastDay) ?? .day(firstDay)
        return Found(date: date, statesYear: year != nil, tokens: tokens, reason: year == nil ? yearReason : nil)
    }

    private func year(_ sentence: Sentence, after index: Int) -> Int? {
        guard index + 1 < sentence.tokens.count else { return nil }
        return yearNumber(sentence.tokens[index + 1])
    }

    /// A year standing alone ("in 2023", "a 2023 agreement"), not part of a span
    /// ("2025-2026") and not after the publication year.
    private func standaloneYear(_ sentence: Sentence, at index: Int) -> Int? {
        let tokens = sentence.tokens
        guard let year = yearNumber(tokens[index]), year <= published.year else { return nil }
        let before = index > 0 ? sentence.gap(after: index - 1) : ""
        let after = sentence.gap(after: index)
        if after.hasPrefix("-") || after.hasPrefix("–") || before.hasSuffix("-") || before.hasSuffix("–") { return nil }
        if startsASpan(tokens, at: index) { return nil }
        return year
    }

    /// Whether the year at `index` is in a tournament's name: an event word up to three
    /// words before it or two after it ("the 2023 Africa Cup").
    private func namesAnEvent(_ sentence: Sentence, at index: Int) -> Bool {
        let tokens = sentence.tokens
        let window = max(0, index - 3)..<min(tokens.count, index + 3)
        return window.contains { $0 != index && Self.eventWords.contains(tokens[$0].folded) }
    }

    private func dayNumber(_ token: Token) -> Int? {
        if token.folded == "1er" { return 1 }
        guard token.isNumber, token.folded.count <= 2, let value = Int(token.folded), (1...31).contains(value) else {
            return nil
        }
        return value
    }

    func yearNumber(_ token: Token) -> Int? {
        guard token.isNumber, token.folded.count == 4, let value = Int(token.folded), (1990...2099).contains(value) else {
            return nil
        }
        return value
    }
}
