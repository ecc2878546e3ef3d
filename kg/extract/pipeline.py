"""Per-article extraction: Article (+ its spaCy docs) -> ArticleFacts, the unit that is cached and parallelised.

Everything here depends on one article only, so articles can be extracted in any process, in
any order, and their results cached by content hash; what needs several articles at once (merging
mentions of the same agreement) happens afterwards, in `kg.resolve`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from kg.extract import metadata, stories
from kg.extract.facts import Fact, NodeFact, Provenance
from kg.extract.text import ParsedText, text_facts
from kg.ingest.article import Article


def _code_fingerprint() -> str:
    """A digest of the code and data that shape an extraction (ingest and its readers, extractors, ontology/*.yaml),
    so that a cached extraction is never reused after any of them changed."""
    from pathlib import Path

    from kg.ingest.article import digest
    from kg.resources import ontology_dir

    package = Path(__file__).resolve().parent.parent
    files = sorted([*package.glob("ingest/**/*.py"), *package.glob("extract/*.py"), *ontology_dir().glob("*.yaml")])
    return digest(*(f.name + f.read_text(encoding="utf-8") for f in files), length=12)


# Cached extractions made by another version of the extraction are ignored.
EXTRACTOR_VERSION = "2+" + _code_fingerprint()
BATCH_ARTICLES = 32


@dataclass(frozen=True)
class ArticleFacts:
    """All facts extracted from one article file (including its related items)."""

    article_id: str
    content_hash: str
    facts: tuple[Fact, ...]


def extract_articles(articles: Iterable[Article], *, model: str | None = None) -> Iterator[ArticleFacts]:
    """Extract the facts of each article, in order, parsing one batch of articles at a time
    (so no more than a batch of spaCy Docs is ever held)."""
    from kg.extract.nlp import chunk_text, load_model

    nlp = load_model(model)
    iterator = iter(articles)
    while batch := list(islice(iterator, BATCH_ARTICLES)):
        pieces = [
            (index, item, part, offset, chunk)
            for index, article in enumerate(batch)
            for item in (article, *article.related)
            for part, text in item.texts
            for offset, chunk in chunk_text(text)
        ]
        parsed: list[list[ParsedText]] = [[] for _ in batch]
        docs = nlp.pipe((chunk for *_, chunk in pieces), batch_size=64)
        for (index, item, part, offset, _), doc in zip(pieces, docs, strict=True):
            parsed[index].append(ParsedText(item, part, offset, doc))
        for article, article_parsed in zip(batch, parsed, strict=True):
            facts = (
                *sharing_evidence((*metadata.extract(article), *text_facts(article, article_parsed))),
                *stories.extract(article),
            )
            yield ArticleFacts(article.id, article.content_hash, facts)


def sharing_evidence(facts: Iterable[Fact]) -> Iterator[Fact]:
    """An article's facts, those with equal evidence made to hold one Provenance object.

    Several facts often rest on one sentence read by one extractor (every actor a sentence names,
    every edge of one relation in it); the graph keeps each piece of evidence for as long as it
    lives (and the cache and the workers' results pickle it), so sharing equal ones roughly halves
    what the evidence costs.
    """
    first: dict[Provenance, Provenance] = {}
    for fact in facts:
        if isinstance(fact, NodeFact):
            yield fact
            continue
        evidence = first.setdefault(fact.provenance, fact.provenance)
        yield fact if evidence is fact.provenance else replace(fact, provenance=evidence)
