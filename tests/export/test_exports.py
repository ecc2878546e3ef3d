"""Exports of the seeds: Turtle and GraphML read by independent readers to the same counts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pyoxigraph
import rdflib
import xmlschema

import kg
from kg.cli import main
from kg.export import export
from kg.export.graphml import xml_text
from kg.export.jsonld import write_jsonld
from kg.export.turtle import write_turtle

from ..conftest import EVAL, SEEDS


def test_turtle_parses_in_rdflib_and_oxigraph_to_the_same_triples(seed_exports: Path) -> None:
    path = seed_exports / "graph.ttl"
    in_rdflib = rdflib.Graph().parse(path, format="turtle")
    in_oxigraph = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(in_rdflib) > 100
    assert len(in_rdflib) == len(set(in_oxigraph))


def test_graphml_is_schema_valid_and_reads_alike_in_networkx_and_igraph(seed_exports: Path) -> None:
    path = seed_exports / "graph.graphml"
    xmlschema.XMLSchema(str(EVAL / "graphml_xsd" / "graphml.xsd")).validate(str(path))
    as_nx = nx.read_graphml(path)
    as_igraph = igraph.Graph.Read_GraphML(str(path))
    assert as_nx.number_of_nodes() == as_igraph.vcount() > 20
    assert as_nx.number_of_edges() == as_igraph.ecount() > 20


def test_graphml_attributes_keep_the_contract(seed_exports: Path) -> None:
    graph = nx.read_graphml(seed_exports / "graph.graphml")
    for _, data in graph.nodes(data=True):
        assert data["type"] and data["label"]
        assert all(not isinstance(v, str) or v not in ("None", "") for v in data.values())
    assert all(data["relation"] for _, _, data in graph.edges(data=True))


def test_two_builds_write_byte_identical_exports(seed_exports: Path, tmp_path: Path) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path)]) == 0
    for name in ("graph.ttl", "graph.graphml"):
        assert (tmp_path / name).read_bytes() == (seed_exports / name).read_bytes(), name


def test_graphml_keeps_a_carriage_return_in_a_value(tmp_path: Path) -> None:
    # XML readers turn a literal carriage return into a newline; written as a reference it survives
    value = "line\rnext & <more>"
    path = tmp_path / "value.xml"
    path.write_text(f"<x>{xml_text(value)}</x>", encoding="utf-8", newline="")
    assert ET.parse(path).getroot().text == value


def test_turtle_and_jsonld_written_together_are_the_bytes_each_writes_alone(seed_exports: Path, tmp_path: Path) -> None:
    # `export` writes the formats made of the RDF descriptions from one walk of the graph.
    graph = kg.load(seed_exports / "graph.json")
    timings: dict[str, float] = {}
    written = export(graph, tmp_path / "together", ("turtle", "json", "jsonld"), timings=timings)
    assert list(written) == ["turtle", "json", "jsonld"]
    assert set(timings) == set(written) and all(seconds >= 0 for seconds in timings.values())
    for name, write in (("turtle", write_turtle), ("jsonld", write_jsonld)):
        alone = tmp_path / f"alone.{name}"
        write(graph, alone)
        assert written[name].read_bytes() == alone.read_bytes(), name
        assert len(alone.read_bytes()) > 10_000
    assert written["turtle"].read_bytes() == (seed_exports / "graph.ttl").read_bytes()
    assert not [path.name for path in (tmp_path / "together").iterdir() if path.name.endswith(".tmp")]
