#!/usr/bin/env python3
"""Select the Wikinews held-out-2 rows of one year (deterministic, by title only).

"News at large": rows of wikinews_YEAR.csv in file order whose title matches the include regex of
select_dev.py (politics/law words) AND its exclusion regex (deaths, crime and sentencing, disasters,
COVID, clemency, primaries, endorsements: the rows the older sets left out on purpose), whose title
does not start with "Wikinews interviews", whose body is < MAX_BODY characters and whose url is in
none of wikinews-dev.yaml, wikinews-heldout.yaml, wikinews-dev2.yaml, wikinews-dev3.yaml. The first
10 such rows of the year are the set; they are copied byte for byte (the source's quoting and line
ends) to wikinews-heldout2-YEAR.csv.

Later dev sets take the rows after the held-out ones: ``--skip 10 --count N`` selects candidates
11..10+N (dev5: ``--skip 10 --count 9`` for 2019, ``--skip 10 --count 10`` for 2020, written to
wikinews-dev5-YEAR.csv with ``--out``). The defaults (skip 0, count 10) keep the held-out rows.

    python3 select_heldout2.py 2019|2020 [--corpus DIR] [--shared DIR] [--out CSV] [--list]
                               [--skip N] [--count N]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_dev import EXCLUDE, INCLUDE, MAX_BODY, urls_of  # noqa: E402

COUNT = 10
"""How many selected rows of each year make the set."""
YEARS = ("2019", "2020")


def raw_rows(path: Path) -> Iterator[tuple[dict[str, str], str]]:
    """Each row of a CSV as (parsed fields, the exact text of its record in the file)."""
    with path.open(encoding="utf-8", newline="") as f:
        consumed: list[str] = []

        def lines() -> Iterator[str]:
            for line in f:
                consumed.append(line)
                yield line

        reader = csv.reader(lines())
        header = next(reader)
        consumed.clear()
        for fields in reader:
            yield dict(zip(header, fields, strict=True)), "".join(consumed)
            consumed.clear()


def header_line(path: Path) -> str:
    """The exact first line (the header) of a CSV file."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.readline()


def candidates(path: Path, skip: set[str]) -> list[tuple[dict[str, str], str]]:
    """The rows of one CSV that pass the title/body rules and are not in `skip`, in file order."""
    return eligible(path, skip, lambda title: bool(INCLUDE.search(title) and EXCLUDE.search(title)))


def eligible(path: Path, skip: set[str], title_rule: Callable[[str], bool]) -> list[tuple[dict[str, str], str]]:
    """The rows of one CSV whose title passes `title_rule` and is no interview, whose body is
    < MAX_BODY characters and whose url is not in `skip`, in file order, with their exact text."""
    return [
        (r, raw)
        for r, raw in raw_rows(path)
        if title_rule(r["title"])
        and not r["title"].startswith("Wikinews interviews")
        and len(r["text"]) < MAX_BODY
        and r["url"] not in skip
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("year", choices=YEARS)
    ap.add_argument("--corpus", type=Path, default=HERE.parents[2].parent / "shared/corpus/wikinews")
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, help="default: wikinews-heldout2-YEAR.csv beside this script")
    ap.add_argument("--list", action="store_true", help="print the year's candidates, write nothing")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N candidates (default 0)")
    ap.add_argument("--count", type=int, default=COUNT, help=f"take N candidates (default {COUNT})")
    a = ap.parse_args()
    if a.skip < 0 or a.count < 0:
        ap.error("--skip and --count must be >= 0")
    skip = urls_of(a.shared / "eval/gold/wikinews-dev.yaml")
    for name in ("wikinews-heldout", "wikinews-dev2", "wikinews-dev3"):
        skip |= urls_of(HERE / f"gold/{name}.yaml")
    source = a.corpus / f"wikinews_{a.year}.csv"
    rows = candidates(source, skip)
    if a.list:
        for i, (r, _) in enumerate(rows, 1):
            tag = "PICK" if a.skip < i <= a.skip + a.count else ""
            print(f"{i:3} {tag:4} {len(r['text']):5} {r['title']}")
        return 0
    pick = rows[a.skip : a.skip + a.count]
    out = a.out or HERE / f"wikinews-heldout2-{a.year}.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(header_line(source))
        f.writelines(raw for _, raw in pick)
    print(f"wrote {len(pick)} rows to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
