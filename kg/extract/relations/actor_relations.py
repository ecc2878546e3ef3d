"""Relations from an actor to another actor rather than to an agreement: between actors
("negotiated with", "met", "held talks with": symmetric) and on an actor ("sanctioned", "banned")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.relations.actors import actor_groups, unique
from kg.extract.relations.arguments import actors_of, agreement_of, passive_objects, subjects
from kg.extract.relations.hits import CONFIDENT, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated, obliged
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.references import counted_group, window
from kg.extract.relations.syntax import definite, passive, prepositions, subject_of_state, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def between_actors(text: ParsedText, verb: Token, relation: str) -> None:
    """ "China negotiated with Russia", "the EU held talks with Japan", "X met Y", "X and Y met"."""
    # "with" may hang on the verb or on its object ("negotiated the agreement with Japan").
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    partner_tokens = [w for h in heads for p in prepositions(h) if p.text in ("with", "between") for w in p.objects]
    if verb_lemma(verb) in lexicon().partner_objects:
        partner_tokens += [c for c in verb.children if c.dep_ == "dobj"]  # "Trump met Kim"
    others, _ = actors_of(text, partner_tokens)
    if verb_lemma(verb) in lexicon().interview_verbs:
        # "discussed the sanctions bill with CNN": an interview; with a person or a nation, talks
        others = [o for o in others if o.type in (vocab.PERSON, vocab.NATION)]
        if partner_tokens and not others:
            return
    subject_tokens = subjects(verb)
    actors, _ = actors_of(text, subject_tokens)
    found = agreement_of(text, [c for c in verb.children if c.dep_ == "dobj"], verb)
    target = found if isinstance(found, AgreementSpan) else None
    if not others:  # "Cyprus, Greece and Israel met": with each other
        groups = actor_groups(text, subject_tokens)
        if len(groups) < 2:  # "the leaders of the two countries spoke": those named before
            groups = [[m] for t in subject_tokens for m in counted_group(text, t)] or groups
        among(text, relation, groups, verb)
        return
    pairs(text, relation, actors, others, verb, target)


def actor_object(text: ParsedText, verb: Token, relation: str) -> None:
    """ "the EU sanctioned Iran", "Germany banned Mahan Air", "Iran was sanctioned by the UN"."""
    if passive(verb):
        actor_tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
        object_tokens = passive_objects(verb)
    else:
        actor_tokens = subjects(verb)
        object_tokens = [c for c in verb.children if c.dep_ == "dobj"]
    actors, _ = actors_of(text, actor_tokens)
    targets, _ = actors_of(text, object_tokens)
    pairs(text, relation, actors, targets, verb, None, symmetric=False)


def actor_noun(text: ParsedText, noun: Token, relation: str) -> None:
    """ "US sanctions on Iran", "X imposed sanctions against Y", "X held talks with Y", "a meeting
    between A and B", "Y has been the subject of US sanctions", "Y is under EU sanctions"."""
    lex = lexicon()
    verb = noun.head if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in lex.light_verbs else None
    # "Zelensky said in a meeting with Honcharuk", "In the call with Netanyahu, he received ...":
    # the talks are the setting of what the clause's subject did
    host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in _SETTINGS else None
    if host is not None and host.pos_ not in ("VERB", "AUX"):
        host = None
    if any(v is not None and (negated(v) or obliged(v)) for v in (verb, host)):
        return
    between = relation in lex.between_actors
    named_between = [w for p in prepositions(noun) if p.text == "between" for w in p.objects]
    if between and len(actors_of(text, named_between)[0]) > 1:
        # "the United States-Australia Clean Energy Dialogue between the U.S. Department of Energy and
        # Australia's Department of Climate Change": the parties named are those who talk
        among(text, relation, actor_groups(text, named_between), verb if verb is not None else noun)
        return
    words = ("with", "between") if between else ("on", "against", "to")
    heads = [noun] if verb is None else [noun, verb]
    partner_tokens = [w for h in heads for p in prepositions(h) if p.text in words for w in p.objects]
    if not between and not partner_tokens:
        partner_tokens = subject_of_state(noun)
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    actors, _ = actors_of(text, modifiers)
    if not actors:
        modifiers = []  # "held a strategic dialogue": a modifier that names no actor says whose talks they are not
    if not actors and verb is not None:
        actors, _ = actors_of(text, subjects(verb))
    if not actors and host is not None and relation in lex.between_actors:
        actors, _ = actors_of(text, subjects(host))
    others, _ = actors_of(text, partner_tokens)
    trigger = verb if verb is not None else noun
    if between and not others and actors and verb is not None and definite(noun):
        others = participants(text, relation, trigger)  # "Di Maio joined the talks": those held before
        # "the Italian minister, Luigi Di Maio, joined": the named minister, as the others are named
        actors = [a for a in actors if a.type == vocab.PERSON] or actors
    if between and not others:  # "Cyprus, Greece and Israel held talks"
        among(text, relation, actor_groups(text, modifiers or subjects(trigger)), trigger)
    elif between and not actors:  # "a meeting between A and B"
        among(text, relation, actor_groups(text, partner_tokens), trigger)
    else:
        pairs(text, relation, actors, others, trigger, None, symmetric=between)


