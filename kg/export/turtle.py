"""Turtle exporter: the RDF form of the graph, with bound prefixes, streamed and written atomically.

The triples of `kg.export.rdf.triples` go straight to oxigraph's Turtle writer, one at a time:
no rdflib Graph is built, so writing a graph of millions of triples takes seconds and little
memory (rdflib's serializer needs minutes and a Graph several times the file's size). The
output is deterministic: triples in `triples()` order, grouped by subject where they follow
each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.export.atomic import atomic_output
from kg.export.rdf import PREFIXES, triples

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
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    with atomic_output(path) as stream:
        ox.serialize(triples(graph), stream, ox.RdfFormat.TURTLE, prefixes=prefixes)
