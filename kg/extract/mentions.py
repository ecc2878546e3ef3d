"""A mention of an actor in a parsed text, and the names, keys and word lists mentions are read with."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.facts import NodeFact
from kg.ids import slug
from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class EntityMention:
    """One mention of an actor or place in a doc, with its canonical node id."""

    id: str
    type: str
    label: str
    span: Span
    wikidata: str | None = None
    iso3: str | None = None
    named: bool = True
    """Whether the text names the actor (False for a bare "the Senate" read as the article's one
    senate: the bare word is then no alias of it)."""

    def node(self) -> NodeFact:
        """The node this mention stands for, with the gazetteer's names of it (so that it can be
        found as "USA" or "United States of America" whichever the text wrote)."""
        surface = clean_name(self.span.text)
        entry = gazetteer.by_id().get(self.id)
        names = dict.fromkeys((*(entry.names() if entry else ()), *((surface,) if self.named else ())))
        aliases = tuple(name for name in names if name and name != self.label)
        return NodeFact(self.id, self.type, self.label, aliases, (("wikidata", self.wikidata), ("iso3", self.iso3)))


def named_actor(name: str, span: Span) -> EntityMention:
    """The mention of the actor a name is: the gazetteer's entry for it, else an Institution of that name."""
    known = gazetteer.lookup(name)
    if known is not None:
        return EntityMention(known.id, known.type, known.label, span, known.wikidata, known.iso3)
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)


def named_organisation(name: str, span: Span) -> EntityMention | None:
    """`named_actor`, where the name is no nation's or place's, known to the gazetteer or a sub-national
    state ("told Russia", "Jane Doe, Mayor, California": where the speaker or the office is)."""
    if gazetteer.is_subdivision(name):
        return None
    mention = named_actor(name, span)
    return None if mention.type in (vocab.NATION, vocab.PLACE) else mention


@functools.lru_cache(maxsize=1 << 16)
def clean_name(text: str) -> str:
    """A surface name without a leading 'the', a possessive 's, an unclosed parenthesis, dangling
    words at its end ("Democratic Rally in", "Crete and") or surrounding punctuation.

    (Kept for the most recent names: extractors clean the same span's text several times.)
    """
    text = " ".join(text.replace("’", "'").translate(_INVISIBLE).split())
    text = _UNCLOSED.sub("", text)  # "African Continental Free Trade Area (AfCFTA"
    text = _LEADING_ARTICLE.sub("", text)
    text = _DANGLING.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip(" \"'“”,;:-•")


# Zero-width and soft-hyphen characters a page leaves inside a name ("Daily Xtra\u200d's"): never part of it.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_UNCLOSED = re.compile(r"\s*\([^)]*$")
_LEADING_ARTICLE = re.compile(r"^(the|The|a|an)\s+")
_DANGLING = re.compile(r"(\s+(of|in|and|or|for|at|on|to|with|the))+$")
_POSSESSIVE = re.compile(r"'s?$")


@functools.lru_cache(maxsize=1 << 16)  # asked for the same names many times per article
def person_key(name: str) -> str:
    """A person's name folded for comparison across spellings and transliterations: accents and
    case dropped, 'y' read as 'i' after a word's first letter, doubled letters single.

    >>> person_key("Sergey Lavrov") == person_key("Sergei Lavrov"), person_key("Recep Tayyip Erdoğan")
    (True, 'recep taip erdogan')
    >>> person_key("Beto O'Rourke"), person_key("O’Rourke")
    ('beto orourke', 'orourke')
    """
    folded = unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    # An elided prefix is part of the surname: "O'Rourke", "D'Alema" are one word, no initial.
    folded = _ELIDED_PREFIX.sub(r"\1", folded)
    words = re.sub(r"[^a-z]+", " ", folded.lower()).split()
    # The Arabic article as written in English ("el-Sisi", "al-Sisi") is one word.
    words = ["al" if word in _ARTICLES else word for word in words]
    # A middle initial is written or left out at will: "John R. Bolton" is "John Bolton".
    words = [word for index, word in enumerate(words) if len(word) > 1 or index in (0, len(words) - 1)]
    return " ".join(word if _ROMAN.match(word) else _folded(word) for word in words)


