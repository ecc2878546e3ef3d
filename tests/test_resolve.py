"""Cross-article resolution of agreements, on articles written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.builder import build_graph
from kg.engine import extract_batch
from kg.extract.pipeline import ArticleFacts
from kg.facts import EdgeFact, NodeFact, Provenance
from kg.graph import KnowledgeGraph
from kg.ingest import discover, read_source
from kg.resolve import resolve

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

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


def _seed_facts() -> list[ArticleFacts]:
    sources = [read_source(path) for path in discover([SEEDS])]
    return [item for item in extract_batch(sources, None) if isinstance(item, ArticleFacts)]


def test_resolution_passes_plain_facts_on_before_it_has_read_every_article() -> None:
    facts = _seed_facts()
    read: list[str] = []

    def arriving() -> Iterator[ArticleFacts]:
        for item in facts:
            read.append(item.article_id)
            yield item

    stream = resolve(arriving())
    first = next(stream)
    assert isinstance(first, NodeFact | EdgeFact) and len(read) == 1
    rest = list(stream)
    assert len(read) == len(facts) and any(f.id.startswith("agreement:") for f in rest if isinstance(f, NodeFact))


def test_an_articles_equal_evidence_is_one_object_in_the_graph() -> None:
    graph = KnowledgeGraph()
    graph.add_facts(resolve(_seed_facts()))
    evidence = [p for _, _, data in graph.nx.edges(data=True) for p in data["sources"]]
    assert len(evidence) > 100
    assert len({id(p) for p in evidence}) == len(set(evidence)) < len(evidence)


def test_edges_may_come_before_their_nodes_and_undeclared_ends_are_dropped() -> None:
    graph = KnowledgeGraph()
    said = Provenance("article:1", "test", "A met B and C.")
    graph.add_facts(
        [
            EdgeFact("person:a", "met", "person:b", said),
            EdgeFact("person:a", "met", "person:c", said),
            EdgeFact("person:a", "met", "person:a", said),
            NodeFact("person:a", "Person", "A"),
            NodeFact("person:b", "Person", "B", ("Bee",)),
        ]
    )
    assert sorted(graph.nx.nodes) == ["person:a", "person:b"]
    assert [(e.source.label, e.relation, e.target.label) for e in graph.edges()] == [("A", "met", "B")]
    assert graph.node("person:b").aliases == ("Bee",)


def _nodes(tmp_path: Path, *articles: tuple[str, str, str]) -> list[set[str]]:
    """Each Agreement node's label and aliases, lower-cased."""
    _agreements(tmp_path, *articles)
    graph = build_graph([tmp_path]).graph
    return [
        {d["label"].lower(), *(a.lower() for a in graph.node(n).aliases)}
        for n, d in graph.nx.nodes(data=True)
        if d["type"] == "Agreement"
    ]


def _holding(nodes: list[set[str]], word: str) -> list[set[str]]:
    return [names for names in nodes if any(word in name for name in names)]


def test_deals_of_other_years_and_parties_stay_apart(tmp_path: Path) -> None:
    # Issue 12: one "nuclear deal" node held the 2015 Iran deal, a 2016 EU deal with the UK and the 2003 Stability Pact.
    nodes = _nodes(
        tmp_path,
        ("2015-07-14", "Iran deal", "Iran and six world powers reached a nuclear deal in Vienna on Tuesday."),
        ("2016-02-20", "EU summit", "EU leaders agreed a deal with the United Kingdom in Brussels on Friday."),
        (
            "2003-11-25",
            "Euro rules",
            "France and Germany were spared sanctions under the EU Stability Pact on Tuesday.",
        ),
        ("2018-05-09", "Withdrawal", "The United States withdrew from the nuclear deal with Iran on Tuesday."),
    )
    assert len(_holding(nodes, "stability pact")) == 1
    assert not [n for n in _holding(nodes, "stability pact") if _holding([n], "nuclear")]
    assert not [n for n in _holding(nodes, "nuclear") if _holding([n], "united kingdom")]
    assert len(_holding(nodes, "nuclear")) == 2  # 2015 and 2018: other years, and the text does not link them


