"""Metadata extractor: article, publisher, author, topic and related-article facts from the record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

from kg import vocab
from kg.facts import EdgeFact, Fact, NodeFact, Provenance
from kg.ids import slug
from kg.ingest.article import Article, Publisher

EXTRACTOR = "metadata"


def extract(article: Article) -> Iterator[Fact]:
    """Facts the article's own metadata states: who published it, who wrote it, what it is about.

    The related items an aggregator lists become Articles of their own, joined by `related-to`.
    """
    yield from _article_facts(article)
    for item in article.related:
        yield from _article_facts(item)
        yield EdgeFact(article.id, vocab.RELATED_TO, item.id, Provenance(article.id, EXTRACTOR))


def _article_facts(article: Article) -> Iterator[Fact]:
    source = Provenance(article.id, EXTRACTOR)
    yield NodeFact(
        article.id,
        vocab.ARTICLE,
        article.label,
        attrs=(
            ("title", article.title),
            ("url", article.url),
            ("published", iso_date(article.published)),
            ("excerpt", article.excerpt),
            ("source_path", article.source_path or None),
        ),
    )
    if article.publisher is not None:
        publisher = publisher_node(article.publisher)
        yield publisher
        yield EdgeFact(article.id, vocab.REPORTED_BY, publisher.id, source)
    if article.found_at is not None:
        site = publisher_node(article.found_at)
        yield site
        yield EdgeFact(article.id, vocab.FOUND_AT, site.id, source)
    for author in article.authors:
        person = "person:" + slug(author)
        yield NodeFact(person, vocab.PERSON, author)
        yield EdgeFact(article.id, vocab.AUTHORED_BY, person, source)
    for topic in article.topics:
        topic_id = "topic:" + slug(topic)
        yield NodeFact(topic_id, vocab.TOPIC, topic)
        yield EdgeFact(article.id, vocab.ABOUT, topic_id, source)


def publisher_node(publisher: Publisher) -> NodeFact:
    """Publishers are identified by web domain when known, else by name."""
    label = publisher.name or publisher.domain or "unknown publisher"
    node_id = "publisher:" + (publisher.domain or slug(label))
    aliases = tuple(name for name in (publisher.name, publisher.domain) if name and name != label)
    return NodeFact(node_id, vocab.PUBLISHER, label, aliases, (("domain", publisher.domain),))


def iso_date(value: datetime | date | None) -> str | None:
    """ISO 8601 text of a date or an aware datetime (normalised to UTC), or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return value.isoformat()
