"""The Article record that every later layer reads, and how its stable id is made."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kg.ids import digest


@dataclass(frozen=True)
class Publisher:
    """Who published an article: a display name and/or a web domain (either may be unknown)."""

    name: str | None
    domain: str | None = None


@dataclass(frozen=True)
class Article:
    """One article as read from a file, or one item of another article's `related` list.

    `published` is a timezone-aware datetime when the source gives a time, a `date` when it gives
    only the day, and None when it says nothing: kg never invents a date. `publisher` is the
    story's outlet; `found_at` the site the story was read on when that is another one (an
    aggregator reposting a Reuters story), else None.
    """

    id: str
    title: str | None
    excerpt: str | None
    body: str
    url: str | None
    published: datetime | date | None
    publisher: Publisher | None
    topics: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    source_path: str = ""
    related: tuple[Article, ...] = field(default=())
    content_hash: str = ""
    found_at: Publisher | None = None

    @property
    def label(self) -> str:
        """A display name: the title, else the start of the text, else the id."""
        if self.title:
            return self.title
        text = " ".join((self.excerpt or self.body).split())
        if text:
            words = text.split(" ")
            return " ".join(words[:12]) + (" …" if len(words) > 12 else "")
        return self.id

    @property
    def texts(self) -> tuple[tuple[str, str], ...]:
        """The (part name, text) pairs the extractors read: title, excerpt and body, when present."""
        parts = (("title", self.title), ("excerpt", self.excerpt), ("body", self.body))
        return tuple((name, text) for name, text in parts if text)


def article_id(url: str | None, title: str | None, body: str) -> str:
    """Articles are identified by their canonical URL, else by a hash of their text."""
    if url:
        return "article:" + digest(url)
    return "article:" + digest(title or "", " ".join(body.split()))
