"""The organisation that ends a list item naming a person and the office held: "• Sara Steffens,
Secretary-Treasurer, CWA", "• Chris Michalakis, Federal Legislative Representative, United Food and
Commercial Workers", "• Amanda Ballantyne, Director, Technology Institute, AFL-CIO".

Participant lists of readouts, press releases and programmes write each person as name, office and
organisation, separated by commas. Such a list is mostly capitalised, so the entity extractor reads it
as a headline and keeps none of its organisations; the layout says what the last field is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions import EntityMention, actor_words, clean_name, named_organisation
from kg.extract.nlp import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_BULLET = "•"
_MOST_NAME_WORDS = 4
_MOST_ORGANISATION_WORDS = 7
_LINKS = {"and", "of", "for", "&", "-", "the"}


def listed_affiliations(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """The organisation each "name, office, organisation" list item of `doc` ends with, none on a
    token in `taken`: an Institution (or the gazetteer's entry, where it knows the name)."""
    found: list[EntityMention] = []
    for bullet in tokens_with_lemma(doc, frozenset({_BULLET})):
        fields = _fields(doc, bullet)
        if len(fields) < 3 or not _names_a_person(fields[0]) or not _names_an_office(fields[1:-1]):
            continue
        last = fields[-1]
        if taken & set(range(last.start, last.end)) or not _organisation_words(last):
            continue
        mention = _mention(last)
        if mention is not None:
            found.append(mention)
    return found


def _fields(doc: Doc, bullet: Token) -> list[Span]:
    """The comma-separated fields of the list item `bullet` opens, up to the next bullet or the end
    of the text (a field may wrap onto the next line), without spaces at either end."""
    end = bullet.i + 1
    while end < len(doc) and doc[end].text != _BULLET and "\n\n" not in doc[end].text:
        end += 1
    fields: list[Span] = []
    start = bullet.i + 1
    for at in range(bullet.i + 1, end + 1):
        if at == end or doc[at].text == ",":
            field = _trimmed(doc[start:at])
            if field is not None:
                fields.append(field)
            start = at + 1
    return fields


def _trimmed(span: Span) -> Span | None:
    words = [t for t in span if not t.is_space]
    return span.doc[words[0].i : words[-1].i + 1] if words else None


def _names_a_person(field: Span) -> bool:
    words = [t for t in field if t.is_alpha]
    return 2 <= len(words) <= _MOST_NAME_WORDS and all(t.text[:1].isupper() for t in words)


def _names_an_office(fields: list[Span]) -> bool:
    """Whether a field between the name and the last one holds an office's word ("Executive Director",
    "Secretary-Treasurer"), after a suffix of the name ("Willie Burden, Jr., In-House Counsel")."""
    titles = actor_words().title_words | actor_words().position_words
    return any(t.lower_.split("-")[-1] in titles or t.lower_.split("-")[0] in titles for f in fields for t in f)


def _organisation_words(field: Span) -> bool:
    """Whether every word of the field can be part of an organisation's name: capitalised, in
    capitals, or a linking word ("United Food and Commercial Workers", "AFL-CIO", "WGA East")."""
    words = [t for t in field if not t.is_space]
    if not words or len(words) > _MOST_ORGANISATION_WORDS or words[0].lower_ in _LINKS:
        return False
    return all(t.lower_ in _LINKS or t.text[:1].isupper() for t in words)


def _mention(field: Span) -> EntityMention | None:
    name = clean_name(" ".join(t.text for t in field if not t.is_space).replace(" - ", "-"))
    if not name or name.lower() in actor_words().title_words:
        return None
    return named_organisation(name, field)  # "Jane Doe, Mayor, California": where the office is
