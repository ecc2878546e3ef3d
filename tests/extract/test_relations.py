"""Relation patterns on sentences written for these tests (not from the seeds), through the real
pipeline: spaCy parse, gazetteers, resolution, graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import vocab
from kg.builder import build_graph
from kg.graph import KnowledgeGraph

ARTICLE = """---
title: "{title}"
publishedDateTime: 2025-06-13T10:00:00Z
webUrl: "https://news.example.org/{slug}"
provider: {{name: Example News, domain: news.example.org}}
---
{body}
"""


def _graph(tmp_path: Path, body: str, title: str = "Test story") -> KnowledgeGraph:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE.format(title=title, slug=tmp_path.name, body=body), encoding="utf-8")
    return build_graph([path]).graph


def _statements(graph: KnowledgeGraph, relation: str) -> set[tuple[str, str]]:
    nx = graph.nx
    return {
        (nx.nodes[u]["label"], nx.nodes[v]["label"])
        for u, v, data in nx.edges(data=True)
        if data["relation"] == relation
    }


def _actors(graph: KnowledgeGraph, relation: str) -> set[str]:
    return {actor for actor, _ in _statements(graph, relation)}


@pytest.mark.parametrize(
    ("body", "relation", "actors"),
    [
        # active voice
        ("Japan signed the Tokyo Convention on Ocean Plastics on Monday.", "signed", {"Japan"}),
        ("Brazil proposed a treaty on deforestation in the Amazon.", "proposed", {"Brazil"}),
        ("The European Union adopted the Digital Services Act last year.", "adopted", {"European Union"}),
        # passive voice, with the agent after "by"
        ("The resolution on water security was drafted by Kenya.", "proposed", {"Kenya"}),
        ("A climate accord on methane was approved by the UN General Assembly.", "adopted", {"UN General Assembly"}),
        # participle clause: "Backed by X and co-sponsored by Y, the declaration ..."
        (
            "Introduced by Mexico and co-sponsored by Chile, the declaration on migration was adopted in May.",
            "co-sponsored",
            {"Chile"},
        ),
        # coordination and apposition of subjects
        (
            "Germany, France and Italy endorsed the Rome Charter on Digital Rights.",
            "signed",
            {"Germany", "France", "Italy"},
        ),
        # actors named through a group noun and a list
        (
            "The pact on fisheries was joined by several nations, including Norway, Iceland and Canada.",
            "signed",
            {"Norway", "Iceland", "Canada"},
        ),
        ("The treaty on outer space had 40 co-sponsors including India and Egypt.", "co-sponsored", {"India", "Egypt"}),
        (
            "As of May 2, countries joining the Oslo Declaration on Arctic Shipping include: Chile, Kenya and Finland.",
            "signed",
            {"Chile", "Kenya", "Finland"},
        ),
        # actor expressed as "<nation> officials" / "<demonym> lawmakers"
        ("Canadian lawmakers passed the Online News Act in June.", "adopted", {"Canada"}),
        # opposition, and negotiation between actors
        ("Russia opposed the resolution on cyber norms.", "opposed", {"Russia"}),
        ("The European Union negotiated the trade agreement with Japan.", "negotiated-with", {"European Union"}),
        # issuing an executive order
        ("The White House issued an executive order on cloud security.", "issued", {"White House"}),
    ],
)
def test_relation_patterns(tmp_path: Path, body: str, relation: str, actors: set[str]) -> None:
    assert _actors(_graph(tmp_path, body), relation) == actors


@pytest.mark.parametrize(
    "body",
    [
        "Russia did not sign the treaty on chemical weapons.",
        "Russia refused to sign the treaty on chemical weapons.",
        "Russia never signed the treaty on chemical weapons.",
        "Russia declined to join the treaty on chemical weapons.",
    ],
)
def test_negation_gives_no_edge(tmp_path: Path, body: str) -> None:
    graph = _graph(tmp_path, body)
    assert _statements(graph, "signed") == set()
    assert any(d["type"] == "Agreement" for _, d in graph.nx.nodes(data=True))


def test_a_coordinated_verb_shares_its_heads_hedge(tmp_path: Path) -> None:
    # Written for this test in the form of wire copy: "will" hedges "ratify" too
    graph = _graph(tmp_path, "Spain will sign and ratify the treaty on marine biodiversity next year.")
    found = {data["relation"]: data for _, _, data in graph.nx.edges(data=True)}
    assert max(s.confidence for s in found["ratified"]["sources"]) < 0.9


def test_hedged_statement_has_lower_confidence(tmp_path: Path) -> None:
    graph = _graph(tmp_path, "Spain will sign the treaty on marine biodiversity next month.")
    [(u, _, data)] = [e for e in graph.nx.edges(data=True) if e[2]["relation"] == "signed"]
    assert graph.nx.nodes[u]["label"] == "Spain"
    assert max(s.confidence for s in data["sources"]) < 0.9


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Argentina signed the treaty on lithium mining on Thursday.", "2025-06-12"),  # published Fri 13 June
        ("Argentina signed the treaty on lithium mining last month.", "2025-05"),
        ("Argentina signed the treaty on lithium mining in November.", "2024-11"),
        ("Argentina signed the treaty on lithium mining on March 3, 2021.", "2021-03-03"),
    ],
)
def test_relative_dates_resolve_against_publication(tmp_path: Path, body: str, date: str) -> None:
    graph = _graph(tmp_path, body)
    events = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Event"]
    assert [e.get("date") for e in events] == [date]


@pytest.mark.parametrize(
    "body",
    [
        # Written for this test after wire reports of March 2020
        "Lufthansa suspended its flights to Milan until April 3.",
        # Wikinews, "Arizona, Florida, Illinois hold 2020 US presidential primaries; Ohio postpones" (2020-03, dev5)
        "Tony Evers, the governor of Wisconsin, signed an executive order delaying the election until June.",
        # Written for this test after wire reports of March 2020
        "The Spanish government announced a moratorium on evictions from April 1.",
    ],
)
def test_a_date_that_bounds_a_period_dates_no_act(tmp_path: Path, body: str) -> None:
    graph = _graph(tmp_path, body)
    events = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Event"]
    assert events
    assert all(e.get("date") is None for e in events)


def test_relative_date_stays_unresolved_without_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Argentina signed the treaty on lithium mining on Thursday.\n", encoding="utf-8")
    graph = build_graph([path]).graph
    events = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Event"]
    assert len(events) == 1 and events[0].get("date") is None


def test_edges_keep_sentence_offsets_and_extractor(tmp_path: Path) -> None:
    body = "Officials met on Monday. Peru ratified the convention on plastic waste."
    graph = _graph(tmp_path, body)
    [(_, _, data)] = [e for e in graph.nx.edges(data=True) if e[2]["relation"] == "ratified"]
    [source] = data["sources"]
    assert source.extractor == "relations" and source.part == "body"
    assert source.sentence == "Peru ratified the convention on plastic waste."
    assert body[source.start : source.end] == source.sentence


def test_anaphora_and_pronouns_point_to_the_article_agreement(tmp_path: Path) -> None:
    body = (
        "Ghana proposed a treaty on pandemic preparedness. "
        "The treaty was adopted by the World Health Organization. It had 30 co-sponsors including Senegal."
    )
    graph = _graph(tmp_path, body)
    agreements = [d["label"] for _, d in graph.nx.nodes(data=True) if d["type"] == "Agreement"]
    assert agreements == ["treaty on pandemic preparedness"]
    assert _actors(graph, "adopted") == {"World Health Organization"}
    assert _actors(graph, "co-sponsored") == {"Senegal"}
    claims = [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Claim"]
    assert [c["value"] for c in claims] == ["30"]


def test_aliases_of_one_actor_are_one_node(tmp_path: Path) -> None:
    body = "The U.S. proposed the accord on tariffs. America and the United States of America later signed it."
    graph = _graph(tmp_path, body)
    nations = [n for n, d in graph.nx.nodes(data=True) if d["type"] == "Nation"]
    assert nations == ["nation:USA"]


def test_topics_and_regions_are_not_nations(tmp_path: Path) -> None:
    graph = _graph(tmp_path, "AI is changing Europe and Asia. Improper use of AI worries Thursday's meeting.")
    types = {d["label"]: d["type"] for _, d in graph.nx.nodes(data=True)}
    assert types.get("AI") is None and types.get("Europe") != "Nation" and types.get("Asia") != "Nation"
    assert "Improper" not in types and "Thursday" not in types


def test_approximate_figures_are_not_claims(tmp_path: Path) -> None:
    graph = _graph(tmp_path, "The pact on fisheries had over 40 co-sponsors including Norway.")
    assert _actors(graph, "co-sponsored") == {"Norway"}
    assert [d for _, d in graph.nx.nodes(data=True) if d["type"] == "Claim"] == []


# -- the action vocabulary of ../shared/eval/GUIDELINES.md, each rule on sentences of two outlets ------
# (source tag first: "wikinews" sentences are from the Wikinews dev set or corpus under ../shared/corpus,
# "whitehouse" from ../shared/corpus/wh-briefings, "reuters"/"ap"/"un" written in those outlets' style)


def _triples(graph: KnowledgeGraph) -> set[tuple[str, str, str]]:
    nx = graph.nx
    return {
        (nx.nodes[u]["label"], data["relation"], nx.nodes[v]["label"])
        for u, v, data in nx.edges(data=True)
        if data["relation"] in vocab.ACTION_RELATIONS
    }


# Appended to one-sentence stories: a text whose words are mostly capitalised is read as a headline,
# where only gazetteer names count.
PLAIN = " The officials gave no further details about what was said."


def _has(triples: set[tuple[str, str, str]], actor: str, relation: str, target: str | None = None) -> bool:
    return any(a == actor and r == relation and (target is None or target in o) for a, r, o in triples)


@pytest.mark.parametrize(
    ("source", "body", "wanted", "unwanted"),
    [
        # unveiling or presenting an instrument as its authors is proposing it (not signing it)
        (
            "ap",
            "The U.S., Britain and over a dozen countries unveiled an international AI safety agreement.",
            [("United States", "proposed"), ("United Kingdom", "proposed")],
            [("United States", "signed")],
        ),
        (
            "whitehouse",
            "The United States unveiled a political declaration on the military use of artificial intelligence.",
            [("United States", "proposed")],
            [("United States", "signed")],
        ),
        # reaching a deal makes its parties signatories, not adopters
        (
            "reuters",
            "The United States and China reached a trade deal on tariffs in January.",
            [("United States", "signed"), ("China", "signed")],
            [("United States", "adopted")],
        ),
        (
            "wikinews",
            "On November 27, Turkey and Libya reached a maritime border agreement.",
            [("Turkey", "signed"), ("Libya", "signed")],
            [("Turkey", "adopted")],
        ),
        # backing is support
        (
            "reuters",
            "Germany backed the EU-Mercosur trade agreement on Friday.",
            [("Germany", "supported")],
            [("Germany", "signed")],
        ),
        (
            "whitehouse",
            "Australia welcomed the AUKUS agreement on nuclear submarines.",
            [("Australia", "supported")],
            [("Australia", "signed")],
        ),
        # an executive's signature enacts a bill (adopted) and makes an executive order (issued)
        (
            "wikinews",
            "On Wednesday, Governor Kay Ivey signed the Alabama Human Life Protection Act.",
            [("Kay Ivey", "adopted")],
            [("Kay Ivey", "signed")],
        ),
        (
            "whitehouse",
            "President Joe Biden signed the CHIPS and Science Act into law.",
            [("Joe Biden", "adopted")],
            [("Joe Biden", "signed")],
        ),
        (
            "wikinews",
            "Yesterday, Tony Evers, the governor of Wisconsin, signed an executive order delaying the election.",
            [("Tony Evers", "issued")],
            [("Tony Evers", "signed")],
        ),
        (
            "whitehouse",
            "President Joe Biden signed an executive order on artificial intelligence on October 30.",
            [("Joe Biden", "issued")],
            [("Joe Biden", "signed")],
        ),
        # votes: the named yes-voters support, the no-voters oppose
        (
            "un",
            "The United States voted against the resolution on Gaza, while France voted for it.",
            [("United States", "opposed"), ("France", "supported")],
            [("United States", "supported")],
        ),
        (
            "wikinews",
            "Representatives Collin Peterson and Jeff Van Drew voted against the resolution on impeachment.",
            [("Collin Peterson", "opposed"), ("Jeff Van Drew", "opposed")],
            [],
        ),
        # "the bill passed the Senate": the body adopts it
        (
            "wikinews",
            "The anti-abortion bill passed the United States Senate on Tuesday.",
            [("United States Senate", "adopted")],
            [],
        ),
        (
            "ap",
            "The Digital Markets Act passed the European Parliament in July.",
            [("European Parliament", "adopted")],
            [],
        ),
        # ratification is its own relation
        (
            "reuters",
            "Mexico ratified the trade agreement with Canada in June.",
            [("Mexico", "ratified")],
            [("Mexico", "adopted")],
        ),
        (
            "wikinews",
            "Only Ghana has ratified the African Continental Free Trade Area agreement.",
            [("Ghana", "ratified")],
            [],
        ),
        # withdrawal, with the state a leader takes out
        (
            "wikinews",
            "Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with Iran.",
            [("Donald Trump", "withdrew-from"), ("United States", "withdrew-from"), ("Iran", "signed")],
            [("Iran", "withdrew-from")],
        ),
        (
            "reuters",
            "The United States pulled out of the Paris Agreement in 2020.",
            [("United States", "withdrew-from")],
            [],
        ),
        # parties named in the instrument's own phrase
        (
            "wikinews",
            "Brazil is part of a pact between the European Union and the South American group Mercosur.",
            [("European Union", "signed")],
            [("Brazil", "signed")],
        ),
        (
            "reuters",
            "A pipeline agreement was signed between Cyprus, Greece and Israel in Athens.",
            [("Cyprus", "signed"), ("Greece", "signed"), ("Israel", "signed")],
            [],
        ),
        # a possessor with "proposed": its author
        (
            "wikinews",
            "Tom Watson criticised Boris Johnson's proposed Brexit deal.",
            [("Boris Johnson", "proposed"), ("Tom Watson", "opposed")],
            [],
        ),
        (
            "reuters",
            "Norway's proposed treaty on plastic pollution was discussed in Nairobi.",
            [("Norway", "proposed")],
            [],
        ),
        # "signatories to the treaty include X"
        (
            "wikinews",
            "Other signatories to the nuclear treaty with Iran include Germany.",
            [("Germany", "signed")],
            [],
        ),
        (
            "un",
            "Signatories to the Convention on Cluster Munitions include France and Japan.",
            [("France", "signed"), ("Japan", "signed")],
            [],
        ),
        # a relative clause: its noun is the actor
        (
            "wikinews",
            "Republican state representative Terri Collins, who sponsored the Human Life Protection Act, spoke.",
            [("Terri Collins", "proposed")],
            [],
        ),
        (
            "un",
            "Kenya, which drafted the resolution on water security, asked for a vote.",
            [("Kenya", "proposed")],
            [],
        ),
        # a passive read as the copula's complement ("It was co-sponsored by"), the pronoun being the
        # instrument the last sentence named (not the constitution named inside its name)
        (
            "wikinews",
            "On Thursday, Senator Ted Cruz and Representative Francis Rooney proposed an amendment to the "
            "Constitution setting term limits for members of Congress. It was co-sponsored by Senators Marco "
            "Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia.",
            [("Marco Rubio", "co-sponsored"), ("David Perdue", "co-sponsored")],
            [],
        ),
        (
            "un",
            "Japan tabled a draft resolution on nuclear disarmament on Monday. It was co-sponsored by Brazil "
            "and Mexico.",
            [("Brazil", "co-sponsored"), ("Mexico", "co-sponsored")],
            [],
        ),
        # votes: the body voting a text through adopts it, a state or a party voting for it supports it
        (
            "wikinews",
            "On Sunday, the Iraqi Parliament voted in favor of a resolution asking the government to end the "
            "presence of foreign troops in the country.",
            [("Iraqi Parliament", "adopted")],
            [("Iraqi Parliament", "supported")],
        ),
        (
            "un",
            "The UN General Assembly voted in favour of a resolution on a moratorium on the death penalty, "
            "and France voted for it too.",
            [("UN General Assembly", "adopted"), ("France", "supported")],
            [("France", "adopted")],
        ),
        # "we" in reported speech is the speaker; unquoted, it is no one
        (
            "wikinews",
            'Souhail Alouini, a member of Parliament, said, "We proposed a bill in 2016 about this subject and '
            'it has still not been debated."',
            [("Souhail Alouini", "proposed")],
            [],
        ),
        (
            "reuters",
            '"We signed the agreement on trade with Canada last year," Prime Minister Jacinda Ardern said on Tuesday.',
            [("Jacinda Ardern", "signed")],
            [],
        ),
        # the quote after a colon, parsed as the main clause: "I" is still the speaker
        (
            "wikinews",
            "Bruno Rodríguez Parrilla, foreign affairs minister of Cuba, responded to the new rules via Twitter: "
            '"I strongly reject new #US blockade measure that bans #US airlines\' flights to 9 Cuban airports."',
            [("Bruno Rodríguez Parrilla", "opposed")],
            [],
        ),
        (
            "reuters",
            'Senator Elizabeth Warren wrote on Twitter: "I oppose the trade agreement with China because it '
            'fails our workers."',
            [("Elizabeth Warren", "opposed")],
            [],
        ),
        # the author's "by" hung on the last word of the instrument's phrase
        (
            "wikinews",
            "On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli "
            "territory by the President of the United States Donald Trump, which was made on Monday.",
            [("Donald Trump", "issued"), ("Erdogan", "opposed")],
            [("Erdogan", "issued")],
        ),
        (
            "reuters",
            "Syria condemned the proclamation of the Golan Heights as Israeli territory by Donald Trump.",
            [("Donald Trump", "issued"), ("Syria", "opposed")],
            [("Syria", "issued")],
        ),
        # the act done to an instrument stands for it: "welcomes the adoption of a resolution"
        (
            "whitehouse",
            "The United States welcomes the UN General Assembly's adoption of a resolution setting out "
            "principles for the deployment and use of artificial intelligence.",
            [("United States", "supported")],
            [("United States", "adopted")],
        ),
        (
            "reuters",
            "Amnesty International condemned the signing of the security pact between Turkey and Libya.",
            [("Amnesty International", "opposed")],
            [("Amnesty International", "signed")],
        ),
        # a text in its own voice: "We, the Leaders of the G7, ..." makes every later "we" the G7
        (
            "whitehouse",
            "We, the Leaders of the Group of Seven (G7), stress the innovative opportunities of advanced "
            "Artificial Intelligence (AI) systems. Building on the progress made by relevant ministers, we "
            "welcome the Hiroshima Process International Guiding Principles for Organizations Developing Advanced "
            "AI Systems.",
            [("G7", "supported")],
            [],
        ),
        (
            "un",
            "We, the Heads of State and Government of the African Union, met in Addis Ababa on Sunday. We "
            "welcome the adoption of the Convention on Cross-Border Cooperation.",
            [("African Union", "supported")],
            [],
        ),
        # whose proposal it is, a pronoun owner too: "his proposed budget"
        (
            "wikinews",
            "President Donald Trump spoke to reporters on Friday. The deal did not include funding for the "
            "wall, which was one of his campaign promises, but Congress has not passed his proposed budget.",
            [("Donald Trump", "proposed")],
            [("United States Congress", "adopted")],
        ),
        (
            "reuters",
            "Prime Minister Theresa May met her cabinet on Tuesday. Lawmakers rejected her proposed Brexit "
            "deal for a third time.",
            [("Theresa May", "proposed")],
            [],
        ),
        # an office announcing its own decision issues it; announcing a bill proposes it
        (
            "wikinews",
            "On Friday, the United States Department of Transportation announced new restrictions on flights to Cuba.",
            [("United States Department of Transportation", "issued")],
            [("United States Department of Transportation", "proposed")],
        ),
        (
            "reuters",
            "The European Commission on Wednesday announced regulations on drones that apply across the bloc.",
            [("European Commission", "issued")],
            [("European Commission", "proposed")],
        ),
        (
            "wikinews",
            "Senator Ted Cruz announced a bill that would set term limits for members of Congress.",
            [("Ted Cruz", "proposed")],
            [("Ted Cruz", "issued")],
        ),
    ],
)
def test_action_vocabulary(
    tmp_path: Path, source: str, body: str, wanted: list[tuple[str, str]], unwanted: list[tuple[str, str]]
) -> None:
    triples = _triples(_graph(tmp_path, body + PLAIN))
    for actor, relation in wanted:
        assert _has(triples, actor, relation), (source, actor, relation, triples)
    for actor, relation in unwanted:
        assert not _has(triples, actor, relation), (source, actor, relation, triples)


@pytest.mark.parametrize(
    ("source", "body", "wanted", "unwanted"),
    [
        # sanctions: by verb, by noun with "on"/"against", by the state of being under them
        (
            "wikinews",
            "The move comes after the European Union sanctioned Iran earlier in the month.",
            [("European Union", "sanctioned", "Iran")],
            [],
        ),
        (
            "reuters",
            "The United States imposed sanctions on Russia over the war in Ukraine.",
            [("United States", "sanctioned", "Russia")],
            [("Russia", "sanctioned", "United States")],
        ),
        (
            "wikinews",
            "Because of its drilling operations there, Turkey is already under EU sanctions.",
            [("European Union", "sanctioned", "Turkey")],
            [],
        ),
        (
            "wikinews",
            "Germany on Monday banned the Iranian airline Mahan Air.",
            [("Germany", "sanctioned", "Mahan Air")],
            [],
        ),
        # talks: "met with", "X and Y spoke", "a call between X and Y"; an apposition is no partner
        (
            "wikinews",
            "Trump and Erdogan spoke by phone on Sunday.",
            [("Trump", "negotiated-with", "Erdogan")],
            [],
        ),
        (
            "whitehouse",
            "President Joe Biden met with Prime Minister Fumio Kishida of Japan at the White House.",
            [("Joe Biden", "negotiated-with", "Fumio Kishida")],
            [],
        ),
        (
            "wikinews",
            "Cyprus, Greece and Israel held talks on the pipeline in Athens.",
            [("Cyprus", "negotiated-with", "Greece"), ("Greece", "negotiated-with", "Israel")],
            [],
        ),
        # joining "the talks" told of just before is meeting those who held them
        (
            "wikinews",
            "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias,"
            " Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss"
            " Libya-Turkey relations. The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.",
            [
                ("Luigi Di Maio", "negotiated-with", "Sameh Shoukry"),
                ("Luigi Di Maio", "negotiated-with", "Nikos Dendias"),
            ],
            [("Italy", "negotiated-with", "Sameh Shoukry")],
        ),
        (
            "constructed",  # in the form of a wire report on the EastMed talks
            "Cyprus, Greece and Israel held talks on the pipeline in Athens on Monday. Italy joined the talks on"
            " Tuesday.",
            [("Italy", "negotiated-with", "Cyprus"), ("Italy", "negotiated-with", "Israel")],
            [],
        ),
        ("constructed", "Italy joined the talks on Tuesday.", [], [("Italy", "negotiated-with", "Cyprus")]),
        # titled names the parser chains into one subject ("US President A and Turkish President B")
        (
            "wikinews",
            "On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone."
            " Trump later announced the withdrawal of troops.",
            [("Donald Trump", "negotiated-with", "Recep Tayyip Erdoğan")],
            [],
        ),
        (
            "constructed",  # in the form of a White House call readout
            "On Tuesday, US President Joe Biden and Turkish President Recep Tayyip Erdoğan spoke on the phone."
            " Biden later announced the talks.",
            [("Joe Biden", "negotiated-with", "Recep Tayyip Erdoğan")],
            [("United States", "negotiated-with", "Turkey")],
        ),
        (
            "constructed",  # in the form of the State Department's call readouts
            "US Secretary of State Mike Pompeo and Turkish Foreign Minister Mevlut Cavusoglu spoke on the phone on"
            " Tuesday. Pompeo later announced the talks.",
            [("Mike Pompeo", "negotiated-with", "Mevlut Cavusoglu")],
            [("United States", "negotiated-with", "Turkey")],
        ),
        # "gathered" is a meeting; an apposition that is a list names each one apart
        (
            "wikinews",
            "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias,"
            " Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss"
            " Libya-Turkey relations.",
            [
                ("Sameh Shoukry", "negotiated-with", "Nikos Christodoulides"),
                ("Sameh Shoukry", "negotiated-with", "Jean-Yves Le Drian"),
                ("Nikos Dendias", "negotiated-with", "Jean-Yves Le Drian"),
                ("Nikos Christodoulides", "negotiated-with", "Jean-Yves Le Drian"),
            ],
            [],
        ),
        (
            "presstv",  # adapted from Press TV (yjc.ir, 15 March 2018): "Top diplomats of ... met in ..."
            "Iran and its neighbours, Turkey, Azerbaijan and Georgia, gathered in the Azeri capital, Baku.",
            [("Iran", "negotiated-with", "Georgia"), ("Turkey", "negotiated-with", "Azerbaijan")],
            [],
        ),
        (
            "wikinews",
            "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.",
            [],
            [("Italy", "negotiated-with", "Luigi Di Maio")],
        ),
        # a dialogue is talks, those who lead it hold it; a modifier naming no actor ("strategic") leaves the
        # subjects as the ones who talk
        (
            "whitehouse",  # U.S.-Singapore fact sheet, 2023-10-12 (wh-dev2)
            "National Security Advisor Jake Sullivan and Minister for Foreign Affairs Dr. Vivian Balakrishnan led"
            " the inaugural U.S. Singapore Critical and Emerging Technology Dialogue.",
            [("Jake Sullivan", "negotiated-with", "Vivian Balakrishnan")],
            [],
        ),
        (
            "constructed",  # in the form of wire reports of China-US talks
            "Foreign Minister Wang Yi and Secretary of State Antony Blinken held a strategic dialogue in Beijing.",
            [("Wang Yi", "negotiated-with", "Antony Blinken")],
            [],
        ),
        (
            "constructed",  # in the form of Indian Ministry of External Affairs press releases
            "India and Japan held consultations on maritime security in New Delhi.",
            [("India", "negotiated-with", "Japan")],
            [],
        ),
        # the parties a "between" phrase names hold the talks, not the nations their name gives; no nation
        # talks with a body of its own state
        (
            "whitehouse",  # United States-Australia Joint Leaders' Statement, 2023-10-25 (one department renamed)
            "Under the Compact, we convened the ministerial-level United States-Australia Clean Energy Dialogue"
            " between the U.S. Department of Energy (DOE) and Australia's Department of Industry.",
            [("United States Department of Energy", "negotiated-with", "Department of Industry")],
            [("United States", "negotiated-with", "United States Department of Energy")],
        ),
        (
            "constructed",  # in the form of European External Action Service press releases
            "Last week, officials held the EU-China Strategic Dialogue between the European External Action"
            " Service and the Chinese Ministry of Foreign Affairs.",
            [("European External Action Service", "negotiated-with", "Chinese Ministry of Foreign Affairs")],
            [("European Union", "negotiated-with", "China")],
        ),
        # talks launched or begun are held
        (
            "constructed",  # in the form of wire reports of 2 March 2020
            "Britain and the European Union launched negotiations on a trade deal in March.",
            [("United Kingdom", "negotiated-with", "European Union")],
            [],
        ),
        (
            "constructed",  # in the form of wire reports of 25 January 2021
            "Greece and Turkey began exploratory talks in Istanbul on Monday.",
            [("Greece", "negotiated-with", "Turkey")],
            [],
        ),
        # discussing something together, or with someone, is holding talks
        (
            "whitehouse",  # the U.S.-Singapore CET Dialogue statement (2023)
            "The United States and Singapore discussed opportunities to bolster research on artificial intelligence.",
            [("United States", "negotiated-with", "Singapore")],
            [],
        ),
        (
            "constructed",  # in the form of a Reuters report of a call
            "German Chancellor Angela Merkel discussed the sanctions with Russian President Vladimir Putin by phone"
            " on Friday.",
            [("Angela Merkel", "negotiated-with", "Vladimir Putin")],
            [],
        ),
    ],
)
def test_relations_between_actors(
    tmp_path: Path, source: str, body: str, wanted: list[tuple[str, str, str]], unwanted: list[tuple[str, str, str]]
) -> None:
    triples = _triples(_graph(tmp_path, body + PLAIN))

    def holds(a: str, r: str, b: str) -> bool:
        return (a, r, b) in triples or (r == "negotiated-with" and (b, r, a) in triples)

    for triple in wanted:
        assert holds(*triple), (source, triple, triples)
    for triple in unwanted:
        assert not holds(*triple), (source, triple, triples)


@pytest.mark.parametrize(
    ("source", "body"),
    [
        # negation by determiner, adverb and verb; "without"; conditions and obligations
        ("reuters", "The two sides reached a breakthrough on tariffs, but Japan and Canada signed no agreement."),
        ("whitehouse", "Japan and Canada signed no trade agreement at the summit."),
        ("wikinews", "Russia never ratified the Comprehensive Nuclear-Test-Ban Treaty."),
        ("reuters", "The United States has never ratified the Convention on the Rights of the Child."),
        ("wikinews", "The Tunisian Parliament failed to pass the bill on the niqab."),
        ("reuters", "Brazil refused to sign the Paris Agreement on climate."),
        ("wikinews", "It must also be approved by the United States Senate and signed by President Donald Trump."),
        ("reuters", "Tom Watson said he would only vote for the Brexit deal if the British people could vote too."),
        ("wikinews", "Johnson wants the UK to leave with or without a trade deal with the European Union."),
        # an order's "shall" obliges, and a verb coordinated under it shares it
        (
            "whitehouse",  # Executive Order 14110 (2023-10-30), shortened
            "Within 90 days of the date of this order, the Administrator of General Services shall develop and "
            "issue a framework for prioritizing critical and emerging technologies offerings.",
        ),
        ("constructed", "Each Party shall sign and ratify the Protocol on Biosafety within two years."),
    ],
)
def test_negated_conditional_and_obliged_statements_give_no_action(tmp_path: Path, source: str, body: str) -> None:
    assert _triples(_graph(tmp_path, body + PLAIN)) == set(), source


@pytest.mark.parametrize(
    ("source", "body", "actors", "not_actors"),
    [
        # the speaker of a reported statement is not its actor
        (
            "wikinews",
            "Albert Muchanga said Benin signed the African Continental Free Trade Area agreement.",
            {"Benin"},
            {"Albert Muchanga"},
        ),
        (
            "whitehouse",
            "Jake Sullivan said Japan signed the declaration on artificial intelligence.",
            {"Japan"},
            {"Jake Sullivan"},
        ),
        # places in the sentence are not actors
        (
            "reuters",
            "Twelve nations, including Japan, will sign the Trans-Pacific Partnership agreement"
            " at SkyCity in Auckland, New Zealand.",
            {"Japan"},
            {"New Zealand"},
        ),
        (
            "wikinews",
            "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed"
            " the African Continental Free Trade Area agreement.",
            set(),
            {"Nigeria", "Benin"},
        ),
    ],
)
def test_subjects_are_the_verbs_own(
    tmp_path: Path, source: str, body: str, actors: set[str], not_actors: set[str]
) -> None:
    signers = _actors(_graph(tmp_path, body + PLAIN), "signed")
    assert actors <= signers and not signers & not_actors, (source, signers)


@pytest.mark.parametrize(
    ("body", "relation", "actors"),
    [
        # After Wikinews, "Arizona, Florida, Illinois hold 2020 US presidential primaries; Ohio postpones"
        # (2020-03, dev5; names in the other order): the companion of the subject acts too
        (
            "Senator Ron Wyden of Oregon, along with Senator Amy Klobuchar, introduced a bill to require voting by "
            "mail in all states.",
            "proposed",
            {"Ron Wyden", "Amy Klobuchar"},
        ),
        # Written for this test after White House readouts (2023): "together with", "alongside"
        (
            "The United States, together with Japan and Australia, signed the Paris Agreement on Tuesday.",
            "signed",
            {"United States", "Japan", "Australia"},
        ),
        (
            "President Biden, alongside Prime Minister Kishida, signed the Hiroshima Accord.",
            "signed",
            {"Biden", "Kishida"},
        ),
    ],
)
def test_a_subjects_companion_acts_with_it(tmp_path: Path, body: str, relation: str, actors: set[str]) -> None:
    assert _actors(_graph(tmp_path, body + PLAIN), relation) == actors


@pytest.mark.parametrize(
    ("source", "body", "actors"),
    [
        # Wikinews 2020 (the Ohio primary): the parser hangs the subject on the fronted date, as its apposition
        (
            "wikinews",
            "Support came from Senator Amy Klobuchar. On Monday, Klobuchar, along with Senator Ron Wyden of Oregon,"
            " introduced a bill to require voting by mail in all states.",
            {"Amy Klobuchar", "Ron Wyden"},
        ),
        # Written in the form of AP copy on student debt: as the date's conjunct
        (
            "ap",
            "On Wednesday, Warren, along with Senator Bernie Sanders of Vermont, introduced a bill to cancel student"
            " debt.",
            {"Warren", "Bernie Sanders"},
        ),
    ],
)
def test_a_subject_hung_on_a_fronted_date_acts(tmp_path: Path, source: str, body: str, actors: set[str]) -> None:
    assert actors <= _actors(_graph(tmp_path, body + PLAIN), vocab.PROPOSED), source


def test_a_phrase_after_the_verb_names_no_companion(tmp_path: Path) -> None:
    # Written for this test: where and when it was done, not who did it
    body = "France signed the Aachen Treaty alongside the summit of the European Council."
    assert _actors(_graph(tmp_path, body + PLAIN), "signed") == {"France"}


@pytest.mark.parametrize(
    ("source", "body", "actor", "relation"),
    [
        # pronoun subjects: the nearest earlier subject of their kind
        (
            "whitehouse",
            "President Joe Biden arrived in Tokyo on Monday. He signed the declaration on AI on Tuesday.",
            "Joe Biden",
            "signed",
        ),
        (
            "wikinews",
            "Turkish President Recep Tayyip Erdogan spoke at a rally in Istanbul on Sunday."
            " He denounced the border agreement between Greece and Egypt.",
            "Recep Tayyip Erdogan",
            "opposed",
        ),
    ],
)
def test_pronoun_subjects_resolve_to_the_previous_actor(
    tmp_path: Path, source: str, body: str, actor: str, relation: str
) -> None:
    assert actor in _actors(_graph(tmp_path, body + PLAIN), relation), source


@pytest.mark.parametrize(
    ("source", "body", "actors"),
    [
        # list and label lines are sentences of their own: the names they list do nothing
        (
            "reuters",
            "Context: North Korea, Iran, United Nations Security Council"
            " • Russia and China vetoed the resolution on sanctions.",
            {"Russia", "China"},
        ),
        (
            "wikinews",
            "Related news\nSources: Reuters, BBC, Al Jazeera\nRussia and China vetoed the resolution on sanctions.",
            {"Russia", "China"},
        ),
        # a dateline's place and outlet are not the subject
        (
            "reuters",
            "UNITED NATIONS (Reuters) - Russia and China vetoed the resolution on sanctions.",
            {"Russia", "China"},
        ),
    ],
)
def test_list_label_and_dateline_lines_are_segmented_apart(
    tmp_path: Path, source: str, body: str, actors: set[str]
) -> None:
    assert _actors(_graph(tmp_path, body + PLAIN), "opposed") == actors, source


@pytest.mark.parametrize(
    ("source", "body", "wanted", "unwanted"),
    [
        # a surname alone, where the NER missed it, is the person the article named in full before
        (
            "wikinews",
            "Greek Prime Minister Kyriakos Mitsotakis arrived in Washington on Monday."
            " Later on Tuesday Mitsotakis met with the International Monetary Fund.",
            [("Mitsotakis", "negotiated-with")],
            [],
        ),
        (
            "whitehouse",
            "President Joe Biden arrived in Tokyo on Monday."
            " On Tuesday, Biden met with the International Monetary Fund.",
            [("Biden", "negotiated-with")],
            [],
        ),
        # a subject pronoun in a clause of the sentence: the main clause's subject, not the nearest name
        (
            "wikinews",
            "Greek Prime Minister Kyriakos Mitsotakis arrived in Washington on Monday. Later on Tuesday Mitsotakis"
            " met with the International Monetary Fund, then with President Trump, where he denounced the border"
            " agreement again.",
            [("Mitsotakis", "opposed")],
            [("Trump", "opposed")],
        ),
        (
            "reuters",
            "Prime Minister Fumio Kishida met President Joe Biden in Washington, where he signed the agreement on"
            " semiconductors.",
            [("Kishida", "signed")],
            [("Biden", "signed")],
        ),
        # a possessive pronoun with "proposed": the person it stands for; "has not passed": no adoption
        (
            "wikinews",
            "President Donald Trump spoke to reporters on Monday."
            " The United States Congress has not passed his proposed bill on border security.",
            [("Trump", "proposed")],
            [("Congress", "adopted")],
        ),
        (
            "reuters",
            "Prime Minister Jonas Gahr Store spoke in Oslo on Monday."
            " He defended his proposed treaty on plastic pollution.",
            [("Store", "proposed")],
            [],
        ),
    ],
)
def test_persons_named_before(
    tmp_path: Path, source: str, body: str, wanted: list[tuple[str, str]], unwanted: list[tuple[str, str]]
) -> None:
    # Compared by the name's end: whether a surname alone becomes its own node is the entity
    # extractor's business; that the relation is found is this test's.
    triples = {(a.split()[-1], r, o) for a, r, o in _triples(_graph(tmp_path, body + PLAIN))}
    for actor, relation in wanted:
        assert _has(triples, actor, relation), (source, actor, relation, triples)
    for actor, relation in unwanted:
        assert not _has(triples, actor, relation), (source, actor, relation, triples)


@pytest.mark.parametrize(
    ("source", "body", "wanted", "unwanted"),
    [
        # discussing a topic with an outlet is no negotiation; meeting someone is
        ("wikinews", "Aparna Garg discussed this initiative with Wikinews.", [], [("Aparna Garg", "negotiated-with")]),
        (
            "ap",
            "Senator Chris Murphy discussed the sanctions bill with CNN on Sunday.",
            [],
            [("Chris Murphy", "negotiated-with")],
        ),
        # a person endorsing an instrument backs it; endorsing a bill is support, not signature
        (
            "wikinews",
            "And Howie Hawkins, the only candidate wearing a facemask, endorsed the Green New Deal.",
            [("Howie Hawkins", "supported")],
            [("Howie Hawkins", "signed")],
        ),
        (
            "ap",
            "The European Parliament endorsed the Digital Services Act on Tuesday.",
            [("European Parliament", "supported")],
            [("European Parliament", "signed")],
        ),
        # "them" stands for people, never for the article's agreement
        (
            "wikinews",
            "Joe Biden backed the Paris Agreement on Monday. The Proud Boys rallied in Portland on Tuesday."
            " Donald Trump condemned them on Wednesday.",
            [("Joe Biden", "supported")],
            [("Donald Trump", "opposed")],
        ),
        (
            "reuters",
            "Norway signed the fisheries agreement with Iceland. Fishermen protested in Oslo. Russia criticised them.",
            [("Norway", "signed")],
            [("Russia", "opposed")],
        ),
    ],
)
def test_what_is_not_an_action(
    tmp_path: Path, source: str, body: str, wanted: list[tuple[str, str]], unwanted: list[tuple[str, str]]
) -> None:
    triples = _triples(_graph(tmp_path, body + PLAIN))
    for actor, relation in wanted:
        assert _has(triples, actor, relation), (source, actor, relation, triples)
    for actor, relation in unwanted:
        assert not _has(triples, actor, relation), (source, actor, relation, triples)


@pytest.mark.parametrize(
    ("source", "body", "actor", "relation"),
    [
        # a purpose or a promise is kept, with lower confidence
        (
            "wikinews",
            "On Thursday, the delegations of Cyprus, Greece and Israel met in Athens to sign an agreement on the"
            " EastMed pipeline.",
            "Greece",
            "signed",
        ),
        ("reuters", "Japan pledged to ratify the treaty on plastic pollution next year.", "Japan", "ratified"),
    ],
)
def test_purposes_and_promises_are_hedged(tmp_path: Path, source: str, body: str, actor: str, relation: str) -> None:
    graph = _graph(tmp_path, body + PLAIN)
    found = [
        data
        for u, _, data in graph.nx.edges(data=True)
        if data["relation"] == relation and graph.nx.nodes[u]["label"] == actor
    ]
    assert found and max(s.confidence for s in found[0]["sources"]) < 0.9, source


@pytest.mark.parametrize(
    ("source", "body", "wanted", "unwanted"),
    [
        # a bare "the bill" is the bill named last; "a new bill" is another one
        (
            "wikinews",
            "Governor Kay Ivey signed the Alabama Human Life Protection Act on Wednesday. Republican state"
            " representative Terri Collins who sponsored the bill remarked the bill was not enforceable.",
            [("Terri Collins", "proposed", "Alabama Human Life Protection Act")],
            [],
        ),
        (
            "written",  # in the shape of a state-parliament wire story (not from the held-out Wikinews set)
            "Yesterday, the Parliament of Victoria voted to pass the Coastal Protection Reform Bill"
            " 2021 which bans new sea walls. MP Sarah Connolly, who co-sponsored the bill, said the current law"
            " was out of date.",
            [("Sarah Connolly", "co-sponsored", "Coastal Protection Reform Bill 2021")],
            [],
        ),
        (
            "house.gov",  # adapted from a 2008 press release of Rep. Sensenbrenner
            "The House passed the ADA Amendments Act of 2008 on Wednesday. Congressman Jim Sensenbrenner first"
            " introduced the bill in the 109th Congress.",
            [("Jim Sensenbrenner", "proposed", "ADA Amendments Act")],
            [],
        ),
        (
            "house.gov",
            "The House passed the ADA Amendments Act of 2008 on Wednesday. Senator Mike Lee introduced a new bill"
            " on Thursday.",
            [],
            [("Mike Lee", "proposed", "ADA Amendments Act")],
        ),
        # of those named before, the one written with the same head word ("the bill" is the Bill, not "a law
        # allowing ..." that a speaker described in between)
        (
            "written",  # in the shape of a state-parliament wire story (not from the held-out Wikinews set)
            "The Parliament of Victoria voted to pass the Coastal Protection Reform Bill 2021. MP Tom Carr said a law"
            " allowing new sea walls marked a sad day. MP Sarah Connolly, who co-sponsored the bill, spoke.",
            [("Sarah Connolly", "co-sponsored", "Coastal Protection Reform Bill 2021")],
            [],
        ),
        (
            "reuters",  # Reuters-style copy on a trade pact
            "Japan and Vietnam signed the Mekong Trade Pact in May. Officials said an agreement covering rice exports"
            " was near. Thailand later joined the pact.",
            [("Thailand", "signed", "Mekong Trade Pact")],
            [],
        ),
    ],
)
def test_a_bare_definite_instrument_is_the_one_named_before(
    tmp_path: Path, source: str, body: str, wanted: list[tuple[str, str, str]], unwanted: list[tuple[str, str, str]]
) -> None:
    triples = _triples(_graph(tmp_path, body + PLAIN))
    for triple in wanted:
        assert triple in triples, (source, triple, triples)
    for triple in unwanted:
        assert triple not in triples, (source, triple, triples)


@pytest.mark.parametrize(
    ("body", "relation", "expected"),
    [
        # Wikinews, "New South Wales decriminalizes abortion" (2019-09-27): "the bill" four sentences on
        (
            'Yesterday, the Parliament of New South Wales voted to pass the "Reproductive Health Care Reform '
            'Bill 2019" which decriminalized abortion.  Until the new legislation, NSW had the most restrictive '
            "anti-abortion law in Australia.  The NSW legislature in Sydney abolished any existing common law "
            "rules about abortion.\n\nSince 1900, under the state's criminal code, abortions were only allowed "
            "if a doctor determined the mother was in danger. The bill was drafted by Alex Greenwich who said so.",
            "proposed",
            ("Alex Greenwich", "Reproductive Health Care Reform Bill 2019"),
        ),
        # AIO Writers blog on the UN resolution on AI (seed 002), the filler cut down
        (
            "On March 21, 2024, the United Nations General Assembly made a historic move by approving the "
            "world's first-ever global resolution on artificial intelligence.\n\nNavigating the delicate balance "
            "is akin to walking a tightrope. This is way bigger. We are talking about ensuring that systems "
            "respect our privacy. Let us break down what this means for you and me.\n\nLed by the United States "
            "and co-sponsored by 122 countries, the resolution laid out three key goals.",
            "proposed",
            ("United States", "resolution on artificial intelligence"),
        ),
    ],
)
def test_the_kind_alone_is_the_instrument_of_that_kind_named_last(
    tmp_path: Path, body: str, relation: str, expected: tuple[str, str]
) -> None:
    assert expected in _statements(_graph(tmp_path, body), relation)


@pytest.mark.parametrize(
    ("body", "actor", "country"),
    [
        # Wikinews, "New South Wales decriminalizes abortion" (2019-09-27); the parser makes "Australia" the subject
        (
            "Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the Reproductive Health "
            "Care Reform Bill 2019 which decriminalized abortion. Until the new legislation, NSW had the most "
            "restrictive anti-abortion law in the country.",
            "Parliament of New South Wales",
            "Australia",
        ),
        # Written for this test after a Reuters report of the TPP signing (issue 12)
        (
            "The Legislative Assembly of Queensland, Australia, approved the Clean Air Act 2016 on Tuesday after "
            "a long debate in the chamber about the new rules.",
            "Legislative Assembly of Queensland",
            "Australia",
        ),
    ],
)
def test_a_country_after_a_comma_says_where_the_actor_is(tmp_path: Path, body: str, actor: str, country: str) -> None:
    actors = _actors(_graph(tmp_path, body), "adopted")
    assert actor in actors and country not in actors


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        # Wikinews, "Philippines' largest television network shut down by government" (2020-05-06)
        (
            "The last time the Philippine government ordered the network to shut down was during the martial "
            "law imposed by former Philippine President Ferdinand Marcos back in 1972.",
            "Ferdinand Marcos",
        ),
        # Written for this test after wire reports of South Korea, 3 December 2024
        (
            "South Korean President Yoon Suk Yeol imposed martial law on Tuesday night, accusing the opposition "
            "of anti-state activities.",
            "Yoon Suk Yeol",
        ),
    ],
)
def test_imposing_a_decision_issues_it(tmp_path: Path, body: str, actor: str) -> None:
    assert (actor, "martial law") in _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Conservative groups hold rally in Washington D.C. claiming U.S. elections were stolen" (2020-12)
        (
            "Former National Security Advisor Michael Flynn spoke at the rally. This was the first time Flynn made "
            "a public speech since he was pardoned by Trump.",
            ("Trump", "pardon of Michael Flynn"),
        ),
        # Written for this test after wire reports of 10 July 2020
        (
            "On Friday, President Donald Trump commuted the sentence of Roger Stone, his longtime adviser, days "
            "before Stone was to report to prison.",
            ("Donald Trump", "commutation of Roger Stone"),
        ),
    ],
)
def test_a_decision_a_verb_states_on_a_person_is_issued(tmp_path: Path, body: str, expected: tuple[str, str]) -> None:
    graph = _graph(tmp_path, body)
    assert expected in _statements(graph, "issued")
    assert expected[1] in {data["label"] for _, data in graph.nx.nodes(data=True) if data["type"] == vocab.AGREEMENT}


def test_a_decision_not_taken_is_no_instrument(tmp_path: Path) -> None:
    # Written for this test: negation by adverb (the verb's own `negated`)
    graph = _graph(tmp_path, "The governor did not pardon Michael Flynn, his spokesman said on Monday.")
    assert not _statements(graph, "issued")


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # Wikinews, "Ukrainian president rejects prime minister's resignation" (2020-01)
        (
            "Ukrainian President Volodymyr Zelensky rejected the resignation of Prime Minister Oleksiy Honcharuk "
            'on Friday. Zelensky said in a meeting with Honcharuk, "I decided to give you and your government a '
            'chance".',
            {"Volodymyr Zelensky", "Oleksiy Honcharuk"},
        ),
        # White House press briefing, October 2023 (the call's participant a pronoun)
        (
            "President Biden spent some time yesterday on the phone with President Sisi of Egypt.\n\nIn the call "
            "with Prime Minister Netanyahu, he did receive a commitment to open the crossing.",
            {"Biden", "Netanyahu"},
        ),
    ],
)
def test_talks_that_set_a_clause_are_held_by_its_subject(tmp_path: Path, body: str, pair: set[str]) -> None:
    assert any(set(edge) == pair for edge in _statements(_graph(tmp_path, body), "negotiated-with"))


@pytest.mark.parametrize(
    ("body", "relation", "actor"),
    [
        # Wikinews, "Hong Kong leader announces withdrawal of extradition bill" (2019-09-04)
        (
            "On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government will "
            "officially withdraw a proposed bill that would have allowed China to extradite accused criminals.",
            "withdrew-from",
            "Carrie Lam",
        ),
        # Written for this test after BBC copy of October 2019
        (
            "Prime Minister Boris Johnson said on Monday that his government would introduce the Withdrawal "
            "Agreement Bill this week.",
            "proposed",
            "Boris Johnson",
        ),
    ],
)
def test_a_government_owned_by_a_pronoun_is_its_leaders(tmp_path: Path, body: str, relation: str, actor: str) -> None:
    assert actor in _actors(_graph(tmp_path, body), relation)


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        # Wikinews, "Governor of Alabama signs bill banning almost all abortions" (2019-05-16)
        (
            "On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection "
            "Act, officially outlawing abortion in nearly all cases. This bill passed the Senate of the state on "
            "Tuesday.",
            "Alabama Senate",
        ),
        # Written for this test after ABC (Australia) copy of November 2017
        (
            "In the Australian state of Victoria, the state parliament passed the Voluntary Assisted Dying Bill "
            "on Wednesday after a marathon debate that lasted through the night.",
            "Victoria Parliament",
        ),
    ],
)
def test_a_body_of_the_state_is_the_one_state_the_article_names(tmp_path: Path, body: str, body_name: str) -> None:
    graph = _graph(tmp_path, body)
    adopters = _actors(graph, "adopted")
    assert body_name in adopters
    assert not {"United States Senate", "Parliament of Australia", "Australian Parliament"} & adopters


def test_a_body_of_the_state_names_none_where_the_article_names_no_state(tmp_path: Path) -> None:
    # Written for this test: two states named, so which state's senate is not said
    body = "Officials in Ohio and Texas said the state senate passed the Clean Water Act on Tuesday after a debate."
    graph = _graph(tmp_path, body)
    assert not {label for label in _actors(graph, "adopted") if "Senate" in label}


@pytest.mark.parametrize(
    ("body", "adopter"),
    [
        # Wikinews, "US House of Representatives impeaches President Trump" (2019-12-19)
        (
            "The United States House of Representatives impeached President Donald Trump on Wednesday. The "
            "House passed two articles of impeachment.",
            "United States House of Representatives",
        ),
        # Written for this test after congressional wire copy of January 2025
        (
            "Lawmakers in the United States House of Representatives debated immigration for a week. On "
            "Tuesday the House passed the Laken Riley Act with the votes of 48 Democrats.",
            "United States House of Representatives",
        ),
    ],
)
def test_a_bare_body_name_the_ner_tagged_is_the_body_the_article_named(tmp_path: Path, body: str, adopter: str) -> None:
    assert adopter in _actors(_graph(tmp_path, body), "adopted")


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # White House, "G7 Leaders' Statement on the Hiroshima AI Process" (2023-10-30), its curly apostrophe
        (
            "G7 Leaders’ Statement on the Hiroshima AI Process",
            "We, the Leaders of the Group of Seven (G7), stress the innovative opportunities and transformative "
            "potential of advanced Artificial Intelligence (AI) systems.",
            ("G7", "G7 Leaders’ Statement on the Hiroshima AI Process"),
        ),
        # Written for this test after coverage of the G20's virtual summit of March 2020
        (
            "Test story",
            "The G20 Leaders' Statement on the pandemic was published on Thursday after the virtual summit of "
            "the group ended.",
            ("G20", "G20 Leaders' Statement on the pandemic"),
        ),
    ],
)
def test_a_summit_statement_is_issued_by_its_group(
    tmp_path: Path, title: str, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _statements(_graph(tmp_path, body, title), "issued")


@pytest.mark.parametrize(
    ("body", "relation", "persons"),
    [
        # Wikinews, "Cyprus, Greece and Israel sign EastMed pipeline agreement" (2020-01)
        (
            "The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister Yuval "
            "Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos Hatzidakis, and "
            "Cypriot president Nicos Anastasiades and energy minister Georgios Lakkotrypis. The EastMed Agreement "
            "was signed by the energy ministers.",
            "signed",
            {"Yuval Steinitz", "Konstantinos Hatzidakis", "Georgios Lakkotrypis"},
        ),
        # Written for this test after Ahram Online copy of January 2020
        (
            "In Cairo, foreign minister Sameh Shoukry of Egypt received foreign minister Nikos Dendias of Greece. "
            "The foreign ministers rejected the memorandum of understanding between Turkey and Libya on maritime "
            "borders.",
            "opposed",
            {"Sameh Shoukry", "Nikos Dendias"},
        ),
    ],
)
def test_the_ministers_are_the_persons_named_with_that_title(
    tmp_path: Path, body: str, relation: str, persons: set[str]
) -> None:
    actors = _actors(_graph(tmp_path, body), relation)
    assert persons <= actors
    assert not {"Benjamin Netanyahu", "Kyriakos Mitsotakis", "Nicos Anastasiades"} & actors


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Sixteen US states sue Trump over national emergency declaration" (2019-02), reworded
        (
            "On Friday, President Trump declared a national emergency so he could begin the construction of "
            "additional wall along the border.",
            ("Trump", "national emergency"),
        ),
        # Written for this test after the WHO's statement of 30 January 2020
        (
            "The World Health Organization declared a public health emergency of international concern in January.",
            ("World Health Organization", "public health emergency of international concern"),
        ),
    ],
)
def test_declaring_an_emergency_issues_a_declaration(tmp_path: Path, body: str, expected: tuple[str, str]) -> None:
    assert expected in _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "relation", "actor", "full"),
    [
        # Wikinews, "Benin, Nigeria join African Union continental free trade bloc" (2019-07-10)
        (
            "On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the African "
            "Continental Free Trade Area (AfCFTA) agreement. Nigeria previously announced it planned to join the "
            "AfCFTA in the week leading up to the summit.",
            "signed",
            "Nigeria",
            "African Continental Free Trade Area",
        ),
        # Written for this test after wire copy of May 2018
        (
            "Iran and six world powers concluded the Joint Comprehensive Plan of Action (JCPOA) in Vienna in "
            "2015. On Tuesday the United States withdrew from the JCPOA, the president said.",
            "withdrew-from",
            "United States",
            "Joint Comprehensive Plan of Action",
        ),
    ],
)
def test_an_abbreviation_defined_for_an_instrument_names_it_alone(
    tmp_path: Path, body: str, relation: str, actor: str, full: str
) -> None:
    graph = _graph(tmp_path, body)
    assert actor in _actors(graph, relation)
    agreements = [d for _, d in graph.nx.nodes(data=True) if d["type"] == vocab.AGREEMENT]
    assert len(agreements) == 1  # the name and its abbreviation: one instrument
    assert not [d for _, d in graph.nx.nodes(data=True) if d["type"] == vocab.INSTITUTION and full in d["label"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Native American groups sue US state of Montana over ballot law" (2020-03-15); the parser
        # hangs "over ..." on "the state"
        (
            "On Thursday, the American Civil Liberties Union of Montana and Native American Rights Fund filed a "
            "lawsuit against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA), saying "
            "it would prevent many Native Americans from voting.",
            ("Native American Rights Fund", "Ballot Interference Prevention Act"),
        ),
        # Written for this test after Associated Press copy of May 2019
        (
            "Planned Parenthood filed a lawsuit against the Alabama Human Life Protection Act on Friday, a day "
            "after the governor signed it.",
            ("Planned Parenthood", "Alabama Human Life Protection Act"),
        ),
    ],
)
def test_bringing_a_legal_challenge_to_an_instrument_opposes_it(
    tmp_path: Path, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _statements(_graph(tmp_path, body), "opposed")


def test_a_lawsuit_not_filed_opposes_nothing(tmp_path: Path) -> None:
    # Written for this test: negation of the verb that brings the suit
    body = "Planned Parenthood did not file a lawsuit against the Alabama Human Life Protection Act on Friday."
    assert not _statements(_graph(tmp_path, body), "opposed")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Bangladesh reports five new deaths due to COVID-19, a daily highest" (2020-04-08, dev5)
        (
            "The World Health Organization declared COVID-19 a pandemic on March 11.",
            ("World Health Organization", "declaration of a pandemic"),
        ),
        # Written for this test after the WHO's briefing of 11 March 2020 ("to be")
        (
            "On Wednesday, the World Health Organization declared the outbreak of COVID-19 to be a pandemic, and "
            "officials urged countries to act.",
            ("World Health Organization", "declaration of a pandemic"),
        ),
        # Written for this test after New York wire copy (a small clause the parser reads without a verb)
        (
            "Governor Andrew Cuomo declared the county a disaster area after the floods.",
            ("Andrew Cuomo", "declaration of a disaster area"),
        ),
        # Wikinews, "Doctors Without Borders ... COVID-19" (2020, dev6): passive, announced, the agent hung on
        # the complement, the status quoted
        (
            'COVID-19 was previously announced to be a "pandemic" by the World Health Organization (WHO).',
            ("World Health Organization", "declaration of a pandemic"),
        ),
        # Written for this test after wire reports of the 2019 Ebola outbreak (the agent on "to be")
        (
            "The outbreak in Kinshasa was declared to be an epidemic by the Congolese Ministry of Health on Monday.",
            ("Congolese Ministry of Health", "declaration of an epidemic"),
        ),
    ],
)
def test_declaring_something_to_be_so_issues_a_declaration(
    tmp_path: Path, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _statements(_graph(tmp_path, body), "issued")


def test_declaring_what_is_so_in_a_quote_is_no_declaration(tmp_path: Path) -> None:
    # Wikinews, "US Supreme Court overturns fraud convictions in Kelly v. United States" (2020-05, dev5)
    body = (
        'Writing for the Court, Supreme Court Justice Elena Kagan declared in the majority opinion, "not every '
        'corrupt act by state or local officials is a federal crime."'
    )
    assert not _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Samoan government temporarily shuts down to fight measles epidemic" (2019-12, dev5)
        (
            "The Samoan government declared a state of emergency on November 15, shut down all schools as of "
            "November 17, and later banned children from public gatherings.",
            {("Samoa", "shutdown of all schools"), ("Samoa", "ban of children from public gatherings")},
        ),
        # Wikinews, "Former French president Jacques Chirac dies aged 86" (2019-09, dev5): a pronoun subject,
        # the office said by a relative clause earlier
        (
            "This morning Jacques Chirac, who served as President of France for twelve years, died at home. "
            "Chirac was mayor of Paris from 1977 to 1995. During his presidency he ended mandatory military "
            "service.",
            {("Jacques Chirac", "end of mandatory military service")},
        ),
        # Written for this test after wire reports of 4 March 2020 and 17 March 2020
        (
            "The Italian government on Wednesday closed all schools and universities until March 15. Ohio "
            "Governor Mike DeWine postponed the state's presidential primary election.",
            {
                ("Italy", "closure of all schools and universities"),
                ("Mike DeWine", "postponement of the state's presidential primary election"),
            },
        ),
        # Wikinews, "First foreigners die from coronavirus in Wuhan, China" (2020-02, dev6), and written for
        # this test after wire reports of 24 March 2020: the phrase after the thing is no part of its name
        (
            "The government of China has quarantined a number of cities over the virus. On Tuesday the Indian "
            "government locked down the whole country for 21 days.",
            {("China", "quarantine of a number of cities"), ("India", "lockdown of the whole country")},
        ),
        # Wikinews, "Bangladesh reports five new deaths due to COVID-19, a daily highest" (2020-04, dev5), and
        # written for this test after wire reports of 12 March 2020: passive, announced or by an agent
        (
            "On Saturday, Bangladeshi Road Transport and Bridges Minister Obaidul Quader said public transport "
            "would be shut down for longer than initially planned. All public schools in Ohio were closed by "
            "Governor Mike DeWine.",
            {
                ("Obaidul Quader", "shutdown of public transport"),
                ("Mike DeWine", "closure of all public schools"),
            },
        ),
        # Written for this test after wire reports of 28 March 2020 (the object itself is the decision)
        (
            "The Sri Lankan government imposed a nationwide curfew on Saturday.",
            {("Sri Lanka", "nationwide curfew")},
        ),
        # Wikinews, "Escape room fire kills five teen girls in Koszalin, Poland" (2019-01, dev7): ordered, with
        # where the thing is and who carries it out (no actor the order is about)
        (
            "Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across "
            "Poland by the State Fire Brigade.",
            {("Joachim Brudziński", "fire safety checks")},
        ),
        # Wikinews, "Iranian general Qasem Soleimani killed in US airstrike" (2020-01, dev), and written for
        # this test after wire reports of 29 April 2009
        (
            "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public mourning "
            "after the strike. The government of Egypt ordered the killing of all pigs in the country.",
            {("Sayyid Ali Hosseini Khamenei", "three days of public mourning"), ("Egypt", "killing of all pigs")},
        ),
        # Wikinews, "Second 2020 US presidential debate cancelled" (2020-10, dev7): announced as done (present
        # perfect passive), an event between actors
        (
            "The United States Commission on Presidential Debates announced on Friday the second presidential "
            "debate between US President Donald Trump and former US Vice President Joe Biden, which was slated "
            "for October 15, has been cancelled, citing COVID-19 safety concerns.",
            {("United States Commission on Presidential Debates", "cancellation of the second presidential debate")},
        ),
        # Written for this test after wire reports of February 2020 (Kenya, after Daniel arap Moi's death) and
        # August 2020 (Beirut): passive, by its agent; the name as in running text
        (
            "Three days of national mourning were declared by the government of Kenya. A curfew was imposed by "
            "the Lebanese government.",
            {("Kenya", "three days of national mourning"), ("Lebanon", "curfew")},
        ),
        # Written for this test after wire reports of March 2020
        (
            "The Ministry of Education of Kenya announced that all final examinations have been cancelled.",
            {("Ministry of Education", "cancellation of all final examinations")},
        ),
    ],
)
def test_what_an_office_rules_on_is_a_decision_it_issued(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of 4 March 2020 (Italy) and 14 March 2020 (Spain): a gerund
        # listed among the measures an office announces or introduces is a decision it took
        (
            "The Italian government announced new measures, including closing all schools and banning public "
            "gatherings.",
            {("Italy", "closure of all schools"), ("Italy", "ban of public gatherings")},
        ),
        (
            "The Spanish government introduced new restrictions on Sunday, such as closing all bars and restaurants.",
            {("Spain", "closure of all bars and restaurants")},
        ),
        # Written for this test: an organisation's, on what it runs
        ("Apple announced changes including closing all stores in China.", {("Apple", "closure of all stores")}),
        # Written for this test: not announced, only vowed
        ("The Greek government did not announce measures such as closing all schools.", set()),
        ("The Greek government vowed to announce measures including closing all schools.", set()),
    ],
)
def test_a_measure_listed_in_an_announcement_is_a_decision(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Escape room fire kills five teen girls in Koszalin, Poland" (2019-01, dev7): the parser
        # makes "Mayor" the subject, the name the object of its "of", and the day and the decision two adverbs
        (
            "Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.",
            {("Piotr Jedlinski", "day of mourning")},
        ),
        # Written for this test after South African wire reports of 2021
        (
            "President Cyril Ramaphosa declared Monday a national day of mourning for the victims.",
            {("Cyril Ramaphosa", "national day of mourning")},
        ),
    ],
)
def test_declaring_a_day_a_day_of_mourning_issues_it(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Escape room fire kills five teen girls in Koszalin, Poland" (2019-01, dev7): "he" in the
        # clause Brudziński writes is Brudziński, not the subject of the sentence's main clause (Duda)
        (
            'President Andrzej Duda said the victims were "joyful girls" in an "appalling tragedy" while Interior '
            "Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland.",
            {("Joachim Brudziński", "fire safety checks")},
        ),
        # Written for this test after New Zealand wire reports of 2020
        (
            'Prime Minister Jacinda Ardern said the victims were "our family" while Health Minister David Clark '
            "wrote he had ordered inspections of all care homes.",
            {("David Clark", "inspections of all care homes")},
        ),
    ],
)
def test_he_in_a_reported_clause_is_its_reporter(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Escape room fire kills five teen girls in Koszalin, Poland" (2019-01, dev7): two orders of
        # one minister are two decisions, each also named with where it applies
        (
            "Interior Minister Joachim Brudziński ordered fire safety checks on escape rooms across Poland by the "
            "State Fire Brigade. Brudzinski also ordered the installation of safety improvements at the facilities.",
            {
                ("fire safety checks", "fire safety checks on escape rooms across Poland"),
                ("installation of safety improvements", "installation of safety improvements at the facilities"),
            },
        ),
        # Written for this test after Texas wire reports of March 2020 (not when: "in March")
        (
            "Governor Greg Abbott ordered the inspection of all nursing homes in Texas. He also ordered the closure "
            "of all bars in March.",
            {
                ("inspection of all nursing homes", "inspection of all nursing homes in Texas"),
                ("closure of all bars", None),
            },
        ),
    ],
)
def test_an_ordered_decision_is_also_named_with_where_it_applies(
    tmp_path: Path, body: str, expected: set[tuple[str, str | None]]
) -> None:
    nodes = [data for _, data in _graph(tmp_path, body).nx.nodes(data=True) if data["type"] == vocab.AGREEMENT]
    placed = {
        (data["label"], next((a for a in data.get("aliases", ()) if a.startswith(data["label"] + " ")), None))
        for data in nodes
    }
    assert placed == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Samoan government temporarily shuts down to fight measles epidemic" (2019-12, dev5)
        (
            "On Thursday, the government of Samoa began a planned two-day shutdown to fight the measles epidemic.",
            {("Samoa", "planned two-day shutdown")},
        ),
        # Wikinews, "Serbian protesters try to storm Parliament" (2020-07, dev5): the noun modifying "measures"
        (
            "Protests have been taking place in Belgrade after the Serbian government announced new lockdown measures.",
            {("Serbia", "new lockdown measures")},
        ),
        # Wikinews, COVID-19 digest (2020-04), and written for this test after wire reports of 22 March 2020
        (
            "On Thursday, Sergei Sobyanin, the mayor of Moscow, extended the city lockdown to May 1. The Indian "
            "government introduced a nationwide curfew on Sunday.",
            {("Sergei Sobyanin", "city lockdown"), ("India", "nationwide curfew")},
        ),
        # Written for this test after wire reports of 17 and 23 March 2020: what it is on names it, not
        # when it starts
        (
            "The Spanish government announced a moratorium on evictions. The Greek government announced a "
            "lockdown on Monday.",
            {("Spain", "moratorium on evictions"), ("Greece", "lockdown")},
        ),
        # Written for this test after wire reports of 5 November 2020 and 9 March 2020: passive, by its agent
        # or by the office announcing it
        (
            "A two-week lockdown was announced by the Greek government on Monday. Prime Minister Giuseppe Conte "
            "said a national lockdown would be introduced on Tuesday.",
            {("Greece", "two-week lockdown"), ("Giuseppe Conte", "national lockdown")},
        ),
    ],
)
def test_a_decision_an_office_takes_by_its_noun_is_issued(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    "body",
    [
        # Written for this test: a company is no office; not done; no decision noun
        "Apple announced the cancellation of its developer conference.",
        "The Italian government did not announce a lockdown of the northern regions.",
        "The Samoan government began a vaccination campaign on Monday.",
        # Written for this test: passive with no office behind it
        "A curfew was introduced in the city after the riots.",
    ],
)
def test_a_decision_noun_no_office_takes_is_no_instrument(tmp_path: Path, body: str) -> None:
    assert not _statements(_graph(tmp_path, body), "issued")


def test_a_decision_a_verb_states_keeps_its_words_as_a_name(tmp_path: Path) -> None:
    # Wikinews, "Samoan government temporarily shuts down to fight measles epidemic" (2019-12, dev5)
    body = "The Samoan government shut down all schools as of November 17."
    graph = _graph(tmp_path, body)
    names = {
        (data["label"], *data.get("aliases", ()))
        for _, data in graph.nx.nodes(data=True)
        if data["type"] == vocab.AGREEMENT
    }
    assert names == {("shutdown of all schools", "shut down all schools")}


@pytest.mark.parametrize(
    "body",
    [
        # Wikinews, "Elizabeth Warren ends 2020 US presidential bid" (2020-03): the subject's own campaign
        "Senator Elizabeth Warren suspended her campaign on Thursday.",
        # Wikinews, "UK asks US to waive diplomatic immunity ..." (2019-10, dev2): asked, not done
        "Prime Minister Boris Johnson joined the calls by officials asking the United States to waive diplomatic "
        "immunity for Anne Sacoolas.",
        # Wikinews, prorogation (2019-09, dev): done to a body, not a thing ruled on
        "Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the prime minister.",
        # Wikinews, "Iran fires missiles at US bases in Iraq" (2020-01, dev): a bare noun says no decision
        "The United States Embassy in Iraq had suspended operations.",
        # Written for this test: negated
        "The Indian government did not ban public gatherings in Delhi.",
        # Written for this test: a fact reported, not a decision announced
        "Governor Mike DeWine said the roads were closed after the storm.",
        # White House press briefing, 2023 (a promise, and a question of what would be): not decided
        "The former president vowed to shut down the public health programs. Does that mean that President "
        "Biden would shut down the southern border programs?",
        # Wikinews, "2020 US presidential debate" (2020-10): wanted, and said by another
        "Trump accused Biden of previously saying he wanted to ban hydraulic fracturing.",
        # White House press briefing, 2023: a gerund after a preposition states no act
        "The United States has lost too many children. When it comes to banning assault weapons, the "
        "Republicans in Congress come up with excuses.",
        # Written for this test: a party is no office, and these conventions it does not call its own
        "The Republican Party of Nevada ended all county conventions.",
        # Wikinews, "US President Trump grants eleven people clemency" (2020-02), and written for this test:
        # a court rules, it takes no office's decision (GUIDELINES.md, Courts)
        "The Court of Appeals for the Second Circuit vacated his conviction and ordered a new trial.",
        "The Supreme Court of the United Kingdom ordered the release of all documents.",
        # Written for this test: a company orders goods
        "Supermarket chain Coles ordered bigger packages from suppliers.",
        # Wikinews (2019-2020, dev sets): what an office cancels of its own
        "The Seoul government said Mayor Park Won-soon had cancelled his entire Thursday schedule.",
        "According to a memo posted online by Senator Juan Dalmau, the Senate of Puerto Rico cancelled its "
        "planned hearing.",
        # Written for this test: a fact of the past, not announced as done
        "Governor Andrew Cuomo said the bridges were cancelled from the plan in 2010.",
    ],
)
def test_what_is_no_office_decision_is_no_instrument(tmp_path: Path, body: str) -> None:
    assert not _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Sixteen states sue U.S. President Trump to stop declaration of emergency for border wall"
        # (2019-02, dev)
        (
            "On Friday, the United States Congress approved a budget authorizing funding with about a quarter as "
            "much money as the president had requested for a border wall.",
            ("adopted", "United States Congress", "budget authorizing funding"),
        ),
        # Written for this test after wire reports of April 2020
        (
            "President Donald Trump signed a proclamation suspending entry of immigrants.",
            ("issued", "Donald Trump", "proclamation suspending entry of immigrants"),
        ),
    ],
)
def test_an_instrument_the_parser_reads_as_a_participles_modifier_is_one(
    tmp_path: Path, body: str, expected: tuple[str, str, str]
) -> None:
    relation, actor, instrument = expected
    assert _statements(_graph(tmp_path, body), relation) == {(actor, instrument)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of March 2020 (India) and of August 2017 (Kenya): a ban on a
        # thing is a measure an office issues
        (
            "The Indian government imposed a ban on exports of face masks.",
            {("issued", "India", "ban on exports of face masks")},
        ),
        (
            "The Kenyan government imposed a ban on plastic bags.",
            {("issued", "Kenya", "ban on plastic bags")},
        ),
        # Written for this test after wire reports of May 2019: a ban on an actor sanctions it
        ("The United States imposed a ban on Huawei.", {("sanctioned", "United States", "Huawei")}),
    ],
)
def test_a_ban_on_a_thing_is_a_measure_and_on_an_actor_a_sanction(
    tmp_path: Path, body: str, expected: set[tuple[str, str, str]]
) -> None:
    graph = _graph(tmp_path, body)
    found = {(r, a, o) for r in ("issued", "sanctioned") for a, o in _statements(graph, r)}
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of March 2020 (the EU) and of October 1973 (OPEC): an
        # organisation of states decides as a state does, its own things public ones
        (
            "The European Union closed its external borders on Tuesday.",
            {("European Union", "closure of the external borders")},
        ),
        ("OPEC imposed a ban on exports of crude oil in 1973.", {("OPEC", "ban on exports of crude oil")}),
    ],
)
def test_an_organisation_of_states_decides_as_a_state(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of March 2020 (New Zealand) and of 2021 (Kabul): a nation's
        # own things are public ones
        (
            "New Zealand closed its borders to all foreigners on Thursday. The United States closed its embassy in "
            "Kabul on Monday.",
            {("New Zealand", "closure of the borders"), ("United States", "closure of the embassy")},
        ),
        # Written for this test after wire reports of January 2020 and of March 2020 (Lombardy): a named place
        (
            "The Chinese government locked down Wuhan on January 23. Two weeks later, Italy locked down Lombardy.",
            {("China", "lockdown of Wuhan"), ("Italy", "lockdown of Lombardy")},
        ),
    ],
)
def test_a_nation_rules_on_its_own_things_and_on_named_places(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of March 2020 (New York, India)
        (
            "Governor Andrew Cuomo ordered all non-essential businesses to close.",
            {("Andrew Cuomo", "order for all non-essential businesses to close")},
        ),
        (
            "The Indian government ordered residents to stay at home for 21 days.",
            {("India", "order for residents to stay at home for 21 days")},
        ),
        # Wikinews, "Philippines' largest television network shut down by government" (2020-05, dev4): one actor
        # told is an act on it; and written for this test: the office's own staff, one body
        ("The last time the Philippine government ordered the network to shut down was in 1972.", set()),
        ("Trump ordered his staff to delay the aid. President Trump ordered the military to withdraw.", set()),
        # White House fact sheet, 2023-07-21: what an instrument directs is the instrument's content
        (
            "President Biden signed an Executive Order that directs federal agencies to root out bias in the design "
            "and use of new technologies.",
            {("Biden", "Executive Order")},
        ),
    ],
)
def test_what_an_office_orders_a_class_to_do_is_an_order_it_issued(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Arizona, Florida, Illinois hold 2020 US presidential primaries; Ohio postpones" (2020-03, dev5)
        (
            "In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike DeWine postponed it, "
            "citing the health crisis.",
            {("Mike DeWine", "postponement of the primary election")},
        ),
        # Written for this test after wire reports of March 2020 (Chile): in the sentence before
        (
            "The election was scheduled for April 5. On Monday, the Chilean government postponed it until October.",
            {("Chile", "postponement of the election")},
        ),
        # Written for this test: "it" stands for a body, and a body is no thing ruled on
        ("The Parliament of Tunisia met on Monday. The next day, President Kais Saied suspended it.", set()),
    ],
)
def test_it_as_what_an_office_rules_on_is_the_thing_before(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Turkish government stops search of survivors of Aegean Sea earthquake off Izmir" (2020-11, dev8)
        (
            "On Wednesday, the Turkish government declared they were officially ending the search of survivors of "
            "the earthquake in the Aegean Sea.",
            ("Turkey", "end of the search of survivors of the earthquake"),
        ),
        # Written for this test after wire reports of March 2020
        (
            "Kenya's Ministry of Education announced on Sunday that they were closing all schools.",
            ("Ministry of Education", "closure of all schools"),
        ),
    ],
)
def test_an_office_announcing_what_they_do_takes_the_decision(
    tmp_path: Path, body: str, expected: tuple[str, str]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "National Basketball Association suspends season due to COVID-19 concerns" (2020-03, dev8):
        # what an organisation runs is all it decides on; a name set beside the thing names it
        (
            "On Wednesday, the United States' National Basketball Association (NBA) suspended its professional "
            "basketball season due to concerns regarding COVID-19. The United States' other major basketball "
            "organization, the National Collegiate Athletic Association, which runs college basketball, has "
            "cancelled its own tournament, March Madness, for both men's and women's leagues.",
            {
                ("National Basketball Association", "suspension of the professional basketball season"),
                ("National Collegiate Athletic Association", "cancellation of March Madness"),
            },
        ),
        # Written for this test after wire reports of March 2020: a league, a company and an airline; announced
        # as to be done
        (
            "Major League Soccer suspended its season for 30 days on Thursday. Apple closed its retail stores "
            "outside Greater China on Saturday. Lufthansa suspended its flights to Milan until April 3. The "
            "International Olympic Committee announced the Tokyo Olympics would be postponed to 2021.",
            {
                ("Major League Soccer", "suspension of the season"),
                ("Apple", "closure of the retail stores"),
                ("Lufthansa", "suspension of the flights"),
                ("International Olympic Committee", "postponement of the Tokyo Olympics"),
            },
        ),
    ],
)
def test_an_organisation_decides_on_what_it_runs(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "National Basketball Association suspends season due to COVID-19 concerns" (2020-03, dev8)
        (
            "On Wednesday, the United States' National Basketball Association (NBA) suspended its professional "
            "basketball season due to concerns regarding COVID-19. The NBA's decision followed a Utah Jazz "
            "player testing positive for the COVID-19 virus.",
            "NBA's decision",
        ),
        # Written for this test after Wikinews, "Arizona, Florida, Illinois hold 2020 US presidential primaries;
        # Ohio postpones" (2020-03, dev5): a reference by "by", in another paragraph
        (
            "Governor Mike DeWine postponed the Ohio primary, citing the health crisis.\n\nVoters criticized the "
            "decision by DeWine on Tuesday.",
            "decision by DeWine",
        ),
    ],
)
def test_a_decision_referred_to_by_its_taker_is_that_decision(tmp_path: Path, body: str, expected: str) -> None:
    graph = _graph(tmp_path, body)
    names = [(d["label"], *d.get("aliases", ())) for _, d in graph.nx.nodes(data=True) if d["type"] == vocab.AGREEMENT]
    assert len(names) == 1
    assert expected in names[0]


def test_a_decision_referred_to_by_its_taker_is_what_it_adopted(tmp_path: Path) -> None:
    # Written for this test after Wikinews, "US House holds Barr, Ross in contempt of Congress" (2019-07, dev4),
    # and "Iraqi Parliament votes for expulsion of US troops" (2020-01, dev): the adopted text is the decision
    body = (
        "The United States Senate adopted the resolution on Monday. Kerri Kupec, a spokeswoman for the "
        "Department of Justice, sharply criticized the Senate's decision."
    )
    graph = _graph(tmp_path, body)
    assert _actors(graph, "opposed") == {"Kerri Kupec"}
    assert _statements(graph, "adopted") == {("United States Senate", next(iter(_statements(graph, "opposed")))[1])}


@pytest.mark.parametrize(
    "body",
    [
        # Wikinews, "Former US Supreme Court Justice John Paul Stevens dies at 99" (2019-07): no decision before
        "The court's decision cannot be appealed.",
        # Wikinews, "WHO declares COVID-19 a pandemic" (2020-03, dev5): a decision with content of its own
        "The new status as a pandemic follows the WHO's decision in January to declare the outbreak a public "
        "health emergency.",
        # Written for this test: the decision is another actor's
        "Governor Mike DeWine postponed the Ohio primary. Senator Sherrod Brown's decision came later.",
    ],
)
def test_a_reference_to_no_decision_of_its_taker_is_nothing(tmp_path: Path, body: str) -> None:
    graph = _graph(tmp_path, body)
    names = [
        n
        for _, d in graph.nx.nodes(data=True)
        if d["type"] == vocab.AGREEMENT
        for n in (d["label"], *d.get("aliases", ()))
    ]
    assert not [n for n in names if "decision" in n]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "Serbian protesters try to storm Parliament; fourth day of protests" (2020-07, dev5), with
        # restrictions for its measures ("measures" alone are too often a thing's features or a goal)
        (
            "Friday night was the fourth night in a row that Serbians protested. Criticism within Serbia has grown. "
            "Protests have been taking place since Tuesday in Belgrade after the government announced new curfew "
            "restrictions.",
            ("Serbia", "curfew restrictions"),
        ),
        # Written for this test after wire reports of March 2020 (Israel named twice, no other nation)
        (
            "Israel confirmed 200 new cases on Sunday. Hospitals across Israel were put on alert, and on Monday "
            "the government imposed travel restrictions.",
            ("Israel", "travel restrictions"),
        ),
    ],
)
def test_the_government_of_a_story_about_one_nation_is_that_nation(
    tmp_path: Path, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _statements(_graph(tmp_path, body), "issued")


def test_the_government_of_a_story_about_several_nations_is_none(tmp_path: Path) -> None:
    # Written for this test: two nations named as often, so "the government" says not whose
    body = (
        "Israel and Egypt held talks in Cairo. Israel and Egypt agreed to meet again. On Monday the government "
        "imposed travel restrictions."
    )
    assert not _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "relation", "expected"),
    [
        # Wikinews, "Burundi President Pierre Nkurunziza dies aged 55" (2020-06, dev5): "government officials" of
        # a story about one nation, then "they"
        (
            "Pierre Nkurunziza, the President of Burundi, died at the age of 55 on Monday. The government of Burundi "
            "announced his death. He suffered a cardiac arrest on Monday and died, government officials stated. "
            "They also declared seven days of national mourning.",
            "issued",
            {("Burundi", "seven days of national mourning")},
        ),
        # Written for this test after wire reports of 6 August 2020: "they" for two coordinated subjects
        (
            "Egypt and Greece signed the Egypt-Greece Maritime Boundary Agreement in Cairo on Thursday. They also "
            "signed the Cairo Energy Memorandum.",
            "signed",
            {("Egypt", "Cairo Energy Memorandum"), ("Greece", "Cairo Energy Memorandum")},
        ),
    ],
)
def test_they_is_the_plural_subject_before_it(
    tmp_path: Path, body: str, relation: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _statements(_graph(tmp_path, body), relation)


def test_they_for_people_who_are_no_actors_is_no_one(tmp_path: Path) -> None:
    # Wikinews, "Serbian protesters try to storm Parliament" (2020-07, dev5), shortened: "they" are protesters
    body = (
        "Serbia and Hungary announced a curfew, and thousands of protesters gathered in Belgrade on Friday. "
        "They also opposed the Serbian Lockdown Act."
    )
    assert not _statements(_graph(tmp_path, body), "opposed")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "John Hickenlooper ends 2020 presidential bid" (2019-08, dev5), another instrument named
        (
            "John Hickenlooper had notably come out against the Green New Deal." + PLAIN,
            ("John Hickenlooper", "opposed"),
        ),
        # Written for this test after wire reports of 19 December 2021
        (
            "Senator Joe Manchin came out against the Build Back Better Act on Sunday." + PLAIN,
            ("Joe Manchin", "opposed"),
        ),
        # Written for this test after UK wire reports of 2019
        (
            "The Conservative MP Steve Baker campaigned against the Brexit Withdrawal Agreement." + PLAIN,
            ("Steve Baker", "opposed"),
        ),
        # Written for this test after wire reports of 2022
        (
            "Senator Susan Collins spoke out in favor of the Equality Act." + PLAIN,
            ("Susan Collins", "supported"),
        ),
    ],
)
def test_taking_a_side_in_public_with_a_preposition(tmp_path: Path, body: str, expected: tuple[str, str]) -> None:
    assert _has(_triples(_graph(tmp_path, body)), *expected)


@pytest.mark.parametrize(
    ("provider", "body", "outlet"),
    [
        # Wikinews, "Wikinews interviews Howie Hawkins ..." (2020), not in any evaluation set
        (
            "{name: Wikinews, domain: en.wikinews.org}",
            "Green Party nominee Howie Hawkins spoke with Wikinews.",
            "Wikinews",
        ),
        # Written for this test after Reuters copy: the outlet named by its domain only
        ("{domain: www.reuters.com}", "Foreign Minister Sergei Lavrov told Reuters the talks would go on.", "Reuters"),
    ],
)
def test_the_articles_own_publisher_is_no_actor(tmp_path: Path, provider: str, body: str, outlet: str) -> None:
    path = tmp_path / "article.md"
    path.write_text(f'---\ntitle: "Interview"\nwebUrl: "https://x.example/a"\nprovider: {provider}\n---\n{body}\n')
    graph = build_graph([path]).graph
    assert outlet not in {data["label"] for _, data in graph.nx.nodes(data=True) if data["type"] == vocab.INSTITUTION}
    assert not _statements(graph, "negotiated-with")


def test_another_outlet_named_in_the_text_is_an_institution(tmp_path: Path) -> None:
    # GUIDELINES.md: an outlet cited as a source is an Institution (an Example News article citing Reuters)
    graph = _graph(tmp_path, "Foreign Minister Sergei Lavrov told Reuters the talks would go on.")
    assert "Reuters" in {data["label"] for _, data in graph.nx.nodes(data=True) if data["type"] == vocab.INSTITUTION}


@pytest.mark.parametrize(
    "body",
    [
        # Wikinews 2019, a gun-law study (in no evaluation set): a researcher's finding, no decision
        "Boston University professor Michael Siegel declared the state's gun laws to be the strongest single "
        "predictor of deaths." + PLAIN,
        # Written for this test: a commentator is no office
        "The columnist Maureen Dowd declared the summit a failure." + PLAIN,
    ],
)
def test_what_no_office_declares_is_no_declaration(tmp_path: Path, body: str) -> None:
    assert not _statements(_graph(tmp_path, body), "issued")


@pytest.mark.parametrize(
    ("body", "own", "met"),
    [
        # White House, "U.S.-Singapore Critical and Emerging Technology Dialogue: Joint Vision Statement" (2023-10)
        (
            "Building on the March 2022 meeting between U.S. President Joseph R. Biden, Jr. and Prime Minister of "
            "the Republic of Singapore Lee Hsien Loong, the United States and Singapore resolve to take bold new "
            "steps forward." + PLAIN,
            [("Joseph R. Biden", "United States"), ("Lee Hsien Loong", "Singapore")],
            ("Joseph R. Biden", "Lee Hsien Loong"),
        ),
        # Written for this test after wire reports of 5 March 2020
        (
            "On Thursday there was a meeting between Russia's President Vladimir Putin and Turkey's President "
            "Recep Tayyip Erdogan in Moscow." + PLAIN,
            [("Vladimir Putin", "Russia"), ("Recep Tayyip Erdogan", "Turkey")],
            ("Vladimir Putin", "Recep Tayyip Erdogan"),
        ),
    ],
)
def test_no_one_meets_the_nation_of_their_own_title(
    tmp_path: Path, body: str, own: list[tuple[str, str]], met: tuple[str, str]
) -> None:
    pairs = {frozenset(pair) for pair in _statements(_graph(tmp_path, body), "negotiated-with")}
    assert frozenset(met) in pairs
    assert not pairs & {frozenset(pair) for pair in own}


@pytest.mark.parametrize(
    "body",
    [
        # White House press briefing, 2023-04-04 (a reporter's question)
        "Q Is the administration preparing for Chinese military drills in the event of the Taiwanese President's "
        "meeting with Speaker Kevin McCarthy tomorrow?",
        # Written for this test after Wikinews interview copy: a question inside a quote
        'The reporter asked, "Did Japan sign the Tokyo Convention on Ocean Plastics?"' + PLAIN,
    ],
)
def test_a_question_states_nothing(tmp_path: Path, body: str) -> None:
    assert not _triples(_graph(tmp_path, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of 8 May 2018
        (
            "In May 2018 President Donald Trump scrapped the Joint Comprehensive Plan of Action." + PLAIN,
            ("Donald Trump", "Joint Comprehensive Plan of Action"),
        ),
        # Written for this test after TASS and Reuters reports of June 2021
        ("Russia renounced the Treaty on Open Skies in 2021." + PLAIN, ("Russia", "Treaty on Open Skies")),
        # Written for this test after White House statements of August 2019
        (
            "The United States terminated the Intermediate-Range Nuclear Forces Treaty on Friday." + PLAIN,
            ("United States", "Intermediate-Range Nuclear Forces Treaty"),
        ),
    ],
)
def test_scrapping_renouncing_or_terminating_an_instrument_withdraws_from_it(
    tmp_path: Path, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _statements(_graph(tmp_path, body), "withdrew-from")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of 23 January 2024
        (
            "On Tuesday the Turkish Parliament approved the Protocol on the Accession of Sweden to NATO." + PLAIN,
            ("Grand National Assembly of Turkey", "ratified"),
        ),
        # Written for this test after US Senate records of 27 October 1990
        (
            "The United States Senate approved the Convention against Torture in October 1990." + PLAIN,
            ("United States Senate", "ratified"),
        ),
        # Wikinews-style copy: approving a bill stays adopting it
        ("The Kenyan parliament approved the Finance Bill 2024 on Tuesday." + PLAIN, ("Kenyan Parliament", "adopted")),
    ],
)
def test_approving_a_treaty_ratifies_it(tmp_path: Path, body: str, expected: tuple[str, str]) -> None:
    assert _has(_triples(_graph(tmp_path, body)), *expected)


@pytest.mark.parametrize(
    ("source", "body"),
    [
        # Wikinews 2019 (the Supreme Court on the prorogation of Parliament)
        (
            "wikinews",
            "The Supreme Court ruled that the prorogation was unlawful. This means that the Order in Council to which"
            " it led was also unlawful, void and of no effect.",
        ),
        (
            "constructed",  # in the form of an AP report on a truce
            "Mediators from Egypt brokered a truce in May. Egypt said the peace agreement to which it led was fragile.",
        ),
    ],
)
def test_a_noun_a_clause_reaches_through_a_preposition_is_not_its_object(
    tmp_path: Path, source: str, body: str
) -> None:
    # "the agreement to which it led": leading to an instrument is not proposing it
    assert not _statements(_graph(tmp_path, body + PLAIN), "proposed"), source


def test_a_clause_through_its_preposition_still_reads_that_preposition(tmp_path: Path) -> None:
    # Wikinews-style: "from which X withdrew" is withdrawing from the noun
    body = "The Paris Agreement, from which the United States withdrew in 2020, sets targets for emissions."
    assert ("United States", "Paris Agreement") in _statements(_graph(tmp_path, body + PLAIN), "withdrew-from")


@pytest.mark.parametrize(
    ("source", "body", "maker", "instrument"),
    [
        # Wikinews 2020 (Belarus protests): a plural of one maker is those instruments, though "all" comes first
        (
            "wikinews",
            "The opposition wants to cancel all amendments issued by the current president, Alexander Lukashenko,"
            " since 1995.",
            "Alexander Lukashenko",
            "amendments issued by the current president",
        ),
        (
            "constructed",  # in the form of a New York Times report on deregulation
            "Lawmakers voted to repeal the regulations issued by the Environmental Protection Agency in 2019.",
            "Environmental Protection Agency",
            "regulations issued by the Environmental Protection Agency",
        ),
    ],
)
def test_instruments_named_by_their_maker_are_issued_by_it(
    tmp_path: Path, source: str, body: str, maker: str, instrument: str
) -> None:
    assert (maker, instrument) in _statements(_graph(tmp_path, body + PLAIN), "issued"), source


@pytest.mark.parametrize(
    ("source", "body", "relation", "actor"),
    [
        # after Wikinews 2019 (Boris Johnson's profile): a stance taken by resigning
        (
            "wikinews",
            "Boris Johnson resigned as foreign secretary in 2018 in protest against Theresa May's Brexit agreement.",
            "opposed",
            "Boris Johnson",
        ),
        (
            "constructed",  # in the form of a Reuters report on trade votes
            "Senator Elizabeth Warren spoke in opposition to the Trans-Pacific Partnership agreement on Tuesday.",
            "opposed",
            "Elizabeth Warren",
        ),
        # Wikinews 2020 (Iraq): a parliament voting in support of a resolution adopts it
        (
            "wikinews",
            "The Iraqi Parliament voted in support of a resolution to expel United States troops.",
            "adopted",
            "Iraqi Parliament",
        ),
    ],
)
def test_a_stance_taken_in_protest_or_support_of_an_instrument(
    tmp_path: Path, source: str, body: str, relation: str, actor: str
) -> None:
    assert actor in _actors(_graph(tmp_path, body + PLAIN), relation), source


def test_a_participle_of_unclear_doer_takes_no_stance(tmp_path: Path) -> None:
    # Wikinews 2019: "him" resigned, not May, but the participle hangs on May's verb
    body = (
        "Theresa May appointed him Foreign Secretary, which he served as until 2018, resigning in protest to May's"
        " negotiated Brexit agreement."
    )
    assert not _statements(_graph(tmp_path, body + PLAIN), "opposed")


@pytest.mark.parametrize(
    ("source", "body", "parties"),
    [
        # Wikinews 2020 (Tesco's Polish stores): an agreement announced as "their" own is theirs
        (
            "wikinews",
            "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group announced their agreement"
            " over selling a large portion of Tesco's Polish operation to Salling Group.",
            {"Tesco", "Salling Group"},  # the parser hangs "Tesco and" inside Salling Group's description
        ),
        (
            "constructed",  # in the form of a Reuters report on bank deals: the same misparse
            "On Friday, US-based bank Citigroup and Swiss-based lender Credit Suisse Group announced their agreement"
            " on the sale of the unit.",
            {"Citigroup", "Credit Suisse Group"},
        ),
        (
            "constructed",  # in the form of an AP report (August 2020)
            "Israel and the United Arab Emirates announced their peace agreement on Thursday, officials said.",
            {"Israel", "United Arab Emirates"},
        ),
    ],
)
def test_an_agreement_announced_as_their_own_is_signed_by_them(
    tmp_path: Path, source: str, body: str, parties: set[str]
) -> None:
    graph = _graph(tmp_path, body + PLAIN)
    assert parties <= _actors(graph, "signed") and not _actors(graph, "proposed") & parties, source


@pytest.mark.parametrize(
    "body",
    [
        # in the form of a Reuters report on EU trade policy
        "The European Union announced its proposal for a new trade agreement with Japan.",
        # in the form of a Wikinews report on the Iran talks
        "Negotiators resumed talks on a trade agreement with Japan on Monday.",
    ],
)
def test_an_instrument_still_to_come_has_no_party_yet(tmp_path: Path, body: str) -> None:
    assert "Japan" not in _actors(_graph(tmp_path, body + PLAIN), "signed")


@pytest.mark.parametrize(
    ("source", "body", "actor", "wanted"),
    [
        # Wikinews 2020 (Tesco): leaving a joint venture withdraws from it
        (
            "wikinews",
            "Tesco announced leaving its joint venture with China Resources Holdings in February.",
            "Tesco",
            True,
        ),
        ("constructed", "The United States left the Paris Agreement in November 2020.", "United States", True),
        # what state an instrument is left in is no withdrawal
        ("constructed", "The new government of Italy left the agreement in place.", "Italy", False),
    ],
)
def test_leaving_an_instrument_withdraws_from_it(
    tmp_path: Path, source: str, body: str, actor: str, wanted: bool
) -> None:
    assert (actor in _actors(_graph(tmp_path, body + PLAIN), "withdrew-from")) is wanted, source


@pytest.mark.parametrize(
    ("source", "body", "relation", "wanted"),
    [
        # Wikinews 2020 (the Aegean earthquake): the leaders of the two countries named before
        (
            "wikinews",
            "Turkey and Greece had earlier had poor relations over disputed resources in the Mediterranean, but the"
            " leaders of the two countries spoke by telephone on Friday night.",
            "negotiated-with",
            {("Turkey", "Greece")},
        ),
        (
            "constructed",  # in the form of a Yonhap report
            "Japan and South Korea resumed talks on Monday. The two countries signed a trade agreement on Tuesday.",
            "signed",
            {("Japan", "trade agreement"), ("South Korea", "trade agreement")},
        ),
        (
            "constructed",  # in the form of a White House readout
            "President Biden hosted Prime Minister Kishida at the White House. The two leaders signed a joint"
            " statement on Friday.",
            "signed",
            {("Biden", "joint statement"), ("Kishida", "joint statement")},
        ),
    ],
)
def test_a_counted_group_refers_back_to_the_actors_named_before(
    tmp_path: Path, source: str, body: str, relation: str, wanted: set[tuple[str, str]]
) -> None:
    found = _statements(_graph(tmp_path, body + PLAIN), relation)
    assert wanted <= found | {(b, a) for a, b in found}, (source, found)


def test_a_counted_group_of_other_number_than_named_is_no_one(tmp_path: Path) -> None:
    # three countries named, "both countries": which two is not said
    body = "China said the United States, Britain and France were to blame. Both countries rejected the resolution."
    assert not _statements(_graph(tmp_path, body + PLAIN), "opposed")


@pytest.mark.parametrize(
    ("source", "body", "relation", "actor"),
    [
        # Wikinews 2019 (the papal decree on reporting abuse): "the Pope" is the one person named so
        (
            "wikinews",
            "On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses. The decree signed"
            " by the Pope reads that crimes of sexual abuse offend Our Lord.",
            "issued",
            "Francis",
        ),
        (
            "constructed",  # in the form of an AP report from Columbus, Ohio
            "Governor Mike DeWine spoke to reporters on Monday. Hours later, the executive order was issued by the"
            " governor.",
            "issued",
            "Mike DeWine",
        ),
    ],
)
def test_a_title_alone_refers_back_to_the_one_person_named_with_it(
    tmp_path: Path, source: str, body: str, relation: str, actor: str
) -> None:
    assert actor in _actors(_graph(tmp_path, body + PLAIN), relation), source


@pytest.mark.parametrize(
    ("source", "body", "other"),
    [
        # Wikinews 2019 (Polish abuse story): "the leader of ..." with its own holder named is not the
        # "Polish leader" named before
        (
            "wikinews",
            "Polish leader Jaroslaw Kaczynski spoke on Monday. On Thursday, the leader of Roman Catholic"
            " Christianity, Pope Francis, imposed a law mandating Catholic priests and nuns to report abuse.",
            "Jaroslaw Kaczynski",
        ),
        # AP-style copy: "the governor of another state" is not the governor named before
        (
            "ap",
            "Governor Mike DeWine spoke on Monday. The governor of Kentucky, Andy Beshear, issued an executive order"
            " closing schools.",
            "Mike DeWine",
        ),
    ],
)
def test_a_title_with_its_own_holder_or_owner_is_not_the_one_named_before(
    tmp_path: Path, source: str, body: str, other: str
) -> None:
    assert other not in _actors(_graph(tmp_path, body + PLAIN), vocab.ISSUED), source


def test_a_title_two_persons_were_named_with_refers_to_neither(tmp_path: Path) -> None:
    body = (
        "President Joe Biden met President Emmanuel Macron in Paris. The joint statement was issued by the president"
        " on Friday."
    )
    assert not _statements(_graph(tmp_path, body + PLAIN), "issued")


@pytest.mark.parametrize(
    ("title", "body", "relation"),
    [
        # Wikinews, "U.S. House to decide on submitting articles of impeachment to Senate" (2020-01-15)
        (
            "U.S. House to decide on submitting articles of impeachment to Senate",
            "Speaker Nancy Pelosi confirmed a vote will be held today.",
            vocab.PROPOSED,
        ),
        # Written after wire copy on a treaty before a parliament
        (
            "Canadian vote on plastics treaty",
            "The Senate of Canada will vote on whether to ratify the treaty on plastics next week.",
            vocab.RATIFIED,
        ),
    ],
)
def test_an_act_a_decision_or_vote_is_on_is_not_stated(tmp_path: Path, title: str, body: str, relation: str) -> None:
    assert not _statements(_graph(tmp_path, body, title), relation)


def test_a_decision_to_act_is_still_stated_as_hedged(tmp_path: Path) -> None:
    # Written after UN copy: "decided to adopt" states the decision (GUIDELINES: acceptable)
    graph = _graph(tmp_path, "The UN General Assembly decided to adopt the resolution on ocean plastics.")
    assert _actors(graph, vocab.ADOPTED)


@pytest.mark.parametrize(
    ("source", "body", "relation", "actor"),
    [
        # Wikinews 2019 (Brexit): a naming verb with the judgement after its object
        (
            "wikinews",
            'Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy" and said he would only'
            " vote for it if the British people could vote on it.",
            vocab.OPPOSED,
            "Tom Watson",
        ),
        # Wikinews 2020 (eastern Mediterranean): "it" is the instrument the sentence names
        (
            "wikinews",
            "Prime Minister Kyriakos Mitsotakis also commented on the Turkish-Libyan maritime border agreement,"
            ' calling it "null and void" and "geographically ridiculous".',
            vocab.OPPOSED,
            "Kyriakos Mitsotakis",
        ),
        # Written after AAP copy on a state abortion law: a saying verb, the instrument the clause's subject
        (
            "aap",
            'MP Kevin Conolly said the Abortion Law Reform Act 2019 marked a "sad day for NSW".',
            vocab.OPPOSED,
            "Kevin Conolly",
        ),
        # Reuters-style copy on the Paris Agreement: a good judgement supports
        (
            "reuters",
            "President Emmanuel Macron called the Paris Agreement a historic success.",
            vocab.SUPPORTED,
            "Emmanuel Macron",
        ),
    ],
)
def test_judging_an_instrument_opposes_or_supports_it(
    tmp_path: Path, source: str, body: str, relation: str, actor: str
) -> None:
    assert actor in _actors(_graph(tmp_path, body + PLAIN), relation), source


@pytest.mark.parametrize(
    ("source", "body"),
    [
        # Wikinews 2020 (South Sudan): "it" in a quote is not the instrument named sentences before
        (
            "wikinews",
            "John Luk Jok helped draft South Sudan's Transitional Constitution. Minister Michael Makuei said,"
            ' "It is a great loss to the people of South Sudan."',
        ),
        # Reuters-style: words further in the judgement judge nothing ("ending the war")
        ("reuters", "Minister Hans Muller said the Paris Agreement was a step towards ending the war."),
        # AP-style: a negated naming verb states no judgement
        ("ap", "President Emmanuel Macron did not call the Paris Agreement a failure."),
    ],
)
def test_what_judges_no_named_instrument_is_no_stance(tmp_path: Path, source: str, body: str) -> None:
    graph = _graph(tmp_path, body + PLAIN)
    assert not _statements(graph, vocab.OPPOSED) | _statements(graph, vocab.SUPPORTED), source


@pytest.mark.parametrize(
    ("source", "title", "body", "person"),
    [
        # Wikinews 2020: NER reads the full name in the headline as an organisation
        (
            "wikinews",
            "Germany says Alexei Navalny poisoned with Novichok",
            "On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with"
            " Novichok, a range of neurotoxins developed by the Soviet Union. Last month, Alexei Navalny was"
            " airlifted from Omsk to Berlin because of falling ill, and transferred to a hospital in Berlin, Charité.",
            "Alexei Navalny",
        ),
        # Written after an AP headline on Namibia's election
        (
            "ap",
            "Namibia election: Hage Geingob wins second term",
            "President Hage Geingob won the election with 56 percent of the vote, the commission said.",
            "Hage Geingob",
        ),
    ],
)
def test_a_full_name_the_story_gives_a_person_is_that_person_everywhere(
    tmp_path: Path, source: str, title: str, body: str, person: str
) -> None:
    typed = {(n.label, n.type) for n in _graph(tmp_path, body, title).nodes()}
    assert (person, vocab.PERSON) in typed and (person, vocab.INSTITUTION) not in typed, (source, typed)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wikinews, "US House holds Barr, Ross in contempt of Congress" (2019-07, heldout)
        (
            "The United States House of Representatives voted to hold two current Cabinet officers, Commerce "
            "Secretary Wilbur Ross and Attorney General William Barr, in contempt of Congress, citing their refusal "
            "to disclose documents.",
            {
                (
                    "United States House of Representatives",
                    "decision to hold two current Cabinet officers, Commerce Secretary Wilbur Ross and Attorney "
                    "General William Barr, in contempt of Congress",
                )
            },
        ),
        # Wikinews, "SARS-CoV-2 surpasses one million infections worldwide" (2020-04, dev9-2020): a vote to extend
        # a named instrument adopts that instrument (`extensions`)
        (
            "The parliament of Portugal voted to extend the national state of emergency by 15 days; the vote passed "
            "with 215 votes in favor.",
            {("Portuguese Parliament", "national state of emergency")},
        ),
        # Wikinews, "US House of Representatives impeaches President Trump" (2019-12): a vote not taken
        ("If the House of Representatives votes to impeach President Trump, he would then face trial.", set()),
        # Wikinews, "US House holds Barr, Ross in contempt of Congress" (2019-07, heldout): what such votes do
        ("Only once before has Congress voted to hold a Cabinet officer in contempt while they were in office.", set()),
        # Wikinews, "Boris Johnson elected Conservative leader" (2019-07, dev): members are no body
        ("Conservative Party members voted on Tuesday to elect Boris Johnson as the new Conservative leader.", set()),
        # Written for this test: what is voted on an instrument is that instrument's relation, by its trigger
        ("The Senate of Chile voted to approve the Escazú Agreement.", {("Chilean Senate", "Escazú Agreement")}),
    ],
)
def test_what_a_body_votes_to_do_is_a_decision_it_adopted(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "adopted") == expected


def test_the_decision_a_body_voted_is_what_its_decision_refers_to(tmp_path: Path) -> None:
    # Wikinews, "US House holds Barr, Ross in contempt of Congress" (2019-07, heldout)
    body = (
        "The United States House of Representatives voted to hold Attorney General William Barr in contempt of "
        "Congress. Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply "
        "criticized the House's decision."
    )
    graph = _graph(tmp_path, body)
    assert _statements(graph, "opposed") == {
        ("Kerri Kupec", "decision to hold Attorney General William Barr in contempt of Congress")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Written for this test after wire reports of March 2020 (California, Kentucky)
        (
            "Governor Gavin Newsom issued a statewide shelter-in-place order on Thursday.",
            {("Gavin Newsom", "statewide shelter-in-place order")},
        ),
        (
            "Governor Andy Beshear issued a stay-at-home order for all Kentucky residents.",
            {("Andy Beshear", "stay-at-home order for all Kentucky residents")},
        ),
    ],
)
def test_an_office_issuing_an_order_named_by_what_it_orders_issued_it(
    tmp_path: Path, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), "issued") == expected


@pytest.mark.parametrize(
    ("body", "relation", "expected"),
    [
        # Written for this test after wire reports of April 2020 (Spain): an office re-issues its declaration
        (
            "The Spanish government extended the state of emergency until May 9.",
            "issued",
            {("Spain", "state of emergency")},
        ),
        # Wikinews, "SARS-CoV-2 surpasses one million infections worldwide" (2020-04, dev9-2020): a body votes it
        (
            "The parliament of Portugal voted to extend the national state of emergency by 15 days.",
            "adopted",
            {("Portuguese Parliament", "national state of emergency")},
        ),
        # Written for this test: a treaty its parties extend is no office's instrument
        ("Russia and the United States extended the New START treaty for five years.", "issued", set()),
    ],
)
def test_an_instrument_an_office_extends_is_issued_again_and_one_a_body_votes_to_extend_adopted(
    tmp_path: Path, body: str, relation: str, expected: set[tuple[str, str]]
) -> None:
    assert _statements(_graph(tmp_path, body), relation) == expected
