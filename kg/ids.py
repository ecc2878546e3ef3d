"""Stable ids: the digests and slugs every node, statement and cache entry is named by.

The same text gives the same id on every machine and run, which is what makes two builds write
the same bytes. Nothing of kg is imported here: every layer names things with these.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of some text parts (the same on every machine and run).

    >>> digest("a", "b") == digest("a", "b"), digest("a", "b") == digest("ab"), len(digest("x", length=12))
    (True, False, 12)
    """
    # Each part's UTF-8 bytes followed by a NUL byte, hashed in one call.
    joined = "\x00".join(parts) + "\x00" if parts else ""
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def slug(name: str) -> str:
    """A stable, ASCII, id-safe form of a name ("Jeff Joyce" -> "jeff-joyce").

    >>> slug("Jeff Joyce"), slug("Côte d'Ivoire"), slug("北京")[:2]
    ('jeff-joyce', 'cote-d-ivoire', 'h-')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:80]
    return text if text else "h-" + digest(name, length=12)
