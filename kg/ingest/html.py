"""HTML pages (saved web pages, HTML bodies of front-matter files) to Article records, with trafilatura.

trafilatura finds the main text and the page's metadata (title, author, site name, canonical URL);
kg keeps only what the page states: the date comes from the page's metadata, JSON-LD or title,
never from its URL or from dates of other stories the page lists, and front matter, when there is
one, wins over all of it.
"""

from __future__ import annotations

import copy
import functools
import html as html_entities
import json
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from kg.errors import InputError
from kg.ingest.article import Article, Publisher
from kg.ingest.cleanup import strip_tags
from kg.ingest.dates import parse_date
from kg.ingest.fields import field
from kg.ingest.furniture import person_bylines
from kg.ingest.reader import article_from
from kg.ingest.urls import canonical_url, domain_of
from kg.resources import load_yaml

# A title segment after a separator ("Headline | DW | 19.01.2020").
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+[|–—]|[|]\s+")
# A day written with dots is day.month.year wherever it is written so (DW: "19.01.2020").
_DOTTED_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_WHOLE_PAGE = re.compile(r"<(?:html|head|body)\b", re.IGNORECASE)
MAX_EXTRACTION_ELEMENTS = 5_000
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption", "section")


def article_from_html(
    html: str, source_path: str, *, meta: Mapping[str, Any] | None = None, url: str | None = None
) -> Article:
    """An Article from an HTML page or an HTML body: its main text and the metadata the page states.

    `meta` is the file's front matter, if any: every field it gives wins over the page's own
    metadata. `url` is where the page was fetched from (a WARC record's target URI), used when
    neither the front matter nor the page names a canonical URL. What the page does not state (a
    date, an author) stays unknown.

    >>> page = "<html><head><title>Talks resume | Example News</title><meta property='og:site_name' "
    >>> page += "content='Example News'></head><body><article><p>Diplomats met in Geneva on Monday "
    >>> page += "to resume talks on the treaty, officials said.</p></article></body></html>"
    >>> article = article_from_html(page, "talks.html", url="https://example.com/talks")
    >>> article.title, article.publisher.name, article.published
    ('Talks resume', 'Example News', None)
    """
    meta = dict(meta or {})
    tree = _parse(html)
    head = _head_only(tree)
    # trafilatura's time grows faster than the page: a page far larger than any article page (a
    # listing, a broken or hostile page) is read from its <head> and its plain text instead.
    large = tree is not None and sum(1 for _ in tree.iter()) > MAX_EXTRACTION_ELEMENTS
    document = None if large else _extract(html, url)
    if document is None:
        document = _extract_metadata(head, url)
    page = _page_fields(head, document, url)
    if not person_bylines(page.get("authors") or (), _publisher(page)):
        # the <head> names no person (DW: "Deutsche Welle (www.dw.com)"): the page's own "Author" label may
        page["authors"] = _labelled_authors(tree) or page.get("authors")
    merged: dict[str, Any] = dict(meta)
    for part, value in page.items():
        if value is not None and field(meta, part) is None:
            # The first name `field` looks up for the part, so the page fills only what meta lacks.
            merged[_first_name(part)] = value
    body = _main_text(html, tree, document, large=large)
    title = page.get("title")
    if title:
        body = _without_first_line(body, title)
    if not body.strip() and not meta and not title:
        raise InputError(source_path, "no article text found in the HTML")
    return article_from(merged, body, source_path)


def _extract(html: str, url: str | None) -> Any:
    """trafilatura's Document for the page (main text and metadata), or None when it finds no text."""
    import trafilatura  # imported here: trafilatura is slow to import

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            # The date is read by `_stated_date` instead (trafilatura would guess one from the URL or text).
            date_extraction_params={"extensive_search": False},
        )
    except (ValueError, TypeError, RecursionError):
        return None
    return document


def _extract_metadata(head: Any, url: str | None) -> Any:
    """trafilatura's metadata (title, author, site name, URL) of the page's <head> alone."""
    import trafilatura

    if head is None:
        return None
    try:
        return trafilatura.extract_metadata(head, default_url=url, extensive=False)
    except (ValueError, TypeError, RecursionError):
        return None


def _parse(html: str) -> Any:
    """The page's lxml tree, or None when lxml finds no document in it."""
    import lxml.html

    try:
        return lxml.html.fromstring(html.encode("utf-8"))
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


def _head_only(tree: Any) -> Any:
    """A copy of the page's metadata: <head> meta, title and link elements and the JSON-LD blocks."""
    import lxml.html

    if tree is None:
        return None
    head = lxml.html.Element("head")
    for element in tree.xpath("//head/meta | //head/title | //head/link | //script[@type='application/ld+json']"):
        head.append(copy.deepcopy(element))
    document = lxml.html.Element("html")
    document.append(head)
    return document


@functools.cache
def _first_name(part: str) -> str:
    return str(load_yaml("ingest.yaml")["fields"][part][0])


def _page_fields(head: Any, document: Any, url: str | None) -> dict[str, Any]:
    """The page's own metadata as front-matter fields (title, url, published, publisher, authors)."""
    if document is None:
        return {"url": canonical_url(url), "published": _stated_date(head)}
    site = _text(document.sitename)
    page_url = canonical_url(document.url) or canonical_url(url)
    title, title_day = _headline(_text(document.title), site, domain_of(page_url))
    authors = [a.strip() for a in (_text(document.author) or "").split(";") if a.strip()]
    publisher = {"name": site, "domain": domain_of(page_url)} if site else None
    return {
        "title": title,
        "url": page_url,
        "published": _stated_date(head) or title_day,
        "publisher": publisher,
        "authors": authors or None,
    }


