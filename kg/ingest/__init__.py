"""Ingest: files and folders in, Article records out (front matter, plain text, other layouts)."""

from __future__ import annotations

from kg.ingest.article import Article, Publisher
from kg.ingest.reader import discover, read_article, read_articles

__all__ = ["Article", "Publisher", "discover", "read_article", "read_articles"]
