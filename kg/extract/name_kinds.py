"""What a name is by the words around it: the kind of thing the text says it is.

NER types a name by its letters; the sentence often says what it names. A common noun of a kind
written before the name ("the Mexican company Cultura Colectiva", "the superhero film Black
Panther", "an attendee Om Prakash"), in apposition to it ("UpGuard, a cybersecurity firm"), after
it as the noun it modifies ("the Johan Sverdrup oil field") or as its predicate ("Naruto is a cartoon
character") makes it an organisation, a person, a place, or no actor at all (ontology/name_kinds.yaml).
So do a storm's title ("Hurricane Dorian"), an indefinite article ("a recalled 2005 Opel Zafira"),
an age ("40-year-old Skandaraj Navaratnam"), the body a person is "of" ("Nils-Erik Haagenrud of
Rogaland Fire and Rescue said"), the office of a place ("Chelyabinsk's governor") and a list of
places ("from Dolgellau, Harlech and Bala"). Parts of an office are no bodies ("the minister for East
African Affairs", "Bishop-Emeritus of Marbel"), the place of an office is no part of its holder's
name ("Mayor of Koszalin Piotr Jedlinski"), and a name NER cut at its "and" is the whole name the
article writes elsewhere ("Rogaland Fire" + "and" + "Rescue"). What one sentence says of a name holds for the same
name across the article ("Humberto" after "Tropical Storm Humberto"; "Black Panther" in every
sentence once "the film Black Panther"), and for the other names it is given ("Black Panther,
also known as King T'Challa"; "MVP (Most Valuable Player)").

Only names the gazetteers do not know are re-read, and only persons, institutions and places.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.lexicon import lexicon
from kg.extract.mentions import EntityMention, actor_words, clean_name, person_id
from kg.ids import slug
from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["NameKinds", "name_kinds", "reread_by_kind", "stands_as_place"]

ORGANISATION, PERSON, PLACE, OTHER = "organisation", "person", "place", "other"
_READ_TYPES = (vocab.PERSON, vocab.INSTITUTION, vocab.PLACE)
# Prepositions before a list of places ("appliances from Dolgellau, Harlech and Bala").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "across", "around", "between", "through"})
_AT_PLACE = frozenset({"in", "at", "near"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "KG_PLACE"})
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


@dataclass(frozen=True)
class NameKinds:
    """Word lists of ontology/name_kinds.yaml: the kind nouns by what they make a name, lower-cased."""

    kinds: dict[str, str]
    """Kind noun lemma -> "organisation", "person", "place" or "other"."""
    storm_words: tuple[tuple[str, ...], ...]
    """The words of each storm title, lower-cased, longest first ("tropical storm", "storm")."""
    place_offices: frozenset[str]
    naming_verbs: frozenset[str]
    portfolio_offices: frozenset[str] = frozenset()
    place_objects: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    """Person nouns a name is "of" as a person ("wife of Valery Tsapkala"), not as a body."""
    place_subjects: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    """Nouns of a place a name is "of" ("the city of Omsk", "the Greek island of Samos")."""


@functools.cache
def name_kinds() -> NameKinds:
    """Read ontology/name_kinds.yaml once."""
    data = load_yaml("name_kinds.yaml")
    kinds = {word.lower(): kind for kind in (ORGANISATION, PERSON, PLACE, OTHER) for word in data[kind]}
    storms = sorted((tuple(title.lower().split()) for title in data["storm_words"]), key=len, reverse=True)
    return NameKinds(
        kinds=kinds,
        storm_words=tuple(storms),
        place_offices=frozenset(w.lower() for w in data["place_offices"]),
        naming_verbs=frozenset(w.lower() for w in data["naming_verbs"]),
        portfolio_offices=frozenset(w.lower() for w in data["portfolio_offices"]),
        place_objects=frozenset(w.lower() for w in data["place_objects"]),
        relatives=frozenset(w.lower() for w in data["relatives"]),
        place_subjects=frozenset(w.lower() for w in data["place_subjects"]),
        settlement_nouns=frozenset(w.lower() for w in data["settlement_nouns"]),
    )


def reread_by_kind(groups: list[list[EntityMention]]) -> list[list[EntityMention]]:
    """The mentions of an article's pieces, each name typed by the kind its sentences give it: an
    organisation's name made an Institution, a person's a Person, a place's a Place, and the names of
    things that are no actors (works, storms, products, awards) left out."""
    groups = _rejoined(groups)
    mentions = [m for group in groups for m in group if _rereadable(m)]
    reads: dict[str, tuple[str, EntityMention]] = {}
    # A name with an indefinite article is a thing of a kind where written so ("a no-deal Brexit"),
    # not everywhere ("Brexit deal" still names the instrument): only its own mention, and the longer
    # names it heads ("a NBA Finals MVP": "NBA MVP", "All-Star MVP"), are no actors.
    things = {(id(m.span.doc), m.span.start) for m in mentions if _indefinite(m.span)}
    for mention in mentions:
        kind = _kind(mention)
        if kind is not None:
            _read(reads, mention.label, kind)
            storm = _storm_name(mention.span)
            if storm:
                _read(reads, storm, (OTHER, mention))
    # Another name given to a name read ("also known as", a bracket after it) is of its kind.
    for mention in mentions:
        if mention.label not in reads:
            other = _named_also(mention.span, mentions, reads, things)
            if other is not None:
                reads[mention.label] = (other, mention)
    groups = [[_without_home(m) for m in group] for group in groups]
    if not reads and not things:
        return groups
    heads = {m.label for m in mentions if (id(m.span.doc), m.span.start) in things and " " not in m.label}
    return [
        [r for m in group if (id(m.span.doc), m.span.start) not in things and (r := _reread(m, reads, heads))]
        for group in groups
    ]


def stands_as_place(span: Span) -> bool:
    """Whether a name stands where a place does, itself or the first item of the list it ends: after a
    preposition of place ("police in Boulder", "redirected to Omsk"), after a settlement's noun and
    "of" ("the towns of Beni, Butembo and Katwa") or in apposition to one ("the capital, Sanaa,")."""
    settlements = (*name_kinds().settlement_nouns, "capital")
    root = _first_conjunct(span.root)
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return head.lower_ in _PLACE_PREPOSITIONS or (head.lower_ == "of" and head.head.lemma_.lower() in settlements)
    return root.dep_ == "appos" and head.lemma_.lower() in settlements


def _without_home(mention: EntityMention) -> EntityMention:
    """A person's name NER ran together with the place of the office before it ("Mayor of Koszalin
    Piotr Jedlinski" -> "Piotr Jedlinski"): three or four capitalised words after a title and "of" or
    "from", of which the last two are the name (a place the gazetteer knows is cut by the entity
    extractor already)."""
    span = mention.span
    doc = span.doc
    if mention.type != vocab.PERSON or not 3 <= len(span) <= 4 or span.start < 2 or not _rereadable(mention):
        return mention
    if doc[span.start - 1].lower_ not in ("of", "from") or doc[span.start - 2].lower_ not in actor_words().titles:
        return mention
    name = doc[span.end - 2 : span.end]
    if not all(t.is_title and t.is_alpha for t in name):
        return mention
    label = clean_name(name.text)
    return replace(mention, id=person_id(label), label=label, span=name)


def _indefinite(span: Span) -> bool:
    """A name with "a" or "an" before it ("a recalled 2005 Opel Zafira", "a NBA Finals MVP", "the
    militia, a U.S.-designated Foreign Terrorist Organization"): one thing of a kind the name names, or a class.
    An organisation's name is one only as a predicate ("establishing a Privacy Enforcement and
    Protection Unit" sets a body up); after a kind noun the article is the noun's ("a resident Priya
    Nair")."""
    name = _trimmed(span)
    root = name.root
    words = actor_words()
    predicate = root.dep_ in ("attr", "oprd", "appos") or (root.dep_ == "pobj" and root.head.lower_ == "as")
    if not predicate and any(t.lower_ in words.organisation_words or t.lower_ in words.body_heads for t in name):
        return False
    for det in root.children:
        if det.dep_ == "det" and det.lower_ in ("a", "an") and det.i < name.start:
            return not any(t.pos_ == "NOUN" and t.is_lower for t in span.doc[det.i + 1 : name.start])
    return False


def _rejoined(groups: list[list[EntityMention]]) -> list[list[EntityMention]]:
    """An organisation's name NER cut at its "and" ("Rogaland Fire" + "and" + "Rescue requested
    support") made whole, where the article names the organisation whole elsewhere ("Nils-Erik
    Haagenrud of Rogaland Fire and Rescue"): the mention after the "and" becomes the whole name, and
    what NER read before the "and" goes."""
    whole = {m.label: m for group in groups for m in group if m.type == vocab.INSTITUTION and " and " in m.label}
    if not whole:
        return groups
    joined: list[list[EntityMention]] = []
    for group in groups:
        out: list[EntityMention] = []
        for mention in group:
            span = _whole_before(mention, whole) if _rereadable(mention) else None
            if span is None:
                out.append(mention)
                continue
            out = [m for m in out if m.span.doc is not span.doc or m.span.end <= span.start]
            out.append(replace(whole[clean_name(span.text)], span=span))
        joined.append(out)
    return joined


def _whole_before(mention: EntityMention, whole: dict[str, EntityMention]) -> Span | None:
    """The span of a whole name of `whole` that ends with `mention` after an "and", if any."""
    span = mention.span
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("and", "&"):
        return None
    for start in range(span.start - 2, max(-1, span.start - 6), -1):
        if not doc[start].is_title:
            return None
        candidate = doc[start : span.end]
        if clean_name(candidate.text) in whole:
            return candidate
    return None


def _read(reads: dict[str, tuple[str, EntityMention]], label: str, kind: tuple[str, EntityMention]) -> None:
    """Keep what the article says a name is: the first kind read, unless a later sentence says it is
    no actor or a place ("the director of Black Panther" reads an organisation; "the film Black
    Panther" decides)."""
    held = reads.get(label)
    if held is None or _PRIORITY.index(kind[0]) < _PRIORITY.index(held[0]):
        reads[label] = kind


_PRIORITY = (OTHER, PLACE, ORGANISATION, PERSON)


def _rereadable(mention: EntityMention) -> bool:
    return mention.type in _READ_TYPES and mention.id not in gazetteer.by_id()


def _reread(
    mention: EntityMention, reads: dict[str, tuple[str, EntityMention]], heads: set[str]
) -> EntityMention | None:
    """`mention` as the kind read for its name, or None where that names no actor. A longer name
    headed by a word read as no actor is none either ("NBA MVP" is an MVP): `heads` are such words
    read as things in one place only."""
    if not _rereadable(mention):
        return mention
    found = reads.get(mention.label)
    last = mention.label.split()[-1]
    if found is None and last != mention.label:
        if last in heads:
            return None
        found = reads.get(last) if reads.get(last, ("",))[0] == OTHER else None
    if found is None:
        return mention
    kind, read = found
    if kind == OTHER:
        return None
    if kind == PLACE and mention.type != vocab.PLACE:
        return replace(mention, id="place:" + slug(mention.label), type=vocab.PLACE)
    if kind == ORGANISATION and mention.type in (vocab.PERSON, vocab.PLACE):
        return replace(mention, id="institution:" + slug(mention.label), type=vocab.INSTITUTION)
    whole = _with_given_names(read.span)
    if kind == PERSON and mention.type in (vocab.INSTITUTION, vocab.PLACE) and _person_words(whole):
        span = whole if read.label == mention.label else mention.span
        name = clean_name(span.text) if read.label == mention.label else mention.label
        if mention.span.start >= span.start and mention.span.end <= span.end and mention.span.doc is span.doc:
            return replace(mention, id=person_id(name), type=vocab.PERSON, label=name, span=span)
        return replace(mention, id=person_id(name), type=vocab.PERSON, label=name)
    return mention


def _kind(mention: EntityMention) -> tuple[str, EntityMention] | None:
    """What the words around one mention say its name is, if anything."""
    span = _trimmed(mention.span)
    if _storm_name(span) or _after_storm_word(span):
        return OTHER, mention
    for noun in _kind_nouns(span):
        kind = name_kinds().kinds.get(noun.lemma_.lower()) or name_kinds().kinds.get(noun.lower_)
        if kind is not None:
            return kind, mention
    root = span.root
    if _office_part(span):
        return OTHER, mention
    if root.dep_ == "amod" and all(t.pos_ == "ADJ" for t in span):
        return OTHER, mention  # "Polish Roman Catholic priests": adjectives of a noun, no name
    if _aged(span):
        return PERSON, mention
    if root.dep_ == "poss" and root.head.lemma_.lower() in name_kinds().place_offices:
        return PLACE, mention
    if mention.type == vocab.INSTITUTION and (_of_a_body(span) or _holds_office(span)):
        return PERSON, mention
    if mention.type == vocab.PERSON and root.ent_type_ == "ORG" and _body_of_an_office(span):
        return ORGANISATION, mention
    if _listed_with_places(span) or _place_by_verb(root):
        return PLACE, mention
    return None


@functools.cache
def _office_heads() -> frozenset[str]:
    """The head words of the `office_titles` of ontology/extraction.yaml ("minister" of "prime minister")."""
    return frozenset(title.split()[-1] for title in lexicon().office_titles)


def _holds_office(span: Span) -> bool:
    """Whether the sentence gives the name an office a person holds: in apposition ("Ricardo Rosselló
    Nevares, Puerto Rico's governor, announced"), or as what it resigned or served as ("X resigned as
    the governor"). `office_titles` of ontology/extraction.yaml."""
    root = span.root
    offices = _office_heads()
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if any(c.lemma_.lower() in offices and c.pos_ == "NOUN" for c in apposed):
        return True
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in ("resign", "serve", "step"):
        return False
    held = [o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    return any(o.lemma_.lower() in offices and o.pos_ == "NOUN" for o in held)


def _kind_nouns(span: Span) -> list[Token]:
    """The common nouns that say what the name of `span` is: before it and modifying it ("the
    company X"), in apposition ("X, a firm"; "the film X"), modified by it ("the X oil field"), its
    predicate ("X is a character") or the settlement it is "of" ("the town of Kherson")."""
    root = span.root
    found = [t for t in span.doc[max(0, span.start - 4) : span.start] if t.head.i in range(span.start, span.end)]
    found = [t for t in found if t.dep_ in ("compound", "nmod", "amod") and _common_noun(t)]
    found += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end and _common_noun(c)]
    if root.dep_ == "appos" and root.head.i < span.start and _common_noun(root.head):
        found.append(root.head)
    # "the Ekofisk oil field", "the Wagner group"; but "a Hampshire Police spokesman" is the spokesman's
    # body, not a person, and "the Trump campaign", "the Lewinsky affair" are the person's
    modified = root.dep_ in ("compound", "nmod") and root.head.i >= span.end and _common_noun(root.head)
    if modified and name_kinds().kinds.get(root.head.lemma_.lower()) in (PLACE, ORGANISATION):
        found.append(root.head)
    verb = root.head
    if root.dep_ == "oprd" and verb.lemma_.lower() in name_kinds().naming_verbs and verb.dep_ == "acl":
        found += [verb.head] if _common_noun(verb.head) else []  # "a country retreat called Bryn Tirion"
    found += _listed_after(span)
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in name_kinds().settlement_nouns:
        found.append(of.head)  # "the city of Omsk", "the Greek island of Samos"
    if root.dep_ == "attr" and root.head.lemma_ == "be":  # "the nearest settlement is Rachel"
        found += [c for c in root.head.children if c.dep_ == "nsubj" and _common_noun(c)]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        found += [c for c in root.head.children if c.dep_ == "attr" and _common_noun(c)]
    return found


def _listed_after(span: Span) -> list[Token]:
    """The kind noun a colon ends before a list of names that `span` is in ("home to three lions:
    Rambo, Katryn and Nakita"): capitalised words, commas and "and" back to the colon."""
    doc = span.doc
    at = span.start - 1
    while at > 0 and (doc[at].is_title or doc[at].text == "," or doc[at].lower_ in ("and", "&")):
        at -= 1
    if at < 1 or doc[at].text != ":" or not _common_noun(doc[at - 1]):
        return []
    return [doc[at - 1]]


def _office_part(span: Span) -> bool:
    """A name that is part of an office's title: the field after "minister for" ("the minister for
    East African Affairs", "Minister of State for Trade & Industry"), or a title with a hyphenated
    qualifier ("Bishop-Emeritus of Marbel")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        office = root.head.head
        if office.lemma_.lower() in name_kinds().portfolio_offices and not any(t.ent_type_ == "PERSON" for t in span):
            return True
    state = span[0]
    if state.lower_ == "state" and state.dep_ == "pobj" and state.head.lower_ == "of":
        # "Minister of State for Trade & Industry", "Secretary of State for Health": the office's own title
        return state.head.head.lemma_.lower() in name_kinds().portfolio_offices
    first = clean_name(span.text).split(" ")[0]
    words = actor_words()
    return (
        "-" in first
        and first.split("-")[0].lower() in words.titles
        and not any(t.lower_ in words.organisation_words for t in span)
    )


def _trimmed(span: Span) -> Span:
    """`span` without a leading article or quotation mark (the "the" of 'the "Kiss & Fly" section')."""
    start = span.start
    while start < span.end - 1 and (span.doc[start].dep_ == "det" or span.doc[start].is_punct):
        start += 1
    return span.doc[start : span.end]


def _body_of_an_office(span: Span) -> bool:
    """A name NER read as an organisation's after an office and "of" ("the then-manager of Barmouth
    Publicity", "Director of Mid Wales Tourism Partnership"): the body the office is of."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    if any(t.dep_ != "det" for t in span.doc[root.head.i + 1 : span.start]):
        return False  # "First Minister of Scotland Nicola Sturgeon": the office is of the place before the name
    office = root.head.head
    if office.lower_ in name_kinds().relatives:
        return False  # "wife of Valery Tsapkala": of a person
    return office.lower_ in actor_words().title_words or name_kinds().kinds.get(office.lower_) == PERSON


def _common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower


def _storm_name(span: Span) -> str:
    """The given name of a storm its title starts ("Tropical Storm Humberto" -> "Humberto"), or ""."""
    words = [t.lower_ for t in span]
    for title in name_kinds().storm_words:
        if len(words) > len(title) and tuple(words[: len(title)]) == title:
            return clean_name(span[len(title) :].text)
    return ""


def _after_storm_word(span: Span) -> bool:
    """A name right after a storm's title outside it ("hurricane Humberto")."""
    doc = span.doc
    for title in name_kinds().storm_words:
        start = span.start - len(title)
        words = doc[start : span.start] if start >= 0 else None
        if words and tuple(t.lower_ for t in words) == title and all(t.pos_ in ("PROPN", "NOUN") for t in words):
            return True  # "hurricane Humberto"; not "try to storm Parliament"
    return False


def _aged(span: Span) -> bool:
    """A name right after an age ("40-year-old Skandaraj Navaratnam"): a person's."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    return (before[-1:] == ["old"] and "year" in before) or bool(before and before[-1].endswith("-year-old"))


def _of_a_body(span: Span) -> bool:
    """A name NER read as an organisation's, followed by "of" and a body ("Suman Haripriya of the Hajo
    assembly said"): a person of that body, where its words can be a person's name."""
    if not _person_words(span):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.lower_ != "of" or after.head.i not in range(span.start, span.end):
        return False
    words = actor_words()
    for pobj in (c for c in after.children if c.dep_ == "pobj"):
        if pobj.ent_type_ in ("ORG", "KG_INSTITUTION") or pobj.lower_ in words.body_heads:
            return True
        if pobj.lower_ in words.organisation_words or name_kinds().kinds.get(pobj.lower_) == ORGANISATION:
            return True
    return False


def _person_words(span: Span) -> bool:
    """Whether the words of `span` can be a person's name: two to four capitalised words, none an
    organisation's word nor written in capitals."""
    words = clean_name(span.text).split()
    organisation = actor_words().organisation_words
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.match(w) and not w.isupper() for w in words)
        and not any(w.lower() in organisation for w in words)
    )


