"""Ingest: seeds and other layouts into Article records, nothing invented."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import Article, discover, read_article, read_articles
from kg.ingest.urls import canonical_url

from .conftest import DATA, SEEDS


def _seed(prefix: str) -> Article:
    return read_article(next(SEEDS.glob(prefix + "*")))


def test_front_matter_fields_become_article_parts() -> None:
    article = _seed("000")
    assert article.title == "US Spearheads First UN Resolution on Artificial Intelligence"
    assert article.url == "https://www.securityweek.com/us-spearheads-first-un-resolution-on-artificial-intelligence/"
    assert article.published == datetime(2024, 3, 13, 2, 17, tzinfo=UTC)
    assert article.publisher is not None and article.publisher.name == "SecurityWeek"
    assert article.publisher.domain == "securityweek.com"
    assert article.topics == ("AI",)


def test_related_items_are_articles_with_their_own_publishers() -> None:
    article = _seed("003")
    domains = [item.publisher.domain for item in article.related if item.publisher]
    assert "abcnews.go.com" in domains and "arstechnica.com" in domains
    assert all(item.body == "" and item.url for item in article.related)
    assert len({item.id for item in article.related}) == len(article.related)


def test_mojibake_is_repaired_in_front_matter() -> None:
    excerpts = [item.excerpt or "" for item in _seed("003").related]
    assert any("world’s military" in text for text in excerpts)
    assert not any("â€" in text for text in excerpts)


def test_plain_text_without_front_matter_has_no_invented_metadata() -> None:
    article = _seed("001")
    assert article.url is None and article.published is None and article.publisher is None
    assert article.body.startswith("The UN General Assembly")


def test_scraped_page_metadata_is_read_from_its_text() -> None:
    article = _seed("002")
    assert article.title == "UN Passes Landmark Global Resolution on Artificial Intelligence"
    assert article.authors == ("Jeff Joyce",)
    assert article.published == date(2024, 3, 21)
    assert article.publisher is not None and article.publisher.name == "AIO Writers"
    assert "See more from" not in article.body and "What keyword" not in article.body
    assert "Written by" not in article.body


def test_other_layout_field_names_and_publisher_from_domain() -> None:
    article = read_article(DATA / "articles" / "wh_layout.md")
    assert article.title is not None and article.title.startswith("FACT SHEET")
    assert article.published == datetime(2023, 7, 21, 9, 0, tzinfo=UTC)
    assert article.publisher is not None
    assert article.publisher.name is None and article.publisher.domain == "whitehouse.gov"
    assert "Example Administration is announcing" in article.body  # Markdown link reduced to its words
    assert "commitments build on the Administration's" in article.body  # hard-wrapped lines joined


def test_plain_file_mojibake_repaired() -> None:
    article = read_article(DATA / "articles" / "plain_mojibake.txt")
    assert "world’s first rules" in article.body


def test_folders_are_read_recursively_and_bad_files_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("A plain article about the treaty and the nations that signed it.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "open.md").write_text("---\ntitle: never closed\n")
    items = list(read_articles([tmp_path]))
    errors = {Path(i.path).name: i.reason for i in items if isinstance(i, InputError)}
    assert [i.title for i in items if isinstance(i, Article)] == [None]
    assert errors == {"empty.txt": "empty file", "open.md": "front matter opened with '---' but never closed"}
    assert discover([tmp_path / "sub" / "good.txt", tmp_path / "sub"]) == [tmp_path / "sub" / "good.txt"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://WWW.Example.com/a/?utm_source=x#frag", "https://www.example.com/a/"),
        ("http://example.com:80/x y", "http://example.com/x%20y"),
        ("javascript:alert(1)", None),
        ("not a url", None),
        ("https://exa<mple>.com/", None),
    ],
)
def test_canonical_url(raw: str, expected: str | None) -> None:
    assert canonical_url(raw) == expected
