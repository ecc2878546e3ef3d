"""Actors read from their article's context: surnames with an elided prefix, a nation's name that is
a state of the nation the story is about, a known body's own sub-body. Each rule is tried on a
sentence written after Wikinews copy and on one written after another outlet's (White House, wire)."""

from __future__ import annotations

import pytest

from kg import vocab
from kg.extract.article_actors import resolve_article_actors
from kg.extract.entities import entity_mentions
from kg.extract.mentions import EntityMention, person_key
from kg.extract.nlp import load_model


def actors(*texts: str) -> list[EntityMention]:
    """The resolved actor mentions of an article whose parsed pieces are `texts`."""
    nlp = load_model()
    docs = [nlp(text) for text in texts]
    groups = resolve_article_actors([entity_mentions(doc) for doc in docs], docs)
    return [m for group in groups for m in group]


def test_an_elided_prefix_is_part_of_the_surname() -> None:
    assert person_key("Beto O'Rourke").split()[-1] == person_key("O'Rourke")
    assert person_key("Massimo D’Alema").split()[-1] == person_key("D'Alema")
    assert person_key("John D. Rourke") == person_key("John Rourke")  # an initial with a point is none


@pytest.mark.parametrize(
    ("text", "surname", "full"),
    [
        # Written after Wikinews copy on a US presidential primary (2019)
        (
            "On Friday, Beto O'Rourke announced the end of his campaign. According to reports, O'Rourke had "
            "reached only 3 percent support in two qualifying polls.",
            "O'Rourke",
            "Beto O'Rourke",
        ),
        # Written after a White House readout
        (
            "The President spoke with Governor Kathy O'Neill of the territory. O'Neill thanked the President "
            "for the federal assistance.",
            "O'Neill",
            "Kathy O'Neill",
        ),
    ],
)
def test_a_surname_with_an_elided_prefix_is_the_person_named_in_full(text: str, surname: str, full: str) -> None:
    short = [m for m in actors(text) if m.span.text == surname]
    assert short and all(m.type == vocab.PERSON and m.label == full for m in short)


@pytest.mark.parametrize(
    "text",
    [
        # Written after Wikinews copy on the House impeachment inquiry (2019)
        "Members of the United States House Judiciary Committee disagree. Republican committee member Doug "
        "Collins of Georgia said on Twitter that the U.S. House had not voted on an inquiry.",
        # Written after wire copy on the US primaries
        "The next Democratic primary debate is scheduled for November 20 in Georgia, the U.S. Democratic "
        "National Committee said; candidates need 3 percent in United States polls.",
    ],
)
def test_a_nation_named_like_a_state_of_the_story_s_nation_is_that_state(text: str) -> None:
    georgia = [m for m in actors(text) if m.span.text == "Georgia"]
    assert georgia and all(m.type == vocab.PLACE for m in georgia)


def test_the_nation_stays_where_the_article_names_it_otherwise() -> None:
    # Written after wire copy on the 2008 war, reported from Washington
    text = (
        "Georgian troops clashed with Russian forces in Georgia, the United States said. The U.S. and the "
        "United States Senate condemned the fighting."
    )
    georgia = [m for m in actors(text) if m.span.text == "Georgia"]
    assert georgia and all(m.id == "nation:GEO" for m in georgia)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on the 2019 prorogation of Parliament
        (
            "According to the House of Commons Library, most prorogations have lasted two weeks at most.",
            "House of Commons Library",
        ),
        # Written after a UK government release
        (
            "The report was written with researchers of the European Parliament Library in Brussels.",
            "European Parliament Library",
        ),
    ],
)
def test_a_known_body_s_library_is_a_body_of_its_own(text: str, name: str) -> None:
    assert name in {m.label for m in actors(text) if m.type == vocab.INSTITUTION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on face coverings on British public transport (2020)
        (
            "The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), "
            "Mick Cash, said the measure was nowhere near enough.",
            "National Union of Rail, Maritime and Transport Workers",
        ),
        # Written after a White House readout's list of participants
        (
            "Funding for the new institutes comes from the Directorate for Technology, Innovation, and "
            "Partnerships at the National Science Foundation, officials said.",
            "Directorate for Technology, Innovation, and Partnerships",
        ),
        # Written after wire copy on a Slovak labour law
        (
            "Officials of the Ministry of Labour, Social Affairs and Family announced new rules for workers on "
            "Monday, after weeks of talks with the unions.",
            "Ministry of Labour, Social Affairs and Family",
        ),
    ],
)
def test_a_body_whose_field_is_a_list_is_one_name(text: str, name: str) -> None:
    found = [m for m in actors(text) if m.type == vocab.INSTITUTION]
    assert name in {m.label for m in found}
    # none of its fields is a body of its own
    assert not any(m.span.start > 0 and m.label in name and m.label != name for m in found)


