"""repair_text runs ftfy only on the lines it could change, and gives what ftfy gives on every line."""

from __future__ import annotations

from pathlib import Path

import ftfy
import pytest

from kg.ingest.cleanup import _fix_text, normalize_text, repair_text

from .conftest import DATA, ROOT, SEEDS

CORPORA = ROOT.parent / "shared" / "corpus"


def _ftfy(text: str) -> str:
    """What repair_text ran before lines were skipped: ftfy on the whole text."""
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)


def _real_texts() -> list[tuple[Path, str]]:
    folders = [
        SEEDS,
        DATA / "articles",
        DATA / "syndication",
        *(CORPORA / name for name in ("wh-briefings", "html-pages", "wikinews")),
    ]
    paths = sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file())
    texts = []
    for path in paths:
        raw = path.read_bytes()
        if b"\0" in raw[:4096]:
            continue  # binary (an archive, a parquet table)
        texts.append((path, raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")))
    return texts


def test_real_files_are_repaired_as_ftfy_repairs_them() -> None:
    texts = _real_texts()
    assert len(texts) >= 50
    changed = 0
    for path, text in texts:
        fixed = _fix_text(text)
        assert fixed == _ftfy(text), path
        changed += fixed != text
    assert changed > 0  # some real file has something ftfy fixes (entities, mojibake, widths)


@pytest.mark.parametrize(
    "text",
    [
        "worldâ€™s leaders\nplain line\n",  # mojibake on one line, ASCII on the next
        "Tom &amp; Jerry\nno markup here\n",  # an entity in ASCII text is unescaped
        "<p>Tom &amp; Jerry</p>\nTom &amp; Jerry\n",  # ... except after a line with markup
        "bell\x07 and \x1b[31mred\x1b[0m\n",  # control characters and terminal escapes in ASCII
        "ＬＯＵＤ　ＮＯＩＳＥＳ\nquiet\n",  # full-width letters
        "ﬂubberiﬁc" + "a" * 50 + "\nlast line without a break",
        "",
    ],
)
def test_lines_ftfy_would_change_are_changed_as_ftfy_changes_them(text: str) -> None:
    assert _fix_text(text) == _ftfy(text)


def test_repair_text_still_fixes_mojibake_and_line_ends() -> None:
    assert repair_text("worldâ€™s\r\nnext\x07") == "world’s\nnext"


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        # Wikinews 2019 (Puerto Rico's governor): a joiner before a name splits it for the tokenizer
        ("Spanish language: \u200dPuerto Rico necesita certeza.", "Spanish language: Puerto Rico necesita certeza."),
        # a word joiner and a zero-width space pasted from a web page
        ("the\u2060 Hong Kong\u200b government", "the Hong Kong government"),
    ],
)
def test_stray_zero_width_characters_are_dropped(text: str, repaired: str) -> None:
    assert repair_text(text) == repaired
    assert normalize_text(text) == repaired


def test_a_zero_width_non_joiner_between_letters_is_spelling() -> None:
    # Persian: "می‌خواهم" (I want) keeps its non-joiner
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert repair_text(word) == word
