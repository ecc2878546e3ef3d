"""Entity extractor: nations, institutions, persons and places in a parsed text.

Gazetteer matches (the EntityRuler) give canonical ids; the statistical NER covers what the
gazetteers miss (ORG -> Institution, PERSON -> Person, GPE -> resolved against the nations, else a
Place), after general filters: topics such as "AI" are not actors, regions are not nations, and
a capitalised word that only starts a sentence is not a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.cited_sources import cited_sources
from kg.extract.composite import (
    before_line_break,
    composite_mentions,
    defined_names,
    repaired_ents,
    state_bodies,
    territory_bodies,
)
from kg.extract.coordinated_bodies import coordinated_bodies
from kg.extract.credits import image_credits
from kg.extract.field_lists import with_listed_fields
from kg.extract.kind_lists import listed_after_kind
from kg.extract.legends import legend_names
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.listed_affiliations import listed_affiliations
from kg.extract.mentions import EntityMention, actor_words, clean_name, person_id
from kg.extract.nlp import (
    INSTITUTION_LABEL,
    NATION_LABEL,
    PLACE_LABEL,
    REGION_LABEL,
    doc_text,
    span_text,
    tokens_with_lemma,
)
from kg.extract.person_names import members_speaking, named_after_person_noun, named_before_apposed_noun
from kg.extract.untagged_bodies import untagged_bodies
from kg.ids import slug

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DATE_WORDS = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|yesterday|tomorrow)$",
    re.IGNORECASE,
)
_NAME_PARTICLES = {
    "de",
    "van",
    "von",
    "der",
    "bin",
    "ibn",
    "al",
    "el",
    "ul",
    "da",
    "di",
    "le",
    "la",
    "del",
    "du",
    "dos",
    "das",
}
# A surname with an elided particle: "d'Estaing", "d'Alema", "l'Hôpital".
_ELIDED = re.compile(r"^[dl]['’][A-ZÀ-Ý]\w+$")
# Markup and wiki syntax left in scraped text ("W]e", "<b>Reuters"): never part of a name.
_MARKUP = re.compile(r"[<>\[\]{}|=\\/@#]")
__all__ = ["EntityMention", "clean_name", "entity_mentions", "is_headline"]


def entity_mentions(doc: Doc) -> list[EntityMention]:
    """The actor and place mentions of a doc, in text order.

    State bodies are read around the nation mentions ("the Iraqi Parliament", "Germany's foreign
    ministry", "Parliament of Iraq") and an organisation name the gazetteer cut at a nation is made
    whole again ("American" + "Civil Liberties Union", "Federal Aviation Office of" + "Germany").
    """
    headline = is_headline(doc)
    ents = [span for span in map(before_line_break, doc.ents) if span is not None]
    ents = with_listed_fields(doc, repaired_ents(doc, ents)) if not headline else ents
    joined = composite_mentions(doc, ents, headline)
    if not headline:
        held = {i for m in joined for i in range(m.span.start, m.span.end)}
        joined += [m for m in image_credits(doc) if not held & set(range(m.span.start, m.span.end))]
        held = {i for m in joined for i in range(m.span.start, m.span.end)}
        joined += [m for m in legend_names(doc) if not held & set(range(m.span.start, m.span.end))]
        spelled = defined_names(doc, ents)
        held = {i for m in joined for i in range(m.span.start, m.span.end)}
        joined += [m for m in spelled if not held & set(range(m.span.start, m.span.end))]
        joined += _titled_names(doc, ents)
        joined += territory_bodies(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += _definite_bodies(doc, ents, joined)
        joined += _named_after_kind(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += listed_after_kind(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += named_after_person_noun(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += members_speaking(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += _body_of_a_field(
            doc, {i for m in joined for i in range(m.span.start, m.span.end)} | _tagged_tokens(ents)
        )
        joined += _party_adjectives(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += named_before_apposed_noun(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += _handles_of_persons(doc)
        joined += _camel_case_names(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += _hyphenated_acronyms(doc, ents, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += coordinated_bodies(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += untagged_bodies(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += cited_sources(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
        joined += state_bodies(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
    else:
        joined += _headline_titled_names(doc, ents)
    # A list of names and offices is mostly capitalised, so read as a headline: its layout says which are names.
    joined += _listed_persons(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
    joined += listed_affiliations(doc, {i for m in joined for i in range(m.span.start, m.span.end)})
    taken = {i for m in joined for i in range(m.span.start, m.span.end)}
    found = list(joined)
    persons = {i for m in joined if m.type == vocab.PERSON for i in range(m.span.start, m.span.end)}
    persons |= {i for span in ents if span.label_ == "PERSON" for i in range(span.start, span.end)}
    starts = {m.span.start for m in joined if m.type == vocab.INSTITUTION}
    for span in ents:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if span.label_ == "ORG" and span.end in starts and sum(1 for t in span if t.lower_ != "the") == 1:
            continue  # "the Royal" + "Saudi Air Force": the first word of that body's name, no name of its own
        mention = _mention(span, headline, persons)
        if mention is not None:
            found.append(mention)
    return sorted((m for m in found if not _hashtag(m)), key=lambda m: m.span.start)


def _hashtag(mention: EntityMention) -> bool:
    """A name written as a hashtag ("#DemDebate", "#MeToo") that names no known actor: a topic's
    tag, not an actor ("#US" is still the United States)."""
    start = mention.span.start
    before = mention.span.doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.text == "#"
        and not before.whitespace_
        and mention.id not in gazetteer.by_id()
        and mention.type in (vocab.PERSON, vocab.INSTITUTION)
    )


def _titled_names(doc: Doc, ents: list[Span]) -> list[EntityMention]:
    """Names right after a capitalised title that NER left untagged ("Presidents Muhammadu Buhari
    of Nigeria", "Foreign Minister Sameh Shoukry"): one to three proper nouns; after a title of a
    nation ("President of Ukraine Volodymyr Zelenskyy"), two or three."""
    tagged = {i for span in ents for i in range(span.start, span.end)}
    nations = {span.start: span.end for span in ents if span.label_ == NATION_LABEL}
    titles = actor_words().title_words
    found: list[EntityMention] = []
    for token in tokens_with_lemma(doc, titles):
        if not (token.is_title and _ends_title(token)):
            continue
        start, fewest = token.i + 1, 1
        if start + 1 < len(doc) and doc[start].lower_ == "of" and start + 1 in nations:
            start, fewest = nations[start + 1], 2  # "President of Ukraine Volodymyr Zelenskyy": two words at least
        if start in tagged:
            continue
        end, words = start, 0
        while end < len(doc) and words < 3 and end not in tagged and _name_token(doc[end]):
            end, words = end + 1, words + 1
            hyphen = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            if hyphen and not doc[end].whitespace_ and _name_token(doc[end + 1]):
                end += 1  # "Adil Abdul-Mahdi": the hyphen joins one word of the name
        if words < fewest or doc[end - 1].lower_ in titles:
            continue
        if end in tagged and doc[end].ent_type_ == "PERSON":
            continue  # "Senior Superintendent Yolanda" + "Yu Hoi-kwan": NER cut one name, no name of its own
        found += _person_named(doc[start:end])
    return found


def _ends_title(token: Token) -> bool:
    """Whether a whole title ends at `token`: "Minister" of "Foreign Minister", "State" only of
    "Secretary of State" (the "State" of "State Intelligence Agency" is no title)."""
    doc = token.doc
    for title in actor_words().titles:
        words = title.split()
        start = token.i + 1 - len(words)
        if start >= 0 and [t.lower_ for t in doc[start : token.i + 1]] == words:
            return True
    return False


def _person_named(span: Span) -> list[EntityMention]:
    """The person `span` names, if its words can be a person's name (none, or one)."""
    name = clean_name(span.text)
    if _plausible_name(name) and _plausible_person(span, name):
        return [EntityMention(person_id(name), vocab.PERSON, name, span)]
    return []


def _headline_titled_names(doc: Doc, ents: list[Span]) -> list[EntityMention]:
    """In a Title Case headline, a name after a title where the headline's next word is in lower
    case ("Statement by Press Secretary Kirsten Allen on the ..."): two or three capitalised words,
    no more (in "President Biden Signs Executive Order" the capitals run on: no name is read)."""
    gazetteer_labels = (NATION_LABEL, INSTITUTION_LABEL)
    known = {i for span in ents if span.label_ in gazetteer_labels for i in range(span.start, span.end)}
    titles = actor_words().titles
    found: list[EntityMention] = []
    for title in tokens_with_lemma(doc, titles):
        if title.lower_ not in titles or not title.is_title:
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 4 and _name_token(doc[end]) and doc[end].lower_ not in titles:
            end += 1
        closed = end == len(doc) or doc[end].is_punct or doc[end].is_lower
        if not 2 <= end - title.i - 1 <= 3 or not closed or known & set(range(title.i + 1, end)):
            continue
        found += _person_named(doc[title.i + 1 : end])
    return found


def _listed_persons(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """A list item that is a person and the office held ("• Kei Koizumi, Principal Deputy Director for
    Policy, Office of Science and Technology Policy"): the two to four capitalised words before the
    first comma are a name when a title follows the comma, tagged by the NER or not."""
    titles = actor_words().title_words
    found: list[EntityMention] = []
    for bullet in tokens_with_lemma(doc, frozenset({"•"})):
        end, words = bullet.i + 1, 0
        while end < len(doc) and words < 5:
            token = doc[end]
            if token.text == "-" and not doc[end - 1].whitespace_ and end > bullet.i + 1:
                end += 1  # "Fields-Meyer"
            elif _name_token(token) and token.lower_ not in titles:
                end, words = end + 1, words + 1
            else:
                break
        if not 2 <= words <= 4 or end >= len(doc) or doc[end].text != ",":
            continue
        if not any(t.lower_ in titles for t in doc[end + 1 : end + 5]) or taken & set(range(bullet.i + 1, end)):
            continue
        span = doc[bullet.i + 1 : end]
        if gazetteer.lookup(clean_name(span.text)) is None:
            found += _person_named(span)
    return found


_BEFORE_A_PROPER_NAME = ("ADP", "VERB", "AUX", "SCONJ", "CCONJ")


def _definite_bodies(doc: Doc, ents: list[Span], joined: list[EntityMention]) -> list[EntityMention]:
    """ "the senate", "the Parliament", "the foreign ministry" with no nation, or a capitalised name
    written as a proper name after a preposition or verb ("a majority in Parliament", "since Congress
    passed"): a state body the article has to say which of (kg.extract.article_actors resolves it,
    or drops it)."""
    names = gazetteer.bare_body_names()
    # Lower-case entities ("senate") make no mention of their own, nor do bare body names NER tagged
    # ("the House"): their own mention is made here.
    covered = {
        i
        for span in ents
        if not span_text(span).islower() and tuple(t.text for t in span if t.lower_ != "the") not in names
        for i in range(span.start, span.end)
    }
    covered |= {i for m in joined for i in range(m.span.start, m.span.end)}
    longest = max(len(words) for words in names)
    found: list[EntityMention] = []
    starts = frozenset(words[0].lower() for words in names)
    for first in tokens_with_lemma(doc, starts):
        token = doc[first.i - 1] if first.i > 0 else first
        proper = first.pos_ == "PROPN" and first.is_title and token.pos_ in _BEFORE_A_PROPER_NAME
        if token.i == first.i or not (token.lower_ == "the" or proper):
            continue
        for size in range(longest, 0, -1):
            end = token.i + 1 + size
            words = tuple(t.text for t in doc[token.i + 1 : end])
            if len(words) < size or words not in names or covered & set(range(token.i + 1, end)):
                continue
            if end < len(doc) and (doc[end].lower_ == "of" or doc[end].dep_ == "compound"):
                break  # "the parliament of ...", "the army base"
            if doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
                break  # "the army modernization": the body's word modifies the noun after it
            span = doc[token.i + 1 : end]
            found.append(EntityMention("institution:" + names[words], vocab.INSTITUTION, span.text, span))
            break
    return found


# Entity types of words that may be part of an organisation's name read after its kind (an ORG is
# read whole by the NER path: "group National Coalition for Men").
_UNREAD_TYPES = ("", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "GPE", "NORP", NATION_LABEL)


def _named_after_kind(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """An organisation named right after the lower-case noun of its kind ("news agency Fars", "trade
    union Aslef", "the organization Equally American"): one to four capitalised words that NER read
    as no person or place; a title, a date or a known name among them is no such name."""
    words = actor_words()
    found: list[EntityMention] = []
    for kind in tokens_with_lemma(doc, words.organisation_kinds):
        if not kind.is_lower or kind.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if any(c.lemma_.lower() in words.person_nouns for c in (*kind.conjuncts, kind.head) if c.i != kind.i):
            continue  # "actor and producer Sacha Baron Cohen": a person's trades
        before = _named_before_kind(kind, taken)
        if before is not None:
            found.append(before)
            continue
        start = end = kind.i + 1
        # "companies Syrah and Novonix": names listed after a plural kind are of that kind, whatever NER typed
        listing = kind.tag_ == "NNS" and _lists_names(doc, start)
        while (
            end < len(doc)
            and end - start < 4
            and (doc[end].is_title or doc[end].is_upper)
            and doc[end].is_alpha
            and (doc[end].ent_type_ in _UNREAD_TYPES or (listing and doc[end].ent_type_ == "PERSON"))
            and doc[end].lower_ not in words.title_words
            and end not in taken
        ):
            end += 1
        if end == start or doc[start].ent_type_ == NATION_LABEL or (end < len(doc) and doc[end].text == "-"):
            continue
        if doc[start].tag_ in ("WP", "WDT", "PRP"):
            continue  # "toilet paper producer Who Gives a Crap": a name in words of a sentence, not read here
        span = doc[start:end]
        name = clean_name(span.text)
        if not _plausible_name(name) or gazetteer.lookup(name) is not None or _is_agreement_name(span):
            continue
        found.append(EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span))
        if kind.tag_ == "NNS":  # "store chains Woolworths and Coles": each name listed is one of the kind
            found += _listed_after_name(doc, end, taken)
    return found


def _lists_names(doc: Doc, start: int) -> bool:
    """Whether a capitalised word at `start` is followed, after one to four capitalised words, by a comma
    or "and" and another capitalised word: a list of names."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_title:
        end += 1
    after = end
    while after < len(doc) and after - end < 2 and doc[after].lower_ in (",", "and"):
        after += 1
    return end > start and after > end and after < len(doc) and doc[after].is_title


def _listed_after_name(doc: Doc, end: int, taken: set[int]) -> list[EntityMention]:
    """The further organisations listed after the first one a plural kind names ("companies Syrah and
    Novonix"): one to four capitalised words after each comma or "and", whatever NER typed them."""
    found: list[EntityMention] = []
    while end < len(doc) and doc[end].lower_ in (",", "and", "or"):
        start = end + 1 if doc[end].lower_ != "," or doc[end + 1 : end + 2].text not in ("and", "or") else end + 2
        stop = start
        while stop < len(doc) and stop - start < 4 and doc[stop].is_title and doc[stop].is_alpha and stop not in taken:
            stop += 1
        if stop == start or doc[start].ent_type_ in ("GPE", NATION_LABEL, "DATE"):
            break
        span = doc[start:stop]
        name = clean_name(span.text)
        if not _plausible_name(name) or gazetteer.lookup(name) is not None:
            break
        found.append(EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span))
        end = stop
    return found


def _named_before_kind(kind: Token, taken: set[int]) -> EntityMention | None:
    """An organisation named right before the lower-case noun of its kind, which its words modify
    ("the Jamaah Ansharut Daulah network", "the Wagner group"): one to four capitalised words, read
    by NER as a person, an organisation or nothing."""
    doc = kind.doc
    start = kind.i
    while (
        start > 0
        and kind.i - start < 4
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].ent_type_ in ("", "PERSON", "ORG")
        and doc[start - 1].lower_ not in actor_words().title_words
        and start - 1 not in taken
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if start == kind.i or doc[kind.i - 1].head.i != kind.i:
        return None
    span = doc[start : kind.i]
    name = clean_name(span.text)
    if not _plausible_name(name) or _is_agreement_name(span):
        return None
    known = gazetteer.lookup(name)
    if known is not None:
        return _known(span, known)
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)


# A brand written in one word with capitals inside ("RealClearPolitics", "JetBlue"); a surname
# with a prefix ("McDonald", "DeSantis", "LaRose") is a person's.
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$|^[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*[A-Z]$")  # "JetBlue", "SpaceX"
_SURNAME_PREFIX = re.compile(r"^(?:Ma?c|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z]")
_CAMEL_WORD = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")
"""What every word `_CAMEL` matches has inside it: a doc's text without it has no such word."""


def _camel_case_names(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """One word with capitals inside that NER tagged as nothing ("measured by RealClearPolitics") or as
    a person of that one word ("SpaceX tested its Falcon Heavy rocket"): a brand's or an organisation's
    name, unless a surname's prefix starts it."""
    found: list[EntityMention] = []
    for word in _CAMEL_WORD.finditer(doc_text(doc)):  # only the words that may be one: no Token made for others
        span = doc.char_span(word.start(), word.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if token.i in taken or not _CAMEL.match(token.text) or _SURNAME_PREFIX.match(token.text):
            continue
        if token.ent_type_ and not (token.ent_type_ == "PERSON" and _alone_in_entity(token)):
            continue
        if token.pos_ not in ("PROPN", "NOUN") or gazetteer.lookup(token.text) is not None:
            continue
        found.append(
            EntityMention("institution:" + slug(token.text), vocab.INSTITUTION, token.text, doc[token.i : token.i + 1])
        )
    return found


def _alone_in_entity(token: Token) -> bool:
    """Whether a token is an entity of its own, no word of a longer one."""
    doc = token.doc
    starts = token.ent_iob_ == "B"
    return starts and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


_HANDLE = re.compile(r"^@((?:[A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+)+)$")
_HANDLE_PARTS = re.compile(r"(?:Ma?c|O|De|La|Le|Van|Di)?[A-Z][a-z]+")


def _tagged_tokens(ents: list[Span]) -> set[int]:
    """The token indexes of the entities NER or the gazetteer tagged."""
    return {i for span in ents for i in range(span.start, span.end)}


def _body_of_a_field(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """A body named by its head word and its field that NER left untagged ("Committee on Ways and
    Means", "Select Committee on Intelligence", "Commission for Human Rights"): capitalised words
    before the head, and after "on", "for" or "of" capitalised words joined by "and"."""
    heads = actor_words().body_heads
    found: list[EntityMention] = []
    for head in doc:
        if head.lower_ not in heads or not head.is_title or head.i in taken or head.i + 2 >= len(doc):
            continue
        if doc[head.i + 1].lower_ not in ("on", "for", "of") or not _capital_word(doc[head.i + 2]):
            continue
        end = stop = head.i + 2
        while stop < len(doc) and stop not in taken and (_capital_word(doc[stop]) or doc[stop].lower_ in ("and", "&")):
            stop += 1
            if _capital_word(doc[stop - 1]):
                end = stop
        start = head.i
        while (
            start > 0 and _capital_word(doc[start - 1]) and start - 1 not in taken and not doc[start - 1].is_sent_start
        ):
            start -= 1
        span = doc[start:end]
        name = clean_name(span.text)
        if _plausible_name(name) and not _is_agreement_name(span) and gazetteer.lookup(name) is None:
            found.append(EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span))
            found += _possessor_body(doc, start, taken)
    return found


def _possessor_body(doc: Doc, at: int, taken: set[int]) -> list[EntityMention]:
    """The organisation whose part a body is ("Boise State University's" Institute of ...): the
    capitalised words before the possessive, with an organisation's word among them."""
    if at < 2 or doc[at - 1].text not in ("'s", "’s"):
        return []
    start = at - 1
    while start > 0 and _capital_word(doc[start - 1]) and start - 1 not in taken:
        start -= 1
    span = doc[start : at - 1]
    if not len(span) or not _has_organisation_word(span):
        return []
    name = clean_name(span.text)
    known = _known(span, gazetteer.lookup(name))
    return [known or EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)]


def _party_adjectives(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """A party's adjective right before an office or a member's name ("Conservative MP Philip
    Hammond", "incumbent Republican Cory Gardner", "Democrat Spearman"): the party the gazetteer
    lists under that name; none inside a longer name ("Democratic Unionist Party")."""
    parties = dict(actor_words().party_adjectives)
    found: list[EntityMention] = []
    for token in tokens_with_lemma(doc, frozenset(word.lower() for word in parties)):
        if token.text not in parties or token.i in taken or token.ent_type_ not in ("", "NORP"):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if after is None or (before is not None and before.is_title and not before.is_sent_start):
            continue  # "National Republican Senatorial Committee"
        if not (_ends_title(after) or _starts_person(after) or _role_before_person(after)):
            continue
        if after.lower_.endswith("s") and after.lower_[:-1] in actor_words().titles:
            continue  # "Two Democratic Representatives ... opposed": members, not the party, act
        entry = gazetteer.lookup(parties[token.text])
        mention = _known(doc[token.i : token.i + 1], entry)
        if mention is not None:
            found.append(mention)
    return found


def _starts_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B"


def _role_before_person(token: Token) -> bool:
    """A lower-case noun of a role right before a person's name ("rival" of "Democratic rival Joe
    Biden", "challenger" of "Republican challenger John James"): the party's adjective before it
    is the member's party."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_lower and token.tag_ == "NN" and after is not None and _starts_person(after)


def _handles_of_persons(doc: Doc) -> list[EntityMention]:
    """A social-media handle that spells a person's name in capitalised parts, after a title or
    starting with one ("Secretary of State @FrankLaRose", "@DrAmyActon"): the person so named
    ("Frank LaRose", "Amy Acton"), whose handle is written as one of their names."""
    titles = actor_words().title_words
    found: list[EntityMention] = []
    if "@" not in doc_text(doc):
        return found  # no handle: no Token looked at
    for token in doc:
        match = _HANDLE.match(token.text)
        if match is None:
            continue
        parts = _HANDLE_PARTS.findall(match.group(1))
        titled = bool(parts) and parts[0].lower() in titles
        if titled:
            parts = parts[1:]
        before = doc[token.i - 1] if token.i > 0 else None
        if not 2 <= len(parts) <= 3 or not (titled or (before is not None and _ends_title(before))):
            continue
        name = " ".join(parts)
        found.append(EntityMention(person_id(name), vocab.PERSON, name, doc[token.i : token.i + 1]))
    return found


def _hyphenated_acronyms(doc: Doc, ents: list[Span], taken: set[int]) -> list[EntityMention]:
    """Two acronyms joined by a hyphen that NER tagged as nothing or as the start of an organisation
    ("ABS-CBN", "CNDD-FDD"), with the capitalised words of the name after them ("ABS-CBN News
    Channel"): an organisation, unless a part is a known name ("US-China" is two nations)."""
    tagged = {i for span in ents if span.label_ not in ("", "ORG") for i in range(span.start, span.end)}
    found: list[EntityMention] = []
    for dash in tokens_with_lemma(doc, frozenset({"-"})):
        at = dash.i
        if not 0 < at < len(doc) - 1 or {at - 1, at, at + 1} & (taken | tagged):
            continue
        first, second = doc[at - 1], doc[at + 1]
        if dash.whitespace_ or first.whitespace_ or not all(_acronym(t) for t in (first, second)):
            continue
        if (at >= 2 and doc[at - 2].text == "-") or gazetteer.lookup(first.text) or gazetteer.lookup(second.text):
            continue
        end = at + 2
        while end < len(doc) and _capital_word(doc[end]) and doc[end].lower_ not in actor_words().title_words:
            end += 1
        span = doc[at - 1 : end]
        name = clean_name(span.text)
        if _plausible_name(name) or name.replace("-", "").isalpha():
            found.append(EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span))
    return found


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token.text) >= 2 and token.text not in actor_words().currencies


def _name_token(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and (token.is_title or _name_word(token.text))
        and token.lower_ not in actor_words().organisation_words
    )


def is_headline(doc: Doc) -> bool:
    """Title Case text ("US Looking to Build Alliances"), where NER takes any capitalised run for
    a name: there only gazetteer names are trusted. (Found once per doc: several extractors ask.)"""
    found = doc.user_data.get(_HEADLINE_KEY)
    if found is None:
        found = doc.user_data[_HEADLINE_KEY] = _title_case(doc)
    return bool(found)


def _title_case(doc: Doc) -> bool:
    """Whether three or more words longer than three letters are there, three in four capitalised."""
    from spacy.attrs import IS_ALPHA, LENGTH, ORTH

    # Read from the doc's arrays: a Token object per token would cost more than the test.
    table = doc.to_array([IS_ALPHA, LENGTH, ORTH])
    words = table[(table[:, 0] != 0) & (table[:, 1] > 3), 2].tolist()
    if len(words) < 3:
        return False
    capitalised, strings = _CAPITALISED, doc.vocab.strings
    count = 0
    for orth in words:
        upper = capitalised.get(orth)
        if upper is None:
            upper = capitalised[orth] = strings[orth][0].isupper()
        count += upper
    return count >= 0.75 * len(words)


_HEADLINE_KEY = "kg.headline"
_CAPITALISED: dict[int, bool] = {}
"""Whether each string id's string starts with a capital (an id is the string's hash: the same in every vocab)."""


def _mention(span: Span, headline: bool, persons: frozenset[int] | set[int] = frozenset()) -> EntityMention | None:
    if span.label_ == NATION_LABEL and _inside_place_name(span):
        return None
    if span.label_ in (NATION_LABEL, INSTITUTION_LABEL, PLACE_LABEL):
        return _known(span, gazetteer.by_id().get(span.ent_id_))
    if span.label_ == REGION_LABEL or headline:
        return None
    words = [t for t in span if t.is_alpha]
    if len(words) == 1 and words[0].tag_.startswith("VB"):
        return None  # a list item's verb NER read as a name ("• Exploring ways to ...", "• Welcomed the ...")
    label = span.label_
    if label == "PERSON":
        span = _with_particle_surname(_without_title(span))
    elif label == "ORG":
        span = _with_cut_tail(_without_office(span))
        titled = _titled_person(span) or _person_after_home(span)
        if titled is not None:
            return titled
        if span.root.lower_ in actor_words().titles and not _has_body_word(span):
            return None  # "National Security Advisor", "Chief Operating Officer": an office, not a body
    name = clean_name(span.text)
    if not _plausible_name(name):
        return None
    known = gazetteer.lookup(name)
    if known is not None and label in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"):
        return _known(span, known)
    placed = _reads_as_place(span) or _has_place_word(span) or gazetteer.is_subdivision(name)
    if label in ("ORG", "PERSON") and placed:
        return EntityMention("place:" + slug(name), vocab.PLACE, name, span)
    if label == "ORG":
        if _is_agreement_name(span) or not _plausible_organisation(span):
            return None
        if _names_event(span):
            return None  # "Computer Science Education Week", "Global Summit on AI Safety": an event
        if _reads_as_person(span, name, persons):
            return EntityMention(person_id(name), vocab.PERSON, name, span)
        return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)
    if label == "PERSON" and _plausible_person(span, name):
        return EntityMention(person_id(name), vocab.PERSON, name, span)
    if label == "PERSON" and len(span) > 1 and _has_organisation_word(span) and _plausible_organisation(span):
        # "John Radcliffe Hospital", "Crow Tribe": a name with an organisation's word is no person's
        span = _whole_organisation(span)
        name = clean_name(span.text)
        return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)
    # Short all-caps GPEs ("RT", "E.O.") are mostly abbreviations the NER misread as places.
    if label == "NORP" and _named_with_capital_the(span):
        span = span.doc[span.start - 1 : span.end]
        return EntityMention("institution:" + slug(name), vocab.INSTITUTION, clean_name(span.text), span)
    if label == "GPE" and name.lower() not in lexicon().regions and len(name.replace(".", "")) > 3:
        return EntityMention("place:" + slug(name), vocab.PLACE, name, span)
    return None


def _named_with_capital_the(span: Span) -> bool:
    """A group's word written as a proper name with a capital "The" inside a sentence ("a spokesperson
    for The Greens", "voted for The Nationals"): a party's or an organisation's name, no people."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.text == "The"
        and not before.is_sent_start
        and doc[before.i - 1].text not in ('"', "“", ":", "(")
        and all(t.is_title for t in span)
    )


def _with_cut_tail(span: Span) -> Span:
    """An organisation NER cut after "of" or "of the" ("Office of the" + "Vice President"), or inside
    a title ("Office of the Attorney" + "General"): the capitalised words after the cut belong to
    the name, titles among them."""
    doc = span.doc
    end = span.end
    inside_title = end < len(doc) and doc[end].is_title and _ends_title(doc[end]) and not _ends_title(span[-1])
    if len(span) < 2 or not (span[-1].lower_ in ("of", "the") or inside_title):
        return span
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return doc[span.start : end]


def _whole_organisation(span: Span) -> Span:
    """An organisation's name NER cut at "and" or "of" ("Salish and" + "Kootenai Tribes", "Sioux
    Tribes" + "of Fort Peck"): the capitalised words joined by them on either side."""
    doc = span.doc
    start, end = span.start, span.end
    while start >= 2 and doc[start - 1].lower_ == "and" and _capital_word(doc[start - 2]):
        start -= 2
        while start > 0 and _capital_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and _capital_word(doc[end + 1]):
        end += 2
        while end < len(doc) and _capital_word(doc[end]):
            end += 1
    return doc[start:end]


def _capital_word(token: Token) -> bool:
    return (
        token.is_title and token.is_alpha and token.pos_ in ("PROPN", "ADJ") and not token.ent_type_.startswith("KG_")
    )


def _without_office(span: Span) -> Span:
    """An organisation without the office held in it that a participant list puts before it ("Senior
    Policy Advisor, Office of the Vice President" -> "Office of the Vice President")."""
    titles = actor_words().title_words
    for token in span[:-1]:
        if token.text == "," and token.i > span.start and span.doc[token.i - 1].lower_ in titles:
            return span.doc[token.i + 1 : span.end]
    return span


def _has_organisation_word(span: Span) -> bool:
    return any(t.lower_ in actor_words().organisation_words for t in span)


def _has_body_word(span: Span) -> bool:
    """Whether a word of `span` names an organisation or a body's kind ("Directorate General of Civil
    Aviation", whose root "General" is also a title's word)."""
    return any(t.lower_ in actor_words().body_words for t in span)


def _titled_person(span: Span) -> EntityMention | None:
    """An organisation NER found that is a title and a person's name after it ("Assemblywoman
    Selena Torres", "the Presidential Spokesperson Harry Roque"): the person."""
    titles = actor_words().titles  # whole titles: "Defence" alone (of "Defence Minister") is none
    last = max((t.i for t in span if t.lower_ in titles), default=None)
    if last is None or span.end - last - 1 < 2:
        return None
    rest = span.doc[last + 1 : span.end]
    name = clean_name(rest.text)
    if len(name.split()) > 4 or any(t.lower_ in titles for t in rest) or not _plausible_person(rest, name):
        return None
    return EntityMention(person_id(name), vocab.PERSON, name, rest)


def _with_particle_surname(span: Span) -> Span:
    """A person's span with the surname NER left out after it when a particle starts it ("Valéry
    Giscard" + "d'Estaing", "Charles" + "de Gaulle", "Ursula" + "von der Leyen")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end - 1].whitespace_:
        token = doc[end]
        if _ELIDED.match(token.text):
            end += 1
        elif token.lower_ in _NAME_PARTICLES and end + 1 < len(doc) and _name_word(doc[end + 1].text):
            end += 1  # the particle; the capitalised word (or a further particle) follows in the next turn
        elif doc[end - 1].lower_ in _NAME_PARTICLES and token.is_title:
            end += 1
        else:
            break
    while end > span.end and doc[end - 1].lower_ in _NAME_PARTICLES:
        end -= 1
    return doc[span.start : end]


def _person_after_home(span: Span) -> EntityMention | None:
    """An organisation NER found that is the place an office holder is from and the name after it
    ("Senator from Vermont Bernie Sanders", "Representative from Texas Henry Cuellar"): the person."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("from", "of") or not _ends_title(doc[span.start - 2]):
        return None
    for size in range(len(span) - 2, 0, -1):
        place = doc[span.start : span.start + size].text
        if gazetteer.is_subdivision(place) or gazetteer.lookup(place) is not None:
            rest = doc[span.start + size : span.end]
            name = clean_name(rest.text)
            if 2 <= len(name.split()) <= 4 and _plausible_person(rest, name):
                return EntityMention(person_id(name), vocab.PERSON, name, rest)
    return None


def _without_title(span: Span) -> Span:
    """A person's span without the titles before the name ("Taoiseach Leo Varadkar" -> "Leo Varadkar")."""
    titles = actor_words().title_words
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in titles:
        start += 1
    return span.doc[start : span.end]


def _inside_place_name(span: Span) -> bool:
    """A one-word country name that ends another place's name: "New Jersey", "New Mexico"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return len(span) == 1 and before is not None and before.text in actor_words().place_prefixes


def _has_place_word(span: Span) -> bool:
    """ "Trafalgar Square", "Masjid Al-Aqsa": a place's head word at either end of the name, as a word
    of its own (the "Bridge" of "Phoebe Waller-Bridge" is part of a surname)."""
    words = actor_words().place_words
    last_alone = span[-2].text != "-" if len(span) > 1 else True
    first_alone = span[1].text != "-" if len(span) > 1 else True
    if span[-1].lower_.endswith(actor_words().place_endings):
        return True  # "Petersallee", "Cornelius-Fredericks-Strasse": a street written as one word
    return len(span) > 1 and ((span[-1].lower_ in words and last_alone) or (span[0].lower_ in words and first_alone))


def _reads_as_place(span: Span) -> bool:
    """An organisation the NER found that is a place by its preposition ("arrived in Niamey",
    "a rally at Trafalgar Square"): a short name with no organisation word, object of in/at/near, and
    not what something is published in ("findings published in Science Advances")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        before is not None
        and before.lower_ in ("in", "at", "near", "outside", "inside")
        and not (before.lower_ == "in" and before.head.lemma_.lower() in actor_words().publishing_verbs)
        and len(span) <= 3
        and not any(t.lower_ in actor_words().organisation_words or t.is_upper for t in span)
        and not (after is not None and after.text in ("'s", "’s"))  # "in Trump's speech"
        and span[-1].text not in ("'s", "’s")  # "in Tomasz Sekielski's film", NER's span with its possessive
    )


def _reads_as_person(span: Span, name: str, persons: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether an organisation the NER found is a person's name by its place in the sentence: after
    a title ("spokesperson Morgan Ortagus"), in apposition to one ("a spokesperson, Morgan Ortagus",
    "Gáspár Maróth, the government commissioner"), or listed with persons ("Eliot Engel, Adam
    Schiff, and Elijah Cummings")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_name_word(w) for w in words):
        return False
    if any(t.lower_ in actor_words().organisation_words or (not t.is_alpha and t.text != "-") for t in span):
        return False
    if _names_an_event(list(span)):
        return False
    titles = actor_words().title_words
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in titles:
        return True
    root = span.root
    if any(child.dep_ == "appos" and child.lower_ in titles for child in root.children):
        return True  # "Gáspár Maróth, the Hungarian Government commissioner"
    preposition = root.head
    if (
        root.dep_ == "pobj"
        and preposition.lower_ in ("to", "of", "for")
        and preposition.head.lower_ in titles
        and span.start > preposition.i + 2
    ):
        return True  # "Ambassador to the United Nations Nikki Haley": the name after the office's complement
    head = root.head
    return (
        root.dep_ in ("conj", "appos")
        and head.i not in range(span.start, span.end)
        and (head.ent_type_ == "PERSON" or head.i in persons or head.lower_ in titles)
    )


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
        and lowered not in actor_words().not_actors
        and name not in actor_words().currencies
        and not _DATE_WORDS.match(name)
        and not any(ch.isdigit() for ch in name)
        and not _MARKUP.search(name)
    )


def _names_an_event(tokens: list[Token]) -> bool:
    """A name with an event's or a programme's word after its first ("Computer Science Education
    Week", "Computing Education Initiative"): never a person's."""
    return any(t.lower_ in actor_words().event_words or head_kind(t) for t in tokens[1:])


def _names_event(span: Span) -> bool:
    """An organisation's name NER found that names an event: an event's word ends it, or heads it
    before what the event is on ("Global Summit on AI Safety"); "National Conference of State
    Legislatures" is a body of its members."""
    words = actor_words().event_words
    root = span.root
    after = span.doc[root.i + 1] if root.i + 1 < span.end else None
    return span[-1].lower_ in words or (root.lower_ in words and after is not None and after.lower_ == "on")


def _plausible_person(span: Span, name: str) -> bool:
    tokens = [t for t in span if t.text not in ("'s", "’s")]
    if not tokens or any(t.text.lower() in lexicon().not_entities for t in tokens):
        return False
    words = name.split()
    if not all(_name_word(w) for w in words):
        return False
    if all(w.lower() in actor_words().title_words for w in words):
        return False  # "Queen", "Her Majesty": a title without a name
    if any(t.lower_.rstrip(".") in actor_words().organisation_words for t in tokens):
        return False  # "Védelmi Ipari Kft": a company's name
    if _names_an_event(tokens):
        return False
    if any(len(w) == 1 for w in words):
        return False  # "Q John": a transcript's speaker mark, not a name
    if _DATE_WORDS.match(words[0]):
        return False  # "Monday Trump"; a month after a given name is a surname ("Theresa May")
    if len(words) == 1:
        # A lone capitalised word that starts a sentence is usually an ordinary word ("Improper").
        token = tokens[0]
        if token.is_upper:
            return False  # "please RSVP", "NASA": one word in capitals is an abbreviation, no name
        return token.pos_ == "PROPN" and not token.is_sent_start
    return all(t.pos_ in ("PROPN", "NOUN") or t.text in "-‐" or _name_word(t.text) for t in tokens)


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, a particle ("van", "de") or a particle joined to a
    capitalised word ("al-Muhandis", "el-Sisi", "Abdul-Mahdi")."""
    head, _, rest = word.partition("-")
    return (
        word[0].isupper()
        or word.lower() in _NAME_PARTICLES
        or (head.lower() in _NAME_PARTICLES and rest[:1].isupper())
        or bool(_ELIDED.match(word))
    )


def _plausible_organisation(span: Span) -> bool:
    first = span[0]
    if first.text.lower() in lexicon().not_entities and not _has_body_word(span):
        return False  # "AI Incentive Optimization" is a product; "AI Governance Working Group" is a body
    if first.lower_ in ("the", "a", "an") and len(span) > 1:
        first = span[1]
    if first.text[:1].islower() and not _particle_joined(first):
        return False  # "anti-Brexit", "intra-Africa": a word built on a name, not a name ("al-Masirah" is one)
    last = span[-1]
    if len(span) > 1 and last.lower_ in actor_words().title_words and last.lower_.endswith("s"):
        return False  # "Republican Representatives", "Democratic Senators": office holders, not a body
    if len(span) == 1 and (
        first.lower_ in actor_words().title_words or first.lower_ in actor_words().organisation_words
    ):
        return False  # "Monsenor", "Chamber": a title or a body's head word alone
    if len(span) == 1 and first.is_upper and first.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
        return False  # "it ABSTAINS from adjudicating": a word in capitals, not an acronym
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and before is not None and before.lower_ in ("of", "on", "for") and before.head.pos_ != "VERB":
        return False  # "Secretary of State", "committee on Intelligence": the tail of a name ("spoke on MSNBC" is none)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) == 1 and after is not None and after.is_title and after.lower_ in actor_words().titles:
        return False  # "Commerce Secretary", "Presidential Envoy": a word of an office held
    if len(span) == 1 and before is not None and before.is_title and before.lower_ in actor_words().titles:
        return False  # "Chief Executive": the end of an office's name
    return not (len(span) == 1 and first.is_sent_start and first.pos_ != "PROPN")


def _particle_joined(token: Token) -> bool:
    """Whether a word is a name's particle joined to a capitalised word ("al-Masirah", "el-Nour"), read as
    one token or as three: a hyphenated word of a person's name (`_name_word`)."""
    word = token.doc[token.i : token.i + 3].text.split(maxsplit=1)[0]
    return "-" in word and _name_word(word)


def _is_agreement_name(span: Span) -> bool:
    """A name NER read as an organisation's that names an instrument: its head is an agreement kind,
    or it holds a kind of several words ("Hiroshima Process International Code of Conduct for ...")."""
    if head_kind(span.root) is not None or span.root.text.lower() == "order":
        return True
    words = f" {span.text.lower()} "
    return any(f" {phrase} " in words for phrase in lexicon().agreement_phrases)
