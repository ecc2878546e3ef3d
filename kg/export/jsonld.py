"""JSON-LD exporter: the same RDF as the Turtle export, compacted with kg's context (ontology/context.jsonld).

The context maps short keys to the ontology's terms (`@vocab` is the kg namespace, so
`coSponsored` is kg:coSponsored) and is embedded in the file, so that readers need no network.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.export import Exporter
from kg.export.atomic import atomic_output
from kg.export.rdf import Object, write_descriptions
from kg.namespaces import PREFIXES
from kg.resources import ontology_dir

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

CONTEXT_FILE = "context.jsonld"


def context() -> dict[str, Any]:
    """The JSON-LD context of kg's exports (the `@context` object of ontology/context.jsonld)."""
    with (ontology_dir() / CONTEXT_FILE).open(encoding="utf-8") as handle:
        return json.load(handle)["@context"]  # type: ignore[no-any-return]


def write_jsonld(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as JSON-LD with kg's context to `path` (replaced atomically), streamed.

    Each subject of `kg.export.rdf.descriptions` is written as it comes, as one node object, so
    no RDF graph is built in memory and the output is as deterministic as the descriptions.

    Examples
    --------
    >>> from kg.graph import KnowledgeGraph
    >>> import tempfile, pathlib, rdflib
    >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States")
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.jsonld"
    >>> write_jsonld(g, out); len(rdflib.Graph().parse(out, format="json-ld"))
    2
    """
    with atomic_output(path, "w") as stream:
        write_descriptions(graph, [JsonLdWriter(stream)])


class JsonLdWriter:
    """Writes JSON-LD with kg's context to an open text stream, one description at a time: each
    subject as one node object of `@graph` (a `kg.export.rdf.DescriptionWriter`)."""

    def __init__(self, stream: IO[str]) -> None:
        ctx = context()
        self.stream = stream
        self.keys = _Keys(ctx)
        self.separator = "\n"
        stream.write('{\n"@context": ' + json.dumps(ctx, ensure_ascii=False) + ',\n"@graph": [')

    def write(self, subject: str, pairs: list[tuple[str, Object]]) -> None:
        """Write one subject as a node object."""
        self.stream.write(self.separator + _node_object(subject, pairs, self.keys))
        self.separator = ",\n"

    def close(self) -> None:
        """Close the `@graph` array and the document."""
        self.stream.write("\n]\n}\n")


def _node_object(subject: str, pairs: list[tuple[str, Object]], keys: _Keys) -> str:
    """One subject as a JSON-LD node object, written as `json.dumps` of the compacted dict would:
    `@id`, `@type`, then each property with the array of its values, in first-seen order."""
    quote, names = _quote, keys.quoted
    grouped: dict[str, list[str]] = {}
    for prop, obj in pairs:
        if isinstance(obj, str):
            if prop == _RDF_TYPE:
                key, value = '"@type"', names(obj, True)
            else:
                key, value = names(prop), '{"@id": ' + quote(obj) + "}"
        else:
            text, datatype = obj
            key = names(prop)
            value = (
                '{"@value": ' + quote(text) + ', "@type": ' + names(datatype, True) + "}" if datatype else quote(text)
            )
        found = grouped.get(key)
        if found is None:
            grouped[key] = [value]
        else:
            found.append(value)
    members = "".join(", " + key + ": [" + ", ".join(values) + "]" for key, values in grouped.items())
    return '{"@id": ' + quote(subject) + members + "}"


class _Keys:
    """Compact names of IRIs under the context: kg terms bare (through `@vocab`), the context's
    own aliases for literal-valued properties, other vocabularies as `prefix:local`."""

    def __init__(self, ctx: dict[str, Any]) -> None:
        self.vocab = str(ctx["@vocab"])
        self.prefixes = sorted(
            (
                (str(v), k)
                for k, v in ctx.items()
                if isinstance(v, str) and not k.startswith("@") and v.endswith(("#", "/"))
            ),
            key=lambda item: -len(item[0]),
        )
        self.terms = {k for k in ctx if not k.startswith("@")}
        self.quoted = functools.cache(self._quoted)
        """`_quoted`, made once per IRI."""
        self.literal_aliases = {
            self.expand(str(v)): k
            for k, v in ctx.items()
            if isinstance(v, str) and ":" in v and not v.endswith(("#", "/"))
        }

    def expand(self, compact: str) -> str:
        prefix, _, local = compact.partition(":")
        return next((iri + local for iri, name in self.prefixes if name == prefix), compact)

    def compact(self, iri: str) -> str:
        if iri.startswith(self.vocab):
            local = iri[len(self.vocab) :]
            if local and local not in self.terms and local.replace("_", "").isalnum():
                return local
        for namespace, prefix in self.prefixes:
            if iri.startswith(namespace) and iri[len(namespace) :].replace("_", "").replace("-", "").isalnum():
                return f"{prefix}:{iri[len(namespace) :]}"
        return iri

    def property(self, iri: str) -> str:
        return self.literal_aliases.get(iri) or self.compact(iri)

    def _quoted(self, iri: str, compact: bool = False) -> str:
        """The JSON string of a property's key (or, with `compact`, of the compacted IRI)."""
        return str(_quote(self.compact(iri) if compact else self.property(iri)))


_RDF_TYPE = PREFIXES["rdf"] + "type"
_quote = json.encoder.encode_basestring  # type: ignore[attr-defined]
"""A JSON string literal, non-ASCII characters kept as they are (as json.dumps with ensure_ascii=False)."""


EXPORTER = Exporter("graph.jsonld", write_jsonld, cost=5, describer=JsonLdWriter)
"""The `jsonld` format of `kg.export.EXPORTERS`."""
