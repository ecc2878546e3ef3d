"""Outlets a sentence cites as its source, read by their place in the sentence (kg.extract.cited_sources)."""

from __future__ import annotations

import pytest

from kg import vocab
from kg.extract.article_actors import resolve_article_actors
from kg.extract.entities import entity_mentions
from kg.extract.mentions import EntityMention
from kg.extract.nlp import load_model


def actors(text: str) -> list[EntityMention]:
    doc = load_model()(text)
    return [m for group in resolve_article_actors([entity_mentions(doc)], [doc]) for m in group]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews, "Jehovah's Witnesses ..." (2019): "according to a report by"
        (
            "According to a recent report by The Atlantic, the Watch Tower maintains a database of the accused.",
            "Atlantic",
        ),
        # Wikinews, "Ford investigates its emissions certification" (2019): "according to"
        ("Ford started its investigation by hiring law firm Sidley Austin, according to The Verge.", "Verge"),
        # Wikinews, "Tesco to sell its Polish operation" (2020): spoken to
        (
            "Speaking to Portfolio.hu, Matt Simister, Tesco's CEO for Central Europe, explained that the company "
            "held a 4% share of the Polish retail market, compared to its 16% share in Hungary.",
            "Portfolio.hu",
        ),
        # Wikinews, "O’Rourke ends US presidential bid" (2019): the platform named as the medium
        ("He made his announcement via a post on Medium, in which he thanked his supporters.", "Medium"),
        # Written after wire copy on a car recall in China: the platform named as the medium
        ("The carmaker said on Weibo that the recall would start on Monday.", "Weibo"),
        # Written after wire copy on Hong Kong's district council election: told
        ('Voter Kitty Mak told The Atlantic, "Today we are trying to do the best we can."', "Atlantic"),
    ],
)
def test_a_name_cited_as_a_source_is_an_organisation(text: str, name: str) -> None:
    assert name in {m.label for m in actors(text) if m.type == vocab.INSTITUTION}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Written after wire copy on sanctions talks: a nation told something stays the nation
        ("The minister told Russia that the sanctions would stay.", "Russia", vocab.NATION),
        # Written after Wikinews copy on a court case: a person told something stays a person
        ("The lawyer told Judge Sarah Miller that the draft was unfair.", "Sarah Miller", vocab.PERSON),
    ],
)
def test_a_nation_or_a_person_cited_keeps_its_kind(text: str, name: str, kind: str) -> None:
    found = {m.label: m.type for m in actors(text) if name in m.label}
    assert found and set(found.values()) == {kind}
