"""JSON and JSON Lines article tables: records of fields, one article per record.

A `.json` file holds one record (news-please writes one per article), an array of records, or an
object with its array under a key such as `articles` (`ontology/ingest.yaml` `record_lists`); it is
parsed whole, so it is bounded like any article file (50 MB). A `.jsonl`/`.ndjson` file holds one
record per line and is streamed, so it may be of any size. Array records are numbered from 1
(`data.json:record 3`); JSON Lines records by their line (`data.jsonl:line 12`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.decode import decode_bytes
from kg.ingest.fields import field, with_known_names
from kg.ingest.reader import MAX_FILE_BYTES, SourceFile, open_stream, read_bytes
from kg.ingest.readers import Reader
from kg.ingest.readers.record import has_article_fields, record_unit
from kg.resources import load_yaml


@functools.cache
def _list_keys() -> tuple[str, ...]:
    return tuple(load_yaml("ingest.yaml")["record_lists"])


def split_json(path: Path) -> Iterator[SourceFile | InputError]:
    """The records of a `.json` file: itself when it is one record, else each record of its array."""
    try:
        value = json.loads(decode_bytes(read_bytes(path), str(path)))
    except InputError as error:
        yield error
        return
    except (ValueError, RecursionError) as error:
        yield InputError(path, f"not valid JSON ({_why(error)})")
        return
    records = _records_of(value)
    if records is None:
        if isinstance(value, dict):
            yield record_unit(str(path), value)
        else:
            yield InputError(path, f"a JSON {_kind(value)}, not a record or an array of records")
        return
    if not records:
        yield InputError(path, "an empty array: no records")
    elif not any(isinstance(record, dict) and has_article_fields(record) for record in records):
        yield InputError(path, f"no record with a title or text field, so no articles ({len(records)} records)")
        return
    for number, record in enumerate(records, start=1):
        name = f"{path}:record {number}"
        yield record_unit(name, record) if isinstance(record, dict) else InputError(name, _not_a_record(record))


def _records_of(value: object) -> list[Any] | None:
    """The list of records in a JSON value: the value itself, or the list under a known key."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and field(with_known_names(value), "title") is None:
        for key in _list_keys():
            if isinstance(value.get(key), list):
                return list(value[key])
    return None


def split_json_lines(path: Path) -> Iterator[SourceFile | InputError]:
    """Each line of a JSON Lines file as a record unit (`data.jsonl:line 12`); blank lines are passed over."""
    try:
        stream = open_stream(path)
    except InputError as error:
        yield error
        return
    found = False
    with stream:
        for number, line in enumerate(_lines(stream), start=1):
            if not line.strip():
                continue
            found = True
            name = f"{path}:line {number}"
            if line is _TOO_LONG:
                yield InputError(name, f"a line longer than {MAX_FILE_BYTES // (1024 * 1024)} MB")
                continue
            try:
                record = json.loads(line.decode("utf-8-sig", errors="replace"))
            except (ValueError, RecursionError) as error:
                yield InputError(name, f"not valid JSON ({_why(error)})")
                continue
            yield record_unit(name, record) if isinstance(record, dict) else InputError(name, _not_a_record(record))
    if not found:
        yield InputError(path, "empty file")


_TOO_LONG = b"\x00too long\x00"


def _lines(stream: Any) -> Iterator[bytes]:
    """The file's lines, each read with a bounded buffer; a line over the limit is passed over whole."""
    while True:
        line = stream.readline(MAX_FILE_BYTES)
        if not line:
            return
        if len(line) >= MAX_FILE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(MAX_FILE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield _TOO_LONG
            continue
        yield line


def _why(error: ValueError | RecursionError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg}, line {error.lineno}, column {error.colno}"
    return str(error)


def _kind(value: object) -> str:
    names: Mapping[type, str] = {str: "string", int: "number", float: "number", bool: "boolean", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _not_a_record(value: object) -> str:
    return f"a JSON {_kind(value)}, not a record of fields"


JSON = Reader(suffixes=(".json",), split=split_json, container=True)
JSON_LINES = Reader(suffixes=(".jsonl", ".ndjson", ".jsonlines"), split=split_json_lines, container=True)
