import LiaisonCore
import LiaisonMetrics

/// Writes the brief as plain text for an email: at most 80 display columns, sections in a
/// fixed order, sources cited as [1], [2].
public enum TextRenderer {
    public static let width = 80

    /// The briefing of `report`.
    public static func render(_ report: PeriodReport) -> String {
        var briefing = Briefing(report: report)
        briefing.write()
        return briefing.lines.map { $0.trimmingTrailingSpaces() + "\n" }.joined()
    }
}

/// The briefing being written, line by line.
private struct Briefing {
    let report: PeriodReport
    let period: Period
    /// Each cited article's number, by id.
    let references: [String: Int]
    var lines: [String] = []

    init(report: PeriodReport) {
        self.report = report
        period = report.period
        references = Dictionary(uniqueKeysWithValues: report.sources.enumerated().map { ($0.element.id, $0.offset + 1) })
    }

    mutating func write() {
        header()
        guard !report.isEmpty else {
            paragraph("Nothing is recorded for \(period): no engagement, agreement, figure, statement or "
                + "initiative news is dated in the \(period.noun) or reported by an article published in it.")
            trend()
            movements()
            return
        }
        headline()
        keyFigures()
        regions()
        trend()
        movements()
        agreements()
        inventory(.training, title: "Training initiatives")
        inventory(.welfare, title: "Welfare initiatives")
        otherInitiatives()
        engagements()
        reported()
        undated()
        sources()
    }

    // MARK: Sections

    private mutating func header() {
        lines.append((period.isYear ? "LIAISON YEAR IN REVIEW: " : "LIAISON QUARTERLY BRIEF: ") + period.description)
        lines.append("International security cooperation of the DGSN and DGST")
        let status = "\(period.noun) " + (report.isComplete ? "complete" : "in progress")
        paragraph("\(Self.prose(period.firstDay)) to \(Self.prose(period.lastDay)); "
            + "data as of \(Self.prose(report.asOf)) (\(status)).", blankBefore: false)
    }

    private mutating func headline() {
        let total = report.total
        let previous = report.headline(.partners).previous
        var text = "In \(period) the services engaged \(TextLayout.count(total.partners, "partner")) "
            + "(\(TextLayout.count(total.countries, "country", "countries")) and "
            + "\(TextLayout.count(total.organisations, "international organisation"))) in "
            + "\(TextLayout.count(report.engagementCount, "engagement")); "
            + "\(total.newPartners) of the partners had not been engaged before. "
            + "In \(period.previous) they engaged \(TextLayout.count(previous, "partner")). "
        let agreements = report.headline(.agreements).current
        let signed = report.headline(.agreementsSigned).current
        text += agreements == 0 ? "No agreement is dated in the \(period.noun). "
            : "\(TextLayout.count(agreements, "agreement")) \(agreements == 1 ? "is" : "are") dated in the "
                + "\(period.noun), \(signed) signed. "
        text += "\(TextLayout.count(report.headline(.initiativesNew).current, "initiative")) first reported, "
            + "\(report.headline(.initiativesChanged).current) with a new status."
        if !period.isYear { text += " Year to date: \(TextLayout.count(total.yearToDatePartners, "partner"))." }
        paragraph(text)
    }

    private mutating func keyFigures() {
        section("Key figures")
        let rows = [["", period.description, period.previous.description, "Change"]]
            + report.headline.map {
                [$0.measure.label, String($0.current), String($0.previous), TextLayout.signed($0.change)]
            }
        lines += TextLayout.table(rows)
    }

    /// A quarter's regions with a bar each; a year's with its quarters side by side.
    private mutating func regions() {
        section(period.isYear ? "Partnerships by region and quarter" : "Partnerships by region")
        guard !period.isYear else { return yearRegions() }
        let header = ["Region", "Partners", "New", "Eng.", "Prev.", "Change"]
        var rows = [header] + report.regions.map { row in
            [row.region.name] + Self.numbers(row.counts)
        }
        rows.append(["Total"] + Self.numbers(report.total))
        var table = TextLayout.table(rows)
        // A bar per region, scaled to the region with most partners.
        let widest = table.map(DisplayWidth.of).max() ?? 0
        let room = max(0, TextRenderer.width - widest - 2)
        let most = report.regions.map(\.counts.partners).max() ?? 0
        for (index, row) in report.regions.enumerated() where most > 0 && row.counts.partners > 0 {
            let length = max(1, (row.counts.partners * room + most / 2) / most)
            table[index + 1] = TextLayout.pad(table[index + 1], widest) + "  " + String(repeating: "#", count: length)
        }
        lines += table
        paragraph("Partners: distinct partners engaged. New: engaged for the first time in the ledger. "
            + "Eng.: engagements, counted once per partner. Prev.: partners engaged in \(period.previous).")
    }

