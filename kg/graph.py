"""KnowledgeGraph: a typed wrapper around a networkx MultiDiGraph with per-edge provenance.

Nodes carry `type`, `label`, `aliases` and identifiers; each edge is keyed by its relation, so
the same (source, relation, target) seen again adds a source to the edge instead of a new edge.

The query side answers research questions without networkx (which stays one attribute away, `.nx`):

>>> g = KnowledgeGraph()
>>> g.add_node("nation:USA", "Nation", "United States", ["U.S.", "US"], iso3="USA")
>>> g.add_node("nation:CHN", "Nation", "China")
>>> g.add_node("agreement:ai", "Agreement", "UN AI resolution", date="2024-03-21")
>>> g.add_node("article:1", "Article", "US spearheads UN AI resolution", url="https://e.org/1",
...            published="2024-03-21T10:00:00Z")
>>> g.add_edge("nation:USA", "proposed", "agreement:ai",
...            Provenance("article:1", "relations", "The U.S. proposed it."))
>>> g.add_edge("nation:CHN", "co-sponsored", "agreement:ai", Provenance("article:1", "relations"))
>>> g.find("u.s.")
Node(id='nation:USA', type='Nation', label='United States')
>>> g.find("U.S.").iso3, g.find("US").aliases
('USA', ('U.S.', 'US'))
>>> [n.label for n in g.neighbors("UN AI resolution", direction="in")]
['China', 'United States']
>>> [n.label for n in g.neighbors("agreement:ai", relation="co-sponsored", direction="in")]
['China']
>>> [(s.article.label, s.url, s.sentence) for s in g.sources("U.S.", "agreement:ai", "proposed")]
[('US spearheads UN AI resolution', 'https://e.org/1', 'The U.S. proposed it.')]
>>> [(e.source.label, e.relation, e.target.label) for e in g.edges("co-sponsored")]
[('China', 'co-sponsored', 'UN AI resolution')]
>>> [(when, n.type) for when, n in g.timeline()]
[('2024-03-21', 'Agreement'), ('2024-03-21T10:00:00Z', 'Article')]
>>> g.find("UN AI resolution").date, g.find("article:1").published.isoformat()
(datetime.date(2024, 3, 21), '2024-03-21T10:00:00+00:00')
>>> import datetime
>>> len(g.between("2024-01-01", "2024-12-31").nodes()), len(g.between("2023-01-01", "2023-12-31").nodes())
(4, 0)
>>> day, moment = datetime.date(2024, 3, 21), datetime.datetime(2024, 3, 21, 10, 0)  # naive: UTC
>>> [n.id for n in g.between(day, moment).nodes()]
['agreement:ai', 'article:1', 'nation:CHN', 'nation:USA']
>>> paris = datetime.timezone(datetime.timedelta(hours=1))
>>> [n.id for n in g.between(day, datetime.datetime(2024, 3, 21, 10, 59, tzinfo=paris)).nodes()]
['agreement:ai']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import networkx as nx

from kg import vocab
from kg.dates import DateLike, overlaps, span, to_python
from kg.facts import EdgeFact, Fact, NodeFact, Provenance

if TYPE_CHECKING:
    import rdflib

Direction = Literal["out", "in", "both"]
DATE_ATTRS = ("published", "date")
"""Node attributes the API hands out as Python dates (see `kg.dates.to_python`)."""


@dataclass(frozen=True)
class Node:
    """A node as the API hands it out: id, type, label, aliases, and its other attributes.

    Other attributes (`url`, `published`, `date`, `iso3`, `wikidata`, ...) read as attributes
    (`node.url`, None when missing) or from `node.attrs`. `node.published` and `node.date` are a
    `datetime.date` for a day, an aware `datetime.datetime` (UTC) for a moment, and ISO text
    (`"2023-10"`, `"2024"`) when the source gave only a month or a year; `node.attrs` keeps the
    ISO text of every date, as the exports write it.
    """

    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def from_data(cls, node_id: str, data: Mapping[str, Any]) -> Node:
        """The Node of a networkx node id and its attribute dict."""
        others = tuple(sorted((k, v) for k, v in data.items() if k not in {"type", "label", "aliases"}))
        return cls(node_id, str(data.get("type")), str(data.get("label")), tuple(data.get("aliases", ())), others)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = dict(self.attrs).get(name)
        return to_python(value) if name in DATE_ATTRS and isinstance(value, str) else value

    def __repr__(self) -> str:
        return f"Node(id={self.id!r}, type={self.type!r}, label={self.label!r})"

    @property
    def when(self) -> Any:
        """The node's date: when it happened (`date`) or else when it was published (`published`)."""
        return self.date or self.published

    @property
    def when_iso(self) -> str | None:
        """`when` as the ISO text the graph stores (`2024-03-21`, `2023-10`, `2024-03-21T10:00:00Z`)."""
        values = dict(self.attrs)
        when = values.get("date") or values.get("published")
        return str(when) if when else None


