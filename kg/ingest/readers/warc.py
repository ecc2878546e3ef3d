"""WARC web archives (`.warc`, `.warc.gz`; the Common Crawl news archive's format), read with warcio.

The archive is streamed record by record, never held whole. Each `response` record of an HTML page
with status 200 becomes a unit for the HTML reader, with the record's target URI as the page's URL.
The record's WARC-Date is when the page was crawled, not when it was published, so it is never
taken as the article's date. Other records (requests, metadata, images, redirects) are passed over.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.reader import MAX_FILE_BYTES, SourceFile, open_stream, source_unit
from kg.ingest.readers import Reader

HTML_TYPES = ("text/html", "application/xhtml+xml")


def split_warc(path: Path) -> Iterator[SourceFile | InputError]:
    """Each HTML response of an archive as an `html` unit (`crawl.warc.gz:record 3`), in archive order."""
    from warcio.archiveiterator import ArchiveIterator  # only archives pay for it
    from warcio.exceptions import ArchiveLoadFailed

    try:
        stream = open_stream(path)
    except InputError as error:
        yield error
        return
    number = pages = 0
    with stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if not _is_html_page(record):
                    continue
                pages += 1
                name = f"{path}:record {number}"
                payload = record.content_stream().read(MAX_FILE_BYTES + 1)
                if len(payload) > MAX_FILE_BYTES:
                    yield InputError(name, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield source_unit(name, payload, "html", url=url)
        # warcio meets a damaged or cut record with ArchiveLoadFailed, zlib and EOF errors, and with
        # AttributeError or ValueError from inside its header parser: every one means the same here.
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, zlib.error) as error:
            where = f"after record {number}" if number else "at its start"
            reason = " ".join(str(error).split()) or type(error).__name__
            yield InputError(path, f"not a readable WARC archive {where} ({reason[:200]})")
            return
    if not pages:
        yield InputError(path, f"no HTML page in it ({number} records, none an HTML response with status 200)")


def _is_html_page(record: Any) -> bool:
    """Whether a warcio record is the response of an HTML page with status 200."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return headers.get_statuscode() == "200" and content_type in HTML_TYPES


READER = Reader(suffixes=(".warc", ".warc.gz"), split=split_warc, container=True)
