"""What a name is by the words around it (kg.extract.name_kinds), on real sentences: news of fires,
storms, films, sport and data breaches, in Wikinews' wording and in wire-service (AP, Reuters, BBC)
wording. The sentences were written for these tests after such reports; none is from a gold file."""

from __future__ import annotations

import pytest

from kg import vocab
from kg.extract.article_actors import resolve_article_actors
from kg.extract.entities import entity_mentions
from kg.extract.mentions import EntityMention, clean_name
from kg.extract.name_kinds import reread_by_kind
from kg.extract.nlp import load_model

_ACTORS = (vocab.PERSON, vocab.INSTITUTION, vocab.NATION)


def actors(*texts: str) -> list[EntityMention]:
    """The resolved mentions of an article whose parsed pieces are `texts`."""
    nlp = load_model()
    docs = [nlp(text) for text in texts]
    return [m for group in resolve_article_actors([entity_mentions(doc) for doc in docs], docs) for m in group]


def typed(*texts: str) -> dict[str, str]:
    """Each mentioned name's type."""
    return {m.label: m.type for m in actors(*texts)}


def raw_types(text: str) -> dict[str, str]:
    """What the entity extractor alone reads, before the article's names are re-read."""
    return {m.label: m.type for m in entity_mentions(load_model()(text))}


@pytest.mark.parametrize(
    ("pieces", "word"),
    [
        # Wikinews style: the storm by its title, then by its given name alone
        (
            ("Cyclone Idai hit the port city of Beira late on Thursday.", "Idai then moved inland toward Zimbabwe."),
            "Idai",
        ),
        # AP style
        (
            (
                "Typhoon Hagibis made landfall on the Izu Peninsula on Saturday evening.",
                "Hagibis killed at least 70 people across eastern Japan, officials said.",
            ),
            "Hagibis",
        ),
    ],
)
def test_a_storm_is_no_actor_by_its_title_nor_by_its_given_name(pieces: tuple[str, ...], word: str) -> None:
    assert any(word in label for label in {m.label for p in pieces for m in entity_mentions(load_model()(p))})
    assert not [m for m in actors(*pieces) if word in m.label and m.type in _ACTORS]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews style: the kind before the name
        (
            "The records were stored by the Brazilian company Grupo Vitalis, which runs several news sites.",
            "Grupo Vitalis",
        ),
        # Reuters style: the kind in apposition
        ("The flaw was found by Kryptos Labs, a cybersecurity firm based in Tel Aviv.", "Kryptos Labs"),
        # BBC style: a place by its preposition, an organisation by its apposition
        ("Researchers at Censys, a security company, said the servers were exposed for weeks.", "Censys"),
    ],
)
def test_a_name_the_text_calls_a_company_is_an_institution(text: str, name: str) -> None:
    assert raw_types(text)[name] != vocab.INSTITUTION  # NER alone reads a person or a place
    assert typed(text)[name] == vocab.INSTITUTION


@pytest.mark.parametrize(
    ("pieces", "title"),
    [
        # Wikinews style (an obituary)
        (("She won an Academy Award for her role in the 2019 drama film Marriage Story.",), "Marriage Story"),
        # AP style: the work's kind once, its title alone later
        (
            ("Okafor rose to fame in the television series Lagos Nights.", "Lagos Nights ran for five seasons."),
            "Lagos Nights",
        ),
        # the kind as the predicate
        (("Shadowfax is a fictional horse who carries the wizard through the war.",), "Shadowfax"),
    ],
)
def test_a_work_or_a_character_is_no_actor(pieces: tuple[str, ...], title: str) -> None:
    assert title not in typed(*pieces)


