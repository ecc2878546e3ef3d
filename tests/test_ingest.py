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
        # a language tag (U+E0000) is no IRI character (RFC 3987 ucschar starts plane 14 at E1000): escaped
        ("https://example.com/\U000e0000", "https://example.com/%F3%A0%80%80"),
    ],
)
def test_canonical_url(raw: str, expected: str | None) -> None:
    assert canonical_url(raw) == expected


def _read(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


# Single-quoted YAML titles holding `&#039;`: decoding the entity before parsing would end the string.
@pytest.mark.parametrize(
    ("front_matter", "title"),
    [
        (
            "title: 'Xi&#039;s visit to the UN&#039;s headquarters'\nsource: Reuters",
            "Xi's visit to the UN's headquarters",
        ),
        (
            "headline: 'VOA&#039;s interview: Kenya&#039;s president on the Haiti mission'\nurl: https://www.voanews.com/a/k/1.html",
            "VOA's interview: Kenya's president on the Haiti mission",
        ),
    ],
    ids=["reuters", "voa"],
)
def test_entities_in_single_quoted_yaml_titles_are_decoded_after_parsing(
    tmp_path: Path, front_matter: str, title: str
) -> None:
    article = _read(tmp_path, "a.md", f"---\n{front_matter}\n---\nThe talks went on at the United Nations on Monday.\n")
    assert article.title == title


@pytest.mark.parametrize(
    ("furniture", "body", "title"),
    [
        (
            "'[ad_1]'",
            "[ad_1]\nEU leaders agree on migration pact\n\nEU leaders agreed on a pact on Thursday.",
            "EU leaders agree on migration pact",
        ),
        (
            "'1. BBC'",
            "Kenya signs trade deal with the EU\n\nKenya signed a trade deal with the EU on Monday.",
            "Kenya signs trade deal with the EU",
        ),
        (
            "'Formats: HTML JSON XML'",
            "Council adopts budget resolution\n\nThe council adopted the budget on Friday.",
            "Council adopts budget resolution",
        ),
        (
            "'PDF | CSV | JSON'",
            "Ministers sign water accord\n\nThe ministers signed the accord on Tuesday.",
            "Ministers sign water accord",
        ),
    ],
    ids=["shortcode", "numbered_item", "format_menu", "format_list"],
)
def test_furniture_titles_give_way_to_the_first_heading(tmp_path: Path, furniture: str, body: str, title: str) -> None:
    article = _read(tmp_path, "a.md", f"---\ntitle: {furniture}\n---\n{body}\n")
    assert article.title == title
    assert "[ad_1]" not in article.body


def test_a_real_headline_that_looks_listed_is_kept(tmp_path: Path) -> None:
    article = _read(tmp_path, "a.md", "---\ntitle: '10 countries sign the Paris pledge on methane'\n---\nText.\n")
    assert article.title == "10 countries sign the Paris pledge on methane"


@pytest.mark.parametrize(
    ("byline", "persons"),
    [
        ("author: Staff Writer", ()),
        ("author: Reuters Staff", ()),
        ("author: [Associated Press, Edith M. Lederer]", ("Edith M. Lederer",)),
        ("byline: Editor", ()),
        ("authors: [VOA News, Margaret Besheer]", ("Margaret Besheer",)),
        ("author: Ursula von der Leyen", ("Ursula von der Leyen",)),
    ],
    ids=["staff_writer", "reuters_staff", "ap", "editor", "voa_news", "particles"],
)
def test_role_bylines_are_not_persons(tmp_path: Path, byline: str, persons: tuple[str, ...]) -> None:
    article = _read(tmp_path, "a.md", f"---\ntitle: Talks resume\n{byline}\n---\nThe talks resumed.\n")
    assert article.authors == persons


def test_role_byline_in_a_scraped_page_is_not_a_person(tmp_path: Path) -> None:
    article = _read(
        tmp_path, "a.txt", "Leaders meet in Brussels\nBy Staff Writer\n\nThe leaders met on Monday in Brussels.\n"
    )
    assert article.authors == ()


@pytest.mark.parametrize(
    ("fields", "outlet", "site"),
    [
        (
            "url: https://newsbreak.example.com/n/123\nsource: NewsBreak\nsource-url: https://www.reuters.com/world/un-vote-2024-03-21/",
            ("reuters.com", None),
            ("newsbreak.example.com", "NewsBreak"),
        ),
        (
            "link: https://www.yahoo.com/news/un-ai-resolution-1.html\nsource: Associated Press\n"
            "original_url: https://apnews.com/article/un-ai-resolution",
            ("apnews.com", "Associated Press"),
            ("yahoo.com", None),
        ),
        (
            "url: https://aggregator.example.org/p/9\nsource_url: https://www.voanews.com/a/un-vote/1.html\n"
            "site_name: Voice of America",
            ("voanews.com", "Voice of America"),
            ("aggregator.example.org", None),
        ),
    ],
    ids=["reuters_via_newsbreak", "ap_via_yahoo", "voa_via_aggregator"],
)
def test_source_url_is_the_story_and_the_aggregator_where_it_was_found(
    tmp_path: Path, fields: str, outlet: tuple[str, str | None], site: tuple[str, str | None]
) -> None:
    article = _read(tmp_path, "a.md", f"---\ntitle: UN adopts AI resolution\n{fields}\n---\nThe UN adopted it.\n")
    assert article.publisher is not None and (article.publisher.domain, article.publisher.name) == outlet
    assert article.url is not None and outlet[0] in article.url
    assert article.found_at is not None and (article.found_at.domain, article.found_at.name) == site


def test_source_url_on_the_outlets_own_site_has_no_aggregator(tmp_path: Path) -> None:
    fields = "url: https://www.reuters.com/world/a/\nsource_url: https://www.reuters.com/world/a/"
    article = _read(tmp_path, "a.md", f"---\ntitle: A\n{fields}\n---\nText.\n")
    assert article.found_at is None and article.publisher is not None and article.publisher.domain == "reuters.com"


@pytest.mark.parametrize(
    ("headline", "first"),
    [
        (
            "Biden says Washington will not go back to ‘business as usual’",
            "WASHINGTON — President Joe Biden said on Monday that the United States would not return to normal ties.",
        ),
        (
            'Guterres calls climate report a "code red for humanity"',
            "UNITED NATIONS (AP) — Secretary-General Antonio Guterres on Monday urged every nation to cut emissions.",
        ),
    ],
    ids=["curly_single", "straight_double"],
)
def test_headline_ending_in_a_closing_quote_is_not_fused_with_the_first_sentence(
    tmp_path: Path, headline: str, first: str
) -> None:
    article = _read(tmp_path, "a.txt", f"{headline}\n{first}\nMore of the story follows in this line of the text.\n")
    assert article.title == headline
    assert headline not in article.body
    assert article.body.startswith(first.split("— ", 1)[1][:20])


MULTI_STORY_TEXT = """UN Security Council adopts Gaza ceasefire resolution
March 25, 2024
The UN Security Council on Monday adopted a resolution demanding an immediate ceasefire in Gaza, after the
United States abstained in the vote.

Related

General Assembly backs Palestinian membership bid
May 10, 2019
The UN General Assembly on Thursday adopted a resolution backing a Palestinian bid for full membership.

Security Council renews its mission in Mali
June 28, 2018
The Security Council yesterday renewed the peacekeeping mission in Mali for another year, diplomats said.
"""

MULTI_STORY_DATE_FIRST = """Leaders agree on Sahel aid package
Published: February 9, 2024
Leaders of the African Union agreed on an aid package for the Sahel at their summit in Addis Ababa on Friday.

More on this topic

11 March 2020
Ministers sign Niger river accord
Ministers of the Niger Basin Authority signed an accord on sharing the river's water on Tuesday in Niamey.
"""

MULTI_STORY_MARKDOWN = """---
title: EU and Japan sign digital partnership
date: 2023-07-21
url: https://www.example-eu-news.eu/2023/07/eu-japan-digital/
---
The European Union and Japan signed a digital partnership in Tokyo on Thursday, officials said,
covering chips, data and online platforms over the coming years.

## Related stories

**EU and Japan launch talks on data flows**
Published: October 8, 2021
Negotiators from the European Commission and Japan opened talks on data flows last week.
"""


@pytest.mark.parametrize(
    ("name", "text", "main", "stories"),
    [
        (
            "gaza.txt",
            MULTI_STORY_TEXT,
            ("UN Security Council adopts Gaza ceasefire resolution", date(2024, 3, 25)),
            [
                ("General Assembly backs Palestinian membership bid", date(2019, 5, 10)),
                ("Security Council renews its mission in Mali", date(2018, 6, 28)),
            ],
        ),
        (
            "eu-japan.md",
            MULTI_STORY_MARKDOWN,
            ("EU and Japan sign digital partnership", date(2023, 7, 21)),
            [("EU and Japan launch talks on data flows", date(2021, 10, 8))],
        ),
        (
            "sahel.txt",
            MULTI_STORY_DATE_FIRST,
            ("Leaders agree on Sahel aid package", date(2024, 2, 9)),
            [("Ministers sign Niger river accord", date(2020, 3, 11))],
        ),
    ],
    ids=["plain_text_related", "markdown_related_stories", "date_line_first"],
)
def test_a_page_of_several_dated_stories_is_one_article_per_story(
    tmp_path: Path, name: str, text: str, main: tuple[str, date], stories: list[tuple[str, date]]
) -> None:
    article = _read(tmp_path, name, text)
    assert (article.title, article.published) == main
    assert [(item.title, item.published) for item in article.related] == stories
    assert all(item.body and item.body not in article.body for item in article.related)
    assert "Related" not in article.body


def test_related_stories_resolve_relative_dates_against_their_own_date(tmp_path: Path) -> None:
    import json

    from kg.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gaza.txt").write_text(MULTI_STORY_TEXT, encoding="utf-8")
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    events = {n["date"] for n in graph["nodes"] if n["type"] == "Event" and n.get("kind") == "adoption"}
    # "on Monday" of 2024-03-25 and "on Thursday" of the 2019-05-10 story; never a 2024 Thursday.
    assert events == {"2024-03-25", "2019-05-09"}


@pytest.mark.parametrize(
    ("lines", "item"),
    [
        # White House readout (2023-12-08), a participant list wrapped at 70 characters
        (
            "-   Ami Fields-Meyer, Senior Policy Advisor, Office of the Vice\n    President\n"
            "-   Karen Marrongelle, Chief Operating Officer, U.S. National Science\n    Foundation\n",
            "• Ami Fields-Meyer, Senior Policy Advisor, Office of the Vice President",
        ),
        # White House fact sheet (2023-10-12), a list of outcomes wrapped the same way
        (
            "-   Welcomed the completion of a mapping exercise between the U.S.\n"
            "    Department of Commerce’s National Institute of Standards and\n"
            "    Technology (NIST) AI Risk Management Framework\n"
            "-   Establishing a bilateral AI Governance Working Group.\n",
            "• Welcomed the completion of a mapping exercise between the U.S. Department of Commerce’s "
            "National Institute of Standards and Technology (NIST) AI Risk Management Framework",
        ),
    ],
)
def test_a_wrapped_list_item_is_one_line(tmp_path: Path, lines: str, item: str) -> None:
    path = tmp_path / "list.md"
    path.write_text("---\ntitle: A list\n---\nThe participants were:\n\n" + lines, encoding="utf-8")
    body = read_article(path).body
    assert item in body.split("\n")


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # found by the property test (tests/test_properties.py): entities decoding to control characters
        ('"&#13;<![CDATA[', '"'),
        ('"&#12;<![CDATA[', '"<![CDATA['),
    ],
)
def test_entities_decode_to_no_control_character(tmp_path: Path, body: str, title: str) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\n{}\n---\n" + body, encoding="utf-8", newline="")
    assert read_article(path).title == title
