"""What extractors produce: node facts, edge facts, and the provenance each edge keeps.

The records every layer above reads (extraction writes them, resolution merges them, the graph
and its exports keep their provenance); they import nothing of kg, so any layer may use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one piece of evidence for an edge came from.

    `start`/`end` are character offsets of the sentence in the article part (`title`, `excerpt`
    or `body`) that kg read, after clean-up; `confidence` is the extractor's own, from 0 to 1.
    """

    article: str
    extractor: str
    sentence: str | None = None
    part: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class NodeFact:
    """A node an extractor saw: its stable id, type, display label, aliases and other attributes."""

    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class EdgeFact:
    """A directed, typed edge with the evidence for it."""

    source: str
    relation: str
    target: str
    provenance: Provenance
    attrs: tuple[tuple[str, object], ...] = field(default=())


DECISION_REFERENCE = "decision"
"""The kind of an anaphoric agreement mention that refers to a decision by its taker alone ("the NBA's
decision"): its `scope` holds that taker, and it is the decision the taker issued or adopted before."""


@dataclass(frozen=True, slots=True)
class AgreementMention:
    """One mention of an agreement, kept for `kg.resolve` to merge with the others.

    `bundle` is the article file it was read from (an article and its related items share one);
    `order` is its place in that file's reading order; `agents` are (relation, actor id) pairs the
    text states; `times` are the dates (`PartialDate.key()` form) of what it says happened.
    """

    id: str
    article: str
    bundle: str
    order: int
    label: str
    core: str
    kind: str
    specific: bool
    anaphoric: bool
    indefinite: bool
    topic: frozenset[str]
    keywords: frozenset[str]
    scope: frozenset[str]
    agents: frozenset[tuple[str, str]]
    times: frozenset[tuple[int | None, int | None, int | None, int | None]]
    published: str | None
    provenance: Provenance
    names: tuple[str, ...] = ()
    """Proper names the mention writes (and an abbreviation its article defines); empty for a description."""
    distinct: bool = False
    """The text sets it apart from the instruments named before ("an alternative deal", "a separate accord")."""
    written: str = ""
    """For a decision a verb states, the words that state it ("shut down all schools"): one of its names."""


@dataclass(frozen=True, slots=True)
class EventMention:
    """A dated happening the text reports: an actor did `kind` (a relation) to an agreement mention."""

    kind: str
    agent: str
    target: str
    date: tuple[int | None, int | None, int | None, int | None] | None
    place: str | None
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class ClaimMention:
    """A figure an article reports about an agreement ("121 co-sponsors"), attributed to that article."""

    kind: str
    value: str
    target: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class BodySignature:
    """An article body's MinHash signatures, kept for `kg.resolve.stories` to find its syndicated copies.

    `words` and `pairs` are the hash values (little-endian uint32) of the MinHash of the body's set
    of words and of its set of adjacent word pairs; `publisher` is the publisher node id and
    `published` the ISO publication date, when known; `label` names the article.
    """

    article: str
    words: bytes
    pairs: bytes
    publisher: str | None
    published: str | None
    label: str


Fact = NodeFact | EdgeFact | AgreementMention | EventMention | ClaimMention | BodySignature
