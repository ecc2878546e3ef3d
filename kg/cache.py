"""The extraction cache: each article's ArticleFacts in SQLite, so a rebuild extracts only what changed.

An entry is keyed by everything an extraction depends on: the hash of the file's bytes (related
items share their file's entry), the file's path (the facts record it), the extraction version
(the stages that ran and the code and data they read: `kg.extract.stages.extraction_version`), the
model name and the shape of the fact records. Change any of them and the entry is simply not found,
so a new extractor version or another model never reads stale facts.

Writes happen in transactions (one per batch of articles) on a WAL-journalled database: a build
killed at any moment leaves every committed entry whole and no partial one, and the next build
picks up from there.
"""

from __future__ import annotations

import dataclasses
import io
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Protocol

from kg import facts as facts_module
from kg.extract.pipeline import ArticleFacts
from kg.extract.stages import extraction_version
from kg.ids import digest

CACHE_FILE = ".kg-cache.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS extraction (
    content_hash TEXT NOT NULL,
    source_path TEXT NOT NULL,
    version TEXT NOT NULL,
    article_id TEXT NOT NULL,
    facts BLOB NOT NULL,
    PRIMARY KEY (content_hash, source_path, version)
) WITHOUT ROWID
"""


def _records_shape() -> str:
    """The fields of the fact records: a cache written for other fields is not read back."""
    records = [
        ArticleFacts,
        *(getattr(facts_module, name) for name in ("NodeFact", "EdgeFact", "Provenance", "BodySignature")),
    ]
    return digest(*(f"{r.__name__}:{','.join(f.name for f in dataclasses.fields(r))}" for r in records), length=12)


def cache_version(model: str | None) -> str:
    """The version an entry is stored under: extraction version (`kg.extract.stages`), model name and record shape.

    >>> cache_version("en_core_web_sm") == cache_version("en_core_web_sm"), cache_version("a") == cache_version("b")
    (True, False)
    """
    return f"{extraction_version()}|{model or ''}|{_records_shape()}"


class CacheKey(Protocol):
    """What an entry is found by: an article file's path and content hash (an Article or a SourceFile)."""

    @property
    def source_path(self) -> str: ...

    @property
    def content_hash(self) -> str: ...


class _FactsUnpickler(pickle.Unpickler):
    """Reads back only kg's own fact records and plain values: a cache file cannot run code."""

    _ALLOWED_MODULES = frozenset({"kg.facts", "kg.extract.pipeline", "datetime"})

    def find_class(self, module: str, name: str) -> type:
        if module in self._ALLOWED_MODULES:
            found = getattr(__import__(module, fromlist=[name]), name, None)
            if isinstance(found, type) and (dataclasses.is_dataclass(found) or module == "datetime"):
                return found
        raise pickle.UnpicklingError(f"not a kg fact record: {module}.{name}")


def _dumps(item: ArticleFacts) -> bytes:
    return pickle.dumps(item.facts, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(article_id: str, content_hash: str, blob: bytes) -> ArticleFacts | None:
    try:
        facts = _FactsUnpickler(io.BytesIO(blob)).load()
    except Exception:  # an unreadable entry is a miss: the article is extracted again
        return None
    return ArticleFacts(article_id, content_hash, tuple(facts))


class ExtractionCache:
    """ArticleFacts by (content hash, path, version), in one SQLite file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.ingest import read_article
    >>> from kg.extract.pipeline import extract_articles
    >>> article = read_article("seeds/000_3226e1c643d225e2.txt")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "cache.sqlite"
    >>> with ExtractionCache(path, model=None) as cache:
    ...     cache.get_many([article])
    ...     cache.put_many([(article, item) for item in extract_articles([article])])
    ...     cache.get_many([article])[0].article_id == article.id
    [None]
    True
    """

    def __init__(self, path: str | Path, *, model: str | None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.version = cache_version(model)
        self._used: set[tuple[str, str]] = set()
        # isolation_level=None: transactions are begun and committed explicitly, one per batch.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (committed entries are on disk already)."""
        self._db.close()

    def get_many(self, files: Sequence[CacheKey]) -> list[ArticleFacts | None]:
        """The cached extraction of each file, or None where there is none (a miss)."""
        found: list[ArticleFacts | None] = []
        for key in files:
            row = self._db.execute(
                "SELECT article_id, facts FROM extraction WHERE content_hash = ? AND source_path = ? AND version = ?",
                (key.content_hash, key.source_path, self.version),
            ).fetchone()
            item = _loads(row[0], key.content_hash, row[1]) if row else None
            if item is not None:
                self._used.add((key.content_hash, key.source_path))
            found.append(item)
        return found

    def put_many(self, extracted: Iterable[tuple[CacheKey, ArticleFacts]]) -> None:
        """Store extractions, all in one transaction (all of them are stored, or none)."""
        rows = [
            (key.content_hash, key.source_path, self.version, item.article_id, _dumps(item))
            for key, item in extracted
            if key.content_hash
        ]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?, ?, ?)", rows)
        self._used.update((row[0], row[1]) for row in rows)

    def prune(self) -> int:
        """Forget every entry this cache object neither read nor wrote (files gone, changed or other versions).

        Call it after a complete build, so that the cache holds the current corpus only; returns
        how many entries were removed.
        """
        keys = self._db.execute("SELECT content_hash, source_path, version FROM extraction").fetchall()
        stale = [key for key in keys if key[2] != self.version or (key[0], key[1]) not in self._used]
        with self._transaction():
            self._db.executemany(
                "DELETE FROM extraction WHERE content_hash = ? AND source_path = ? AND version = ?", stale
            )
        return len(stale)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM extraction").fetchone()[0])

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error (including KeyboardInterrupt)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._db.execute("ROLLBACK" if kind is not None else "COMMIT")
