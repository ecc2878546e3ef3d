"""The numbers that tune extraction and resolution (`tunables` in ontology/extraction.yaml), read once.

>>> settings = tunables()
>>> settings.confidence.hedged < settings.confidence.from_list < settings.confidence.stated <= 1
True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.resources import load_yaml


@dataclass(frozen=True)
class Confidence:
    """How sure an edge is, by how its sentence states it."""

    stated: float
    hedged: float
    from_list: float
    claim: float


@dataclass(frozen=True)
class Resolution:
    """When agreement mentions of several articles are one instrument, and which name it gets."""

    max_period_days: int
    max_label_words: int
    min_topic_overlap: float
    person_dominance: float


@dataclass(frozen=True)
class Parsing:
    """How much text spaCy parses at once."""

    max_chunk_chars: int
    max_batch_chars: int


@dataclass(frozen=True)
class Tunables:
    """All of `tunables` in ontology/extraction.yaml."""

    confidence: Confidence
    resolution: Resolution
    parsing: Parsing


@functools.cache
def tunables() -> Tunables:
    """Read the tunables once per process."""
    data = load_yaml("extraction.yaml")["tunables"]
    return Tunables(
        confidence=Confidence(**data["confidence"]),
        resolution=Resolution(**data["resolution"]),
        parsing=Parsing(**data["parsing"]),
    )
