import Foundation
import LiaisonCore
import Testing
import LiaisonMetrics

/// 2025-Q4 of the bundled seed ledger, against counts worked out by hand from the articles.
@Suite struct SeedQuarterTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
    static let ledger = LedgerLoader(directory: seeds).load().ledger
    static let report = try! PeriodReport(ledger: ledger, quarter: Fixture.quarter("2025-Q4"),
                                           asOf: Fixture.day("2026-01-02"))

    /// Derived from article 001 (INTERPOL's 93rd General Assembly, Marrakech, 24-27 November
    /// 2025), the only source of 2025-Q4 engagements besides 004, which reports the same
    /// assembly again:
    /// - Europe: line 10 names 11 delegations (Poland, Serbia, Russia, Sweden, Denmark,
    ///   Montenegro, Slovenia, Switzerland, Slovakia, Bulgaria, Romania), line 12 seven more
    ///   (Germany, Spain, Hungary, Italy, Belarus, North Macedonia, Czech Republic), and line
    ///   23 the Norway MoU signing: 19 partners, one engagement each. Engaged before 2025-Q4
    ///   (articles 000, 002, 003): Spain, Germany, Italy, Serbia, Norway, North Macedonia,
    ///   so 13 are new.
    /// - Africa: line 13 names 14 (Benin, Mauritania, Burkina Faso, Mali, Cameroon, Namibia,
    ///   Rwanda, Sudan, Niger, Chad, Senegal, Gabon, Kenya, Mozambique), line 24 the
    ///   Ethiopia signing: 15. Senegal, Sudan and Rwanda met Morocco in Glasgow (003): 12 new.
    /// - Latin America and the Caribbean: line 14, Chile, Argentina, Bahamas, Brazil,
    ///   Panama: 5, all new.
    /// - Asia: line 15, India, Türkiye, Bahrain, Kuwait, Malaysia, Yemen, China, Korea,
    ///   Nepal: 9. Türkiye (000, 003) and China (003) were engaged before: 7 new.
    /// - Organisations: INTERPOL (taking part in its assembly, line 2, and meeting its
    ///   leadership, line 17: 2 engagements), the Arab Interior Ministers' Council and Naif
    ///   Arab University (line 18), the UN (line 19) and the World Economic Forum (line 20):
    ///   5 partners, 6 engagements. INTERPOL (000, 003) and Naif (000) are not new: 3 new.
    /// - No article reports an engagement in 2025-Q3, so the previous quarter is 0 everywhere.
    ///   The year to date adds 002's Spain and Germany (January 2025), already counted.
    @Test func regionCountsDerivedFromArticle001() {
        let rows = Self.report.regions.map { region in
            [region.counts.partners, region.counts.countries, region.counts.organisations,
             region.counts.engagements, region.counts.newPartners, region.counts.previousPeriodPartners,
             region.counts.change, region.counts.yearToDatePartners]
        }
        #expect(rows == [
            [15, 15, 0, 15, 12, 0, 15, 15], // Africa
            [9, 9, 0, 9, 7, 0, 9, 9], // Asia
            [19, 19, 0, 19, 13, 0, 19, 19], // Europe
            [5, 5, 0, 5, 5, 0, 5, 5], // Latin America and the Caribbean
            [0, 0, 0, 0, 0, 0, 0, 0], // Northern America
            [0, 0, 0, 0, 0, 0, 0, 0], // Oceania
            [5, 0, 5, 6, 3, 0, 5, 5], // International organisations
        ])
        #expect(Self.report.total.partners == 53)
        #expect(Self.report.total.newPartners == 40)
        // 46 meetings with countries, 2 signings, 6 with organisations; 004's report of the
        // assembly is merged with 001's.
        #expect(Self.report.engagementCount == 54)
    }

    @Test func interpolLeadsThePartnersThenNamesInOrder() {
        let partners = Self.report.partners
        #expect(partners.first?.partner.code == "INTERPOL")
        #expect(partners.first?.engagements == 2)
        #expect(partners.first?.sources == ["001", "004"])
        #expect(partners.dropFirst().prefix(3).map(\.partner.name) == [
            "Arab Interior Ministers' Council", "Argentina", "Bahamas",
        ])
    }

    @Test func theTwoMemorandaSignedInMarrakech() {
        #expect(Self.report.agreements.map { $0.parties.map(\.code) } == [["ET"], ["NO"]])
        let signed = Self.report.agreementTypes.first { $0.type == .memorandumOfUnderstanding && $0.status == .signed }
        #expect(signed?.period == 2)
    }

    @Test func latestOnTheSeedsIs2025Q4() throws {
        #expect(try PeriodChoice.latest(.quarter).resolve(in: Self.ledger, asOf: Fixture.day("2026-11-22")).map(\.description)
            == ["2025-Q4"])
    }
}
