"""Syndicated copies: a rewrite and light edits of one story are linked as one Story, other articles are not."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
import rdflib

import kg
from kg import vocab
from kg.builder import build_graph, write_exports
from kg.export.rdf import KG
from kg.extract.stories import sign
from kg.facts import EdgeFact
from kg.ingest import discover, read_article
from kg.query import run_query
from kg.resolve.stories import StoryIndex

from .conftest import DATA, ROOT, SEEDS

AP_ORIGINAL = DATA / "syndication" / "ap_un_ai_resolution.md"
REWRITE = SEEDS / "001_805a9d8221c42d30.txt"
WH_BRIEFINGS = ROOT.parent / "shared" / "corpus" / "wh-briefings"


def story_groups(paths: list[Path]) -> list[set[str]]:
    """The stories found among the article files under `paths`, each as the set of its files' paths."""
    index = StoryIndex()
    files: dict[str, str] = {}
    for path in discover(paths):
        article = read_article(path)
        files[article.id] = str(path)
        signature = sign(article)
        if signature is not None:
            index.add(signature)
    groups: dict[str, set[str]] = {}
    for fact in index.facts():
        if isinstance(fact, EdgeFact):
            groups.setdefault(fact.target, set()).add(files[fact.source])
    return sorted(groups.values(), key=sorted)


def test_the_rewrite_seed_and_its_ap_original_are_one_story_and_the_other_seeds_none() -> None:
    assert story_groups([SEEDS, AP_ORIGINAL]) == [{str(REWRITE), str(AP_ORIGINAL)}]


def _body(path: Path) -> str:
    return " ".join(read_article(path).body.split())


@pytest.mark.skipif(not WH_BRIEFINGS.is_dir(), reason="the White House corpus is beside the checkout only")
def test_unrelated_articles_are_not_linked_and_reposted_texts_are() -> None:
    groups = story_groups([SEEDS, AP_ORIGINAL, WH_BRIEFINGS])
    # The only other copies are pages the White House posted twice with the same text.
    by_body: dict[str, set[str]] = {}
    for path in discover([WH_BRIEFINGS]):
        by_body.setdefault(_body(path), set()).add(str(path))
    reposted = [names for names in by_body.values() if len(names) > 1]
    assert reposted, "the corpus holds pages posted twice"
    assert groups == sorted([{str(REWRITE), str(AP_ORIGINAL)}, *reposted], key=sorted)


def _paragraphs(path: Path) -> tuple[str, list[str]]:
    front, body = re.match(r"(---\n.*?\n---\n)(.*)", path.read_text(encoding="utf-8"), re.S).groups()  # type: ignore[union-attr]
    return front, [p for p in body.split("\n\n") if p.strip()]


def _republished(paragraphs: list[str], *, title: str, date: str, byline: str = "") -> str:
    front = (
        f'---\ntitle: "{title}"\npublishedDateTime: {date}\n{byline}'
        "provider:\n  name: Example Gazette\n  domain: gazette.example.org\n---\n"
    )
    return front + "\n\n".join(paragraphs) + "\n"


def _edit(case: str) -> str:
    _, paragraphs = _paragraphs(AP_ORIGINAL)
    if case == "other headline, byline and site":
        return _republished(
            paragraphs, title="UN backs first AI rules", date="2024-03-22T08:00:00Z", byline="author: Jane Roe\n"
        )
    if case == "a changed paragraph":
        paragraphs[3] = "Diplomats in New York said the vote came after a long week of talks on the text in committee."
        return _republished(paragraphs, title=_title(), date="2024-03-21T21:00:00Z")
    if case == "cut to fit, with a local ending":
        kept = [*paragraphs[:-3], "The city council will discuss the use of AI tools by its own services next month."]
        return _republished(kept, title=_title(), date="2024-03-23T06:00:00Z")
    if case == "the same text two months later":
        return _republished(paragraphs, title=_title(), date="2024-05-21T06:00:00Z")
    raise AssertionError(case)


def _title() -> str:
    return read_article(AP_ORIGINAL).title or ""


@pytest.mark.parametrize(
    ("case", "linked"),
    [
        ("other headline, byline and site", True),
        ("a changed paragraph", True),
        ("cut to fit, with a local ending", True),
        # Copies are published within days of each other: the same text much later is another story.
        ("the same text two months later", False),
    ],
)
def test_a_lightly_edited_copy_on_another_site_is_linked(case: str, linked: bool, tmp_path: Path) -> None:
    copy = tmp_path / "copy.md"
    copy.write_text(_edit(case), encoding="utf-8")
    expected = [{str(AP_ORIGINAL), str(copy)}] if linked else []
    assert story_groups([AP_ORIGINAL, copy]) == expected


