"""Lossless JSON exporter: every node attribute and every piece of evidence, for `kg.load` to read back.

The layout (`"format": "kg-graph"`) is a node-link document: `nodes` as objects with `id`, `type`,
`label`, `aliases` and the other attributes; `edges` with `source`, `relation`, `target`, their
other attributes and `sources`, one object per piece of evidence (the fields of Provenance).
Turtle and GraphML lose detail (GraphML keeps only scalars; Turtle has no place for new attributes);
this file does not.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export.atomic import atomic_output

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

FORMAT = "kg-graph"
VERSION = 1


def to_json_data(graph: KnowledgeGraph) -> dict[str, Any]:
    """The graph as plain JSON-ready data, in a deterministic order."""
    nodes = [{"id": node_id, **data} for node_id, data in graph.sorted_nodes()]
    edges = []
    for source, target, data in graph.sorted_edges():
        attrs = {key: value for key, value in data.items() if key not in {"relation", "sources"}}
        edges.append(
            {
                "source": source,
                "relation": data["relation"],
                "target": target,
                **attrs,
                "sources": [dataclasses.asdict(evidence) for evidence in data["sources"]],
            }
        )
    return {"format": FORMAT, "version": VERSION, "nodes": nodes, "edges": edges}


def write_json(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as kg's lossless JSON to `path` (replaced atomically).

    Examples
    --------
    >>> from kg.graph import KnowledgeGraph
    >>> import tempfile, pathlib, json
    >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States", ["US"])
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.json"
    >>> write_json(g, out); json.loads(out.read_text())["nodes"][0]["aliases"]
    ['US']
    """
    text = json.dumps(to_json_data(graph), ensure_ascii=False, indent=1, default=str)
    with atomic_output(path, "w") as stream:
        stream.write(text + "\n")