    private mutating func yearRegions() {
        let quarters = report.trend
        let header = ["Region"] + quarters.map { "Q\($0.quarter.number)" }
            + ["Year", "New", "Eng.", period.previous.description, "Change"]
        func row(_ name: String, _ inQuarters: [Int], _ counts: PartnerCounts) -> [String] {
            [name] + inQuarters.map(String.init) + Self.numbers(counts)
        }
        lines += TextLayout.table([header]
            + report.regions.enumerated().map { index, region in
                row(region.region.name, quarters.map { $0.partnersByRegion[index] }, region.counts)
            }
            + [row("Total", quarters.map(\.partners), report.total)])
        paragraph("Q1 to Q4: distinct partners engaged in each quarter. Year: distinct partners engaged in the year, "
            + "engagements dated only by the year included, so the quarters need not add up to it. New: engaged "
            + "for the first time in the ledger. Eng.: engagements, counted once per partner. "
            + "\(period.previous): partners engaged in \(period.previous).")
    }

    /// The trend's quarters as a table of 75 columns at most; a quarter without records says so.
    private mutating func trend() {
        section(period.isYear ? "Quarter by quarter" : "Trend over eight quarters")
        let header = ["Quarter"] + Region.allCases.map(Self.shortName) + ["Total", "Eng.", "New", "Sign."]
        var table = TextLayout.table([header] + report.trend.map { row in
            [row.quarter.description] + row.partnersByRegion.map(String.init)
                + [String(row.partners), String(row.engagements), String(row.newPartners), String(row.agreementsSigned)]
        })
        for (index, row) in report.trend.enumerated() where !row.isRecorded {
            table[index + 1] = TextLayout.pad(row.quarter.description, DisplayWidth.of(header[0])) + "  nothing recorded"
        }
        lines += table
        paragraph(Region.allCases.map { "\(Self.shortName($0)): \($0.name)" }.joined(separator: "; ")
            + ". Distinct partners engaged per region; Total: all regions; Eng.: engagements; New: partners engaged "
            + "for the first time; Sign.: agreements signed. Year-only records have no quarter and are left out"
            + (period.isYear ? " here; they count in the year's figures." : "."))
    }

    /// A region's name in four letters at most, for the trend table.
    private static func shortName(_ region: Region) -> String {
        switch region {
        case .africa: "Afr"
        case .asia: "Asia"
        case .europe: "Eur"
        case .latinAmericaCaribbean: "LAC"
        case .northernAmerica: "NAm"
        case .oceania: "Oce"
        case .internationalOrganisations: "Org"
        }
    }

    /// Partners that lapsed and partners that returned.
    private mutating func movements() {
        // The four quarters before the period: a year's are the year before.
        let first = period.quarters[0]
        let before = period.isYear ? period.previous.description : "\(Self.quarter(first, back: 4)) to \(first.previous)"
        gaps("Lapsed partners", "Engaged in \(before), not in \(period):", report.lapsed,
             counted: period.isYear ? "in \(before)" : "in those four quarters")
        gaps("Returning partners", "Engaged in \(period), not in \(before), but engaged before:", report.returning,
             counted: "this \(period.noun)")
    }

    private mutating func gaps(_ title: String, _ introduction: String, _ gaps: [PartnerGap], counted: String) {
        section(title)
        lines += TextLayout.wrap(introduction, width: TextRenderer.width)
        if gaps.isEmpty { lines.append("None.") }
        for gap in gaps {
            bullet("\(gap.partner.name), last engaged in \(gap.lastSeen) "
                + "(\(TextLayout.count(gap.engagements, "engagement")) \(counted))")
        }
    }

    /// The quarter `count` quarters before `quarter`.
    private static func quarter(_ quarter: Quarter, back count: Int) -> Quarter {
        (0..<count).reduce(quarter) { earlier, _ in earlier.previous }
    }

    private static func numbers(_ counts: PartnerCounts) -> [String] {
        [String(counts.partners), String(counts.newPartners), String(counts.engagements),
         String(counts.previousPeriodPartners), TextLayout.signed(counts.change)]
    }

    private mutating func agreements() {
        section("Agreements")
        if report.agreements.isEmpty {
            lines.append("No agreement is dated in \(period).")
        }
        for agreement in report.agreements {
            let parties = agreement.parties.map(\.name).joined(separator: ", ")
            var text = "\(agreement.type.label.capitalizedFirst), \(agreement.status.label), "
                + (agreement.moroccoIsParty ? "with \(parties)" : "between \(parties) (proposed by Morocco)")
                + " (\(agreement.date))."
            if let summary = agreement.summary { text += " " + summary }
            bullet(text + cite(agreement.sources))
        }
        let counted = report.agreementTypes.filter { $0.allTime > 0 || $0.yearToDate > 0 || $0.period > 0 }
        guard !counted.isEmpty else { return }
        lines.append("")
        let isYear = period.isYear
        lines += TextLayout.table([["Type", "Status"] + (isYear ? ["Year"] : ["Quarter", "Year"]) + ["All time"]]
            + counted.map {
                [$0.type.label, $0.status.label, String($0.period)] + (isYear ? [] : [String($0.yearToDate)])
                    + [String($0.allTime)]
            }, leftColumns: 2)
    }

