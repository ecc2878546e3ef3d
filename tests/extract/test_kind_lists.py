"""Organisations listed after the plural noun of their kind (kg.extract.kind_lists), on real parses."""

from __future__ import annotations

import pytest

from kg import vocab
from kg.extract.entities import entity_mentions
from kg.extract.nlp import load_model


def typed(text: str) -> dict[str, str]:
    return {m.label: m.type for m in entity_mentions(load_model()(text))}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Wikinews 2019 (Tesco's Polish stores): NER reads "Biedronka" as a person and misses "LIDL"
        (
            "Customer preference has shifted away from hypermarkets to smaller discount stores like Biedronka and"
            " LIDL.",
            {"Biedronka", "LIDL"},
        ),
        # Wikinews 2020 (youtube-dl): NER reads "LiveLeak" as a place
        (
            "youtube-dl is a script which can download videos from multiple websites including YouTube, LiveLeak"
            " and Vimeo.",
            {"LiveLeak", "Vimeo"},
        ),
        # Written after Polish press reviews (Notes from Poland): at the start of a sentence
        ("Newspapers such as Gazeta Wyborcza and Rzeczpospolita reported the sale.", {"Gazeta Wyborcza"}),
    ],
)
def test_names_listed_after_a_kind_of_organisation_are_organisations(text: str, names: set[str]) -> None:
    found = typed(text)
    assert all(found.get(name) == vocab.INSTITUTION for name in names), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # AP-style copy: a nation listed after a group noun stays a nation
        ("Groups like France and Germany objected to the plan.", "Germany"),
        # Written after a Wikinews list of newspapers: a nation's newspaper list names no nation as one
        ("Newspapers including Germany and Poland's dailies ran the story.", "Germany"),
    ],
)
def test_nations_in_such_a_list_stay_nations(text: str, name: str) -> None:
    found = typed(text)
    assert found.get(name) == vocab.NATION, found
