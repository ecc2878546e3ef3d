"""RSS and Atom feeds saved to a file (`.rss`, `.atom`, or `.xml` that is a feed), read with feedparser.

Each entry is an article: one with content (`content:encoded`, Atom `content`) is read through the
HTML reader, with the entry's title, link, date and authors winning over what the HTML says; one
with only a summary is an article whose excerpt is that summary (its HTML reduced to text).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.article import Article
from kg.ingest.reader import SourceFile, article_from, read_bytes, source_unit
from kg.ingest.readers import Reader

ENTRY_READER = "feed-entry"


def split_feed(path: Path) -> Iterator[SourceFile | InputError]:
    """Each entry of a saved feed as a unit (`news.rss:entry 3`); a file with none is one InputError."""
    import feedparser  # only feeds pay for it

    try:
        raw = read_bytes(path)
    except InputError as error:
        yield error
        return
    if not raw.strip():
        yield InputError(path, "empty file")
        return
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = " ".join(str(parsed.get("bozo_exception", "")).split())[:200]
        yield InputError(path, "not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
        return
    if not parsed.entries:
        yield InputError(path, "a feed with no entries")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        fields = _entry_fields(entry)
        raw_entry = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield source_unit(f"{path}:entry {number}", raw_entry, ENTRY_READER)


def _entry_fields(entry: Mapping[str, Any]) -> dict[str, Any]:
    """What kg keeps of a feedparser entry: plain JSON values only (the unit's bytes)."""
    contents = [item.get("value", "") for item in entry.get("content") or () if "html" in item.get("type", "html")]
    plain = [item.get("value", "") for item in entry.get("content") or () if "html" not in item.get("type", "html")]
    authors = [author.get("name") for author in entry.get("authors") or () if author.get("name")]
    return {
        "title": entry.get("title"),
        "url": entry.get("link"),
        # An entry's last update stands in for its date only when it has no publication date.
        "published": entry.get("published") or entry.get("updated") or _iso(entry.get("updated_parsed")),
        "authors": authors,
        "tags": [tag.get("term") for tag in entry.get("tags") or () if tag.get("term")],
        "summary": entry.get("summary"),
        "content": "\n".join(contents),
        "text": "\n\n".join(plain),
    }


def _iso(value: time.struct_time | None) -> str | None:
    # feedparser gives parsed dates in UTC.
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", value) if value else None


def parse_entry(unit: SourceFile) -> Article:
    """The Article of one feed entry: its content through the HTML reader, else its summary as an excerpt."""
    entry = json.loads(unit.raw)
    summary = html_text(entry.get("summary") or "")
    meta = {
        "title": html_text(entry.get("title") or "") or None,
        "url": entry.get("url"),
        "published": entry.get("published"),
        "authors": entry.get("authors"),
        "tags": entry.get("tags"),
    }
    content = entry.get("content") or ""
    text = entry.get("text") or ""
    if content.strip():
        from kg.ingest.html import article_from_html

        text = html_text(content)
        if summary[:100] in text[:200]:
            summary = ""
        meta["excerpt"] = summary or None
        try:
            article = article_from_html(content, unit.source_path, meta=meta, url=entry.get("url"))
        except InputError:
            article = None
        if article is not None and article.body.strip():
            return replace(article, content_hash=unit.content_hash)
        # Too short for the page extractor to call it a main text: the entry's content is the
        # article's text all the same (a feed carries no navigation or boilerplate).
    meta["excerpt"] = summary or None
    if not (meta["title"] or summary or text.strip()):
        raise InputError(unit.source_path, "a feed entry with no title, summary or content")
    return article_from(meta, text, unit.source_path, content_hash=unit.content_hash)


def html_text(fragment: str) -> str:
    """The text of a short HTML fragment (a feed title or summary): tags gone, entities decoded, one line.

    >>> html_text("AT&amp;T <b>wins</b> &#039;big&#039;")
    "AT&T wins 'big'"
    """
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    import lxml.html

    try:
        text = lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()
    except (ValueError, lxml.etree.ParserError):
        return ""
    return " ".join(text.split())


READER = Reader(suffixes=(".rss", ".atom", ".xml"), split=split_feed, container=True)
ENTRY = Reader(suffixes=(), split=lambda path: iter(()), parse=parse_entry)
