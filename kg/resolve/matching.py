"""When two clusters of agreement mentions name one agreement: inside an article file, and across files."""

from __future__ import annotations

from bisect import bisect_left

from kg.extract.lexicon import lexicon
from kg.extract.temporal import dates_agree
from kg.extract.tunables import tunables
from kg.resolve.cluster import Cluster


def time_agreement(a: Cluster, b: Cluster) -> bool | None:
    """True when some date of one agrees with some date of the other; else False when some pair
    differs; else None (nothing to compare)."""
    differs = False
    for mine in a.times:
        for theirs in b.times:
            verdict = dates_agree(mine, theirs)
            if verdict is True:
                return True
            differs = differs or verdict is False
    return False if differs else None


def _days_apart(a: list[int], b: list[int]) -> int:
    """The smallest distance between a day of `a` and a day of `b` (both sorted, not empty)."""
    if len(a) > len(b):
        a, b = b, a
    best = abs(a[0] - b[0])
    for day in a:
        at = bisect_left(b, day)
        for neighbour in b[max(at - 1, 0) : at + 1]:
            best = min(best, abs(day - neighbour))
    return best


def _conflict(a: Cluster, b: Cluster, *, times_agree: bool | None = None) -> bool:
    """Whether something tells the two apart: another scope, another date, another adopting body,
    or publication more than `max_period_days` apart (ontology/extraction.yaml).
    `times_agree`: `time_agreement(a, b)` if known."""
    if a.scope and b.scope and not a.scope & b.scope:
        return True
    if (time_agreement(a, b) if times_agree is None else times_agree) is False:
        return True
    for relation, mine in a.sole_agents.items():
        theirs = b.sole_agents.get(relation)
        if theirs and not mine & theirs:
            return True
    far_apart = a.published_days and b.published_days and _days_apart(a.published_days, b.published_days)
    return bool(far_apart and far_apart > tunables().resolution.max_period_days)


def compatible_kinds(a: Cluster, b: Cluster) -> bool:
    """Whether the two are of one kind, or one of them is of a generic kind ("agreement")."""
    generic = lexicon().generic_families
    return a.kind == b.kind or a.kind in generic or b.kind in generic


def same_in_article(a: Cluster, b: Cluster, specific: bool) -> bool:
    """Inside one article file: a new unspecific mention joins the main agreement unless something
    contradicts it; a specific one joins an earlier one with its name or description, or one that
    shares a distinctive word or a date; a named one never joins another name."""
    if not compatible_kinds(a, b):
        return False
    if a.proper_names & b.proper_names:
        return True
    if _new_after_dated(a, b) or _new_after_dated(b, a):
        return False  # "I will present a bill ..." is not the bill the congress passed back in 2018
    if a.specific_names() & b.specific_names():
        return not (a.scope and b.scope and not a.parties & b.parties)
    if a.proper_names and b.proper_names:
        # one article shortens a long name at either end ("Hiroshima Process International Code of
        # Conduct" ... "the International Code of Conduct")
        shortened = any(_shortened(x, y) or _shortened(y, x) for x in a.proper_names for y in b.proper_names)
        return (a.kind == b.kind and shortened) or _two_names_of_one(a, b)
    shared = a.keywords & b.keywords
    generic = lexicon().generic_families
    if (a.kind in generic) != (b.kind in generic) and not b.topic <= a.keywords:
        shared = set()  # "AI safety agreement" is not "the resolution on AI": it says more than that
    if _conflict(a, b) and not (shared and a.parties & b.parties and a.kind == b.kind):
        # A date is when something happened to it: the same parties and words outweigh another date,
        # for one kind of instrument ("a memorandum" of 2017 is not "an agreement" signed in 2020).
        return False
    if not specific:
        return True
    if a.parties and b.parties and not a.parties & b.parties:
        return False  # a word in common, between other parties: "deal to export gas" is not "agreement on a pipeline"
    if a.kind == b.kind and not (a.proper_names and b.proper_names) and _headline(a):
        return True  # a headline names the article's instrument its own way ("state anti-abortion measure")
    if a.proper_names or b.proper_names:
        # A name and a description: the same kind, saying the same about it.
        return a.kind == b.kind and bool(shared)
    return bool(shared) or time_agreement(a, b) is True or same_across_articles(a, b)


