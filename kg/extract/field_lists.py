"""Body names whose field is a list: "Ministry of Labour, Social Affairs and Family", "Directorate for
Technology, Innovation, and Partnerships", "National Union of Rail, Maritime and Transport Workers".

NER cuts such a name at its commas (or the gazetteer takes its first field for a body of its own:
"Department of Agriculture" of "Department of Agriculture, Water and the Environment"). A body's head
word, "of", "for" or "on", then fields of capitalised words separated by commas and closed by "and"
and a last field is one name: the entities inside it give way to one organisation span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions import actor_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_LINKS = ("of", "for", "on")
_MOST_FIELD_WORDS = 3


def with_listed_fields(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with each body name whose field is a list read as one organisation span (label ORG);
    the entities that overlap it are dropped."""
    from spacy.tokens import Span

    names = [span for head in _heads(doc) if (span := _listed_name(doc, head)) is not None]
    if not names:
        return ents
    covered = {i for span in names for i in range(span.start, span.end)}
    kept = [span for span in ents if not covered & set(range(span.start, span.end))]
    made = [Span(doc, span.start, span.end, label="ORG") for span in names]
    return sorted([*kept, *made], key=lambda span: span.start)


def _heads(doc: Doc) -> list[Token]:
    words = actor_words().body_words
    return [
        t for t in doc if t.is_title and t.lower_ in words and t.i + 2 < len(doc) and t.doc[t.i + 1].lower_ in _LINKS
    ]


def _field_word(token: Token) -> bool:
    """A word of a field: capitalised (not in capitals: "FBI, CIA and NSA" are bodies of their own),
    no person's name nor a title's word."""
    return (
        token.is_alpha
        and token.is_title
        and token.ent_type_ != "PERSON"
        and token.lower_ not in actor_words().title_words  # "Treasury Secretary Mnuchin" is no field
    )


def _listed_name(doc: Doc, head: Token) -> Span | None:
    """The whole name from `head` when its field is a list ("A, B, and C"; "A, B and C"), else None."""
    at, fields, commas, last = head.i + 2, 0, 0, False
    while at < len(doc):
        size = 0
        while at + size < len(doc) and _field_word(doc[at + size]) and size <= _MOST_FIELD_WORDS:
            size += 1
        if not 1 <= size <= _MOST_FIELD_WORDS:
            return None
        at, fields = at + size, fields + 1
        if last:
            return doc[_start(doc, head) : at] if fields >= 3 else None
        at = _skip_space(doc, at)
        if at < len(doc) and doc[at].text == ",":
            at, commas = _skip_space(doc, at + 1), commas + 1
        elif not commas:
            return None  # the first field is followed by no comma: no list
        if at < len(doc) and doc[at].lower_ in ("and", "&"):
            at, last = _skip_space(doc, at + 1), True
            at += 1 if at < len(doc) and doc[at].lower_ == "the" else 0
        elif at < len(doc) and doc[at - 1].text != "," and not doc[at - 1].is_space:
            return None
    return None


def _skip_space(doc: Doc, at: int) -> int:
    while at < len(doc) and doc[at].is_space:
        at += 1
    return at


def _start(doc: Doc, head: Token) -> int:
    """The capitalised words before the head belong to the name ("National" Union of ...)."""
    start = head.i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
        start -= 1
    return start