@pytest.mark.parametrize(
    "text",
    [
        # Wikinews style (a car fire)
        "The blaze started in a 2012 Toyota Prius parked on the lower deck.",
        # ESPN style: an award with an indefinite article, its bracketed full name, the longer names it heads
        "Bryant was named a NBA Finals MVP (Most Valuable Player) twice and was the 2008 NBA MVP.",
        # Reuters style: a designation in apposition, although its words are an organisation's
        "The ministry said the militia, a U.S.-designated Foreign Terrorist Organization, had claimed the attack.",
    ],
)
def test_a_name_with_an_indefinite_article_is_a_thing_of_a_kind(text: str) -> None:
    assert {m.label for m in entity_mentions(load_model()(text))} - {"NBA"}
    found = typed(text)
    assert not {name for name, kind in found.items() if kind in _ACTORS} - {"NBA"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews style: a place's head noun after the name
        ("Oil output resumed at the Ekofisk oil field on Monday.", "Ekofisk"),
        # BBC style: a list of towns after "from"
        ("Volunteers came from Portree, Broadford, Kyleakin and Dunvegan to help.", "Kyleakin"),
        # Reuters style: the settlement a name is "of" (Wikinews' "the city of Omsk in Siberia" is now
        # read as two places before any kind: tests/extract/test_entities.py)
        ("Protesters gathered in the town of Kherson on Sunday.", "Kherson"),
    ],
)
def test_a_place_by_its_kind_or_its_list_is_a_place(text: str, name: str) -> None:
    assert raw_types(text)[name] != vocab.PLACE
    assert typed(text)[name] == vocab.PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Reuters style: an age before the name
        ("Workers found 34-year-old Amara Okonkwo under the rubble.", "Amara Okonkwo"),
        # Wikinews style: an office after the name, the body it is "of"
        ("Tomas Berg, chief executive of Nordhavn Shipping, said the vessel was insured.", "Tomas Berg"),
    ],
)
def test_a_person_by_the_age_or_the_office_around_the_name(text: str, name: str) -> None:
    assert typed(text)[name] == vocab.PERSON


def test_the_body_an_office_is_of_is_an_institution() -> None:
    # NER reads the company after "chief executive of" as a person
    text = "Tomas Berg, chief executive of Nordhavn Shipping, said the vessel was insured."
    assert raw_types(text)["Nordhavn Shipping"] == vocab.PERSON
    assert typed(text)["Nordhavn Shipping"] == vocab.INSTITUTION


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name modifying a person's noun is that person's body, not a person
        ("A Hampshire Police spokesman said the road was closed.", "Hampshire Police", vocab.INSTITUTION),
        # the indefinite article of a kind noun before a name is not the name's
        ("Speaking to the BBC, a resident Priya Nair said the water rose within minutes.", "Priya Nair", vocab.PERSON),
    ],
)
def test_kind_words_that_do_not_retype_a_name(text: str, name: str, kind: str) -> None:
    assert typed(text)[name] == kind


def test_invisible_characters_are_no_part_of_a_name() -> None:
    # Wikinews pages carry zero-width joiners after some names ("Daily Xtra\u200d's editor")
    assert clean_name("Pink News\u200d's") == "Pink News"
    assert clean_name("Le\u00admonde") == "Lemonde"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews style: the kind as the subject, the name as the predicate
        ("The only village near the quarry is Brennan in Mayo County.", "Brennan"),
        # BBC style: the kind in apposition after the name
        ("The last stop on the route was Harwick, a village of 300 people.", "Harwick"),
    ],
)
def test_a_name_the_text_calls_a_village_is_a_place(text: str, name: str) -> None:
    assert raw_types(text)[name] == vocab.PERSON
    assert typed(text)[name] == vocab.PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews style (a fire in Poland)
        ("Mayor of Kalisz Jan Nowak said schools would close.", "Jan Nowak"),
        # Reuters style (Ukraine)
        ("Governor of Kherson Oblast Roman Petrenko said the dam was breached.", "Roman Petrenko"),
    ],
)
def test_the_place_of_an_office_is_no_part_of_the_holders_name(text: str, name: str) -> None:
    assert name not in raw_types(text)
    assert typed(text)[name] == vocab.PERSON