def test_a_list_of_bodies_and_persons_is_no_field() -> None:
    # Written after wire copy on sanctions
    text = (
        "The Department of Defense, Treasury Secretary Mnuchin and Senator Graham agreed on the need for new "
        "sanctions against the regime."
    )
    assert "Mnuchin" not in " ".join(m.label for m in actors(text) if m.type == vocab.INSTITUTION)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # Written after Wikinews copy on face coverings on British public transport (2020)
        (
            "The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), "
            "Mick Cash, said the measure was nowhere near enough. The RMT said it would ballot its members.",
            "RMT",
            "National Union of Rail, Maritime and Transport Workers",
        ),
        # Written after wire copy on a Kenyan strike
        (
            "Members of the KNUT (Kenya National Union of Teachers) walked out on Monday. The KNUT said the "
            "strike would go on until the government paid.",
            "KNUT",
            "Kenya National Union of Teachers",
        ),
    ],
)
def test_an_abbreviation_with_its_full_name_in_brackets_is_that_organisation(text: str, short: str, full: str) -> None:
    found = actors(text)
    assert {m.label for m in found if m.span.text.removeprefix("the ").startswith(short)} == {full}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Written after a White House statement on a senator's record
        (
            "As a United States Senator and member of the Intelligence and Judiciary Committees, she worked on "
            "privacy law for years.",
            {"Intelligence Committee", "Judiciary Committee"},
        ),
        # Written after Wikinews copy on a defence bill
        (
            "The bill went to the House Armed Services and Foreign Affairs Committees on Tuesday, a spokesman "
            "for the Speaker said.",
            {"House Armed Services Committee", "Foreign Affairs Committee"},
        ),
    ],
)
def test_two_fields_before_a_plural_head_are_two_bodies(text: str, names: set[str]) -> None:
    assert names <= {m.label for m in actors(text) if m.type == vocab.INSTITUTION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on the case against Donald Trump's tax returns (2019)
        (
            "Michael Cohen was convicted over payments made to porn actress Stormy Daniels and a former model "
            "to remain silent.",
            "Stormy Daniels",
        ),
        # Written after Wikinews copy on a cow urine party in India (2020)
        ("Speaking to Reuters, an attendee Om Prakash said the drink had kept him healthy for years.", "Om Prakash"),
        # Written after wire copy on the death of a former French president
        (
            "The news came from his son-in-law, Frédéric Salat-Baroux, after a long period of health problems.",
            "Frédéric Salat-Baroux",
        ),
    ],
)
def test_a_name_after_a_noun_for_a_person_is_a_person(text: str, name: str) -> None:
    found = [m for m in actors(text) if m.label == name]
    assert found and all(m.type == vocab.PERSON for m in found)