def test_a_climate_accord_and_an_ai_act_deal_stay_apart(tmp_path: Path) -> None:
    nodes = _nodes(
        tmp_path,
        ("2017-06-01", "Paris", "President Trump said the United States would withdraw from the Paris climate accord."),
        (
            "2023-12-09",
            "AI Act",
            "EU lawmakers reached a provisional deal on the AI Act on Friday, a climate accord for technology, "
            "one negotiator said.",
        ),
    )
    assert not [n for n in _holding(nodes, "paris") if _holding([n], "ai act") or _holding([n], "technology")]


def test_free_trade_agreements_of_other_parties_stay_apart(tmp_path: Path) -> None:
    nodes = _nodes(
        tmp_path,
        (
            "2016-02-04",
            "TPP",
            "Twelve Pacific Rim nations, including the United States and Japan, signed the Trans-Pacific "
            "Partnership free trade agreement in Auckland on Thursday.",
        ),
        ("2015-06-17", "China", "China and Australia signed a free trade agreement in Canberra on Wednesday."),
    )
    assert len(nodes) == 2


def test_the_same_named_instrument_merges_across_articles_and_years(tmp_path: Path) -> None:
    # Wikinews (2020) and the White House (2023) name their instruments; names hold across years.
    nodes = _nodes(
        tmp_path,
        (
            "2020-01-09",
            "Cairo summit",
            'They said the deal "does not comply with the Law of the Sea" and cannot produce legal effects.',
        ),
        ("2021-03-02", "Sea law", "Greece and Cyprus again invoked the Law of the Sea against Turkey on Monday."),
        (
            "2023-02-16",
            "Declaration",
            "In February, the United States made a Political Declaration on the Responsible Military Use of "
            "Artificial Intelligence and Autonomy. The declaration sets out norms for the responsible development, "
            "deployment and use of military capabilities that rely on such systems.",
        ),
        (
            "2023-11-01",
            "Joining",
            "The Vice President is announcing that 31 nations have joined the Political Declaration on the "
            "Responsible Military Use of Artificial Intelligence and Autonomy.",
        ),
    )
    assert len(_holding(nodes, "law of the sea")) == 1
    assert len(_holding(nodes, "political declaration")) == 1


def test_an_abbreviation_defined_in_the_article_is_an_alias(tmp_path: Path) -> None:
    # wire copy and a White House fact sheet
    nodes = _nodes(
        tmp_path,
        (
            "2015-07-14",
            "Vienna",
            "Iran and world powers signed the Joint Comprehensive Plan of Action (JCPOA) in Vienna.",
        ),
        (
            "2023-05-20",
            "G7",
            "We welcome the finalization of Memorandum of Understanding (MOU) on the debt treatment for Zambia.",
        ),
    )
    assert [n for n in nodes if {"jcpoa", "joint comprehensive plan of action"} <= n]
    assert [n for n in nodes if {"mou", "memorandum of understanding"} <= n]


def test_a_description_merges_with_its_parties_and_year(tmp_path: Path) -> None:
    # Wikinews 2020: the same Turkey-Libya agreement in two articles.
    nodes = _nodes(
        tmp_path,
        (
            "2020-01-08",
            "Mitsotakis",
            "He also commented on the Turkish-Libyan maritime border agreement, calling it null and void.",
        ),
        (
            "2020-01-09",
            "Cairo summit",
            "They concluded that the November 27 maritime border agreement between Turkey and Libya is null and void.",
        ),
    )
    assert len(_holding(nodes, "maritime border agreement")) == 1


def test_the_label_is_the_best_name(tmp_path: Path) -> None:
    # Wikinews 2019: the headline's description and the body's proper name; the bare "the measure" is never the label.
    labels = _agreements(
        tmp_path,
        (
            "2019-05-16",
            "Governor of US state of Alabama signs state anti-abortion measure",
            "On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection "
            "Act, officially outlawing abortion in nearly all cases. The measure was sponsored by Terri Collins.",
        ),
        (
            "2019-12-19",
            "House impeaches",
            "The House passed two different articles of impeachment. Two Democrats opposed both articles of "
            "impeachment.",
        ),
    )
    assert "Alabama Human Life Protection Act" in labels and "state anti-abortion measure" not in labels
    assert "articles of impeachment" in labels or "different articles of impeachment" in labels
    assert not {"measure", "agreement", "deal"} & set(labels)


