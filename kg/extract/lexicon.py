"""The extraction lexicon (ontology/extraction.yaml) as typed, cached lookups."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Lexicon:
    """Head words, relation triggers and filters the text extractors use."""

    agreement_heads: dict[str, str]
    generic_families: frozenset[str]
    needs_name: frozenset[str]
    evaluative: frozenset[str]
    verb_relations: dict[str, str]
    noun_relations: dict[str, str]
    kind_overrides: dict[tuple[str, str], str]
    enacting_phrases: frozenset[tuple[str, str]]
    prepositional_verbs: dict[str, dict[str, str]]
    light_verbs: frozenset[str]
    object_also_acts: frozenset[str]
    partner_objects: frozenset[str]
    person_relations: dict[str, str]
    passed_through: frozenset[str]
    authored_kinds: dict[str, str]
    participle_relations: dict[str, str]
    adopting_kinds: frozenset[str]
    adopting_heads: frozenset[str]
    act_nouns: frozenset[str]
    agreement_phrases: dict[str, str]
    """Kinds written with more than one word ("code of conduct") -> their family."""
    decision_verbs: dict[str, str]
    """Verbs that are a decision on a person ("pardon") -> the kind of that decision."""
    complement_decisions: dict[str, str]
    object_decisions: dict[str, str]
    """Verbs whose object an office decides on ("shut down all schools") -> the kind of that decision."""
    ordered_objects: dict[str, str]
    """Verbs whose object is itself an office's decision ("declared seven days of mourning") -> its kind."""
    decision_nouns: dict[str, str]
    """Nouns that name an office's decision ("shutdown", "lockdown") -> its kind."""
    ordering_verbs: dict[str, str]
    """Verbs by which an office orders others to do something ("ordered all businesses to close") -> kind."""
    voting_verbs: dict[str, str]
    """Verbs by which a body decides by vote what it does ("voted to hold X in contempt") -> kind."""
    extending_verbs: frozenset[str]
    """Verbs by which an office continues an instrument of its own ("extended the state of emergency")."""
    extendable_kinds: frozenset[str]
    """Kinds of instrument an office continues by extending it (a declaration, an order, sanctions)."""
    decision_references: frozenset[str]
    """Nouns that refer to a decision by its taker alone ("the NBA's decision")."""
    decision_places: frozenset[str]
    """Prepositions whose phrase after a decided thing says where or on what it applies ("at the facilities")."""
    taking_verbs: frozenset[str]
    """Verbs by which an office takes or announces a decision a noun names ("began a shutdown")."""
    announcing_verbs: frozenset[str]
    conditional_modals: frozenset[str]
    comitative_prepositions: frozenset[str]
    interview_verbs: frozenset[str]
    """Talk verbs one also does with a reporter or an outlet: talks only with a person or a nation."""
    counted_groups: dict[str, frozenset[str]]
    """Plural nouns that refer back to a counted group ("the two countries"), with the actor types they stand for."""
    states_left_in: frozenset[str]
    """What an instrument can be left "in" or "on" ("left the agreement in place"): no withdrawal."""
    prospective_nouns: frozenset[str]
    """Nouns of an instrument still to come ("a proposal for a deal with Japan"): no party to it is stated."""
    party_kinds: frozenset[str]
    """Kinds of instrument made between parties: announced or unveiled as "their" own, they are signed."""
    stance_nouns: dict[str, str]
    """Nouns of a stance taken "in" it towards an instrument ("resigned in protest against the deal"), by relation."""
    stance_prepositions: frozenset[str]
    """Prepositions that join a companion to a subject ("X, along with Y, introduced a bill")."""
    office_heads: frozenset[str]
    office_titles: frozenset[str]
    court_words: frozenset[str]
    challenge_nouns: frozenset[str]
    between_actors: frozenset[str]
    actor_objects: frozenset[str]
    negating_verbs: frozenset[str]
    negating_words: frozenset[str]
    hedging_words: frozenset[str]
    open_question_verbs: frozenset[str]
    obligation_words: frozenset[str]
    conditional_words: frozenset[str]
    actor_nouns: frozenset[str]
    not_entities: frozenset[str]
    credit_marks: frozenset[str]
    """Words that start an image credit before a colon ("Image", "Photo"), lower-cased."""
    regions: frozenset[str]


