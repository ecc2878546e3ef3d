"""The kg benchmark: bare nlp.pipe floor vs `kg build` with 1 and 2 workers, exports, memory, incremental.

For a corpus of N synthetic articles (benchmarks/corpus.py), on this machine, with one model:

1. the floor: `nlp.pipe` over the same texts (benchmarks/floor.py), model load timed apart;
2. `kg build --workers 1` and `--workers 2`, each into a fresh folder: wall time, time per
   article, peak RSS (the build process alone, and with its worker processes), time per export;
3. the incremental case: 20 articles added, `kg build` again into the first folder (its cache is
   warm), compared byte for byte with a from-scratch `--no-cache` build of all N + 20;
4. with --grow, `kg build --workers 2` on bigger corpora, to show how time and memory grow.

    python benchmarks/run.py --articles 2000 --grow 5000 20000 --work /tmp/kg-bench

Prints a Markdown report (also written to WORK/results.md) with the ratios the targets are about.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import file_name, write_corpus

KG = [sys.executable, "-m", "kg.cli"]
ADDED = 20


@dataclass
class Run:
    """One measured command: wall time, peak memory and the stage times kg reported."""

    wall: float
    peak_rss: int
    peak_rss_main: int
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0
    cached: int = 0


def measure(command: list[str]) -> tuple[Run, str]:
    """Run `command`, sampling the memory of it and its child processes; return the Run and its stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak = peak_main = 0
    while process.poll() is None:
        try:
            main_rss = watched.memory_info().rss
            total = main_rss
            for child in watched.children(recursive=True):
                with contextlib.suppress(psutil.Error):  # a worker may exit between listing and reading
                    total += child.memory_info().rss
        except psutil.Error:
            break
        peak, peak_main = max(peak, total), max(peak_main, main_rss)
        time.sleep(0.1)
    stderr = process.communicate()[1]
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return Run(wall, peak, peak_main), stderr


def kg_build(corpus: Path, out: Path, *options: str, fresh: bool = True) -> Run:
    """Time `kg build corpus --out out` (into an empty folder unless `fresh` is False)."""
    if fresh and out.exists():
        shutil.rmtree(out)
    run, stderr = measure([*KG, "build", str(corpus), "--out", str(out), *options])
    found = re.search(r"kg: (\d+) extracted, (\d+) from cache; (.*)", stderr)
    if found:
        run.extracted, run.cached = int(found[1]), int(found[2])
        run.timings = {stage: float(s) for stage, s in re.findall(r"([\w:-]+) ([\d.]+)s", found[3])}
    return run


