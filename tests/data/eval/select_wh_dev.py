#!/usr/bin/env python3
"""Select the White House dev set `wh-dev` (deterministic, by file name and size only).

Files under `statements-releases/` of the White House corpus (CC0, ../shared/corpus/wh-briefings)
whose file name contains one of "statement", "joint", "declaration", "readout", "fact-sheet", sorted
by file size ascending (ties by path); the first 6 that are not byte-identical re-posts of an
earlier pick. They are copied, names kept, into `wh-dev/` beside this script.

The second White House dev set takes the next picks of the same order:
``--skip 6 --count 4 --out wh-dev2`` (README-wh-dev2.md).

    python3 select_wh_dev.py [--corpus DIR] [--out DIR] [--list] [--skip N] [--count N]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYWORDS = ("statement", "joint", "declaration", "readout", "fact-sheet")
COUNT = 6


def select(corpus: Path, count: int = COUNT) -> list[Path]:
    """The picked files of `corpus/statements-releases`, smallest first."""
    candidates = [
        path
        for path in (corpus / "statements-releases").rglob("*")
        if path.is_file() and any(word in path.name for word in KEYWORDS)
    ]
    candidates.sort(key=lambda path: (path.stat().st_size, path.relative_to(corpus).as_posix()))
    picked: list[Path] = []
    seen: set[str] = set()
    for path in candidates:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in seen:
            continue  # a byte-identical re-post of an earlier pick
        seen.add(digest)
        picked.append(path)
        if len(picked) == count:
            break
    return picked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parents[3] / "shared" / "corpus" / "wh-briefings")
    parser.add_argument("--out", type=Path, default=HERE / "wh-dev")
    parser.add_argument("--list", action="store_true", help="print the picks, copy nothing")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N picks (default 0)")
    parser.add_argument("--count", type=int, default=COUNT, help=f"take N picks (default {COUNT})")
    args = parser.parse_args(argv)
    if args.skip < 0 or args.count < 1:
        parser.error("--skip must be >= 0 and --count >= 1")
    if not (args.corpus / "statements-releases").is_dir():
        print(f"error: {args.corpus}: no statements-releases/ folder", file=sys.stderr)
        return 1
    picked = select(args.corpus, args.skip + args.count)[args.skip :]
    for path in picked:
        print(f"{path.stat().st_size:>7}  {path.relative_to(args.corpus)}")
    if not args.list:
        args.out.mkdir(parents=True, exist_ok=True)
        for path in picked:
            shutil.copyfile(path, args.out / path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
