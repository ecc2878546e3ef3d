"""GraphML exporter for Gephi, networkx and igraph: scalar attributes only, valid against the schema.

Every node has `type` and `label` (Gephi's display name), every edge `relation`; lists become
'|'-joined strings, missing values are left out (never "None"), characters XML 1.0 forbids are
removed, and each edge gets its own id (Gephi drops edges whose ids repeat). Nodes carry their
type's colour as integer `r`, `g`, `b` and a `size` from their degree (`ontology/style.yaml`),
which Gephi's importer turns into node colour and size. Only keys some element uses are declared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export import Exporter
from kg.export.atomic import atomic_output
from kg.export.style import node_size, type_color

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_NMTOKEN = re.compile(r"[^\w.:-]", re.ASCII)
# What XML text and attribute values must escape (or drop); most values hold none of it.
_SPECIAL = re.compile(r"[&<>\"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A carriage return is kept as a reference: a reader turns a literal one into a newline (XML 1.0, 2.11).
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}
)

# (attribute, GraphML type) in file order; Gephi reads `label`, `r`, `g`, `b`, `size` as visuals.
NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("type", "string"),
    ("label", "string"),
    ("aliases", "string"),
    ("wikidata", "string"),
    ("iso3", "string"),
    ("url", "string"),
    ("domain", "string"),
    ("title", "string"),
    ("published", "string"),
    ("date", "string"),
    ("kind", "string"),
    ("value", "string"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
    ("size", "float"),
)
EDGE_KEYS: tuple[tuple[str, str], ...] = (
    ("relation", "string"),
    ("weight", "double"),
    ("confidence", "double"),
    ("articles", "string"),
    ("extractors", "string"),
    ("sentence", "string"),
    ("date", "string"),
)


def xml_text(value: object) -> str:
    """A value as XML character data: forbidden characters removed, markup and carriage returns escaped."""
    text = str(value)
    return _FORBIDDEN.sub("", text).translate(_TEXT_ESCAPES) if _SPECIAL.search(text) else text


def xml_attr(value: object) -> str:
    """A value as a quoted XML attribute: forbidden characters removed, markup and newlines escaped."""
    text = str(value)
    return '"' + (_FORBIDDEN.sub("", text).translate(_ATTR_ESCAPES) if _SPECIAL.search(text) else text) + '"'


def nmtoken(text: str) -> str:
    """An id the GraphML schema accepts (xs:NMTOKEN): other characters become '_'."""
    return _NOT_NMTOKEN.sub("_", text) or "_"


def visual_values(data: dict[str, Any], degree: int) -> dict[str, object]:
    """A node's colour (by type) and size (by degree), as Gephi's reserved `r`, `g`, `b`, `size`."""
    r, g, b = type_color(str(data.get("type")))
    return {"r": r, "g": g, "b": b, "size": node_size(degree)}


def node_values(data: dict[str, Any]) -> dict[str, object]:
    """The scalar attributes of a node as written to GraphML."""
    values: dict[str, object] = {}
    for key, _ in NODE_KEYS:
        value = data.get(key)
        if isinstance(value, (list, tuple)):
            value = "|".join(str(v) for v in value if "|" not in str(v)) or None
        if value is not None and str(value).strip():
            values[key] = value
    return values


def edge_values(data: dict[str, Any]) -> dict[str, object]:
    """The scalar attributes of an edge: relation, evidence count, articles and first sentence."""
    sources = data.get("sources", [])
    values: dict[str, object] = {"relation": data["relation"], "weight": float(max(len(sources), 1))}
    if sources:
        values["confidence"] = round(max(s.confidence for s in sources), 3)
        values["articles"] = "|".join(sorted({s.article for s in sources}))
        values["extractors"] = "|".join(sorted({s.extractor for s in sources}))
        sentences = [s.sentence for s in sources if s.sentence]
        if sentences:
            values["sentence"] = sentences[0]
    if data.get("date"):
        values["date"] = data["date"]
    return values


def edge_keys_used(graph: KnowledgeGraph) -> set[str]:
    """The edge attributes (`edge_values` keys) that some edge of `graph` has.

    Found by a pass of its own, so that writers can declare them first and then make each edge's
    values as they write it, instead of holding every edge's values at once.
    """
    used: set[str] = set()
    for _, _, data in graph.sorted_edges():
        used.update(edge_values(data))
    return used


def _keys(kind: str, keys: Iterable[tuple[str, str]], prefix: str, used: set[str]) -> list[str]:
    return [
        f'  <key id="{prefix}_{name}" for="{kind}" attr.name="{name}" attr.type="{type_}"/>'
        for name, type_ in keys
        if name in used
    ]


def _data(prefix: str, values: dict[str, object]) -> str:
    return "".join(f'<data key="{prefix}_{key}">{xml_text(value)}</data>' for key, value in values.items())


def write_graphml(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as GraphML to `path` (replaced atomically).

    Examples
    --------
    >>> from kg.graph import KnowledgeGraph
    >>> import tempfile, pathlib, networkx as nx
    >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States", ["US"])
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
    >>> write_graphml(g, out); nx.read_graphml(out).nodes["nation:USA"]["aliases"]
    'US'
    """
    nodes = [
        (node_id, node_values(data) | visual_values(data, graph.nx.degree(node_id)))
        for node_id, data in graph.sorted_nodes()
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd">',
        *_keys("node", NODE_KEYS, "n", {key for _, values in nodes for key in values}),
        *_keys("edge", EDGE_KEYS, "e", edge_keys_used(graph)),
        '  <graph id="kg" edgedefault="directed">',
    ]
    ids = {node_id: nmtoken(node_id) for node_id, _ in nodes}
    with atomic_output(path, "w") as stream:
        # Written as they are made: the file's text is never held whole in memory.
        stream.write("\n".join(lines) + "\n")
        for node_id, values in nodes:
            stream.write(f"    <node id={xml_attr(ids[node_id])}>{_data('n', values)}</node>\n")
        for index, (source, target, data) in enumerate(graph.sorted_edges()):
            stream.write(
                f'    <edge id="e{index}" source={xml_attr(ids[source])} target={xml_attr(ids[target])}>'
                f"{_data('e', edge_values(data))}</edge>\n"
            )
        stream.write("  </graph>\n</graphml>\n")


EXPORTER = Exporter("graph.graphml", write_graphml, cost=2)
"""The `graphml` format of `kg.export.EXPORTERS`."""
