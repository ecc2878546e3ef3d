"""What the relation extractor finds: statements of an act (`RelationHit`) and figures reported
about an agreement (`CountHit`), with the confidences a statement is given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.temporal import PartialDate
from kg.extract.tunables import tunables

if TYPE_CHECKING:
    from spacy.tokens import Span

_CONFIDENCE = tunables().confidence
CONFIDENT, HEDGED, FROM_LIST = _CONFIDENCE.stated, _CONFIDENCE.hedged, _CONFIDENCE.from_list


@dataclass(frozen=True)
class RelationHit:
    """One actor -relation-> agreement statement found in a sentence."""

    relation: str
    actor: EntityMention
    agreement: AgreementSpan | None  # None: a pronoun or group reference to the article's agreement
    partner: EntityMention | None
    sentence: Span
    confidence: float
    date: PartialDate | None
    place: EntityMention | None
    from_verb: bool


@dataclass(frozen=True)
class CountHit:
    """A figure stated about an agreement: "121 co-sponsors", "endorsed by 47 nations"."""

    relation: str
    value: int
    agreement: AgreementSpan | None
    sentence: Span
