"""Per-article extraction: Article (+ its spaCy docs) -> ArticleFacts, the unit that is cached and parallelised.

Everything here depends on one article only, so articles can be extracted in any process, in
any order, and their results cached by content hash; what needs several articles at once (merging
mentions of the same agreement) happens afterwards, in `kg.resolve`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.extract import metadata
from kg.extract.facts import Fact
from kg.ingest.article import Article

# Bump when any extractor's output changes: cached extractions of an older version are ignored.
EXTRACTOR_VERSION = "1"


@dataclass(frozen=True)
class ArticleFacts:
    """All facts extracted from one article file (including its related items)."""

    article_id: str
    content_hash: str
    facts: tuple[Fact, ...]


def extract_articles(articles: Iterable[Article], *, model: str | None = None) -> Iterator[ArticleFacts]:
    """Extract the facts of each article, in order (streaming: one batch of docs at a time)."""
    for article in articles:
        yield ArticleFacts(article.id, article.content_hash, tuple(metadata.extract(article)))