def test_two_names_of_one_instrument_merge_and_two_numbers_do_not(tmp_path: Path) -> None:
    # Wikinews 2019 (two articles naming the US constitution two ways); UN resolutions by number.
    nodes = _nodes(
        tmp_path,
        (
            "2019-01-05",
            "Term limits",
            "Senator Ted Cruz proposed an amendment to the U.S. Constitution setting term limits for Congress.",
        ),
        (
            "2019-12-01",
            "Impeachment",
            "The United States Constitution specifies that officials are removed from office after being impeached.",
        ),
        (
            "2020-01-09",
            "Cairo",
            "The ministers said the deal goes against the United Nations Security Council resolution 2259.",
        ),
        (
            "2020-03-01",
            "Iran",
            "Iran said it still respects the United Nations Security Council resolution 2231.",
        ),
    )
    assert len([n for n in nodes if {"u.s. constitution", "united states constitution"} & n]) == 1
    assert len(_holding(nodes, "resolution 22")) == 2


def test_an_intelligence_agreement_is_not_an_ai_agreement(tmp_path: Path) -> None:
    # Issue 12: the AI synonym table folded the bare word "intelligence" into "ai".
    nodes = _nodes(
        tmp_path,
        ("2024-03-04", "Spies", "The United States and Britain signed an intelligence agreement on Monday."),
        (
            "2024-03-05",
            "AI",
            # "artificial intelligence" is one term: another article writes "AI"
            "The United States and Britain signed an agreement on artificial intelligence safety on Monday.",
        ),
        ("2024-03-06", "AI again", "On Monday the United States and Britain signed an AI safety agreement."),
    )
    assert len(_holding(nodes, "intelligence agreement")) == 1
    assert not [n for n in _holding(nodes, "intelligence agreement") if _holding([n], "safety")]
    assert len(_holding(nodes, "safety")) == 1  # "artificial intelligence safety" and "AI safety" are one


def test_an_alternative_deal_is_not_the_agreement_named_before(tmp_path: Path) -> None:
    # Wikinews 2020 (EastMed pipeline) and wire-style trade copy: "alternative", "separate" set a
    # second instrument apart from the first, though they share words ("gas", "trade").
    labels = _agreements(
        tmp_path,
        (
            "2020-01-03",
            "Pipeline",
            "Greece, Cyprus and Israel signed an agreement to construct the EastMed pipeline to export gas. "
            "On September 19, 2018, Cyprus and Egypt had signed an alternative deal to export Aphrodite gas "
            "through a pipeline to Egypt.",
        ),
        (
            "2020-01-04",
            "Trade",
            "The United States and Japan signed a trade agreement on agricultural tariffs on Monday. "
            "Japan also signed a separate agreement on digital trade on Monday.",
        ),
    )
    assert len(labels) == 4, labels
    assert "alternative deal to export Aphrodite gas" in labels


def test_one_article_shortening_a_long_name_names_one_instrument(tmp_path: Path) -> None:
    # White House, G7 Leaders' Statement on the Hiroshima AI Process (2023-10-30), cut down
    body = (
        "We welcome the Hiroshima Process International Code of Conduct for Organizations Developing Advanced "
        "AI Systems. We call on organizations developing advanced AI systems to commit to the application of "
        "the International Code of Conduct."
    )
    labels = _agreements(tmp_path, ("2023-10-30", "Leaders issue a statement", body))
    assert len([label for label in labels if "Code of Conduct" in label]) == 1


def test_one_article_shortening_a_long_name_at_its_start_names_one_instrument(tmp_path: Path) -> None:
    # Written for this test after Wikinews copy on the African trade agreement (2019-07)
    body = (
        "Nigeria signed the African Continental Free Trade Area Agreement on Sunday in Niamey. Officials said "
        "the Free Trade Area Agreement would cut tariffs on most goods traded between members."
    )
    labels = _agreements(tmp_path, ("2019-07-08", "Nigeria joins trade area", body))
    assert len([label for label in labels if "Free Trade Area" in label]) == 1


