"""Organisations listed after the plural noun of their kind: "discount stores like Biedronka and LIDL",
"websites including YouTube, LiveLeak and Vimeo", "newspapers such as Gazeta Wyborcza".

NER reads a name it does not know by its letters, and a retailer's or a newspaper's name looks like a
person's or a place's to it. The list says what they are: each name of a list the parser hangs on
a plural noun of `organisation_kinds` (ontology/actors.yaml) with "like", "including" or "such as"
is an organisation of that kind, whatever NER typed it. A nation or a name the gazetteer knows is
left to them; a name NER read as an organisation is read so already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import gazetteer
from kg.extract.mentions import EntityMention, actor_words, clean_name, named_organisation
from kg.extract.nlp import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_INTRODUCERS = ("like", "including", "as")
# NER's readings a listed name may carry and still be read by the list (ORG is read as one already,
# the gazetteer's own labels are its own).
_OVERRIDDEN = ("", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP")


def listed_after_kind(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The organisations of the doc named in a list after the plural noun of their kind, none on a
    token in `taken`."""
    found: list[EntityMention] = []
    for kind in tokens_with_lemma(doc, actor_words().organisation_kinds):
        if not (kind.is_lower or kind.is_sent_start) or kind.tag_ != "NNS":
            continue
        for item in _listed(kind):
            span = _name(item)
            if span is None or taken & set(range(span.start, span.end)):
                continue
            name = clean_name(span.text)
            mention = named_organisation(name, span) if gazetteer.lookup(name) is None else None
            if mention is not None:
                found.append(mention)
    return found


def _listed(kind: Token) -> list[Token]:
    """The heads of the list "like", "including" or "such as" introduces after `kind`."""
    doc = kind.doc
    heads: list[Token] = []
    for prep in kind.children:
        if prep.dep_ != "prep" or prep.lower_ not in _INTRODUCERS:
            continue
        if prep.lower_ == "as" and not (prep.i > 0 and doc[prep.i - 1].lower_ == "such"):
            continue  # "companies as partners"
        for first in (c for c in prep.children if c.dep_ == "pobj"):
            heads.extend([first, *first.conjuncts])
    return heads


def _name(head: Token) -> Span | None:
    """The capitalised name a list item writes: the head and the compound words before it, every word
    starting with a capital letter and read by NER as no organisation nor a gazetteer name."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start:
        start -= 1
    words = doc[start : head.i + 1]
    if not all(t.text[:1].isupper() and t.is_alpha and t.ent_type_ in _OVERRIDDEN for t in words):
        return None
    return words
