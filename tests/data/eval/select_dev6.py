#!/usr/bin/env python3
"""Select the Wikinews dev-6 rows of one year (deterministic, by title only): news of other topics.

The older sets took rows whose title has politics/law words (the include regex of select_dev.py). Dev 6
takes the others: rows of wikinews_YEAR.csv in file order whose title does NOT match that include
regex, does not start with "Wikinews interviews", whose body is < MAX_BODY characters and whose url is
in no gold file (wikinews-dev.yaml and every tests/data/eval/gold/wikinews-*.yaml). Of these
candidates, COUNT rows evenly spaced over the year are taken (candidate i * n // COUNT for i < COUNT),
copied byte for byte to wikinews-dev6-YEAR.csv. Science, sport, disasters and business news still
name nations, institutions and persons, and kg must neither miss them nor invent actions there.

    python3 select_dev6.py 2019|2020 [--corpus DIR] [--shared DIR] [--out CSV] [--list] [--count N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_dev import INCLUDE, urls_of  # noqa: E402
from select_heldout2 import YEARS, eligible, header_line  # noqa: E402

COUNT = 6
"""How many rows of each year make the set."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("year", choices=YEARS)
    ap.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared/corpus/wikinews")
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, help="default: wikinews-dev6-YEAR.csv beside this script")
    ap.add_argument("--list", action="store_true", help="print the year's candidates, write nothing")
    ap.add_argument("--count", type=int, default=COUNT, help=f"take N rows (default {COUNT})")
    a = ap.parse_args()
    if a.count < 1:
        ap.error("--count must be >= 1")
    skip = urls_of(a.shared / "eval/gold/wikinews-dev.yaml")
    for gold in sorted((HERE / "gold").glob("wikinews-*.yaml")):
        if not gold.name.startswith("wikinews-dev6-"):
            skip |= urls_of(gold)
    source = a.corpus / f"wikinews_{a.year}.csv"
    rows = eligible(source, skip, lambda title: not INCLUDE.search(title))
    picked = {i * len(rows) // a.count for i in range(min(a.count, len(rows)))}
    if a.list:
        for i, (r, _) in enumerate(rows):
            print(f"{i:3} {'PICK' if i in picked else '':4} {len(r['text']):5} {r['title']}")
        return 0
    out = a.out or HERE / f"wikinews-dev6-{a.year}.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(header_line(source))
        f.writelines(raw for i, (_, raw) in enumerate(rows) if i in picked)
    print(f"wrote {len(picked)} rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
