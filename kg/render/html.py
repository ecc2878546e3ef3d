"""Interactive HTML view: one self-contained file (inline SVG, CSS and JavaScript; no network needed).

Search names and aliases, show or hide node types, click a node to see its attributes, its edges
and, for every edge, the articles (linked) and sentences it came from. The page draws in CSS pixels:
its script fits the layout's bounding box (any coordinate range) to the stage, so strokes, radii and
labels keep their pixel sizes, and zooming moves nodes apart instead of enlarging them.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export.atomic import atomic_output
from kg.export.style import node_size, type_colors, type_hex
from kg.render import layout
from kg.render.png import LABELLED

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

_SHOWN_ATTRS = ("url", "published", "date", "title", "domain", "iso3", "wikidata", "kind", "value", "excerpt")


def view_data(graph: KnowledgeGraph) -> dict[str, Any]:
    """What the page draws: nodes with positions, colours and attributes; edges with their sources."""
    positions = layout(graph)
    degree = dict(graph.nx.degree())
    labelled = set(sorted(positions, key=lambda n: (-degree[n], n))[:LABELLED])
    nodes = []
    for node_id, data in graph.sorted_nodes():
        x, y = positions.get(node_id, (0.0, 0.0))
        attrs = {key: str(data[key]) for key in _SHOWN_ATTRS if data.get(key) not in (None, "")}
        nodes.append(
            {
                "id": node_id,
                "label": str(data.get("label", node_id)),
                "type": str(data.get("type")),
                "aliases": [str(a) for a in data.get("aliases", [])],
                "color": type_hex(str(data.get("type"))),
                "size": node_size(degree[node_id]),
                "x": x,
                "y": y,
                "labelled": node_id in labelled,
                "attrs": attrs,
            }
        )
    edges = []
    for source, target, data in graph.sorted_edges():
        sources = []
        for evidence in data.get("sources", []):
            article = graph.nx.nodes.get(evidence.article, {})
            sources.append(
                {
                    "article": str(article.get("label", evidence.article)),
                    "url": article.get("url"),
                    "sentence": evidence.sentence,
                    "extractor": evidence.extractor,
                }
            )
        edges.append({"source": source, "target": target, "relation": data["relation"], "sources": sources})
    present = {node["type"] for node in nodes}
    styled = [(t, c) for t, c in type_colors().items() if t in present]
    others = [(t, type_hex(t)) for t in sorted(present - {t for t, _ in styled})]
    return {"nodes": nodes, "edges": edges, "types": styled + others}


def write_html(graph: KnowledgeGraph, path: str | Path, *, title: str = "kg: knowledge graph") -> None:
    """Write the interactive view of `graph` to `path` (replaced atomically).

    >>> from kg.graph import KnowledgeGraph
    >>> import tempfile, pathlib
    >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States </script>")
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "view.html"
    >>> write_html(g, out); text = out.read_text()
    >>> "United States <\\\\/script>" in text, text.count("</script>")
    (True, 2)
    """
    # "</" inside the JSON would end the <script> element early; JSON allows "<\/" for it.
    data = json.dumps(view_data(graph), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    template = resources.files("kg.render").joinpath("template.html").read_text(encoding="utf-8")
    page = template.replace("__TITLE__", escape(title)).replace("__DATA__", data)
    with atomic_output(path, "w") as stream:
        stream.write(page)
