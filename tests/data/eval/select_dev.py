#!/usr/bin/env python3
"""Select the Wikinews dev2 and dev3 rows (deterministic, by title only).

Rows of wikinews_2019.csv and wikinews_2020.csv in file order whose title matches the politics/law/
diplomacy include regex of README-heldout.md and none of its exclusion regex (obituaries, crime and
sentencing, disasters, health/COVID, interviews, primaries/caucuses/endorsements), whose body is
< 6,000 characters and whose url is not in wikinews-dev.yaml. The held-out set took the first 12 such
rows of 2019 and the first 8 of 2020 (checked on every run: these rules reproduce it exactly); dev2 is
the next 12 of 2019 (9 remain), dev3 the next 12 of 2020 (1 remains).

    python3 select_dev.py dev2|dev3 [--corpus DIR] [--shared DIR] [--out CSV] [--list]
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


HELD = {"2019": 12, "2020": 8}
"""How many selected rows of each year's file the held-out set took."""
SETS = {"dev2": "2019", "dev3": "2020"}
"""Each dev set: the year whose selected rows after the held-out's it takes (at most 12)."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", choices=sorted(SETS))
    ap.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared/corpus/wikinews")
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, help="default: wikinews-SET.csv beside this script")
    ap.add_argument("--list", action="store_true", help="print the selection of the set's year, write nothing")
    a = ap.parse_args()
    dev = urls_of(a.shared / "eval/gold/wikinews-dev.yaml")
    held = urls_of(HERE / "gold/wikinews-heldout.yaml")
    rows = {year: selected(a.corpus / f"wikinews_{year}.csv", dev) for year in HELD}
    if {r["url"] for year, count in HELD.items() for r in rows[year][:count]} != held:
        print("select_dev: the rules do not reproduce wikinews-heldout.yaml's rows", file=sys.stderr)
        return 1
    year = SETS[a.set]
    pick = [r for r in rows[year][HELD[year] : HELD[year] + 12] if r["url"] not in held]
    if a.list:
        for i, r in enumerate(rows[year], 1):
            tag = "HELD" if r["url"] in held else (a.set.upper() if r in pick else "")
            print(f"{i:3} {tag:4} {len(r['text']):5} {r['title']}")
        return 0
    out = a.out or HERE / f"wikinews-{a.set}.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        # the source files' own quoting and line ends: the rows are copied verbatim
        w = csv.DictWriter(
            f, fieldnames=["url", "date", "title", "text"], quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
        )
        w.writeheader()
        w.writerows(pick)
    print(f"wrote {len(pick)} rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