    private mutating func inventory(_ category: InitiativeCategory, title: String) {
        section("\(title) as of \(Self.prose(report.asOf))")
        let entries = report.inventory(category)?.entries ?? []
        if entries.isEmpty { lines.append("None recorded.") }
        for entry in entries { initiative(entry) }
    }

    private mutating func otherInitiatives() {
        let entries = [InitiativeCategory.technology, .infrastructure].flatMap { report.inventory($0)?.entries ?? [] }
        guard !entries.isEmpty else { return }
        section("Technology and infrastructure as of \(Self.prose(report.asOf))")
        for entry in entries { initiative(entry) }
    }

    private mutating func initiative(_ entry: InitiativeEntry) {
        let place = entry.locations.isEmpty ? "" : " (\(entry.locations.joined(separator: ", ")))"
        let noun = period.noun
        let change = entry.change.map { $0 == .new ? " NEW this \(noun)." : " Status changed this \(noun), \($0.label)." } ?? ""
        bullet("\(entry.name)\(place): \(entry.status.label), \(entry.statusDate).\(change)" + cite(entry.sources))
    }

    /// Engagements of the same kind, event, venue and date on one line.
    private mutating func engagements() {
        section("Notable engagements")
        if report.engagements.isEmpty { lines.append("No engagement is dated in \(period).") }
        var groups: [(key: [String], engagements: [Engagement])] = []
        for engagement in report.engagements {
            let key = [engagement.kind.code, engagement.event ?? "", engagement.venue ?? "", engagement.date.description]
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].engagements.append(engagement)
            } else {
                groups.append((key, [engagement]))
            }
        }
        for group in groups {
            let first = group.engagements[0]
            let partners = group.engagements.flatMap(\.partners).map(\.name).sorted { $0.lowercased() < $1.lowercased() }
            let context = [first.event, first.venue].compactMap { $0 }.joined(separator: ", ")
            var text = "\(first.date)" + (context.isEmpty ? "" : ", \(context)") + ": "
            text += group.engagements.count == 1 ? first.kind.label
                : "\(group.engagements.count) \(first.kind.pluralLabel)"
            text += " with " + partners.joined(separator: ", ") + "."
            if group.engagements.count == 1, let summary = first.summary { text += " " + summary }
            bullet(text + cite(group.engagements.flatMap(\.sources)))
        }
    }

    private mutating func reported() {
        guard !(report.figures.isEmpty && report.statements.isEmpty && report.mentions.isEmpty) else { return }
        section("Also reported")
        for figure in report.figures {
            bullet("\(CSVRenderer.number(figure.value)) \(figure.unit): \(figure.label) (\(figure.date))."
                + cite(figure.sources))
        }
        for statement in report.statements {
            let speaker = statement.speaker.map { "\($0): " } ?? ""
            bullet("\(speaker)\(statement.summary.withoutFinalStop) (\(statement.date); a statement, not an "
                + "engagement)." + cite(statement.sources))
        }
        for mention in report.mentions {
            bullet("\(mention.summary.withoutFinalStop) (\(mention.date); a mention, not an engagement)."
                + cite(mention.sources))
        }
    }

    private mutating func undated() {
        guard !report.undated.isEmpty else { return }
        section("Without a date in the \(period.noun)")
        paragraph("Reported by an article of the \(period.noun), but dated "
            + (period.isYear ? "only by another year or not at all" : "only by year or not at all")
            + ", so not counted above.", blankBefore: false)
        for record in report.undated {
            let partners = record.partners.map(\.name).joined(separator: ", ")
            let summary = record.summary.map { " " + $0 } ?? ""
            bullet("\(record.kind.capitalizedFirst) with \(partners) (\(record.date)).\(summary)" + cite(record.sources))
        }
    }

    private mutating func sources() {
        section("Sources")
        for (index, source) in report.sources.enumerated() {
            var text = source.title + "."
            if let outlet = source.outlet { text += " \(outlet)," }
            text += " \(source.published)" + (source.published.isInferred ? " (date inferred)." : ".")
            if let url = source.url { text += " " + url }
            lines += TextLayout.wrap(text, width: TextRenderer.width, first: "[\(index + 1)] ", rest: "    ")
        }
    }

    // MARK: Helpers

    private mutating func section(_ title: String) {
        lines.append("")
        lines.append(title.uppercased())
    }

    private mutating func paragraph(_ text: String, blankBefore: Bool = true) {
        if blankBefore { lines.append("") }
        lines += TextLayout.wrap(text, width: TextRenderer.width)
    }

    private mutating func bullet(_ text: String) {
        lines += TextLayout.wrap(text, width: TextRenderer.width, first: "- ", rest: "  ")
    }

    /// ` [1][2]` for the articles of `sources`, in reference order.
    private func cite(_ sources: [Provenance]) -> String {
        let numbers = Set(sources.compactMap { references[$0.article] }).sorted()
        return numbers.isEmpty ? "" : " " + numbers.map { "[\($0)]" }.joined()
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    /// `1 October 2025`.
    static func prose(_ day: Day) -> String { "\(day.day) \(months[day.month - 1]) \(day.year)" }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    var withoutFinalStop: String { hasSuffix(".") ? String(dropLast()) : self }
}
