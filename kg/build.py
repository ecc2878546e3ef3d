"""Build: article files in, a KnowledgeGraph out (ingest -> extract -> resolve -> graph)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.extract.pipeline import extract_articles
from kg.graph import KnowledgeGraph
from kg.ingest import Article, read_articles
from kg.resolve import resolve


@dataclass
class BuildResult:
    """What a build made and what it could not read."""

    graph: KnowledgeGraph
    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)


def build_graph(paths: Iterable[str | Path], *, model: str | None = None) -> BuildResult:
    """Read every article under `paths` and build their graph; unreadable files are skipped."""
    result = BuildResult(KnowledgeGraph())

    def readable() -> Iterator[Article]:
        for item in read_articles(paths):
            if isinstance(item, InputError):
                result.skipped.append(item)
            else:
                result.articles += 1
                yield item

    result.graph.add_facts(resolve(extract_articles(readable(), model=model)))
    return result