@dataclass(frozen=True)
class Source:
    """One piece of evidence for an edge: the article, its URL, the sentence and who extracted it."""

    article: Node
    url: str | None
    sentence: str | None
    extractor: str
    confidence: float = 1.0


class Edge(NamedTuple):
    """An edge as the API hands it out: (source node, relation, target node)."""

    source: Node
    relation: str
    target: Node


def _fold(text: str) -> str:
    return text.casefold().strip()


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class KnowledgeGraph:
    """The graph of articles, actors, agreements and events, and the evidence for every edge."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.nx: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()
        self._changes = 0
        self._edge_order: tuple[tuple[int, int], list[tuple[str, str, dict[str, Any]]]] | None = None

    def add_node(self, node_id: str, type: str, label: str, aliases: Iterable[str] = (), **attrs: Any) -> None:
        """Add a node, or merge into the existing one: aliases are unioned, known attributes kept."""
        self._changes += 1
        data = self.nx.nodes[node_id] if node_id in self.nx else None
        if data is None or "type" not in data:  # new, or so far only the end of an edge (see add_facts)
            self.nx.add_node(node_id, type=type, label=label, aliases=[])
            data = self.nx.nodes[node_id]
        names = data["aliases"]
        for alias in (label, *aliases):
            if alias and alias != data["label"] and alias not in names:
                names.append(alias)
        for key, value in attrs.items():
            if value is not None and data.get(key) is None:
                data[key] = value

    def add_edge(self, source: str, relation: str, target: str, provenance: Provenance, **attrs: Any) -> None:
        """Add an edge, or add `provenance` as one more source of the existing edge."""
        self._changes += 1
        if self.nx.has_edge(source, target, key=relation):
            data = self.nx.edges[source, target, relation]
            if provenance not in data["sources"]:
                data["sources"].append(provenance)
        else:
            self.nx.add_edge(source, target, key=relation, relation=relation, sources=[provenance])
            data = self.nx.edges[source, target, relation]
        for key, value in attrs.items():
            if value is not None and data.get(key) is None:
                data[key] = value

    def add_facts(self, facts: Iterable[Fact]) -> None:
        """Add extractor output in order, as it comes: an edge may arrive before its nodes do.

        Once `facts` is exhausted, the ends of edges that never became nodes are removed with
        their edges, and edges from a node to itself are never added, so the graph is the same
        as if every node had come first.
        """
        for fact in facts:
            if isinstance(fact, NodeFact):
                self.add_node(fact.id, fact.type, fact.label, fact.aliases, **dict(fact.attrs))
            elif isinstance(fact, EdgeFact) and fact.source != fact.target:
                self.add_edge(fact.source, fact.relation, fact.target, fact.provenance, **dict(fact.attrs))
        never_declared = [node_id for node_id, data in self.nx.nodes(data=True) if "type" not in data]
        if never_declared:
            self._changes += 1
            self.nx.remove_nodes_from(never_declared)

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many nodes there are of each type, and how many edges of each relation."""
        nodes = Counter(str(data["type"]) for _, data in self.nx.nodes(data=True))
        edges = Counter(str(data["relation"]) for _, _, data in self.nx.edges(data=True))
        return nodes, edges

    def sorted_nodes(self) -> list[tuple[str, dict[str, Any]]]:
        """Nodes in id order: exports iterate this so that two builds write the same bytes."""
        return sorted(self.nx.nodes(data=True), key=lambda item: item[0])

    def sorted_edges(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Edges in (source, relation, target) order, each edge's sources in a stable order too.

        The order is kept until the graph changes through its methods or gains or loses nodes
        (every exporter asks for it); the list is shared, so do not modify it.
        """
        state = (self._changes, self.nx.number_of_nodes())
        if self._edge_order is None or self._edge_order[0] != state:
            edges = [(u, v, data) for u, v, data in self.nx.edges(data=True)]
            self._edge_order = (state, sorted(edges, key=lambda item: (item[0], item[2]["relation"], item[1])))
        return self._edge_order[1]

    # The query side: research questions answered with Node, Source and Edge records.

    def node(self, node: Node | str) -> Node:
        """The Node for a Node, an id or a name (see `find`); KeyError when there is none."""
        if isinstance(node, Node):
            return node
        if node in self.nx:
            return Node.from_data(node, self.nx.nodes[node])
        found = self.find(node)
        if found is None:
            raise KeyError(f"no node with id or name {node!r}")
        return found

    def nodes(self, type: str | None = None) -> list[Node]:
        """Every node (of one type, if given) in id order."""
        return [Node.from_data(i, d) for i, d in self.sorted_nodes() if type is None or d.get("type") == type]

    def find(self, name: str) -> Node | None:
        """The node called `name`: its id, label or an alias, case-insensitively; None if none is.

        A label beats an alias, then the better-connected node wins; punctuation is ignored only
        when nothing matches as written ("US" finds the node whose alias is "U.S.").
        """
        if name in self.nx:
            return Node.from_data(name, self.nx.nodes[name])
        for key in (_fold, _letters):
            wanted = key(name)
            if not wanted:
                continue
            ranked = []
            for node_id, data in self.nx.nodes(data=True):
                if key(str(data.get("label", ""))) == wanted:
                    ranked.append((0, -self.nx.degree(node_id), node_id))
                elif any(key(alias) == wanted for alias in data.get("aliases", ())):
                    ranked.append((1, -self.nx.degree(node_id), node_id))
            if ranked:
                node_id = min(ranked)[2]
                return Node.from_data(node_id, self.nx.nodes[node_id])
        return None

    def neighbors(self, node: Node | str, relation: str | None = None, direction: Direction = "out") -> list[Node]:
        """The nodes `node` points to (`out`), that point to it (`in`) or both, over `relation` if given."""
        if direction not in ("out", "in", "both"):
            raise ValueError(f"direction must be 'out', 'in' or 'both', not {direction!r}")
        center = self.node(node).id
        found: set[str] = set()
        if direction in ("out", "both"):
            found |= {v for _, v, r in self.nx.out_edges(center, keys=True) if relation in (None, r)}
        if direction in ("in", "both"):
            found |= {u for u, _, r in self.nx.in_edges(center, keys=True) if relation in (None, r)}
        return [Node.from_data(i, self.nx.nodes[i]) for i in sorted(found)]

    def edges(self, relation: str | None = None) -> list[Edge]:
        """Every edge (of one relation, if given) as (source, relation, target) in a stable order."""
        return [
            Edge(Node.from_data(u, self.nx.nodes[u]), d["relation"], Node.from_data(v, self.nx.nodes[v]))
            for u, v, d in self.sorted_edges()
            if relation is None or d["relation"] == relation
        ]

    def sources(self, u: Node | str, v: Node | str, relation: str | None = None) -> list[Source]:
        """The evidence for the edge(s) from `u` to `v` (of `relation`, if given): articles and sentences."""
        start, end = self.node(u).id, self.node(v).id
        found = []
        for key, data in sorted(self.nx.get_edge_data(start, end, default={}).items()):
            if relation is not None and key != relation:
                continue
            for evidence in data.get("sources", []):
                found.append(self._source(evidence))
        return found

    def independent_sources(self, u: Node | str, v: Node | str, relation: str | None = None) -> list[list[Node]]:
        """The articles behind the edge(s) from `u` to `v` (of `relation`, if given), one list per story.

        Copies of one story (syndicated copies or rewrites, joined by `part-of-story`) are one
        independent source; an article in no story is one of its own. So `len(...)` counts the
        independent stories, and the lengths of the lists the articles of each. Lists are in the
        order of their first article's id, articles in id order.

        >>> g = KnowledgeGraph()
        >>> for node_id, label in [("nation:CHN", "China"), ("agreement:ai", "UN AI resolution")]:
        ...     g.add_node(node_id, "Agreement" if "agreement" in node_id else "Nation", label)
        >>> for article in ("article:ap", "article:copy", "article:own"):
        ...     g.add_node(article, "Article", article)
        ...     g.add_edge("nation:CHN", "co-sponsored", "agreement:ai", Provenance(article, "relations"))
        >>> g.add_node("story:1", "Story", "Story: UN adopts AI resolution")
        >>> g.add_edge("article:ap", "part-of-story", "story:1", Provenance("article:ap", "stories"))
        >>> g.add_edge("article:copy", "part-of-story", "story:1", Provenance("article:copy", "stories"))
        >>> [[a.id for a in story] for story in g.independent_sources("China", "UN AI resolution", "co-sponsored")]
        [['article:ap', 'article:copy'], ['article:own']]
        """
        by_story: dict[str, set[str]] = {}
        for source in self.sources(u, v, relation):
            by_story.setdefault(self.story_of(source.article.id), set()).add(source.article.id)
        groups = sorted(sorted(members) for members in by_story.values())
        return [
            [self.node(article) if article in self.nx else Node(article, "Article", article) for article in group]
            for group in groups
        ]

    def story_of(self, article: Node | str) -> str:
        """The id of the story `article` is a copy of (a `Story` node), or the article's own id when none."""
        article_id = article.id if isinstance(article, Node) else article
        if article_id in self.nx:
            for _, story, relation in self.nx.out_edges(article_id, keys=True):
                if relation == vocab.PART_OF_STORY:
                    return str(story)
        return article_id

    def _source(self, evidence: Provenance) -> Source:
        if evidence.article in self.nx:
            article = Node.from_data(evidence.article, self.nx.nodes[evidence.article])
        else:
            article = Node(evidence.article, "Article", evidence.article)
        return Source(article, article.url, evidence.sentence, evidence.extractor, evidence.confidence)

    def between(self, start: DateLike, end: DateLike) -> KnowledgeGraph:
        """What happened or was published from `start` to `end` (both included), as a graph.

        `start` and `end` are each a `datetime.date`, a `datetime.datetime` (naive ones read as UTC)
        or ISO text (`2024`, `2024-03`, `2024-03-21`, `2024-03-21T10:00:00Z`); a bound given as a
        day, month or year includes all of it, and a date stored as a month is in any window that
        touches that month. Kept: nodes whose `date`/`published` falls in the window; edges whose own `date`, or one of
        whose articles' publication, falls in it (undated edges count when they touch a kept dated
        node); and the undated nodes (nations, publishers, ...) those edges join. Anything dated
        outside the window is left out.
        """
        low, high = span(start), span(end)
        dated = {i: Node.from_data(i, d).when_iso for i, d in self.nx.nodes(data=True)}
        inside = {i for i, when in dated.items() if when and overlaps(when, low, high)}
        outside = {i for i, when in dated.items() if when and i not in inside}
        window = KnowledgeGraph()
        for u, v, data in self.sorted_edges():
            if u in outside or v in outside:
                continue
            times = [data["date"]] if data.get("date") else self._article_times(data)
            if any(overlaps(t, low, high) for t in times) if times else (u in inside or v in inside):
                window.nx.add_edge(u, v, key=data["relation"], **{**data, "sources": list(data["sources"])})
        for node_id in inside:
            window.nx.add_node(node_id)
        for node_id in window.nx:
            data = self.nx.nodes[node_id]
            window.nx.nodes[node_id].update({**data, "aliases": list(data.get("aliases", []))})
        return window

    def _article_times(self, data: Mapping[str, Any]) -> list[str]:
        times = []
        for evidence in data.get("sources", []):
            published = self.nx.nodes[evidence.article].get("published") if evidence.article in self.nx else None
            if published:
                times.append(str(published))
        return times

    def timeline(self) -> list[tuple[str, Node]]:
        """Dated nodes (events, agreements, articles, ...) in time order, each with its date as ISO text.

        ISO text, because the precisions mix: `2023-10` sorts before `2023-10-05` and a day before
        the moments in it, where Python refuses to order a `date` and a `datetime`.
        """
        dated = [(node.when_iso, node) for node in self.nodes() if node.when_iso]
        return sorted(dated, key=lambda item: (item[0], item[1].id))

    # Conveniences that call the export layer above: imported when called, so the graph itself needs
    # no exporter (tests/test_layers.py lists these calls as the graph's only imports of a higher layer).

    def to_rdf(self) -> rdflib.Graph:
        """The graph as an rdflib Graph (kg's RDF mapping, with reified provenance): `kg.export.rdf.to_rdf(graph)`."""
        from kg.export.rdf import to_rdf

        return to_rdf(self)

    def sparql(self, query: str) -> list[dict[str, Any]]:
        """Run a SPARQL SELECT over `to_rdf()`; rows as dicts of Python values (prefixes kg:, kgid:, ... bound).

        >>> g = KnowledgeGraph(); g.add_node("nation:USA", "Nation", "United States")
        >>> g.sparql("SELECT ?label WHERE { ?n a kg:Nation ; rdfs:label ?label }")
        [{'label': 'United States'}]
        """
        rdf = self.to_rdf()
        return [{str(k): v.toPython() for k, v in row.asdict().items()} for row in rdf.query(query)]

    def save(self, out_dir: str | Path, formats: Iterable[str] | None = None) -> dict[str, Path]:
        """Write the exports (Turtle, JSON-LD, GraphML, GEXF, lossless JSON by default) to `out_dir`.

        A thin call to `kg.export.export(graph, out_dir, formats)`; returns the paths written by format.
        """
        from kg.export import DEFAULT_FORMATS, export

        return export(self, out_dir, tuple(formats) if formats is not None else DEFAULT_FORMATS)
