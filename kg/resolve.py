"""Resolution across articles: facts of many articles -> facts about canonical entities.

Actors already carry canonical ids from the gazetteers. Agreements do not: each mention is merged
with the others that refer to the same instrument. Inside an article file, "the resolution" and
"it" refer back to what the article named; across files, mentions merge when they are the same
kind of instrument with the same topic, or the same actors doing the same thing in the same period,
and nothing contradicts it (another date, another adopting body, another scope).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from kg import vocab
from kg.extract import gazetteer
from kg.extract.facts import (
    AgreementMention,
    BodySignature,
    ClaimMention,
    EdgeFact,
    EventMention,
    Fact,
    NodeFact,
    slug,
)
from kg.extract.lexicon import lexicon
from kg.extract.pipeline import ArticleFacts
from kg.extract.temporal import DateKey, PartialDate, dates_agree
from kg.ingest.article import digest
from kg.stories import StoryIndex

_T = TypeVar("_T")
SINGLE_AGENT_RELATIONS = (vocab.ADOPTED, vocab.ISSUED)
MAX_PERIOD_DAYS = 400
EVENT_NOUNS = {
    vocab.PROPOSED: "proposal",
    vocab.CO_SPONSORED: "co-sponsorship",
    vocab.ADOPTED: "adoption",
    vocab.SIGNED: "signing",
    vocab.ISSUED: "issuance",
    vocab.NEGOTIATED_WITH: "negotiation",
    vocab.OPPOSED: "opposition",
}
CLAIM_NOUNS = {vocab.CO_SPONSORED: "co-sponsors", vocab.SIGNED: "signatories", vocab.PROPOSED: "sponsors"}


def resolve(extracted: Iterable[ArticleFacts]) -> Iterator[Fact]:
    """The facts of all articles, with mentions of the same agreement merged into one node, and
    events and claims made into nodes of their own.

    Facts that need no resolution (nodes, and edges that name no agreement mention) are passed on
    as each article arrives, so that they need not all be held at once; the agreement nodes, the
    edges naming them, and the events and claims follow once every article has been read. Each
    node and each edge still sees its facts in article order. Duplicate articles (the same article
    under two file names) contribute their facts once. Syndicated copies (the same story on several
    sites) are joined to one Story node (`kg.stories`).
    """
    seen: set[str] = set()
    mentions: list[AgreementMention] = []
    events: list[EventMention] = []
    claims: list[ClaimMention] = []
    naming_mentions: list[EdgeFact] = []
    shared = _Shared()
    stories = StoryIndex()
    for item in extracted:
        if item.article_id in seen:
            continue
        seen.add(item.article_id)
        for fact in item.facts:
            if isinstance(fact, AgreementMention):
                mentions.append(shared.mention(fact))
            elif isinstance(fact, EventMention):
                events.append(fact)
            elif isinstance(fact, ClaimMention):
                claims.append(fact)
            elif isinstance(fact, BodySignature):
                stories.add(fact)
            elif isinstance(fact, EdgeFact) and (_is_mention(fact.source) or _is_mention(fact.target)):
                naming_mentions.append(fact)
            else:
                yield fact
    yield from stories.facts()
    del stories
    clusters = cluster_agreements(mentions)
    canonical = {m.id: cluster.id for cluster in clusters for m in cluster.members}
    labels = {cluster.id: cluster.label for cluster in clusters}
    for cluster in clusters:
        yield cluster.node()
    del clusters, mentions  # the mentions are no longer needed once their clusters are named
    for fact in naming_mentions:
        source, target = canonical.get(fact.source, fact.source), canonical.get(fact.target, fact.target)
        if not (_is_mention(source) or _is_mention(target)):
            yield EdgeFact(source, fact.relation, target, fact.provenance, fact.attrs)
    yield from _event_facts(events, canonical, labels)
    yield from _claim_facts(claims, canonical, labels)


def _is_mention(node_id: str) -> bool:
    return node_id.startswith("mention:")


class _Shared:
    """One object for each distinct value the agreement mentions repeat (topic words, keyword and
    actor sets, dates, kinds): mentions of many articles then share them instead of each holding
    its own copy (the sets were most of a mention's size)."""

    def __init__(self) -> None:
        self._values: dict[object, object] = {}

    def value(self, value: _T) -> _T:
        """The shared object equal to `value`."""
        return self._values.setdefault(value, value)  # type: ignore[return-value]

    def mention(self, mention: AgreementMention) -> AgreementMention:
        """`mention`, its repeated values replaced by shared ones."""
        share = self.value
        return replace(
            mention,
            bundle=share(mention.bundle),
            kind=share(mention.kind),
            label=share(mention.label),
            core=share(mention.core),
            topic=share(mention.topic),
            keywords=share(mention.keywords),
            scope=share(mention.scope),
            agents=share(mention.agents),
            times=share(mention.times),
            published=share(mention.published),
        )


@dataclass
class Cluster:
    """Mentions taken to name one agreement, and what they say about it together."""

    members: list[AgreementMention]
    id: str = ""
    label: str = ""
    kind: str = ""
    topic: set[str] = field(default_factory=set)
    keywords: set[str] = field(default_factory=set)
    scope: set[str] = field(default_factory=set)
    agents: set[tuple[str, str]] = field(default_factory=set)
    times: set[DateKey] = field(default_factory=set)
    # Kept up to date by `add`, for the many comparisons of resolution.
    published_days: list[int] = field(default_factory=list)
    """The days the mentions' articles were published (ordinals, sorted, each once)."""
    sole_agents: dict[str, set[str]] = field(default_factory=dict)
    """For each single-agent relation (adopted, issued), the bodies its actors belong to."""
    _specific_names: set[str] = field(default_factory=set)

    def add(self, mention: AgreementMention) -> None:
        """Take one more mention into the cluster."""
        self.members.append(mention)
        # The first kind named stands, except that a specific mention refines a generic one
        # ("initiative" -> "declaration").
        generic = self.kind in lexicon().generic_families
        if mention.kind and (not self.kind or (generic and mention.specific)):
            self.kind = mention.kind
        self.topic |= mention.topic
        self.keywords |= mention.keywords
        self.scope |= mention.scope
        self.agents |= mention.agents
        self.times |= mention.times
        for relation, actor in mention.agents:
            if relation in SINGLE_AGENT_RELATIONS:
                # The General Assembly adopting is the UN adopting: actors count by the body they belong to.
                self.sole_agents.setdefault(relation, set()).add(gazetteer.root(actor))
        if mention.specific and mention.core:
            self._specific_names.add(gazetteer.normalize_name(mention.core))
        if mention.published:
            day = date.fromisoformat(mention.published[:10]).toordinal()
            at = bisect_left(self.published_days, day)
            if at == len(self.published_days) or self.published_days[at] != day:
                self.published_days.insert(at, day)

    def absorb(self, other: Cluster) -> None:
        """Merge another cluster into this one."""
        for mention in other.members:
            self.add(mention)

    def names(self) -> list[str]:
        """Every distinct name the mentions use (labels and core names), in first-seen order."""
        found: dict[str, str] = {}
        for mention in self.members:
            for name in (mention.core, mention.label):
                # A bare head word ("resolution") names nothing in particular.
                if name and " " in name.strip() and name.lower() not in found:
                    found[name.lower()] = name
        return list(found.values())

    def specific_names(self) -> set[str]:
        """The core names of the specific mentions, compared without case, dots or a leading 'the'."""
        return self._specific_names

    def choose_label(self) -> str:
        """The core name used most often by specific mentions (first-seen spelling), else any name."""
        cores = [m.core for m in self.members if m.core and m.specific]
        if not cores:
            names = self.names()
            return names[0] if names else self.kind or "agreement"
        counts = Counter(core.lower() for core in cores)
        best = max(counts, key=lambda key: (counts[key], -len(key)))
        return next(core for core in cores if core.lower() == best)

    def date(self) -> str | None:
        """The earliest fully known date among what the mentions report, as ISO text."""
        known = sorted(PartialDate(*t).iso() or "" for t in self.times if t[0] is not None)
        return known[0] if known and known[0] else None

    def node(self) -> NodeFact:
        """The Agreement node of this cluster."""
        aliases = tuple(name for name in self.names() if name != self.label)
        return NodeFact(self.id, vocab.AGREEMENT, self.label, aliases, (("kind", self.kind), ("date", self.date())))


def cluster_agreements(mentions: list[AgreementMention]) -> list[Cluster]:
    """Group agreement mentions into clusters: first inside each article file, then across files."""
    by_bundle: dict[str, list[AgreementMention]] = defaultdict(list)
    for mention in mentions:
        by_bundle[mention.bundle].append(mention)
    merged: list[Cluster] = []
    # Blocking: a cluster is only compared with earlier ones of its kind that share a name, a
    # topic word, a month or a weekday with it (every reason to merge needs one of these, see
    # `_same_across_articles`), so the cost grows with overlaps, not with n².
    # Each key is further split by date (`_date_buckets`), so that clusters dated on different
    # days are not even compared.
    index = _BlockingIndex()
    filed: dict[int, set[tuple[str, object]]] = defaultdict(set)
    filed_buckets: dict[int, set[object]] = defaultdict(set)
    for bundle in by_bundle.values():
        for cluster in _bundle_clusters(sorted(bundle, key=lambda m: m.order)):
            wanted = _date_buckets(cluster, looking=True)
            keys = [(key, bucket) for key in _blocking_keys(cluster) for bucket in wanted]
            candidates = index.positions(keys)
            position = next((i for i in candidates if _same_across_articles(merged[i], cluster)), None)
            if position is None:
                position = len(merged)
                merged.append(cluster)
            else:
                merged[position].absorb(cluster)
            # A cluster's keys and buckets only grow: file the new keys under every bucket, and
            # the keys filed before under the new buckets.
            buckets = _date_buckets(merged[position], looking=False)
            new_keys = _blocking_keys(merged[position]) - filed[position]
            new_buckets = buckets - filed_buckets[position]
            for key in new_keys:
                for bucket in buckets:
                    index.file((key, bucket), position)
            for key in filed[position]:
                for bucket in new_buckets:
                    index.file((key, bucket), position)
            filed[position] |= new_keys
            filed_buckets[position] |= new_buckets
    used: set[str] = set()
    for cluster in merged:
        cluster.label = cluster.choose_label()
        base = "agreement:" + slug(cluster.label)
        cluster.id = base
        suffix = 2
        while cluster.id in used:
            cluster.id = f"{base}-{suffix}"
            suffix += 1
        used.add(cluster.id)
    return merged


class _BlockingIndex:
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


def _date_buckets(cluster: Cluster, *, looking: bool) -> set[object]:
    """The date buckets a cluster is filed under (`looking` False) or looks in for candidates.

    Two clusters that each give some date with a year and a month, and share no such day (or,
    where one gives no day, no such month), disagree on a pair of dates and agree on none
    (`_time_agreement` is False): they can never merge, so they need not meet. Dates with neither
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


def _blocking_keys(cluster: Cluster) -> set[tuple[str, object]]:
    keys: set[tuple[str, object]] = {(cluster.kind, ("name", name)) for name in cluster.specific_names()}
    keys |= {(cluster.kind, ("topic", word)) for word in cluster.topic}
    keys |= {(cluster.kind, ("month", time[1])) for time in cluster.times if time[1] is not None}
    keys |= {(cluster.kind, ("weekday", time[3])) for time in cluster.times if time[3] is not None}
    return keys


def _bundle_clusters(mentions: list[AgreementMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    main: Cluster | None = None
    pending: list[AgreementMention] = []
    for mention in mentions:
        if mention.anaphoric:
            same_kind = [c for c in clusters if mention.kind and c.kind == mention.kind]
            target = same_kind[-1] if same_kind else main
            if target is None:
                pending.append(mention)
            else:
                target.add(mention)
            continue
        candidates = clusters if mention.specific else ([main] if main else [])
        single = Cluster([])
        single.add(mention)
        target = next((c for c in candidates if _same_in_article(c, single, mention.specific)), None)
        if target is None:
            clusters.append(single)
            main = main or single
        else:
            target.add(mention)
    if pending:
        if main is None and any(m.kind for m in pending):
            main = Cluster([])
            clusters.append(main)
        for mention in pending:
            if main is not None:
                main.add(mention)
    return [c for c in clusters if c.kind]


def _time_agreement(a: Cluster, b: Cluster) -> bool | None:
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
    or publication more than MAX_PERIOD_DAYS apart. `times_agree`: `_time_agreement(a, b)` if known."""
    if a.scope and b.scope and not a.scope & b.scope:
        return True
    if (_time_agreement(a, b) if times_agree is None else times_agree) is False:
        return True
    for relation, mine in a.sole_agents.items():
        theirs = b.sole_agents.get(relation)
        if theirs and not mine & theirs:
            return True
    far_apart = a.published_days and b.published_days and _days_apart(a.published_days, b.published_days)
    return bool(far_apart and far_apart > MAX_PERIOD_DAYS)


def _compatible_kinds(a: Cluster, b: Cluster) -> bool:
    generic = lexicon().generic_families
    return a.kind == b.kind or a.kind in generic or b.kind in generic


def _same_in_article(a: Cluster, b: Cluster, specific: bool) -> bool:
    """Inside one article file: a new unspecific mention joins the main agreement unless something
    contradicts it; a specific one joins an earlier one that shares a distinctive word or a date."""
    if _conflict(a, b) or not _compatible_kinds(a, b):
        return False
    if not specific:
        return True
    distinctive = (a.keywords & b.keywords) - set(lexicon().topic_words.values())
    return bool(distinctive) or _time_agreement(a, b) is True or _same_across_articles(a, b)


def _same_across_articles(a: Cluster, b: Cluster) -> bool:
    """Across files: same kind, no contradiction, and the same name, the same topic, or the same
    actors and date."""
    if a.kind != b.kind:
        return False
    # The cheap reasons to merge first; the contradictions only for a pair that has one.
    if a.specific_names() & b.specific_names():
        return not _conflict(a, b)
    if a.topic and b.topic and len(a.topic & b.topic) / len(a.topic | b.topic) >= 0.5:
        return not _conflict(a, b)
    if _time_agreement(a, b) is True and (not (a.topic and b.topic) or a.agents & b.agents):
        return not _conflict(a, b, times_agree=True)
    return False


def _event_facts(events: list[EventMention], canonical: dict[str, str], labels: dict[str, str]) -> Iterator[Fact]:
    grouped: dict[tuple[str, str], dict[str, list[EventMention]]] = defaultdict(lambda: defaultdict(list))
    for event in events:
        target = canonical.get(event.target)
        if target is None:
            continue
        when = PartialDate(*event.date) if event.date else None
        grouped[(event.kind, target)][when.iso() if when and when.iso() else ""].append(event)
    for (kind, target), by_date in grouped.items():
        dated = [key for key in by_date if key]
        if "" in by_date and len(dated) == 1:
            # An undated report of the same act on the same agreement is the one dated act.
            by_date[dated[0]].extend(by_date.pop(""))
        for when, members in by_date.items():
            noun = EVENT_NOUNS.get(kind, kind)
            node_id = "event:" + slug(f"{noun}-{target.split(':', 1)[1]}-{when or 'undated'}")
            label = f"{noun} of {labels[target]}" + (f" ({when})" if when else "")
            yield NodeFact(node_id, vocab.EVENT, label, (), (("kind", noun), ("date", when or None)))
            for event in members:
                yield EdgeFact(node_id, vocab.AGENT, event.agent, event.provenance)
                yield EdgeFact(node_id, vocab.OBJECT, target, event.provenance)
                if event.place:
                    yield EdgeFact(node_id, vocab.PLACE_OF, event.place, event.provenance)


def _claim_facts(claims: list[ClaimMention], canonical: dict[str, str], labels: dict[str, str]) -> Iterator[Fact]:
    for claim in claims:
        target = canonical.get(claim.target)
        if target is None:
            continue
        article = claim.provenance.article
        noun = CLAIM_NOUNS.get(claim.kind, claim.kind)
        node_id = "claim:" + digest(article, claim.kind, claim.value, target)
        label = f"{claim.value} {noun} of {labels[target]}"
        yield NodeFact(node_id, vocab.CLAIM, label, (), (("kind", f"{noun} count"), ("value", claim.value)))
        source = claim.provenance
        yield EdgeFact(article, vocab.CLAIMS, node_id, source)
        yield EdgeFact(node_id, vocab.CLAIM_ABOUT, target, source)
