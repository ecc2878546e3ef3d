#!/usr/bin/env python3
"""Select the Wikinews held-out-2 rows of one year (deterministic, by title only).

Rows of wikinews_YEAR.csv in file order whose title matches select_dev's INCLUDE regex AND its EXCLUDE
regex (the news at large the older sets left out on purpose: courts, deaths, emergencies, COVID,
clemency, endorsements), whose title does not start with "Wikinews interviews", whose body is
< MAX_BODY characters and whose url is in none of wikinews-dev.yaml, wikinews-heldout.yaml,
wikinews-dev2.yaml, wikinews-dev3.yaml. The first 10 such rows of the year.

    python3 select_heldout2.py 2019|2020 [--corpus DIR] [--shared DIR] [--out CSV] [--list]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from select_dev import EXCLUDE, INCLUDE, MAX_BODY, urls_of

HERE = Path(__file__).resolve().parent
COUNT = 10
"""How many selected rows of the year the set takes."""


def selected(path: Path, skip: set[str]) -> list[dict[str, str]]:
    """The rows of one CSV that pass the held-out-2 title/body rules and are not in `skip`, in file order."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        r
        for r in rows
        if INCLUDE.search(r["title"])
        and EXCLUDE.search(r["title"])
        and not r["title"].startswith("Wikinews interviews")
        and len(r["text"]) < MAX_BODY
        and r["url"] not in skip
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("year", choices=["2019", "2020"])
    ap.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared/corpus/wikinews")
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, help="default: wikinews-heldout2-YEAR.csv beside this script")
    ap.add_argument("--list", action="store_true", help="print the selection, write nothing")
    a = ap.parse_args()
    skip = urls_of(a.shared / "eval/gold/wikinews-dev.yaml")
    for name in ("heldout", "dev2", "dev3"):
        skip |= urls_of(HERE / f"gold/wikinews-{name}.yaml")
    pick = selected(a.corpus / f"wikinews_{a.year}.csv", skip)[:COUNT]
    if a.list:
        for i, r in enumerate(pick, 1):
            print(f"{i:3} {len(r['text']):5} {r['title']}")
        return 0
    out = a.out or HERE / f"wikinews-heldout2-{a.year}.csv"
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