def test_a_name_after_a_noun_for_an_investor_is_not_read_as_a_person() -> None:
    # Written after wire copy on a funding round ("investor" is left out of the person nouns)
    text = "The start-up's biggest investor Goldman Sachs said the deal valued it at two billion dollars."
    assert all(m.type != vocab.PERSON for m in actors(text) if m.label == "Goldman Sachs")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on a Montana ballot law suit (2020)
        (
            "The Native American Rights Fund's Jacqueline De León said the law ignores the realities that face "
            "Native American communities.",
            "Jacqueline De León",
        ),
        # Written after a human rights group's press release
        (
            "Amnesty International's Agnès Callamard told reporters on Monday that the strikes were unlawful.",
            "Agnès Callamard",
        ),
    ],
)
def test_a_name_after_an_organisation_s_possessive_that_speaks_is_a_person(text: str, name: str) -> None:
    found = [m for m in actors(text) if m.label == name]
    assert found and all(m.type == vocab.PERSON for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on a documentary on abuse in the Polish church (2019)
        (
            "The documentary is by the brothers Tomasz and Marek Sekielski. Archbishop Wojciech Polak said he was "
            "deeply disturbed by what he saw in Tomasz Sekielski's film.",
            "Tomasz Sekielski",
        ),
        # Written after wire copy on a Maryland special election (NER reads the widow's name as an organisation's)
        (
            "Maya Rockeymoore Cummings announced her campaign on Monday. The seat was formerly held by her late "
            "husband, Elijah Cummings, who died in October.",
            "Maya Rockeymoore Cummings",
        ),
    ],
)
def test_a_name_ending_with_the_surname_of_a_person_of_the_article_is_a_person(text: str, name: str) -> None:
    found = [m for m in actors(text) if m.label == name]
    assert found and all(m.type == vocab.PERSON for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on a cow urine party in India (2020)
        ("Suman Haripriya of the Hajo assembly said the remedy could cure the disease.", "Suman Haripriya"),
        # Written after Wikinews copy on the Hong Kong policy address (2019)
        (
            "Regina Ip from the pro-Beijing camp said in a press conference that the protest was anti-democratic.",
            "Regina Ip",
        ),
    ],
)
def test_a_name_of_a_member_of_a_group_who_speaks_is_a_person(text: str, name: str) -> None:
    found = [m for m in actors(text) if m.label == name]
    assert found and all(m.type == vocab.PERSON for m in found)


def test_an_organisation_of_a_place_that_speaks_stays_an_organisation() -> None:
    # Written after wire copy on a climate plan
    text = "Human Rights Watch of the United States said the plan was weak, and Bank of America said profits rose."
    assert {m.label for m in actors(text) if m.type == vocab.PERSON} == set()


@pytest.mark.parametrize(
    ("pieces", "label"),
    [
        # Written after Wikinews copy on Nevada's majority-female legislature (2019)
        (
            (
                "Nevada becomes first state with majority-female legislature",
                "Nevada swore in its new lawmakers on Monday. Democrat Pat Spearman was first elected to the state "
                "senate in 2012. Colorado also has a female majority in its lower house.",
            ),
            "Nevada Senate",
        ),
        # Written after wire copy on a Texas school bill
        (
            (
                "Texas lawmakers pass school bill",
                "The state senate passed the bill on Tuesday. Texas will spend more per pupil than Oklahoma, "
                "officials in Texas said.",
            ),
            "Texas Senate",
        ),
    ],
)
def test_a_state_body_is_the_one_of_the_state_the_article_is_about(pieces: tuple[str, ...], label: str) -> None:
    found = [m for m in actors(*pieces) if m.span.text.lower() in ("state senate", "the state senate")]
    assert found and {m.label for m in found} == {label}


def test_a_state_body_of_two_states_named_equally_is_none() -> None:
    # Written after wire copy on two state budgets
    text = "Ohio and Indiana passed budgets this week. The state senate met late on Friday."
    assert not [m for m in actors(text) if "senate" in m.span.text.lower()]


@pytest.mark.parametrize(
    ("pieces", "labels"),
    [
        # Written after Wikinews copy on the Hong Kong extradition bill (2019)
        (
            (
                "Hong Kong leader announces withdrawal of extradition bill",
                "Hong Kong's chief executive Carrie Lam said her government will withdraw the bill. Protests "
                "in Hong Kong went on, and the police fired tear gas.",
            ),
            {"Hong Kong Government", "Hong Kong Police"},
        ),
        # Written after wire copy on Puerto Rico's governor
        (
            (
                "Puerto Rico governor resigns",
                "Protesters in San Juan, Puerto Rico, marched for a week. The government said the budget of "
                "Puerto Rico would be cut.",
            ),
            {"Puerto Rico Government"},
        ),
    ],
)
def test_a_bare_government_is_the_one_of_the_territory_the_article_is_about(
    pieces: tuple[str, ...], labels: set[str]
) -> None:
    found = {m.label for m in actors(*pieces) if m.span.text.lower() in ("government", "police")}
    assert found == labels


