#!/usr/bin/env python3
"""Trains the partner gate of `liaison extract` and writes its weights as Swift.

The gate (Sources/LiaisonExtract/PartnerGate.swift) reads the drafts the rules made of an
article and decides, partner by partner, whether the partner was engaged: it turns an
engaged partner it doubts into a mention, a partner the rules only mentioned or quoted
into an engagement, and a partner's lone engagement into another kind when it finds that
kind much likelier. It is trained on what the rules drafted from text they had not been
written for: scripts/partner-gate/first-run-drafts.json holds, for each article of the
evaluation corpus that was once a frozen held-out set, the records drafted by the binary
of that set's first run (built at the commit named beside it), and the answer key is the
article's curated records in Tests/LiaisonExtractTests/Corpus/Development.
scripts/partner-gate/add-first-run.py appends a set once it has been run and reported.

    python3 scripts/train-partner-gate.py                  # writes the weights
    python3 scripts/train-partner-gate.py --cross-validate # leave one held-out set out

Needs python3-yaml and python3-numpy. The features here and in PartnerGate.swift must stay
the same: change both together.
"""
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Tests/LiaisonExtractTests/Corpus/Development"
GAZETTEER = ROOT / "Sources/LiaisonCore/Gazetteer"
OUTPUT = ROOT / "Sources/LiaisonExtract/PartnerGate+Weights.generated.swift"
KINDS = ["meeting", "visit-made", "visit-received", "signing", "joint-operation", "event-participation"]
THRESHOLD = 0.5
RETYPE_MARGIN = 0.2
MIN_WORD_COUNT = 3


def table(name, start):
    text = (GAZETTEER / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.split(start)[1].split('"""')[0].strip().split("\n")]


def partner_codes():
    """Every name, alias and code of the gazetteer, lowercased, to the partner's code."""
    codes = {}
    for row in table("CountryTable.generated.swift", 'static let generatedCountries = #"""'):
        for name in [row[0], row[1], row[3], row[4]] + (row[7].split("|") if len(row) > 7 else []):
            codes[name.strip().lower()] = row[0]
    for row in table("CountryTable+HandWritten.swift", 'static let handWrittenAgencies = #"""'):
        if len(row) > 1:
            codes[row[0].strip().lower()] = row[1].strip()
    for row in table("OrganisationTable.swift", 'static let rows = #"""'):
        for name in row[:3] + (row[3].split(", ") if len(row) > 3 else []):
            codes[name.strip().lower()] = row[0]
    return codes


CODES = partner_codes()


def codes(value):
    names = [] if value is None else value if isinstance(value, list) else [value]
    return [CODES.get(str(name).strip().lower(), str(name)) for name in names]


def words(line):
    """The line's words: lowercased, accents removed, runs of a-z and 0-9."""
    folded = "".join(c for c in unicodedata.normalize("NFD", line.lower()) if unicodedata.category(c) != "Mn")
    return re.findall(r"[a-z0-9]+", folded)


def candidates(records, lines, language):
    """The partners the drafts name, each with the features the gate reads."""
    found = collections.defaultdict(lambda: {"kinds": collections.Counter(), "agreement": False,
                                             "statement": False, "mention": False, "lines": set()})
    for kind, partners, engagement_kind, cited in records:
        for code in partners:
            entry = found[code]
            if kind == "engagement":
                entry["kinds"][engagement_kind] += 1
            else:
                entry[kind] = True
            entry["lines"].update(cited)
    result = {}
    for code, entry in found.items():
        features = {"bias": 1.0, "language:" + language: 1.0}
        engaged = bool(entry["kinds"])
        flags = {"engaged": engaged, "agreement": entry["agreement"], "statement": entry["statement"],
                 "mention": entry["mention"], "only-named": not engaged and not entry["agreement"],
                 "engaged-more-than-once": sum(entry["kinds"].values()) > 1,
                 "more-than-4-partners": len(found) > 4, "more-than-8-partners": len(found) > 8,
                 "in-first-3-lines": bool(entry["lines"]) and min(entry["lines"]) <= 3,
                 "on-several-lines": len(entry["lines"]) > 1, "organisation": len(code) != 2}
        features.update({name: 1.0 for name, on in flags.items() if on})
        features.update({"kind:" + kind: 1.0 for kind in entry["kinds"]})
        for number in entry["lines"]:
            if 1 <= number <= len(lines):
                features.update({"word:" + word: 1.0 for word in words(lines[number - 1])})
        result[code] = (features, entry)
    return result


def load():
    articles = {a["id"]: a for a in yaml.safe_load((CORPUS / "articles/articles.yaml").read_text())["articles"]}
    rows, keys = [], {}
    for run in json.loads((ROOT / "scripts/partner-gate/first-run-drafts.json").read_text()):
        meta = articles[run["article"]]
        lines = (CORPUS / "articles" / meta["file"]).read_text(encoding="utf-8").split("\n")
        key = yaml.safe_load((CORPUS / "ledger" / (run["article"] + ".yaml")).read_text()) or {}
        engaged, kinds = set(), collections.Counter()
        for record in key.get("engagements") or []:
            for code in codes(record.get("partners")):
                engaged.add(code)
                kinds[(code, record["kind"])] += 1
        for record in key.get("agreements") or []:
            engaged.update(codes(record.get("parties")))
        records = [[kind, codes(partners), engagement_kind, cited] for kind, partners, engagement_kind, cited
                   in run["records"]]
        drafted = collections.Counter((code, k) for kind, partners, k, _ in records if kind == "engagement"
                                      for code in partners)
        keys[run["article"]] = {"engaged": engaged, "kinds": kinds, "drafted": drafted}
        for code, (features, entry) in candidates(records, lines, meta["language"]).items():
            rows.append({"set": run["set"], "article": run["article"], "partner": code, "features": features,
                         "entry": entry, "label": code in engaged,
                         "kinds": [k for (c, k), n in kinds.items() if c == code for _ in range(n)]})
    return rows, keys


