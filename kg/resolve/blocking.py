"""Blocking: which earlier clusters a cluster of agreement mentions is compared with.

A cluster is filed under what it shares with others (a name, a party, a topic word, a month, a
weekday), by kind and by date, and compared only with those filed under the same keys, so the
cost of clustering grows with overlaps, not with n².
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.lexicon import lexicon
from kg.resolve.cluster import Cluster


class BlockingIndex:
    """The clusters filed under each blocking key, by position in the list of clusters.

    Most keys hold one cluster, kept as a bare position; a list only once a second is filed
    (a set per key was most of the memory clustering took).
    """

    def __init__(self) -> None:
        self._filed: dict[object, int | list[int]] = {}

    def file(self, key: object, position: int) -> None:
        """File the cluster at `position` under `key` (once: the caller files each pair once)."""
        held = self._filed.get(key)
        if held is None:
            self._filed[key] = position
        elif isinstance(held, int):
            self._filed[key] = [held, position]
        else:
            held.append(position)

    def positions(self, keys: Iterable[object]) -> list[int]:
        """The positions filed under any of `keys`, in order, each once."""
        found: set[int] = set()
        for key in keys:
            held = self._filed.get(key)
            if isinstance(held, int):
                found.add(held)
            elif held is not None:
                found.update(held)
        return sorted(found)


def date_buckets(cluster: Cluster, *, looking: bool) -> set[object]:
    """The date buckets a cluster is filed under (`looking` False) or looks in for candidates.

    Two clusters that each give some date with a year and a month, and share no such day (or,
    where one gives no day, no such month), disagree on a pair of dates and agree on none
    (`kg.resolve.matching.time_agreement` is False): they can never merge, so they need not meet. Dates with neither
    month nor weekday (a bare year) can agree with none and do not count. A cluster with no
    dated month, or with a date that may agree with a month of any year ("in March" with no
    year, a bare weekday), is filed as "loose" and looks everywhere ("all").
    """
    dated = [(year, month, day) for year, month, day, _ in cluster.times if year is not None and month is not None]
    loose = not dated or any(
        (month is not None or weekday is not None) and (year is None or month is None)
        for year, month, _, weekday in cluster.times
    )
    if looking:
        if loose:
            return {"all"}
        found: set[object] = {"loose"}
        for year, month, day in dated:
            found |= {("day", year, month, day), ("month", year, month)} if day else {("any day of", year, month)}
        return found
    filed: set[object] = {"all", "loose"} if loose else {"all"}
    for year, month, day in dated:
        filed.add(("day", year, month, day) if day else ("month", year, month))
        filed.add(("any day of", year, month))
    return filed


def blocking_keys(cluster: Cluster, *, looking: bool) -> set[tuple[str, object]]:
    """The keys a cluster is filed under (`looking` False) or looks in: what it shares, by kind.

    Kinds meet as `kg.resolve.matching.compatible_kinds` lets them: every cluster is also filed under "any"; a generic
    kind ("agreement") looks there, any other kind under its own and the generic ones."""
    shared: set[object] = {("name", name) for name in cluster.specific_names() | cluster.proper_names}
    shared |= {("party", party) for party in cluster.parties}
    shared |= {("topic", word) for word in cluster.topic}
    shared |= {("month", time[1]) for time in cluster.times if time[1] is not None}
    shared |= {("weekday", time[3]) for time in cluster.times if time[3] is not None}
    generic = lexicon().generic_families
    if not looking:
        kinds = {cluster.kind, "any"}
    elif cluster.kind in generic:
        kinds = {"any"}
    else:
        kinds = {cluster.kind, *generic}
    return {(kind, key) for kind in kinds for key in shared}
