"""Cross-article resolution of agreements, on articles written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.build import build_graph
from kg.engine import extract_batch
from kg.extract.facts import EdgeFact, NodeFact, Provenance
from kg.extract.pipeline import ArticleFacts
from kg.graph import KnowledgeGraph
from kg.ingest import discover, read_source
from kg.resolve import resolve

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEMPLATE = """---
title: "{title}"
publishedDateTime: {date}T09:00:00Z
webUrl: "https://{domain}/{slug}"
provider: {{name: {domain}, domain: {domain}}}
---
{body}
"""


def _agreements(tmp_path: Path, *articles: tuple[str, str, str]) -> list[str]:
    for index, (date, title, body) in enumerate(articles):
        domain = f"site{index}.example.com"
        text = TEMPLATE.format(title=title, date=date, domain=domain, slug=f"a{index}", body=body)
        (tmp_path / f"{index}.md").write_text(text, encoding="utf-8")
    graph = build_graph([tmp_path]).graph
    return sorted(d["label"] for _, d in graph.nx.nodes(data=True) if d["type"] == "Agreement")


def test_differently_worded_mentions_of_one_resolution_merge(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        (
            "2025-05-02",
            "Assembly acts on plastics",
            "The UN General Assembly adopted the first resolution on ocean plastics on Tuesday.",
        ),
        (
            "2025-05-03",
            "A global plastics vote",
            "A landmark global resolution on ocean plastics was approved by the United Nations General Assembly.",
        ),
    )
    assert len(labels) == 1 and "ocean plastics" in labels[0]


def test_resolutions_on_different_topics_stay_apart(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        ("2025-05-02", "Plastics", "The UN General Assembly adopted a resolution on ocean plastics on Tuesday."),
        ("2025-05-03", "Testing", "The UN General Assembly adopted a resolution on nuclear testing on Wednesday."),
    )
    assert len(labels) == 2


def test_same_wording_years_apart_is_not_merged(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        ("2019-02-01", "Old vote", "The UN General Assembly adopted a resolution on ocean plastics."),
        ("2025-05-03", "New vote", "The UN General Assembly adopted a resolution on ocean plastics."),
    )
    assert len(labels) == 2


def test_same_actors_same_month_join_an_unnamed_pact(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        ("2025-03-20", "Biofuels", "In February, Japan and Brazil signed a biofuels trade pact."),
        ("2025-03-25", "Biofuels again", "Back in February, Japan and Brazil signed a comprehensive pact."),
    )
    assert labels == ["biofuels trade pact"]


def _seed_facts() -> list[ArticleFacts]:
    sources = [read_source(path) for path in discover([SEEDS])]
    return [item for item in extract_batch(sources, None) if isinstance(item, ArticleFacts)]


def test_resolution_passes_plain_facts_on_before_it_has_read_every_article() -> None:
    facts = _seed_facts()
    read: list[str] = []

    def arriving() -> Iterator[ArticleFacts]:
        for item in facts:
            read.append(item.article_id)
            yield item

    stream = resolve(arriving())
    first = next(stream)
    assert isinstance(first, NodeFact | EdgeFact) and len(read) == 1
    rest = list(stream)
    assert len(read) == len(facts) and any(f.id.startswith("agreement:") for f in rest if isinstance(f, NodeFact))


def test_an_articles_equal_evidence_is_one_object_in_the_graph() -> None:
    graph = KnowledgeGraph()
    graph.add_facts(resolve(_seed_facts()))
    evidence = [p for _, _, data in graph.nx.edges(data=True) for p in data["sources"]]
    assert len(evidence) > 100
    assert len({id(p) for p in evidence}) == len(set(evidence)) < len(evidence)


def test_edges_may_come_before_their_nodes_and_undeclared_ends_are_dropped() -> None:
    graph = KnowledgeGraph()
    said = Provenance("article:1", "test", "A met B and C.")
    graph.add_facts(
        [
            EdgeFact("person:a", "met", "person:b", said),
            EdgeFact("person:a", "met", "person:c", said),
            EdgeFact("person:a", "met", "person:a", said),
            NodeFact("person:a", "Person", "A"),
            NodeFact("person:b", "Person", "B", ("Bee",)),
        ]
    )
    assert sorted(graph.nx.nodes) == ["person:a", "person:b"]
    assert [(e.source.label, e.relation, e.target.label) for e in graph.edges()] == [("A", "met", "B")]
    assert graph.node("person:b").aliases == ("Bee",)
