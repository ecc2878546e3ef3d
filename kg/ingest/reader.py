"""Read article files (and folders of them) into Article records, one bad file at a time."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputError
from kg.ingest.article import Article, Publisher, article_id
from kg.ingest.cleanup import read_page, repair_text, strip_dateline, strip_markdown
from kg.ingest.decode import decode_bytes
from kg.ingest.fields import (
    field,
    published_of,
    publisher_of,
    text_of,
    texts_of,
    url_of,
)
from kg.ingest.frontmatter import split_front_matter

# Files that sit beside articles in a corpus folder but are not articles.
NOT_ARTICLES = frozenset({"license", "licence", "copying", "readme", "notice", "changelog", "files"})
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_RELATED = 200


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
    """Decode and parse a front-matter or plain-text file read by `read_source` into an Article."""
    text = repair_text(decode_bytes(source.raw, source.source_path))
    meta, body = split_front_matter(text, source.source_path)
    return article_from(meta or {}, body, source.source_path, content_hash=source.content_hash)


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
    """Build an Article from a front-matter mapping and a body, both already decoded."""
    title = text_of(field(meta, "title"))
    page = read_page(strip_markdown(body), has_title=title is not None)
    title = title or page.title
    url = url_of(meta)
    published = published_of(meta) or page.published
    publisher = publisher_of(meta, url) or (Publisher(page.publisher) if page.publisher else None)
    excerpt = _excerpt(field(meta, "excerpt"))
    if not (title or excerpt or page.body.strip() or url):
        raise InputError(source_path, "no article in it: no title, excerpt, URL or text")
    authors = texts_of(field(meta, "authors")) or page.authors
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
        related=_related(field(meta, "related"), source_path),
        content_hash=content_hash,
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
                authors=texts_of(field(entry, "authors")),
                source_path=source_path,
            )
        )
    return tuple(items)


def _excerpt(value: object) -> str | None:
    text = text_of(value)
    return strip_dateline(text) if text else None