@pytest.mark.parametrize(
    ("pieces", "label"),
    [
        # Wikinews, "Chinese doctor who warned of coronavirus dies" (2020): bare "Police" in a story on China
        (
            (
                "China reports new coronavirus cases",
                "China reported new cases in Wuhan on Monday. Police detained eight people in China for "
                "spreading rumours, Chinese state media said.",
            ),
            "Chinese police",
        ),
        # Written after wire copy on an arson case in Norway: bare "police" in a story on Norway
        (
            (
                "Fire at Norwegian airport car park",
                "A fire destroyed cars at an airport in Norway. Norway's transport ministry said police "
                "questioned the owner of one car, and Norwegian officials closed the airport.",
            ),
            "Norwegian police",
        ),
        # Wikinews, "UK asks US to waive immunity of diplomat's wife" (2019): the police the story names,
        # not the police of the nation the story is about
        (
            (
                "United States diplomat's wife leaves the United Kingdom",
                "Northamptonshire police were able to determine the car had come from a United States base. "
                "She informed police she had diplomatic immunity, and the United States said it would not "
                "waive it.",
            ),
            "Northamptonshire Police",
        ),
        # Written after wire copy on a stabbing in Canada: the police the story names
        (
            (
                "Canada: two hurt in Toronto stabbing",
                "Toronto Police said two men were hurt in Canada's largest city. A witness told police the "
                "attacker fled, and Canada's public safety minister said Canada would review the case.",
            ),
            "Toronto Police",
        ),
    ],
)
def test_bare_police_is_the_police_the_story_names_else_its_nations(pieces: tuple[str, ...], label: str) -> None:
    found = {m.label for m in actors(*pieces) if m.span.text.lower() == "police"}
    assert found == {label}


@pytest.mark.parametrize(
    "text",
    [
        # Written after Wikinews copy on Serbia's curfew (2020): a nation's government is the nation
        "Serbia's president spoke in Belgrade. In Serbia, the government announced new curfew restrictions.",
        # Written after wire copy on two territories named alike
        "Hong Kong and Macau closed their borders. The government said schools would close.",
    ],
)
def test_a_bare_government_outside_a_territory_story_is_no_body(text: str) -> None:
    assert not [m for m in actors(text) if m.span.text.lower() == "government"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Written after Wikinews copy on the Bridgegate ruling (2020)
        (
            "Former aides Bridget Anne Kelly and William Baroni were convicted in 2016. The case revolved around "
            "Kelly and Baroni's convictions following the 2013 scandal in Fort Lee, New Jersey.",
            {"Bridget Anne Kelly", "William Baroni"},
        ),
        # Written after wire copy on the fall of an Italian government
        (
            "Prime Minister Giuseppe Conte and Interior Minister Matteo Salvini met on Monday. The inquiry "
            "revolved around Conte and Salvini's decisions following the 2018 election in Rome.",
            {"Giuseppe Conte", "Matteo Salvini"},
        ),
    ],
)
def test_two_surnames_read_as_one_organisation_are_the_two_persons(text: str, names: set[str]) -> None:
    found = actors(text)
    assert not [m for m in found if m.type == vocab.INSTITUTION and " and " in m.label]
    # each surname of the pair is its person
    assert {m.label for m in found if m.type == vocab.PERSON and len(m.span) == 1} == names


@pytest.mark.parametrize(
    ("text", "nation"),
    [
        # Written after Wikinews copy on Hungary's helicopter deal (2019)
        (
            "Magyar Nemzet published an interview with Gáspár Maróth, the Hungarian Government commissioner "
            "responsible for defence.",
            "nation:HUN",
        ),
        # Written after a White House readout
        ("The Japanese Government announced on Monday that it would join the initiative.", "nation:JPN"),
    ],
)
def test_a_nation_s_government_written_capitalised_is_the_nation(text: str, nation: str) -> None:
    found = actors(text)
    assert nation in {m.id for m in found}
    assert not [m for m in found if m.type == vocab.INSTITUTION and m.label.endswith("Government")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Written after Wikinews copy on the death of a Philippine bishop (2019)
        (
            "The bishop died early yesterday morning, according to the Catholic Bishops' Conference of the "
            "Philippines (CBCP).",
            "Catholic Bishops' Conference of the Philippines",
        ),
        # Written after wire copy on Canadian elections
        (
            "At dissolution, there was one member of the People's Party of Canada in the chamber.",
            "People's Party of Canada",
        ),
    ],
)
def test_a_name_ner_read_up_to_of_before_a_nation_ends_with_the_nation(text: str, name: str) -> None:
    assert name in {m.label for m in actors(text) if m.type == vocab.INSTITUTION}


