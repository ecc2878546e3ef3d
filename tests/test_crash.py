"""Nothing lost: a `kg build` killed with SIGKILL mid-way leaves the previous exports whole and readable.

A real `kg build` subprocess runs over a generated corpus and is killed (1) while it reads and
extracts, (2) the moment it starts writing the exports, and (3) just after the first export is
renamed into place. After each kill every export in the
folder is either the previous file, byte for byte, or a complete new one that parses; report.json
is valid JSON; the extraction cache (if any) passes SQLite's integrity check. A last build then
runs to completion on the same folder (and its cache) and must write the same bytes as a clean
build elsewhere.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.export import EXPORTERS

from .test_properties import check_export

NATIONS = ["China", "France", "Japan", "Brazil", "Kenya", "Canada", "India", "Germany", "Mexico", "Egypt"]
ACTIONS = ["signed", "adopted", "proposed", "welcomed", "rejected"]
AGREEMENTS = ["the Paris Agreement", "the trade pact", "the UN resolution on AI", "the climate accord"]


def write_corpus(folder: Path, count: int) -> Path:
    """`count` short articles with front matter, nations, agreements and a publisher each."""
    folder.mkdir(parents=True)
    for i in range(count):
        a, b = NATIONS[i % 10], NATIONS[(i * 3 + 1) % 10]
        text = (
            f"---\ntitle: Report {i} - {a} and {b} on {AGREEMENTS[i % 4]}\n"
            f"url: https://news{i % 7}.example.com/story/{i}\nprovider: News {i % 7}\n"
            f"publishedDateTime: 2024-03-{i % 28 + 1:02d}T10:00:00Z\ntags: [topic{i % 5}]\n---\n"
            f"{a} {ACTIONS[i % 5]} {AGREEMENTS[i % 4]} on Monday, officials said.\n\n"
            f"The delegation of {b} {ACTIONS[(i + 2) % 5]} a statement in Geneva about story {i}.\n\n"
            f"Observers from {NATIONS[(i + 5) % 10]} said the talks would go on next week.\n"
        )
        (folder / f"article-{i:05d}.md").write_text(text, encoding="utf-8")
    return folder


def kg_build(corpus: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--quiet", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def run_to_end(corpus: Path, out: Path, *extra: str) -> None:
    process = kg_build(corpus, out, *extra)
    _, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr.decode(errors="replace")


def export_files(out: Path) -> dict[str, bytes]:
    names = [exporter.filename for exporter in EXPORTERS.values()] + ["report.json"]
    return {name: (out / name).read_bytes() for name in names if (out / name).exists()}


def kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool], limit: float) -> bool:
    """SIGKILL `process` as soon as `ready()` (polled every half millisecond); False if it ended first."""
    started = time.monotonic()
    while process.poll() is None and time.monotonic() - started < limit:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.0005)
    process.wait()
    return process.returncode == -signal.SIGKILL


def check_folder(out: Path, previous: dict[str, bytes]) -> tuple[int, int]:
    """Each export is the previous bytes or a complete file; returns (files kept as they were, files replaced)."""
    kept = replaced = 0
    for name, old in previous.items():
        path = out / name
        assert path.exists(), f"{name} was lost"
        if path.read_bytes() == old:
            kept += 1
            continue
        replaced += 1
        if name == "report.json":
            json.loads(path.read_text(encoding="utf-8"))
        else:
            format_name = next(n for n, e in EXPORTERS.items() if e.filename == name)
            check_export(format_name, path)
    for cache in out.glob("*.sqlite"):
        with sqlite3.connect(cache) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return kept, replaced


@pytest.mark.slow
def test_sigkill_mid_build_leaves_previous_exports_and_cache_usable(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small", 5)
    big = write_corpus(tmp_path / "big", 250)
    reference, out = tmp_path / "reference", tmp_path / "out"

    started = time.monotonic()
    run_to_end(big, reference)  # a fresh folder: no cache to start from
    full_build = time.monotonic() - started

    run_to_end(small, out)
    previous = export_files(out)
    assert set(previous) >= {"graph.ttl", "graph.graphml", "report.json"}

    inodes = {name: (out / name).stat().st_ino for name in previous}

    def writing() -> bool:
        """A temporary export file has appeared, or an export has been renamed into place."""
        return any(p.name.endswith(".tmp") for p in out.iterdir()) or any(
            (out / name).stat().st_ino != inode for name, inode in inodes.items()
        )

    # 1. Killed while reading and extracting (a third of the way through): nothing replaced yet.
    started = time.monotonic()
    process = kg_build(big, out)
    assert kill_when(process, lambda: time.monotonic() - started > full_build / 3, full_build * 3), (
        "the build ended before it could be killed"
    )
    assert check_folder(out, previous) == (len(previous), 0)

    # 2. Killed the moment it starts writing exports (a temporary file has appeared).
    process = kg_build(big, out)
    killed = kill_when(process, writing, full_build * 3)
    kept, replaced = check_folder(out, previous)
    assert kept + replaced == len(previous)
    if killed:
        assert kept >= 1, "killed as the first export was written, yet every export was already replaced"

    # 3. Killed just after the first export was renamed into place: some files new, some old, each whole.
    inodes = {name: (out / name).stat().st_ino for name in previous}
    process = kg_build(big, out)
    killed = kill_when(process, lambda: any((out / n).stat().st_ino != i for n, i in inodes.items()), full_build * 3)
    kept, replaced = check_folder(out, previous)
    assert kept + replaced == len(previous)
    if killed:
        assert replaced >= 1

    # 4. A build to the end on the same folder (and the cache the killed builds left) writes what a clean one does.
    run_to_end(big, out)
    after = export_files(out)
    for name, data in export_files(reference).items():
        if name != "report.json":
            assert after[name] == data, f"{name} differs from a clean build after the kills"
    stale = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert all(p.startswith(".") for p in stale), stale
