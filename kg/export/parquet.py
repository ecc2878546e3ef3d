"""Parquet exporter: the graph as two tables, for pandas, DuckDB, polars and Spark.

Writes a folder (`parquet/` in a build folder) with

- `nodes.parquet`: one row per node: `id`, `type`, `label`, `aliases` (a list), then one column
  per attribute (`wikidata`, `iso3`, `url`, `domain`, `title`, `published`, `date`, `kind`,
  `value`, then any other attribute in the graph, by name); missing values are null.
- `edges.parquet`: one row per edge: `source`, `relation`, `target`, the edge's own attributes
  (`date`), and its provenance as lists with one item per piece of evidence, in the same order
  in each: `article`, `sentence`, `part`, `start`, `end` (character offsets of the sentence in
  that part of the article), `extractor`, `confidence`.

Dates are the ISO 8601 text of the other exports (`2024-03-21`, `2024-03-21T10:00:00Z`, or a
month or year alone), since one column mixes precisions; cast them where a day or a moment is
known (`TRY_CAST(published AS TIMESTAMPTZ)` in DuckDB). Every piece of evidence as a row, in DuckDB:

    SELECT source, relation, target, UNNEST(article) AS article, UNNEST(sentence) AS sentence
    FROM 'exports/parquet/edges.parquet'

The bytes depend only on the graph (and the pyarrow version): two builds write the same files.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export import Exporter
from kg.export.atomic import atomic_output

if TYPE_CHECKING:
    import pyarrow as pa

    from kg.graph import KnowledgeGraph

NODES_FILE, EDGES_FILE = "nodes.parquet", "edges.parquet"
NODE_COLUMNS = ("wikidata", "iso3", "url", "domain", "title", "published", "date", "kind", "value")
"""Node attributes with a column of their own in every nodes table, in this order (others follow by name)."""
EVIDENCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article", "string"),
    ("sentence", "string"),
    ("part", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("extractor", "string"),
    ("confidence", "float64"),
)
"""The provenance list columns of the edges table: (Provenance field, Arrow type of its items)."""


def write_parquet(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as `path/nodes.parquet` and `path/edges.parquet`, each replaced atomically."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    _write_table(node_table(graph), folder / NODES_FILE)
    _write_table(edge_table(graph), folder / EDGES_FILE)


def node_table(graph: KnowledgeGraph) -> pa.Table:
    """The nodes as an Arrow table, in id order."""
    import pyarrow as pa

    nodes = graph.sorted_nodes()
    others = sorted({key for _, data in nodes for key in data} - {"type", "label", "aliases", *NODE_COLUMNS})
    columns: dict[str, pa.Array] = {
        "id": pa.array([node_id for node_id, _ in nodes], pa.string()),
        "type": pa.array([str(data["type"]) for _, data in nodes], pa.string()),
        "label": pa.array([str(data["label"]) for _, data in nodes], pa.string()),
        "aliases": pa.array([[str(a) for a in data.get("aliases", ())] for _, data in nodes], pa.list_(pa.string())),
    }
    for key in (*NODE_COLUMNS, *others):
        columns[key] = _column([data.get(key) for _, data in nodes])
    return pa.table(columns)


def edge_table(graph: KnowledgeGraph) -> pa.Table:
    """The edges as an Arrow table, in (source, relation, target) order, with their evidence as lists."""
    import pyarrow as pa

    edges = graph.sorted_edges()
    others = sorted({key for _, _, data in edges for key in data} - {"relation", "sources"})
    columns: dict[str, pa.Array] = {
        "source": pa.array([u for u, _, _ in edges], pa.string()),
        "relation": pa.array([str(data["relation"]) for _, _, data in edges], pa.string()),
        "target": pa.array([v for _, v, _ in edges], pa.string()),
    }
    for key in others:
        columns[key] = _column([data.get(key) for _, _, data in edges])
    for field, item_type in EVIDENCE_COLUMNS:
        values = [[getattr(evidence, field) for evidence in data["sources"]] for _, _, data in edges]
        columns[field] = pa.array(values, pa.list_(pa.type_for_alias(item_type)))
    return pa.table(columns)


def _column(values: list[Any]) -> pa.Array:
    """A column of attribute values: lists as lists of text, anything else as text (None stays null)."""
    import pyarrow as pa

    if any(isinstance(value, list | tuple) for value in values):
        lists = [None if value is None else [str(item) for item in _items(value)] for value in values]
        return pa.array(lists, pa.list_(pa.string()))
    return pa.array([None if value is None else str(value) for value in values], pa.string())


def _items(value: Any) -> Iterable[Any]:
    return value if isinstance(value, list | tuple) else [value]


def _write_table(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    with atomic_output(path, "wb") as stream:
        pq.write_table(table, stream, compression="zstd")


EXPORTER = Exporter("parquet", write_parquet, cost=2)
"""The `parquet` format of `kg.export.EXPORTERS`: a folder of two tables, written only when asked for."""
