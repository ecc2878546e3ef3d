"""kg: a knowledge-graph builder for news about events, actors and sources.

The public API is small: `build` (articles in, a KnowledgeGraph and its files out: everything
`kg build` does), `load` (a build read back), and the records `KnowledgeGraph`, `Node`, `Source`.
The networkx graph is `graph.nx`. Importing kg is cheap: networkx, rdflib and spaCy are imported
only when first needed. The work is done in `kg.builder` and `kg.loader`.

>>> import kg
>>> graph = kg.KnowledgeGraph()
>>> graph.add_node("nation:USA", "Nation", "United States", ["U.S."])
>>> graph.find("U.S.").label
'United States'
>>> import tempfile
>>> out = tempfile.mkdtemp()
>>> written = graph.save(out)
>>> written["json"].name, written["gexf"].name
('graph.json', 'graph.gexf')
>>> kg.load(out).find("united states").aliases
('U.S.',)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.builder import build
    from kg.graph import KnowledgeGraph, Node, Source

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "Node", "Source", "build", "load"]


def load(path: str | Path) -> KnowledgeGraph:
    """Read a build back: its output folder, or the `graph.json`, `graph.ttl` or `graph.graphml` it wrote.

    A folder is read from `graph.json` (lossless) when present; see `kg.loader` for what the
    Turtle and GraphML files keep.
    """
    from kg.loader import load_graph

    return load_graph(path)


# `kg.build` is `kg.builder.build` (everything `kg build` does; its docstring lists the options),
# imported on first use like the records, so that `import kg` stays cheap.
_LAZY = {"build": "kg.builder", "KnowledgeGraph": "kg.graph", "Node": "kg.graph", "Source": "kg.graph"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
