"""Triggers: the verbs and nouns of the lexicon that state a relation ("signed", "voted for",
"co-sponsors"), what each means for the kind of instrument it acts on, and the hits they give."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.actor_relations import actor_noun, actor_object, between_actors
from kg.extract.relations.actors import LIST_MARKERS, unique
from kg.extract.relations.arguments import (
    active_objects,
    actors_of,
    agreement_of,
    noun_objects,
    passive_objects,
    subjects,
)
from kg.extract.relations.circumstances import date_of, place_of
from kg.extract.relations.figures import count
from kg.extract.relations.hits import CONFIDENT, FROM_LIST, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated, negated_noun, obliged
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import SUBJECT_DEPS, hyphenated_lemma, passive, prepositions, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


# A verb's complements that say what state its object is left in ("left the deal intact").
_STATE_DEPS = {"oprd", "acomp", "xcomp", "ccomp"}


@functools.cache
def trigger_words() -> frozenset[str]:
    """The lemmas that can trigger a relation, with the last part of hyphenated ones ("co-sponsor"
    -> "sponsor": the tokenizer splits the prefix off)."""
    lex = lexicon()
    lemmas = {*lex.verb_relations, *lex.noun_relations, *lex.prepositional_verbs}
    words = {lemma.split()[0] for lemma in lemmas}  # "put forward": found at "put", checked whole
    return frozenset(words | {word.rsplit("-", 1)[-1] for word in words})


def visit(text: ParsedText, token: Token) -> None:
    """Record the relations a trigger word states, if it is one: a verb (with its preposition: "voted
    for") or a noun ("co-sponsors", "sanctions")."""
    lex = lexicon()
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if negated(token) or obliged(token):
            return
        lemma = verb_lemma(token)
        by_preposition = lex.prepositional_verbs.get(lemma, {})
        before = len(text.hits)
        for prep in prepositions(token):
            if prep.text in by_preposition:
                _verb(text, token, by_preposition[prep.text], prep.objects)
        if len(text.hits) > before:
            return
        relation = lex.verb_relations.get(lemma)
        if relation:
            _verb(text, token, relation)
    elif token.pos_ in ("NOUN", "PROPN"):
        relation = lex.noun_relations.get(hyphenated_lemma(token)) or lex.noun_relations.get(token.lower_)
        if relation in lex.between_actors or relation in lex.actor_objects:
            actor_noun(text, token, relation)
        elif relation:
            _noun(text, token, relation)


def stances(text: ParsedText) -> None:
    """A stance taken towards an instrument by whatever one does "in" it ("Boris Johnson resigned in
    protest to May's Brexit agreement", "the senators spoke in support of the bill"): the doer of
    the verb the phrase hangs on opposes or supports the instrument."""
    lex = lexicon()
    for noun in tokens_with_lemma(text.doc, frozenset(lex.stance_nouns)):
        verb = noun.head.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if negated(verb) or obliged(verb):
            continue
        if verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue  # "May appointed him ..., resigning in protest": whose the participle is, is not said
        objects = [w for p in prepositions(noun) if p.text in lex.stance_prepositions for w in p.objects]
        relation = lex.stance_nouns.get(noun.lemma_.lower()) or lex.stance_nouns.get(noun.lower_)
        if objects and relation:
            _verb(text, verb, relation, objects)


def _verb(text: ParsedText, verb: Token, relation: str, objects: list[Token] | None = None) -> None:
    lex = lexicon()
    if relation in lex.between_actors:
        between_actors(text, verb, relation)
        return
    if relation in lex.actor_objects:
        actor_object(text, verb, relation)
        return
    is_passive = passive(verb) or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
    if is_passive:
        actor_tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
        # "a memorandum was signed between Cyprus, Greece and Israel"
        actor_tokens += [w for p in prepositions(verb) if p.text in ("between", "among") for w in p.objects]
        object_tokens = objects if objects is not None else passive_objects(verb)
    else:
        actor_tokens = subjects(verb)
        object_tokens = objects if objects is not None else active_objects(verb)
    if any(negated_noun(t) for t in object_tokens):
        return  # "sign no agreement"
    if relation == vocab.WITHDREW_FROM and verb_lemma(verb) == "leave" and _left_in_a_state(verb, object_tokens):
        return  # "left the agreement in place", "left the deal unsigned": what state it is left in
    if not is_passive and verb_lemma(verb) in lexicon().passed_through:
        # "the bill passed the Senate": the body the bill passes adopts it
        moved = agreement_of(text, actor_tokens, verb)
        if moved is not False and actors_of(text, object_tokens)[0]:
            actor_tokens, object_tokens = object_tokens, actor_tokens
    target = agreement_of(text, object_tokens, verb)
    if target is False:
        return
    if objects is not None and relation in lexicon().object_also_acts:
        actor_tokens = [*actor_tokens, *(c for c in verb.children if c.dep_ == "dobj")]  # "withdrew the US from"
    actors, from_list = actors_of(text, actor_tokens)
    if not actors:
        count(text, actor_tokens, relation, target, verb)
        return
    relation = _meaning(verb, relation, target)
    confidence = HEDGED if hedged(verb) else FROM_LIST if from_list else CONFIDENT
    when = date_of(text, verb)
    place = place_of(text, verb)
    by_person = lexicon().person_relations.get(verb_lemma(verb), relation)
    voted = verb_lemma(verb) == "vote"
    for actor in actors:
        meant = by_person if actor.type == vocab.PERSON else relation  # a person endorsing a deal backs it
        if voted and meant == vocab.SUPPORTED and _adopting_body(actor):
            meant = vocab.ADOPTED  # GUIDELINES.md, Votes: the body that votes a text through adopts it
        text.hits.append(RelationHit(meant, actor, target, None, verb.sent, confidence, when, place, True))
    count(text, actor_tokens, relation, target, verb)


def _left_in_a_state(verb: Token, objects: list[Token]) -> bool:
    """Whether "leave" says what state its object is left in ("left the deal unsigned", "left the
    agreement in place", "left the sanctions in force"), not that its subject left it."""
    if any(c.dep_ in _STATE_DEPS for c in verb.children):
        return True
    phrases = [p for word in (verb, *objects) for p in prepositions(word) if p.text in ("in", "on")]
    return any(o.lemma_.lower() in lexicon().states_left_in for p in phrases for o in p.objects)


def _meaning(verb: Token, relation: str, target: AgreementSpan | None) -> str:
    """What the act means for this kind of instrument: a signature "into law" or on an act enacts it
    (adopted); one on an order, decree or proclamation issues it; endorsing a bill supports it; an
    agreement announced as "their" own is one they are parties to."""
    lex = lexicon()
    for prep in prepositions(verb):
        for word in prep.objects:
            if (prep.text, word.lower_) in lex.enacting_phrases and relation == vocab.SIGNED:
                return vocab.ADOPTED
    if relation == vocab.PROPOSED and target is not None and target.kind in lex.party_kinds:
        head = verb.doc[target.head]
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children):
            return vocab.SIGNED  # "Tesco and Salling Group announced their agreement": its parties
    return lex.kind_overrides.get((verb_lemma(verb), target.kind), relation) if target else relation