_AUTHOR_LABELS = frozenset({"author", "authors", "by", "written by"})


def _publisher(page: Mapping[str, Any]) -> Publisher | None:
    found = page.get("publisher")
    return Publisher(found.get("name"), found.get("domain")) if isinstance(found, dict) else None


def _labelled_authors(tree: Any) -> list[str] | None:
    """The names a page writes after a label of their own, "Author" or "By" (DW's
    `<li><strong>Author</strong> Ben Knight</li>`, `<dt>Author</dt><dd>Ben Knight</dd>`); None if none."""
    if tree is None:
        return None
    for element in tree.iter("strong", "b", "dt", "th", "span", "label"):
        label = " ".join(element.text_content().split()).rstrip(":").lower()
        if label not in _AUTHOR_LABELS:
            continue
        written = element.tail or ""
        following = element.getnext()
        if not written.strip() and following is not None:
            written = following.text_content()
        names = [n.strip() for n in re.split(r",|;|\band\b|&", " ".join(written.split())) if n.strip()]
        if names:
            return names
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(strip_tags(html_entities.unescape(value)).split())
    return text or None


def _headline(title: str | None, site: str | None, domain: str | None) -> tuple[str | None, date | None]:
    """A page title without the site name and date it carries ("Headline | DW | 19.01.2020").

    >>> _headline("Talks resume | DW | 19.01.2020", "DW.COM", "dw.com")
    ('Talks resume', datetime.date(2020, 1, 19))
    >>> _headline("Letters: Coddling criminals | Tax dollars", "The Mercury News", "mercurynews.com")
    ('Letters: Coddling criminals | Tax dollars', None)
    """
    if not title:
        return None, None
    segments = _TITLE_SEPARATOR.split(title)
    if len(segments) < 2:
        return title, None
    kept: list[str] = []
    day: date | None = None
    for segment in segments:
        stated = _dotted_day(segment)
        if stated is not None:
            day = day or stated
        elif not _names_site(segment, site, domain):
            kept.append(segment)
    if len(kept) == len(segments):
        return title, None
    return (" | ".join(kept) if kept else title), day


def _dotted_day(text: str) -> date | None:
    found = _DOTTED_DAY.match(text.strip())
    if not found:
        return None
    try:
        return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    except ValueError:
        return None


def _names_site(segment: str, site: str | None, domain: str | None) -> bool:
    """True when a title segment is the site's name ("DW", "The Guardian", "salon.com")."""
    compact = re.sub(r"\W", "", segment).lower()
    if not compact:
        return True
    names = {re.sub(r"\W", "", site or "").lower()}
    if domain:
        names |= {re.sub(r"\W", "", domain).lower(), domain.split(".")[0].lower()}
    return compact in names - {""}


def _stated_date(head: Any) -> datetime | date | None:
    """The publication date the page states in its <head> metadata or JSON-LD, else None.

    The rest of the page is not searched: the dates there are often other stories' (a teaser list)
    and a URL's date is a guess.
    """
    from htmldate import find_date

    if head is None:
        return None
    try:
        found = find_date(
            head,
            extensive_search=False,
            original_date=True,
            url="",
            min_date="1900-01-01",
            outputformat="%Y-%m-%dT%H:%M:%S%z",
        )
    except (ValueError, TypeError):
        return None
    stated = parse_date(found) if found else None
    # htmldate writes a day without a time as midnight: that midnight was never stated.
    if isinstance(stated, datetime) and (stated.hour, stated.minute, stated.second) == (0, 0, 0):
        return stated.date()
    return stated


def _main_text(html: str, tree: Any, document: Any, *, large: bool) -> str:
    """The main text, one paragraph per line pair; the JSON-LD `articleBody` when it says much more."""
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text and (large or not _WHOLE_PAGE.search(html)):
        # A fragment (an HTML body of a front-matter file) too short for trafilatura is all text;
        # so is a page too large for it.
        text = _plain_text(tree)
    stated = max(_article_bodies(html), key=len, default="")
    if len(stated) > 2 * len(text):
        text = stated
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _article_bodies(html: str) -> Iterator[str]:
    """The `articleBody` texts of the page's JSON-LD blocks (schema.org NewsArticle and kin)."""
    for block in re.findall(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", html, re.DOTALL | re.IGNORECASE):
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                body = item.get("articleBody")
                if isinstance(body, str):
                    yield " ".join(strip_tags(html_entities.unescape(body)).split())
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))


def _plain_text(tree: Any) -> str:
    """The text of markup trafilatura did not read: block elements as lines, scripts dropped."""
    if tree is None:
        return ""
    for element in tree.xpath("//script | //style | //noscript | //template"):
        element.drop_tree()
    for element in tree.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return str(tree.text_content())


def _without_first_line(body: str, title: str) -> str:
    """The body without a first line that repeats the title (trafilatura often keeps the <h1>)."""
    first, _, rest = body.partition("\n\n")
    return rest if " ".join(first.split()) == title else body
