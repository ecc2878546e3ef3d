#!/usr/bin/env python3
"""Select the Wikinews dev2 rows (deterministic, by title only).

Rows of wikinews_2019.csv then wikinews_2020.csv in file order whose title matches the politics/law/
diplomacy include regex of README-heldout.md and none of the exclusion regex (obituaries, crime and
sentencing, disasters, health/COVID, interviews, primaries/caucuses/endorsements), whose body is
< 6,000 characters and whose url is neither in wikinews-dev.yaml nor in wikinews-heldout.yaml.
The held-out set took the first 12 such rows of 2019 (before dev2 excluded them); dev2 is the next
12 of 2019 (selected rows 13-24 under the held-out rules).

    python3 select_dev2.py [--corpus DIR] [--shared DIR] [--out wikinews-dev2.csv] [--list]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
INCLUDE = re.compile(
    r"\b(?:sign|ratif|sanction|treaty|agreement|deal|accord|pact|withdr|elect|vote|ban|bill|law|court|"
    r"judge|talks|summit|parliament|legislat|congress|trade|tariff|troop|military|impeach|government|"
    r"president|minister|sue|restrict|extradition|emergency|urges|immunity|warrant|legaliz|"
    r"decriminaliz|contempt|ousts|expel|expulsion|declar)",
    re.IGNORECASE,
)
EXCLUDE = re.compile(
    r"\b(?:obituar|dies\b|dead\b|death|killed|kills|murder|shooting|shot\b|stabb|sentenc|convict|clemenc|jail|"
    r"prison|rape|abuse|punish|charged|guilty|earthquake|flood|fire\b|fires\b|storm|hurricane|"
    r"cyclone|typhoon|crash|explosion|collapse|covid|coronavirus|virus|pandemic|outbreak|ebola|measles|"
    r"interview|primary|primaries|caucus|endorse|running mate|ends\b.*\b(?:bid|campaign)\b)",
    re.IGNORECASE,
)
MAX_BODY = 6000


def urls_of(gold: Path) -> set[str]:
    """The article urls listed in a gold file (read as text, no YAML needed)."""
    return set(re.findall(r'^\s*-\s*"?(https?://[^"\s]+)"?\s*$', gold.read_text(encoding="utf-8"), re.M))


def selected(path: Path, skip: set[str]) -> list[dict[str, str]]:
    """The rows of one CSV that pass the title/body rules and are not in `skip`, in file order."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        r
        for r in rows
        if INCLUDE.search(r["title"])
        and not EXCLUDE.search(r["title"])
        and len(r["text"]) < MAX_BODY
        and r["url"] not in skip
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared/corpus/wikinews")
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE / "wikinews-dev2.csv")
    ap.add_argument("--list", action="store_true", help="print the selection and the check, write nothing")
    a = ap.parse_args()
    dev = urls_of(a.shared / "eval/gold/wikinews-dev.yaml")
    held = urls_of(HERE / "gold/wikinews-heldout.yaml")
    rows19 = selected(a.corpus / "wikinews_2019.csv", dev)
    rows20 = selected(a.corpus / "wikinews_2020.csv", dev)
    # check: these rules reproduce the held-out selection (first 12 of 2019, first 8 of 2020)
    if {r["url"] for r in rows19[:12] + rows20[:8]} != held:
        print("select_dev2: the rules do not reproduce wikinews-heldout.yaml's rows", file=sys.stderr)
        return 1
    pick = [r for r in rows19 if r["url"] not in held][:12]
    if a.list:
        for i, r in enumerate(rows19, 1):
            tag = "HELD" if r["url"] in held else ("DEV2" if r in pick else "")
            print(f"{i:3} {tag:4} {len(r['text']):5} {r['title']}")
        return 0
    with a.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"], quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(pick)
    print(f"wrote {len(pick)} rows to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
