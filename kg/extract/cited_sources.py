"""Outlets and organisations a sentence cites as the source of what it reports, and platforms it
names as the medium, NER read as a place, a work or nothing: "according to The Verge", "a recent
report by The Atlantic", "Speaking to Portfolio.hu, ...", "Voter Kitty Mak told The Atlantic", "USA
Today noted ...", "a post on Medium" (GUIDELINES.md, Outlets: such names are Institutions).

The place a name takes in the sentence says what it is: only an organisation (or a person) is told
things, reports them or is what they are according to. A name NER read as a person's stays a person
unless a capital "The" starts it ("The Guardian"); a name the gazetteers know is never re-read, so
"told Russia" stays the nation.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg.extract.lexicon import lexicon
from kg.extract.mentions import EntityMention, clean_name, named_organisation
from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# NER's readings of an outlet's name that the sentence overrides: a place's, a work's, a product's, none.
_REREAD = ("", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT")
_HEARING_PREPOSITIONS = frozenset({"to", "with"})
# A platform named as the medium: "said on Twitter", "a post on Medium", "speaking on al-Masirah TV".
_MEDIUM_PREPOSITIONS = frozenset({"on", "via"})
_MOST_WORDS = 5


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    """The lemma lists of `cited_sources` in ontology/extraction.yaml, by name."""
    return {key: frozenset(words) for key, words in load_yaml("extraction.yaml")["cited_sources"].items()}


def cited_sources(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The names in `doc` that a sentence cites as a source or tells something to, none on a token
    in `taken`, as Institutions (or the gazetteer's entry, where it knows the name)."""
    found: list[EntityMention] = []
    seen: set[int] = set(taken)
    for token in doc:
        if token.i in seen or not _cited(token):
            continue
        span = _name(doc, token)
        if span is None or seen & set(range(span.start, span.end)):
            continue
        mention = _mention(span)
        if mention is not None:
            found.append(mention)
            seen |= set(range(span.start, span.end))
    return found


def _cited(token: Token) -> bool:
    """Whether the word heads the name of a source: the object of "according to" or of "by" after a
    report noun, the one told something or spoken to, the medium something is said or posted on, or
    the subject of a reporting verb."""
    head, words = token.head, _words()
    if token.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        return (
            (head.lower_ == "to" and head.head.lower_ == "according")
            or (head.lower_ == "by" and governor in words["report_nouns"])
            or (head.lower_ in _HEARING_PREPOSITIONS and governor in words["hearing_heads"])
            or (head.lower_ in _MEDIUM_PREPOSITIONS and governor in words["medium_heads"])
        )
    if token.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() == "tell"
    return token.dep_ == "nsubj" and head.lemma_.lower() in words["reporting_verbs"] and head.pos_ == "VERB"


def _name(doc: Doc, token: Token) -> Span | None:
    """The capitalised name `token` ends: the words that modify it as a name does, with a capital
    "The" before them ("The Atlantic"), or None where it is no name (a common noun, a person NER
    read, a longer phrase)."""
    if not (token.pos_ == "PROPN" and token.text[:1].isupper()) or token.ent_type_ not in (*_REREAD, "PERSON"):
        return None
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
        start -= 1
    capital_the = start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start
    if token.ent_type_ == "PERSON" and not capital_the:
        return None  # "told Smith": a person NER read as one
    if any(t.ent_type_ not in (*_REREAD, "PERSON") or not t.text[:1].isupper() for t in doc[start : token.i + 1]):
        return None
    if capital_the:
        start -= 1
    if token.i + 1 - start > _MOST_WORDS:
        return None
    return doc[start : token.i + 1]


def _mention(span: Span) -> EntityMention | None:
    name = clean_name(span.text)
    if not name or name.lower() in lexicon().not_entities:
        return None
    return named_organisation(name, span)  # "told Russia", "according to Moscow": a nation or its seat speaks
