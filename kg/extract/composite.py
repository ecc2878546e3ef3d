"""Actor names the gazetteer ruler and NER split at a nation or a known name, read whole again.

The EntityRuler marks nations ahead of NER, so "the Iraqi Parliament" reaches the extractor as a
nation and a bare word, and "American Civil Liberties Union" as a nation and a shorter organisation.
Here, around each nation mention:

- a state body: "<nation> <body>" ("Argentine Senate", "UK Supreme Court"), "<nation>'s <body>"
  ("Germany's foreign ministry") and "<body> of [the] <nation>" ("Ministry of Foreign Affairs of
  Turkey") are the nation's one body of that kind (`gazetteer.state_body`);
- an organisation cut at the nation: "<adjective> <ORG>" and "<ORG> of <nation>" are one organisation
  ("German Institute for Economic Research", "Federal Aviation Office of Germany");
- an organisation that starts with a known name: "Amazon Environmental Research Institute".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.mentions import EntityMention, actor_words, clean_name
from kg.extract.nlp import INSTITUTION_LABEL, NATION_LABEL, PLACE_LABEL, REGION_LABEL, tokens_with_lemma
from kg.ids import slug

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_POSSESSIVE = {"'s", "’s", "'", "’"}
_READ_ACROSS_IN = ("ORG", "WORK_OF_ART", "FAC")
"""NER's readings of a town and its region as one name ("Tomsk in Siberia")."""
_ORGANISATION_LABELS = {"ORG", "FAC", "NORP"}
_PLACE_LABELS = {PLACE_LABEL, "GPE"}


def composite_mentions(doc: Doc, ents: list[Span], headline: bool) -> list[EntityMention]:
    """The state bodies and organisation names that run across a nation mention, in text order;
    none of them overlaps another."""
    found: list[EntityMention] = []
    taken: set[int] = set()
    for index, span in enumerate(ents):
        if span.label_ == INSTITUTION_LABEL and not headline:
            mention = (
                _longer_name_after(doc, ents, index) or _state_branch(doc, span) or _place_branch(doc, ents, index)
            )
        elif span.label_ in _PLACE_LABELS:
            mention = _place_body(doc, span) or (None if headline else _longer_name_after(doc, ents, index))
        elif span.label_ == NATION_LABEL:
            nation = gazetteer.by_id().get(span.ent_id_)
            if nation is None or nation.iso3 is None:
                continue
            mention = (
                _mission_after(doc, span, nation) or _body_after(doc, span, nation) or _body_before(doc, span, nation)
            )
            if mention is None and not headline:
                mention = _organisation_across(doc, ents, index)
        else:
            continue
        if mention is not None and not taken & set(range(mention.span.start, mention.span.end)):
            taken |= set(range(mention.span.start, mention.span.end))
            found.append(mention)
    return found


def _body_words(doc: Doc, start: int, end: int) -> str | None:
    """The kind of state body whose name is exactly doc[start:end], if any."""
    words = tuple(token.lower_ for token in doc[start:end])
    return gazetteer.body_names().get(words)


def _longest_body(doc: Doc, start: int, *, forward: bool) -> tuple[int, str] | None:
    """The longest body name starting (forward) or ending (backward) at `start`: (its other end, kind)."""
    longest = max((len(words) for words in gazetteer.body_names()), default=0)
    for size in range(longest, 0, -1):
        begin, end = (start, start + size) if forward else (start - size, start)
        if begin < 0 or end > len(doc):
            continue
        kind = _body_words(doc, begin, end)
        if kind is not None:
            return (end if forward else begin), kind
    return None


def _state_mention(doc: Doc, start: int, end: int, nation: gazetteer.Entry, kind: str) -> EntityMention | None:
    entry = gazetteer.state_body(str(nation.iso3), kind)
    if entry is None:
        return None
    return EntityMention(entry.id, entry.type, entry.label, doc[start:end], entry.wikidata)


def _body_after(doc: Doc, span: Span, nation: gazetteer.Entry) -> EntityMention | None:
    """ "Iraqi Parliament", "Germany's foreign ministry": a body name right after the nation."""
    at = span.end
    if at < len(doc) and doc[at].text in _POSSESSIVE:
        at += 1
    found = _longest_body(doc, at, forward=True)
    if found is None:
        return None
    end, kind = found
    # "the US military base", "Turkish army officers": the body must end the noun phrase.
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].dep_ == "compound":
        return None
    if doc[end - 1].dep_ == "amod" and doc[end - 1].head.i >= end:
        return None  # "Turkish military operations": the body's word is an adjective of the noun after it
    return _state_mention(doc, span.start, end, nation, kind)


