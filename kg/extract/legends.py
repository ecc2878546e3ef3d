"""Chart and map legends: a colour swatch at the start of a line, then a name ("██ Sinn Féin - 7
seats", "██ Tahrir al-Sham").

A legend names the parties, forces or states its chart or map shows, one a line, the name written out
as a name (capitalised words, joined by "of", "and", "&", the particles of Arabic names); what follows
a spaced dash is the figure ("- 365 seats"). Each such name is the actor the gazetteer knows by it, a
place where it names a sub-national one, else an organisation; a description ("Syrian opposition &
Turkish occupation") is no name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.mentions import EntityMention, clean_name
from kg.extract.nlp import doc_text
from kg.ids import slug

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_SWATCHES = frozenset("█▇▉■▮")
_LINKS = frozenset({"of", "and", "&", "the", "for", "al", "el", "ad", "ash", "an", "de", "du", "la"})
_MOST_TOKENS = 10


def legend_names(doc: Doc) -> list[EntityMention]:
    """The actors and places named by the legend lines of the doc."""
    found: list[EntityMention] = []
    text = doc_text(doc)
    if not any(ch in text for ch in _SWATCHES):
        return found  # no swatch: no Token looked at
    for swatch in doc:
        if not swatch.text or any(ch not in _SWATCHES for ch in swatch.text):
            continue
        if swatch.i > 0 and not (doc[swatch.i - 1].is_space and "\n" in doc[swatch.i - 1].text):
            continue  # a swatch starts its line
        start = swatch.i + 1
        while start < len(doc) and (doc[start].is_space or all(ch in _SWATCHES for ch in doc[start].text)):
            start += 1  # "██", a no-break space
        span = _legend_name(doc, start)
        if span is not None:
            found.append(_named(span))
    return found


def _legend_name(doc: Doc, start: int) -> Span | None:
    """The name from `start` to the line's end or a spaced dash, where it is written as a name."""
    end = start
    while end < len(doc) and end - start < _MOST_TOKENS and not (doc[end].is_space and "\n" in doc[end].text):
        if doc[end].text in ("-", "–", "—") and doc[end - 1].whitespace_:
            break  # "Labour Party - 203 seats"
        end += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    span = doc[start:end]
    words = [t for t in span if t.is_alpha]
    if not words or not words[0].text[:1].isupper():
        return None
    if any(not (t.text[:1].isupper() or t.lower_ in _LINKS) for t in words):
        return None  # "Syrian opposition & Turkish occupation": a description
    return span


def _named(span: Span) -> EntityMention:
    name = clean_name(span.text)
    known = gazetteer.lookup(name)
    if known is not None:
        return EntityMention(known.id, known.type, known.label, span, known.wikidata, known.iso3)
    if gazetteer.is_subdivision(name):
        return EntityMention("place:" + slug(name), vocab.PLACE, name, span)
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)