def _with_given_names(span: Span) -> Span:
    """A person's span with the capitalised names NER left out before it ("attendee Om" + "Prakash")."""
    doc = span.doc
    start = span.start
    titles = actor_words().title_words
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and doc[start - 1].lower_ not in titles
        and doc[start - 1].head.i in range(start, span.end)
    ):
        start -= 1
    return doc[start : span.end]


def _listed_with_places(span: Span) -> bool:
    """A name in a list after a place's preposition, another of whose items NER or the gazetteer read
    as a place ("appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog")."""
    first = _first_conjunct(span.root)
    if first.dep_ != "pobj" or first.head.lower_ not in _PLACE_PREPOSITIONS:
        return False
    items = [first, *(t for t in first.subtree if t.dep_ == "conj" and _first_conjunct(t).i == first.i)]
    others = [t for t in items if t.i not in range(span.start, span.end)]
    if first.head.lower_ in _AT_PLACE and others and all(_placed(t) for t in others):
        return True  # "terminals in Damietta and Idku"
    # "from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog"; but "a couple from Florida,
    # Richard and Lisa Parry" names the couple after their home
    return len(items) >= 4 and any(_placed(t) for t in others)


def _place_by_verb(root: Token) -> bool:
    """A name that is the object of a verb of going into or out of a place ("the army entered Tell
    Tamer and Ain Issa"), or the passive subject of "located" ("Bontddu is located near ..."),
    itself or as a later item of a list."""
    root = _first_conjunct(root)
    verb = root.head
    kinds = name_kinds()
    lemma = verb.lemma_.lower()
    return (root.dep_ == "dobj" and verb.pos_ == "VERB" and lemma in kinds.place_objects) or (
        root.dep_ == "nsubjpass" and lemma in kinds.place_subjects
    )


