"""Actors resolved inside one article: the later, shorter names of an actor read as the actor.

- A person named in full ("John Kerry") is the person its surname, or title and surname, refers to
  elsewhere in the article ("Kerry", "Secretary Kerry"), before or after the full name; a name
  that is a person's in the article is that person wherever NER typed it an organisation or place
  ("Rouhani", "Cameron" as organisations).
- An abbreviation defined in the article ("International Atomic Energy Agency (IAEA)") is the body
  it abbreviates wherever it is used.
- A bare body name ("the Senate", "Parliament") is the article's one body of that kind when the
  article names exactly one ("the Argentine Senate"); otherwise it stays as the gazetteer reads it
  ("Senate" alone is the US Senate), or, where the gazetteer does not know it, names no actor.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.composite import STATE_BODY, TERRITORY_BODY, spelled_out
from kg.extract.lexicon import lexicon
from kg.extract.mentions import EntityMention, actor_words, clean_name, person_id, person_key
from kg.extract.name_kinds import reread_by_kind, stands_as_place
from kg.extract.nlp import tokens_with_lemma
from kg.ids import slug

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z&]*[A-Z][A-Za-z]*$")  # "SDF", "NSW", "PG&E"


def resolve_article_actors(
    groups: list[list[EntityMention]], docs: list[Doc] | None = None
) -> list[list[EntityMention]]:
    """The mentions of each parsed piece of one article (title, excerpt, body, ...), with the
    names of one actor given that actor's id, type and label. With the pieces' `docs`, a surname
    NER left untagged ("Maróth said") is a mention of the person too."""
    groups = reread_by_kind(groups)  # "the company X", "Hurricane X", "X, a firm": what the text says X is
    mentions = [m for group in groups for m in group]
    places, instruments = _bracket_definitions(docs or [])
    abbreviations = _defined_abbreviations(mentions)
    abbreviations.update(_bracketed_full_names(mentions))
    abbreviations.update(places)  # "NSW" is the state, not its parliament
    titled = _titled_persons(mentions)
    surnames = _surnames([m for m in mentions if m.type != vocab.PERSON or clean_name(m.span.text) not in titled])
    groups = [[part for m in group for part in _paired_surnames(m, surnames)] for group in groups]
    if docs is not None:
        groups = [_with_surnames(group, doc, surnames) for group, doc in zip(groups, docs, strict=True)]
    mentions = [m for group in groups for m in group]
    dominant = dominant_nation(mentions)
    bodies = _named_bodies(mentions, dominant)
    first_words = _first_words(mentions)
    abbreviations.update(_apposed_names(mentions))
    legal = _legal_names(mentions)
    abbreviations.update(legal)
    abbreviations.update(_national_names(mentions))
    for short, full in _initialisms(mentions).items():
        abbreviations.setdefault(short, full)
    abbreviations = {name: _followed(actor, abbreviations) for name, actor in abbreviations.items()}
    # "ABS-CBN" is the company "ABS-CBN Corporation" names with its legal form, not a shortening of it.
    first_words = {word: m for word, m in first_words.items() if word not in {b.label for b in legal.values()}}
    groups = _named_territory_bodies(groups)
    resolved = [[_resolved(m, abbreviations, surnames, bodies, first_words, titled) for m in group] for group in groups]
    resolved = _named_state_bodies(_home_states(resolved, dominant))
    resolved = [[m for m in group if not m.id.startswith(TERRITORY_BODY)] for group in resolved]
    families = _family_names(mentions)
    resolved = _persons_named_alike(resolved)
    fuller = _fuller_names([m for group in resolved for m in group])
    resolved = [[_as(m, fuller[m.id]) if m.id in fuller else m for m in group] for group in resolved]
    towns = _towns_read_as_actors(resolved)
    return [
        [
            replace(m, id="place:" + slug(m.label), type=vocab.PLACE) if m.label in towns else m
            for m in group
            if not (_unresolved_bare(m) or _names_instrument(m, instruments) or _family(m, families))
        ]
        for group in resolved
    ]


def _persons_named_alike(groups: list[list[EntityMention]]) -> list[list[EntityMention]]:
    """A full name the article gives a person that NER read as an organisation or a place in another
    sentence or the headline ("Germany says Alexei Navalny poisoned with Novichok"): that person. Only
    names of two words or more (one word may be a surname and a company: "Ford")."""
    persons = {m.label: m for group in groups for m in group if m.type == vocab.PERSON and " " in m.label}
    if not persons:
        return groups
    return [
        [
            replace(persons[m.label], span=m.span)
            if m.label in persons and m.type in (vocab.INSTITUTION, vocab.PLACE) and m.id not in gazetteer.by_id()
            else m
            for m in group
        ]
        for group in groups
    ]


def _towns_read_as_actors(groups: list[list[EntityMention]]) -> set[str]:
    """The one-word "persons" and "organisations" of an article that are towns of the world or regions
    of a state and stand where a place does in one sentence at least ("the capital, Sanaa,", "police
    in Boulder"): places, unless a person of the article bears that name ("Kennedy" after "Robert F.
    Kennedy")."""
    mentions = [m for group in groups for m in group]
    surnames = {m.label.split()[-1] for m in mentions if m.type == vocab.PERSON and " " in m.label}
    return {
        m.label
        for m in mentions
        if m.type in (vocab.PERSON, vocab.INSTITUTION)
        and " " not in m.label
        and m.label not in surnames
        and m.id not in gazetteer.by_id()
        and stands_as_place(m.span)
        and (gazetteer.is_town(m.label) or gazetteer.is_subdivision(m.label))
    }


def _family_names(mentions: list[EntityMention]) -> frozenset[str]:
    """The surnames two or more persons of the article share ("Shinawatra": Thaksin and Yingluck)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        words = person_key(mention.label).split()
        if mention.type == vocab.PERSON and len(words) >= 2:
            owners[words[-1]].add(mention.id)
    return frozenset(name for name, ids in owners.items() if len(ids) > 1)


def _family(mention: EntityMention, families: frozenset[str]) -> bool:
    """An organisation NER found that is a surname several persons of the article share: a family
    ("the Shinawatra family"), no organisation."""
    name = clean_name(mention.span.text)
    return (
        mention.type == vocab.INSTITUTION
        and mention.id not in gazetteer.by_id()
        and " " not in name
        and person_key(name) in families
    )


def _legal_names(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """A company's name with its legal form ("ABS-CBN Corporation") -> the company as the article
    also names it without one ("ABS-CBN")."""
    plain = {m.label: m for m in mentions if m.type == vocab.INSTITUTION}
    found: dict[str, EntityMention] = {}
    for mention in mentions:
        name = clean_name(mention.span.text)
        base, _, form = name.rpartition(" ")
        if mention.type == vocab.INSTITUTION and form.lower() in actor_words().legal_forms and base in plain:
            found.setdefault(name, plain[base])
    return found


def _followed(actor: EntityMention, names: dict[str, EntityMention]) -> EntityMention:
    """The actor a name stands for, through the names that stand for another ("NSF" for "U.S. National
    Science Foundation", which is the article's "National Science Foundation")."""
    seen = {actor.id}
    while (further := names.get(clean_name(actor.span.text))) is not None and further.id not in seen:
        seen.add(further.id)
        actor = further
    return actor


def _national_names(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """An organisation's name with its nation before it ("U.S. National Science Foundation") -> the
    organisation as the article also names it without one ("the National Science Foundation"), or with
    another name of that nation ("U.S. Geological Survey", "United States Geological Survey")."""
    plain = {m.label: m for m in mentions if m.type == vocab.INSTITUTION}
    found: dict[str, EntityMention] = {}
    prefixed: dict[tuple[str, str], EntityMention] = {}  # "U.S. Geological Survey", "United States Geological Survey"
    for mention in mentions:
        if mention.type != vocab.INSTITUTION or mention.id in gazetteer.by_id():
            continue
        name = clean_name(mention.span.text)
        words = name.split()
        for size in range(1, min(3, len(words) - 1) + 1):
            nation = gazetteer.lookup(" ".join(words[:size]))
            if nation is None or nation.type != vocab.NATION:
                continue
            rest = " ".join(words[size:])
            if rest in plain and plain[rest].id != mention.id:
                found.setdefault(name, plain[rest])
            elif prefixed.setdefault((nation.id, rest), mention).id != mention.id:
                found.setdefault(name, prefixed[(nation.id, rest)])
            break
    return found


def _initialisms(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """An organisation the article names by the initials of another organisation's name it writes in full
    ("the National Transportation Safety Board ... the NTSB", "the Electronic Frontier Foundation ...
    EFF"), brackets or not: the initials of the name's capitalised words, all and in order; only where one
    name has them."""
    full_names = [m for m in mentions if m.type == vocab.INSTITUTION and len(m.span) > 1]
    found: dict[str, EntityMention] = {}
    for mention in mentions:
        short = clean_name(mention.span.text)
        if mention.type != vocab.INSTITUTION or len(mention.span) != 1 or not _INITIALISM.match(short):
            continue
        if gazetteer.lookup(short) is not None:
            continue
        having = {
            m.id: m
            for m in full_names
            if "".join(t.text[0] for t in m.span if t.is_title and t.lower_ != "the") == short
        }
        if len(having) == 1:
            found[short] = next(iter(having.values()))
    return found


_INITIALISM = re.compile(r"^[A-Z]{3,6}$")  # two letters are too many things' ("PI")


def _fuller_names(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """A person's name the article also writes in full, a middle name for its initial ("Richard K. Guy",
    "Richard Kenneth Guy": `_within`), by the shorter one's id; only where one name is fuller."""
    persons = {m.label: m for m in mentions if m.type == vocab.PERSON}
    longer = [name for name in persons if len(name.split()) >= 3]
    # the fullest names: no other is fuller ("Richard Kenneth Guy", not "Richard K. Guy")
    fullest = [name for name in longer if not any(_within(name.split(), other.split()) for other in longer)]
    found: dict[str, EntityMention] = {}
    for name, mention in persons.items():
        fuller = {persons[other].id: persons[other] for other in fullest if _within(name.split(), other.split())}
        if len(fuller) == 1 and mention.id not in fuller:
            found[mention.id] = next(iter(fuller.values()))
    return found


def _within(short: list[str], long: list[str]) -> bool:
    """Whether a name is a fuller name written with initials: as many words, each the same or its initial
    ("Richard K. Guy", "Richard Kenneth Guy"); not "George W. Bush" for "George H. W. Bush", nor "Gloria
    Vanderbilt" for her mother "Gloria Morgan Vanderbilt" (a name left out may be another person's)."""
    if short == long or short[0] != long[0]:
        return False
    return len(short) == len(long) and all(
        word == other or (len(word.rstrip(".")) == 1 and other.startswith(word.rstrip(".")))
        for word, other in zip(short, long, strict=True)
    )


def _apposed_names(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """The proper names the article gives a nation's body in apposition ("Tonga's parliament, the
    Legislative Assembly"; "the Legislative Yuan, Taiwan's parliament"): each name, wherever the
    article writes it, is that body."""
    found: dict[str, EntityMention] = {}
    bodies = [m for m in mentions if (entry := gazetteer.by_id().get(m.id)) is not None and entry.kind is not None]
    for mention in mentions:
        if mention.type != vocab.INSTITUTION or mention.id in gazetteer.by_id():
            continue
        root = mention.span.root
        for body in bodies:
            if body.span.doc is not mention.span.doc:
                continue
            other = body.span.root
            if (root.dep_ == "appos" and body.span.start <= root.head.i < body.span.end) or (
                other.dep_ == "appos" and mention.span.start <= other.head.i < mention.span.end
            ):
                found.setdefault(clean_name(mention.span.text), body)
    return found


def _named_state_bodies(groups: list[list[EntityMention]]) -> list[list[EntityMention]]:
    """ "the state Senate" named after the state or province the article is about ("Alabama Senate",
    as "the Alabama Senate" is written): the one it names, or the one it names at least twice and
    twice as often as any other (a story on Nevada's legislature that compares it with Colorado's);
    dropped where it names none, or several equally."""
    counts = Counter(
        m.label for group in groups for m in group if m.type == vocab.PLACE and gazetteer.is_subdivision(m.label)
    )
    ranked = counts.most_common(2)
    place = None
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] >= 2 * ranked[1][1]):
        place = ranked[0][0]
    return _bodies_named_after(groups, STATE_BODY, place, drop_unnamed=True)


def _named_territory_bodies(groups: list[list[EntityMention]]) -> list[list[EntityMention]]:
    """A bare "the government" or "the police" named after the territory the article is about
    ("Hong Kong Government", as "the Hong Kong government" is written): a territory (a Place with an
    ISO code of its own) the article names at least twice, twice as often as any other territory and
    no less often than any nation. Otherwise it stays as it is: "the police" of a nation is then its
    police (`_resolved`), and what stays unresolved is dropped (a nation's government is the nation,
    read by the relation extractors)."""
    counts: Counter[str] = Counter()
    for mention in (m for group in groups for m in group):
        entry = gazetteer.by_id().get(mention.id)
        if entry is not None and entry.iso3 is not None:
            counts[mention.id] += 1
    territories = [(n, c) for n, c in counts.most_common() if gazetteer.by_id()[n].type == vocab.PLACE]
    nations = [c for n, c in counts.items() if gazetteer.by_id()[n].type == vocab.NATION]
    territory = None
    leading = bool(territories) and territories[0][1] >= max([2, *nations])
    if leading and (len(territories) == 1 or territories[0][1] >= 2 * territories[1][1]):
        territory = gazetteer.by_id()[territories[0][0]].label
    return _bodies_named_after(groups, TERRITORY_BODY, territory, drop_unnamed=False)


def _bodies_named_after(
    groups: list[list[EntityMention]], placeholder: str, place: str | None, *, drop_unnamed: bool
) -> list[list[EntityMention]]:
    """The mentions with each body whose id starts with `placeholder` named after `place` ("Alabama
    Senate", "Hong Kong Government"); where there is no place, such a body is dropped or kept as it is."""
    named: list[list[EntityMention]] = []
    for group in groups:
        kept = []
        for mention in group:
            if not mention.id.startswith(placeholder):
                kept.append(mention)
            elif place is not None:
                label = f"{place} {mention.label}"
                kept.append(replace(mention, id="institution:" + slug(label), label=label))
            elif not drop_unnamed:
                kept.append(mention)
        named.append(kept)
    return named


def _home_states(groups: list[list[EntityMention]], dominant: str | None) -> list[list[EntityMention]]:
    """A nation's name that is also the name of a state of the nation the article is about is that
    state ("Doug Collins of Georgia" in a story on the US House): a Place, unless the article also
    names the nation otherwise ("Georgian", "Tbilisi's government")."""
    if dominant is None:
        return groups
    written: dict[str, set[str]] = defaultdict(set)
    for mention in (m for group in groups for m in group):
        if mention.type == vocab.NATION:
            written[mention.id].add(clean_name(mention.span.text))
    homes = {
        nation
        for nation, names in written.items()
        if all(dominant in gazetteer.subdivision_nations(name) for name in names)
        and gazetteer.by_id()[nation].iso3 != dominant
    }
    if not homes:
        return groups
    return [[_as_place(m) if m.id in homes else m for m in group] for group in groups]


def _as_place(mention: EntityMention) -> EntityMention:
    name = clean_name(mention.span.text)
    return EntityMention("place:" + slug(name), vocab.PLACE, name, mention.span)


def _bracket_definitions(docs: list[Doc]) -> tuple[dict[str, EntityMention], frozenset[str]]:
    """What the article's bracketed abbreviations define, read in one pass over its brackets:
    - a state or province ("New South Wales (NSW)", also where the name ends a body's: "the
      Parliament of New South Wales (NSW)"): the place wherever the abbreviation is used;
    - an instrument ("Ballot Interference Prevention Act (BIPA)", "the African Continental Free Trade
      Area (AfCFTA) agreement"): the abbreviation, and the words it spells before an instrument's
      head, name it, not a body."""
    heads = lexicon().agreement_heads
    places: dict[str, EntityMention] = {}
    instruments: set[str] = set()
    for doc in docs:
        for bracket in tokens_with_lemma(doc, frozenset({"("})):
            if not (0 < bracket.i < len(doc) - 2 and doc[bracket.i + 2].text == ")"):
                continue
            abbreviation = doc[bracket.i + 1].text
            spelled = spelled_out(bracket)
            name = clean_name(spelled.text) if spelled is not None else ""
            if spelled is not None and gazetteer.is_subdivision(name):
                places.setdefault(abbreviation, EntityMention("place:" + slug(name), vocab.PLACE, name, spelled))
            if not _ABBREVIATION.match(abbreviation):
                continue
            if doc[bracket.i - 1].lemma_.lower() in heads:
                instruments.add(abbreviation)
            elif bracket.i + 3 < len(doc) and doc[bracket.i + 3].lemma_.lower() in heads:
                instruments.update((abbreviation, name) if name else (abbreviation,))
    return places, frozenset(instruments)


def _names_instrument(mention: EntityMention, instruments: frozenset[str]) -> bool:
    return mention.type == vocab.INSTITUTION and mention.id not in gazetteer.by_id() and mention.label in instruments


def _unresolved_bare(mention: EntityMention) -> bool:
    """A bare body name ("Parliament", "Supreme Court") or organisation word ("Council") that
    names no body of its own: which parliament the text does not say."""
    if mention.id in gazetteer.by_id() or mention.type != vocab.INSTITUTION or not mention.named:
        return False  # not named: read as the article's one body of its kind (`_named_territory_bodies`)
    words = tuple(clean_name(mention.span.text).lower().split())
    return words in gazetteer.body_names() or (len(words) == 1 and words[0] in actor_words().organisation_words)


def _resolved(
    mention: EntityMention,
    abbreviations: dict[str, EntityMention],
    surnames: dict[str, EntityMention],
    bodies: dict[str, EntityMention],
    first_words: dict[str, EntityMention],
    titled: dict[str, EntityMention],
) -> EntityMention:
    name = clean_name(mention.span.text)
    defined = abbreviations.get(name)
    if defined is not None and defined.id != mention.id:
        return _as(mention, defined)
    known = gazetteer.by_id().get(mention.id)
    if mention.type == vocab.PERSON or (known is None and mention.type in (vocab.INSTITUTION, vocab.PLACE)):
        person = surnames.get(person_key(_untitled(name)))
        if person is not None and (mention.type != vocab.PERSON or person.id != mention.id):
            return _as(mention, person)
    if known is None and mention.type in (vocab.INSTITUTION, vocab.PLACE) and _relative(name, surnames):
        return replace(mention, id=person_id(name), type=vocab.PERSON, label=name, wikidata=None, iso3=None)
    title = _title_of(mention, titled)
    if title is not None and known is None:
        return _as(mention, titled[title])  # "Second Gentleman" alone, after "Second Gentleman Douglas Emhoff"
    if mention.type in (vocab.PERSON, vocab.INSTITUTION) and _shortened_name(name, first_words) and known is None:
        return _as(mention, first_words[name])  # "Mahan" after "Mahan Air", "Liberal" after "Liberal Party"
    kind = gazetteer.body_names().get(tuple(name.lower().split()))
    own = mention.named or mention.id.startswith(TERRITORY_BODY)  # not a territory's body named already
    if kind is not None and own and kind in bodies and bodies[kind].id != mention.id:
        return replace(_as(mention, bodies[kind]), named=False)
    return mention


def _paired_surnames(mention: EntityMention, surnames: dict[str, EntityMention]) -> list[EntityMention]:
    """An organisation NER read across "and" that is two surnames of persons the article names in
    full ("the convictions of Kelly and Baroni", "Kelly" for Bridget Kelly, "Baroni" for Bill
    Baroni): the two persons; any other mention as it is."""
    words = [t for t in mention.span if t.text not in ("'s", "’s")]  # "Kelly and Baroni's appeal"
    if mention.type != vocab.INSTITUTION or mention.id in gazetteer.by_id() or len(words) != 3:
        return [mention]
    first, link, last = words
    if link.lower_ != "and":
        return [mention]
    persons = [surnames.get(person_key(t.text)) for t in (first, last)]
    if any(p is None or len(person_key(p.label).split()) < 2 for p in persons):
        return [mention]
    return [
        _as(replace(mention, span=mention.span.doc[t.i : t.i + 1]), person)
        for t, person in zip((first, last), persons, strict=True)
        if person is not None
    ]


def _title_of(mention: EntityMention, titled: dict[str, EntityMention]) -> str | None:
    """The title of one person of the article that a person's or organisation's mention is, alone or
    with the capitalised word NER left before it ("Second" + "Gentleman")."""
    if mention.type not in (vocab.PERSON, vocab.INSTITUTION):
        return None
    span = mention.span
    name = clean_name(span.text)
    before = span.doc[span.start - 1] if span.start > 0 else None
    for title in (name, f"{before.text} {name}" if before is not None and before.is_title else None):
        if title in titled and titled[title].id != mention.id:
            return title
    return None


def _titled_persons(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """The persons of the article by the capitalised title written right before their full name
    ("Second Gentleman" of "Second Gentleman Douglas Emhoff"), where one person has that title: the
    title alone, read as a name elsewhere ("the Vice President's and Second Gentleman's Travel"), is
    that person."""
    found: dict[str, set[str]] = defaultdict(set)
    first: dict[str, EntityMention] = {}
    for mention in mentions:
        if mention.type != vocab.PERSON or len(person_key(mention.label).split()) < 2:
            continue
        doc, start = mention.span.doc, mention.span.start
        while start > 0 and mention.span.start - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if start < mention.span.start:
            found[doc[start : mention.span.start].text].add(mention.id)
            first.setdefault(mention.id, mention)
    return {title: first[next(iter(ids))] for title, ids in found.items() if len(ids) == 1}


def _relative(name: str, surnames: dict[str, EntityMention]) -> bool:
    """Whether an organisation's or place's name NER found is a person's of the family of one the
    article names in full: two or three capitalised words, no organisation's word among them, the
    last that person's surname ("Tomasz Sekielski" beside "Marek Sekielski", "Hunter Biden" beside
    "Joe Biden")."""
    words = name.split()
    lists = actor_words().body_words | actor_words().title_words
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w.lower() in lists or w.lower() in actor_words().place_words for w in words):
        return False
    surname = person_key(words[-1])
    person = surnames.get(surname)
    return person is not None and person_key(person.label).split()[-1] == surname


def _shortened_name(name: str, first_words: dict[str, EntityMention]) -> bool:
    """Whether `name` is one word that starts exactly one organisation's name in the article, and is
    no body's or organisation's word of its own ("House" of "House Committee on ..." is the House)."""
    lowered = name.lower()
    return (
        " " not in name
        and name in first_words
        and (lowered,) not in gazetteer.body_names()
        and lowered not in actor_words().organisation_words
        and lowered not in actor_words().title_words
    )


def _with_surnames(group: list[EntityMention], doc: Doc, surnames: dict[str, EntityMention]) -> list[EntityMention]:
    """The piece's mentions and its untagged proper nouns that are the surname of a person the
    article names in full."""
    if not surnames:
        return group
    covered = {i for m in group for i in range(m.span.start, m.span.end)}
    added = []
    # Only the tokens spelled like a known surname are looked at (a Token object per token costs).
    words = frozenset(word.lower() for m in surnames.values() for word in (*m.label.split()[-2:], m.label.split()[0]))
    for token in tokens_with_lemma(doc, words):
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title or _in_longer_entity(token):
            continue
        person = surnames.get(person_key(token.text))
        if person is not None and len(person_key(person.label).split()) > 1:
            added.append(replace(person, span=doc[token.i : token.i + 1]))
    return sorted([*group, *added], key=lambda m: m.span.start) if added else group


def _in_longer_entity(token: Token) -> bool:
    """Whether the token is part of a longer name NER found ("Trump Tower")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


def _as(mention: EntityMention, actor: EntityMention) -> EntityMention:
    return replace(mention, id=actor.id, type=actor.type, label=actor.label, wikidata=actor.wikidata, iso3=actor.iso3)


def _untitled(name: str) -> str:
    words = name.split()
    titles = actor_words().title_words
    while len(words) > 1 and words[0].lower() in titles:
        words = words[1:]
    return " ".join(words)


def _surnames(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """The full-named persons of the article by each shorter form of their name (the last word,
    the last two, ...), by the full name, and for a name of three words or more by its last word
    but one, alone and after the first (the first surname of Spanish and Portuguese names:
    "Rosselló" and "Ricardo Rosselló" for "Ricardo Rosselló Nevares", "López" for "Andrés Manuel
    López Obrador"); forms two persons share ("Biden": Joe and Hunter) are left out. The first
    word alone is the person too where no surname is written so ("Tuilaepa" for "Tuilaepa Sailele
    Malielegaoi", "Hamza" for "Hamza bin Laden"): a surname form wins over a given name."""
    found: dict[str, set[str]] = defaultdict(set)
    first: dict[str, EntityMention] = {}
    persons = [m for m in mentions if m.type == vocab.PERSON and len(person_key(m.label).split()) >= 2]
    # the longest names first: "Pedro Pierluisi" is "Pedro R. Pierluisi Urrutia" named shorter
    persons.sort(key=lambda m: -len(person_key(m.label).split()))
    for mention in persons:
        words = person_key(mention.label).split()
        longer = found.get(" ".join(words), set())
        if len(longer) == 1 and next(iter(longer)) != mention.id:
            continue  # a shorter form of a longer name already listed
        first.setdefault(mention.id, mention)
        for start in range(len(words)):
            found[" ".join(words[start:])].add(mention.id)
        if len(words) >= 3 and len(words[-2]) > 2:
            found[words[-2]].add(mention.id)
            found[f"{words[0]} {words[-2]}"].add(mention.id)
    given: dict[str, set[str]] = defaultdict(set)
    for owner, mention in first.items():
        word = person_key(mention.label).split()[0]
        if len(word) > 2 and word not in found:
            given[word].add(owner)
    found.update(given)
    return {form: first[next(iter(ids))] for form, ids in found.items() if len(ids) == 1}


def _first_words(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """The organisations of the article by the first word of their name, where one organisation has
    that first word ("Mahan" -> "Mahan Air", "Burisma" -> "Burisma Holdings")."""
    found: dict[str, set[str]] = defaultdict(set)
    first: dict[str, EntityMention] = {}
    for mention in mentions:
        words = mention.label.split()
        if mention.type == vocab.INSTITUTION and len(words) > 1 and words[0][:1].isupper():
            found[words[0]].add(mention.id)
            first.setdefault(mention.id, mention)
    return {word: first[next(iter(ids))] for word, ids in found.items() if len(ids) == 1}


def _defined_abbreviations(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """Abbreviations the article defines right after an organisation's or a place's name: "Syrian
    Democratic Forces (SDF)", "New South Wales (NSW)", also where NER took the parenthesis into the name."""
    found: dict[str, EntityMention] = {}
    for mention in mentions:
        if mention.type not in (vocab.INSTITUTION, vocab.PLACE):
            continue
        span = mention.span
        doc = span.doc
        inside = re.search(r"\(\s*([^()\s]+)\s*\)?$", span.text)
        if inside:
            candidate = inside.group(1)
        elif span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            candidate = doc[span.end + 1].text
        else:
            continue
        if _ABBREVIATION.match(candidate) and candidate != clean_name(span.text):
            found.setdefault(candidate, mention)
    return found


def _bracketed_full_names(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """An organisation named by its abbreviation with its full name in brackets after it ("the RMT
    union (National Union of Rail, Maritime and Transport Workers)", "the CDU (Christian Democratic
    Union)"): the abbreviation, and the name written with it, are the full name wherever used. The
    abbreviation's letters are initials of the full name's words, in order."""
    found: dict[str, EntityMention] = {}
    for short, full in itertools.pairwise(mentions):  # each piece's mentions in text order
        doc = short.span.doc
        if full.span.doc is not doc or short.type != vocab.INSTITUTION or full.type != vocab.INSTITUTION:
            continue
        opening, closing = short.span.end, full.span.end
        if (
            full.span.start != opening + 1
            or doc[opening].text != "("
            or closing >= len(doc)
            or doc[closing].text != ")"
        ):
            continue
        abbreviation = next((t.text for t in short.span if _ABBREVIATION.match(t.text) and t.is_upper), None)
        initials = "".join(t.text[0] for t in full.span if t.is_title)
        if abbreviation is not None and _in_order(abbreviation, initials):
            found.setdefault(clean_name(short.span.text), full)
            found.setdefault(abbreviation, full)
    return found


def _in_order(letters: str, initials: str) -> bool:
    """Whether `letters` are among `initials` in the same order ("RMT" in "NURMTW")."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def dominant_nation(mentions: list[EntityMention]) -> str | None:
    """The nation an article is about: named (itself or by its bodies) at least twice, and at least
    twice as often as any other nation."""
    counts: dict[str, int] = defaultdict(int)
    for mention in mentions:
        entry = gazetteer.by_id().get(mention.id)
        if tuple(clean_name(mention.span.text).lower().split()) in gazetteer.body_names():
            continue  # a bare "Congress" is the gazetteer's guess, not the article's word
        country = entry.iso3 if entry is not None and entry.type == vocab.NATION else entry and entry.country
        if country:
            counts[country] += 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return next(country for country, count in counts.items() if count == ranked[0])


def _local_bodies(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    """The one body of a kind the article names as a place's own, by the kind's word at the end of its
    name ("Northamptonshire Police" ... "she informed police"): what the bare word then refers to,
    rather than the police of the nation the article is about."""
    found: dict[str, dict[str, EntityMention]] = defaultdict(dict)
    for mention in mentions:
        words = tuple(clean_name(mention.span.text).lower().split())
        if mention.type != vocab.INSTITUTION or not mention.named or len(words) < 2:
            continue
        kind = gazetteer.body_names().get(words[-1:])
        if kind is not None and mention.id not in gazetteer.by_id():
            found[kind].setdefault(mention.id, mention)
    return {kind: next(iter(ids.values())) for kind, ids in found.items() if len(ids) == 1}


def _named_bodies(mentions: list[EntityMention], dominant: str | None) -> dict[str, EntityMention]:
    """The article's state body of each kind: the one it names with its nation where it names
    exactly one, else that of the nation the article is about."""
    found: dict[str, dict[str, EntityMention]] = defaultdict(dict)
    for mention in mentions:
        entry = gazetteer.by_id().get(mention.id)
        if entry is None or entry.kind is None:
            continue
        if tuple(clean_name(mention.span.text).lower().split()) in gazetteer.body_names():
            continue  # bare itself
        found[entry.kind].setdefault(mention.id, mention)
    bodies = {kind: next(iter(ids.values())) for kind, ids in found.items() if len(ids) == 1}
    bodies.update((kind, body) for kind, body in _local_bodies(mentions).items() if kind not in found)
    if dominant is not None:
        for mention in mentions:
            kind = gazetteer.body_names().get(tuple(clean_name(mention.span.text).lower().split()))
            entry = gazetteer.state_body(dominant, kind) if kind and kind not in found and kind not in bodies else None
            if entry is not None:
                bodies[kind] = EntityMention(entry.id, entry.type, entry.label, mention.span, entry.wikidata)
    return bodies
