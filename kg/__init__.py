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

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.builder import BuildResult
    from kg.graph import KnowledgeGraph, Node, Source

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "Node", "Source", "build", "load"]


def build(
    paths: str | Path | Iterable[str | Path],
    *,
    out: str | Path | None = None,
    formats: Sequence[str] | None = None,
    strict: bool = False,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: bool | str | Path = True,
    model: str | None = None,
    progress: bool = False,
) -> BuildResult:
    """Read the articles under `paths` (files or folders) and build their graph; with `out`, write it too.

    Does everything `kg build` does (see `kg.builder.build` for every parameter): with `out`, the
    folder is created, the exports (`formats`, default Turtle, JSON-LD, GraphML, GEXF, JSON) and
    `report.json` are written there, with the extraction cache beside them; `strict` writes no
    export when any file was skipped. Returns a `BuildResult`: `.graph`, `.skipped` (each
    unreadable file with its reason), `.written`, `.report`, `.exit_status`. Example::

        result = kg.build("seeds", out="exports")
        result.graph.find("China")
    """
    from kg.builder import build as run_build

    return run_build(
        paths,
        out=out,
        formats=formats,
        strict=strict,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        cache=cache,
        model=model,
        progress=progress,
    )


def load(path: str | Path) -> KnowledgeGraph:
    """Read a build back: its output folder, or the `graph.json`, `graph.ttl` or `graph.graphml` it wrote.

    A folder is read from `graph.json` (lossless) when present; see `kg.loader` for what the
    Turtle and GraphML files keep.
    """
    from kg.loader import load_graph

    return load_graph(path)


_LAZY = {"KnowledgeGraph": "kg.graph", "Node": "kg.graph", "Source": "kg.graph"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
