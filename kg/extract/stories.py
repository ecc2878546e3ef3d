"""Story signatures: each article body's MinHash, so that `kg.resolve.stories` can find syndicated copies.

Signing is per article (it is cached and runs in the workers with the other extractors); only the
two small signatures travel on, never the body. Settings are data: `stories` in
ontology/extraction.yaml.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from kg.extract.metadata import iso_date, publisher_node
from kg.facts import BodySignature
from kg.ingest.article import Article
from kg.resources import load_yaml

# datasketch's hashing scheme, named so that signatures read back are compared in the same scheme.
SCHEME = "affine32"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class StorySettings:
    """The `stories` settings of ontology/extraction.yaml."""

    min_words: int
    stem_length: int
    num_perm: int
    seed: int
    candidate_threshold: float
    threshold: float
    same_publisher_threshold: float
    max_days_apart: int
    stopwords: frozenset[str]


@functools.cache
def settings() -> StorySettings:
    """Read the `stories` settings once per process."""
    data = dict(load_yaml("extraction.yaml")["stories"])
    data["stopwords"] = frozenset(str(word) for word in data["stopwords"])
    return StorySettings(**data)


def extract(article: Article) -> Iterator[BodySignature]:
    """The signatures of the article's body and of each related item's, where long enough to judge."""
    for item in (article, *article.related):
        signature = sign(item)
        if signature is not None:
            yield signature


def sign(article: Article) -> BodySignature | None:
    """The article body's signatures, or None when the body has fewer than `min_words` words besides stopwords.

    >>> from kg.ingest import read_article
    >>> signature = sign(read_article("seeds/001_805a9d8221c42d30.txt"))
    >>> len(signature.words), len(signature.pairs), signature == sign(read_article("seeds/001_805a9d8221c42d30.txt"))
    (512, 512, True)
    """
    config = settings()
    words = _WORD.findall(unicodedata.normalize("NFKC", article.body).casefold())
    stems = [word[: config.stem_length] for word in words if word not in config.stopwords]
    # Counted without stopwords: a body of "the the the ..." has nothing to compare.
    if len(stems) < config.min_words:
        return None
    pairs = {f"{a} {b}" for a, b in pairwise(stems)}
    publisher = publisher_node(article.publisher).id if article.publisher is not None else None
    published = iso_date(article.published)
    return BodySignature(
        article.id,
        _minhash(set(stems)),
        _minhash(pairs),
        publisher,
        published[:10] if published else None,
        article.label,
    )


def _minhash(shingles: set[str]) -> bytes:
    from datasketch import MinHash  # imported here: `import kg` stays cheap

    config = settings()
    minhash = MinHash(num_perm=config.num_perm, seed=config.seed, permutations=_permutations(), scheme=SCHEME)
    # Sorted: the hash values do not depend on the order, but a stable input keeps that obvious.
    minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles)])
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


@functools.cache
def _permutations() -> Any:
    """The fixed permutations of `seed` (made once: making them is most of a small MinHash's cost)."""
    from datasketch import MinHash

    config = settings()
    return MinHash(num_perm=config.num_perm, seed=config.seed, scheme=SCHEME).permutations
