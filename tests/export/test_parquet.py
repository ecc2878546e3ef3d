"""Parquet tables of the seeds, read back with pyarrow and DuckDB: every node, every edge, every piece of evidence."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from kg.export import EXPORTERS
from kg.export.parquet import EVIDENCE_COLUMNS, NODE_COLUMNS
from kg.graph import KnowledgeGraph


def test_build_with_format_writes_only_the_formats_named(table_exports: Path) -> None:
    assert sorted(path.name for path in table_exports.iterdir() if not path.name.startswith(".")) == [
        "graph.json",
        "neo4j",
        "parquet",
        "report.json",
    ]
    report = json.loads((table_exports / "report.json").read_text(encoding="utf-8"))
    assert report["exports"] == {"parquet": "parquet", "neo4j": "neo4j", "json": "graph.json"}


def test_nodes_table_holds_every_node_with_its_attributes(table_exports: Path, table_graph: KnowledgeGraph) -> None:
    nodes = pq.read_table(table_exports / "parquet" / "nodes.parquet").to_pylist()
    expected = table_graph.sorted_nodes()
    assert [row["id"] for row in nodes] == [node_id for node_id, _ in expected]
    assert nodes, "the seeds give nodes"
    for row, (_, data) in zip(nodes, expected, strict=True):
        assert (row["type"], row["label"], row["aliases"]) == (data["type"], data["label"], data["aliases"])
        for key in (*NODE_COLUMNS, "excerpt", "source_path"):
            assert row[key] == data.get(key), (row["id"], key)
    assert {row["published"] for row in nodes if row["type"] == "Article"} >= {"2024-03-12T19:19:00Z"}


def test_edges_table_has_one_row_per_edge_with_its_evidence(table_exports: Path, table_graph: KnowledgeGraph) -> None:
    edges = pq.read_table(table_exports / "parquet" / "edges.parquet").to_pylist()
    expected = table_graph.sorted_edges()
    assert len(edges) == len(expected) == table_graph.nx.number_of_edges()
    for row, (u, v, data) in zip(edges, expected, strict=True):
        assert (row["source"], row["relation"], row["target"]) == (u, data["relation"], v)
        for field, _ in EVIDENCE_COLUMNS:
            assert row[field] == [getattr(evidence, field) for evidence in data["sources"]], (u, v, field)


def test_duckdb_answers_who_co_sponsored_what_according_to_which_sentence(
    table_exports: Path, table_graph: KnowledgeGraph
) -> None:
    folder = table_exports / "parquet"
    rows = duckdb.sql(
        f"""
        SELECT actor.label, agreement.label, UNNEST(e.article), UNNEST(e.sentence), UNNEST(e.start)
        FROM '{folder / "edges.parquet"}' e
        JOIN '{folder / "nodes.parquet"}' actor ON actor.id = e.source
        JOIN '{folder / "nodes.parquet"}' agreement ON agreement.id = e.target
        WHERE e.relation = 'co-sponsored'
        ORDER BY ALL
        """
    ).fetchall()
    labels = {node.id: node.label for node in table_graph.nodes()}
    expected = sorted(
        (labels[u], labels[v], evidence.article, evidence.sentence, evidence.start)
        for u, v, data in table_graph.sorted_edges()
        if data["relation"] == "co-sponsored"
        for evidence in data["sources"]
    )
    assert rows == expected and rows
    assert rows[0][0] == "China"  # the seeds: China co-sponsored the UN resolution
    evidence = duckdb.sql(f"SELECT SUM(len(article)) FROM '{folder / 'edges.parquet'}'").fetchall()
    assert evidence[0] == (sum(len(data["sources"]) for _, _, data in table_graph.sorted_edges()),)


def test_two_writes_are_the_same_bytes(table_graph: KnowledgeGraph, tmp_path: Path) -> None:
    for name in ("one", "two"):
        EXPORTERS["parquet"].write(table_graph, tmp_path / name / "parquet")
    one, two = tmp_path / "one" / "parquet", tmp_path / "two" / "parquet"
    for table in ("nodes.parquet", "edges.parquet"):
        assert (one / table).read_bytes() == (two / table).read_bytes()
