"""The actors words stand for: a word's own entity or the one an actor noun names, a surname named
in full before, the name a country after a comma qualifies, the actors a group noun lists, and
coordinated actors grouped with their appositions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import prepositions

if TYPE_CHECKING:
    from spacy.tokens import Token

LIST_MARKERS = {"including", "include", "includes", "included", "like", "as", ":", "among"}


def entities_of(text: ParsedText, token: Token) -> list[EntityMention]:
    """The actors a word stands for: its own entity, or the one an actor noun names ("Chinese
    officials", "the government of Syria", "the delegations of Cyprus, Greece and Israel")."""
    if token.i in text.by_token:
        return [text.by_token[token.i]]
    if token.pos_ == "PROPN" and token.is_title:
        earlier = named_before(text, token)
        if earlier is not None:
            return [earlier]
    if token.lower_ in lexicon().office_titles:
        # "Mayor of Koszalin Piotr Jedlinski has declared": the parser, at a loss, makes the title the
        # subject and the named holder the object of its "of"
        held = [o for p in prepositions(token) if p.text == "of" for o in p.objects if o.i in text.by_token]
        persons = [text.by_token[o.i] for o in held if text.by_token[o.i].type == vocab.PERSON]
        if persons:
            return persons[:1]
    if token.lemma_.lower() not in lexicon().actor_nouns and token.lower_ not in lexicon().actor_nouns:
        return []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in text.by_token:
            return [text.by_token[child.i]]
        if child.dep_ == "compound" and _bare_government(child) and text.nation is not None:
            return [text.nation]  # "government officials stated" (a story about one nation)
    named = [w for p in prepositions(token) if p.text == "of" for o in p.objects for w in (o, *o.conjuncts)]
    found = [text.by_token[w.i] for w in named if w.i in text.by_token]
    if not found and _bare_government(token):
        nation = text.nation  # "after the government announced new curfew restrictions" (a story on Serbia)
        return [nation] if nation is not None else []
    return found


def _bare_government(token: Token) -> bool:
    """ "the government" alone, or "government" before another noun ("government officials"), without
    a word or phrase saying whose."""
    return token.lower_ == "government" and [c.lower_ for c in token.children if c.dep_ != "punct"] in (["the"], [])


def named_before(text: ParsedText, word: Token) -> EntityMention | None:
    """A person the article named in full before, written here by surname alone where the NER
    missed it ("Kyriakos Mitsotakis ... Mitsotakis met with the IMF")."""
    for mention in reversed(text.entities):
        person = mention.type == vocab.PERSON and len(mention.span) > 1
        if person and mention.span.end <= word.i and mention.span[-1].text == word.text:
            return mention
    return None


def qualified(text: ParsedText, mention: EntityMention) -> EntityMention | None:
    """The name a country right after a comma says where it is: "the Parliament of New South Wales
    (NSW), Australia", "Auckland, New Zealand". The parser, at a loss, often makes that country
    the subject; the actor is the name before it (none, where that name is a place)."""
    if mention.type != vocab.NATION or mention.span.start < 2:
        return None
    doc = mention.span.doc
    at = mention.span.start - 1
    if doc[at].text != ",":
        return None
    at -= 1
    if doc[at].text == ")" and at >= 2 and doc[at - 2].text == "(":
        at -= 3  # "(NSW)"
    before = text.by_token.get(at)
    return before if before is not None and before.type in (vocab.PLACE, vocab.INSTITUTION) else None


def listed_after(text: ParsedText, group: Token) -> list[EntityMention]:
    """Actors a group noun introduces as a list ("countries ... include: A, B and C", "nations,
    including A and B, ..."): those inside the list's phrase, not every name after it ("at SkyCity
    in Auckland, New Zealand" is where, not who)."""
    sentence = group.sent
    marker = next(
        (t for t in sentence if t.i >= group.i and (t.lower_ in LIST_MARKERS or t.lemma_ == "include")),
        None,
    )
    if marker is None:
        return []
    if marker.dep_ in ("prep", "acl", "advcl"):  # "nations, including A and B, ..."
        inside = {w.i for w in marker.subtree}
    elif marker.pos_ in ("VERB", "AUX"):  # "countries joining it include A and B"
        inside = {w.i for c in marker.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp") for w in c.subtree}
    elif marker.text == ":":
        inside = set(range(marker.i + 1, sentence.end))
    else:
        inside = {w.i for w in marker.subtree}
    if not inside or marker.text == ":":
        inside = set(range(marker.i + 1, sentence.end))  # "include: A, B and C" parsed apart from the verb
    return [e for e in text.entities if e.span.start > marker.i and e.span.root.i in inside]


def actor_groups(text: ParsedText, tokens: list[Token]) -> list[list[EntityMention]]:
    """Coordinated actors, each with the actors in apposition to it."""
    groups: list[list[EntityMention]] = []
    for token in tokens:
        for item in [token, *token.conjuncts]:
            own = entities_of(text, item)
            listed = [c for c in item.children if c.dep_ == "appos" and c.conjuncts]
            for head in listed:  # "X and his counterparts, A, B and C": a list, each one apart
                groups.extend([e] for c in (head, *head.conjuncts) for e in entities_of(text, c))
            appos = [e for c in item.children if c.dep_ == "appos" and not c.conjuncts for e in entities_of(text, c)]
            if own:
                groups.append([own[0], *appos])
                groups.extend([e] for e in own[1:])
            elif appos:
                groups.append(appos)
            groups.extend([e] for e in buried_conjuncts(text, item))
    actors = [[e for e in g if e.type in vocab.ACTOR_TYPES] for g in groups]
    return [group for group in actors if group]


def buried_conjuncts(text: ParsedText, item: Token) -> list[EntityMention]:
    """Names the parser hid inside a subject's titles: in "US President Donald Trump and Turkish
    President Recep Tayyip Erdogan spoke" the head is Erdogan and "Donald Trump and" hangs under its
    first "President". A name standing in apposition or coordination there, followed by "and"
    before the head's own name, is a subject of its own; so is an organisation hung there as a
    modifier with its own "and" ("retailer Tesco and Denmark-based retailer Salling Group")."""
    own = text.by_token.get(item.i)
    start = own.span.start if own is not None else item.i
    found = []
    for word in item.lefts:
        if word.dep_ not in ("compound", "nmod"):
            continue
        for inner in word.subtree:
            entity = text.by_token.get(inner.i)
            joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in item.doc[inner.i + 1 : start])
            if entity is None or inner.dep_ not in ("appos", "conj") or not joined:
                continue
            if entity.type == vocab.PERSON and entity not in found and entity is not own:
                found.append(entity)
        for inner in word.subtree:
            # "retailer Tesco and Denmark-based retailer Salling Group": a name with its own "and" that the
            # parser hung as a modifier inside the next name's descriptions
            entity = text.by_token.get(inner.i)
            anded = any(c.dep_ == "cc" and c.lower_ == "and" for c in inner.children)
            if entity is None or inner.dep_ != "nmod" or not anded or entity.type != vocab.INSTITUTION:
                continue
            if entity not in found and entity is not own:
                found.append(entity)
    return found


def unique(mentions: Iterable[EntityMention]) -> list[EntityMention]:
    """The mentions, one per entity id (the first), in order."""
    seen: dict[str, EntityMention] = {}
    for mention in mentions:
        seen.setdefault(mention.id, mention)
    return list(seen.values())