@pytest.mark.parametrize(
    "pieces",
    [
        # Wikinews style: the body named whole with a person "of" it, then cut at its "and" by NER
        (
            "Kari Dahl of Agder Fire and Rescue said late on Monday that nobody would enter the hall.",
            "Agder Fire and Rescue requested support and equipment from other fire departments.",
        ),
        # Reuters style: the body named whole in apposition, then cut
        (
            "Jon Berg, a spokesman for Vestfold Fire and Rescue, told NRK the tunnel was closed.",
            "Vestfold Fire and Rescue requested support and equipment from neighbouring districts.",
        ),
    ],
)
def test_a_name_cut_at_its_and_is_the_whole_name_the_article_writes(pieces: tuple[str, str]) -> None:
    nlp = load_model()
    assert "Rescue" in {m.label for piece in pieces for m in entity_mentions(nlp(piece))}  # NER cut it once
    found = [m for m in actors(*pieces) if "Rescue" in m.label or "Fire" in m.label]
    assert len(found) == 2 and len({m.label for m in found}) == 1 and " and " in found[0].label


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # Wikinews style (an obituary)
        (
            "John Luk Jok, the South Sudanese minister for East African Affairs, died yesterday in Juba.",
            "East African Affairs",
        ),
        # AllAfrica style
        ("Amina Yusuf, the regional commissioner for Rural Development, visited the camp.", "Rural Development"),
        # White House fact sheet (2023, Singapore) and BBC style: "Minister/Secretary of State for X" is a title
        (
            "On the Singaporean side, Minister of State for Trade & Industry Alvin Tan and senior officials from the"
            " ministry participated in the talks on Monday.",
            "State for Trade & Industry",
        ),
        (
            "The Secretary of State for Health and Social Care, Matt Hancock, announced the new rules for schools and"
            " hospitals on Monday.",
            "State for Health and Social Care",
        ),
    ],
)
def test_the_field_of_a_ministers_office_is_no_body(text: str, field: str) -> None:
    assert raw_types(text)[field] == vocab.INSTITUTION
    assert field not in typed(text)


def test_a_spokesperson_for_a_company_speaks_for_a_body() -> None:
    assert typed("A spokesperson for Acme Analytics said the data was safe.")["Acme Analytics"] == vocab.INSTITUTION


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # Wikinews style (a diocese's statement)
        (
            "It is with great sadness that we announce the death of Most Rev. Peter Okoro, Bishop-Emeritus of Enugu.",
            "Bishop-Emeritus of Enugu",
        ),
        # CBCP News style
        (
            "The diocese said Most Rev. Jaime Ruiz, Archbishop-Emeritus of Cebu, was buried on Friday.",
            "Archbishop-Emeritus",
        ),
    ],
)
def test_a_title_with_a_hyphenated_qualifier_is_an_office_not_a_body(text: str, office: str) -> None:
    assert raw_types(text)[office] == vocab.INSTITUTION
    assert office not in typed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews style (energy in the Eastern Mediterranean)
        ("Greece, Cyprus and Israel agreed to build the EastMed pipeline by 2025.", "EastMed"),
        # Yle / Reuters style
        ("Leaders attended the opening of the Balticconnector pipeline in Inkoo.", "Balticconnector"),
    ],
)
def test_a_name_that_modifies_a_facilitys_noun_is_a_place(text: str, name: str) -> None:
    assert raw_types(text)[name] in (vocab.PERSON, vocab.INSTITUTION)
    assert typed(text)[name] == vocab.PLACE


def test_a_persons_name_before_an_event_noun_stays_a_person() -> None:
    # AP style: "the X campaign", "the X affair" are the person's, and say nothing of what the name is
    found = typed("Hillary Clinton said the Clinton campaign had raised $20 million.")
    assert found.get("Hillary Clinton") == vocab.PERSON


def test_the_verb_storm_is_no_storms_title() -> None:
    # Wikinews headline style: "storm" is the protesters' verb, "Parliament" a body
    text = "Serbian protesters try to storm Parliament; fourth day of protests"
    assert "Parliament" in {m.label for m in entity_mentions(load_model()(text))}
    doc = load_model()(text)
    assert "Parliament" in {m.label for group in reread_by_kind([entity_mentions(doc)]) for m in group}


def test_a_couple_named_after_their_home_are_persons() -> None:
    # AP style: the list after "from" is the place and the couple's names
    found = typed("A couple from Ohio, Mark and Julie Benson, drove 12 hours to attend the rally.")
    assert found.get("Julie Benson") == vocab.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SANA / Wikinews style (Syria)
        ("Rebel fighters entered Kafr Nabudah on Monday, the Syrian Observatory said.", "Kafr Nabudah"),
        # News24 style: the passive subject of "located"
        ("Mahala View is located about 40 kilometres from Pretoria.", "Mahala View"),
    ],
)
def test_a_place_by_the_verb_it_is_the_object_or_subject_of(text: str, name: str) -> None:
    assert raw_types(text)[name] == vocab.PERSON
    assert typed(text)[name] == vocab.PLACE


