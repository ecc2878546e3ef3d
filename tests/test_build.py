"""The build: the same bytes with any number of workers, files read in order, options checked."""

from __future__ import annotations

import fcntl
import gc
import json
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

import kg
from kg.builder import build_graph, write_exports
from kg.cli import main
from kg.errors import ConfigError
from kg.extract.nlp import load_model

from .conftest import DATA, SEEDS


def exported(folder: Path) -> dict[str, bytes]:
    """Every export in `folder` (not the hidden cache), by file name."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if not path.name.startswith(".")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, two odd layouts and two files that cannot be read, in one folder."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in [*SEEDS.iterdir(), *(DATA / "articles").iterdir()]:
        shutil.copy(path, folder / path.name)
    (folder / "003a_empty.txt").write_text("")
    (folder / "003b_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return folder


@pytest.mark.slow
def test_two_workers_in_small_batches_write_the_same_bytes_as_one(corpus: Path, tmp_path: Path) -> None:
    one = build_graph([corpus], workers=1)
    two = build_graph([corpus], workers=2, batch_size=1)
    write_exports(one, tmp_path / "one")
    write_exports(two, tmp_path / "two", processes=2)  # formats written by two forked processes
    assert exported(tmp_path / "one") == exported(tmp_path / "two")
    assert len(exported(tmp_path / "one")) >= 2
    assert (one.articles, two.articles) == (7, 7)
    assert [error.path for error in two.skipped] == [str(corpus / "003a_empty.txt"), str(corpus / "003b_binary.txt")]
    assert two.extracted == 7 and two.cached == 0


def test_an_export_failing_in_a_forked_process_fails_the_export(tmp_path: Path) -> None:
    result = build_graph([SEEDS])
    (tmp_path / "out").write_text("a file where the folder should be")
    with pytest.raises(OSError):
        write_exports(result, tmp_path / "out", ["turtle", "graphml"], processes=2)
    assert (tmp_path / "out").read_text() == "a file where the folder should be"


def test_a_build_collects_young_objects_rarely_and_gives_the_collector_back_as_it_was() -> None:
    # A build makes millions of objects and almost no cyclic garbage: the youngest generation is
    # collected every YOUNG_COLLECTION_THRESHOLD allocations (Python's 700 gave ~270 collections here).
    load_model()  # (loaded with the collector paused: not counted)
    before = gc.get_threshold()
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        result = build_graph([SEEDS])
    finally:
        gc.callbacks.remove(count)
    assert result.articles == 5 and result.graph.nx.number_of_nodes() > 5
    assert gc.get_threshold() == before
    assert len(collections) < 30


def test_timings_cover_the_build_and_each_export(tmp_path: Path) -> None:
    result = build_graph([SEEDS])
    written = write_exports(result, tmp_path, ["turtle", "graphml"])
    assert set(written) == {"turtle", "graphml"}
    assert set(result.timings) == {"build", "export:turtle", "export:graphml"}
    assert all(seconds > 0 for seconds in result.timings.values())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--scheduler", "tcp://127.0.0.1:1"], "needs --engine dask"),
    ],
)
def test_bad_options_are_one_line_errors(
    options: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path), *options]) == 2
    assert message in capsys.readouterr().err


def test_quiet_build_prints_nothing_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_stderr_without_a_terminal_gets_timings_but_no_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "5 extracted, 0 from cache; build" in err
    assert "articles/s" not in err


@pytest.mark.slow
def test_a_terminal_gets_a_progress_bar_and_quiet_silences_it(tmp_path: Path) -> None:
    def stderr_on_a_terminal(*options: str) -> str:
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
        command = [sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(tmp_path), *options]
        with subprocess.Popen(command, stderr=follower, stdout=subprocess.DEVNULL) as process:
            os.close(follower)
            chunks = []
            while True:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:  # the terminal closes when the build exits
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            assert process.wait() == 0
        os.close(leader)
        return b"".join(chunks).decode("utf-8", "replace")

    shown = stderr_on_a_terminal()
    assert "5/5" in shown and "articles/s" in shown
    assert stderr_on_a_terminal("--quiet") == ""


# `kg.build` is the library call behind `kg build`: the same checks, files and outcome.


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seed article and one file that cannot be read."""
    folder = tmp_path_factory.mktemp("small")
    shutil.copy(SEEDS / "000_3226e1c643d225e2.txt", folder)
    (folder / "001_empty.txt").write_text("")
    return folder


def test_the_library_build_writes_what_the_command_writes(small_corpus: Path, tmp_path: Path) -> None:
    result = kg.build(small_corpus, out=tmp_path / "library" / "new", formats=["json", "graphml"])
    assert (
        main(
            [
                "build",
                str(small_corpus),
                "--out",
                str(tmp_path / "cli"),
                "--format",
                "json",
                "--format",
                "graphml",
                "--quiet",
            ]
        )
        == 1
    )
    assert exported(tmp_path / "library" / "new") == exported(tmp_path / "cli")
    assert set(exported(tmp_path / "cli")) == {"graph.json", "graph.graphml", "report.json"}
    assert (result.articles, [Path(error.path).name for error in result.skipped]) == (1, ["001_empty.txt"])
    assert result.written == {
        "json": tmp_path / "library/new/graph.json",
        "graphml": tmp_path / "library/new/graph.graphml",
    }
    assert result.report == tmp_path / "library/new/report.json" and result.exit_status == 1
    assert result.not_exported is None
    assert (tmp_path / "library/new/.kg-cache.sqlite").is_file()


def test_a_strict_library_build_leaves_the_exports_and_says_why(small_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text("the previous export")
    result = kg.build(small_corpus, out=tmp_path, strict=True, cache=False)
    assert result.written == {} and result.not_exported == "strict and some file skipped"
    assert (tmp_path / "graph.json").read_text() == "the previous export"
    report = json.loads((tmp_path / "report.json").read_text())
    assert (report["status"], report["strict"], report["exit_status"]) == ("failed", True, 1)
    assert not (tmp_path / ".kg-cache.sqlite").exists()


def test_a_library_build_without_a_folder_writes_nothing(small_corpus: Path, tmp_path: Path) -> None:
    result = kg.build([small_corpus / "000_3226e1c643d225e2.txt"])
    assert result.articles == 1 and result.graph.nodes("Article")
    assert (result.written, result.report, result.not_exported, result.exit_status) == ({}, None, None, 0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"out": "OUT", "formats": ["nosuchformat"]}, "unknown export format 'nosuchformat'"),
        ({"formats": ["json"]}, "for a build with an output folder"),
        ({"strict": True}, "for a build with an output folder"),
        ({"out": "FILE"}, "cannot write to"),
    ],
)
def test_library_build_options_are_checked_before_any_article_is_read(
    options: dict[str, object], message: str, tmp_path: Path
) -> None:
    (tmp_path / "FILE").write_text("a file where the folder should be")
    where = {"OUT": tmp_path / "out", "FILE": tmp_path / "FILE" / "out"}
    options = {key: where.get(value, value) if isinstance(value, str) else value for key, value in options.items()}
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=message):
        kg.build(SEEDS, **options)  # type: ignore[arg-type]
    assert time.perf_counter() - started < 5, "the check came after the build"
    assert not (tmp_path / "out").exists()


def test_a_library_build_of_no_article_files_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(ConfigError, match="no article files under"):
        kg.build(tmp_path / "notes", out=tmp_path / "out")
    assert not (tmp_path / "out").exists()
