#!/usr/bin/env python3
"""Generate Liaison's country table from Debian's well-kept data.

Reads
  - iso-codes:          /usr/share/iso-codes/json/iso_3166-1.json (249 entries)
                        and its French gettext catalogue (iso_3166-1.mo)
  - unicode-cldr-core:  common/supplemental/supplementalData.xml (UN M49 containment)
                        common/main/en.xml and fr.xml (territory names, exemplar cities)
  - tzdata:             /usr/share/zoneinfo/zone.tab (a city for each time zone and its country)
and writes Sources/LiaisonCore/Gazetteer/CountryTable.generated.swift and
CityTable.generated.swift (the cities, with their English and French names).

The generated file is committed, so building Liaison needs neither package.
Run this script again (scripts/generate-gazetteer.py) after a Debian update of
either package and review the diff. Demonyms, agency names and organisations are
not in these sources; they are hand-written in Sources/LiaisonCore/Gazetteer/.

Install the inputs with: apt-get install iso-codes unicode-cldr-core tzdata
"""

import gettext
import json
import os
import sys
import unicodedata
import xml.etree.ElementTree as ET

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
CLDR = "/usr/share/unicode/cldr/common"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "Sources", "LiaisonCore", "Gazetteer", "CountryTable.generated.swift")
CITY_OUT = os.path.join(os.path.dirname(OUT), "CityTable.generated.swift")
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
# Time-zone cities that are also common words ("Christmas", "Easter"), Antarctic stations,
# and Morocco's own (its places are the extractor's, not a partner's).
CITY_SKIPS = {"Christmas", "Easter", "Wake", "Midway", "Stanley", "Nome", "Regina", "Cayenne", "Marigot",
              "Boise", "Phoenix", "Chuuk", "Pohnpei", "Kosrae", "Casablanca", "El Aaiun", "Guernsey", "Jersey",
              "Isle of Man", "Faroe", "Canary", "Madeira", "Azores", "Bermuda", "Cape Verde", "Reunion",
              "Mauritius", "Mayotte", "Comoro", "Maldives", "Mahe", "Chagos", "Kerguelen", "Cocos"}

# The seven report regions, by the M49 groups that make them up.
REGION_OF_GROUP = {
    "002": "africa",
    "142": "asia",
    "150": "europe",
    "009": "oceania",
}
# UN M49's own English names where CLDR uses another ('Southeast Asia', 'Australasia').
M49_ENGLISH_NAMES = {
    "035": "South-eastern Asia",
    "053": "Australia and New Zealand",
    "057": "Micronesia",
}
AMERICAS_SPLIT = {
    "021": "northernAmerica",
    "013": "latinAmericaCaribbean",
    "029": "latinAmericaCaribbean",
    "005": "latinAmericaCaribbean",
}


def fail(message):
    sys.stderr.write("generate-gazetteer: " + message + "\n")
    sys.exit(1)


def key(text):
    """The same folding the Swift gazetteer applies: no case, no accents, no punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


def invert(name):
    """'Korea, Republic of' -> 'Republic of Korea', 'Virgin Islands, British' -> 'British
    Virgin Islands'; None for names that are not inverted ('Saint Helena, Ascension and ...')."""
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    inverted_form = tail.endswith((" of", " of the", " de", " du", " des")) or " " not in tail
    if not inverted_form:
        return None
    inverted = tail + " " + head
    for article in ("The ", "the "):
        if inverted.startswith(article):
            inverted = inverted[len(article):]
    return inverted


def cldr_names(locale):
    """territory code -> {standard, short, variant} names from CLDR main/<locale>.xml."""
    root = ET.parse(os.path.join(CLDR, "main", locale + ".xml")).getroot()
    names = {}
    for node in root.iter("territory"):
        names.setdefault(node.get("type"), {})[node.get("alt") or "standard"] = node.text
    return names


def containment():
    """territory code -> direct M49 parent group, skipping groupings and deprecated rows."""
    root = ET.parse(os.path.join(CLDR, "supplemental", "supplementalData.xml")).getroot()
    parent = {}
    for group in root.iter("group"):
        if group.get("status") in ("grouping", "deprecated") or group.get("grouping") == "true":
            continue
        for child in group.get("contains").split():
            parent[child] = group.get("type")
    return parent


def region_of(subregion, parent):
    if subregion in AMERICAS_SPLIT:
        return AMERICAS_SPLIT[subregion]
    group = parent.get(subregion)
    if group in REGION_OF_GROUP:
        return REGION_OF_GROUP[group]
    fail("sub-region %s has no report region" % subregion)


