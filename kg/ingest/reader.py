"""Read article files (and folders of them) into Article records, one bad file at a time."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputError
from kg.ingest.article import Article, Publisher, article_id
from kg.ingest.cleanup import (
    looks_like_html,
    normalize_text,
    read_page,
    repair_text,
    strip_dateline,
    strip_markdown,
    strip_tags,
    unescape_entities,
)
from kg.ingest.decode import decode_bytes
from kg.ingest.fields import (
    field,
    published_of,
    publisher_of,
    story_publishers,
    text_of,
    texts_of,
    title_of,
    url_of,
)
from kg.ingest.frontmatter import split_front_matter
from kg.ingest.furniture import person_bylines
from kg.ingest.urls import domain_of

HTML_SUFFIXES = frozenset({".html", ".htm"})
# Files that sit beside articles in a corpus folder but are not articles.
NOT_ARTICLES = frozenset({"license", "licence", "copying", "readme", "notice", "changelog", "files"})
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_RELATED = 200
TITLE_CHARS = 300


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The article files under `paths` (files as given; folders searched recursively), sorted.

    In folders, hidden files, suffixes no reader knows (`kg.ingest.readers`) and licence/readme
    files are passed over.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in path.rglob("*"):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in relative) and _looks_like_article(child):
                    found.add(child)
        else:
            found.add(path)
    return sorted(found)


def _looks_like_article(path: Path) -> bool:
    from kg.ingest.readers import known_suffix  # the registry reads this module's records

    return known_suffix(path) and path.name.lower().split(".")[0] not in NOT_ARTICLES


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Each article under `paths` (every row, record or entry of a table, feed or archive) as an
    Article, or as the InputError that says why a file or one of its records was skipped."""
    from kg.ingest.readers import parse_unit, units_of

    for path in discover(paths):
        for unit in units_of(path):
            if isinstance(unit, InputError):
                yield unit
                continue
            try:
                yield parse_unit(unit)
            except InputError as error:
                yield error


def read_article(path: str | Path) -> Article:
    """Read one file's article (the first of a container), with its related items.

    Raises the InputError of the file, or of its first unit when that is no article.
    """
    from kg.ingest.readers import parse_unit, units_of

    for unit in units_of(Path(path)):
        if isinstance(unit, InputError):
            raise unit
        return parse_unit(unit)
    raise InputError(path, "no article in it")


@dataclass(frozen=True)
class SourceFile:
    """An article's bytes, read but not parsed yet: what a build hashes, looks up in its cache and
    sends to the process (or cluster node) that parses and extracts it. A file of one article, or
    one row, record or entry of a container (a CSV, a feed, a WARC archive), split off by its reader.
    """

    source_path: str
    """The file, or the file and the unit in it (`data.csv:row 12`): named in skip messages and provenance."""
    raw: bytes
    content_hash: str
    """A digest of the bytes, the reader and the URL: the same unit, byte for byte, has the same extraction."""
    reader: str = "document"
    """The name of the reader (`kg.ingest.readers`) that parses `raw` into an Article."""
    url: str | None = None
    """Where the unit was found (a WARC record's target URI), when its bytes do not say."""


def source_unit(source_path: str, raw: bytes, reader: str = "document", url: str | None = None) -> SourceFile:
    """A SourceFile whose content hash covers its bytes, its reader and its URL."""
    digest = hashlib.sha256(f"{reader}\x00{url or ''}\x00".encode())
    digest.update(raw)
    return SourceFile(source_path, raw, digest.hexdigest()[:32], reader, url)


def read_source(path: str | Path, reader: str = "document") -> SourceFile:
    """The bytes of one article file (a regular file of at most MAX_FILE_BYTES), not parsed yet."""
    return source_unit(str(path), read_bytes(Path(path)), reader)