def _first_conjunct(token: Token) -> Token:
    """The first item of the list `token` is a later item of (`token` itself if none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _placed(token: Token) -> bool:
    """Whether NER or the gazetteer read `token` as part of a place's name, or it is a place's word."""
    return token.ent_type_ in _PLACE_ENTS or token.lower_ in actor_words().place_words


def _named_also(
    span: Span,
    mentions: list[EntityMention],
    reads: dict[str, tuple[str, EntityMention]],
    things: set[tuple[int, int]],
) -> str | None:
    """The kind read for the name `span` is another name of: "X, also known as Y" or "X (Y)"."""
    root = span.root
    doc = span.doc
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        verb = root.head.head
        if verb.lemma_.lower() in name_kinds().naming_verbs and verb.dep_ == "acl":
            return _read_kind(verb.head, mentions, reads, things)
    if root.dep_ == "appos" and span.start > 0 and doc[span.start - 1].text == "(":
        return _read_kind(root.head, mentions, reads, things)
    return None


def _read_kind(
    token: Token,
    mentions: list[EntityMention],
    reads: dict[str, tuple[str, EntityMention]],
    things: set[tuple[int, int]],
) -> str | None:
    """The kind read for the name of the mention `token` is part of."""
    for mention in mentions:
        if mention.span.doc is token.doc and mention.span.start <= token.i < mention.span.end:
            if (id(mention.span.doc), mention.span.start) in things:
                return OTHER
            found = reads.get(mention.label)
            return found[0] if found else None
    return None
