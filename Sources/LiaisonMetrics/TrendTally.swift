import LiaisonCore

/// One pass over the ledger that gathers the period's trend (a quarter and the seven
/// quarters before it, or a year's four quarters) and the partners that lapsed or returned.
struct TrendTally {
    /// How many quarters a quarter's trend shows, its own included.
    static let quarters = 8
    /// How many quarters without an engagement make a partner lapsed, or its return a return.
    static let gap = 4

    let rows: [TrendRow]
    let lapsed: [PartnerGap]
    let returning: [PartnerGap]

    init(ledger: Ledger, window: ReportWindow) {
        let quarters = window.period.quarters
        let current = QuarterIndex(quarters[0]).value...QuarterIndex(quarters[quarters.count - 1]).value
        let count = quarters.count == 1 ? Self.quarters : quarters.count
        let first = current.upperBound - count + 1
        var slots = [Slot](repeating: Slot(), count: count)
        var histories: [String: History] = [:]

        func slot(of date: LedgerDate) -> Int? {
            guard let quarter = date.quarter else { return nil }
            let offset = QuarterIndex(quarter).value - first
            return (0..<count).contains(offset) ? offset : nil
        }

        // Indices, not elements: copying a million engagements costs more than counting them.
        let engagements = ledger.engagements
        for index in engagements.indices {
            let date = engagements[index].date
            guard window.isKnown(date, sources: engagements[index].sources) else { continue }
            let partners = engagements[index].partners
            if let offset = slot(of: date) {
                slots[offset].engagements += 1
                slots[offset].isRecorded = true
                for partner in partners { slots[offset].partners[partner.code] = partner }
            }
            // Undated engagements are in no history.
            guard let seen = Seen(date) else { continue }
            for partner in partners {
                histories[partner.code, default: History(partner: partner)].add(seen, current: current)
            }
        }
        for agreement in ledger.agreements where window.isKnown(agreement.date, sources: agreement.sources) {
            guard let offset = slot(of: agreement.date) else { continue }
            slots[offset].isRecorded = true
            if agreement.status == .signed { slots[offset].agreementsSigned += 1 }
        }
        let otherDates = ledger.figures.map { ($0.date, $0.sources) } + ledger.statements.map { ($0.date, $0.sources) }
            + ledger.mentions.map { ($0.date, $0.sources) }
            + ledger.initiatives.flatMap { $0.history.map { ($0.date, $0.sources) } }
        for (date, sources) in otherDates where window.isKnown(date, sources: sources) {
            if let offset = slot(of: date) { slots[offset].isRecorded = true }
        }

        rows = slots.enumerated().map { offset, slot in
            let quarter = QuarterIndex(value: first + offset).quarter
            let position = ReportWindow.position(of: quarter)
            return TrendRow(
                quarter: quarter,
                partnersByRegion: Region.allCases.map { region in slot.partners.values.count { $0.region == region } },
                engagements: slot.engagements,
                newPartners: slot.partners.keys.count { histories[$0]?.earliest == position },
                agreementsSigned: slot.agreementsSigned,
                isRecorded: slot.isRecorded)
        }
        lapsed = histories.values.compactMap(\.lapsed).sorted {
            ($1.lastSeen, $0.partner.name, $0.partner.code) < ($0.lastSeen, $1.partner.name, $1.partner.code)
        }
        returning = histories.values.compactMap(\.returning).sorted {
            ($1.engagements, $0.partner.name, $0.partner.code) < ($0.engagements, $1.partner.name, $1.partner.code)
        }
    }

    /// What one trend quarter holds.
    private struct Slot {
        var partners: [String: Partner] = [:]
        var engagements = 0
        var agreementsSigned = 0
        var isRecorded = false
    }

    /// When an engagement may have happened, as quarter numbers: one quarter for a placed
    /// date, the four of its year for a year-only one.
    private struct Seen {
        let first: Int
        let last: Int
        let period: Period
        /// Its `ReportWindow.position`.
        let position: Int

        init?(_ date: LedgerDate) {
            guard let position = ReportWindow.position(of: date) else { return nil }
            self.position = position
            if let quarter = date.quarter {
                first = QuarterIndex(quarter).value
                last = first
                period = .quarter(quarter)
            } else if date.precision == .year, let year = date.year {
                first = year * 4
                last = year * 4 + 3
                period = .year(year)
            } else {
                return nil
            }
        }
    }

    /// One partner's engagements around the report's period.
    private struct History {
        let partner: Partner
        /// Engagements the report's period certainly holds.
        var inPeriod = 0
        /// Engagements certainly in the four quarters before it, and the latest of them.
        var inGap = 0
        var latestInGap: Period?
        /// A year-only engagement whose year overlaps those four quarters without lying
        /// within them: it may fall in them.
        var mayBeInGap = false
        /// The latest engagement certainly before those four quarters, by its last possible quarter.
        var before: (last: Int, period: Period)?
        /// The earliest engagement's `ReportWindow.position`.
        var earliest = Int.max

        init(partner: Partner) { self.partner = partner }

        mutating func add(_ seen: Seen, current: ClosedRange<Int>) {
            earliest = min(earliest, seen.position)
            let gapStart = current.lowerBound - TrendTally.gap
            if seen.last < gapStart {
                if before.map({ seen.last > $0.last }) ?? true { before = (seen.last, seen.period) }
            } else if current.contains(seen.first), current.contains(seen.last) {
                inPeriod += 1
            } else if seen.first >= gapStart, seen.last < current.lowerBound {
                inGap += 1
                if latestInGap.map({ seen.period > $0 }) ?? true { latestInGap = seen.period }
            } else if seen.first < current.lowerBound {
                mayBeInGap = true
            }
        }

        /// Engaged in the four quarters before the report's period, not in it.
        var lapsed: PartnerGap? {
            guard inGap > 0, inPeriod == 0, let latestInGap else { return nil }
            return PartnerGap(partner: partner, lastSeen: latestInGap, engagements: inGap)
        }

        /// Engaged in the report's period after four or more quarters certainly without.
        var returning: PartnerGap? {
            guard inPeriod > 0, inGap == 0, !mayBeInGap, let before else { return nil }
            return PartnerGap(partner: partner, lastSeen: before.period, engagements: inPeriod)
        }
    }
}

/// A quarter as one number, so that quarters can be counted back and forth.
struct QuarterIndex {
    let value: Int

    init(_ quarter: Quarter) { value = quarter.year * 4 + quarter.number - 1 }
    init(value: Int) { self.value = value }

    var quarter: Quarter {
        let year = value >= 0 ? value / 4 : (value - 3) / 4
        // Safe: the number is 1 to 4.
        return Quarter(year: year, number: value - year * 4 + 1)!
    }
}