def fit(rows, labels):
    """Logistic regression by gradient descent, lightly regularised."""
    counts = collections.Counter(name for row in rows for name in row["features"])
    names = sorted(n for n, c in counts.items() if c >= MIN_WORD_COUNT or not n.startswith("word:"))
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for name, value in row["features"].items():
            if name in index:
                x[i, index[name]] = value
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names))
    for _ in range(300):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= 5.0 * ((x.T @ (p - y)) + w) / len(y)
    return dict(zip(names, w))


def score(model, row):
    return 1 / (1 + np.exp(-sum(model.get(n, 0.0) * v for n, v in row["features"].items())))


def train(rows):
    gate = fit(rows, [row["label"] for row in rows])
    engaged = [row for row in rows if row["kinds"]]
    kinds = {kind: fit(engaged, [kind in row["kinds"] for row in engaged]) for kind in KINDS}
    return gate, kinds


def decide(row, gate, kinds):
    """The partner's engagements after the gate: the drafted ones, none, one retyped or one promoted."""
    entry = row["entry"]
    drafted = collections.Counter({(row["partner"], k): n for k, n in entry["kinds"].items()})
    if entry["agreement"]:
        return drafted, True
    p = score(gate, row)
    if entry["kinds"]:
        if p < THRESHOLD:
            return collections.Counter(), False
        if sum(entry["kinds"].values()) == 1:
            (drafted_kind,) = entry["kinds"]
            likeliest = max(KINDS, key=lambda k: score(kinds[k], row))
            if score(kinds[likeliest], row) > score(kinds[drafted_kind], row) + RETYPE_MARGIN:
                return collections.Counter({(row["partner"], likeliest): 1}), True
        return drafted, True
    if p > THRESHOLD:
        kind = max(KINDS, key=lambda k: score(kinds[k], row))
        return collections.Counter({(row["partner"], kind): 1}), True
    return collections.Counter(), False


def measure(rows, keys, models):
    """Partners and engagements, micro-averaged, with and without the gate."""
    totals = collections.Counter()
    by_article = collections.defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    for article, its in by_article.items():
        key = keys[article]
        rule_partners = {r["partner"] for r in its if r["entry"]["kinds"] or r["entry"]["agreement"]}
        gated, engagements = set(), collections.Counter()
        for row in its:
            drafted, keep = decide(row, *models[row["set"]])
            engagements += drafted
            if keep:
                gated.add(row["partner"])
        expected = sum(key["kinds"].values())
        for name, partners, drafts in (("rules", rule_partners, key["drafted"]), ("gate", gated, engagements)):
            totals[name, "pm"] += len(partners & key["engaged"])
            totals[name, "pd"] += len(partners)
            totals[name, "em"] += sum((drafts & key["kinds"]).values())
            totals[name, "ed"] += sum(drafts.values())
        totals["pe"] += len(key["engaged"])
        totals["ee"] += expected
    for name in ("rules", "gate"):
        print(f"{name:5}  partners {totals[name, 'pm'] / totals[name, 'pd']:.3f} / {totals[name, 'pm'] / totals['pe']:.3f}"
              f"  engagements {totals[name, 'em'] / totals[name, 'ed']:.3f} / {totals[name, 'em'] / totals['ee']:.3f}")


def swift(gate, kinds):
    def literal(model):
        return "\n".join(f"{name}\t{model[name]:.6f}" for name in sorted(model) if abs(model[name]) >= 5e-7)
    parts = [f'    static let gate = #"""\n{literal(gate)}\n"""#']
    parts += [f'    static let {re.sub("-(.)", lambda m: m.group(1).upper(), k)} = #"""\n{literal(kinds[k])}\n"""#'
              for k in KINDS]
    return ("// GENERATED by scripts/train-partner-gate.py from scripts/partner-gate/first-run-drafts.json\n"
            "// and the Development corpus. Do not edit by hand: change the script and run it again.\n\n"
            "/// The partner gate's weights: feature <TAB> weight, one a line.\n"
            "enum PartnerGateWeights {\n" + "\n\n".join(parts) + "\n}\n")


def main():
    rows, keys = load()
    sets = sorted({row["set"] for row in rows})
    print(f"{len(rows)} partners drafted in {len(keys)} articles of {len(sets)} held-out sets "
          f"({sum(row['label'] for row in rows)} engaged)")
    if "--cross-validate" in sys.argv:
        models = {}
        for held in sets:
            models[held] = train([row for row in rows if row["set"] != held])
        print("each set scored by a gate trained on the others:")
        measure(rows, keys, models)
        return
    models = train(rows)
    OUTPUT.write_text(swift(*models), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
