"""The memoised name functions (gazetteer lookup and keys, person keys) give what they compute afresh,
on every name the extractors see in real articles from two sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import gazetteer
from kg.extract.mentions import clean_name, person_key
from kg.extract.nlp import load_model
from kg.ingest import read_article

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "seeds/001_805a9d8221c42d30.txt",
    ROOT.parent
    / "shared/corpus/wh-briefings/speeches-remarks/2023-09/2023-09-27-remarks-by-president-biden-before-meeting-"
    "with-the-presidents-council-of-advisors-on-science-and-technology-san-francisco-ca.md",
]


def _names(path: Path) -> list[str]:
    """Every entity and proper-noun text spaCy finds in the article, in reading order."""
    article = read_article(path)
    nlp = load_model()
    names: list[str] = []
    for _, text in article.texts:
        doc = nlp(text)
        names.extend(clean_name(ent.text) for ent in doc.ents)
        names.extend(token.text for token in doc if token.pos_ == "PROPN")
    return names


@pytest.mark.parametrize("path", SOURCES, ids=["wikinews-seed", "white-house"])
def test_memoised_name_functions_answer_as_computed_afresh(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not beside this checkout")
    names = _names(path)
    assert len(set(names)) > 20
    for name in names * 2:  # the second round is answered from the memo
        assert gazetteer.lookup(name) == gazetteer.lookup.__wrapped__(name)
        assert gazetteer.normalize_name(name) == gazetteer.normalize_name.__wrapped__(name)
        assert person_key(name) == person_key.__wrapped__(name)
    assert any(gazetteer.lookup(name) is not None for name in names)
    assert gazetteer.lookup.cache_info().hits >= len(names)
