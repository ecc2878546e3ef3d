"""Persons named after the lower-case noun for what they are: "porn actress Stormy Daniels", "an
attendee Om Prakash said", "his son-in-law, Frédéric Salat-Baroux".

The statistical NER often types a name it has not seen as an organisation, or not at all. Right after
a noun for a person by trade, role or kin (`person_nouns` in ontology/actors.yaml), in the same noun
phrase or in apposition after a comma, two to four capitalised words are that person's name.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.lexicon import lexicon
from kg.extract.mentions import EntityMention, actor_words, clean_name, person_id
from kg.extract.nlp import INSTITUTION_LABEL, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MOST_WORDS = 4
# Entity types a person's name may have been given by NER: none, a person's, an organisation's, a work's.
_READ_AS = ("", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP")


def named_after_person_noun(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The persons named right after a lower-case person noun, none on a token in `taken`."""
    nouns = actor_words().person_nouns
    found: list[EntityMention] = []
    for token in tokens_with_lemma(doc, _last_words()):
        if token.pos_ != "NOUN" or not token.is_lower or _word_ending_at(token) not in nouns:
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].text == ",":
            start += 1
        span = _name_after(doc, start, taken)
        if span is not None:
            name = clean_name(span.text)
            found.append(EntityMention(person_id(name), vocab.PERSON, name, span))
    return found


@functools.cache
def _last_words() -> frozenset[str]:
    """The last words of the person nouns ("law" of "son-in-law"): only tokens spelled so are looked at."""
    return frozenset(noun.rsplit("-", 1)[-1].lower() for noun in actor_words().person_nouns)


def _word_ending_at(token: Token) -> str:
    """The hyphenated word `token` ends ("son-in-law" for "law"), or the token's own lower-case text."""
    doc = token.doc
    start = token.i
    while (
        start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    ):
        start -= 2
    return doc[start : token.i + 1].text.lower()


def _name_after(doc: Doc, start: int, taken: set[int]) -> Span | None:
    """Two to four capitalised words from `start` (a hyphen joins two: "Salat-Baroux") that end the
    noun phrase, are no title, organisation or known name, and hold no token of `taken`."""
    words = actor_words()
    end, count = start, 0
    while end < len(doc) and count < _MOST_WORDS + 1:
        token = doc[end]
        if token.text == "-" and count and not doc[end - 1].whitespace_ and not token.whitespace_:
            end += 1
            continue
        if not (token.is_title and token.is_alpha and token.ent_type_ in _READ_AS) or end in taken:
            break
        if token.lower_ in words.title_words or token.lower_ in words.organisation_words:
            return None
        end, count = end + 1, count + 1
    if not 2 <= count <= _MOST_WORDS or doc[end - 1].text == "-":
        return None
    if end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN") and not doc[end].is_punct:
        return None  # the words go on into a longer noun phrase
    span = doc[start:end]
    name = clean_name(span.text)
    if gazetteer.lookup(name) is not None or name.lower() in lexicon().not_entities:
        return None
    return span


def named_before_apposed_noun(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The persons named right before a comma and a person noun or an office in apposition to the
    name ("Tomasz Kubiak, a fire service spokesman, told", "Marta Nowak, the regional governor,
    said"): two to four capitalised words NER left untagged, none on a token in `taken`."""
    words = actor_words()
    found: list[EntityMention] = []
    for noun in tokens_with_lemma(doc, _apposed_nouns()):  # only the tokens that can be such a noun
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        if noun.lower_ not in words.person_nouns and noun.lower_ not in words.titles:
            continue
        head = noun.head
        if not head.i < noun.i or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
            continue
        span = _name_before(doc, head.i + 1, taken)
        # A name NER read as a person's is read by its NER path; a group's word ("Democrat") is no given name.
        if span is not None and span.root.i == head.i and all(t.ent_type_ in ("", "ORG") for t in span):
            name = clean_name(span.text)
            found.append(EntityMention(person_id(name), vocab.PERSON, name, span))
    return found


@functools.cache
def _apposed_nouns() -> frozenset[str]:
    """The one-word person nouns and titles an apposition after a name may be ("spokesman", "governor")."""
    words = actor_words()
    return frozenset(word for word in words.person_nouns | words.titles if " " not in word)


_MARKS = frozenset({"'s", "’s", "of", "from"})


def members_speaking(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """A person named with the organisation or group they belong to who says something: after the
    organisation's possessive ("The Native American Rights Fund's Jacqueline De León said", "Amnesty
    International's Agnès Callamard told") or before "of the" or "from the" and it ("Suman Haripriya
    of the Hajo assembly said", "Regina Ip from the pro-Beijing camp said"). Two to four capitalised
    words, the subject of a verb of saying, are the member's name."""
    found: list[EntityMention] = []
    # Only the tokens that can be a mark are looked at (their lower-case text is one of _MARKS).
    for mark in tokens_with_lemma(doc, _MARKS):
        if mark.text in ("'s", "’s") and mark.i > 0 and _organisation_before(doc[mark.i - 1]):
            span = _name_after(doc, mark.i + 1, taken)
        elif mark.lower_ in ("of", "from") and mark.i + 1 < len(doc) and doc[mark.i + 1].lower_ == "the":
            span = _name_before(doc, mark.i, taken)
        else:
            continue
        if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in lexicon().announcing_verbs:
            continue
        name = clean_name(span.text)
        found.append(EntityMention(person_id(name), vocab.PERSON, name, span))
    return found


def _name_before(doc: Doc, end: int, taken: set[int]) -> Span | None:
    """The name of two to four capitalised words that ends right before `end` and starts a noun
    phrase (no capitalised word or possessive before it), as `_name_after` reads it."""
    start = end
    while start > 0 and end - start <= _MOST_WORDS and (doc[start - 1].is_title or doc[start - 1].text == "-"):
        start -= 1
    if start > 0 and doc[start - 1].text in ("'s", "’s"):
        return None
    span = _name_after(doc, start, taken)
    return span if span is not None and span.end == end else None


def _organisation_before(token: Token) -> bool:
    """Whether `token` ends an organisation's name: tagged one, or an organisation's word."""
    return token.ent_type_ in ("ORG", INSTITUTION_LABEL) or (
        token.is_title and token.lower_ in actor_words().organisation_words
    )