def _place_body(doc: Doc, span: Span) -> EntityMention | None:
    """A sub-national body: a place that is no nation (a US state, a territory, a province) with a
    state body's name right after it ("Alabama Senate", "Puerto Rico House of Representatives") or
    before it ("Parliament of New South Wales"). Its own Institution, named as written: never the
    nation's body of that kind."""
    at = span.end
    if at < len(doc) and doc[at].text in _POSSESSIVE:
        at += 1
    own = _place_own_body(doc, span, at)
    if own is not None:
        return own
    found = _longest_body(doc, at, forward=True)
    if found is not None:
        end = found[0]
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].dep_ == "compound":
            return None  # "the Texas Senate race": the body must end the noun phrase
        body, start = doc[at:end], span.start
    else:
        at = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else 0)
        if at == 0 or doc[at - 1].lower_ != "of":
            return None
        found = _longest_body(doc, at - 1, forward=False)
        if found is None or not doc[found[0]].is_title:
            return None  # "the senate of the state" in lower case is a description
        body, start, end = doc[found[0] : at - 1], found[0], span.end
    name = f"{span.text} {_body_name(body)}"
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, doc[start:end])


def _place_own_body(doc: Doc, span: Span, at: int) -> EntityMention | None:
    """A territory's or sub-national state's government or police ("the Hong Kong government", "the
    government of American Samoa"): `place_bodies` of ontology/state_institutions.yaml, for a
    dependent territory or an ISO 3166-2 subdivision, never a nation or a city."""
    if span.label_ != PLACE_LABEL and not gazetteer.is_subdivision(span.text):
        return None
    bodies = gazetteer.place_bodies()
    if at < len(doc) and doc[at].lower_ in bodies:
        if doc[at].dep_ == "compound":
            return None  # "the Hong Kong government headquarters": the word modifies another noun
        start, end, word = span.start, at + 1, doc[at].lower_
    else:
        before = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else 0)
        if before < 2 or doc[before - 1].lower_ != "of" or doc[before - 2].lower_ not in bodies:
            return None
        start, end, word = before - 2, span.end, doc[before - 2].lower_
    name = f"{span.text} {bodies[word]}"
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, doc[start:end])


def _body_name(words: Span) -> str:
    """A body's name as a name: "senate" -> "Senate", "house of representatives" -> "House of Representatives"."""
    return " ".join(t.text if t.text[:1].isupper() or t.lower_ in _LINKS else t.text.capitalize() for t in words)


STATE_BODY = "institution:state-body:"
"""The id of a body of "the state" the article is about, until `kg.extract.article_actors` names it."""


def state_bodies(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """ "the state Senate", "the Senate of the state", "the state legislature": a body of the
    sub-national state the article is about. `kg.extract.article_actors` names it after the one
    state the article names ("Alabama Senate") or drops it; never the nation's body."""
    found: list[EntityMention] = []
    for word in tokens_with_lemma(doc, frozenset({"state"})):
        if word.text != "state" or word.i in taken:
            continue  # "State Department", "Secretary of State": names of their own
        if word.dep_ in ("compound", "amod", "nmod"):
            body = _longest_body(doc, word.i + 1, forward=True)
            start, end = word.i, body[0] if body else 0
        elif word.dep_ == "pobj" and word.i >= 2 and doc[word.i - 1].lower_ == "the" and doc[word.i - 2].lower_ == "of":
            body = _longest_body(doc, word.i - 2, forward=False)
            start, end = (body[0] if body else 0), word.i + 1
        else:
            continue
        if body is None or taken & set(range(start, end)):
            continue
        words = doc[start + 1 : end] if start == word.i else doc[start : word.i - 2]
        label = _body_name(words)
        found.append(EntityMention(STATE_BODY + slug(label), vocab.INSTITUTION, label, doc[start:end], named=False))
    return found


TERRITORY_BODY = "institution:territory-body:"
"""The id of a bare "the government" or "the police" until `kg.extract.article_actors` names it after
the territory (Hong Kong, Puerto Rico) the article is about, or drops it."""

_OWNER_PRONOUNS = {"its", "their", "his", "her"}
_BARE_BODIES = {"police", "authorities"}
"""Words that name the body with no determiner ("police said", "authorities confirmed"); "government"
without one is mostly a modifier or a field ("government officials", "in government")."""


def territory_bodies(doc: Doc, taken: set[int]) -> list[EntityMention]:
    """ "the government", "the authorities", "the police", "her government" with no word saying whose:
    a body of the territory the article is about, should it be about one (a territory's government
    is no nation, so not the nation's). `place_bodies` of ontology/state_institutions.yaml."""
    bodies = gazetteer.place_bodies()
    found: list[EntityMention] = []
    for word in tokens_with_lemma(doc, frozenset(bodies)):
        noun = word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.is_sent_start)  # "Police said ..."
        if word.lower_ not in bodies or not noun or word.i in taken or word.dep_ == "compound":
            continue
        kept = [c for c in word.children if c.dep_ not in ("punct", "relcl", "acl")]  # a clause says not whose
        owner = kept[0] if len(kept) == 1 else None
        if not kept and word.lower_ in _BARE_BODIES:
            pass  # "police reported Friday morning", "Police detained eight people"
        elif owner is None or not (owner.lower_ == "the" or (owner.dep_ == "poss" and owner.lower_ in _OWNER_PRONOUNS)):
            continue
        label = bodies[word.lower_]
        span = doc[word.i : word.i + 1]
        found.append(EntityMention(TERRITORY_BODY + slug(label), vocab.INSTITUTION, label, span, named=False))
    return found


