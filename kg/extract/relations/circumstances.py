"""When and where a statement says an act took place: the date and the place attached to its verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities import EntityMention
from kg.extract.relations.parsed import ParsedText
from kg.extract.temporal import PartialDate, resolve_expression

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DATES_KEY = "kg.dates"
_BOUNDS = frozenset({"until", "till", "through", "from"})
"""Prepositions of a date that bounds what an act does ("suspended its flights until April 3", "delaying the
election until June", "from June 15, face coverings will be compulsory"), not when it was done."""


def sentence_dates(sentence: Span) -> list[Span]:
    """The DATE entities of `sentence` (the doc's DATE entities are listed once and kept on the doc:
    `Span.ents` rebuilds every entity of the doc on each call)."""
    doc = sentence.doc
    dates = doc.user_data.get(_DATES_KEY)
    if dates is None:
        dates = doc.user_data[_DATES_KEY] = [e for e in doc.ents if e.label_ == "DATE"]
    return [e for e in dates if e.start >= sentence.start and e.end <= sentence.end]


def date_of(text: ParsedText, verb: Token) -> PartialDate | None:
    """The date of the act `verb` states: a date under it, else the one date of its sentence; never a
    date that bounds what the act does ("until April 3")."""
    dates = [e for e in sentence_dates(verb.sent) if not _bounding(e)]
    below = {w.i for w in verb.subtree}
    attached = [e for e in dates if any(i in below for i in range(e.start, e.end))]
    chosen = attached or (dates if len(dates) == 1 else [])
    if not chosen:
        return None
    future = any(c.lower_ in ("will", "'ll") for c in verb.children)
    return resolve_expression(chosen[0].text, text.published, future=future)


def _bounding(date: Span) -> bool:
    """Whether a date bounds a period, as the object of one of `_BOUNDS` ("until April 3")."""
    root = date.root
    before = date.doc[date.start - 1] if date.start > 0 else None
    return (root.dep_ == "pobj" and root.head.lower_ in _BOUNDS) or (before is not None and before.lower_ in _BOUNDS)


def place_of(text: ParsedText, verb: Token) -> EntityMention | None:
    """The place or nation `verb` says the act took place "in" or "at"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for word in child.children:
                entity = text.by_token.get(word.i)
                if entity is not None and entity.type in ("Place", "Nation"):
                    return entity
    return None
