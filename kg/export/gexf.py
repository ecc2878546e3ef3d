"""GEXF 1.3 exporter for Gephi: colours by node type, sizes by degree, and dates for the timeline.

Nodes get `viz:color` (their type's colour, `ontology/style.yaml`) and `viz:size` (from degree);
nodes and edges that have a date get `start` (a day, `YYYY-MM-DD`), so Gephi's timeline shows
the graph growing as articles are published and events happen: a node's date is its `date` (an
event's day) or else its `published` day; an edge's is its own `date` or else the earliest day
one of its articles was published. Undated things have no `start` and are always shown. The
scalar attributes are those of the GraphML export (lists '|'-joined); edge `weight` is the number
of pieces of evidence and the edge `label` its relation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export import Exporter
from kg.export.atomic import atomic_output
from kg.export.graphml import EDGE_KEYS, NODE_KEYS, edge_keys_used, edge_values, node_values, xml_attr
from kg.export.style import node_size, type_color

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_TYPES = {"string": "string", "int": "integer", "float": "float", "double": "double"}
# `label` is the node's own XML attribute in GEXF, and colour/size are viz elements, not data.
_NODE_ATTRS = tuple((name, _TYPES[kind]) for name, kind in NODE_KEYS if name not in {"label", "r", "g", "b", "size"})
# `weight` is the edge's own XML attribute in GEXF.
_EDGE_ATTRS = tuple((name, _TYPES[kind]) for name, kind in EDGE_KEYS if name != "weight")


def day(value: object) -> str | None:
    """The `YYYY-MM-DD` day of an ISO date or date-time string, or None.

    >>> day("2023-02-17T18:29:00Z"), day("2024-03-21"), day(None), day("March")
    ('2023-02-17', '2024-03-21', None, None)
    """
    text = str(value or "")[:10]
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        return text
    return None


def node_day(data: dict[str, Any]) -> str | None:
    """When a node starts: its `date` (what happened) or else its `published` day."""
    return day(data.get("date")) or day(data.get("published"))


def edge_day(graph: KnowledgeGraph, data: dict[str, Any]) -> str | None:
    """When an edge starts: its own `date`, or else the first day one of its articles was published."""
    own = day(data.get("date"))
    if own:
        return own
    days = []
    for source in data.get("sources", []):
        article = graph.nx.nodes.get(source.article)
        if article is not None and day(article.get("published")):
            days.append(day(article.get("published")))
    return min(days) if days else None  # type: ignore[type-var]


def _declarations(kind: str, attrs: tuple[tuple[str, str], ...], used: set[str]) -> list[str]:
    lines = [f'    <attributes class="{kind}" mode="static">']
    lines += [f'      <attribute id="{name}" title="{name}" type="{type_}"/>' for name, type_ in attrs if name in used]
    return [*lines, "    </attributes>"]


def _attvalues(values: dict[str, object]) -> str:
    if not values:
        return ""
    inner = "".join(f"<attvalue for={xml_attr(key)} value={xml_attr(v)}/>" for key, v in values.items())
    return f"<attvalues>{inner}</attvalues>"


def _start(when: str | None) -> str:
    return f' start="{when}"' if when else ""


def write_gexf(graph: KnowledgeGraph, path: str | Path) -> None:
    """Write `graph` as GEXF 1.3 to `path` (replaced atomically), with Gephi's colours, sizes and dates.

    Examples
    --------
    >>> from kg.graph import KnowledgeGraph
    >>> from kg.facts import Provenance
    >>> import tempfile, pathlib, networkx as nx
    >>> g = KnowledgeGraph()
    >>> g.add_node("nation:USA", "Nation", "United States", ["US"])
    >>> g.add_node("event:summit", "Event", "Summit", date="2023-11-01")
    >>> g.add_edge("nation:USA", "agent", "event:summit", Provenance("article:1", "test"))
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.gexf"
    >>> write_gexf(g, out); read = nx.read_gexf(out)
    >>> read.nodes["nation:USA"]["viz"]["color"]
    {'r': 78, 'g': 121, 'b': 167, 'a': 1.0}
    >>> read.nodes["event:summit"]["start"], read.nodes["event:summit"]["label"]
    ('2023-11-01', 'Summit')
    """
    nodes = []
    for node_id, data in graph.sorted_nodes():
        values = node_values(data)
        nodes.append((node_id, data, {k: v for k, v in values.items() if k in dict(_NODE_ATTRS)}))
    edges = graph.sorted_edges()
    used_node = {key for _, _, values in nodes for key in values}
    used_edge = edge_keys_used(graph)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">',
        "  <meta>",
        "    <creator>kg</creator>",
        "    <description>Knowledge graph of news: who did what, when, and who reported it</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">',
        *_declarations("node", _NODE_ATTRS, used_node),
        *_declarations("edge", _EDGE_ATTRS, used_edge - {"weight"}),
        f'    <nodes count="{len(nodes)}">',
    ]
    with atomic_output(path, "w") as stream:
        # Written as they are made: the file's text is never held whole in memory.
        stream.write("\n".join(lines) + "\n")
        for node_id, data, values in nodes:
            r, g, b = type_color(str(data.get("type")))
            size = node_size(graph.nx.degree(node_id))
            stream.write(
                f"      <node id={xml_attr(node_id)} label={xml_attr(data.get('label', node_id))}"
                f"{_start(node_day(data))}>{_attvalues(values)}"
                f'<viz:color r="{r}" g="{g}" b="{b}"/><viz:size value="{size}"/></node>\n'
            )
        stream.write(f'    </nodes>\n    <edges count="{len(edges)}">\n')
        for index, (source, target, data) in enumerate(edges):
            values = edge_values(data)
            weight = values.pop("weight")
            stream.write(
                f'      <edge id="e{index}" source={xml_attr(source)} target={xml_attr(target)} '
                f'label={xml_attr(data["relation"])} weight="{weight}"{_start(edge_day(graph, data))}>'
                f"{_attvalues(values)}</edge>\n"
            )
        stream.write("    </edges>\n  </graph>\n</gexf>\n")


EXPORTER = Exporter("graph.gexf", write_gexf, cost=3)
"""The `gexf` format of `kg.export.EXPORTERS`."""
