"""Persons across articles (kg.resolve.persons), on small real article files built with kg.build:
spellings of one name are one person, a surname alone is the one person named in full."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg

ARTICLES = {
    # Wikinews-style report (the wording of "Iran nuclear talks" stories)
    "a.md": (
        "---\ntitle: Kerry and Lavrov meet in Geneva\ndate: 2015-03-02\n---\n"
        "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Geneva on Monday "
        "to discuss the ceasefire in eastern Ukraine, officials said.\n"
    ),
    # Another outlet's transliteration of the same name
    "b.md": (
        "---\ntitle: Russia rejects the draft resolution\ndate: 2015-03-04\n---\n"
        "Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the draft resolution was "
        "unacceptable to his government.\n"
    ),
    # Surnames only, as a follow-up story writes them
    "c.md": (
        "---\ntitle: Talks continue in Geneva\ndate: 2015-03-06\n---\n"
        "After the meeting, Lavrov said the talks had been useful, and Kerry said the United States would "
        "keep working with its partners. Hunter Biden was not mentioned, and Joe Biden did not attend.\n"
    ),
    "d.md": (
        "---\ntitle: Biden travels to Kyiv\ndate: 2015-03-07\n---\n"
        "Vice President Biden arrived in Kyiv on Saturday for talks with the government, his office said.\n"
    ),
}


@pytest.fixture(scope="module")
def persons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, kg.Node]:
    folder: Path = tmp_path_factory.mktemp("persons")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    graph = kg.build(folder).graph
    return {node.id: node for node in graph.nodes("Person")}


def test_spellings_and_surnames_are_one_person(persons: dict[str, kg.Node]) -> None:
    lavrovs = [node for node in persons.values() if "Lavrov" in node.label]
    kerrys = [node for node in persons.values() if "Kerry" in node.label]
    assert len(lavrovs) == 1 and {"Sergei Lavrov", "Lavrov"} <= {lavrovs[0].label, *lavrovs[0].aliases}
    assert len(kerrys) == 1 and kerrys[0].label == "John Kerry"


def test_a_surname_two_persons_share_equally_stays_apart(persons: dict[str, kg.Node]) -> None:
    bidens = {node.label for node in persons.values() if "Biden" in node.label}
    # Joe and Hunter are each named in one article: "Biden" alone could be either.
    assert {"Joe Biden", "Hunter Biden"} <= bidens
