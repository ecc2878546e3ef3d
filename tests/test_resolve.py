"""Cross-article resolution of agreements, on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from kg.build import build_graph

TEMPLATE = """---
title: "{title}"
publishedDateTime: {date}T09:00:00Z
webUrl: "https://{domain}/{slug}"
provider: {{name: {domain}, domain: {domain}}}
---
{body}
"""


def _agreements(tmp_path: Path, *articles: tuple[str, str, str]) -> list[str]:
    for index, (date, title, body) in enumerate(articles):
        domain = f"site{index}.example.com"
        text = TEMPLATE.format(title=title, date=date, domain=domain, slug=f"a{index}", body=body)
        (tmp_path / f"{index}.md").write_text(text, encoding="utf-8")
    graph = build_graph([tmp_path]).graph
    return sorted(d["label"] for _, d in graph.nx.nodes(data=True) if d["type"] == "Agreement")


def test_differently_worded_mentions_of_one_resolution_merge(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        (
            "2025-05-02",
            "Assembly acts on plastics",
            "The UN General Assembly adopted the first resolution on ocean plastics on Tuesday.",
        ),
        (
            "2025-05-03",
            "A global plastics vote",
            "A landmark global resolution on ocean plastics was approved by the United Nations General Assembly.",
        ),
    )
    assert len(labels) == 1 and "ocean plastics" in labels[0]


def test_resolutions_on_different_topics_stay_apart(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        ("2025-05-02", "Plastics", "The UN General Assembly adopted a resolution on ocean plastics on Tuesday."),
        ("2025-05-03", "Testing", "The UN General Assembly adopted a resolution on nuclear testing on Wednesday."),
    )
    assert len(labels) == 2


def test_same_wording_years_apart_is_not_merged(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        ("2019-02-01", "Old vote", "The UN General Assembly adopted a resolution on ocean plastics."),
        ("2025-05-03", "New vote", "The UN General Assembly adopted a resolution on ocean plastics."),
    )
    assert len(labels) == 2


def test_same_actors_same_month_join_an_unnamed_pact(tmp_path: Path) -> None:
    labels = _agreements(
        tmp_path,
        ("2025-03-20", "Biofuels", "In February, Japan and Brazil signed a biofuels trade pact."),
        ("2025-03-25", "Biofuels again", "Back in February, Japan and Brazil signed a comprehensive pact."),
    )
    assert labels == ["biofuels trade pact"]
