"""PNG overview: nodes coloured by type and sized by degree, labels on the most connected, a legend."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.export.atomic import atomic_write_with
from kg.export.style import node_size, type_hex
from kg.render import layout

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

# Labels on more nodes than this overlap into noise on a page-sized picture.
LABELLED = 20


def write_png(graph: KnowledgeGraph, path: str | Path, *, labelled: int = LABELLED) -> None:
    """Draw `graph` as a PNG at `path` (replaced atomically); label the `labelled` most connected nodes."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    positions = layout(graph)
    degree = dict(graph.nx.degree())
    nodes = sorted(positions, key=lambda n: (degree[n], n))  # hubs drawn last, on top
    figure, axes = plt.subplots(figsize=(16, 12), dpi=100)
    axes.set_axis_off()
    for u, v in sorted({(u, v) for u, v in graph.nx.edges() if u != v}):
        (x1, y1), (x2, y2) = positions[u], positions[v]
        axes.plot([x1, x2], [y1, y2], color="#999999", linewidth=0.6, alpha=0.5, zorder=1)
    types = [str(graph.nx.nodes[n].get("type")) for n in nodes]
    axes.scatter(
        [positions[n][0] for n in nodes],
        [positions[n][1] for n in nodes],
        s=[node_size(degree[n]) ** 2 * 1.5 for n in nodes],
        c=[type_hex(t) for t in types],
        edgecolors="white",
        linewidths=0.8,
        zorder=2,
    )
    top = sorted(positions, key=lambda n: (-degree[n], n))[:labelled]
    for node in top:
        label = str(graph.nx.nodes[node].get("label", node))
        label = label if len(label) <= 40 else label[:39] + "…"
        x, y = positions[node]
        axes.annotate(
            label,
            (x, y),
            xytext=(0, 9),
            textcoords="offset points",
            ha="center",
            fontsize=9,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.7},
        )
    counts: dict[str, int] = {}
    for node_type in types:
        counts[node_type] = counts.get(node_type, 0) + 1
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=10, color=type_hex(t), label=f"{t} ({counts[t]})")
        for t in sorted(counts)
    ]
    axes.legend(handles=handles, loc="lower left", frameon=False, fontsize=10)
    nodes_count, edges_count = graph.nx.number_of_nodes(), graph.nx.number_of_edges()
    axes.set_title(f"{nodes_count} nodes, {edges_count} edges", fontsize=12)
    figure.tight_layout()

    def save(temp: Path) -> None:
        figure.savefig(temp, format="png", metadata={"Software": None})

    try:
        atomic_write_with(path, save)
    finally:
        plt.close(figure)
