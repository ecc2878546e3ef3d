"""The streamed Turtle writer: the same triples as rdflib's serializer of `to_rdf`, tricky literals too."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import rdflib

from kg.export.rdf import to_rdf
from kg.export.turtle import write_turtle
from kg.facts import Provenance
from kg.graph import KnowledgeGraph

from ..conftest import SEEDS

TRICKY = ['quote " and \\ backslash', "line\nbreak\ttab", "unicode “é” 北京 🙂", "@prefix x: <y> .", ""]


def tricky_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_node("nation:USA", "Nation", "United States", ["U.S.", *TRICKY[:-1]], iso3="USA", wikidata="Q30")
    graph.add_node("agreement:a/b c", "Agreement", TRICKY[0], date="2024-03")
    graph.add_edge(
        "nation:USA", "co-sponsored", "agreement:a/b c", Provenance("article:1", "x", TRICKY[1], "body", 3, 9, 0.8)
    )
    return graph


def test_streamed_turtle_holds_exactly_what_rdflib_would_write(tmp_path: Path) -> None:
    from kg.builder import build_graph

    for graph in (tricky_graph(), build_graph([SEEDS]).graph):
        write_turtle(graph, tmp_path / "new.ttl")
        to_rdf(graph).serialize(tmp_path / "old.ttl", format="turtle")
        new = rdflib.Graph().parse(tmp_path / "new.ttl")
        assert len(new) > 10
        assert set(new) == set(rdflib.Graph().parse(tmp_path / "old.ttl"))
        in_oxigraph = set(pyoxigraph.parse(path=str(tmp_path / "new.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
        assert len(in_oxigraph) == len(new)


def test_streamed_turtle_uses_kg_prefixes_and_is_the_same_bytes_twice(tmp_path: Path) -> None:
    write_turtle(tricky_graph(), tmp_path / "1.ttl")
    write_turtle(tricky_graph(), tmp_path / "2.ttl")
    text = (tmp_path / "1.ttl").read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg/ns#> ." in text and "kg:coSponsored" in text
    assert (tmp_path / "1.ttl").read_bytes() == (tmp_path / "2.ttl").read_bytes()
