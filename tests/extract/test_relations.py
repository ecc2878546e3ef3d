"""Relation patterns on sentences written for these tests (not from the seeds), through the real
pipeline: spaCy parse, gazetteers, resolution, graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from kg.graph import KnowledgeGraph

ARTICLE = """---
title: "{title}"
publishedDateTime: 2025-06-13T10:00:00Z
webUrl: "https://news.example.org/{slug}"
provider: {{name: Example News, domain: news.example.org}}
---
{body}
"""


def _graph(tmp_path: Path, body: str, title: str = "Test story") -> KnowledgeGraph:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE.format(title=title, slug=tmp_path.name, body=body), encoding="utf-8")
    return build_graph([path]).graph


def _statements(graph: KnowledgeGraph, relation: str) -> set[tuple[str, str]]:
    nx = graph.nx
    return {
        (nx.nodes[u]["label"], nx.nodes[v]["label"])
        for u, v, data in nx.edges(data=True)
        if data["relation"] == relation
    }


def _actors(graph: KnowledgeGraph, relation: str) -> set[str]:
    return {actor for actor, _ in _statements(graph, relation)}


@pytest.mark.parametrize(
    ("body", "relation", "actors"),
    [
        # active voice
        ("Japan signed the Tokyo Convention on Ocean Plastics on Monday.", "signed", {"Japan"}),
        ("Brazil proposed a treaty on deforestation in the Amazon.", "proposed", {"Brazil"}),
        ("The European Union adopted the Digital Services Act last year.", "adopted", {"European Union"}),
        # passive voice, with the agent after "by"
        ("The resolution on water security was drafted by Kenya.", "proposed", {"Kenya"}),
        ("A climate accord on methane was approved by the UN General Assembly.", "adopted", {"UN General Assembly"}),
        # participle clause: "Backed by X and co-sponsored by Y, the declaration ..."
        (
            "Introduced by Mexico and co-sponsored by Chile, the declaration on migration was adopted in May.",
            "co-sponsored",
            {"Chile"},
        ),
        # coordination and apposition of subjects
        (
            "Germany, France and Italy endorsed the Rome Charter on Digital Rights.",
            "signed",
            {"Germany", "France", "Italy"},
        ),
        # actors named through a group noun and a list
        (
            "The pact on fisheries was joined by several nations, including Norway, Iceland and Canada.",
            "signed",
            {"Norway", "Iceland", "Canada"},
        ),
        ("The treaty on outer space had 40 co-sponsors including India and Egypt.", "co-sponsored", {"India", "Egypt"}),
        (
            "As of May 2, countries joining the Oslo Declaration on Arctic Shipping include: Chile, Kenya and Finland.",
            "signed",
            {"Chile", "Kenya", "Finland"},
        ),
        # actor expressed as "<nation> officials" / "<demonym> lawmakers"
        ("Canadian lawmakers passed the Online News Act in June.", "adopted", {"Canada"}),
        # opposition, and negotiation between actors
        ("Russia opposed the resolution on cyber norms.", "opposed", {"Russia"}),
        ("The European Union negotiated the trade agreement with Japan.", "negotiated-with", {"European Union"}),
        # issuing an executive order
        ("The White House issued an executive order on cloud security.", "issued", {"White House"}),
    ],
)
def test_relation_patterns(tmp_path: Path, body: str, relation: str, actors: set[str]) -> None:
    assert _actors(_graph(tmp_path, body), relation) == actors


@pytest.mark.parametrize(
    "body",
    [
        "Russia did not sign the treaty on chemical weapons.",
        "Russia refused to sign the treaty on chemical weapons.",
        "Russia never signed the treaty on chemical weapons.",
        "Russia declined to join the treaty on chemical weapons.",
    ],
)
def test_negation_gives_no_edge(tmp_path: Path, body: str) -> None:
    graph = _graph(tmp_path, body)
    assert _statements(graph, "signed") == set()
    assert any(d["type"] == "Agreement" for _, d in graph.nx.nodes(data=True))


def test_hedged_statement_has_lower_confidence(tmp_path: Path) -> None:
    graph = _graph(tmp_path, "Spain will sign the treaty on marine biodiversity next month.")
    [(u, _, data)] = [e for e in graph.nx.edges(data=True) if e[2]["relation"] == "signed"]
    assert graph.nx.nodes[u]["label"] == "Spain"
    assert max(s.confidence for s in data["sources"]) < 0.9


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Argentina signed the treaty on lithium mining on Thursday.", "2025-06-12"),  # published Fri 13 June
        ("Argentina signed the treaty on lithium mining last month.", "2025-05"),
        ("Argentina signed the treaty on lithium mining in November.", "2024-11"),
        ("Argentina signed the treaty on lithium mining on March 3, 2021.", "2021-03-03"),
    ],
)
def test_relative_dates_resolve_against_publication(tmp_path: Path, body: str, date: str) -> None:
    graph = _graph(tmp_path, body)
    events = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Event"]
    assert [e.get("date") for e in events] == [date]


def test_relative_date_stays_unresolved_without_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Argentina signed the treaty on lithium mining on Thursday.\n", encoding="utf-8")
    graph = build_graph([path]).graph
    events = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Event"]
    assert len(events) == 1 and events[0].get("date") is None


def test_edges_keep_sentence_offsets_and_extractor(tmp_path: Path) -> None:
    body = "Officials met on Monday. Peru ratified the convention on plastic waste."
    graph = _graph(tmp_path, body)
    [(_, _, data)] = [e for e in graph.nx.edges(data=True) if e[2]["relation"] == "ratified"]
    [source] = data["sources"]
    assert source.extractor == "relations" and source.part == "body"
    assert source.sentence == "Peru ratified the convention on plastic waste."
    assert body[source.start : source.end] == source.sentence


def test_anaphora_and_pronouns_point_to_the_article_agreement(tmp_path: Path) -> None:
    body = (
        "Ghana proposed a treaty on pandemic preparedness. "
        "The treaty was adopted by the World Health Organization. It had 30 co-sponsors including Senegal."
    )
    graph = _graph(tmp_path, body)
    agreements = [d["label"] for _, d in graph.nx.nodes(data=True) if d["type"] == "Agreement"]
    assert agreements == ["treaty on pandemic preparedness"]
    assert _actors(graph, "adopted") == {"World Health Organization"}
    assert _actors(graph, "co-sponsored") == {"Senegal"}
    claims = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Claim"]
    assert [c["value"] for c in claims] == ["30"]


def test_aliases_of_one_actor_are_one_node(tmp_path: Path) -> None:
    body = "The U.S. proposed the accord on tariffs. America and the United States of America later signed it."
    graph = _graph(tmp_path, body)
    nations = [n for n, d in graph.nx.nodes(data=True) if d["type"] == "Nation"]
    assert nations == ["nation:USA"]


def test_topics_and_regions_are_not_nations(tmp_path: Path) -> None:
    graph = _graph(tmp_path, "AI is changing Europe and Asia. Improper use of AI worries Thursday's meeting.")
    types = {d["label"]: d["type"] for _, d in graph.nx.nodes(data=True)}
    assert types.get("AI") is None and types.get("Europe") != "Nation" and types.get("Asia") != "Nation"
    assert "Improper" not in types and "Thursday" not in types


def test_approximate_figures_are_not_claims(tmp_path: Path) -> None:
    graph = _graph(tmp_path, "The pact on fisheries had over 40 co-sponsors including Norway.")
    assert _actors(graph, "co-sponsored") == {"Norway"}
    assert [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Claim"] == []
