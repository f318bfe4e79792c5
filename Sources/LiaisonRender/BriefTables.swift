import Foundation
import LiaisonCore
import LiaisonMetrics

/// The brief's tables, read off a `PeriodReport` without computing anything. A year's
/// tables have the quarter's columns, with "year" for "quarter" in the names of those that
/// compare periods, and the year's quarters side by side in the regions table.
public struct BriefTables: Sendable {
    public let report: PeriodReport
    private let period: Period

    public init(_ report: PeriodReport) {
        self.report = report
        period = report.period
    }

    /// The CSV tables, in file order.
    public var csvTables: [Table] {
        [headline, partnersByRegion, partnersBySubregion, partners, trends, lapsedPartners, returningPartners,
         engagements, agreements, agreementTypes, initiatives, topics, figures, statements, mentions, undated,
         sources].map { $0.columns(for: .csv) }
    }

    public var trends: Table {
        Table(name: "trends", title: period.isYear ? "Quarter by quarter" : "Trend over eight quarters",
              columns: [Column("quarter", "Quarter")]
                + Region.allCases.map { Column($0.name.lowercased().replacingOccurrences(of: " ", with: "_"), $0.name) }
                + [Column("partners", "Partners"), Column("engagements", "Engagements"),
                   Column("new_partners", "New partners"), Column("agreements_signed", "Agreements signed"),
                   Column("recorded", "Anything recorded")],
              rows: report.trend.map { row in
                  [.text(row.quarter.description)] + row.partnersByRegion.map(Cell.integer)
                      + [.integer(row.partners), .integer(row.engagements), .integer(row.newPartners),
                         .integer(row.agreementsSigned), .bool(row.isRecorded)]
              })
    }

    public var lapsedPartners: Table {
        Self.gaps(report.lapsed, name: "lapsed-partners", title: "Lapsed partners",
                  engagements: "Engagements in the four quarters before")
    }

    public var returningPartners: Table {
        Self.gaps(report.returning, name: "returning-partners", title: "Returning partners",
                  engagements: "Engagements in the \(period.noun)")
    }

    private static func gaps(_ gaps: [PartnerGap], name: String, title: String, engagements: String) -> Table {
        Table(name: name, title: title,
              columns: [Column("partner", "Partner"), Column("code", "Code"), Column("kind", "Kind"),
                        Column("region", "Region"), Column("last_seen", "Last engaged"),
                        Column("engagements", engagements)],
              rows: gaps.map {
                  [.text($0.partner.name), .text($0.partner.code), $0.partner.kind.cell, .text($0.partner.region.name),
                   .text($0.lastSeen.description), .integer($0.engagements)]
              })
    }

    public var headline: Table {
        Table(name: "headline", title: "Key figures",
              columns: [Column("measure", "Measure"), Column(period.noun, period.description),
                        Column("previous_\(period.noun)", period.previous.description), Column("change", "Change")],
              rows: report.headline.map { [$0.measure.cell, .integer($0.current), .integer($0.previous),
                                           .integer($0.change)] })
    }

    /// The partner count columns, ending for a quarter with the year to date (in `only`
    /// outputs); a year is its own year to date.
    private func countColumns(yearToDateIn only: Column.Output?) -> [Column] {
        [Column("partners", "Partners"), Column("countries", "Countries"), Column("organisations", "Organisations"),
         Column("engagements", "Engagements"), Column("new_partners", "New partners"),
         Column("previous_\(period.noun)_partners", "Partners previous \(period.noun)"), Column("change", "Change")]
            + (period.isYear ? [] : [Column("year_to_date_partners", "Partners year to date", only: only)])
    }

    private func counts(_ counts: PartnerCounts) -> [Cell] {
        [.integer(counts.partners), .integer(counts.countries), .integer(counts.organisations),
         .integer(counts.engagements), .integer(counts.newPartners), .integer(counts.previousPeriodPartners),
         .integer(counts.change)] + (period.isYear ? [] : [.integer(counts.yearToDatePartners)])
    }

    /// One row per region; a year's table ends with its quarters side by side (partners
    /// engaged in each).
    public var partnersByRegion: Table {
        let quarters = period.isYear ? report.trend : []
        return Table(name: "partners-by-region", title: "Partners by region",
                     columns: [Column("region", "Region")] + countColumns(yearToDateIn: .workbook)
                        + quarters.map { Column("q\($0.quarter.number)_partners", "Q\($0.quarter.number)") },
                     rows: report.regions.enumerated().map { index, row in
                         [.text(row.region.name)] + counts(row.counts)
                             + quarters.map { .integer($0.partnersByRegion[index]) }
                     })
    }

