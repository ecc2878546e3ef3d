"""Gazetteers of nations and institutions (data under ontology/), and lookups of names in them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg import vocab
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
    """Every gazetteer entry: nations (ontology/nations.yaml), then institutions (institutions.yaml)."""
    found: list[Entry] = []
    for iso3, data in sorted(load_yaml("nations.yaml").items()):
        found.append(
            Entry(
                id=f"nation:{iso3}",
                type=vocab.NATION,
                label=data["name"],
                aliases=tuple(str(a) for a in data.get("aliases") or ()),
                demonyms=tuple(str(d) for d in data.get("demonyms") or ()),
                wikidata=data.get("wikidata"),
                iso3=iso3,
            )
        )
    for key, data in load_yaml("institutions.yaml").items():
        found.append(
            Entry(
                id=f"institution:{key}",
                type=vocab.INSTITUTION,
                label=data["name"],
                aliases=tuple(str(a) for a in data.get("aliases") or ()),
                exact_aliases=tuple(str(a) for a in data.get("case_sensitive_aliases") or ()),
                wikidata=data.get("wikidata"),
                country=data.get("country"),
                part_of=f"institution:{data['part_of']}" if data.get("part_of") else None,
            )
        )
    return tuple(found)


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


def lookup(name: str) -> Entry | None:
    """The gazetteer entry a name refers to, if any ("U.S." and "America" -> the United States).

    Case-sensitive aliases (acronyms such as "UN", "EU", "WHO") match only as written.
    """
    stripped = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    exact = _exact_index().get(stripped)
    if exact is not None:
        return exact
    key = normalize_name(name)
    if len(key) <= 3 and stripped.islower():
        return None  # "us", "who" in lower case are words, not acronyms
    return _index().get(key)


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