def exports_digest(out: Path) -> str:
    """One hash of every export in `out` (not the cache)."""
    hasher = hashlib.sha256()
    for path in sorted(p for p in out.iterdir() if not p.name.startswith(".")):
        hasher.update(path.name.encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()[:16]


def corpus_of(work: Path, articles: int, seed: int) -> Path:
    """The folder holding exactly articles 0 .. `articles` - 1 of the corpus made from `seed`."""
    folder = work / f"corpus-{seed}-{articles}"
    wanted = {file_name(seed, index) for index in range(articles)}
    if folder.exists():
        for path in folder.iterdir():
            if path.name not in wanted:
                path.unlink()
    present = {path.name for path in folder.iterdir()} if folder.exists() else set()
    if present != wanted:
        write_corpus(folder, articles, seed=seed)
    return folder


def mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB"


def main() -> None:
    """Command line: run the benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size for the ratios (default 2000)")
    parser.add_argument("--grow", type=int, nargs="*", default=[], metavar="N", help="bigger sizes for growth")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed number (default 1)")
    parser.add_argument("--model", help="spaCy model name (default: kg's default)")
    parser.add_argument("--work", default="/tmp/kg-bench", help="folder for corpora and outputs")
    parser.add_argument(
        "--no-scratch",
        action="store_true",
        help="skip the from-scratch build of N + 20 that the incremental exports are compared with",
    )
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    model = ["--model", args.model] if args.model else []
    n = args.articles
    lines = [
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {n} articles (seed {args.seed})",
        "",
        f"Command: `python benchmarks/run.py --articles {n}"
        + "".join(f" {x}" for x in (["--grow", *map(str, args.grow)] if args.grow else []))
        + (" --no-scratch" if args.no_scratch else "")
        + f"`; machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average at start {os.getloadavg()[0]:.1f}.",
        "",
    ]

    def say(line: str = "") -> None:
        lines.append(line)
        print(line, flush=True)

    for line in lines:
        print(line)
    corpus = corpus_of(work, n, args.seed)
    floor_started = time.perf_counter()
    floor = json.loads(
        subprocess.run(
            [sys.executable, str(Path(__file__).parent / "floor.py"), str(corpus), *model],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    floor_wall = time.perf_counter() - floor_started
    say(
        f"- floor, bare `nlp.pipe` ({', '.join(floor.get('pipeline', []))}): **{floor['pipe']:.1f} s** "
        f"over {floor['texts']} texts "
        f"({floor['chars'] / 1e6:.1f} M chars), {1000 * floor['pipe'] / n:.0f} ms/article; "
        f"model load {floor['load']:.1f} s (whole script {floor_wall:.1f} s)"
    )
    runs: dict[str, Run] = {}
    for workers in (1, 2):
        run = kg_build(corpus, work / f"out-w{workers}", "--workers", str(workers), *model)
        runs[f"w{workers}"] = run
        exports = ", ".join(f"{k.split(':')[1]} {v:.1f} s" for k, v in run.timings.items() if k.startswith("export:"))
        say(
            f"- `kg build --workers {workers}`: **{run.wall:.1f} s** ({1000 * run.wall / n:.0f} ms/article; "
            f"read+extract+resolve+graph {run.timings.get('build', 0):.1f} s; exports: {exports}); "
            f"peak RSS {mb(run.peak_rss_main)} (with workers {mb(run.peak_rss)})"
        )
    same = exports_digest(work / "out-w1") == exports_digest(work / "out-w2")
    say(f"- exports of 1 and 2 workers byte-identical: {'yes' if same else '**NO**'}")

    write_corpus(corpus, n + ADDED, seed=args.seed, start=n)
    incremental = kg_build(corpus, work / "out-w1", "--workers", "1", *model, fresh=False)
    said = (
        f"- incremental, {ADDED} articles added: **{incremental.wall:.1f} s** ({incremental.extracted} extracted, "
        f"{incremental.cached} from cache)"
    )
    if not args.no_scratch:
        scratch = kg_build(corpus, work / "out-scratch", "--workers", "2", "--no-cache", *model)
        identical = exports_digest(work / "out-w1") == exports_digest(work / "out-scratch")
        said += f"; from scratch (`--workers 2 --no-cache`) {scratch.wall:.1f} s; exports byte-identical: " + (
            "yes" if identical else "**NO**"
        )
    say(said)
    w1, w2 = runs["w1"], runs["w2"]
    say()
    say("| target | measured | met |")
    say("| --- | --- | --- |")
    checks = [
        ("`--workers 1` / floor <= 1.25", w1.wall / floor["pipe"], w1.wall / floor["pipe"] <= 1.25),
        ("`--workers 1` / `--workers 2` >= 1.6", w1.wall / w2.wall, w1.wall / w2.wall >= 1.6),
        *(
            (f"{k.split(':')[1]} export / build <= 0.10", v / w1.wall, v / w1.wall <= 0.10)
            for k, v in w1.timings.items()
            if k.startswith("export:")
        ),
        ("incremental / full build <= 0.10", incremental.wall / w1.wall, incremental.wall / w1.wall <= 0.10),
    ]
    for name, value, met in checks:
        say(f"| {name} | {value:.2f} | {'yes' if met else 'no'} |")

    if args.grow:
        say()
        say("| articles | `kg build --workers 2` | per article | peak RSS (build) | peak RSS (with workers) |")
        say("| --- | --- | --- | --- | --- |")
        say(f"| {n} | {w2.wall:.0f} s | {1000 * w2.wall / n:.0f} ms | {mb(w2.peak_rss_main)} | {mb(w2.peak_rss)} |")
        for size in args.grow:
            run = kg_build(corpus_of(work, size, args.seed), work / f"out-{size}", "--workers", "2", *model)
            say(
                f"| {size} | {run.wall:.0f} s | {1000 * run.wall / size:.0f} ms | {mb(run.peak_rss_main)} "
                f"| {mb(run.peak_rss)} |"
            )
    (work / "results.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
