"""The organisation that ends a "name, office, organisation" list item (kg.extract.listed_affiliations)."""

from __future__ import annotations

import pytest

from kg import vocab
from kg.extract.entities import entity_mentions
from kg.extract.nlp import load_model


def institutions(text: str) -> set[str]:
    return {m.label for m in entity_mentions(load_model()(text)) if m.type == vocab.INSTITUTION}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # White House, readout of a listening session with union leaders (2023-07-03)
        (
            "**Labor Participants**\n\n"
            "•   Sara Steffens, Secretary-Treasurer, CWA\n"
            "•   Willie Burden, Jr., In-House Counsel, Teamsters\n"
            "•   Chris Michalakis, Federal Legislative Representative, United Food\n"
            "    and Commercial Workers\n",
            {"CWA", "Teamsters", "United Food and Commercial Workers"},
        ),
        # Written after an NGO coalition's press release listing its signatories
        (
            "Signatories:\n\n"
            "•   Maria Lopez, Executive Director, Oxfam Mexico\n"
            "•   Tom Baker, Policy Advisor, Global Witness\n",
            {"Oxfam Mexico", "Global Witness"},
        ),
    ],
)
def test_the_last_field_of_a_person_and_office_item_is_the_organisation(text: str, names: set[str]) -> None:
    assert names <= institutions(text)


def test_a_place_ending_the_item_is_no_organisation() -> None:
    # Written after a state press office's list of officials at a signing
    text = "Attendees:\n\n•   Tom Smith, Governor, California\n•   Ann Lee, Mayor, Germany\n"
    assert not institutions(text) & {"California", "Germany"}
