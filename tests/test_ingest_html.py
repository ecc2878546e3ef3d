"""HTML ingest: saved pages and HTML bodies of front-matter files, read with what the page states."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
import rdflib

from kg.errors import InputError
from kg.ingest import Article, discover, read_article, read_articles
from kg.ingest.html import article_from_html

from .conftest import ROOT

# The shared corpora sit beside the checkout (as in CI).
HTML_PAGES = ROOT.parent / "shared" / "corpus" / "html-pages"

# Each page checked by eye against its <title>, og:title and <h1>, its head metadata and byline.
ENGLISH_PAGES = [
    (
        "dw.com.colonial.html",
        "Berlin confronts Germany's colonial past with new initiative",
        date(2020, 1, 19),
        "dw.com",
        ("Ben Knight",),  # the <head> names "Deutsche Welle (www.dw.com)"; the page's "Author" label the person
    ),
    (
        "dw.com.uncork.html",
        "Uncork the mystery of Germany's Frühburgunder",
        date(2013, 6, 10),
        "dw.com",
        ("Julian Tompkin",),
    ),
    (
        "mercurynews.com.2023.01.16.letters-1119.html",
        "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost | Predicting climate",
        date(2023, 1, 17),
        "mercurynews.com",
        (),
    ),
    (
        "nationalgeographic.co.uk.goats.html",
        "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.",
        date(2020, 1, 6),
        "nationalgeographic.co.uk",
        ("Michael Hingston",),
    ),
    (
        "nature.com.telescope.html",
        "Gigantic Chinese telescope opens to astronomers worldwide",
        date(2019, 9, 24),
        "nature.com",
        ("Elizabeth Gibney",),
    ),
    (
        "phys.org.tool.html",
        "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking",
        date(2019, 10, 22),
        "phys.org",
        ("Bob Yirka",),
    ),
    (
        "reuters.com.parasite.html",
        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
        date(2020, 1, 20),
        "reuters.com",
        ("Jill Serjeant",),
    ),
    (
        "salon.com.emissions.html",
        "Despite everything, U.S. emissions dipped in 2019",
        date(2020, 1, 10),
        "salon.com",
        ("Nathanael Johnson",),
    ),
    (
        "scmp.com.playbook.html",
        "Carrie Lam should study Tsai Ing-wen’s playbook",
        date(2020, 1, 20),
        "scmp.com",
        ("Alice Wu",),
    ),
    (
        "theguardian.com.academics.html",
        "Thousands of UK academics 'treated as second-class citizens'",
        date(2020, 1, 20),
        "theguardian.com",
        ("Richard Adams",),
    ),
]


def _day(article: Article) -> date | None:
    published = article.published
    return published.date() if hasattr(published, "date") else published  # type: ignore[union-attr, return-value]


@pytest.mark.parametrize(
    ("name", "title", "day", "domain", "authors"), ENGLISH_PAGES, ids=[p[0] for p in ENGLISH_PAGES]
)
def test_saved_pages_are_read_with_headline_date_publisher_and_authors(
    name: str, title: str, day: date, domain: str, authors: tuple[str, ...]
) -> None:
    article = read_article(HTML_PAGES / name)
    assert article.title == title
    assert _day(article) == day
    assert article.publisher is not None and article.publisher.domain == domain
    assert article.authors == authors
    assert article.url is not None and domain in article.url
    # The main text, not the menus: long, and without the markup or scripts of the page.
    assert len(article.body) > 1500
    assert not re.search(r"<\s*/?[a-z]+[\s/>]|&#|&amp;|function\s*\(", article.body)


def test_every_saved_page_is_discovered_and_parses() -> None:
    pages = [path for path in discover([HTML_PAGES]) if path.suffix == ".html"]
    assert len(pages) == 13
    for path in pages:
        article = read_article(path)
        assert article.title and article.body and article.published is not None


def test_a_date_the_page_does_not_state_in_its_metadata_is_not_taken_from_other_stories() -> None:
    # The page lists other stories with their dates (01.08.2019, ...); its own day is in its title.
    article = read_article(HTML_PAGES / "dw.com.uncork.html")
    assert article.published == date(2013, 6, 10)


def test_a_page_without_a_stated_date_has_none_even_with_a_dated_url() -> None:
    page = (
        "<html><head><title>Ministers sign the water accord</title></head><body><article>"
        "<h1>Ministers sign the water accord</h1><p>Water ministers of Egypt and Sudan signed an accord on"
        " the Nile on Tuesday, officials in Cairo said, after years of talks that had stalled.</p>"
        "<p>The accord sets shares of the river's water for each country.</p></article></body></html>"
    )
    article = article_from_html(page, "accord.html", url="https://news.example.org/2021/03/09/water-accord")
    assert article.title == "Ministers sign the water accord"
    assert article.published is None
    assert article.url == "https://news.example.org/2021/03/09/water-accord"
    assert article.body.startswith("Water ministers of Egypt and Sudan")


def test_front_matter_wins_over_the_page_metadata() -> None:
    page = (HTML_PAGES / "theguardian.com.academics.html").read_text(encoding="utf-8")
    meta = {"title": "UK academics on short contracts", "date": "2020-01-21", "author": "Jane Roe"}
    article = article_from_html(page, "academics.html", meta=meta)
    assert article.title == "UK academics on short contracts"
    assert article.published == date(2020, 1, 21)
    assert article.authors == ("Jane Roe",)
    # What the front matter does not say comes from the page.
    assert article.publisher is not None and article.publisher.name == "The Guardian"


WORDPRESS_REUTERS = """---
title: '[ad_1]'
url: https://worldnewsfeed.example.net/2023/09/19/xi-speech/
source: World News Feed
source-url: https://www.reuters.com/world/china/xi-un-speech-2023-09-19/
author: Reuters Staff
date: 2023-09-19
---
[ad_1]
<p><span>UNITED NATIONS</span>, Sept 19 (Reuters) - Chinese leader <a href="/x">Xi Jinping</a> said on
Tuesday that the United Nations should adopt a resolution on climate finance &amp; development.</p>
<p><span>The proposal was backed by France and Brazil, diplomats said, according to &#8220;officials&#8221; close
to Xi Jinping.</p></span><span>
<script>var promo = "<p>Subscribe</p>";</script>
[ad_2]
"""

WORDPRESS_VOA = """---
title: 'U.S., Japan sign minerals pact &#8211; VOA'
link: https://www.voanews.com/a/us-japan-minerals/7021.html
author: Staff Writer
date: '2023-03-28T14:00:00Z'
---
<div class="wp-block"><p>WASHINGTON &#8212; The <strong>United States</strong> and <em>Japan</em> signed an
agreement on critical minerals on Tuesday, the U.S. Trade Representative&#039;s office said.</p>
<figure><img src="a.jpg"><figcaption>Katherine Tai &amp; Koji Tomita</figcaption></figure></div>
"""


@pytest.mark.parametrize("source", [WORDPRESS_REUTERS, WORDPRESS_VOA], ids=["reuters_aggregated", "voa"])
def test_html_bodies_in_front_matter_files_lose_their_markup(tmp_path: Path, source: str) -> None:
    path = tmp_path / "story.md"
    path.write_text(source, encoding="utf-8")
    article = read_article(path)
    for text in (article.title or "", article.body):
        assert not re.search(r"<\s*/?[a-z]+|&#|&amp;|\[ad_\d\]|var promo", text), text
    assert "Xi Jinping" in article.body or "United States and Japan" in article.body
    assert article.authors == ()  # "Reuters Staff", "Staff Writer": roles, not persons


def test_html_body_front_matter_wins_and_source_url_names_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "xi.md"
    path.write_text(WORDPRESS_REUTERS, encoding="utf-8")
    article = read_article(path)
    assert article.url == "https://www.reuters.com/world/china/xi-un-speech-2023-09-19/"
    assert article.publisher is not None and article.publisher.domain == "reuters.com"
    assert article.found_at is not None
    assert (article.found_at.name, article.found_at.domain) == ("World News Feed", "worldnewsfeed.example.net")
    assert article.published == date(2023, 9, 19)
    # A furniture title gives way to the text's first line.
    assert article.title is not None and article.title.startswith("UNITED NATIONS, Sept 19 (Reuters)")


def test_voa_title_entities_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "voa.md"
    path.write_text(WORDPRESS_VOA, encoding="utf-8")
    article = read_article(path)
    assert article.title == "U.S., Japan sign minerals pact – VOA"
    assert "Trade Representative's office" in article.body


def _tag_or_entity(text: str) -> bool:
    return bool(re.search(r"<\s*/?\s*[A-Za-z][A-Za-z0-9]*[\s/>]|&#|&amp;", text))


@pytest.fixture(scope="module")
def html_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The saved pages and the WordPress-style files built together with `kg build`."""
    from kg.cli import main

    stories = tmp_path_factory.mktemp("wordpress")
    (stories / "reuters.md").write_text(WORDPRESS_REUTERS, encoding="utf-8")
    (stories / "voa.md").write_text(WORDPRESS_VOA, encoding="utf-8")
    out = tmp_path_factory.mktemp("html-build")
    assert main(["build", str(HTML_PAGES), str(stories), "--out", str(out)]) in (0, 1)
    return out