def parse_article(source: SourceFile) -> Article:
    """Decode and parse a front-matter, plain-text or HTML file read by `read_source` into an Article."""
    # The front matter is parsed before the text is repaired: the repair decodes HTML entities,
    # and `&#039;` turned into a quote would end a single-quoted YAML string. Values are repaired
    # as they are read (kg.ingest.fields.text_of), the body below.
    text = normalize_text(decode_bytes(source.raw, source.source_path))
    # An .html file may have front matter too (a Jekyll or Hugo page).
    meta, body = split_front_matter(text, source.source_path)
    if Path(source.source_path).suffix.lower() in HTML_SUFFIXES or looks_like_html(body):
        from kg.ingest.html import article_from_html  # imported here: it imports trafilatura, slow to import

        article = article_from_html(repair_text(body), source.source_path, meta=meta)
        return replace(article, content_hash=source.content_hash)
    return article_from(meta or {}, repair_text(body), source.source_path, content_hash=source.content_hash)


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is an InputError."""
    with open_stream(path, max_bytes=MAX_FILE_BYTES) as stream:
        try:
            # Bounded by the size seen (a file that grows meanwhile is cut there); read(n) allocates n.
            return stream.read(os.fstat(stream.fileno()).st_size)
        except OSError as exc:
            raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def open_stream(path: Path, *, max_bytes: int | None = None) -> BinaryIO:
    """A regular file opened for reading (readers that stream a file read it from this), or an InputError
    saying why not: missing, a folder, a FIFO or device (which would block), over `max_bytes`."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InputError(path, "is a folder, not a file")
        # A FIFO or a device (/dev/zero) would block or never end.
        if not stat.S_ISREG(status.st_mode):
            raise InputError(path, "not a regular file")
        if max_bytes is not None and status.st_size > max_bytes:
            raise InputError(path, f"larger than {max_bytes // (1024 * 1024)} MB")
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def article_from(meta: Mapping[str, Any], body: str, source_path: str, *, content_hash: str = "") -> Article:
    """Build an Article from a front-matter mapping and a body, both already decoded.

    A title that is page furniture ("[ad_1]", "1. BBC") gives way to the page's first line; bylines
    that name a role or the publisher are dropped; a `source_url` makes that URL the story's and its
    domain the publisher, the page's own URL and site being where the story was found.
    """
    title = title_of(meta)
    page = read_page(strip_markdown(strip_tags(unescape_entities(body))), has_title=title is not None)
    # A title field holding only furniture still says the file has a title: the text's first line.
    title = title or page.title or (_first_line(page.body) if text_of(field(meta, "title")) else None)
    page_url = url_of(meta)
    story_url = url_of(meta, "story_url")
    url = story_url or page_url
    published = published_of(meta) or page.published
    publisher = publisher_of(meta, url) or (Publisher(page.publisher) if page.publisher else None)
    found_at = None
    if story_url and page_url and domain_of(story_url) != domain_of(page_url):
        publisher, found_at = story_publishers(meta, story_url, page_url)
    excerpt = _excerpt(field(meta, "excerpt"))
    if not (title or excerpt or page.body.strip() or url):
        raise InputError(source_path, "no article in it: no title, excerpt, URL or text")
    authors = person_bylines(texts_of(field(meta, "authors")) or page.authors, publisher)
    stories = tuple(
        Article(
            id=article_id(None, story.title, story.body),
            title=story.title,
            excerpt=None,
            body=story.body,
            url=None,
            published=story.published,
            publisher=publisher,
            authors=person_bylines(story.authors, publisher),
            source_path=source_path,
            found_at=found_at,
        )
        for story in page.stories[:MAX_RELATED]
    )
    return Article(
        id=article_id(url, title, page.body),
        title=title,
        excerpt=excerpt,
        body=page.body,
        url=url,
        published=published,
        publisher=publisher,
        topics=texts_of(field(meta, "topics")),
        authors=authors,
        source_path=source_path,
        related=_related(field(meta, "related"), source_path) + stories,
        content_hash=content_hash,
        found_at=found_at,
    )


def _related(value: object, source_path: str) -> tuple[Article, ...]:
    """The `related` items: Articles of their own, with metadata but no body."""
    if not isinstance(value, list):
        return ()
    items = []
    for entry in value[:MAX_RELATED]:
        if not isinstance(entry, dict):
            continue
        url = url_of(entry)
        title = text_of(field(entry, "title"))
        excerpt = _excerpt(field(entry, "excerpt"))
        if not (url or title):
            continue
        items.append(
            Article(
                id=article_id(url, title, excerpt or ""),
                title=title,
                excerpt=excerpt,
                body="",
                url=url,
                published=published_of(entry),
                publisher=publisher_of(entry, url),
                topics=texts_of(field(entry, "topics")),
                authors=person_bylines(texts_of(field(entry, "authors")), publisher_of(entry, url)),
                source_path=source_path,
            )
        )
    return tuple(items)


def _first_line(body: str) -> str | None:
    """The first paragraph of a text, cut at a word before TITLE_CHARS characters."""
    first = body.strip().split("\n", 1)[0].strip()
    if len(first) <= TITLE_CHARS:
        return first or None
    return first[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def _excerpt(value: object) -> str | None:
    text = text_of(value)
    return strip_dateline(text) if text else None
