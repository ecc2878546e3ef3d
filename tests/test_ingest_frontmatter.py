"""Front matter read by libyaml (the fast path) gives the values BoundedSafeLoader gives, on real
files and on what only the careful loader may read."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.errors import InputError
from kg.ingest import discover
from kg.ingest.frontmatter import BoundedSafeLoader, _load, _within_limits, split_front_matter

from .conftest import DATA, ROOT, SEEDS

WH_BRIEFINGS = ROOT.parent / "shared" / "corpus" / "wh-briefings"


def _blocks() -> list[tuple[Path, str]]:
    """The front matter block of every real article file with one (the seeds, kg's test articles,
    the White House corpus beside the checkout)."""
    found = []
    folders = [SEEDS, DATA / "articles", DATA / "syndication", WH_BRIEFINGS]
    for path in discover([folder for folder in folders if folder.is_dir()]):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not text.startswith("---\n"):
            continue
        end = text.find("\n---", 3)
        if end > 0:
            found.append((path, text[4 : end + 1]))
    return found


def test_real_front_matter_is_read_by_libyaml_to_the_same_values() -> None:
    blocks = _blocks()
    assert len(blocks) >= 20
    for path, block in blocks:
        assert _within_limits(block), path
        assert _load(block) == yaml.load(block, Loader=BoundedSafeLoader), path


@pytest.mark.parametrize(
    "block",
    [
        "date: 2024-13-45\ncount: 1" + "0" * 5000 + "\n",  # values YAML's rules cannot construct: kept as text
        "published: 2024-03-21T10:00:00Z\nscore: 1.5e3\ntags: [a, b]\n",
        "title: 'It''s'\nnested: {a: [1, {b: c}]}\n",
    ],
)
def test_lenient_values_are_the_same_on_both_loaders(block: str) -> None:
    assert _within_limits(block)
    assert _load(block) == yaml.load(block, Loader=BoundedSafeLoader)


@pytest.mark.parametrize(
    "block",
    [
        "title: " + "[" * 60 + "]" * 60 + "\n",  # deeper than the limit: libyaml's composer would recurse
        "a: &a [x]\nb: [" + ", ".join(["*a"] * 150) + "]\n",  # more aliases than the limit
    ],
)
def test_what_is_over_a_limit_never_reaches_libyamls_composer(block: str) -> None:
    assert not _within_limits(block)


@pytest.mark.parametrize("block", ["title: !shout hello\n", "title: [unclosed\n", "a: \x07\n", "- a\n- b\n"])
def test_bad_front_matter_gets_the_careful_loaders_message(block: str) -> None:
    with pytest.raises(InputError) as caught:
        split_front_matter("---\n" + block + "---\nBody.", "a.md")
    try:
        expected = yaml.load(block, Loader=BoundedSafeLoader)
    except yaml.MarkedYAMLError as error:  # the problem, and where it is in the file (the block starts on line 2)
        assert str(error.problem) in str(caught.value)
        assert f"(line {error.problem_mark.line + 2}, column {error.problem_mark.column + 1})" in str(caught.value)
    except yaml.YAMLError as error:
        assert " ".join(str(error).split()) in str(caught.value)
    else:
        assert isinstance(expected, list) and "a YAML list, not a mapping" in str(caught.value)