    public var partnersBySubregion: Table {
        Table(name: "partners-by-subregion", title: "Partners by sub-region",
              columns: [Column("region", "Region"), Column("subregion", "Sub-region"),
                        Column("subregion_code", "M49 code")] + countColumns(yearToDateIn: nil),
              rows: report.subregions.map {
                  [.text($0.region.name), .text($0.subregion?.name ?? "(organisations)"), .text($0.subregion?.code)]
                      + counts($0.counts)
              })
    }

    public var partners: Table {
        Table(name: "partners", title: "Partners engaged",
              columns: [Column("partner", "Partner"), Column("code", "Code"), Column("kind", "Kind"),
                        Column("region", "Region"), Column("subregion", "Sub-region"),
                        Column("engagements", "Engagements"), Column("kinds", "Engagement kinds", only: .workbook),
                        Column("first_date", "First day"), Column("last_date", "Last day"), Column("new", "New"),
                        Column("sources", "Articles")],
              rows: report.partners.map {
                  [.text($0.partner.name), .text($0.partner.code), $0.partner.kind.cell, .text($0.partner.region.name),
                   .text($0.partner.subregion?.name), .integer($0.engagements), .list($0.kinds.map(\.label)),
                   .date($0.firstDay), .date($0.lastDay), .bool($0.isNew), .list($0.sources)]
              })
    }

    public var engagements: Table {
        Table(name: "engagements", title: "Engagements",
              columns: [Column("id", "Id"), Column("first_date", "First day"), Column("last_date", "Last day"),
                        Column("date", "Date as recorded"), Column("date_inferred", "Date inferred"),
                        Column("kind", "Kind"), Column("partners", "Partners"), Column("partner_codes", "Codes"),
                        Column("venue", "Venue"), Column("counterpart", "Counterpart"), Column("event", "Event"),
                        Column("topics", "Topics"), Column("summary", "Summary"), Column("sources", "Sources")],
              rows: report.engagements.map {
                  [.text($0.id), Self.day($0.date.first), Self.day($0.date.last), .text($0.date.description),
                   .bool($0.date.isInferred), $0.kind.cell, .list($0.partners.map(\.name)),
                   .list($0.partners.map(\.code)), .text($0.venue), .text($0.counterpart), .text($0.event),
                   Self.topics($0.topics), .text($0.summary), Self.sources($0.sources)]
              })
    }

    public var agreements: Table {
        Table(name: "agreements", title: "Agreements",
              columns: [Column("id", "Id"), Column("date", "Date as recorded"), Column("first_date", "First day"),
                        Column("type", "Type"), Column("status", "Status"), Column("parties", "Parties"),
                        Column("party_codes", "Codes"), Column("morocco_party", "Morocco a party"),
                        Column("period", "Period"), Column("topics", "Topics"), Column("summary", "Summary"),
                        Column("sources", "Sources")],
              rows: report.agreements.map {
                  [.text($0.id), .text($0.date.description), Self.day($0.date.first), $0.type.cell, $0.status.cell,
                   .list($0.parties.map(\.name)), .list($0.parties.map(\.code)), .bool($0.moroccoIsParty),
                   .text($0.period?.description), Self.topics($0.topics), .text($0.summary), Self.sources($0.sources)]
              })
    }

    /// Counts in the quarter, the year to date and all time; a year's, in the year and all time.
    public var agreementTypes: Table {
        let isYear = period.isYear
        return Table(name: "agreement-types", title: "Agreements by type and status",
                     columns: [Column("type", "Type"), Column("status", "Status"),
                               Column(period.noun, period.noun.capitalizedFirst)]
                        + (isYear ? [] : [Column("year_to_date", "Year to date")]) + [Column("all_time", "All time")],
                     rows: report.agreementTypes.map {
                         [$0.type.cell, $0.status.cell, .integer($0.period)]
                             + (isYear ? [] : [.integer($0.yearToDate)]) + [.integer($0.allTime)]
                     })
    }

