"""Ingest: files and folders in, Article records out (front matter, plain text, other layouts)."""

from __future__ import annotations

from kg.ingest.article import Article, Publisher
from kg.ingest.reader import SourceFile, discover, parse_article, read_article, read_articles, read_source

__all__ = [
    "Article",
    "Publisher",
    "SourceFile",
    "discover",
    "parse_article",
    "read_article",
    "read_articles",
    "read_source",
]