def test_instruments_of_other_kinds_and_years_between_the_same_parties_stay_apart(tmp_path: Path) -> None:
    # Wikinews, "Cyprus, Greece and Israel sign EastMed pipeline agreement" (2020-01), cut down
    eastmed = (
        "On Thursday, the delegations of Cyprus, Greece and Israel met in Athens to sign an agreement to "
        "construct the EastMed pipeline by 2025. In 2017, a memorandum of understanding about the pipeline was "
        "signed between Cyprus, Greece and Israel."
    )
    # Written for this test after Xinhua copy on the Kenyan railway
    railway = (
        "On Monday, China and Kenya signed an agreement to extend the railway to Naivasha. In 2014, a "
        "memorandum of understanding about the railway was signed between China and Kenya."
    )
    labels = _agreements(
        tmp_path, ("2020-01-04", "EastMed pipeline deal", eastmed), ("2019-04-30", "Kenya railway deal", railway)
    )
    assert len([label for label in labels if "pipeline" in label]) == 2
    assert len([label for label in labels if "railway" in label]) == 2


def test_joint_statements_of_other_partners_stay_apart(tmp_path: Path) -> None:
    # White House briefing room, 2023: joint statements of the US with different partners, same year
    labels = _agreements(
        tmp_path,
        ("2023-05-18", "US-Japan", "The United States and Japan issued a joint statement on economic security."),
        ("2023-06-22", "US-India", "The United States and India issued a joint statement on economic security."),
    )
    assert len(labels) == 2


def test_one_article_naming_fewer_parties_of_one_instrument_merges(tmp_path: Path) -> None:
    # Wikinews 2020 (the Cairo summit story) and wire copy: one article names both parties, the other one
    nodes = _nodes(
        tmp_path,
        (
            "2020-01-08",
            "Turkey",
            "Turkey signed a maritime border agreement in November, Turkish officials said on Wednesday.",
        ),
        (
            "2020-01-09",
            "Cairo summit",
            "They concluded that the November 27 maritime border agreement between Turkey and Libya is null and void.",
        ),
    )
    assert len(_holding(nodes, "maritime border agreement")) == 1


def test_memoranda_of_different_parties_in_one_article_stay_apart(tmp_path: Path) -> None:
    # After the United States-Australia Joint Leaders' Statement, 2023-10-25 (White House): a capitalised
    # kind ("Memorandum of Understanding") names no instrument, so the parties keep them apart
    body = (
        "Los Alamos National Laboratory and the Australian National University signed a Memorandum of "
        "Understanding between Los Alamos National Laboratory and the Australian National University on research. "
        "CSIRO and the United States Geological Survey signed a Memorandum of Understanding between CSIRO and the "
        "United States Geological Survey on critical minerals."
    )
    article = tmp_path / "a.md"
    article.write_text(f'---\ntitle: "Innovation alliance"\ndate: 2023-10-25\n---\n{body}\n', encoding="utf-8")
    graph = build_graph([article]).graph
    memoranda = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Agreement" and "Memorandum" in d["label"]]
    assert len(memoranda) == 2, [d["label"] for d in memoranda]


@pytest.mark.parametrize(
    ("article", "dated_label"),
    [
        # Wikinews, "Argentine president Fernández to send bill legalising abortion to National Congress
        # within 10 days" (2020-03-04)
        (
            (
                "2020-03-04",
                "Argentine president to send bill legalising abortion to Congress",
                "President Alberto Fernández said he will present a bill that legalises abortion within ten days. "
                "Back in 2018, the Argentine congress approved a bill legalising abortion, but it was dismissed by "
                "the senate.",
            ),
            "2018 bill legalising abortion",
        ),
        # Written after wire copy on plastic-bag rules
        (
            (
                "2024-06-12",
                "Minister to propose new plastics ban",
                "The environment minister introduced a bill banning single-use plastics on Tuesday. "
                "In 2019, parliament passed a bill banning single-use plastics, but it was never enforced.",
            ),
            "2019 bill banning single-use plastics",
        ),
    ],
)
def test_a_new_bill_is_not_the_one_passed_in_an_earlier_year(
    tmp_path: Path, article: tuple[str, str, str], dated_label: str
) -> None:
    labels = _agreements(tmp_path, article)
    assert len(labels) == 2 and dated_label in labels


def test_an_instrument_dated_once_keeps_its_later_mentions(tmp_path: Path) -> None:
    # Written after wire copy on the Iran nuclear deal: the deal of 2015 is the one referred to after
    labels = _agreements(
        tmp_path,
        (
            "2018-05-09",
            "US leaves Iran deal",
            "In 2015, Iran and six world powers signed a nuclear deal in Vienna. On Tuesday the United States "
            "withdrew from the nuclear deal, and European nations said the deal would survive.",
        ),
    )
    assert len(labels) == 1
