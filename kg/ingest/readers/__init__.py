"""Readers: one module per input kind, found by file suffix in a small registry.

A reader splits a file into units in the build process (a front-matter file is one unit; a CSV
one unit per row, a feed one per entry, a WARC archive one per HTML response, streamed) and parses
one unit into an Article in whichever process extracts it. Each unit names the reader that parses
it, so a CSV's rows are parsed by the `record` reader and a WARC's pages by the `html` reader.

Readers are plugins read the way rdflib reads its plugins: the entry-point group `kg.readers`
maps a name to a `Reader` object (``csv = "kg.ingest.readers.table:CSV"``). kg's own readers are
entry points of that group declared here, loaded by the same code as an installed package's, so
the door for other packages is the one kg itself uses; an installed reader of the same name
replaces a built-in (rdflib's rule).

>>> reader_name("news/data.csv"), reader_name("crawl.warc.gz"), reader_name("story.md"), reader_name("x.pdf")
('csv', 'warc', 'document', None)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ConfigError, InputError

if TYPE_CHECKING:
    from kg.ingest.article import Article
    from kg.ingest.reader import SourceFile

GROUP = "kg.readers"
_BUILTIN = {
    "document": "kg.ingest.readers.document:READER",
    "html": "kg.ingest.readers.html_page:READER",
    "record": "kg.ingest.readers.record:READER",
    "csv": "kg.ingest.readers.table:CSV",
    "tsv": "kg.ingest.readers.table:TSV",
    "json": "kg.ingest.readers.json_records:JSON",
    "jsonl": "kg.ingest.readers.json_records:JSON_LINES",
    "feed": "kg.ingest.readers.feed:READER",
    "feed-entry": "kg.ingest.readers.feed:ENTRY",
    "warc": "kg.ingest.readers.warc:READER",
}
BUILTIN_ENTRY_POINTS = tuple(EntryPoint(name, value, GROUP) for name, value in _BUILTIN.items())
"""kg's own readers, as the entry points an installed package would declare in its metadata."""


@dataclass(frozen=True)
class Reader:
    """An input kind: the file suffixes it reads, how a file splits into units, how a unit is parsed.

    `split(path)` runs in the build process and yields each unit's SourceFile (or the InputError of
    a unit or file that cannot be read) without holding the whole file when the format allows;
    `parse(unit)` runs in a worker and returns the unit's Article or raises InputError. A reader
    with no suffixes only parses units other readers split off (`record`, `feed-entry`).
    """

    suffixes: tuple[str, ...]
    split: Callable[[Path], Iterator[SourceFile | InputError]]
    parse: Callable[[SourceFile], Article] | None = None
    """None for a container whose units name another reader (a CSV's rows are `record` units)."""
    container: bool = False
    """Whether a file may hold many articles (the progress bar then counts articles, not files)."""


def register(name: str, reader: Reader) -> None:
    """Add (or replace) the reader called `name` in this process; packages use the `kg.readers` entry points."""
    _loaded()[name] = reader
    _by_suffix.cache_clear()


@functools.cache
def _loaded() -> dict[str, Reader]:
    found: dict[str, Reader] = {}
    installed = tuple(entry_points(group=GROUP))
    for entry in (*BUILTIN_ENTRY_POINTS, *installed):
        try:
            reader = entry.load()
        except Exception as error:  # a broken plugin is named, not a traceback
            raise ConfigError(f"reader {entry.name!r} ({entry.value}) cannot be loaded: {error}") from None
        if not isinstance(reader, Reader):
            raise ConfigError(f"reader {entry.name!r} ({entry.value}) is not a kg.ingest.readers.Reader")
        found[entry.name] = reader
    return found


def readers() -> dict[str, Reader]:
    """Every reader by name: the built-ins, the `kg.readers` entry points, and those registered in code."""
    return _loaded()


@functools.cache
def _by_suffix() -> tuple[tuple[str, str], ...]:
    # Longest first, so `.warc.gz` is matched before a `.gz` some plugin might claim.
    pairs = [(suffix, name) for name, reader in readers().items() for suffix in reader.suffixes if suffix]
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0])))


def reader_name(path: str | Path) -> str | None:
    """The name of the reader for a file, by its suffix (case-insensitive); None when no reader knows it."""
    name = Path(path).name.lower()
    for suffix, reader in _by_suffix():
        if name.endswith(suffix) and len(name) > len(suffix):
            return reader
    if not Path(name).suffix:
        return "document"
    return None


def known_suffix(path: str | Path) -> bool:
    """Whether some reader reads files named like `path` (what `discover` looks for in folders)."""
    return reader_name(path) is not None


def units_of(path: str | Path) -> Iterator[SourceFile | InputError]:
    """The units of one file, each a SourceFile to parse or the InputError of what cannot be read.

    A file named explicitly whose suffix no reader knows is read as a document (text, with or
    without front matter), as kg always has.
    """
    reader = readers()[reader_name(path) or "document"]
    yield from reader.split(Path(path))


def parse_unit(unit: SourceFile) -> Article:
    """Parse one unit with the reader it names; raises InputError when it holds no article."""
    reader = readers().get(unit.reader)
    if reader is None or reader.parse is None:
        raise InputError(unit.source_path, f"no reader called {unit.reader!r} is installed")
    return reader.parse(unit)


def is_container(path: str | Path) -> bool:
    """Whether the file's reader may find many articles in it (a table, a feed, an archive)."""
    return readers()[reader_name(path) or "document"].container


def single_unit(reader: str) -> Callable[[Path], Iterator[SourceFile | InputError]]:
    """The `split` of a reader whose files are one article each: the file's bytes, read whole."""

    def split(path: Path) -> Iterator[SourceFile | InputError]:
        from kg.ingest.reader import read_source

        try:
            yield read_source(path, reader)
        except InputError as error:
            yield error

    return split
