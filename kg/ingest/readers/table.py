"""CSV and TSV article tables: a header row of field names, then one article per row, streamed.

Rows are read one at a time from the file (a table may be far larger than memory). A row whose
quoting is broken is reported with its number and the lines after its first line are read again,
so one stray quote costs one row, not the rest of the file. Rows are numbered from 1, the header
not counted, blank lines not counted.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.reader import SourceFile, open_stream
from kg.ingest.readers import Reader
from kg.ingest.readers.record import has_article_fields, record_unit

MAX_FIELD_CHARS = 10_000_000
"""The longest field read (csv's default, 131,072 characters, is shorter than some articles)."""
MAX_BROKEN_ROWS = 1_000
"""After this many broken rows the file is taken to be no table, and the rest of it is not read."""
_HEAD_BYTES = 65_536
_DELIMITERS = ",;\t|"


class _Lines:
    """A file's lines for csv.reader, keeping those taken since the current row began, to read them again."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self._stream = stream
        self.again: deque[str] = deque()
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.again.popleft() if self.again else next(self._stream)
        self.taken.append(line)
        return line


def split_table(path: Path, delimiter: str | None) -> Iterator[SourceFile | InputError]:
    """Each row of a CSV/TSV file as a record unit (`data.csv:row 12`), or the InputError of a bad row.

    `delimiter` None: the header line's most frequent of `,` `;` tab `|`.
    """
    try:
        stream = open_stream(path)
    except InputError as error:
        yield error
        return
    with stream:
        head = stream.read(_HEAD_BYTES)
        if not head.strip():
            yield InputError(path, "empty file")
            return
        stream.seek(0)
        text = io.TextIOWrapper(stream, encoding=_encoding(head), errors="replace", newline="")
        yield from _rows(path, _Lines(text), delimiter)


def _rows(path: Path, lines: _Lines, delimiter: str | None) -> Iterator[SourceFile | InputError]:
    csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        first = next(lines)
    except (StopIteration, UnicodeError):
        yield InputError(path, "empty file")
        return
    delimiter = delimiter or max(_DELIMITERS, key=first.count)
    lines.again.append(first)
    lines.taken = []
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lstrip("\ufeff") for name in next(reader)]
    except csv.Error as error:
        yield InputError(path, f"the header row cannot be read: {error}")
        return
    if not has_article_fields(header):
        shown = ", ".join(name for name in header[:8] if name) + (", ..." if len(header) > 8 else "")
        yield InputError(path, f"no title or text column, so no articles (columns: {shown[:200]})")
        return
    lines.taken = []
    row = broken = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            row += 1
            broken += 1
            yield InputError(f"{path}:row {row}", _problem(error))
            if broken >= MAX_BROKEN_ROWS:
                yield InputError(path, f"{MAX_BROKEN_ROWS} broken rows; the rest of the file is not read")
                return
            # Read again from the line after the broken row's first line: its quote swallowed them.
            lines.again.extendleft(reversed(lines.taken[1:]))
            lines.taken = []
            reader = csv.reader(lines, delimiter=delimiter, strict=True)
            continue
        lines.taken = []
        if not fields or not any(value.strip() for value in fields):
            continue
        row += 1
        name = f"{path}:row {row}"
        if len(fields) > len(header):
            yield InputError(name, f"{len(fields)} fields, the header has {len(header)} (broken quoting?)")
            continue
        yield record_unit(name, {key: value for key, value in zip(header, fields, strict=False) if key})


def _problem(error: csv.Error) -> str:
    """What csv.reader's error says about a row, in plain words."""
    message = str(error)
    if "NUL" in message:
        return "contains a NUL byte (binary data, not text)"
    if "field limit" in message:
        return f"a field longer than {MAX_FIELD_CHARS:,} characters"
    return f"broken quoting ({message})"


def _encoding(head: bytes) -> str:
    """UTF-8 (a BOM dropped) when the file's start reads as UTF-8, else Windows-1252, the usual legacy one."""
    try:
        # A final multi-byte character cut by the sample is not an error.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


CSV = Reader(suffixes=(".csv",), split=lambda path: split_table(path, None), container=True)
TSV = Reader(suffixes=(".tsv", ".tab"), split=lambda path: split_table(path, "\t"), container=True)
