"""The extraction lexicon (ontology/extraction.yaml) as typed, cached lookups."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.resources import load_yaml


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
    between_actors: frozenset[str]
    negating_verbs: frozenset[str]
    hedging_words: frozenset[str]
    actor_nouns: frozenset[str]
    not_entities: frozenset[str]
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
        between_actors=frozenset(data["between_actors"]),
        negating_verbs=frozenset(data["negating_verbs"]),
        hedging_words=frozenset(data["hedging_words"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        not_entities=frozenset(w.lower() for w in data["not_entities"]),
        regions=frozenset(w.lower() for w in data["regions"]),
    )
