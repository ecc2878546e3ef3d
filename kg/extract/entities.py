"""Entity extractor: nations, institutions, persons and places in a parsed text.

Gazetteer matches (the EntityRuler) give canonical ids; the statistical NER covers what the
gazetteers miss (ORG -> Institution, PERSON -> Person, GPE -> resolved against the nations, else a
Place), after general filters: topics such as "AI" are not actors, regions are not nations, and
a capitalised word that only starts a sentence is not a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.facts import NodeFact, slug
from kg.extract.lexicon import lexicon
from kg.extract.nlp import INSTITUTION_LABEL, NATION_LABEL, REGION_LABEL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_DATE_WORDS = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|yesterday|tomorrow)$",
    re.IGNORECASE,
)
_NAME_PARTICLES = {"de", "van", "von", "der", "bin", "al", "da", "di", "le", "la", "del", "du"}


@dataclass(frozen=True)
class EntityMention:
    """One mention of an actor or place in a doc, with its canonical node id."""

    id: str
    type: str
    label: str
    span: Span
    wikidata: str | None = None
    iso3: str | None = None

    def node(self) -> NodeFact:
        """The node this mention stands for."""
        surface = clean_name(self.span.text)
        aliases = (surface,) if surface and surface != self.label else ()
        return NodeFact(self.id, self.type, self.label, aliases, (("wikidata", self.wikidata), ("iso3", self.iso3)))


def clean_name(text: str) -> str:
    """A surface name without a leading 'the', a possessive 's or surrounding punctuation."""
    text = " ".join(text.replace("’", "'").split())
    text = re.sub(r"^(the|The|a|an)\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    return text.strip(" \"'“”,;:-•")


def entity_mentions(doc: Doc) -> list[EntityMention]:
    """The actor and place mentions of a doc, in text order."""
    headline = is_headline(doc)
    found: list[EntityMention] = []
    for span in doc.ents:
        mention = _mention(span, headline)
        if mention is not None:
            found.append(mention)
    return found


def is_headline(doc: Doc) -> bool:
    """Title Case text ("US Looking to Build Alliances"), where NER takes any capitalised run for
    a name: there only gazetteer names are trusted."""
    from spacy.attrs import IS_ALPHA, LENGTH, ORTH

    # Read from the doc's arrays: a Token object per token would cost more than the test.
    strings = doc.vocab.strings
    words = [orth for alpha, length, orth in doc.to_array([IS_ALPHA, LENGTH, ORTH]).tolist() if alpha and length > 3]
    return len(words) >= 3 and sum(strings[orth][0].isupper() for orth in words) >= 0.75 * len(words)


def _mention(span: Span, headline: bool) -> EntityMention | None:
    if span.label_ in (NATION_LABEL, INSTITUTION_LABEL):
        return _known(span, gazetteer.by_id().get(span.ent_id_))
    if span.label_ == REGION_LABEL or headline:
        return None
    name = clean_name(span.text)
    if not _plausible_name(name):
        return None
    known = gazetteer.lookup(name)
    if known is not None and span.label_ in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"):
        return _known(span, known)
    if span.label_ == "ORG":
        if _is_agreement_name(span) or not _plausible_organisation(span):
            return None
        return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)
    if span.label_ == "PERSON" and _plausible_person(span, name):
        return EntityMention("person:" + slug(name), vocab.PERSON, name, span)
    # Short all-caps GPEs ("RT", "E.O.") are mostly abbreviations the NER misread as places.
    if span.label_ == "GPE" and name.lower() not in lexicon().regions and len(name.replace(".", "")) > 3:
        return EntityMention("place:" + slug(name), vocab.PLACE, name, span)
    return None


def _known(span: Span, entry: gazetteer.Entry | None) -> EntityMention | None:
    if entry is None:
        return None
    return EntityMention(entry.id, entry.type, entry.label, span, entry.wikidata, entry.iso3)


def _plausible_name(name: str) -> bool:
    lowered = name.lower()
    return (
        len(name) > 1
        and any(ch.isupper() for ch in name)
        and lowered not in lexicon().not_entities
        and lowered not in lexicon().regions
        and not _DATE_WORDS.match(name)
        and not any(ch.isdigit() for ch in name)
    )


def _plausible_person(span: Span, name: str) -> bool:
    tokens = [t for t in span if t.text not in ("'s", "’s")]
    if not tokens or any(t.text.lower() in lexicon().not_entities for t in tokens):
        return False
    words = name.split()
    if not all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words):
        return False
    if any(len(w) == 1 for w in words):
        return False  # "Q John": a transcript's speaker mark, not a name
    if any(_DATE_WORDS.match(w) for w in words):
        return False
    if len(words) == 1:
        # A lone capitalised word that starts a sentence is usually an ordinary word ("Improper").
        token = tokens[0]
        return token.pos_ == "PROPN" and not token.is_sent_start
    return all(t.pos_ in ("PROPN", "NOUN") or t.text.lower() in _NAME_PARTICLES for t in tokens)


def _plausible_organisation(span: Span) -> bool:
    first = span[0]
    if first.text.lower() in lexicon().not_entities:
        return False  # "AI Incentive Optimization" is a product
    return not (len(span) == 1 and first.is_sent_start and first.pos_ != "PROPN")


def _is_agreement_name(span: Span) -> bool:
    return span.root.lemma_.lower() in lexicon().agreement_heads or span.root.text.lower() == "order"
