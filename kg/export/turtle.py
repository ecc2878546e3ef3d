"""Turtle exporter: the RDF form of the graph, with bound prefixes, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.export.atomic import atomic_output
from kg.export.rdf import to_rdf

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def write_turtle(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as Turtle to `path` (replaced atomically).

    Examples
    --------
    >>> from kg.graph import KnowledgeGraph
    >>> import tempfile, pathlib, rdflib
    >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States")
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> write_turtle(g, out); len(rdflib.Graph().parse(out))
    2
    """
    data = to_rdf(graph).serialize(format="turtle", encoding="utf-8")
    with atomic_output(path) as stream:
        stream.write(data)
