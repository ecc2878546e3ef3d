"""JSON-LD exporter: the same RDF as the Turtle export, compacted with kg's context (ontology/context.jsonld).

The context maps short keys to the ontology's terms (`@vocab` is the kg namespace, so
`coSponsored` is kg:coSponsored) and is embedded in the file, so that readers need no network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export.atomic import atomic_output
from kg.export.rdf import to_rdf
from kg.resources import ontology_dir

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

CONTEXT_FILE = "context.jsonld"


def context() -> dict[str, Any]:
    """The JSON-LD context of kg's exports (the `@context` object of ontology/context.jsonld)."""
    with (ontology_dir() / CONTEXT_FILE).open(encoding="utf-8") as handle:
        return json.load(handle)["@context"]  # type: ignore[no-any-return]


def write_jsonld(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as compacted JSON-LD to `path` (replaced atomically), nodes in id order.

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
    document = json.loads(to_rdf(graph).serialize(format="json-ld", context=ctx, auto_compact=True))
    # One node compacts to a bare object, several to an `@graph` list.
    nodes = document.get("@graph") or ([document] if "@id" in document else [])
    # rdflib emits nodes and values in hash order; sorting (JSON-LD values are sets) makes builds byte-identical.
    ordered = {"@context": ctx, "@graph": sorted((_sorted_node(node) for node in nodes), key=lambda n: n["@id"])}
    with atomic_output(path) as stream:
        stream.write((json.dumps(ordered, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8"))


def _sorted_node(node: dict[str, Any]) -> dict[str, Any]:
    def key(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    return {
        name: sorted(value, key=key) if isinstance(value, list) else value
        for name, value in sorted(node.items(), key=lambda item: (not item[0].startswith("@"), item[0]))
        if name != "@context"
    }