def _mission_after(doc: Doc, span: Span, nation: gazetteer.Entry) -> EntityMention | None:
    """ "the U.S. Embassy in Baghdad", "the Turkish consulate in Erbil": a nation's diplomatic
    mission in a place, one node per (nation, kind of mission, place as written)."""
    at = span.end
    if at < len(doc) and doc[at].text in _POSSESSIVE:
        at += 1
    words = [t.lower_ for t in doc[at : at + 2]]
    size = 2 if words == ["consulate", "general"] else 1 if words[:1] in (["embassy"], ["consulate"]) else 0
    if not size or at + size + 1 >= len(doc) or doc[at + size].lower_ != "in":
        return None
    place = doc[at + size + 1]
    if not place.ent_type_ or not place.is_title:
        return None
    end = at + size + 1
    while end < len(doc) and doc[end].ent_iob_ in ("B", "I") and (end == at + size + 1 or doc[end].ent_iob_ == "I"):
        end += 1
    where = doc[at + size + 1 : end].text
    kind = " ".join(t.text.title() for t in doc[at : at + size])
    label = f"{gazetteer.attributive(nation)} {kind} in {where}"
    entity_id = f"institution:{str(nation.iso3).lower()}-{slug(kind)}-{slug(where)}"
    return EntityMention(entity_id, vocab.INSTITUTION, label, doc[span.start : end])


def _body_before(doc: Doc, span: Span, nation: gazetteer.Entry) -> EntityMention | None:
    """ "Parliament of Iraq", "Ministry of Foreign Affairs of the Republic of Turkey"."""
    at = span.start
    if at > 0 and doc[at - 1].lower_ == "the":
        at -= 1
    if at == 0 or doc[at - 1].lower_ != "of":
        return None
    found = _longest_body(doc, at - 1, forward=False)
    if found is None:
        return None
    start, kind = found
    if not doc[start].is_title and not doc[start].is_upper and doc[start].lower_ in gazetteer.place_bodies():
        return None  # "the police of Iraq" in lower case is a description, read by its nation
    return _state_mention(doc, start, span.end, nation, kind)


