"""Bodies NER left untagged, read by their head word: "North Wales Fire and Rescue Service were
called", "Toronto Police, which indicated ...", "the Defense Innovation Unit".

NER tags a name by its context, and the same name it reads in one sentence it misses in the next.
A run of capitalised proper nouns that ends in a body's or an organisation's head word
(ontology/actors.yaml: `body_heads`, `organisation_words`) is a name of its kind wherever it
stands: "Service", "Police", "Unit" end no person's name and no place's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions import EntityMention, actor_words, clean_name, named_actor
from kg.extract.nlp import REGION_LABEL, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MOST_WORDS = 6
# NER's readings a word of such a name may carry: none, or a place's that the head word overrides
# ("Toronto" of "Toronto Police"); a name NER read as a person's or an organisation's is its own.
_READABLE = ("", "GPE", "LOC", "FAC", "NORP", REGION_LABEL)
_AFTER_THE_HEAD = ("of", "for", "on")


def untagged_bodies(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The bodies of the doc named by capitalised words and a head word, none tagged by NER nor on a
    token in `taken`: the words before the head may be joined by "and" ("Fire and Rescue Service")."""
    found: list[EntityMention] = []
    for head in tokens_with_lemma(doc, actor_words().body_words):
        if not _head(head) or head.i in taken:
            continue
        start = _start(doc, head.i, taken)
        while start < head.i and doc[start].lower_ in actor_words().titles:
            start += 1  # "Commissioner" of "Commissioner Metropolitan Police": an office held, not the name
        if start == head.i or (start > 0 and _runs_on(doc[start - 1])):
            continue
        span = doc[start : head.i + 1]
        name = clean_name(span.text)
        found.append(named_actor(name, span))
    return found


def _head(token: Token) -> bool:
    """A capitalised head word NER left untagged that ends the name: no capitalised word, and no
    "of", "for" or "on" (whose field the name goes on with), follows it."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.is_title
        and token.ent_type_ == ""
        and token.pos_ in ("PROPN", "NOUN")
        and (after is None or not (after.is_title or after.lower_ in _AFTER_THE_HEAD or after.text in ("-", "&")))
    )


def _start(doc: Doc, head: int, taken: set[int]) -> int:
    """Where the name ending at `head` starts: the capitalised words before it (and an "and" between
    two of them), `head` itself if none; a name NER read as a person's or an organisation's stops it."""
    start = index = head
    while index > 0 and head - index < _MOST_WORDS:
        token = doc[index - 1]
        if token.lower_ in ("and", "&") and index >= 2 and _name_word(doc[index - 2], taken):
            index -= 1
            continue
        if not _name_word(token, taken):
            break
        index -= 1
        start = index
        if token.is_sent_start:
            break
    return start


def _runs_on(token: Token) -> bool:
    """Whether the name goes on left of the words read, through a word this reader does not take
    ("U.S.-Singapore" of "U.S.-Singapore Climate Partnership", a hyphen of "U.S.-ASEAN Smart ..."):
    then the name is not read whole, and no part of it is taken for it."""
    return (token.pos_ == "PROPN" and token.dep_ == "compound") or (token.text == "-" and not token.whitespace_)


def _name_word(token: Token, taken: set[int]) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ in ("PROPN", "ADJ", "NOUN")
        and token.ent_type_ in _READABLE
        and token.i not in taken
    )
