"""The public API on the seeds: build, save, load back, and the research questions of docs/recipes.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import InputError
from kg.graph import KnowledgeGraph, Node

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seeds() -> KnowledgeGraph:
    return kg.build(SEEDS).graph


def _edge_set(graph: KnowledgeGraph) -> dict[tuple[str, str, str], list[tuple[object, ...]]]:
    return {
        (u, d["relation"], v): sorted(
            (s.article, s.extractor, s.sentence, s.part, s.start, s.end, round(s.confidence, 3)) for s in d["sources"]
        )
        for u, v, d in graph.sorted_edges()
    }


def test_import_kg_loads_no_heavy_library() -> None:
    code = "import sys, kg; print(sorted(m for m in ('spacy', 'rdflib', 'networkx', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_build_and_load_are_functions_with_modules_of_other_names() -> None:
    import kg.builder
    import kg.loader

    assert kg.build is kg.builder.build and kg.load.__module__ == "kg"
    assert callable(kg.build) and callable(kg.load) and type(kg).__name__ == "module"
    from kg import build

    assert build is kg.builder.build


def test_json_round_trip_is_lossless(seeds: KnowledgeGraph, tmp_path: Path) -> None:
    seeds.save(tmp_path)
    loaded = kg.load(tmp_path)
    assert loaded.sorted_nodes() == seeds.sorted_nodes()
    assert _edge_set(loaded) == _edge_set(seeds)
    assert [(u, v, d) for u, v, d in loaded.sorted_edges()] == [(u, v, d) for u, v, d in seeds.sorted_edges()]


def test_turtle_round_trip_keeps_nodes_edges_and_every_piece_of_evidence(seeds: KnowledgeGraph, tmp_path: Path) -> None:
    written = seeds.save(tmp_path, formats=["turtle"])
    loaded = kg.load(written["turtle"])
    assert [(i, d["type"], d["label"], sorted(d["aliases"])) for i, d in loaded.sorted_nodes()] == [
        (i, d["type"], d["label"], sorted(d["aliases"])) for i, d in seeds.sorted_nodes()
    ]
    assert _edge_set(loaded) == _edge_set(seeds)
    for (node_id, data), (_, original) in zip(loaded.sorted_nodes(), seeds.sorted_nodes(), strict=True):
        for key in ("url", "published", "date", "iso3", "wikidata", "title"):
            assert data.get(key) == original.get(key), (node_id, key)


def test_graphml_round_trip_keeps_the_structure(seeds: KnowledgeGraph, tmp_path: Path) -> None:
    written = seeds.save(tmp_path, formats=["graphml"])
    loaded = kg.load(written["graphml"])
    assert loaded.counts() == seeds.counts()
    assert {n.id: n.aliases for n in loaded.nodes()} == {n.id: tuple(n.aliases) for n in seeds.nodes()}
    assert {(e.source.id, e.relation, e.target.id) for e in loaded.edges()} == {
        (e.source.id, e.relation, e.target.id) for e in seeds.edges()
    }


def test_load_says_what_it_cannot_read(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no graph\.json"):
        kg.load(tmp_path)
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InputError, match="not a graph"):
        kg.load(tmp_path / "notes.txt")


def test_nodes_find_and_neighbors_on_the_seeds(seeds: KnowledgeGraph) -> None:
    articles = seeds.nodes("Article")
    assert len(articles) >= 5 and all(isinstance(n, Node) and n.type == "Article" for n in articles)
    publisher = seeds.nodes("Publisher")[0]
    assert seeds.find(publisher.label.upper()) == publisher
    assert seeds.find(publisher.id) == publisher
    assert seeds.find("no such thing anywhere") is None
    reporters = {n.id for a in articles for n in seeds.neighbors(a, "reported-by")}
    assert publisher.id in reporters
    reported = seeds.neighbors(publisher.id, "reported-by", direction="in")
    assert reported and all(n.type == "Article" for n in reported)
    assert set(seeds.neighbors(publisher, direction="both")) >= set(reported)
    with pytest.raises(ValueError, match="direction"):
        seeds.neighbors(publisher, direction="sideways")  # type: ignore[arg-type]


def test_sources_name_the_article_its_url_and_the_extractor(seeds: KnowledgeGraph) -> None:
    edge = seeds.edges("reported-by")[0]
    sources = seeds.sources(edge.source, edge.target, "reported-by")
    assert sources and sources[0].article.type == "Article"
    assert sources[0].url == sources[0].article.url and sources[0].extractor
    assert seeds.sources(edge.source, edge.target, "co-sponsored") == []


def test_timeline_is_in_order_and_between_keeps_only_its_window(seeds: KnowledgeGraph) -> None:
    timeline = seeds.timeline()
    days = [when for when, _ in timeline]
    assert days == sorted(days) and len(days) >= 5
    first_day = days[0][:10]
    window = seeds.between(first_day, first_day)
    inside = {n.id for n in window.nodes() if n.when}
    assert inside == {n.id for when, n in timeline if when[:10] == first_day}
    assert all(when[:10] == first_day for when, _ in window.timeline())
    assert window.nx.number_of_nodes() < seeds.nx.number_of_nodes()
    assert seeds.between("1900-01-01", "1900-12-31").nx.number_of_nodes() == 0


def test_sparql_sees_the_same_articles(seeds: KnowledgeGraph) -> None:
    rows = seeds.sparql("SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }")
    assert rows == [{"n": len(seeds.nodes("Article"))}]


# These need the relation extraction (nations, agreements, co-sponsors) on the seeds.


def test_find_is_alias_aware_for_nations(seeds: KnowledgeGraph) -> None:
    usa = seeds.find("U.S.")
    assert usa is not None and usa.id == "nation:USA"
    assert seeds.find("united states") == usa
    # ISO codes and the official long name, whichever the articles wrote (issue 12).
    assert seeds.find("USA") == usa
    assert seeds.find("United States of America") == usa


def test_china_co_sponsored_the_un_ai_resolution_and_the_articles_say_so(seeds: KnowledgeGraph) -> None:
    china = seeds.find("China")
    assert china is not None
    agreements = seeds.neighbors(china, "co-sponsored")
    assert agreements and all(a.type == "Agreement" for a in agreements)
    sources = seeds.sources(china, agreements[0], "co-sponsored")
    assert sources and all(s.article.type == "Article" for s in sources)
    assert any("China" in (s.sentence or "") for s in sources)


def test_the_recipes_of_docs_run_and_each_prints_an_answer(seeds: KnowledgeGraph) -> None:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "docs" / "recipes.py"
    spec = importlib.util.spec_from_file_location("recipes", path)
    assert spec is not None and spec.loader is not None
    recipes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipes)
    page = recipes.markdown(seeds)
    outputs = page.split("```text\n")[1:]
    assert len(outputs) == 5 and all(not output.startswith("```") for output in outputs)
    assert "co-sponsored: China" in page and "disagree (121, 122)" in page