def test_a_person_ner_read_up_to_of_before_a_nation_is_no_organisation() -> None:
    # Written after Wikinews copy on the African Continental Free Trade Area (2019)
    text = (
        "At an AU summit in Niamey on Sunday, Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin "
        "signed the agreement."
    )
    found = actors(text)
    assert {"nation:NGA", "nation:BEN"} <= {m.id for m in found}
    assert not [m for m in found if m.type == vocab.INSTITUTION and "Talon" in m.label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written after a Wikinews photo essay on a London march (2019)
        (
            "Trafalgar Square. Image: Mirrys.\n\nA sign. Image: mia! (flickr).\n\nMore protestors. Image: Chris j "
            "wood.\n\nProtesters at the march. Image: Andrew Gray.",
            {
                ("Mirrys", vocab.PERSON),
                ("mia", vocab.PERSON),
                ("Flickr", vocab.INSTITUTION),
                ("Chris j wood", vocab.PERSON),
                ("Andrew Gray", vocab.PERSON),
            },
        ),
        # Written after a White House photo caption
        (
            "The President signs the executive order in the Oval Office. Photo: The White House.",
            {("White House", vocab.INSTITUTION)},
        ),
        # Salon (from Grist, 2020): a chart's credit in brackets, author and outlet apart
        (
            "U.S. emissions fell 2.1 percent in 2019. (Credit: Clayton Aldern / Grist)",
            {("Clayton Aldern", vocab.PERSON), ("Grist", vocab.INSTITUTION)},
        ),
        # in the form of an AP photo caption: the agency after the photographer
        (
            "President Biden speaks about the infrastructure bill in the Rose Garden on Monday. Photo: Evan Vucci / AP",
            {("Evan Vucci", vocab.PERSON), ("Associated Press", vocab.INSTITUTION)},
        ),
    ],
)
def test_an_image_credit_names_its_author_and_platform(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(m.label, m.type) for m in actors(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written after the seat chart of Wikinews copy on the 2019 UK general election
        (
            "Monday, December 16, 2019\n\n██\xa0Conservative Party - 365 seats\n\n██\xa0Sinn Féin - 7 seats\n\n"
            "██\xa0Plaid Cymru - 4 seats\n\nThe Conservative Party won a majority.",
            {("Sinn Féin", vocab.INSTITUTION), ("Plaid Cymru", vocab.INSTITUTION)},
        ),
        # Written after the map legend of a wire story on the Syrian war
        (
            "Map of the area.\n██ Syrian Arab Republic\n██ Syrian opposition & Turkish occupation\n"
            "██ Tahrir al-Sham\nFighting went on in the north on Monday.",
            {("Syria", vocab.NATION), ("Tahrir al-Sham", vocab.INSTITUTION)},
        ),
    ],
)
def test_a_legend_line_names_an_actor(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(m.label, m.type) for m in actors(text)}
    assert expected <= found
    assert not [label for label, _ in found if "occupation" in label]  # a description is no name


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # Written after a White House readout on computer science education
        (
            "The White House hosted an event on computer science education on Friday. The National Science "
            "Foundation announced that it would fund new institutes for teachers in rural schools.\n\n"
            "Participants included Karen Marrongelle, Chief Operating Officer, U.S. National Science Foundation, "
            "and leaders of several universities.",
            "U.S. National Science Foundation",
            "National Science Foundation",
        ),
        # Written after wire copy on Australian storms
        (
            "The Bureau of Meteorology warned of severe storms on Monday, and residents were told to stay "
            "indoors. Forecasters at the Australian Bureau of Meteorology said the rain would ease by Wednesday.",
            "Australian Bureau of Meteorology",
            "Bureau of Meteorology",
        ),
    ],
)
def test_an_organisation_named_with_its_nation_before_it_is_the_one_named_without(
    text: str, long: str, short: str
) -> None:
    found = [m for m in actors(text) if m.type == vocab.INSTITUTION]
    assert {m.label for m in found if short in m.span.text} == {short}
    assert any(m.span.text == long for m in found)


