"""The HTML reader: a saved page (`.html`, `.htm`), or a page from an archive, through kg.ingest.html."""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.article import Article
from kg.ingest.cleanup import normalize_text, repair_text
from kg.ingest.decode import decode_bytes
from kg.ingest.frontmatter import split_front_matter
from kg.ingest.reader import SourceFile
from kg.ingest.readers import Reader, single_unit


def parse_page(unit: SourceFile) -> Article:
    """The article of one HTML page; the unit's URL (a WARC record's target) is the page's URL."""
    from kg.ingest.html import article_from_html

    # A saved page may have front matter too (a Jekyll or Hugo page): its fields win over the page's.
    meta, page = split_front_matter(normalize_text(decode_bytes(unit.raw, unit.source_path)), unit.source_path)
    article = article_from_html(repair_text(page), unit.source_path, meta=meta, url=unit.url)
    return _with_hash(article, unit.content_hash)


def _with_hash(article: Article, content_hash: str) -> Article:
    return article if article.content_hash == content_hash else replace(article, content_hash=content_hash)


READER = Reader(suffixes=(".html", ".htm", ".xhtml"), split=single_unit("html"), parse=parse_page)