@functools.cache
def lexicon() -> Lexicon:
    """Read ontology/extraction.yaml once per process."""
    data = load_yaml("extraction.yaml")
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for relation, triggers in data["relations"].items():
        for verb in triggers.get("verbs") or ():
            verbs.setdefault(verb, relation)
        for noun in triggers.get("nouns") or ():
            nouns.setdefault(noun, relation)
    return Lexicon(
        agreement_heads=dict(data["agreement_heads"]),
        generic_families=frozenset(data["generic_heads"]),
        needs_name=frozenset(data["needs_name"]),
        evaluative=frozenset(w.lower() for w in data["evaluative_modifiers"]),
        verb_relations=verbs,
        noun_relations=nouns,
        kind_overrides={
            (relation, kind): target
            for relation, kinds in data["kind_overrides"].items()
            for kind, target in kinds.items()
        },
        enacting_phrases=frozenset(tuple(p.split(maxsplit=1)) for p in data["enacting_phrases"]),  # type: ignore[misc]
        prepositional_verbs={verb: dict(preps) for verb, preps in data["prepositional_verbs"].items()},
        light_verbs=frozenset(data["light_verbs"]),
        object_also_acts=frozenset(data["object_also_acts"]),
        partner_objects=frozenset(data["partner_objects"]),
        person_relations=dict(data["person_relations"]),
        passed_through=frozenset(data["passed_through"]),
        authored_kinds=dict(data["authored_kinds"]),
        participle_relations=dict(data["participle_relations"]),
        adopting_kinds=frozenset(data["adopting_kinds"]),
        adopting_heads=frozenset(data["adopting_heads"]),
        act_nouns=frozenset(data["act_nouns"]),
        agreement_phrases=dict(data["agreement_phrases"]),
        decision_verbs=dict(data["decision_verbs"]),
        complement_decisions=dict(data["complement_decisions"]),
        object_decisions=dict(data["object_decisions"]),
        ordered_objects=dict(data["ordered_objects"]),
        decision_nouns=dict(data["decision_nouns"]),
        ordering_verbs=dict(data["ordering_verbs"]),
        voting_verbs=dict(data["voting_verbs"]),
        extending_verbs=frozenset(data["extending_verbs"]),
        extendable_kinds=frozenset(data["extendable_kinds"]),
        decision_references=frozenset(data["decision_references"]),
        decision_places=frozenset(data["decision_places"]),
        taking_verbs=frozenset(data["taking_verbs"]),
        announcing_verbs=frozenset(data["announcing_verbs"]),
        conditional_modals=frozenset(data["conditional_modals"]),
        comitative_prepositions=frozenset(data["comitative_prepositions"]),
        interview_verbs=frozenset(data["interview_verbs"]),
        counted_groups={noun: frozenset(kinds) for noun, kinds in data["counted_groups"].items()},
        states_left_in=frozenset(data["states_left_in"]),
        prospective_nouns=frozenset(data["prospective_nouns"]),
        party_kinds=frozenset(data["party_kinds"]),
        stance_nouns=dict(data["stance_nouns"]),
        stance_prepositions=frozenset(data["stance_prepositions"]),
        office_heads=frozenset(data["office_heads"]),
        office_titles=frozenset(data["office_titles"]),
        court_words=frozenset(data["court_words"]),
        challenge_nouns=frozenset(data["challenge_nouns"]),
        between_actors=frozenset(data["between_actors"]),
        actor_objects=frozenset(data["actor_objects"]),
        negating_verbs=frozenset(data["negating_verbs"]),
        negating_words=frozenset(data["negating_words"]),
        hedging_words=frozenset(data["hedging_words"]),
        open_question_verbs=frozenset(data["open_question_verbs"]),
        obligation_words=frozenset(data["obligation_words"]),
        conditional_words=frozenset(data["conditional_words"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        not_entities=frozenset(w.lower() for w in data["not_entities"]),
        credit_marks=frozenset(w.lower() for w in data["credit_marks"]),
        regions=frozenset(w.lower() for w in data["regions"]),
    )


def head_kind(token: Token) -> str | None:
    """The kind of instrument a noun's word names, by its lemma or as written ("treaties" ->
    treaty, "accord" -> agreement), whatever its place in the sentence; None for other words."""
    heads = lexicon().agreement_heads
    found = heads.get(token.lemma_.lower()) or heads.get(token.lower_)
    if found is None and token.tag_ == "NNPS" and token.lower_.endswith("s"):
        found = heads.get(token.lower_[:-1])  # the tagger leaves a name's plural as written: "Regulations"
    return found