def test_short_bodies_are_not_judged() -> None:
    # The seeds' related items hold excerpts of a few dozen words: too short to tell a copy.
    article = read_article(SEEDS / "000_3226e1c643d225e2.txt")
    assert article.related and all(sign(item) is None for item in article.related)
    assert sign(read_article(REWRITE)) is not None


@pytest.fixture(scope="module")
def story_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds, the AP original and a copy of the rewrite seed on another site, built with one worker
    and no cache, then with two workers twice through a cache; the two export folders."""
    corpus = tmp_path_factory.mktemp("stories-corpus")
    for path in [*SEEDS.iterdir(), AP_ORIGINAL]:
        (corpus / path.name).write_bytes(path.read_bytes())
    text = REWRITE.read_text(encoding="utf-8").replace(
        "Ultimately, this pioneering UN resolution marks a landmark step toward global AI governance and "
        "responsible development.",
        "Readers can find our full coverage of technology policy on the science pages.",
    )
    assert text != REWRITE.read_text(encoding="utf-8")
    front = (
        '---\ntitle: "UN approves a global AI resolution"\n'
        "provider:\n  name: Example Gazette\n  domain: gazette.example.org\n---\n"
    )
    (corpus / "005_gazette_copy.md").write_text(front + text, encoding="utf-8")
    one, two = tmp_path_factory.mktemp("one"), tmp_path_factory.mktemp("two")
    write_exports(build_graph([corpus], workers=1), one)
    build_graph([corpus], workers=2, cache=two / ".kg-cache.sqlite")
    cached = build_graph([corpus], workers=2, cache=two / ".kg-cache.sqlite")
    assert cached.cached == 7 and cached.extracted == 0
    write_exports(cached, two, processes=2)
    return one, two


@pytest.mark.slow
def test_exports_are_the_same_bytes_with_two_workers_and_the_cache(story_build: tuple[Path, Path]) -> None:
    one, two = story_build
    names = ["graph.ttl", "graph.jsonld", "graph.graphml", "graph.gexf", "graph.json"]
    assert [(one / name).read_bytes() for name in names] == [(two / name).read_bytes() for name in names]


@pytest.mark.slow
def test_every_export_carries_the_story(story_build: tuple[Path, Path]) -> None:
    out, _ = story_build
    graph = kg.load(out / "graph.json")
    stories = graph.nodes(vocab.STORY)
    assert len(stories) == 1
    members = graph.neighbors(stories[0], vocab.PART_OF_STORY, direction="in")
    assert sorted(Path(a.source_path).name for a in members) == sorted(
        [REWRITE.name, AP_ORIGINAL.name, "005_gazette_copy.md"]
    )
    # Every copy keeps its own publisher (the rewrite seed names none).
    publishers = {Path(a.source_path).name: [p.label for p in graph.neighbors(a, vocab.REPORTED_BY)] for a in members}
    assert publishers == {
        REWRITE.name: [],
        AP_ORIGINAL.name: ["Associated Press"],
        "005_gazette_copy.md": ["Example Gazette"],
    }
    member_ids = {a.id for a in members}

    rdf = rdflib.Graph().parse(out / "graph.ttl")
    jsonld = rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    for triples in (rdf, jsonld):
        assert len(set(triples.subjects(rdflib.RDF.type, KG.Story))) == 1
        assert len(list(triples.subject_objects(KG.partOfStory))) == 3
    for read in (nx.read_graphml, nx.read_gexf):
        exported = read(out / ("graph.graphml" if read is nx.read_graphml else "graph.gexf"))
        story_ids = [n for n, d in exported.nodes(data=True) if d.get("type") == vocab.STORY]
        assert len(story_ids) == 1
        linked = {u for u, v, d in exported.edges(data=True) if d.get("relation") == vocab.PART_OF_STORY}
        assert linked == member_ids


@pytest.mark.slow
def test_independent_sources_count_stories_not_copies(story_build: tuple[Path, Path]) -> None:
    out, _ = story_build
    result = run_query(out, "independent_sources")
    rows = [
        dict(zip(result.variables, (term.value if term else None for term in row), strict=True)) for row in result.rows
    ]
    china = [row for row in rows if row["actorLabel"] == "China"]
    assert len(china) == 1
    assert (int(china[0]["stories"]), int(china[0]["articles"])) == (1, 2)
    graph = kg.load(out)
    agreement = graph.node("agreement:" + str(china[0]["agreement"]).rsplit("/", 1)[-1])
    stories = graph.independent_sources("China", agreement, vocab.CO_SPONSORED)
    assert [len(articles) for articles in stories] == [2]


def test_a_body_of_stopwords_only_is_not_judged() -> None:
    # Nothing would be left to compare, and two such bodies would look identical.
    article = read_article(REWRITE)
    assert sign(replace(article, body="the of and to in " * 200)) is None
