"""Turtle exporter: the RDF form of the graph, with bound prefixes, streamed and written atomically.

The triples of `kg.export.rdf.triples` go straight to oxigraph's Turtle writer, one at a time:
no rdflib Graph is built, so writing a graph of millions of triples takes seconds and little
memory (rdflib's serializer needs minutes and a Graph several times the file's size). The
output is deterministic: triples in `triples()` order, grouped by subject where they follow
each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

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
        ox.serialize(oxigraph_triples(triples(graph)), stream, ox.RdfFormat.TURTLE, prefixes=prefixes)


def oxigraph_triples(rdflib_triples: Iterable[tuple[Any, Any, Any]]) -> Iterator[ox.Triple]:
    """rdflib triples as pyoxigraph triples (IRIs, literals with their lexical form, blank nodes)."""
    # Predicates are few, and a subject repeats over consecutive triples: convert each once.
    predicates: dict[str, ox.NamedNode] = {}
    last_subject: Any = None
    subject_node: Any = None
    for subject, prop, value in rdflib_triples:
        if subject != last_subject:
            last_subject, subject_node = subject, _term(subject)
        named = predicates.get(prop)
        if named is None:
            named = predicates[prop] = ox.NamedNode(prop)
        yield ox.Triple(subject_node, named, _term(value))


def _term(term: Any) -> Any:
    kind = type(term)
    if kind is URIRef:
        return ox.NamedNode(term)
    if kind is Literal or isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(term.datatype))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.NamedNode(term)
