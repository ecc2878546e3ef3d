"""Instruments an office extends (`extending_verbs` of kinds `extendable_kinds`): "the Spanish government
extended the state of emergency" issues it again; a body voting to extend one ("the parliament of Portugal
voted to extend the national state of emergency") adopts it (GUIDELINES.md: Votes, the body adopts)."""

from __future__ import annotations

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.lexicon import lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.arguments import agreement_of
from kg.extract.relations.circumstances import date_of, place_of
from kg.extract.relations.hits import CONFIDENT, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated, obliged
from kg.extract.relations.offices import deciders
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import verb_lemma
from kg.extract.relations.votes import voting_bodies


def extended(text: ParsedText) -> None:
    """The offices that extended an instrument of theirs (`issued`), and the bodies that voted to (`adopted`):
    the verb's direct object, where it names an instrument of one of `extendable_kinds`."""
    lex = lexicon()
    for verb in tokens_with_lemma(text.doc, lex.extending_verbs):
        if verb.pos_ != "VERB" or negated(verb) or obliged(verb):
            continue
        target = agreement_of(text, [c for c in verb.children if c.dep_ == "dobj"], verb)
        if not isinstance(target, AgreementSpan) or target.kind not in lex.extendable_kinds:
            continue
        vote = verb.head if verb.dep_ == "xcomp" and verb_lemma(verb.head) in lex.voting_verbs else None
        if vote is not None:
            actors, relation = voting_bodies(text, vote), vocab.ADOPTED
        else:
            actors, relation = deciders(text, verb), vocab.ISSUED
        confidence = HEDGED if hedged(verb) else CONFIDENT
        when, place = date_of(text, verb), place_of(text, verb)
        for actor in actors:
            text.hits.append(RelationHit(relation, actor, target, None, verb.sent, confidence, when, place, True))
