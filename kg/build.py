"""Build: article files in, a KnowledgeGraph out (ingest -> extract -> resolve -> graph)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.extract import metadata
from kg.graph import KnowledgeGraph
from kg.ingest import Article, read_articles


@dataclass
class BuildResult:
    """What a build made and what it could not read."""

    graph: KnowledgeGraph
    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)


def build_graph(paths: Iterable[str | Path]) -> BuildResult:
    """Read every article under `paths` and build their graph; unreadable files are skipped."""
    graph = KnowledgeGraph()
    result = BuildResult(graph)
    seen: set[str] = set()
    for item in read_articles(paths):
        if isinstance(item, InputError):
            result.skipped.append(item)
            continue
        result.articles += 1
        _add_article(graph, item, seen)
    return result


def _add_article(graph: KnowledgeGraph, article: Article, seen: set[str]) -> None:
    # The same article under two file names is one Article: its facts are added once.
    if article.id in seen:
        return
    seen.add(article.id)
    graph.add_facts(metadata.extract(article))
