"""Persons resolved across articles: spellings of one name are one person, and a surname alone is
the one person of that surname the corpus names in full.

Inside an article, kg.extract.article_actors already reads "Kerry" as the "John Kerry" it names.
Across articles, names that fold to the same `person_key` ("Sergey"/"Sergei Lavrov", "Erdoğan"/
"Erdogan") are merged into the first-seen spelling, and an article that only writes "Trump" while
others write "Donald Trump" has its surname node merged into the full-named one when exactly one
full-named person has that surname (two Bidens, Joe and Hunter, leave "Biden" alone).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from kg import vocab
from kg.extract.mentions import person_key
from kg.extract.tunables import tunables
from kg.facts import EdgeFact, Fact, NodeFact

_PERSON = "person:"


def merge_persons(facts: Iterable[Fact]) -> Iterator[Fact]:
    """The facts, with each person known only by a shorter name merged into the one person of the
    corpus whose full name ends with it. Facts naming no person pass through as they come; those
    naming one are held until every fact has been read."""
    held: list[Fact] = []
    persons: dict[str, NodeFact] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if isinstance(fact, NodeFact) and fact.type == vocab.PERSON:
            persons.setdefault(fact.id, fact)
            held.append(fact)
        elif isinstance(fact, EdgeFact) and (fact.source.startswith(_PERSON) or fact.target.startswith(_PERSON)):
            held.append(fact)
            if fact.relation == vocab.MENTIONS:
                articles[fact.target].add(fact.source)
        else:
            yield fact
    merged = _shorter_names(persons, {person: len(found) for person, found in articles.items()})
    for fact in held:
        if isinstance(fact, NodeFact):
            into = merged.get(fact.id)
            if into is None:
                yield fact
            else:
                full = persons[into]
                yield NodeFact(into, full.type, full.label, (fact.label, *fact.aliases), full.attrs)
        else:
            source, target = merged.get(fact.source, fact.source), merged.get(fact.target, fact.target)
            if (source, target) != (fact.source, fact.target):
                fact = EdgeFact(source, fact.relation, target, fact.provenance, fact.attrs)
            yield fact


def _shorter_names(persons: dict[str, NodeFact], articles: dict[str, int]) -> dict[str, str]:
    """Person id -> the id of the person it is: the first-seen spelling of the same name
    ("Sergei Lavrov" -> "Sergey Lavrov"), or the one person whose longer name ends with its name."""
    spellings: dict[str, str] = {}
    merged: dict[str, str] = {}
    for person_id, node in persons.items():
        first = spellings.setdefault(person_key(node.label), person_id)
        if first != person_id:
            merged[person_id] = first
    dominance = tunables().resolution.person_dominance
    endings: dict[str, set[str]] = defaultdict(set)
    keys = {person_id: person_key(node.label) for person_id, node in persons.items() if person_id not in merged}
    for person_id, key in keys.items():
        words = key.split()
        for start in range(1, len(words)):
            endings[" ".join(words[start:])].add(person_id)
    for person_id, key in keys.items():
        owners = endings.get(key, set()) - {person_id}
        # "Erdogan" ends "Tayyip Erdogan" and "Recep Tayyip Erdogan": the longest name is the person.
        longest = {o for o in owners if not any(p != o and keys[p].endswith(" " + keys[o]) for p in owners)}
        if len(longest) > 1:
            # Of two full names, the one the corpus names in `person_dominance` (2) times as many
            # articles ("Joe Biden" and "Hunter Biden": "Biden" is Joe).
            ranked = sorted(longest, key=lambda o: (-articles.get(o, 0), o))
            if articles.get(ranked[0], 0) >= dominance * max(articles.get(o, 0) for o in ranked[1:]) > 0:
                longest = {ranked[0]}
        if len(longest) == 1:
            merged[person_id] = next(iter(longest))
    for person_id in merged:
        seen = {person_id}
        while merged[person_id] in merged and merged[person_id] not in seen:
            seen.add(merged[person_id])
            merged[person_id] = merged[merged[person_id]]
    return merged