def test_an_abbreviation_of_a_name_with_its_nation_is_the_organisation_named_without() -> None:
    # Written after a White House readout on computer science education
    text = (
        "The event was co-hosted by the National Economic Council and U.S. National Science Foundation (NSF). "
        "NSF announced a new initiative for teachers.\n\nThe National Science Foundation will also fund new "
        "institutes in rural schools, officials said."
    )
    assert {m.label for m in actors(text) if m.span.text == "NSF"} == {"National Science Foundation"}


@pytest.mark.parametrize(
    ("pieces", "title", "full"),
    [
        # Written after a White House statement's headline and body
        (
            (
                "Statement on the Vice President’s and Second Gentleman’s Travel to the United Kingdom",
                "Vice President Kamala Harris and Second Gentleman Douglas Emhoff will travel to London, United "
                "Kingdom. The Second Gentleman will meet with leaders there.",
            ),
            ("Second Gentleman", "Gentleman"),
            "Douglas Emhoff",
        ),
        # Written after wire copy on a visit to Ghana (2023)
        (
            (
                "Emhoff to visit Ghana",
                "Second Gentleman Douglas Emhoff will visit Accra, Ghana, next week. The Second Gentleman will "
                "meet students at a university there.",
            ),
            ("Gentleman",),
            "Douglas Emhoff",
        ),
    ],
)
def test_a_title_alone_is_the_one_person_the_article_gives_it(
    pieces: tuple[str, ...], title: tuple[str, ...], full: str
) -> None:
    found = actors(*pieces)
    alone = [m for m in found if m.span.text in title]
    assert alone and all(m.type == vocab.PERSON and m.label == full for m in alone)


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # DW (2020, Berlin's colonial street names)
        (
            "In April 2018, Wedding authorities decided to rename Petersallee, Lüderitzstrasse and Nachtigalplatz."
            " Cornelius-Fredericks-Strasse will honor a Nama leader, the district council said on Monday.",
            {"Petersallee", "Lüderitzstrasse", "Nachtigalplatz", "Cornelius-Fredericks-Strasse"},
        ),
        # in the form of a Reuters report from Berlin and Amsterdam
        (
            "Thousands of protesters marched down Karl-Marx-Allee in Berlin on Saturday, while police in Amsterdam"
            " cleared Museumplein, where climate activists had camped since Thursday.",
            {"Karl-Marx-Allee", "Museumplein"},
        ),
    ],
)
def test_a_street_written_as_one_word_is_a_place(text: str, streets: set[str]) -> None:
    found = {m.label: m.type for m in actors(text)}
    assert all(found.get(street) == vocab.PLACE for street in streets), found


@pytest.mark.parametrize(
    "text",
    [
        # Wikinews 2019 (drone attacks on Saudi oil facilities)
        "In 2015, Saudi Arabia started supporting the government of Yemen, providing airstrikes with the Royal Saudi"
        " Air Force.",
        # in the form of a Bangkok Post report
        "The Royal Thai Army said on Monday that troops would stay in their barracks.",
    ],
)
def test_a_word_before_a_nations_body_is_no_body_of_its_own(text: str) -> None:
    found = {(m.label, m.type) for m in actors(text)}
    assert not {label for label, _ in found} & {"Royal", "The Royal"}, found
    assert any(kind == vocab.INSTITUTION and ("Air Force" in label or "Army" in label) for label, kind in found)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # Wikinews 2020 (Biden picks Harris): a debate's hashtag in a quoted tweet
        ('Biden repeated his commitment, saying "My running mate will be a woman. #DemDebate".', {"DemDebate"}),
        # in the form of an AP report on a protest
        ("Protesters used the hashtags #MeToo and #BlackLivesMatter on Twitter.", {"MeToo", "BlackLivesMatter"}),
    ],
)
def test_a_hashtag_is_no_actor(text: str, tags: set[str]) -> None:
    assert not tags & {m.label for m in actors(text)}


def test_a_nation_written_as_a_hashtag_is_still_the_nation() -> None:
    # Wikinews 2019 (a Cuban minister's tweet)
    assert "United States" in {m.label for m in actors("I strongly reject new #US blockade measure on flights.")}
