"""Pictures of a graph: a PNG overview (matplotlib) and a self-contained interactive HTML view.

`render(graph, out)` picks by the suffix of `out`: `.png` writes the picture, `.html`/`.htm`
the interactive page, anything else both (`out.png` and `out.html`). Both colour nodes by type
(`ontology/style.yaml`) and lay the graph out the same way (a seeded spring layout).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

PNG_SUFFIXES = (".png",)
HTML_SUFFIXES = (".html", ".htm")


def targets(out: str | Path) -> list[Path]:
    """The files `render` writes for `out`.

    >>> [p.name for p in targets("view.html")], [p.name for p in targets("overview")]
    (['view.html'], ['overview.png', 'overview.html'])
    """
    path = Path(out)
    if path.suffix.lower() in PNG_SUFFIXES + HTML_SUFFIXES:
        return [path]
    return [path.with_name(path.name + ".png"), path.with_name(path.name + ".html")]


def layout(graph: KnowledgeGraph) -> dict[str, tuple[float, float]]:
    """Node positions in [-1, 1]: ForceAtlas2 (Gephi's layout) with a fixed seed, so a graph always draws alike.

    Its gravity keeps small components and lone nodes near the rest instead of at the edges.
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nx.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in graph.nx.edges() if u != v))
    if simple.number_of_nodes() == 0:
        return {}
    if simple.number_of_nodes() == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    positions = nx.forceatlas2_layout(
        simple, max_iter=300, seed=7, gravity=2.0, scaling_ratio=2.0, distributed_action=True
    )
    xs, ys = [float(p[0]) for p in positions.values()], [float(p[1]) for p in positions.values()]
    center_x, center_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {
        node: (round((float(x) - center_x) / half, 4), round((float(y) - center_y) / half, 4))
        for node, (x, y) in positions.items()
    }


def render(graph: KnowledgeGraph, out: str | Path) -> list[Path]:
    """Draw `graph` to `out` (see the module docstring for how the suffix chooses); return the files written."""
    written = []
    for path in targets(out):
        if path.suffix.lower() in HTML_SUFFIXES:
            from kg.render.html import write_html

            write_html(graph, path)
        else:
            from kg.render.png import write_png

            write_png(graph, path)
        written.append(path)
    return written
