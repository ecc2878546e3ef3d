"""README's and docs/'s Python examples run: every ```python block, in order, one script per page.

Each page runs in a fresh temporary folder holding the seed articles as `seeds/`, in one namespace
(a later block uses what an earlier one made). A block followed by an `Output:` line and a ```text
block must print exactly that text. A block fenced as ```python no-run (it needs a server, or
shows a fragment) is only compiled. README "Examples that run" says the same for writers.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
NO_RUN = "no-run"
_FENCE = re.compile(r"^(`{3,})([^`]*)$")


@dataclass(frozen=True)
class Block:
    """A fenced block of a Markdown page: its info string (`python`, `text`, ...), text and first line."""

    info: str
    text: str
    line: int
    before: str
    """The page's text between the previous block and this one."""


def blocks(page: str) -> list[Block]:
    """The fenced code blocks of a Markdown page, in order (a fence closes on as many backticks or more)."""
    found: list[Block] = []
    lines = page.splitlines()
    index, prose = 0, []
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            prose.append(lines[index])
            index += 1
            continue
        ticks, start = opening.group(1), index
        body = []
        index += 1
        while index < len(lines) and not (lines[index].startswith(ticks) and set(lines[index].strip()) == {"`"}):
            body.append(lines[index])
            index += 1
        found.append(Block(opening.group(2).strip(), "\n".join(body) + "\n", start + 2, "\n".join(prose)))
        index += 1
        prose = []
    return found


def test_fences_are_read_as_markdown_reads_them() -> None:
    page = "Intro\n```python\nx = 1\n```\nOutput:\n\n```text\n1\n```\n````\n```python\n````\n```python no-run\ny\n```\n"
    found = blocks(page)
    assert [(b.info, b.text, b.line) for b in found] == [
        ("python", "x = 1\n", 3),
        ("text", "1\n", 8),
        ("", "```python\n", 11),
        ("python no-run", "y\n", 14),
    ]
    assert found[1].before.strip() == "Output:"


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_python_example_of_the_page_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = blocks(page.read_text(encoding="utf-8"))
    python = [block for block in found if block.info.split()[:1] == ["python"]]
    if not python:
        pytest.skip(f"{page.name} has no Python example")
    (tmp_path / "seeds").symlink_to(SEEDS, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__main__"}
    for position, block in enumerate(found):
        if block.info.split()[:1] != ["python"]:
            continue
        code = compile(block.text, f"{page.name}:{block.line}", "exec")
        if NO_RUN in block.info.split():
            continue
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(code, namespace)
        after = found[position + 1] if position + 1 < len(found) else None
        if after is not None and after.info == "text" and after.before.strip() == "Output:":
            assert printed.getvalue().rstrip() == after.text.rstrip(), f"{page.name}:{block.line} printed other output"
    assert os.getcwd() == str(tmp_path)