def _organisation_across(doc: Doc, ents: list[Span], index: int) -> EntityMention | None:
    """An organisation the nation mention cut in two: the NER's organisation right after an
    adjective ("American" + "Civil Liberties Union"), or ending in "of" right before the nation."""
    span = ents[index]
    after = ents[index + 1] if index + 1 < len(ents) else None
    before = ents[index - 1] if index > 0 else None
    adjacent = after is not None and after.start == span.end and after.label_ in _ORGANISATION_LABELS
    if adjacent and after is not None and any(t.lower_ in actor_words().body_heads for t in after):
        return _organisation(doc[span.start : after.end])  # "U.S. District Court for ..."
    if span.text in gazetteer.by_id()[span.ent_id_].demonyms:
        if adjacent and after is not None:
            return _organisation(doc[_name_start(doc, span) : after.end])  # "Royal" Swedish Academy of Sciences
        longer = _longer_name_after(doc, ents, index)
        if longer is not None:
            return longer
    elif not adjacent:
        longer = _longer_name_after(doc, ents, index)  # "United States Postal Service"
        if longer is not None:
            return longer
    whole = _longer_name_before(doc, span) or _name_around(doc, span)
    if whole is not None:
        return whole
    if before is not None and before.label_ in _ORGANISATION_LABELS:
        gap = doc[before.end : span.start]
        joined = doc[before.start : span.end]
        ends_of = [t.lower_ for t in before[-2:]] == ["of", "the"] or before[-1].lower_ == "of"
        words = [t.lower_ for t in before if t.lower_ not in ("the", "of")]
        if ends_of and len(words) == 1 and words[0] in gazetteer.place_bodies():
            return None  # "the Government of Iraq": a nation's government is the nation (GUIDELINES.md)
        if ends_of and not len(gap) and _names_a_body(before):
            return _organisation(joined)  # NER read "of (the)" into the name: "Catholic Bishops' Conference of the"
        if [t.lower_ for t in gap] in (["of"], ["of", "the"]):
            head = [t for t in before if t.lower_ not in ("of", "the")][-1:]
            if head and head[0].lower_ in actor_words().body_heads:
                return _organisation(joined)
    return None


def _names_a_body(span: Span) -> bool:
    """Whether an organisation span has a body's, an organisation's or a gathering's word ("Catholic
    Bishops' Conference of the"), unlike a person's name NER took for one ("Patrice Talon of")."""
    words = actor_words()
    return any(t.lower_ in words.body_words or t.lower_ in words.event_words for t in span)


def _longer_name_after(doc: Doc, ents: list[Span], index: int) -> EntityMention | None:
    """A known name or adjective that starts a longer organisation name NER left untagged: a run
    of capitalised words with a body's head word right after it ("Amazon" + "Environmental
    Research Institute", "American" + "Civil Liberties Union"), and the capitalised words right
    before it ("Native American Rights Fund")."""
    span = ents[index]
    following = ents[index + 1].start if index + 1 < len(ents) else len(doc)
    end = stop = span.end
    while stop < following and (_name_noun(doc[stop]) or (doc[stop].lower_ in _CONNECTORS and stop > span.end)):
        stop += 1
        if _name_noun(doc[stop - 1]):
            end = stop  # a name ends on a capitalised word ("for Economic Research", not "for the")
    words = actor_words()
    heads = words.body_words
    if end == span.end:
        return None
    headed = any(_head_word(t, heads) for t in doc[span.end : end]) or _legal_form_after(doc, end)
    if not (headed or _brand_after(doc, span, end, following)):
        return None
    if span.label_ == NATION_LABEL and end == span.end + 1 and doc[span.end].lower_ in gazetteer.place_bodies():
        return None  # "the Hungarian Government": a nation's government is the nation (GUIDELINES.md)
    return _organisation(doc[_name_start(doc, span) : end])


def _brand_after(doc: Doc, span: Span, end: int, following: int) -> bool:
    """A company's or an outlet's name that starts with a nation's name ("China Resources Holdings",
    "US Geological Survey", "USA Today"; an adjective, as in "Saudi Aramco", is left alone): the
    nation's name modifies the last of capitalised words NER left untagged, which ends the noun
    phrase."""
    if span.label_ != NATION_LABEL or span.text in gazetteer.by_id()[span.ent_id_].demonyms:
        return False
    run = doc[span.end : end]
    if end >= following or any(t.ent_type_ or not _capital(t) for t in run):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "of":
        return False  # "President of Ukraine Volodymyr Zelenskyy": the nation ends an office's name
    last = run[-1]
    if last.lower_ in actor_words().event_words or head_kind(last) is not None:
        return False  # "Iraq War", "US Constitution": an event or an instrument, no organisation
    return last.dep_ != "compound" and span.root.head.i == last.i and all(t.head.i == last.i for t in run[:-1])


def _legal_form_after(doc: Doc, end: int) -> bool:
    """Whether a company's legal form follows a name ending at `end`, after a comma or not
    ("Hungarian National Asset Management, Inc.", "Kenya Power Ltd")."""
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    return at < len(doc) and doc[at].lower_ in actor_words().legal_forms


