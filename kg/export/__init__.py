"""Exporters: KnowledgeGraph -> files, one module per format, found by name and imported lazily.

>>> [name for name in ("turtle", "graphml", "gexf", "json") if name in EXPORTERS]
['turtle', 'graphml', 'gexf', 'json']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ConfigError

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


@dataclass(frozen=True)
class Exporter:
    """A format: the module and function that write it, and the file name it gets in a build folder."""

    module: str
    function: str
    filename: str
    cost: int = 0
    """How long the format takes to write, relative to the others (parallel exports start the costliest first)."""

    def load(self) -> Callable[[KnowledgeGraph, Path], None]:
        """Import the writer only when the format is asked for (rdflib, lxml stay unimported)."""
        return getattr(importlib.import_module(self.module), self.function)  # type: ignore[no-any-return]


EXPORTERS: dict[str, Exporter] = {
    "turtle": Exporter("kg.export.turtle", "write_turtle", "graph.ttl", cost=4),
    "jsonld": Exporter("kg.export.jsonld", "write_jsonld", "graph.jsonld", cost=5),
    "graphml": Exporter("kg.export.graphml", "write_graphml", "graph.graphml", cost=2),
    "gexf": Exporter("kg.export.gexf", "write_gexf", "graph.gexf", cost=3),
    "json": Exporter("kg.export.json_graph", "write_json", "graph.json", cost=1),
}
DEFAULT_FORMATS = ("turtle", "jsonld", "graphml", "gexf", "json")


def register(name: str, module: str, function: str, filename: str, cost: int = 0) -> None:
    """Add an export format: one module with a `write_x(graph, path)` function, and one line here."""
    EXPORTERS[name] = Exporter(module, function, filename, cost)


def check_formats(formats: Iterable[str]) -> None:
    """Raise a ConfigError naming the first format that has no exporter."""
    unknown = [name for name in formats if name not in EXPORTERS]
    if unknown:
        raise ConfigError(f"unknown export format {unknown[0]!r}; known: {', '.join(sorted(EXPORTERS))}")


def export(graph: KnowledgeGraph, out_dir: str | Path, formats: tuple[str, ...] = DEFAULT_FORMATS) -> dict[str, Path]:
    """Write `graph` in each format to `out_dir`, atomically; return the paths written by format."""
    check_formats(formats)
    out = Path(out_dir)
    written = {}
    for name in formats:
        exporter = EXPORTERS[name]
        exporter.load()(graph, out / exporter.filename)
        written[name] = out / exporter.filename
    return written
