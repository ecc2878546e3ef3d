"""Image credits: "Protesters at the march. Image: Andrew Gray.", "Children. Image: Garry Knight
(flickr).", "Photo: The White House".

GUIDELINES.md: names in image credits and captions are entities of their type. A credit names its
author as written, often a user name the NER cannot read ("Mirrys", "C.Suthorn", "mia!", "Chris j
wood"), and in brackets the platform it was taken from. The words after a credit mark and its colon,
up to a bracket, a slash or the end of the sentence, are the author: a known actor, an organisation where
an organisation's word is among them, else a person; a word in brackets after it is the platform, and the
words after a slash the agency or outlet it came through ("Credit: Clayton Aldern / Grist").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.lexicon import lexicon
from kg.extract.mentions import EntityMention, actor_words, clean_name, person_id
from kg.extract.nlp import tokens_with_lemma
from kg.ids import slug

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MOST_WORDS = 5


def image_credits(doc: Doc) -> list[EntityMention]:
    """The authors and platforms named by the doc's image credits."""
    found: list[EntityMention] = []
    for mark in tokens_with_lemma(doc, lexicon().credit_marks):
        if not mark.is_title or mark.i + 2 >= len(doc) or doc[mark.i + 1].text != ":":
            continue
        author = _author(doc, mark.i + 2)
        if author is None:
            continue
        found.append(_credited(author, person=True))
        at = author.end
        if at + 1 < len(doc) and doc[at].text == "/":
            # "Credit: Clayton Aldern / Grist", "Photo: Evan Vucci / AP": the agency or outlet it came through
            agency = _author(doc, at + 1)
            if agency is not None:
                found.append(_credited(agency, person=False))
                at = agency.end
        while at < len(doc) and doc[at].text in ("!", "."):
            at += 1  # "mia! (flickr)"
        if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")" and doc[at + 1].is_alpha:
            found.append(_credited(doc[at + 1 : at + 2], person=False))
    return found


def _author(doc: Doc, start: int) -> Span | None:
    """The words of a credit from `start`: up to a bracket, a line break or the sentence's end."""
    end = start
    while end < len(doc) and end - start <= _MOST_WORDS:
        token = doc[end]
        following = doc[end + 1] if end + 1 < len(doc) else None
        if token.text in ("(", ")", ";", "/") or token.is_space:
            break
        if token.text in (".", "!") and (following is None or following.is_space or following.text == "("):
            break
        end += 1
    if end == start or end - start > _MOST_WORDS:
        return None
    span = doc[start:end]
    return span if any(ch.isalpha() for ch in span.text) else None


def _credited(span: Span, *, person: bool) -> EntityMention:
    """The actor a credit names: known to the gazetteer, an organisation by its words or as a
    platform, else (for an author) a person."""
    name = clean_name(span.text).rstrip("!.")
    known = gazetteer.lookup(name)
    if known is not None:
        return EntityMention(known.id, known.type, known.label, span, known.wikidata, known.iso3)
    if person and not any(t.lower_ in actor_words().organisation_words for t in span):
        return EntityMention(person_id(name), vocab.PERSON, name, span)
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)
