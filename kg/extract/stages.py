"""Extraction stages: the declared list of what reads an article and gives its facts, each with a name and a version.

An article's facts are those of every stage, in order: kg's built-ins (`metadata`, `text`,
`stories`), then the stages installed packages declare in the `kg.stages` entry-point group
(read by `kg.registry`, as exporters and engines are), by name:

    [project.entry-points."kg.stages"]
    quotes = "kg_quotes:STAGE"       # kg_quotes.py: STAGE = Stage("quotes", "1", extract_quotes)

A stage is `extract(article)`, or `extract(article, texts)` when it `reads_text`: `texts` is each
parsed piece of the article (`ParsedText`, a spaCy Doc with where it sits), in reading order, to
be read once. Every stage that runs counts in `extraction_version()`, the version cached
extractions are stored under: its name, version and the code of its module, so that installing,
removing or changing a stage never reads facts another set of stages made.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import EntryPoint
from typing import TYPE_CHECKING, Any

from kg.extract import metadata, stories
from kg.extract.fingerprint import code_fingerprint, files_fingerprint
from kg.extract.text import text_facts
from kg.registry import Registry
from kg.resources import ontology_dir

if TYPE_CHECKING:
    from kg.extract.text import ParsedText
    from kg.facts import Fact
    from kg.ingest.article import Article

ENTRY_POINT_GROUP = "kg.stages"

# kg's own code that shapes an extraction besides the stages' modules: reading the files into
# Articles, and the per-article pipeline around the stages.
_KG_CODE = ("kg.ingest", "kg.extract")


@dataclass(frozen=True)
class Stage:
    """One extraction step: its name, its version (change it when what it extracts changes), its function."""

    name: str
    version: str
    extract: Callable[..., Iterable[Fact]]
    """`extract(article)`, or `extract(article, texts)` when `reads_text`: the facts it finds in the article."""
    reads_text: bool = False
    """Whether it reads the article's parsed texts (spaCy Docs) besides the Article record."""

    def facts(self, article: Article, texts: Iterable[ParsedText]) -> Iterable[Fact]:
        """The stage's facts of `article`; `texts` is read only by a stage that `reads_text`."""
        return self.extract(article, texts) if self.reads_text else self.extract(article)


METADATA = Stage("metadata", "1", metadata.extract)
"""The article record's own facts: the Article, its publisher, authors, topics, related items."""
TEXT = Stage("text", "1", text_facts, reads_text=True)
"""Entities, agreements, relations, events and claims, from the parsed text."""
STORIES = Stage("stories", "1", stories.extract)
"""The body's MinHash signatures, for finding syndicated copies across articles."""

STAGES: Registry[Stage] = Registry(
    ENTRY_POINT_GROUP,
    "extraction stage",
    [
        EntryPoint(stage.name, f"{__name__}:{attribute}", ENTRY_POINT_GROUP)
        for attribute, stage in (("METADATA", METADATA), ("TEXT", TEXT), ("STORIES", STORIES))
    ],
    check=lambda unit: isinstance(unit, Stage),
)
"""Every extraction stage by name: kg's own (in order), then installed ones (`kg.stages` entry points)."""


def active_stages() -> tuple[Stage, ...]:
    """The stages an extraction runs, in order: all of `STAGES`."""
    return tuple(STAGES[name] for name in STAGES)


@functools.cache
def extraction_version() -> str:
    """The version of what an extraction runs: the stages (names, versions, code), kg's ingest and
    extraction code, and ontology/*.yaml. Computed once per process, on first use.

    >>> extraction_version() == extraction_version(), extraction_version().startswith("3+")
    (True, True)
    """
    stages = active_stages()
    declared = ";".join(f"{stage.name}={stage.version}" for stage in stages)
    code = code_fingerprint([*_KG_CODE, *sorted({_module_of(stage.extract) for stage in stages})])
    data = files_fingerprint(sorted(ontology_dir().glob("*.yaml")))
    return f"3+{_short(declared, code, data)}"


def _module_of(function: Any) -> str:
    return str(getattr(function, "__module__", None) or type(function).__module__)


def _short(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=8).hexdigest()


def run_stages(stages: Iterable[Stage], article: Article, texts: Iterable[ParsedText]) -> Iterator[Fact]:
    """The facts of each stage in turn; `texts` is handed to the stages that read text."""
    for stage in stages:
        yield from stage.facts(article, texts)
