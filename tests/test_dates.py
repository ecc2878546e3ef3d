"""Dates in the API: `between` takes dates, datetimes (naive or aware) and ISO text alike, and nodes
hand out their dates as Python dates, while the exports keep the ISO text they always wrote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kg
from kg.dates import span
from kg.graph import KnowledgeGraph

from .conftest import SEEDS

UTC = dt.UTC
NEW_YORK_WINTER = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """The seeds' graph as `kg.load` reads it back from a `kg build` (graph.json)."""
    out = tmp_path_factory.mktemp("dates")
    kg.build(SEEDS, out=out, formats=["json"])
    return kg.load(out)


def _ids(graph: KnowledgeGraph) -> tuple[list[str], list[tuple[str, str, str]]]:
    return [n.id for n in graph.nodes()], [(e.source.id, e.relation, e.target.id) for e in graph.edges()]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        (dt.datetime(2023, 1, 1), dt.datetime(2023, 12, 31, 23, 59, 59, 999999)),
        (dt.datetime(2023, 1, 1, tzinfo=UTC), dt.datetime(2024, 1, 1, tzinfo=UTC) - dt.timedelta(microseconds=1)),
        (dt.datetime(2022, 12, 31, 19, tzinfo=NEW_YORK_WINTER), dt.datetime(2023, 12, 31, 23, 59, 59, 999999)),
        ("2023", "2023"),
        ("2023-01", "2023-12"),
        ("2023-01-01", dt.date(2023, 12, 31)),
    ],
    ids=["dates", "naive_datetimes", "aware_utc", "aware_new_york", "years", "months", "mixed"],
)
def test_between_takes_dates_datetimes_and_iso_text_alike(seeds: KnowledgeGraph, start: object, end: object) -> None:
    expected = seeds.between("2023-01-01", "2023-12-31")
    window = seeds.between(start, end)  # type: ignore[arg-type]
    assert _ids(window) == _ids(expected)
    assert expected.nodes("Article") and len(expected.nodes()) < len(seeds.nodes())
    assert all(node.when_iso.startswith("2023") for node in window.nodes() if node.when_iso)


def test_a_window_bound_by_a_moment_cuts_between_two_articles(seeds: KnowledgeGraph) -> None:
    moments = sorted({a.published for a in seeds.nodes("Article") if isinstance(a.published, dt.datetime)})
    first, second = moments[0], moments[1]
    assert first < second
    just_before_second = second - dt.timedelta(seconds=1)
    window = seeds.between(first, just_before_second)
    published = {a.published for a in window.nodes("Article")}
    assert first in published and second not in published
    # the same instant written in another time zone, naive (read as UTC) or as ISO text, cuts alike
    elsewhere = first.astimezone(NEW_YORK_WINTER)
    naive = first.replace(tzinfo=None)
    for start in (elsewhere, naive, first.isoformat()):
        assert _ids(seeds.between(start, just_before_second)) == _ids(window)


def test_node_dates_are_python_dates_and_attrs_keep_the_iso_text(seeds: KnowledgeGraph) -> None:
    kinds = set()
    for node in seeds.nodes():
        stored = dict(node.attrs)
        for name in ("published", "date"):
            text, value = stored.get(name), getattr(node, name)
            if text is None:
                assert value is None
                continue
            kinds.add(type(value))
            if isinstance(value, dt.datetime):
                assert value.tzinfo is not None and value == dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            elif isinstance(value, dt.date):
                assert value.isoformat() == text
            else:  # a month or a year: kept as the text, no day invented
                assert value == text and len(text) in (4, 7)
    assert kinds == {dt.date, dt.datetime, str}


def test_bad_bounds_say_what_is_wrong(seeds: KnowledgeGraph) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 date: 'last year'"):
        seeds.between("last year", "2024")
    with pytest.raises(TypeError, match="not 2023"):
        seeds.between(2023, "2024")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024-02-29", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z"),
        ("2024-12", "2024-12-01T00:00:00Z", "2025-01-01T00:00:00Z"),
        ("2024", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
        ("2024-03-21T10:00:00+01:00", "2024-03-21T09:00:00Z", "2024-03-21T09:00:00.000001Z"),
    ],
)
def test_span_of_each_precision(value: str, start: str, end: str) -> None:
    low, high = span(value)
    assert (low, high) == (dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end))


def test_exports_still_write_iso_text(seeds: KnowledgeGraph, tmp_path: Path) -> None:
    written = seeds.save(tmp_path, formats=["graphml"])
    text = written["graphml"].read_text(encoding="utf-8")
    stored = [dict(n.attrs)["published"] for n in seeds.nodes("Article") if dict(n.attrs).get("published")]
    assert stored and all(f">{value}<" in text for value in stored)
