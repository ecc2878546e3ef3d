"""Two bodies named with one plural head word: "the Intelligence and Judiciary Committees", "the
House Armed Services and Foreign Affairs Committees", "the Health and Education Ministries".

Each field before the plural head is a body of its own, named with the head in the singular
("Intelligence Committee", "Judiciary Committee"); NER reads such a phrase as one organisation, or
as its first field alone.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg.extract.mentions import EntityMention, actor_words, named_actor
from kg.extract.nlp import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MOST_FIELD_WORDS = 3


def coordinated_bodies(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The bodies of each "<field> and <field> <plural head>" of the doc, none on a token in `taken`."""
    found: list[EntityMention] = []
    for head in tokens_with_lemma(doc, _plurals()):  # the tokens spelled like a plural head only
        singular = _singular(head)
        if singular is None:
            continue
        second = _field_before(doc, head.i)
        if second == head.i or second < 2 or doc[second - 1].lower_ != "and":
            continue
        first = _field_before(doc, second - 1)
        if first == second - 1 or taken & set(range(first, head.i + 1)):
            continue
        found += [_body(doc[first : second - 1], singular), _body(doc[second : head.i + 1], singular, head)]
    return found


@functools.cache
def _plurals() -> frozenset[str]:
    """Every lower-cased spelling `_singular` can read as a body head's plural."""
    heads = actor_words().body_heads
    return frozenset({*(f"{head}s" for head in heads), *(f"{head[:-1]}ies" for head in heads)})


def _singular(token: Token) -> str | None:
    """The singular of a capitalised plural body head ("Committees" -> "Committee"), else None."""
    text = token.text
    if not token.is_title or not text.endswith("s"):
        return None
    singular = text[:-3] + "y" if text.endswith("ies") else text[:-1]
    return singular if singular.lower() in actor_words().body_heads else None


def _field_before(doc: Doc, end: int) -> int:
    """Where the run of up to three capitalised words ending before `end` starts (`end` if none)."""
    start = end
    while (
        start > 0
        and end - start < _MOST_FIELD_WORDS
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].ent_type_ in ("", "ORG")
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    return start


def _body(field: Span, singular: str, head: Token | None = None) -> EntityMention:
    words = field[:-1] if head is not None else field
    name = f"{words.text} {singular}"
    return named_actor(name, field)
