"""Syndicated copies: articles whose bodies are copies of one story (a wire story on many sites).

Resolution layer, in `kg.resolve`. Each article's body signatures (`BodySignature`, made by
`kg.extract.stories`) go into MinHash LSH indexes (one per publication window) as the article
arrives; they hand back the earlier articles of nearby days that share a band of the word signature
(no all-pairs comparison). An article is a copy of a story's first article when their word-pair
signatures agree (`threshold`; `same_publisher_threshold` within one publisher) and they were
published at most `max_days_apart` days apart. Every story of two or more articles becomes a
`Story` node, and each of its articles a `part-of-story` edge to it. Every copy stays an Article
with its own publisher.

Only the signatures are kept (2 x 512 bytes per article), never a body.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

import numpy as np

from kg import vocab
from kg.extract.stories import SCHEME, settings
from kg.facts import BodySignature, EdgeFact, Fact, NodeFact, Provenance
from kg.ids import digest

EXTRACTOR = "stories"


def _band_key(band: bytes) -> bytes:
    """8 bytes for each LSH band (datasketch keeps the band's raw bytes otherwise, 8 per hash value)."""
    return hashlib.blake2b(band, digest_size=8).digest()


def _new_lsh() -> Any:
    """An empty MinHash LSH index with the bands and rows of `candidate_threshold` (found once: datasketch
    finds them by numerical integration, which takes longer than indexing a window's articles)."""
    from datasketch import MinHashLSH  # imported here: `import kg` stays cheap

    return MinHashLSH(num_perm=settings().num_perm, params=_lsh_params(), hashfunc=_band_key)


@functools.cache
def _lsh_params() -> tuple[int, int]:
    from datasketch import MinHashLSH

    config = settings()
    lsh = MinHashLSH(threshold=config.candidate_threshold, num_perm=config.num_perm)
    return lsh.b, lsh.r


def similarity(a: bytes, b: bytes) -> float:
    """The Jaccard similarity two MinHash signatures estimate: the share of equal hash values.

    >>> similarity(bytes(8), bytes(8)), similarity(bytes(8), bytes(4) + b"abcd")
    (1.0, 0.5)
    """
    mine, theirs = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(mine == theirs)) / len(mine)


class StoryIndex:
    """Finds the copies among article signatures, one article at a time, in linear time.

    Articles are filed by publication window (`max_days_apart` days wide; undated ones apart), one
    MinHash LSH index per window, and an article looks only in its own window, the two beside it
    and the undated (an undated article looks in all): copies published further apart never meet.
    A story is founded by its first article, and a later article joins the story whose founder it
    copies (the closest, if several): every copy is compared with the original, so a chain of
    loosely similar articles never becomes one story.

    Examples
    --------
    >>> from kg.ingest import read_article
    >>> from kg.extract.stories import sign
    >>> index = StoryIndex()
    >>> for path in ("seeds/001_805a9d8221c42d30.txt", "tests/data/syndication/ap_un_ai_resolution.md",
    ...              "seeds/002_66b52230ec10c381.txt"):
    ...     index.add(sign(read_article(path)))
    >>> [(node.type, node.label) for node in index.facts() if isinstance(node, NodeFact)]
    [('Story', 'Story: UN adopts first global artificial intelligence resolution')]
    """

    def __init__(self) -> None:
        self._windows: dict[int | None, Any] = {}
        """The MinHash LSH index of each publication window (None: undated articles)."""
        self._signatures: list[BodySignature] = []
        self._founder: list[int] = []
        """For each article, the position of the first article of its story (its own when it founded one)."""
        self._closest: list[float] = []
        """For each article, the highest word-pair similarity to a copy of it (0 when it has none)."""
        self._seen: set[str] = set()

    def add(self, signature: BodySignature) -> None:
        """Index one more article's signature and join it to the story it copies, if any."""
        if signature.article in self._seen:
            return
        self._seen.add(signature.article)
        from datasketch import LeanMinHash

        config = settings()
        words = LeanMinHash(
            seed=config.seed, hashvalues=np.frombuffer(signature.words, dtype="<u4").astype(np.uint64), scheme=SCHEME
        )
        window = self._window(signature)
        founders: set[int] = set()
        for key in self._neighbours(window):
            founders.update(self._founder[other] for other in self._windows[key].query(words))
        position = len(self._signatures)
        best: tuple[float, int] | None = None
        for founder in sorted(founders):
            score = self._copy_score(self._signatures[founder], signature)
            if score is not None and (best is None or score > best[0]):
                best = (score, founder)
        self._signatures.append(signature)
        self._closest.append(0.0)
        if best is None:
            self._founder.append(position)
        else:
            score, founder = best
            self._founder.append(founder)
            self._closest[position] = score
            self._closest[founder] = max(self._closest[founder], score)
        if window not in self._windows:
            self._windows[window] = _new_lsh()
        self._windows[window].insert(position, words, check_duplication=False)

    @staticmethod
    def _window(signature: BodySignature) -> int | None:
        if not signature.published:
            return None
        return date.fromisoformat(signature.published).toordinal() // settings().max_days_apart

    def _neighbours(self, window: int | None) -> list[int | None]:
        """The windows an article of `window` looks in: any day `max_days_apart` away is in one of them."""
        if window is None:
            return sorted(self._windows, key=lambda key: (key is not None, key or 0))
        return [key for key in (None, window - 1, window, window + 1) if key in self._windows]

    def _copy_score(self, a: BodySignature, b: BodySignature) -> float | None:
        """The word-pair similarity of `a` and `b` when they are copies of one story, else None."""
        config = settings()
        if a.published and b.published:
            apart = abs(date.fromisoformat(a.published).toordinal() - date.fromisoformat(b.published).toordinal())
            if apart > config.max_days_apart:
                return None
        same_publisher = a.publisher is not None and a.publisher == b.publisher
        needed = config.same_publisher_threshold if same_publisher else config.threshold
        score = similarity(a.pairs, b.pairs)
        return score if score >= needed else None

    def facts(self) -> Iterator[Fact]:
        """A Story node for each group of copies, and a `part-of-story` edge from each of its articles."""
        groups: dict[int, list[int]] = defaultdict(list)
        for position, founder in enumerate(self._founder):
            groups[founder].append(position)
        for members in groups.values():
            if len(members) < 2:
                continue
            signatures = [self._signatures[i] for i in members]
            # The story is named after its earliest article (undated ones last), ties by article id.
            first = min(signatures, key=_earliest)
            story = "story:" + digest(min(s.article for s in signatures))
            dates = sorted(s.published for s in signatures if s.published)
            attrs: tuple[tuple[str, Any], ...] = (("date", dates[0] if dates else None), ("articles", len(members)))
            yield NodeFact(story, vocab.STORY, f"Story: {first.label}", (), attrs)
            for position, signature in zip(members, signatures, strict=True):
                confidence = round(self._closest[position], 3)
                yield EdgeFact(
                    signature.article,
                    vocab.PART_OF_STORY,
                    story,
                    Provenance(signature.article, EXTRACTOR, confidence=confidence),
                )


def _earliest(signature: BodySignature) -> tuple[bool, str, str]:
    return (signature.published is None, signature.published or "", signature.article)
