"""The record reader: one article from one row or record of an article table (CSV, TSV, JSON, JSON Lines).

A record's columns are read with the front-matter field table (`ontology/ingest.yaml` `fields`,
matched case-insensitively): `title`, `url`, `date`, `authors`, ... and the body from a `text`
column (`text`, `body`, `content`, news-please's `maintext`, ...). Tables split their records off
as units holding the record as JSON, so every table format is parsed by this one reader.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from kg.errors import InputError
from kg.ingest.article import Article
from kg.ingest.cleanup import repair_text
from kg.ingest.fields import field, with_known_names
from kg.ingest.reader import SourceFile, article_from, source_unit
from kg.ingest.readers import Reader

NAME = "record"


def has_article_fields(names: Iterable[str]) -> bool:
    """Whether some of these column names or keys is a title or a text field (else the table holds no articles)."""
    known = with_known_names(dict.fromkeys(names, "x"))
    return field(known, "title") is not None or field(known, "text") is not None


def record_unit(source_path: str, record: Mapping[str, Any]) -> SourceFile | InputError:
    """A table record as a unit for this reader, or the InputError of a record with no title and no text."""
    known = with_known_names(record)
    if field(known, "title") is None and not _has_text(field(known, "text")):
        return InputError(source_path, "no title and no text")
    raw = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return source_unit(source_path, raw, NAME)


def parse_record(unit: SourceFile) -> Article:
    """The Article of one record unit: its fields through the field table, its `text` as the body."""
    try:
        record = json.loads(unit.raw)
    except ValueError:
        raise InputError(unit.source_path, "not a JSON record") from None
    if not isinstance(record, dict):
        raise InputError(unit.source_path, f"a JSON {type(record).__name__}, not a record of fields")
    return article_from_record(record, unit.source_path, content_hash=unit.content_hash)


def article_from_record(record: Mapping[str, Any], source_path: str, *, content_hash: str = "") -> Article:
    """The Article of one record of fields (the columns of a table row, the keys of a JSON object)."""
    meta = with_known_names(record)
    body = _body(field(meta, "text"))
    if field(meta, "title") is None and not body:
        raise InputError(source_path, "no title and no text")
    return article_from(meta, body, source_path, content_hash=content_hash)


def _has_text(value: object) -> bool:
    # Checked in the build process for every row: no text repair here, only "is there any".
    items = value if isinstance(value, list) else [value]
    return any(isinstance(item, str) and item.strip() for item in items)


def _body(value: object) -> str:
    """The body text of a `text` field: a string, or a list of paragraph strings."""
    if isinstance(value, list):
        value = "\n\n".join(item for item in value if isinstance(item, str))
    if not isinstance(value, str) or not value.strip():
        return ""
    return repair_text(value)


READER = Reader(suffixes=(), split=lambda path: iter(()), parse=parse_record)
