"""ontology/nations.yaml: one entry per ISO 3166-1 country, unambiguous aliases, well-formed Wikidata ids."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pycountry
import pytest

from kg.resources import load_yaml

NATIONS: dict[str, dict[str, Any]] = load_yaml("nations.yaml")

# Short strings that are ordinary English words: as an alias they would turn prose into nations.
ORDINARY_WORDS = {"in", "is", "as", "to", "be", "can", "man", "me", "all", "guy", "no", "it", "at", "am", "my", "id"}
# The only codes news writes as words.
CODE_ALIASES = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "PRC", "DPRK", "D.P.R.K."}
CODE_ALIASES |= {"ROK", "DRC", "KSA", "RSA"}


def test_every_pycountry_country_is_present_with_its_codes() -> None:
    expected = {country.alpha_3: country.alpha_2 for country in pycountry.countries}
    assert set(NATIONS) == set(expected)
    assert {code: entry["iso2"] for code, entry in NATIONS.items()} == expected


def test_entries_have_a_name_and_list_fields() -> None:
    for code, entry in NATIONS.items():
        assert isinstance(entry["name"], str) and entry["name"], code
        assert set(entry) <= {"name", "iso2", "wikidata", "aliases", "demonyms"}, code
        assert all(isinstance(alias, str) and alias for alias in entry["aliases"]), code
        assert all(isinstance(demonym, str) and demonym for demonym in entry["demonyms"]), code


def test_wikidata_ids_are_well_formed_and_distinct() -> None:
    ids = [entry["wikidata"] for entry in NATIONS.values() if "wikidata" in entry]
    assert all(re.fullmatch(r"Q\d+", qid) for qid in ids)
    assert len(ids) == len(set(ids))
    assert len(ids) >= 240


@pytest.mark.parametrize(
    ("code", "qid"),
    [
        ("USA", "Q30"),
        ("GBR", "Q145"),
        ("CHN", "Q148"),
        ("RUS", "Q159"),
        ("CUB", "Q241"),
        ("FRA", "Q142"),
        ("DEU", "Q183"),
        ("JPN", "Q17"),
        ("IND", "Q668"),
        ("NLD", "Q55"),
    ],
)
def test_well_known_wikidata_ids(code: str, qid: str) -> None:
    assert NATIONS[code]["wikidata"] == qid


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("VNM", "Vietnam"),
        ("TWN", "Taiwan"),
        ("PSE", "Palestine"),
        ("VAT", "Vatican City"),
        ("GEO", "Georgia"),
    ],
)
def test_labels_are_the_everyday_news_names(code: str, name: str) -> None:
    assert NATIONS[code]["name"] == name


def _owners(field: str, with_names: bool) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for code, entry in NATIONS.items():
        for text in entry[field] + ([entry["name"]] if with_names else []):
            owners[text.lower()].add(code)
    return owners


def test_no_name_or_alias_refers_to_two_countries() -> None:
    shared = {text: codes for text, codes in _owners("aliases", with_names=True).items() if len(codes) > 1}
    assert shared == {}


def test_no_demonym_refers_to_two_countries() -> None:
    shared = {text: codes for text, codes in _owners("demonyms", with_names=False).items() if len(codes) > 1}
    assert shared == {}
    assert "congolese" not in _owners("demonyms", with_names=False)


def test_no_alias_of_one_country_is_a_demonym_of_another() -> None:
    names = _owners("aliases", with_names=True)
    demonyms = _owners("demonyms", with_names=False)
    clashes = {text: names[text] | demonyms[text] for text in names.keys() & demonyms.keys()}
    assert {text: codes for text, codes in clashes.items() if len(codes) > 1} == {}


def test_no_ordinary_words_or_stray_codes_as_aliases() -> None:
    for code, entry in NATIONS.items():
        for alias in entry["aliases"]:
            assert alias.lower() not in ORDINARY_WORDS, (code, alias)
            bare = alias.replace(".", "")
            if len(bare) <= 4 and bare.isupper():
                assert alias in CODE_ALIASES, (code, alias)


def test_news_abbreviations_resolve() -> None:
    assert {"US", "U.S.", "USA", "America"} <= set(NATIONS["USA"]["aliases"])
    assert {"UK", "Britain"} <= set(NATIONS["GBR"]["aliases"])
    assert "PRC" in NATIONS["CHN"]["aliases"]
    assert "Russian Federation" in NATIONS["RUS"]["aliases"]
    assert {"Czech Republic"} <= set(NATIONS["CZE"]["aliases"]) and NATIONS["CZE"]["name"] == "Czechia"
    assert {"American", "Americans"} <= set(NATIONS["USA"]["demonyms"])
    assert "Chinese" in NATIONS["CHN"]["demonyms"]
