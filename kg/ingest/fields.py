"""Front-matter fields to Article parts, whatever the layout calls them and however typed."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from kg.ingest.article import Publisher
from kg.ingest.cleanup import repair_text, strip_tags, unescape_entities
from kg.ingest.dates import parse_date
from kg.ingest.furniture import is_furniture_title, matches_publisher
from kg.ingest.urls import canonical_url, clean_domain, domain_of
from kg.resources import load_yaml

MAX_FIELD_CHARS = 10_000
MAX_LIST_ITEMS = 200


@functools.cache
def _names(part: str) -> tuple[str, ...]:
    return tuple(load_yaml("ingest.yaml")["fields"][part])


def field(meta: Mapping[str, Any], part: str) -> Any:
    """The first present, non-empty value among the field names known for `part`."""
    for name in _names(part):
        value = meta.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def title_of(meta: Mapping[str, Any]) -> str | None:
    """The first title field that holds a headline, passing over page furniture ("[ad_1]", "1. BBC").

    >>> title_of({"title": "[ad_1]", "og_title": "Xi meets Biden"})
    'Xi meets Biden'
    """
    for name in _names("title"):
        title = text_of(meta.get(name))
        if title and not is_furniture_title(title):
            return title
    return None


def text_of(value: object) -> str | None:
    """A one-line string from a scalar field; lists, mappings, booleans and binary data are not text.

    >>> text_of(["a", "list"]) is None, text_of(2024), text_of("  two\\n lines "), text_of("<b>Q&amp;A</b>")
    (True, '2024', 'two lines', 'Q&A')
    """
    if value is None or isinstance(value, (bool, bytes, bytearray, list, dict, set, tuple, float)):
        return None
    # Markup and entities a CMS left in a field ("<b>Xi</b> visits", "Q&amp;A") are not text.
    text = " ".join(strip_tags(unescape_entities(repair_text(str(value)[:MAX_FIELD_CHARS]))).split())
    return text or None


def texts_of(value: object) -> tuple[str, ...]:
    """Strings from a list field, a comma-separated string, or a list of {name: ...} mappings."""
    if isinstance(value, str):
        items: list[object] = [part for part in value.split(",")]
    elif isinstance(value, list):
        items = list(value[:MAX_LIST_ITEMS])
    elif isinstance(value, dict):
        items = [value]
    else:
        return ()
    found: list[str] = []
    for item in items:
        text = text_of(item.get("name")) if isinstance(item, dict) else text_of(item)
        if text and text not in found:
            found.append(text)
    return tuple(found)


def url_of(meta: Mapping[str, Any], part: str = "url") -> str | None:
    """The canonical URL of the first URL field (of `part`: url, story_url) that holds a usable http(s) URL."""
    for name in _names(part):
        url = canonical_url(meta.get(name))
        if url:
            return url
    return None


def published_of(meta: Mapping[str, Any]) -> datetime | date | None:
    """The first publication-date field that really holds a date (`published: false` does not)."""
    for name in _names("published"):
        parsed = parse_date(meta.get(name))
        if parsed is not None:
            return parsed
    return None


def publisher_of(meta: Mapping[str, Any], url: str | None) -> Publisher | None:
    """Publisher from a provider/publisher field ({name, domain} or a string), else the URL's domain."""
    value = field(meta, "publisher")
    name: str | None = None
    domain: str | None = None
    if isinstance(value, dict):
        name = text_of(value.get("name"))
        domain = clean_domain(value.get("domain")) or clean_domain(value.get("url"))
    else:
        name = text_of(value)
    domain = domain or clean_domain(field(meta, "domain")) or domain_of(url)
    if name is None and domain is None:
        return None
    return Publisher(name=name, domain=domain)


@functools.cache
def known_names() -> dict[str, str]:
    """Every field name of the table by its lower-case form: how a table's `Title` or `URL` column is matched."""
    table: dict[str, list[str]] = load_yaml("ingest.yaml")["fields"]
    return {name.lower(): name for names in table.values() for name in names}


def with_known_names(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record whose keys that match a known field name in another case (`Title`, `URL`) are added as it.

    >>> with_known_names({"Title": "A", "URL": "https://example.org/a", "Rank": 1})["title"]
    'A'
    """
    names = known_names()
    found = dict(record)
    for key, value in record.items():
        name = names.get(key.lower()) if isinstance(key, str) else None
        if name is not None and name not in found:
            found[name] = value
    return found


def story_publishers(
    meta: Mapping[str, Any], story_url: str, page_url: str | None
) -> tuple[Publisher, Publisher | None]:
    """(the story's outlet, the site it was found on) for a page reposting a story from `story_url`.

    The outlet is the story URL's domain, named by the publisher field only when that name fits
    the domain ("Reuters" for reuters.com); the site is the page's own URL's domain and the
    publisher field's name when it does not name the outlet.

    >>> story_publishers({"source": "NewsNow"}, "https://www.reuters.com/a", "https://newsnow.co.uk/b")
    (Publisher(name=None, domain='reuters.com'), Publisher(name='NewsNow', domain='newsnow.co.uk'))
    """
    outlet_domain = domain_of(story_url)
    given = publisher_of(meta, None)
    names_outlet = given is not None and given.name is not None and matches_publisher(given.name, outlet_domain)
    outlet = Publisher(given.name if given and names_outlet else None, outlet_domain)
    site_name = given.name if given and not names_outlet else None
    site_domain = domain_of(page_url) or (given.domain if given and not names_outlet else None)
    return outlet, Publisher(site_name, site_domain) if site_name or site_domain else None