_SETTINGS = ("in", "at", "during")


def participants(text: ParsedText, relation: str, trigger: Token) -> list[EntityMention]:
    """The actors of the meeting the text told of last, within a few sentences ("A and B met in
    Cairo. C joined the talks": C met A and B)."""
    earliest = window(text, trigger.sent)
    earlier = [h for h in text.hits if h.relation == relation and h.partner is not None]
    earlier = [h for h in earlier if earliest <= h.sentence.start < trigger.sent.start]
    if not earlier:
        return []
    last = earlier[-1].sentence.start
    found = [e for h in earlier if h.sentence.start == last for e in (h.actor, h.partner)]
    return list(unique(e for e in found if e is not None))


def pairs(
    text: ParsedText,
    relation: str,
    actors: list[EntityMention],
    others: list[EntityMention],
    trigger: Token,
    target: AgreementSpan | None,
    *,
    symmetric: bool = True,
) -> None:
    """One edge per actor and other actor (once per pair for a symmetric relation), never between a
    person and the nation of their title ("U.S. President Joseph R. Biden"), nor between a nation and
    a body of its own state ("the United States-Australia Clean Energy Dialogue between the U.S.
    Department of Energy and ...": the United States does not talk with its Department of Energy)."""
    confidence = HEDGED if hedged(trigger) else CONFIDENT
    own = _titled_by(text, trigger.sent)
    done: set[frozenset[str]] = set()
    for actor in actors:
        for partner in others:
            pair = frozenset((actor.id, partner.id))
            if partner.id == actor.id or pair in own or (symmetric and pair in done) or _own_body(actor, partner):
                continue
            done.add(pair)
            hit = RelationHit(relation, actor, target, partner, trigger.sent, confidence, None, None, False)
            text.hits.append(hit)


def _own_body(one: EntityMention, other: EntityMention) -> bool:
    """Whether one of the two is a nation and the other a body of that nation's state (gazetteer)."""
    for nation, body in ((one, other), (other, one)):
        if nation.type == vocab.NATION and nation.iso3:
            entry = gazetteer.by_id().get(body.id)
            if entry is not None and entry.country == nation.iso3:
                return True
    return False


def _titled_by(text: ParsedText, sentence: Span) -> set[frozenset[str]]:
    """The pairs of a person and the nation written in that person's title right before the name, in
    a sentence ("U.S. President Joseph R. Biden", "Prime Minister of the Republic of Singapore Lee
    Hsien Loong"): the person's own nation, no party across a table from them."""
    mentions = [e for e in text.entities if sentence.start <= e.span.start < sentence.end]
    found: set[frozenset[str]] = set()
    for nation in (e for e in mentions if e.type == vocab.NATION):
        for person in (e for e in mentions if e.type == vocab.PERSON and e.span.start >= nation.span.end):
            between = text.doc[nation.span.end : person.span.start]
            if len(between) <= 4 and all(t.is_title or t.lower_ in ("of", "the") for t in between):
                found.add(frozenset((nation.id, person.id)))
    return found


def among(text: ParsedText, relation: str, groups: list[list[EntityMention]], trigger: Token) -> None:
    """A symmetric relation among coordinated actors ("Cyprus, Greece and Israel met"), never between
    an actor and its own apposition ("the Italian minister, Luigi Di Maio")."""
    for index, group in enumerate(groups):
        for other in groups[index + 1 :]:
            pairs(text, relation, group, other, trigger, None)