def test_no_export_holds_markup_or_entities_in_labels_aliases_or_evidence(html_build: Path) -> None:
    graph = json.loads((html_build / "graph.json").read_text(encoding="utf-8"))
    texts = [n["label"] for n in graph["nodes"]] + [a for n in graph["nodes"] for a in n.get("aliases", [])]
    texts += [s["sentence"] for e in graph["edges"] for s in e["sources"] if s.get("sentence")]
    assert len(texts) > 500
    assert [t for t in texts if _tag_or_entity(t)] == []
    # The same in the XML exports (values as an XML reader gives them) and the RDF exports.
    for name in ("graph.graphml", "graph.gexf"):
        values = [el.text or "" for el in ET.parse(html_build / name).iter()]
        values += [v for el in ET.parse(html_build / name).iter() for v in el.attrib.values()]
        assert [v for v in values if _tag_or_entity(v)] == []
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        literals = [
            str(o)
            for o in rdflib.Graph().parse(html_build / name, format=fmt).objects()
            if isinstance(o, rdflib.Literal)
        ]
        assert literals and [v for v in literals if _tag_or_entity(v)] == []


def test_a_reposted_story_is_reported_by_its_outlet_and_found_at_the_aggregator(html_build: Path) -> None:
    graph = json.loads((html_build / "graph.json").read_text(encoding="utf-8"))
    edges = {(e["relation"], e["target"]) for e in graph["edges"] if e["source"].startswith("article:")}
    assert ("reported-by", "publisher:reuters.com") in edges
    assert ("found-at", "publisher:worldnewsfeed.example.net") in edges
    assert ("reported-by", "publisher:worldnewsfeed.example.net") not in edges


