#!/usr/bin/env python3
"""Select the Wikinews dev-7 rows of one year (deterministic, by title only): the rows no set took.

Every earlier set chose rows by title words (politics/law for dev, dev2, dev3, dev4, held out 2, dev5; none of
them for dev6). Dev 7 takes what is left, whatever its topic: rows of wikinews_YEAR.csv in file order whose
title does not start with "Wikinews interviews" or "TEST PAGE", whose body is < MAX_BODY characters and whose
url is in no gold file (wikinews-dev.yaml and every tests/data/eval/gold/wikinews-*.yaml but dev7's own). Of
these candidates, COUNT rows evenly spaced over the year are taken (candidate i * n // COUNT for i < COUNT),
copied byte for byte to wikinews-dev7-YEAR.csv.

    python3 select_dev7.py 2019|2020 [--corpus DIR] [--shared DIR] [--out CSV] [--list] [--count N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_dev import urls_of  # noqa: E402
from select_heldout2 import YEARS, eligible, header_line  # noqa: E402

COUNT = 8
"""How many rows of each year make the set."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("year", choices=YEARS)
    ap.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared/corpus/wikinews")
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, help="default: wikinews-dev7-YEAR.csv beside this script")
    ap.add_argument("--list", action="store_true", help="print the year's candidates, write nothing")
    ap.add_argument("--count", type=int, default=COUNT, help=f"take N rows (default {COUNT})")
    a = ap.parse_args()
    if a.count < 1:
        ap.error("--count must be >= 1")
    skip = urls_of(a.shared / "eval/gold/wikinews-dev.yaml")
    for gold in sorted((HERE / "gold").glob("wikinews-*.yaml")):
        if not gold.name.startswith("wikinews-dev7-"):
            skip |= urls_of(gold)
    source = a.corpus / f"wikinews_{a.year}.csv"
    rows = eligible(source, skip, lambda title: not title.startswith("TEST PAGE"))
    picked = {i * len(rows) // a.count for i in range(min(a.count, len(rows)))}
    if a.list:
        for i, (r, _) in enumerate(rows):
            print(f"{i:3} {'PICK' if i in picked else '':4} {len(r['text']):5} {r['title']}")
        return 0
    out = a.out or HERE / f"wikinews-dev7-{a.year}.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(header_line(source))
        f.writelines(raw for i, (_, raw) in enumerate(rows) if i in picked)
    print(f"wrote {len(picked)} rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
