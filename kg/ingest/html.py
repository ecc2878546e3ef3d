"""HTML pages to Articles: main text and metadata with trafilatura, entities decoded, no markup left."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from kg.errors import InputError
from kg.ingest.article import Article
from kg.ingest.reader import article_from

_QUIET = logging.NullHandler()


def article_from_html(
    html: str, source_path: str, *, meta: Mapping[str, Any] | None = None, url: str | None = None
) -> Article:
    """The Article of an HTML page: trafilatura's main text and metadata under `meta`'s fields.

    Fields in `meta` (front matter, a table row, a feed entry) win over what the page says; `url`
    (a WARC record's target, a feed entry's link) is used when neither gives one.
    """
    import trafilatura  # only HTML inputs pay for it

    # trafilatura logs pages it finds no text in; kg reports those itself, on one line. A handler
    # here keeps Python's last-resort handler from printing them, and an application that sets
    # up logging still gets them.
    logging.getLogger("trafilatura").addHandler(_QUIET)

    # No extensive date search: a copyright year in the footer is not the publication date.
    dates = {"extensive_search": False, "original_date": True}
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, date_extraction_params=dates
    )
    page = document.as_dict() if document is not None else {}
    fields: dict[str, Any] = {
        "title": page.get("title"),
        "url": page.get("url"),
        "date": page.get("date"),
        "site_name": page.get("sitename"),
        "author": page.get("author"),
        "description": page.get("description"),
    }
    if url:
        fields["url"] = url
    fields.update({key: value for key, value in (meta or {}).items() if value not in (None, "", [], {})})
    body = page.get("text") or ""
    if not (body.strip() or fields.get("title")):
        raise InputError(source_path, "no article text in the HTML page")
    return article_from(fields, body, source_path)