def cities():
    """(country code, English name, French name) of each time-zone city, by zone.tab."""
    root = ET.parse(os.path.join(CLDR, "main", "fr.xml")).getroot()
    french = {zone.get("type"): zone.findtext("exemplarCity") for zone in root.iter("zone")
              if zone.findtext("exemplarCity")}
    rows = set()
    for line in open(ZONE_TAB, encoding="utf-8"):
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        code, zone = fields[0], fields[2]
        if code in ("MA", "EH") or zone.startswith(("Antarctica/", "Etc/")):
            continue
        english = zone.rsplit("/", 1)[1].replace("_", " ")
        if english in CITY_SKIPS:
            continue
        rows.add((code, english, french.get(zone, english)))
    return sorted(rows)


def write_cities():
    rows = cities()
    lines = [
        "// GENERATED by scripts/generate-gazetteer.py from Debian's tzdata (zone.tab) and",
        "// unicode-cldr-core (French exemplar cities). Do not edit by hand: change the script",
        "// and run it again.",
        "",
        "extension CityTable {",
        "    /// A city for each time zone: alpha-2, English name, French name.",
        "    static let generated = #\"\"\"",
    ] + ["\t".join(row) for row in rows] + ["\"\"\"#", "}", ""]
    with open(CITY_OUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines))
    print("wrote %s: %d cities" % (os.path.relpath(CITY_OUT), len(rows)))


def main():
    for path in (ISO_JSON, CLDR, ZONE_TAB):
        if not os.path.exists(path):
            fail("missing %s; install it with: apt-get install iso-codes unicode-cldr-core tzdata" % path)
    entries = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    french = gettext.translation("iso_3166-1", LOCALE_DIR, ["fr"])
    en, fr = cldr_names("en"), cldr_names("fr")
    parent = containment()

    rows, subregions, owners = [], {}, {}
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        code = entry["alpha_2"]
        subregion = parent.get(code) or fail("%s has no M49 sub-region in CLDR" % code)
        region = region_of(subregion, parent)
        subregions[subregion] = (M49_ENGLISH_NAMES.get(subregion, en[subregion]["standard"]), fr[subregion]["standard"], region)

        english = entry.get("common_name") or invert(entry["name"]) or entry["name"]
        cldr_fr = fr.get(code, {})
        short = cldr_fr.get("short")
        usable_short = short if short and "." not in short else None  # not 'É.-U.'
        french_name = usable_short or cldr_fr.get("standard") or french.gettext(entry["name"])

        aliases = []
        for field in ("name", "common_name", "official_name"):
            value = entry.get(field)
            if not value:
                continue
            for form in (value, french.gettext(value)):
                aliases.append(form)
                aliases.append(invert(form))
        for names in (en.get(code, {}), cldr_fr):
            aliases.extend(names.values())

        seen, kept = {key(english), key(french_name)}, []
        for alias in aliases:
            if alias and key(alias) and key(alias) not in seen:
                seen.add(key(alias))
                kept.append(alias)
        for alias_key in seen:
            owners.setdefault(alias_key, set()).add(code)
        rows.append((code, entry["alpha_3"], entry["numeric"], english, french_name,
                     subregion, region, kept))

    ambiguous = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    for alias_key, codes in sorted(ambiguous.items()):
        sys.stderr.write("note: alias '%s' names %s; left to the hand-written table\n"
                         % (alias_key, ", ".join(codes)))

    if len(rows) != 249:
        fail("expected 249 ISO 3166-1 entries, found %d" % len(rows))

    lines = [
        "// GENERATED by scripts/generate-gazetteer.py from Debian's iso-codes and",
        "// unicode-cldr-core. Do not edit by hand: change the script and run it again.",
        "",
        "extension CountryTable {",
        "    /// M49 sub-regions: code, English name, French name, report region.",
        "    static let generatedSubregions = #\"\"\"",
    ]
    for code in sorted(subregions):
        name, french_name, region = subregions[code]
        lines.append("\t".join((code, name, french_name, region)))
    lines += [
        "\"\"\"#",
        "",
        "    /// ISO 3166-1: alpha-2, alpha-3, numeric, English name, French name,",
        "    /// M49 sub-region, report region, aliases separated by '|'.",
        "    static let generatedCountries = #\"\"\"",
    ]
    for code, alpha3, numeric, english, french_name, subregion, region, kept in rows:
        clean = [a for a in kept if key(a) not in ambiguous]
        lines.append("\t".join((code, alpha3, numeric, english, french_name, subregion, region,
                                "|".join(clean))))
    lines += ["\"\"\"#", "}", ""]

    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines))
    print("wrote %s: %d countries, %d sub-regions, %d ambiguous aliases left out"
          % (os.path.relpath(OUT), len(rows), len(subregions), len(ambiguous)))
    write_cities()


if __name__ == "__main__":
    main()
