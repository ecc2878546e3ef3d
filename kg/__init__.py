"""kg: a knowledge-graph builder for news about events, actors and sources.

The public API is small: `build` (articles in, a KnowledgeGraph out), `load` (a build read
back), and the records `KnowledgeGraph`, `Node`, `Source`. The networkx graph is `graph.nx`.
Importing kg is cheap: networkx, rdflib and spaCy are imported only when first needed.

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

import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph, Node, Source

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "Node", "Source", "build", "load"]


def build(paths: str | Path | Iterable[str | Path], *, model: str | None = None) -> KnowledgeGraph:
    """Read the articles under `paths` (files or folders) and return their KnowledgeGraph.

    Files that cannot be read are skipped (`kg build` lists them); `model` names the spaCy
    model when not the default. Example (needs the seed articles)::

        graph = kg.build("seeds")
        graph.find("China")
    """
    from kg.build import build_graph

    sources = [paths] if isinstance(paths, (str, Path)) else list(paths)
    return build_graph(sources, model=model).graph


def load(path: str | Path) -> KnowledgeGraph:
    """Read a build back: its output folder, or the `graph.json`, `graph.ttl` or `graph.graphml` it wrote.

    A folder is read from `graph.json` (lossless) when present; see `kg.load` for what the
    Turtle and GraphML files keep.
    """
    from kg.load import load_graph

    return load_graph(path)


_LAZY = {"KnowledgeGraph": "kg.graph", "Node": "kg.graph", "Source": "kg.graph"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


class _Package(types.ModuleType):
    """`kg.build` and `kg.load` stay the functions above even after the submodules of the same
    names are imported (the import system would otherwise bind the modules over them)."""

    @property
    def build(self) -> Any:
        return self.__dict__["build"]

    @build.setter
    def build(self, value: Any) -> None:
        if not isinstance(value, types.ModuleType):
            self.__dict__["build"] = value

    @property
    def load(self) -> Any:
        return self.__dict__["load"]

    @load.setter
    def load(self, value: Any) -> None:
        if not isinstance(value, types.ModuleType):
            self.__dict__["load"] = value


sys.modules[__name__].__class__ = _Package
