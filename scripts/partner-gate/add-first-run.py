#!/usr/bin/env python3
"""Adds a held-out set's first-run drafts to the partner gate's training data.

The gate learns where the rules go wrong on text they were not written for, so its data is
what the rules alone drafted from a held-out set on that set's first run. Once the set has
been run and reported (and joins Development), draft its articles again with the binary of
that first run, built at the commit named, and append them here:

    python3 scripts/partner-gate/add-first-run.py SET COMMIT BINARY LEDGER [ARTICLE-ID-PREFIX...]

SET names the set (e.g. heldout21; the cross-validation leaves one set out at a time),
BINARY is `liaison` built at COMMIT, LEDGER the ledger directory listing the articles, and
the prefixes (e.g. h70 h74) choose its articles (default: all). Drafts are made with
`--rules-only` when the binary has it. An article already in the data is an error. Then
run scripts/train-partner-gate.py again. Needs python3-yaml.
"""
import json
import subprocess
import sys
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "first-run-drafts.json"
SECTIONS = [("engagements", "engagement", "partners"), ("agreements", "agreement", "parties"),
            ("statements", "statement", "partners"), ("mentions", "mention", "partners")]


def as_list(value):
    return [] if value is None else value if isinstance(value, list) else [value]


def records(drafts):
    """The drafts as the trainer reads them: [record, partners, engagement kind, lines]."""
    rows = []
    for section, record, field in SECTIONS:
        for draft in (drafts or {}).get(section) or []:
            rows.append([record, [str(p) for p in as_list(draft.get(field))],
                         draft.get("kind") if record == "engagement" else None,
                         [int(n) for n in as_list(draft.get("lines"))]])
    return rows


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    set_name, commit, binary, ledger = sys.argv[1:5]
    prefixes = tuple(sys.argv[5:])
    help_text = subprocess.run([binary, "extract", "--help"], capture_output=True, text=True).stdout
    rules_only = ["--rules-only"] if "--rules-only" in help_text else []
    data = json.loads(DATA.read_text(encoding="utf-8"))
    known = {entry["article"] for entry in data}
    listing = yaml.safe_load((Path(ledger) / "articles/articles.yaml").read_text(encoding="utf-8"))
    added = []
    for article in listing["articles"]:
        if prefixes and not str(article["id"]).startswith(prefixes):
            continue
        if article["id"] in known:
            sys.exit(f"{DATA}: article {article['id']} is already in the training data")
        published = str(as_list(article["published"])[-1])
        result = subprocess.run([binary, "extract", str(Path(ledger) / "articles" / article["file"]),
                                 "--published", published, "--id", str(article["id"]),
                                 "--language", article["language"]] + rules_only,
                                capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{article['file']}: {binary} failed: {result.stderr.strip()}")
        added.append({"article": article["id"], "commit": commit,
                      "records": records(yaml.safe_load(result.stdout)), "set": set_name})
    entries = data + added
    DATA.write_text("[\n" + ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries) + "\n]\n",
                    encoding="utf-8")
    print(f"added {len(added)} articles of {set_name} drafted at {commit}; {len(entries)} in all")


if __name__ == "__main__":
    main()
