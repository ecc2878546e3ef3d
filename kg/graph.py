"""KnowledgeGraph: a typed wrapper around a networkx MultiDiGraph with per-edge provenance.

Nodes carry `type`, `label`, `aliases` and identifiers; each edge is keyed by its relation, so
the same (source, relation, target) seen again adds a source to the edge instead of a new edge.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.extract.facts import EdgeFact, Fact, NodeFact, Provenance


class KnowledgeGraph:
    """The graph of articles, actors, agreements and events, and the evidence for every edge."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.nx: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()

    def add_node(self, node_id: str, type: str, label: str, aliases: Iterable[str] = (), **attrs: Any) -> None:
        """Add a node, or merge into the existing one: aliases are unioned, known attributes kept."""
        data = self.nx.nodes[node_id] if node_id in self.nx else None
        if data is None:
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
        """Add extractor output: node facts first in order, then the edges between known nodes."""
        edges: list[EdgeFact] = []
        for fact in facts:
            if isinstance(fact, NodeFact):
                self.add_node(fact.id, fact.type, fact.label, fact.aliases, **dict(fact.attrs))
            else:
                edges.append(fact)
        for edge in edges:
            if edge.source in self.nx and edge.target in self.nx and edge.source != edge.target:
                self.add_edge(edge.source, edge.relation, edge.target, edge.provenance, **dict(edge.attrs))

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many nodes there are of each type, and how many edges of each relation."""
        nodes = Counter(str(data["type"]) for _, data in self.nx.nodes(data=True))
        edges = Counter(str(data["relation"]) for _, _, data in self.nx.edges(data=True))
        return nodes, edges

    def sorted_nodes(self) -> list[tuple[str, dict[str, Any]]]:
        """Nodes in id order: exports iterate this so that two builds write the same bytes."""
        return sorted(self.nx.nodes(data=True), key=lambda item: item[0])

    def sorted_edges(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Edges in (source, relation, target) order, each edge's sources in a stable order too."""
        edges = [(u, v, data) for u, v, data in self.nx.edges(data=True)]
        return sorted(edges, key=lambda item: (item[0], item[2]["relation"], item[1]))