def _adopting_body(actor: EntityMention) -> bool:
    """A legislature or an assembly, whose vote for a text adopts it ("the Iraqi Parliament voted in
    favor of a resolution"): a state body of one of the `adopting_kinds`, or an institution named so."""
    entry = gazetteer.by_id().get(actor.id)
    if entry is not None and entry.kind is not None:
        return entry.kind in lexicon().adopting_kinds
    label = f" {actor.label.lower()}"
    return actor.type == vocab.INSTITUTION and any(label.endswith(f" {head}") for head in lexicon().adopting_heads)


def _noun(text: ParsedText, noun: Token, relation: str) -> None:
    """ "121 co-sponsors including China", "signatories such as France and Japan"."""
    listed = [
        w
        for c in noun.children
        if c.dep_ in ("prep", "acl") and c.lower_ in LIST_MARKERS
        for w in c.subtree
        if w.i in text.by_token
    ]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":  # "signatories to it include Germany"
        listed += [
            w for c in noun.head.children if c.dep_ in ("dobj", "attr") for w in c.subtree if w.i in text.by_token
        ]
    target = agreement_of(text, noun_objects(noun), noun)
    if target is False:
        return
    for actor in unique(text.by_token[w.i] for w in listed):
        if actor.type in vocab.ACTOR_TYPES:
            text.hits.append(RelationHit(relation, actor, target, None, noun.sent, FROM_LIST, None, None, False))
    count(text, [noun], relation, target, noun)
