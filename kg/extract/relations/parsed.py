"""The text the relation extractor reads, with what it has found in it so far."""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import TYPE_CHECKING

from kg.extract.agreements import AgreementSpan
from kg.extract.article_actors import dominant_nation
from kg.extract.entities import EntityMention
from kg.extract.relations.hits import CountHit, RelationHit

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ParsedText:
    """One parsed text under reading: its entity and agreement mentions, the entity each token
    belongs to, and the hits and figures found so far (later statements look back at earlier ones:
    "C joined the talks" joins those who met before)."""

    def __init__(
        self,
        doc: Doc,
        entities: list[EntityMention],
        agreements: list[AgreementSpan],
        published: date | datetime | None,
    ) -> None:
        self.doc = doc
        self.entities = entities
        self.agreements = agreements
        self.published = published
        self.by_token = {t.i: e for e in entities for t in e.span}
        self.hits: list[RelationHit] = []
        self.counts: list[CountHit] = []
        self.voices: list[EntityMention] | None = None  # who "we" is, once asked (`references.own_voice`)

    @functools.cached_property
    def nation(self) -> EntityMention | None:
        """The nation the text is about (`article_actors.dominant_nation`): "the government" is its
        government (its first mention here). None where it is about none or several, or names only
        its bodies."""
        iso3 = dominant_nation(self.entities)
        return next((e for e in self.entities if iso3 and e.id == f"nation:{iso3}"), None)
