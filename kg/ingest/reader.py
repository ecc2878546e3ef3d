"""Read article files (and folders of them) into Article records, one bad file at a time."""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

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

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".yaml", ".yml", ".html", ".htm", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Files that sit beside articles in a corpus folder but are not articles.
NOT_ARTICLES = frozenset({"license", "licence", "copying", "readme", "notice", "changelog", "files"})
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_RELATED = 200
TITLE_CHARS = 300


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The article files under `paths` (files as given; folders searched recursively), sorted.

    In folders, hidden files, non-text suffixes and licence/readme files are passed over.
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
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.lower().split(".")[0] not in NOT_ARTICLES


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Each file under `paths` as an Article, or as the InputError that says why it was skipped."""
    for path in discover(paths):
        try:
            yield read_article(path)
        except InputError as error:
            yield error


def read_article(path: str | Path) -> Article:
    """Read one file: YAML front matter (if any) and body, into an Article with its related items."""
    return parse_article(read_source(path))


@dataclass(frozen=True)
class SourceFile:
    """An article file's bytes, read but not parsed yet: what a build hashes, looks up in its cache
    and sends to the process (or cluster node) that parses and extracts it."""

    source_path: str
    raw: bytes
    content_hash: str
    """A digest of the bytes: the same file, byte for byte, has the same extraction."""


def read_source(path: str | Path) -> SourceFile:
    """The bytes of one article file (a regular file of at most MAX_FILE_BYTES), not parsed yet."""
    raw = _read_bytes(Path(path))
    return SourceFile(str(path), raw, hashlib.sha256(raw).hexdigest()[:32])


def parse_article(source: SourceFile) -> Article:
    """Decode and parse a file read by `read_source` into an Article with its related items."""
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


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is an InputError."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InputError(path, "is a folder, not a file")
        # A FIFO or a device (/dev/zero) would block or never end.
        if not stat.S_ISREG(status.st_mode):
            raise InputError(path, "not a regular file")
        if status.st_size > MAX_FILE_BYTES:
            raise InputError(path, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as stream:
            # Bounded by the size seen (a file that grows meanwhile is cut there); read(n) allocates n.
            raw = stream.read(status.st_size)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    return raw


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
