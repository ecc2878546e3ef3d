"""GEXF export of the seeds: valid against the GEXF 1.3 schema, read by networkx, Gephi's visuals filled."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import xmlschema

from kg.export.gexf import write_gexf
from kg.export.style import node_size, type_color
from kg.facts import Provenance
from kg.graph import KnowledgeGraph

from ..conftest import DATA

SCHEMA = DATA / "gexf_xsd" / "gexf.xsd"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMA))


def test_seed_gexf_is_valid_gexf_1_3(seed_exports: Path, schema: xmlschema.XMLSchema) -> None:
    schema.validate(str(seed_exports / "graph.gexf"))


def test_the_schema_rejects_what_gephi_would_misread(seed_exports: Path, schema: xmlschema.XMLSchema) -> None:
    text = (seed_exports / "graph.gexf").read_text(encoding="utf-8")
    assert not schema.is_valid(text.replace('<viz:color r="', '<viz:color r="9', 1))  # channel > 255
    assert not schema.is_valid(text.replace('version="1.3"', 'version="1.2"'))
    assert not schema.is_valid(text.replace("<attvalue for=", "<attvalue fro=", 1))


def test_seed_gexf_reads_in_networkx_with_the_graph_counts_colours_sizes_and_dates(seed_exports: Path) -> None:
    read = nx.read_gexf(seed_exports / "graph.gexf")
    graphml = nx.read_graphml(seed_exports / "graph.graphml")
    assert read.number_of_nodes() == graphml.number_of_nodes() > 20
    assert read.number_of_edges() == graphml.number_of_edges() > 20
    for node_id, data in read.nodes(data=True):
        color = data["viz"]["color"]
        assert (color["r"], color["g"], color["b"]) == type_color(data["type"]), node_id
        assert data["viz"]["size"] == node_size(graphml.degree(node_id))
        assert data["label"] == graphml.nodes[node_id]["label"]
    articles = [data for _, data in read.nodes(data=True) if data["type"] == "Article" and "published" in data]
    assert articles and all(data["start"] == data["published"][:10] for data in articles)
    dated_edges = [data for _, _, data in read.edges(data=True) if "start" in data]
    assert dated_edges


def test_edges_start_on_their_own_date_or_their_first_article(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    graph.add_node("article:a", "Article", "A", published="2024-03-21T10:00:00Z")
    graph.add_node("article:b", "Article", "B", published="2023-12-01")
    graph.add_node("nation:USA", "Nation", "United States")
    graph.add_node("event:e", "Event", "E", date="2024-01-05")
    graph.add_edge("nation:USA", "mentions", "event:e", Provenance("article:a", "x"))
    graph.add_edge("nation:USA", "mentions", "event:e", Provenance("article:b", "x"))
    graph.add_edge("nation:USA", "agent", "event:e", Provenance("article:a", "x"), date="2024-01-05")
    write_gexf(graph, tmp_path / "g.gexf")
    read = nx.read_gexf(tmp_path / "g.gexf")
    starts = {data["label"]: data.get("start") for _, _, data in read.edges(data=True)}
    assert starts == {"mentions": "2023-12-01", "agent": "2024-01-05"}
    assert "start" not in read.nodes["nation:USA"]


def test_awkward_text_survives_the_round_trip(tmp_path: Path, schema: xmlschema.XMLSchema) -> None:
    graph = KnowledgeGraph()
    label = 'Say "no" & <go>\nnext line\x07'
    graph.add_node("person:x", "Person", label, aliases=["a|b", "c"])
    write_gexf(graph, tmp_path / "g.gexf")
    schema.validate(str(tmp_path / "g.gexf"))
    data = nx.read_gexf(tmp_path / "g.gexf").nodes["person:x"]
    assert data["aliases"] == "c"
    assert data["label"] == label.replace("\x07", "")
