"""The build's summary and report say why each skipped file was skipped, not only how many."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.report import SKIPPED_SHOWN

GOOD = "---\ntitle: Talks in Geneva\n---\nThe delegates of France and Germany met in Geneva on Monday.\n"
BAD = {
    "empty.md": (b"", "empty file"),
    "never_closed.md": (b"---\ntitle: x\nno end\n", "front matter opened with '---' but never closed"),
    "binary.md": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
}


def _corpus(folder: Path, bad: dict[str, bytes]) -> Path:
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    for name, content in bad.items():
        (folder / name).write_bytes(content)
    return folder


def test_summary_names_each_skipped_file_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "in", {name: content for name, (content, _) in BAD.items()})
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 1 article file(s), skipped 3:"
    named = {line.strip().split(": ", 1)[0]: line.strip().split(": ", 1)[1] for line in out[1:4]}
    assert {Path(path).name for path in named} == set(BAD)
    for path, reason in named.items():
        assert reason.startswith(BAD[Path(path).name][1])
    assert out[4].startswith("nodes: ")  # all three named: no pointer to the rest
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(item["path"]).name: item["reason"] for item in report["skipped"]} == {
        Path(path).name: reason for path, reason in named.items()
    }


def test_summary_of_many_skipped_files_names_the_first_and_points_to_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    many = SKIPPED_SHOWN + 3
    corpus = _corpus(tmp_path / "in", {f"empty{index:02d}.md": b"" for index in range(many)})
    out_dir = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out_dir), "--quiet"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"read 1 article file(s), skipped {many}:"
    listed = out[1 : 1 + SKIPPED_SHOWN]
    assert [Path(line.strip().split(": ")[0]).name for line in listed] == [
        f"empty{index:02d}.md" for index in range(SKIPPED_SHOWN)
    ]
    assert all(line.endswith(": empty file") for line in listed)
    assert out[1 + SKIPPED_SHOWN] == f"  and 3 more: every skipped file and its reason is in {out_dir / 'report.json'}"
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    assert len(report["skipped"]) == many


def test_summary_of_a_clean_build_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "in", {})
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 1 article file(s), skipped 0"
    assert out[1].startswith("nodes: ")