def _folded(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word[:1] + word[1:].replace("y", "i"))


_ELIDED_PREFIX = re.compile(r"\b([OoDdLl])['’`]\s?(?=[A-Za-z])")
_ROMAN = re.compile(r"^[ivx]+$")  # regnal numbers ("Elizabeth II") are not spelling


# Letters Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"})
_ARTICLES = {"al", "el", "ul"}


def person_id(name: str) -> str:
    """The id of a person named `name` as written ("Sergey Lavrov" -> "person:sergey-lavrov"), the
    same as the metadata extractor gives an author; spelling variants are merged across articles
    by `person_key` (kg.resolve.persons)."""
    return "person:" + slug(name)


@dataclass(frozen=True)
class ActorWords:
    """Word lists of ontology/actors.yaml, lower-cased."""

    not_actors: frozenset[str]
    titles: frozenset[str]
    title_words: frozenset[str]
    organisation_words: frozenset[str]
    event_words: frozenset[str]
    currencies: frozenset[str]
    body_heads: frozenset[str]
    body_words: frozenset[str]
    """`body_heads` and `organisation_words` together: the words a body's or an organisation's name ends in."""
    place_words: frozenset[str]
    place_endings: tuple[str, ...]
    """Endings of one-word street and square names in other languages ("Petersallee", "Lüderitzstraße")."""
    place_prefixes: frozenset[str]
    """ISO 4217 codes, compared as written ("ALL" is the lek, "all" a word)."""
    organisation_kinds: frozenset[str] = frozenset()
    """Lower-case nouns written before an organisation's name ("news agency", "trade union")."""
    legal_forms: frozenset[str] = frozenset()
    """The legal forms a company's name ends with ("corporation", "ltd"), lower-cased."""
    position_words: frozenset[str] = frozenset()
    """Words of a position held that are no title before a name ("counsel", "analyst"), lower-cased."""
    person_nouns: frozenset[str] = frozenset()
    """Lower-case nouns for a person written before the person's name ("actress", "son-in-law")."""
    party_adjectives: tuple[tuple[str, str], ...] = ()
    """A party's adjective as written and the party's name ("Republican", "Republican Party")."""
    publishing_verbs: frozenset[str] = frozenset()
    """Verbs of what is published "in" a publication ("published in Science Advances")."""


@functools.cache
def actor_words() -> ActorWords:
    """Read ontology/actors.yaml once (with the ISO 4217 currency codes of pycountry as non-actors)."""
    import pycountry

    data = load_yaml("actors.yaml")
    never = {word.lower() for words in data["not_actors"].values() for word in words}
    titles = frozenset(t.lower() for t in data["titles"])
    organisation_words = frozenset(w.lower() for w in data["organisation_words"])
    body_heads = frozenset(w.lower() for w in data["body_heads"])
    return ActorWords(
        not_actors=frozenset(never),
        titles=titles,
        title_words=frozenset(word for title in titles for word in title.split()),
        organisation_words=organisation_words,
        event_words=frozenset(w.lower() for w in data["event_words"]),
        currencies=frozenset(currency.alpha_3 for currency in pycountry.currencies),
        body_heads=body_heads,
        body_words=organisation_words | body_heads,
        place_words=frozenset(w.lower() for w in data["place_words"]),
        place_endings=tuple(w.lower() for w in data["place_endings"]),
        place_prefixes=frozenset(data["place_prefixes"]),
        organisation_kinds=frozenset(data["organisation_kinds"]),
        legal_forms=frozenset(w.lower() for w in data["legal_forms"]),
        position_words=frozenset(w.lower() for w in data["position_words"]),
        person_nouns=frozenset(data["person_nouns"]),
        party_adjectives=tuple(data["party_adjectives"].items()),
        publishing_verbs=frozenset(data["publishing_verbs"]),
    )
