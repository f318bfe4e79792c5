import Testing
@testable import LiaisonCore

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.standard

    @Test func holdsAll249ISOEntriesEachWithARegionAndSubregion() {
        let countries = gazetteer.countries
        #expect(countries.count == 249)
        #expect(Set(countries.map(\.code)).count == 249)
        for country in countries {
            #expect(country.subregion != nil, "\(country.code) has no sub-region")
            #expect(country.region != .internationalOrganisations)
            #expect(country.subregion?.region == country.region, "\(country.code)")
            #expect(!country.frenchName.isEmpty)
        }
    }

    @Test(arguments: [
        ("HK", Region.asia, "Eastern Asia"), ("BS", .latinAmericaCaribbean, "Caribbean"),
        ("US", .northernAmerica, "Northern America"), ("MX", .latinAmericaCaribbean, "Central America"),
        ("TR", .asia, "Western Asia"), ("SN", .africa, "Western Africa"), ("RU", .europe, "Eastern Europe"),
        ("AQ", .oceania, "Outlying Oceania"), ("MY", .asia, "South-eastern Asia"),
    ])
    func placesCountriesInM49Regions(code: String, region: Region, subregion: String) {
        let partner = gazetteer.partner(code: code)
        #expect(partner?.region == region)
        #expect(partner?.subregion?.name == subregion)
    }

    @Test(arguments: [
        ("Turkey", "TR"), ("Türkiye", "TR"), ("Turkish", "TR"), ("turque", "TR"), ("TURKIYE", "TR"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("République tchèque", "CZ"),
        ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Korea", "KR"), ("Corée du Sud", "KR"),
        ("Russia", "RU"), ("Russian Federation", "RU"), ("UK", "GB"), ("United Kingdom", "GB"),
        ("United States", "US"), ("US", "US"), ("États-Unis", "US"), ("Etats Unis", "US"),
        ("Espagne", "ES"), ("espagnol", "ES"), ("espagnoles", "ES"), ("Spanish", "ES"),
        ("Allemagne", "DE"), ("allemande", "DE"), ("Italian", "IT"), ("italienne", "IT"),
        ("BKA", "DE"), ("Bundespolizei", "DE"), ("National Crime Agency", "GB"), ("Guardia Civil", "ES"),
        ("Hong Kong", "HK"), ("ESP", "ES"), ("ES", "ES"), ("Côte d’Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("Nayef Arab University for Security Sciences", "NAUSS"), ("Arab Interior Ministers Council", "AIMC"),
        ("ICPO-INTERPOL", "INTERPOL"), ("Organisation mondiale de la santé", "WHO"), ("United Nations", "UN"),
    ])
    func findsNamesAliasesDemonymsAndAgencies(name: String, code: String) {
        #expect(gazetteer.lookup(name) == .found(gazetteer.partner(code: code)!))
    }

    @Test func reportsAmbiguousNamesWithEveryCandidate() {
        #expect(gazetteer.lookup("Congolese").ambiguousCodes == ["CD", "CG"])
        #expect(gazetteer.ambiguousNames.keys.sorted() == ["Congolese", "congolais", "congolaise", "congolaises"])
    }

    @Test(arguments: [("Spian", "Spain"), ("Germny", "Germany"), ("Moroco", "Morocco"), ("Interpool", "INTERPOL")])
    func suggestsTheNearestNameForATypo(typo: String, suggestion: String) {
        #expect(gazetteer.lookup(typo) == .notFound(suggestion: suggestion))
    }

    @Test func suggestsNothingForAFarMiss() {
        #expect(gazetteer.lookup("Atlantis Federation") == .notFound(suggestion: nil))
    }

    @Test func keepsOrganisationCodesApartFromCountryCodes() {
        for organisation in gazetteer.organisations {
            #expect(organisation.region == .internationalOrganisations)
            #expect(organisation.subregion == nil)
            #expect(gazetteer.countries.allSatisfy { $0.code != organisation.code })
        }
        #expect(gazetteer.partner(code: "AU")?.name == "Australia")
        #expect(gazetteer.lookup("African Union") == .found(gazetteer.partner(code: "AUC")!))
    }

    @Test(arguments: [
        ("espagnol", ["espagnol", "espagnole", "espagnols", "espagnoles"]),
        ("belge", ["belge", "belges"]),
        ("italien", ["italien", "italienne", "italiens", "italiennes"]),
        ("français", ["français", "française", "françaises"]),
        ("turc/turque", ["turc", "turque", "turcs", "turques"]),
    ])
    func inflectsFrenchDemonyms(masculine: String, forms: [String]) {
        #expect(CountryTable.frenchDemonymForms(masculine) == forms)
    }

    @Test func foldsCaseAccentsAndPunctuation() {
        #expect(NameKey("Côte d’Ivoire").folded == "cote d ivoire")
        #expect(NameKey("  SAUDI-Arabia ").folded == "saudi arabia")
    }
}

extension Gazetteer.Lookup {
    var ambiguousCodes: [String] {
        if case .ambiguous(let partners) = self { return partners.map(\.code) }
        return []
    }
}
