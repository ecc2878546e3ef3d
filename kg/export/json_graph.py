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
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export import Exporter
from kg.export.atomic import atomic_output
from kg.facts import Provenance

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

FORMAT = "kg-graph"
VERSION = 1


def to_json_data(graph: KnowledgeGraph) -> dict[str, Any]:
    """The graph as plain JSON-ready data, in a deterministic order."""
    return {"format": FORMAT, "version": VERSION, "nodes": list(_nodes(graph)), "edges": list(_edges(graph))}


def _nodes(graph: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    for node_id, data in graph.sorted_nodes():
        yield {"id": node_id, **data}


def _edges(graph: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    fields = [field.name for field in dataclasses.fields(Provenance)]
    for source, target, data in graph.sorted_edges():
        attrs = {key: value for key, value in data.items() if key not in {"relation", "sources"}}
        yield {
            "source": source,
            "relation": data["relation"],
            "target": target,
            **attrs,
            "sources": [{name: getattr(evidence, name) for name in fields} for evidence in data["sources"]],
        }


def write_json(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as kg's lossless JSON to `path` (replaced atomically), streamed: one node or
    edge per line, so no copy of the whole document is held in memory.

    Examples
    --------
    >>> from kg.graph import KnowledgeGraph
    >>> import tempfile, pathlib, json
    >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States", ["US"])
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.json"
    >>> write_json(g, out); json.loads(out.read_text())["nodes"][0]["aliases"]
    ['US']
    """
    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    with atomic_output(path, "w") as stream:
        stream.write(f'{{"format": {encode(FORMAT)}, "version": {VERSION},\n"nodes": [')
        for key, items in (("nodes", _nodes(graph)), ("edges", _edges(graph))):
            if key == "edges":
                stream.write('],\n"edges": [')
            for index, item in enumerate(items):
                stream.write(("\n" if index == 0 else ",\n") + encode(item))
        stream.write("]\n}\n")


EXPORTER = Exporter("graph.json", write_json, cost=1)
"""The `json` format of `kg.export.EXPORTERS`."""
