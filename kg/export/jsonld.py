"""JSON-LD exporter: the same RDF as the Turtle export, compacted with kg's context (ontology/context.jsonld).

The context maps short keys to the ontology's terms (`@vocab` is the kg namespace, so
`coSponsored` is kg:coSponsored) and is embedded in the file, so that readers need no network.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF

from kg.export.atomic import atomic_output
from kg.export.rdf import Description, Object, descriptions
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
    ctx = context()
    keys = _Keys(ctx)
    with atomic_output(path, "w") as stream:
        stream.write('{\n"@context": ' + json.dumps(ctx, ensure_ascii=False) + ',\n"@graph": [')
        encode = json.JSONEncoder(ensure_ascii=False).encode
        first = True
        for node in _node_objects(descriptions(graph), keys):
            stream.write(("\n" if first else ",\n") + encode(node))
            first = False
        stream.write("\n]\n}\n")


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
        self._compacted: dict[str, str] = {}
        self.literal_aliases = {
            self.expand(str(v)): k
            for k, v in ctx.items()
            if isinstance(v, str) and ":" in v and not v.endswith(("#", "/"))
        }

    def expand(self, compact: str) -> str:
        prefix, _, local = compact.partition(":")
        return next((iri + local for iri, name in self.prefixes if name == prefix), compact)

    def compact(self, iri: str) -> str:
        known = self._compacted.get(iri)
        if known is None:
            known = self._compacted[iri] = self._compact(iri)
        return known

    def _compact(self, iri: str) -> str:
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


def _node_objects(stream: Iterable[Description], keys: _Keys) -> Iterator[dict[str, Any]]:
    rdf_type = str(RDF.type)
    for subject, pairs in stream:
        node: dict[str, Any] = {"@id": subject}
        for prop, obj in pairs:
            if prop == rdf_type and isinstance(obj, str):
                node.setdefault("@type", []).append(keys.compact(obj))
            else:
                node.setdefault(keys.property(prop), []).append(_value(obj, keys))
        yield node


def _value(obj: Object, keys: _Keys) -> Any:
    if isinstance(obj, str):
        return {"@id": obj}
    value, datatype = obj
    return {"@value": value, "@type": keys.compact(datatype)} if datatype else value
