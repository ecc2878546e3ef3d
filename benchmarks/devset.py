"""Build the Wikinews dev set and score it against its exhaustive gold.

    python benchmarks/devset.py [--csv ../shared/eval/dev/wikinews-dev.csv] [--gold ...] [--work DIR]

Writes each CSV row out as a front-matter file (url, date, title; the text as body), builds the
graph of those files with `kg build`, and prints `score.py`'s report. The shared folder sits beside
the checkout (`../shared`), as it does for CI.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def write_rows(csv_path: Path, folder: Path) -> int:
    """Each row of `csv_path` as `folder/NNN.md` with YAML front matter; the number of rows."""
    folder.mkdir(parents=True, exist_ok=True)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for index, row in enumerate(rows):
        meta = {"url": row["url"], "date": row["date"], "title": row["title"]}
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + row["text"]
        (folder / f"{index:03d}.md").write_text(text, encoding="utf-8")
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=SHARED / "eval/dev/wikinews-dev.csv")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval/gold/wikinews-dev.yaml")
    parser.add_argument("--work", type=Path, default=None, help="where to write the files and the build")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-dev-"))
    write_rows(args.csv, work / "articles")
    subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(work / "articles"), "--out", str(work / "out")],
        check=False,
    )
    score = [sys.executable, str(SHARED / "eval/score.py"), "--graphml", str(work / "out/graph.graphml")]
    return subprocess.run([*score, "--gold", str(args.gold)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
