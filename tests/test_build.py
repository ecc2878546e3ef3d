"""The build: the same bytes with any number of workers, files read in order, options checked."""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from kg.builder import build_graph, write_exports
from kg.cli import main

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
