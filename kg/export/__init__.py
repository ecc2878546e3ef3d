"""Exporters: KnowledgeGraph -> files, one module per format, found by name and imported lazily.

Each format module defines an `Exporter` (the file or folder it writes in a build folder, and the
function that writes it) as a module attribute, and names it in the `kg.exporters` entry-point
group. kg's own formats are entry points of that group declared here; another package adds a
format by declaring one in its metadata, and `kg build --format NAME` then writes it:

    [project.entry-points."kg.exporters"]
    csv = "kg_csv:EXPORTER"          # kg_csv.py: EXPORTER = Exporter("graph.csv", write_csv)

A build writes `DEFAULT_FORMATS` unless told otherwise; other formats (Parquet tables, Neo4j
import files, installed ones) are written when asked for by name.

>>> list(EXPORTERS)
['turtle', 'jsonld', 'graphml', 'gexf', 'json', 'parquet', 'neo4j']
>>> EXPORTERS["graphml"].filename
'graph.graphml'
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.errors import ConfigError
from kg.registry import Registry

if TYPE_CHECKING:
    from kg.export.rdf import DescriptionWriter
    from kg.graph import KnowledgeGraph

ENTRY_POINT_GROUP = "kg.exporters"


@dataclass(frozen=True)
class Exporter:
    """A format: the file (or folder) name it gets in a build folder, and the function that writes it."""

    filename: str
    write: Callable[[KnowledgeGraph, Path], None]
    """`write(graph, path)`: write `graph` to `path` (the build folder joined with `filename`), atomically."""
    cost: int = 0
    """How long the format takes to write, relative to the others (parallel exports start the costliest first)."""
    describer: Callable[[IO[str]], DescriptionWriter] | None = None
    """For a format made of the RDF descriptions (`kg.export.rdf.descriptions`): its writer on an open
    text stream. The formats that have one and are exported together share one walk of the graph."""


def _builtin(name: str, module: str) -> EntryPoint:
    return EntryPoint(name, f"kg.export.{module}:EXPORTER", ENTRY_POINT_GROUP)


EXPORTERS: Registry[Exporter] = Registry(
    ENTRY_POINT_GROUP,
    "export format",
    [
        _builtin("turtle", "turtle"),
        _builtin("jsonld", "jsonld"),
        _builtin("graphml", "graphml"),
        _builtin("gexf", "gexf"),
        _builtin("json", "json_graph"),
        _builtin("parquet", "parquet"),
        _builtin("neo4j", "neo4j"),
    ],
    check=lambda unit: isinstance(unit, Exporter),
)
"""Every export format by name: kg's own, then those of installed packages (`kg.exporters` entry points)."""

DEFAULT_FORMATS = ("turtle", "jsonld", "graphml", "gexf", "json")
"""What `kg build` and `KnowledgeGraph.save` write when no format is named."""


def check_formats(formats: Iterable[str]) -> None:
    """Raise a ConfigError naming the first format that has no exporter (or one that cannot be loaded)."""
    for name in formats:
        _ = EXPORTERS[name]


def export(
    graph: KnowledgeGraph,
    out_dir: str | Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    *,
    timings: dict[str, float] | None = None,
) -> dict[str, Path]:
    """Write `graph` in each format to `out_dir`, atomically; return the paths written by format.

    Formats made of the RDF descriptions (Turtle, JSON-LD) are written together, from one walk of
    the graph. With `timings`, the seconds each format took are put there by name (formats written
    together share the walk's time equally).
    """
    names = list(dict.fromkeys(formats))
    if not names:
        raise ConfigError("no export format named")
    check_formats(names)
    out = Path(out_dir)
    spent = timings if timings is not None else {}
    together = [name for name in names if EXPORTERS[name].describer is not None]
    if len(together) > 1:  # (one such format alone is written as any other)
        spent.update(_write_together(graph, out, together))
    for name in names:
        if len(together) > 1 and name in together:
            continue
        started = time.perf_counter()
        EXPORTERS[name].write(graph, out / EXPORTERS[name].filename)
        spent[name] = time.perf_counter() - started
    return {name: out / EXPORTERS[name].filename for name in names}


def _write_together(graph: KnowledgeGraph, out: Path, names: list[str]) -> dict[str, float]:
    """Write the description formats `names` from one walk of the graph; the seconds each took."""
    from kg.export.atomic import atomic_output
    from kg.export.rdf import write_descriptions

    with ExitStack() as files:
        writers = []
        for name in names:
            exporter = EXPORTERS[name]
            assert exporter.describer is not None
            writers.append(exporter.describer(files.enter_context(atomic_output(out / exporter.filename, "w"))))
        return dict(zip(names, write_descriptions(graph, writers), strict=True))