def test_the_owner_of_a_place_entered_is_no_place() -> None:
    assert "Smith" in typed("Police entered Smith's home.")
    assert typed("Police entered Smith's home.")["Smith"] != vocab.PLACE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews style (a wildlife lodge)
        ("The reserve was home to three lions: Rambo, Katryn and Nakita.", "Katryn"),
        # AP style (a zoo)
        ("The park keeps two elephants: Tembo and Lulu Mae.", "Lulu Mae"),
    ],
)
def test_names_listed_after_a_kind_noun_and_a_colon_are_of_that_kind(text: str, name: str) -> None:
    assert raw_types(text)[name] == vocab.PERSON
    assert name not in typed(text)


def test_persons_listed_after_a_colon_stay_persons() -> None:
    assert typed("Police named the victims: Anna Berg and Tomas Lind.")["Tomas Lind"] == vocab.PERSON


@pytest.mark.parametrize(
    "text",
    [
        # Wikinews style (a documentary on abuse)
        "The film is about abuse among Irish Roman Catholic priests.",
        # Rappler style
        "Many Filipino Roman Catholic bishops criticised the drug war.",
    ],
)
def test_adjectives_before_a_noun_are_no_name(text: str) -> None:
    assert any(m.type == vocab.INSTITUTION for m in entity_mentions(load_model()(text)))
    assert not [m for m in actors(text) if m.type == vocab.INSTITUTION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews, "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in
        # Minsk" (2020-08, dev4): "of" a person's relative is a person
        (
            "Veranika Tsapkala, wife of Valery Tsapkala, a potential presidential candidate who fled the country, "
            "spoke at the rally.",
            "Valery Tsapkala",
        ),
        # Wikinews, "Scottish court finds suspension of UK parliament unlawful" (2019-09, dev4): the office is of
        # the place before the name
        (
            "First Minister of Scotland Nicola Sturgeon said via Twitter, \"Today's Court of Session judgment is "
            'of huge constitutional significance."',
            "Nicola Sturgeon",
        ),
        # Written for this test in the form of White House readouts
        (
            "Prime Minister of Japan Fumio Kishida said the two leaders discussed the economy.",
            "Fumio Kishida",
        ),
    ],
)
def test_a_person_after_of_is_no_body_when_the_office_is_of_another(text: str, name: str) -> None:
    assert typed(text).get(name) == vocab.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Wikinews, "Puerto Rico governor announces resignation following protests" (2019): in apposition
        (
            "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation shortly after the protests.",
            "Ricardo Rosselló Nevares",
        ),
        # Wikinews, "Puerto Rico's governor Rosselló resigns, new governor sworn in" (2019): resigned as
        (
            "On Friday, Ricardo Rosselló Nevares resigned as the governor of United States commonwealth of "
            "Puerto Rico.",
            "Ricardo Rosselló Nevares",
        ),
        # Written after wire copy on Scotland's independence vote: in apposition, an office of a place
        ("Nicola Sturgeon, Scotland's first minister, said the vote would go ahead.", "Nicola Sturgeon"),
    ],
)
def test_a_name_given_an_office_is_a_person(text: str, name: str) -> None:
    assert typed(text).get(name) == vocab.PERSON


def test_a_body_in_apposition_with_a_common_noun_stays_a_body() -> None:
    # Written after wire copy on a phone maker's results
    assert typed("Apple, the company's biggest rival, said sales fell.").get("Apple") == vocab.INSTITUTION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Reuters, "'Parasite' scores historic upset at SAG awards" (2020): "and" inside the name itself
        (
            "Actors form the largest voting group in the Academy of Motion Picture Arts and Sciences.",
            "Academy of Motion Picture Arts and Sciences",
        ),
        # Written after wire copy on country-music awards: "and" inside the name itself
        (
            "The vote in the Academy of Country Music and Entertainment was close.",
            "Academy of Country Music and Entertainment",
        ),
    ],
)
def test_a_name_with_and_inside_is_no_list_of_places(text: str, name: str) -> None:
    assert typed(text).get(name) == vocab.INSTITUTION
