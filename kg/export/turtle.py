"""Turtle exporter: the RDF form of the graph, with bound prefixes, streamed and written atomically.

Each subject of `kg.export.rdf.descriptions` is formatted as one Turtle block straight from its
plain-string terms: no rdflib Graph and no per-triple term objects are built, so writing a graph
of millions of triples takes seconds and little memory. Vocabulary terms are written with kg's
prefixes, node IRIs in full; the output is deterministic, in the order of `descriptions`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.export import Exporter
from kg.export.atomic import atomic_output
from kg.export.rdf import Object, write_descriptions
from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


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
    with atomic_output(path, "w") as stream:
        write_descriptions(graph, [TurtleWriter(stream)])


class TurtleWriter:
    """Writes Turtle to an open text stream, one description at a time: the prefixes first, then
    each subject as one block (a `kg.export.rdf.DescriptionWriter`)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.names = _Names()
        stream.write("".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items()))

    def write(self, subject: str, pairs: list[tuple[str, Object]]) -> None:
        """Write one subject and its (predicate, object) pairs."""
        self.stream.write("<" + subject + "> " + " ;\n\t".join(_statements(pairs, self.names)) + " .\n")

    def close(self) -> None:
        """Nothing follows the last block in Turtle."""


def _statements(pairs: list[tuple[str, Object]], names: _Names) -> list[str]:
    """Each (predicate, object) pair as Turtle: `kg:confidence "0.9"^^xsd:decimal`, `a kg:Nation`."""
    name, escape = names.term, _NEEDS_ESCAPE.search
    lines = []
    for prop, obj in pairs:
        if isinstance(obj, str):
            # Classes by their prefixed names (a kg:Nation), everything else in full.
            text = name(obj) if prop == _RDF_TYPE else "<" + obj + ">"
        else:
            value, datatype = obj
            if escape(value):
                value = value.translate(_ESCAPES)
            text = '"' + value + '"^^' + name(datatype) if datatype else '"' + value + '"'
        lines.append(name(prop) + " " + text)
    return lines


class _Names:
    """Vocabulary IRIs (predicates, datatypes) as prefixed names where a prefix fits, made once each."""

    def __init__(self) -> None:
        self._namespaces = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))
        self.term = functools.cache(self._name)

    def _name(self, iri: str) -> str:
        if iri == _RDF_TYPE:
            return "a"
        for namespace, prefix in self._namespaces:
            if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri[len(namespace) :]):
                return f"{prefix}:{iri[len(namespace) :]}"
        return "<" + iri + ">"


EXPORTER = Exporter("graph.ttl", write_turtle, cost=4, describer=TurtleWriter)
"""The `turtle` format of `kg.export.EXPORTERS`."""
