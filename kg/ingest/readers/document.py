"""The document reader: a text file with YAML front matter, or plain (scraped) text."""

from __future__ import annotations

from kg.ingest.reader import parse_article
from kg.ingest.readers import Reader, single_unit

READER = Reader(
    suffixes=(".txt", ".md", ".markdown", ".text", ".yaml", ".yml"),
    split=single_unit("document"),
    parse=parse_article,
)