def _new_after_dated(new: Cluster, old: Cluster) -> bool:
    """Whether `new` introduces an instrument of its article's time ("a bill" a president is to send,
    with no earlier year stated) and `old` is one the text dates to an earlier year only ("Back in
    2018, the congress approved a bill legalising abortion"): two instruments, whatever words they share.
    Where they are, `old` is marked so that its label says its year."""
    fresh = any(
        m.indefinite and m.published and not any(y is not None and y < int(m.published[:4]) for y, *_ in m.times)
        for m in new.members
    )
    if not fresh or old.past_year() is None:
        return False
    old.apart_by_year = True  # its label will say its year ("2018 bill legalising abortion")
    return True


def _headline(cluster: Cluster) -> bool:
    """Whether the cluster is only what the article's title says."""
    return all(m.provenance.part == "title" for m in cluster.members)


def same_across_articles(a: Cluster, b: Cluster) -> bool:
    """Across files: the same kind, and either the same proper name (or abbreviation), or, for
    descriptions ("nuclear deal", "the resolution"), which many instruments share: the same
    parties, the same year, a compatible topic and nothing that contradicts it."""
    if not compatible_kinds(a, b):
        return False
    if a.kind != b.kind:
        # A generic kind ("agreement") names a specific one ("memorandum") only when it says no more about it.
        loose, other = (a, b) if a.kind in lexicon().generic_families else (b, a)
        if not loose.topic <= other.topic:
            return False
    if a.proper_names & b.proper_names:
        return True  # A name is stable across years ("signed in 2015", "withdrew in 2018").
    if a.proper_names and b.proper_names:
        return _two_names_of_one(a, b)
    # Parties agree when neither names a nation party the other lacks: a US-Japan joint statement is not
    # a US-Korea one, though both have the US (one article may name fewer of the same parties).
    nations_a, nations_b = _nations(a.parties), _nations(b.parties)
    nested = nations_a <= nations_b or nations_b <= nations_a
    parties = (nested and bool(a.parties & b.parties)) or (
        not (a.parties and b.parties) and time_agreement(a, b) is True and bool(a.times and b.times)
    )
    # An undated article cannot say the years differ.
    same_year = not (a.years and b.years) or bool(a.years & b.years)
    if not (parties and same_year and _topics_agree(a, b)):
        return False
    return not _conflict(a, b)


def _nations(parties: set[str]) -> set[str]:
    return {party for party in parties if party.startswith("nation:")}


def _two_names_of_one(a: Cluster, b: Cluster) -> bool:
    """Two names of one instrument ("U.S. Constitution", "United States Constitution") say the same
    about it: the same kind, parties and topic ("Resolution 2259" and "Resolution 2231" differ)."""
    return a.kind == b.kind and bool(a.parties) and a.parties == b.parties and _topics_agree(a, b)


def _shortened(short: str, long: str) -> bool:
    """Whether `short` is `long` without some words at its start or at its end (two words at least)."""
    words, whole = short.split(), long.split()
    size = len(words)
    return 2 <= size < len(whole) and (whole[:size] == words or whole[-size:] == words)


def _topics_agree(a: Cluster, b: Cluster) -> bool:
    """Whether what the two say the instrument is about agrees: one says nothing, one's topic holds
    the other's ("border agreement", "maritime border agreement"), or they share most words."""
    if not a.topic or not b.topic or a.topic <= b.topic or b.topic <= a.topic:
        return True
    return len(a.topic & b.topic) / len(a.topic | b.topic) >= tunables().resolution.min_topic_overlap
