"""Metadata that is page furniture: titles that are no headline, bylines that name no person.

The vocabulary (furniture title patterns, role words, name particles) is data in `ontology/ingest.yaml`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from kg.ingest.article import Publisher
from kg.resources import load_yaml

MAX_NAME_WORDS = 6


@functools.cache
def _furniture_titles() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_yaml("ingest.yaml")["furniture_titles"])


@functools.cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(word.lower() for word in load_yaml("ingest.yaml")[kind])


def is_furniture_title(title: str) -> bool:
    """True when a title is site furniture (a shortcode, a numbered menu item, a format menu).

    >>> is_furniture_title("[ad_1]"), is_furniture_title("1. BBC"), is_furniture_title("Formats: HTML JSON XML")
    (True, True, True)
    >>> is_furniture_title("UN adopts resolution on Gaza ceasefire")
    False
    """
    text = " ".join(title.split())
    return any(pattern.match(text) for pattern in _furniture_titles())


def person_bylines(names: Iterable[str], publisher: Publisher | None = None) -> tuple[str, ...]:
    """The bylines among `names` that name a person: not a role, an agency or the publisher itself.

    A person's name has at least two capitalised words (name particles aside) and no role word;
    a byline that is the publisher ("Deutsche Welle" on dw.com, "Heise Online" on heise.de) is not
    a person either.

    >>> person_bylines(["Staff Writer", "Reuters Staff", "Associated Press", "Jill Serjeant", "Ursula von der Leyen"])
    ('Jill Serjeant', 'Ursula von der Leyen')
    >>> person_bylines(["Deutsche Welle", "Denis Dilba"], Publisher("DW.COM", "dw.com"))
    ('Denis Dilba',)
    """
    found: list[str] = []
    for name in names:
        if _is_person(name) and not _names_publisher(name, publisher) and name not in found:
            found.append(name)
    return tuple(found)


def _is_person(name: str) -> bool:
    words = re.findall(r"[^\s,]+", name)
    if not 2 <= len(words) <= MAX_NAME_WORDS or any(ch.isdigit() or ch in "@/:" for ch in name):
        return False
    if any(word.strip(".'’").lower() in _words("byline_role_words") for word in words):
        return False
    named = [w for w in words if w.lower() not in _words("name_particles")]
    return len(named) >= 2 and all(w[0].isupper() for w in named)


def _names_publisher(name: str, publisher: Publisher | None) -> bool:
    """True when a byline is the publisher: its name, its domain's name, or the initials of either."""
    if publisher is None:
        return False
    words = re.findall(r"\w+", name.lower())
    compact = "".join(words)
    initials = "".join(word[0] for word in words)
    names = publisher_names(publisher)
    return compact in names or initials in names or any(word in names for word in words)


_DOMAIN_WORDS = frozenset({"www", "en", "m", "com", "org", "net", "co", "uk", "news"})
"""Parts of web domains that name no outlet (a host, a language, a top-level domain)."""


def publisher_names(publisher: Publisher) -> frozenset[str]:
    """The names a publisher goes by, lower-cased with no spaces or punctuation (`compact_name`): its
    name, its web domain whole, and the parts of the domain that name it ("en.wikinews.org" ->
    "wikinews", "www.bbc.co.uk" -> "bbc")."""
    names = {compact_name(publisher.name or "")}
    if publisher.domain:
        domain = publisher.domain.lower()
        names |= {part for part in domain.split(".") if part not in _DOMAIN_WORDS} | {compact_name(domain)}
    names.discard("")
    return frozenset(names)


def compact_name(name: str) -> str:
    """A name lower-cased without a leading "the", spaces or punctuation ("The Washington Post" ->
    "washingtonpost"), to compare names of outlets however written."""
    return re.sub(r"\W", "", re.sub(r"^the\s+", "", name.strip().lower()))


def matches_publisher(name: str, domain: str | None) -> bool:
    """True when a publisher's name fits a web domain ("Reuters" and reuters.com, "Voice of America" and voanews.com).

    >>> matches_publisher("Reuters", "reuters.com"), matches_publisher("Voice of America", "voanews.com")
    (True, True)
    >>> matches_publisher("Associated Press", "apnews.com")
    True
    >>> matches_publisher("NewsNow", "reuters.com")
    False
    """
    if not domain:
        return False
    words = re.findall(r"\w+", name.lower())
    initials = "".join(word[0] for word in words)
    # A name's initials may start its domain ("voa" of voanews.com, "ap" of apnews.com).
    return (
        _names_publisher(name, Publisher(None, domain))
        or "".join(words) in domain.replace(".", "")
        or (len(initials) >= 2 and domain.startswith(initials))
    )
