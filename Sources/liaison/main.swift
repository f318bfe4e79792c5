import LiaisonCore
let g = Gazetteer.standard
print(g.partners.count, g.countries.count, g.organisations.count, g.nameForms.count)
for (k, v) in g.ambiguousNames.sorted(by: { $0.key < $1.key }) { print("AMB", k, v) }
for q in ["Turkey", "Türkiye", "Turkish", "turque", "Czech Republic", "Czechia", "South Korea", "Republic of Korea", "Korea", "Russia", "Russian Federation", "UK", "United Kingdom", "United States", "US", "Spian", "Espagne", "allemande", "BKA", "Nayef Arab University for Security Sciences", "Hong Kong", "ESP", "Holand", "Germny"] { print(q, g.lookup(q)) }