def _name_around(doc: Doc, span: Span) -> EntityMention | None:
    """A name a nation's name is inside of, with capitalised words NER left untagged on both sides
    that modify the words after them, as the nation's does ("an Air India Express flight"):
    the whole run of them, an organisation; a nation's adjective is no such part ("Chinese")."""
    if span.text in gazetteer.by_id()[span.ent_id_].demonyms:
        return None
    start, end = span.start, span.end
    while start > 0 and _capital(doc[start - 1]) and not doc[start - 1].ent_type_:
        start -= 1
    while end < len(doc) and _capital(doc[end]) and not doc[end].ent_type_:
        end += 1
    if start == span.start or end == span.end:
        return None
    if any(t.dep_ != "compound" for t in doc[start : end - 1]):
        return None  # "for Make America Great Again": the words are no one noun phrase ("America" heads one)
    return _organisation(doc[start:end])


def _longer_name_before(doc: Doc, span: Span) -> EntityMention | None:
    """An organisation's name that ends with a nation's name ("Marriage Equality Coalition Taiwan",
    "Save the Children Federation Uganda"): capitalised words with a body's head word right before
    the nation, and no capitalised word after it."""
    start = span.start
    while start > 0 and _capital(doc[start - 1]):
        start -= 1
    if start == span.start or (span.end < len(doc) and _capital(doc[span.end])):
        return None
    if doc[start].is_sent_start and start == span.start - 1:
        return None  # one sentence-initial word: "Meanwhile Taiwan ..." is no name
    words = actor_words()
    if any(t.ent_type_ not in ("", "ORG") for t in doc[start : span.start]):
        return None
    headed = any(t.lower_ in words.body_words for t in doc[start : span.start])
    if not headed and not _apposed_brand(doc[start : span.end], span):
        return None
    return _organisation(doc[start : span.end])


def _apposed_brand(name: Span, nation: Span) -> bool:
    """A company's name with the nation of its branch after it ("his tax preparer, Mazars USA", "no
    Change UK candidates"): the words before the nation modify it, the nation's name (no adjective)
    modifies the noun after it or stands in apposition, no word of the name starts the sentence, and
    no compass word makes it a region ("in Koszalin, North Poland")."""
    entry = gazetteer.by_id()[nation.ent_id_]
    return (
        nation.text not in entry.demonyms
        and not name[0].is_sent_start
        and name[nation.start - name.start - 1].text not in actor_words().place_prefixes  # "North Poland"
        and all(t.dep_ == "compound" and t.i < t.head.i < nation.end for t in name[: nation.start - name.start])
        and nation.root.dep_ in ("compound", "appos")
    )


def _place_branch(doc: Doc, ents: list[Span], index: int) -> EntityMention | None:
    """A national body's name after a sub-national state or territory names that place's own body
    ("the California Department of Justice", "the Puerto Rico Department of Health"): its own
    Institution, named as written, never the nation's."""
    span = ents[index]
    entry = gazetteer.by_id().get(span.ent_id_)
    before = ents[index - 1] if index > 0 else None
    if entry is None or entry.country is None or before is None or before.end != span.start:
        return None
    place = clean_name(before.text)
    if before.label_ != PLACE_LABEL and not gazetteer.is_subdivision(place):
        return None
    name = f"{place} {clean_name(span.text)}"
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, doc[before.start : span.end])


def _state_branch(doc: Doc, span: Span) -> EntityMention | None:
    """A known organisation's branch in a state or province ("American Civil Liberties Union of
    Montana", "Planned Parenthood of Wisconsin"): its own Institution, named as written."""
    at = span.end
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    end = at + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end == at + 1 or not gazetteer.is_subdivision(doc[at + 1 : end].text):
        return None
    name = clean_name(doc[span.start : end].text)
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, doc[span.start : end])


def _name_start(doc: Doc, span: Span) -> int:
    """Where an organisation's name starts that an adjective or name `span` is inside of: the
    capitalised words before it belong to it too ("Native" American Rights Fund, "Royal" Swedish
    Academy of Sciences), where NER tagged them as a fragment or not at all."""
    start = span.start
    while start > 0 and _capital(doc[start - 1]) and doc[start - 1].ent_type_ in ("", "ORG", INSTITUTION_LABEL):
        start -= 1  # a known name too: "Facebook" Ireland Limited is the company's Irish arm
    return start


def _name_noun(token: Token) -> bool:
    """A capitalised word of a name after a known one, also one the tagger read as a common noun
    ("Web" of "Amazon Web Services")."""
    return _capital(token) or (token.is_title and token.is_alpha and token.pos_ == "NOUN")


