"""Relation extractor: the action vocabulary of the annotation guidelines (proposed, co-sponsored,
adopted, signed, ratified, issued, supported, opposed, withdrew-from on agreements; negotiated-with
and sanctioned between actors), read from the dependency parse.

Subjects are the verb's own subject, its conjuncts and appositions, never a place, a speaker ("X
said Y signed": Y signs) or a phrase under a preposition. Handles active and passive voice ("X
adopted the resolution", "proposed by X"), participles ("Led by X, the resolution ..."), actors
named through a group noun ("121 co-sponsors including China"), votes ("voted for" supports, "voted
against" opposes), pronoun subjects ("he" -> the article's previous person subject), negation by
adverb, determiner or verb ("never signed", "signed no agreement", "refused to sign": no edge),
obligations ("must be approved": no edge) and hedging ("will sign": lower confidence).

The modules, each importing only those before it: `syntax` (lemmas, prepositions, coordination),
`modality` (negation, obligation, hedges), `hits` (what is found), `parsed` (the text under
reading), `circumstances` (date and place), `actors` (the actors words stand for), `references`
(pronouns, speakers, the text's own voice, "the bill"), `arguments` (subject and object slots, the
agreement and actors they name), `figures` (counts), `actor_relations` (actor to actor),
`triggers` (the verbs and nouns that state a relation), `described` (an agreement's own phrase),
`challenges` (lawsuits against an instrument), `judgements` (an instrument judged good or bad),
`offices` (who holds public office and decides),
`decisions` (decisions on persons, declarations), `rulings` (what offices rule on, as a clause),
`votes` (what bodies vote to do) and `extensions` (instruments an office extends).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.challenges import challenges
from kg.extract.relations.circumstances import sentence_dates
from kg.extract.relations.decisions import declared, on_persons, referred
from kg.extract.relations.described import described
from kg.extract.relations.extensions import extended
from kg.extract.relations.hits import CONFIDENT, FROM_LIST, HEDGED, CountHit, RelationHit
from kg.extract.relations.judgements import judgements
from kg.extract.relations.modality import asked
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.rulings import decided, ordered_to, ruled_on, taken
from kg.extract.relations.syntax import hyphenated_lemma, verb_lemma
from kg.extract.relations.triggers import stances, trigger_words, visit
from kg.extract.relations.votes import voted_to

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "CONFIDENT",
    "FROM_LIST",
    "HEDGED",
    "CountHit",
    "RelationHit",
    "decision_spans",
    "hyphenated_lemma",
    "relations",
    "sentence_dates",
    "verb_lemma",
]


def decision_spans(doc: Doc, entities: list[EntityMention]) -> list[AgreementSpan]:
    """The decisions without a name the verbs of `doc` state, as agreement mentions of their own:
    on persons ("Trump pardoned Flynn"), declarations ("declared COVID-19 a pandemic"), what
    offices rule on ("shut down all schools") or order others to do ("ordered all businesses to close"),
    the decisions they take by a noun ("began a two-day shutdown") or by vote ("voted to hold X in
    contempt"), and references to a decision by its
    taker ("the NBA's decision")."""
    text = ParsedText(doc, entities, [], None)
    found = on_persons(text) + declared(text) + ruled_on(text) + ordered_to(text) + taken(text) + voted_to(text)
    found += referred(text)
    return [span for span in found if not asked(doc[span.head].sent)]


def relations(
    doc: Doc,
    entities: list[EntityMention],
    agreements: list[AgreementSpan],
    published: date | datetime | None,
) -> tuple[list[RelationHit], list[CountHit]]:
    """The relation statements and reported figures of one parsed text."""
    text = ParsedText(doc, entities, agreements, published)
    for token in tokens_with_lemma(doc, trigger_words()):
        visit(text, token)
    stances(text)  # "resigned in protest against the deal"
    challenges(text)
    judgements(text)  # "called the deal 'lousy'"
    decided(text)  # "the government shut down all schools"
    extended(text)  # "the government extended the state of emergency"
    for span in agreements:
        if not span.from_verb:
            described(text, span)
    return [hit for hit in text.hits if not asked(hit.sentence)], text.counts
