"""The extraction cache: incremental builds equal full ones, versions invalidate, kills leave it whole."""

from __future__ import annotations

import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.cache
from kg.builder import build_graph, write_exports
from kg.cache import CACHE_FILE, ExtractionCache
from kg.cli import main
from kg.extract.pipeline import extract_articles
from kg.ingest import read_article

from .conftest import DATA, SEEDS
from .test_build import exported


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in [*SEEDS.iterdir(), *(DATA / "articles").iterdir()]:
        shutil.copy(path, folder / path.name)
    return folder


def build(corpus: Path, out: Path, *options: str) -> None:
    assert main(["build", str(corpus), "--out", str(out), "--quiet", *options]) == 0


def test_rebuild_after_adding_articles_extracts_only_them_and_equals_a_full_build(corpus: Path, tmp_path: Path) -> None:
    later = [corpus / name for name in sorted(p.name for p in corpus.iterdir())[2:4]]
    held_back = tmp_path / "held-back"
    held_back.mkdir()
    for path in later:
        path.rename(held_back / path.name)
    cache = tmp_path / "out" / CACHE_FILE
    first = build_graph([corpus], cache=cache)
    assert (first.extracted, first.cached) == (5, 0)
    for path in later:
        (held_back / path.name).rename(path)

    again = build_graph([corpus], cache=cache)
    full = build_graph([corpus])
    assert (again.extracted, again.cached) == (2, 5)
    write_exports(again, tmp_path / "incremental")
    write_exports(full, tmp_path / "full")
    assert exported(tmp_path / "incremental") == exported(tmp_path / "full")


def test_cli_uses_the_cache_in_the_output_folder_and_no_cache_leaves_it_alone(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    assert "7 extracted, 0 from cache" in capsys.readouterr().err
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    assert "0 extracted, 7 from cache" in capsys.readouterr().err
    assert main(["build", str(corpus), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert "7 extracted, 0 from cache" in capsys.readouterr().err
    assert not (tmp_path / "fresh" / CACHE_FILE).exists()
    assert exported(out) == exported(tmp_path / "fresh")


def test_a_changed_file_is_extracted_again_and_its_old_entry_pruned(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    build_graph([corpus], cache=cache)
    changed = sorted(corpus.iterdir())[0]
    changed.write_text(changed.read_text().replace("Artificial Intelligence", "Machine Learning"))
    (sorted(corpus.iterdir())[-1]).unlink()
    again = build_graph([corpus], cache=cache)
    assert (again.extracted, again.cached) == (1, 5)
    with ExtractionCache(cache, model=None) as store:
        assert len(store) == 6


@pytest.mark.parametrize("change", ["extractor version", "model"])
def test_another_extractor_version_or_model_does_not_read_the_cache(
    change: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / CACHE_FILE
    assert build_graph([corpus], cache=cache).cached == 0
    assert build_graph([corpus], cache=cache).cached == 7
    if change == "model":
        with ExtractionCache(cache, model="another_model") as store:
            assert store.get_many([read_article(sorted(corpus.iterdir())[0])]) == [None]
    else:
        next_version = kg.cache.extraction_version() + "-next"
        monkeypatch.setattr(kg.cache, "extraction_version", lambda: next_version)
        assert build_graph([corpus], cache=cache).cached == 0


def test_an_entry_that_is_not_kg_facts_is_a_miss_and_runs_no_code(tmp_path: Path) -> None:
    article = read_article(SEEDS / "000_3226e1c643d225e2.txt")
    path = tmp_path / CACHE_FILE
    marker = tmp_path / "pwned"
    with ExtractionCache(path, model=None) as store:
        store.put_many([(article, item) for item in extract_articles([article])])
        version = store.version

    class Exploit:
        def __reduce__(self) -> tuple[object, ...]:
            return (Path.touch, (marker,))

    with sqlite3.connect(path) as db:
        db.execute("UPDATE extraction SET facts = ? WHERE version = ?", (pickle.dumps(Exploit()), version))
    with ExtractionCache(path, model=None) as store:
        assert store.get_many([article]) == [None]
    assert not marker.exists()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE extraction SET facts = ? WHERE version = ?", (b"not a pickle", version))
    with ExtractionCache(path, model=None) as store:
        assert store.get_many([article]) == [None]


_WRITER = """
import sys
from kg.cache import ExtractionCache
from kg.extract.pipeline import ArticleFacts, extract_articles
from kg.ingest import read_articles

articles = [a for a in read_articles([sys.argv[2]]) if not isinstance(a, Exception)]
extracted = list(extract_articles(articles))
with ExtractionCache(sys.argv[1], model=None) as cache:
    for round in range(1_000_000):
        # Each round rewrites every entry under new paths, in one transaction.
        moved = [a.__class__(**{**a.__dict__, "source_path": f"{a.source_path}#{round}"}) for a in articles]
        cache.put_many(zip(moved, extracted))
"""


@pytest.mark.slow
def test_a_killed_writer_leaves_only_whole_transactions(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(corpus)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if path.exists():
                with sqlite3.connect(path) as db:
                    has_table = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extraction'").fetchone()
                    if has_table[0] and db.execute("SELECT count(*) FROM extraction").fetchone()[0] >= 35:
                        break
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.wait()
    assert writer.returncode == -signal.SIGKILL
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count = db.execute("SELECT count(*) FROM extraction").fetchone()[0]
    assert count >= 35 and count % 7 == 0, "a transaction was committed in part"
    with ExtractionCache(path, model=None) as store:
        articles = [read_article(p) for p in sorted(corpus.iterdir())]
        assert all(found is None for found in store.get_many(articles))  # other paths: misses, not errors
    build_graph([corpus], cache=path)
    assert build_graph([corpus], cache=path).cached == 7