    /// Every inventory in one table, with a category column.
    public var initiatives: Table {
        Table(name: "initiatives", title: "Initiatives",
              columns: [Column("category", "Category"), Column("id", "Id"), Column("name", "Name"),
                        Column("locations", "Locations"), Column("status", "Status"),
                        Column("status_date", "Status date"), Column("first_reported", "First reported"),
                        Column("change", "Change this \(period.noun)"), Column("partners", "Partners"),
                        Column("summary", "Summary"), Column("sources", "Sources")],
              rows: report.initiatives.flatMap(\.entries).map {
                  [$0.category.cell, .text($0.id), .text($0.name), .list($0.locations), $0.status.cell,
                   .text($0.statusDate.description), .date($0.firstReported),
                   $0.change.map { .term(code: $0.code, label: $0.label) } ?? .empty,
                   .list($0.partners.map(\.name)), .text($0.summary), Self.sources($0.sources)]
              })
    }

    /// The initiatives of some categories, titled for a sheet.
    public func initiatives(_ categories: [InitiativeCategory], title: String) -> Table {
        let codes = Set(categories.map(\.code))
        let table = initiatives.filter { row in
            if case .term(let code, _) = row[0] { return codes.contains(code) }
            return false
        }
        return Table(name: table.name, title: title, columns: table.columns, rows: table.rows)
    }

    public var topics: Table {
        Table(name: "topics", title: "Topics",
              columns: [Column("topic", "Topic"), Column("engagements", "Engagements"),
                        Column("agreements", "Agreements")],
              rows: report.topics.map { [$0.topic.cell, .integer($0.engagements), .integer($0.agreements)] })
    }

    public var figures: Table {
        Table(name: "figures", title: "Figures reported",
              columns: [Column("id", "Id"), Column("label", "What"), Column("value", "Value"), Column("unit", "Unit"),
                        Column("date", "Date"), Column("sources", "Sources")],
              rows: report.figures.map {
                  [.text($0.id), .text($0.label), .number($0.value), .text($0.unit), .text($0.date.description),
                   Self.sources($0.sources)]
              })
    }

    public var statements: Table {
        Table(name: "statements", title: "Statements",
              columns: [Column("id", "Id"), Column("date", "Date"), Column("partners", "Partners"),
                        Column("speaker", "Speaker"), Column("summary", "Summary"), Column("sources", "Sources")],
              rows: report.statements.map {
                  [.text($0.id), .text($0.date.description), .list($0.partners.map(\.name)), .text($0.speaker),
                   .text($0.summary), Self.sources($0.sources)]
              })
    }

    public var mentions: Table {
        Table(name: "mentions", title: "Mentions of cooperation",
              columns: [Column("id", "Id"), Column("date", "Date"), Column("partners", "Partners"),
                        Column("summary", "Summary"), Column("sources", "Sources")],
              rows: report.mentions.map {
                  [.text($0.id), .text($0.date.description), .list($0.partners.map(\.name)), .text($0.summary),
                   Self.sources($0.sources)]
              })
    }

    public var undated: Table {
        Table(name: "undated", title: period.isYear ? "Without a date in the year" : "Without a quarter",
              columns: [Column("kind", "Kind"), Column("id", "Id"), Column("date", "Date"),
                        Column("partners", "Partners"), Column("summary", "Summary"), Column("sources", "Sources")],
              rows: report.undated.map {
                  [.text($0.kind), .text($0.id), .text($0.date.description), .list($0.partners.map(\.name)),
                   .text($0.summary), Self.sources($0.sources)]
              })
    }

    public var sources: Table {
        Table(name: "sources", title: "Sources",
              columns: [Column("ref", "Ref"), Column("id", "Article"), Column("title", "Title"),
                        Column("outlet", "Outlet"), Column("published", "Published"),
                        Column("published_inferred", "Date inferred"), Column("url", "Link"),
                        Column("file", "File"), Column("citations", "Records citing it")],
              rows: report.sources.enumerated().map { index, source in
                  [.integer(index + 1), .text(source.id), .text(source.title), .text(source.outlet),
                   .text(source.published.description), .bool(source.published.isInferred),
                   source.url.map { .link(url: $0, label: $0) } ?? .empty, .text(source.file),
                   .integer(source.citations)]
              })
    }

    private static func day(_ day: Day?) -> Cell { day.map(Cell.date) ?? .empty }

    private static func topics(_ topics: [Topic]) -> Cell {
        .text(topics.sorted().map(\.code).joined(separator: "; "))
    }

    private static func sources(_ sources: [Provenance]) -> Cell {
        .list(sources.sorted().map(\.description))
    }
}