def test_publishers_of_the_pages_are_no_persons(html_build: Path) -> None:
    graph = json.loads((html_build / "graph.json").read_text(encoding="utf-8"))
    persons = {n["label"] for n in graph["nodes"] if n["type"] == "Person"}
    assert "Jill Serjeant" in persons and "Alice Wu" in persons
    assert not persons & {"Deutsche Welle", "Reuters Staff", "Staff Writer", "Letters"}


@pytest.mark.parametrize(
    "page",
    [
        "<html><body></body></html>",
        '<html><head><script>var x = "<p>hi</p>";</script></head><body><script>alert(1)</script></body></html>',
        "<div>" * 100_000 + "deep" + "</div>" * 100_000,
    ],
    ids=["empty_page", "scripts_only", "too_deep"],
)
def test_html_without_text_is_skipped_with_a_plain_reason(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [error] = list(read_articles([path]))
    assert isinstance(error, InputError) and str(error) == f"{path}: no article text found in the HTML"


def test_truncated_page_is_read_up_to_the_cut(tmp_path: Path) -> None:
    whole = (HTML_PAGES / "reuters.com.parasite.html").read_bytes()
    cut = whole[: whole.index(b"cementing their roles", whole.index(b"<body")) + 10]
    path = tmp_path / "cut.html"
    path.write_bytes(cut)
    article = read_article(path)
    assert article.title == "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
    assert article.body.startswith("LOS ANGELES (Reuters) - South Korean thriller")
    assert "<" not in article.body


def test_page_cut_inside_its_head_keeps_its_title(tmp_path: Path) -> None:
    whole = (HTML_PAGES / "reuters.com.parasite.html").read_bytes()
    path = tmp_path / "head.html"
    path.write_bytes(whole[: whole.index(b"</head>")])
    article = read_article(path)
    assert article.title == "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
    assert article.body == "" and article.publisher is not None and article.publisher.domain == "reuters.com"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "**<u>Managing Risks to Safety</u>**\n\nModels trained with more than 10<sup>26</sup> operations in the"
            " 21<sup>st</sup> century must be reported.<!-- -->\n",
            "Models trained with more than 10^26 operations in the 21st century must be reported.",
        ),
        (
            "<span>UNITED NATIONS</span> (Reuters) - The <span class='x'>Security Council</span> on Friday adopted"
            " a resolution, diplomats said, after <s>Russia</s> China abstained.\n",
            "UNITED NATIONS (Reuters) - The Security Council on Friday adopted a resolution, diplomats said,",
        ),
    ],
    ids=["white_house_markdown", "reuters_spans"],
)
def test_inline_markup_in_a_text_body_is_dropped_and_the_text_kept(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "story.md"
    path.write_text(f"---\ntitle: '<b>Council</b> adopts resolution &amp; more'\n---\n{body}", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Council adopts resolution & more"
    assert expected in article.body
    assert "<" not in article.body and "Russia" not in article.body


def test_html_file_with_front_matter_reads_both(tmp_path: Path) -> None:
    path = tmp_path / "2024-03-21-ai-resolution.html"
    path.write_text(
        "---\ntitle: UN adopts AI resolution\ndate: 2024-03-21\n---\n<html><body><article><p>The UN General"
        " Assembly adopted a resolution on artificial intelligence on Thursday, diplomats said.</p><p>The"
        " United States proposed the text.</p></article></body></html>\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.published) == ("UN adopts AI resolution", date(2024, 3, 21))
    assert article.body.startswith("The UN General Assembly adopted") and "---" not in article.body


def test_an_author_label_names_the_author_when_the_head_names_none() -> None:
    # in the form of a news site's article footer: a definition list of the story's facts
    page = (
        "<html><head><title>Ministers meet in Geneva</title><meta name='author' content='Example News'>"
        "<meta property='og:site_name' content='Example News'></head><body><article><h1>Ministers meet in Geneva"
        "</h1><p>Foreign ministers met in Geneva on Monday to resume talks on the treaty, officials said. The talks"
        " are expected to last three days.</p><dl><dt>Author</dt><dd>Maria Lopez and Tom Baker</dd></dl>"
        "</article></body></html>"
    )
    article = article_from_html(page, "geneva.html", url="https://news.example.com/geneva")
    assert article.authors == ("Maria Lopez", "Tom Baker")


def test_an_author_label_does_not_override_a_person_in_the_head() -> None:
    page = (
        "<html><head><title>Talks resume</title><meta name='author' content='Jane Roe'></head><body><article>"
        "<p>Diplomats met in Geneva on Monday to resume talks on the treaty, officials said.</p>"
        "<p><strong>Author</strong> Someone Else</p></article></body></html>"
    )
    assert article_from_html(page, "talks.html").authors == ("Jane Roe",)
