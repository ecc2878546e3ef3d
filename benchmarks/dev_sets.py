"""Build every development set and print one table of their scores (score.py's summary line per set).

    python benchmarks/dev_sets.py [--work DIR] [--only NAME ...] [--held-out]

The sets: the 27-story Wikinews dev set (`../shared/eval/dev/wikinews-dev.csv`, its gold in
`../shared/eval/gold/`) and every gold file `tests/data/eval/gold/NAME.yaml` whose source sits beside it as
`tests/data/eval/NAME.csv` (Wikinews rows, written out as front-matter files) or `tests/data/eval/NAME/`
(files as they are), or in the folder of `../shared` that the gold file names as its `source:` (pages kept
outside the repository). The held-out sets (`wikinews-heldout2-*`) are blind: built only with `--held-out`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from devset import SHARED, write_rows

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"
HELD_OUT = re.compile(r"^wikinews-heldout2-")
SUMMARY = re.compile(r"^entity recall .*$", re.M)
COLUMNS = ("entity recall", "fragmented", "node precision", "action precision", "action recall")
FIGURE = re.compile(rf"({'|'.join(COLUMNS)}) ([0-9.]+(?: \(([0-9]+)/([0-9]+)\))?)")


@dataclass(frozen=True)
class DevSet:
    """A gold file and the articles it annotates: a CSV of Wikinews rows or a folder of files."""

    name: str
    gold: Path
    source: Path


def dev_sets(held_out: bool = False) -> list[DevSet]:
    """The sets whose gold and source are both present, the 27-story dev set first."""
    found = [DevSet("dev", SHARED / "eval/gold/wikinews-dev.yaml", SHARED / "eval/dev/wikinews-dev.csv")]
    for gold in sorted((EVAL / "gold").glob("*.yaml")):
        name = gold.stem
        if HELD_OUT.match(name) and not held_out:
            continue
        for source in (EVAL / f"{name}.csv", EVAL / name, _shared_source(gold)):
            if source is not None and source.exists():
                found.append(DevSet(name, gold, source))
                break
    return [s for s in found if s.gold.exists() and s.source.exists()]


def _shared_source(gold: Path) -> Path | None:
    """The folder of the shared corpus a gold file names as its `source` (pages kept outside the
    repository, such as ../shared/corpus/html-pages), if it names one."""
    with gold.open(encoding="utf-8") as handle:
        source = (yaml.safe_load(handle) or {}).get("source")
    return SHARED / source if isinstance(source, str) else None


def score_line(dev_set: DevSet, work: Path) -> str:
    """Build one set under `work` and return score.py's summary line (or its error)."""
    articles = dev_set.source
    if dev_set.source.suffix == ".csv":
        articles = work / "articles"
        write_rows(dev_set.source, articles)
    build = [sys.executable, "-m", "kg.cli", "build", str(articles), "--out", str(work / "out"), "--no-cache"]
    subprocess.run(build, check=False, capture_output=True, text=True)
    score = [sys.executable, str(SHARED / "eval/score.py"), "--graphml", str(work / "out/graph.graphml")]
    result = subprocess.run([*score, "--gold", str(dev_set.gold)], check=False, capture_output=True, text=True)
    lines = SUMMARY.findall(result.stdout)
    return lines[-1] if lines else (result.stderr.strip().splitlines() or ["no score"])[-1]


def figures(line: str) -> dict[str, tuple[str, int, int]]:
    """The figures of a summary line by column: as written, and its numerator and denominator (0, 0
    for a count such as "fragmented 5")."""
    return {m[0]: (m[1], int(m[2] or 0), int(m[3] or 0)) for m in FIGURE.findall(line)}


def table_row(name: str, found: dict[str, tuple[str, int, int]]) -> str:
    """One markdown row of the figures ('-' where a set gives none)."""
    cells = [found[column][0] if column in found else "-" for column in COLUMNS]
    return "| " + " | ".join([name, *cells]) + " |"


def pooled(rows: list[dict[str, tuple[str, int, int]]]) -> dict[str, tuple[str, int, int]]:
    """The figures of several sets taken together: numerators over denominators, counts summed."""
    total: dict[str, tuple[str, int, int]] = {}
    for column in COLUMNS:
        parts = [row[column] for row in rows if column in row]
        top, bottom = sum(p[1] for p in parts), sum(p[2] for p in parts)
        if bottom:
            total[column] = (f"{top / bottom:.2f} ({top}/{bottom})", top, bottom)
        elif parts:
            total[column] = (str(sum(int(float(p[0])) for p in parts)), 0, 0)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=None, help="where to write the builds")
    parser.add_argument("--only", nargs="+", default=None, help="build only these sets (by name)")
    parser.add_argument("--held-out", action="store_true", help="build the blind held-out sets too")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-dev-sets-"))
    sets = [s for s in dev_sets(args.held_out) if args.only is None or s.name in args.only]
    if not sets:
        print("error: no development set found (is ../shared beside the checkout?)", file=sys.stderr)
        return 1
    print("| set | " + " | ".join(COLUMNS) + " |")
    print("| --- |" + " --- |" * len(COLUMNS))
    rows = []
    for dev_set in sets:
        rows.append(figures(score_line(dev_set, work / dev_set.name)))
        print(table_row(dev_set.name, rows[-1]), flush=True)
    if len(rows) > 1:
        print(table_row("**all**", pooled(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