def _head_word(token: Token, heads: frozenset[str]) -> bool:
    """Whether `token` is one of the head words `heads`, also in the plural ("Services", "Industries")."""
    word = token.lower_
    if word in heads or (word.endswith("s") and word[:-1] in heads):
        return True
    return word.endswith("ies") and word[:-3] + "y" in heads


def _capital(token: Token) -> bool:
    """A capitalised word of a name (not a title after it: "... Research Institute Director"; a word
    of a longer title is one of a name: "State" of "Indonesian State Intelligence Agency")."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.lower_ not in actor_words().titles


def _organisation(span: Span) -> EntityMention | None:
    name = clean_name(span.text)
    words = actor_words()
    if name.lower() in words.not_actors or any(
        t.lower_ in words.not_actors or t.text in words.currencies for t in span
    ):
        return None
    if name.lower() in lexicon().not_entities:
        return None  # "Artificial Intelligence (AI)": a topic spelled out, no organisation
    known = gazetteer.lookup(name)
    if known is not None:
        return EntityMention(known.id, known.type, known.label, span, known.wikidata, known.iso3)
    return EntityMention("institution:" + slug(name), vocab.INSTITUTION, name, span)


_LINKS = ("of", "on", "for")


def repaired_ents(doc: Doc, ents: list[Span]) -> list[Span]:
    """The doc's entities with organisation names NER cut short made whole: the start before "of",
    "on" or "for" ("House Committee on" + "Foreign Affairs", "Tunisian League for the" + "Defence
    of Human Rights"), the complement after a body's head word ("District Court" + "for the Northern
    District of California", "Progressive Party" + "of Working People") and a region that ends a
    name ("Gas Infrastructure" + "Europe"). Entities the longer name covers are dropped; a town NER
    read with its region as one name is split in two ("Tomsk in Siberia")."""
    from spacy.tokens import Span

    found: list[Span] = []
    for span in ents:
        placed = _placed_in(span) if span.label_ in _READ_ACROSS_IN else []
        if placed or span.label_ != "ORG":
            found += placed or [span]
            continue
        start, end = _extended_start(doc, span), _extended_end(doc, span, ents)
        found += _split_at_possessive(
            Span(doc, start, end, label="ORG") if (start, end) != (span.start, span.end) else span
        )
    kept: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _placed_in(span: Span) -> list[Span]:
    """A town NER read with the region after it as one organisation ("flying from Tomsk in Siberia"):
    one or two capitalised words with no organisation's, body's or place's word, "in", and a
    capitalised name, are two places. Empty for any other span ("Saudi Consulate in Istanbul")."""
    from spacy.tokens import Span

    words = actor_words()
    marker = next((t for t in span[1:-1] if t.lower_ == "in"), None)
    if marker is None or marker.i - span.start > 2:
        return []
    town, region = span.doc[span.start : marker.i], span.doc[marker.i + 1 : span.end]
    if not all(t.is_title and t.is_alpha for t in [*town, *region]):
        return []
    kind_words = words.organisation_words | words.body_heads | words.place_words
    if any(t.lower_ in kind_words for t in span):
        return []
    return [Span(span.doc, town.start, town.end, label="GPE"), Span(span.doc, region.start, region.end, label="GPE")]


def before_line_break(span: Span) -> Span | None:
    """An entity NER read across a line break ("United Auto Workers" + a heading "Government
    Participants" under it): the part before the break, a name of its own; None if that is empty."""
    from spacy.tokens import Span

    for token in span:
        if token.is_space and "\n" in token.text:
            end = token.i
        elif "\n" in token.whitespace_ and token.i < span.end - 1:
            end = token.i + 1
        else:
            continue
        return Span(span.doc, span.start, end, label=span.label_) if end > span.start else None
    return span


def _split_at_possessive(span: Span) -> list[Span]:
    """An organisation name NER read across a possessive ("Georgetown University's Center for
    Security and Emerging Technology"): the owner and its body, each with an organisation's word."""
    from spacy.tokens import Span

    words = actor_words().body_words
    for token in span[1:-1]:
        if token.text in ("'s", "’s"):
            owner, body = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
            if any(t.lower_ in words for t in owner) and any(t.lower_ in words for t in body):
                return [
                    Span(span.doc, owner.start, owner.end, label="ORG"),
                    Span(span.doc, body.start, body.end, label="ORG"),
                ]
    return [span]


def _name_part(token: Token, lowered_heads: bool = False) -> bool:
    if token.is_title or token.is_upper:
        return token.is_alpha
    return lowered_heads and token.lower_ in actor_words().body_heads


def _extended_start(doc: Doc, span: Span) -> int:
    at = span.start
    if at >= 1 and doc[at - 1].lower_ == "the":
        at -= 1
    if at < 2 or doc[at - 1].lower_ not in _LINKS or not _name_part(doc[at - 2], lowered_heads=True):
        return span.start
    start = at - 1
    while start > 0 and _name_part(doc[start - 1], lowered_heads=True) and not doc[start - 1].is_sent_start:
        start -= 1
    if start > 0 and _name_part(doc[start - 1], lowered_heads=True):
        start -= 1  # a sentence-initial word of the name
    has_head = any(t.lower_ in actor_words().body_heads for t in doc[start : at - 1])
    return start if has_head else span.start


def _extended_end(doc: Doc, span: Span, ents: list[Span]) -> int:
    end = span.end
    regions = {s.start: s.end for s in ents if s.label_ == REGION_LABEL}
    if end in regions:
        return regions[end]  # "Gas Infrastructure Europe"
    if span[-1].lower_ not in actor_words().body_heads or end >= len(doc) or doc[end].lower_ not in _LINKS:
        return end
    at = end + 1
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    stop = at
    while stop < len(doc) and (_name_part(doc[stop]) or (doc[stop].lower_ in ("of", "and") and stop > at)):
        if doc[stop].ent_type_ in ("DATE", "TIME"):
            break  # "the California Air Resources Board on February 21": when, not the body's field
        stop += 1
    while stop > at and not _name_part(doc[stop - 1]):
        stop -= 1
    return stop if stop > at else end


_CONNECTORS = ("and", "of", "for", "the", "on", "&")


def defined_names(doc: Doc, ents: list[Span]) -> list[EntityMention]:
    """Organisation names written out before the abbreviation they define, "Customs and Border
    Protection (CBP)": the words before the parenthesis whose initials spell it (connectors such as
    "and", "of" skipped), as one organisation, where NER tagged only part of them or none. A state
    or province so defined ("New South Wales (NSW)") is a place, unless it ends a body's name the
    NER read whole ("the Parliament of New South Wales (NSW)")."""
    found: list[EntityMention] = []
    for token in tokens_with_lemma(doc, frozenset({"("})):
        span = spelled_out(token)
        if span is None:
            continue
        if span[-1].lemma_.lower() in lexicon().agreement_heads:
            continue  # "Ballot Interference Prevention Act (BIPA)": an instrument's name, not a body's
        if any(s.start <= span.start and token.i <= s.end and s.label_ == INSTITUTION_LABEL for s in ents):
            continue  # the gazetteer knows the whole name already
        name = clean_name(span.text)
        if gazetteer.is_subdivision(name):
            if not any(s.start < span.start < s.end and s.label_ == "ORG" for s in ents):
                found.append(EntityMention("place:" + slug(name), vocab.PLACE, name, span))
            continue
        mention = _organisation(span)
        if mention is not None:
            found.append(mention)
    return found


def spelled_out(bracket: Token) -> Span | None:
    """The words before an opening bracket whose initials spell the abbreviation in it: "Customs
    and Border Protection" before "(CBP)"; None where the bracket holds no such abbreviation."""
    doc = bracket.doc
    if bracket.text != "(" or bracket.i + 2 >= len(doc) or doc[bracket.i + 2].text != ")":
        return None
    letters = [ch for ch in doc[bracket.i + 1].text if ch.isupper()]
    if not 2 <= len(letters) <= 8 or not doc[bracket.i + 1].text[:1].isupper():
        return None
    start = _initials_start(doc, bracket.i, letters)
    return None if start is None else doc[start : bracket.i]


def _initials_start(doc: Doc, end: int, letters: list[str]) -> int | None:
    """Where the run of words ending before `end` starts whose initials are `letters`."""
    wanted = list(reversed(letters))
    at = end
    matched = 0
    while at > 0 and matched < len(wanted):
        token = doc[at - 1]
        if token.lower_ in _CONNECTORS:
            at -= 1
            continue
        if not (token.is_title or token.is_upper) or token.text[0] != wanted[matched]:
            return None
        matched += 1
        at -= 1
    return at if matched == len(wanted) else None
