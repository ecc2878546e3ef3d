"""Resolution across articles: facts of many articles -> facts about canonical entities.

Actors already carry canonical ids from the gazetteers. Agreements do not: each mention is merged
with the others that refer to the same instrument. Inside an article file, "the resolution" and
"it" refer back to what the article named; across files, mentions merge when they share a proper
name or a defined abbreviation (in any year), or, for descriptions that many instruments share
("nuclear deal", "free trade agreement"), when they are of a compatible kind with agreeing parties,
the same year and a compatible topic, and nothing contradicts it (another date, another adopting
body, another scope).
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
from kg.extract.tunables import tunables
from kg.ingest.article import digest
from kg.stories import StoryIndex

_T = TypeVar("_T")
SINGLE_AGENT_RELATIONS = (vocab.ADOPTED, vocab.ISSUED)
EVENT_NOUNS = {
    vocab.PROPOSED: "proposal",
    vocab.CO_SPONSORED: "co-sponsorship",
    vocab.ADOPTED: "adoption",
    vocab.SIGNED: "signing",
    vocab.RATIFIED: "ratification",
    vocab.ISSUED: "issuance",
    vocab.SUPPORTED: "support",
    vocab.NEGOTIATED_WITH: "negotiation",
    vocab.OPPOSED: "opposition",
    vocab.WITHDREW_FROM: "withdrawal",
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
    proper_names: set[str] = field(default_factory=set)
    """The proper names and defined abbreviations its mentions write, compared as `normalize_name` does."""
    parties: set[str] = field(default_factory=set)
    """The bodies of the actors named in its mentions or stated to act on it (`gazetteer.root`)."""
    years: set[int] = field(default_factory=set)
    """The years of what its mentions report and of their articles' publication."""

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
        self.proper_names.update(gazetteer.normalize_name(name) for name in mention.names)
        self.parties.update(gazetteer.root(actor) for actor in mention.scope)
        self.parties.update(gazetteer.root(actor) for _, actor in mention.agents)
        self.years.update(year for year, *_ in mention.times if year is not None)
        if mention.published:
            self.years.add(int(mention.published[:4]))
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
            for name in (*mention.names, mention.core, mention.label):
                # A bare head word ("resolution") names nothing in particular; an abbreviation does.
                if name and (" " in name.strip() or name in mention.names) and name.lower() not in found:
                    found[name.lower()] = name
        return list(found.values())

    def specific_names(self) -> set[str]:
        """The core names of the specific mentions, compared without case, dots or a leading 'the'."""
        return self._specific_names

    def choose_label(self) -> str:
        """The best name: the proper name used most often (first-seen spelling), else the specific
        description used most often (the longer on a tie), else any name, else the kind."""
        named = [m.names[0] for m in self.members if m.names]
        if named:
            counts = Counter(name.lower() for name in named)
            best = max(counts, key=lambda key: (counts[key], -len(key)))
            return next(name for name in named if name.lower() == best)
        cores = [m.core for m in self.members if m.core and m.specific]
        if not cores:
            names = self.names()
            return names[0] if names else self.kind or "agreement"
        counts = Counter(core.lower() for core in cores)
        longest = tunables().resolution.max_label_words
        best = max(counts, key=lambda key: (counts[key], min(len(key.split()), longest), -len(key)))
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
    fold = _TermFolder(mentions)
    for mention in mentions:
        by_bundle[mention.bundle].append(fold.mention(mention))
    merged: list[Cluster] = []
    # Blocking: a cluster is only compared with earlier ones of a compatible kind that share a
    # name, a party, a topic word, a month or a weekday with it (every reason to merge needs one of
    # these, see `_same_across_articles`), so the cost grows with overlaps, not with n².
    # Each key is further split by date (`_date_buckets`), so that clusters dated on different
    # days are not even compared.
    index = _BlockingIndex()
    filed: dict[int, set[tuple[str, object]]] = defaultdict(set)
    filed_buckets: dict[int, set[object]] = defaultdict(set)
    for bundle in by_bundle.values():
        for cluster in _bundle_clusters(sorted(bundle, key=lambda m: m.order)):
            wanted = _date_buckets(cluster, looking=True)
            keys = [(key, bucket) for key in _blocking_keys(cluster, looking=True) for bucket in wanted]
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
            new_keys = _blocking_keys(merged[position], looking=False) - filed[position]
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


class _TermFolder:
    """Topic words of several words ("artificial intelligence") made one term where any article
    writes their abbreviation ("AI"): then "AI safety agreement" and "agreement on artificial
    intelligence safety" share "AI", and an "intelligence agreement" shares nothing with them."""

    def __init__(self, mentions: list[AgreementMention]) -> None:
        self._written = {word for m in mentions for word in m.topic if word.isupper()}
        self._folded: dict[frozenset[str], frozenset[str]] = {}

    def mention(self, mention: AgreementMention) -> AgreementMention:
        """`mention` with its topic and keywords folded (itself when there is nothing to fold)."""
        topic, keywords = self.words(mention.topic), self.words(mention.keywords)
        if topic is mention.topic and keywords is mention.keywords:
            return mention
        return replace(mention, topic=topic, keywords=keywords)

    def words(self, words: frozenset[str]) -> frozenset[str]:
        """`words` with each run written whole replaced by its abbreviation, or by its words."""
        if not any(" " in word for word in words):
            return words
        folded = self._folded.get(words)
        if folded is None:
            kept = {word for word in words if " " not in word}
            for run in (word.split() for word in words if " " in word):
                start = 0
                while start < len(run) - 1:
                    stop = next(
                        (
                            stop
                            for stop in range(len(run), start + 1, -1)
                            if "".join(part[0] for part in run[start:stop]).upper() in self._written
                        ),
                        None,
                    )
                    if stop is None:
                        start += 1
                        continue
                    kept = (kept - set(run[start:stop])) | {"".join(part[0] for part in run[start:stop]).upper()}
                    start = stop
            folded = self._folded[words] = frozenset(kept)
        return folded


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


def _blocking_keys(cluster: Cluster, *, looking: bool) -> set[tuple[str, object]]:
    """The keys a cluster is filed under (`looking` False) or looks in: what it shares, by kind.

    Kinds meet as `_compatible_kinds` lets them: every cluster is also filed under "any"; a generic
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
        # "a provisional agreement to regulate AI": an indefinite mention introduces an instrument.
        candidates = clusters if mention.specific else ([main] if main and not mention.indefinite else [])
        single = Cluster([])
        single.add(mention)
        if mention.distinct:
            # "an alternative deal to export gas": not the pipeline agreement named before it.
            candidates = [c for c in candidates if c.specific_names() & single.specific_names()]
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
    or publication more than `max_period_days` apart (ontology/extraction.yaml).
    `times_agree`: `_time_agreement(a, b)` if known."""
    if a.scope and b.scope and not a.scope & b.scope:
        return True
    if (_time_agreement(a, b) if times_agree is None else times_agree) is False:
        return True
    for relation, mine in a.sole_agents.items():
        theirs = b.sole_agents.get(relation)
        if theirs and not mine & theirs:
            return True
    far_apart = a.published_days and b.published_days and _days_apart(a.published_days, b.published_days)
    return bool(far_apart and far_apart > tunables().resolution.max_period_days)


def _compatible_kinds(a: Cluster, b: Cluster) -> bool:
    generic = lexicon().generic_families
    return a.kind == b.kind or a.kind in generic or b.kind in generic


def _same_in_article(a: Cluster, b: Cluster, specific: bool) -> bool:
    """Inside one article file: a new unspecific mention joins the main agreement unless something
    contradicts it; a specific one joins an earlier one with its name or description, or one that
    shares a distinctive word or a date; a named one never joins another name."""
    if not _compatible_kinds(a, b):
        return False
    if a.proper_names & b.proper_names:
        return True
    if a.specific_names() & b.specific_names():
        return not (a.scope and b.scope and not a.parties & b.parties)
    if a.proper_names and b.proper_names:
        return _two_names_of_one(a, b)
    shared = a.keywords & b.keywords
    generic = lexicon().generic_families
    if (a.kind in generic) != (b.kind in generic) and not b.topic <= a.keywords:
        shared = set()  # "AI safety agreement" is not "the resolution on AI": it says more than that
    if _conflict(a, b) and not (shared and a.parties & b.parties):
        # A date is when something happened to it: the same parties and words outweigh another date.
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
    return bool(shared) or _time_agreement(a, b) is True or _same_across_articles(a, b)


def _headline(cluster: Cluster) -> bool:
    """Whether the cluster is only what the article's title says."""
    return all(m.provenance.part == "title" for m in cluster.members)


def _same_across_articles(a: Cluster, b: Cluster) -> bool:
    """Across files: the same kind, and either the same proper name (or abbreviation), or, for
    descriptions ("nuclear deal", "the resolution"), which many instruments share: the same
    parties, the same year, a compatible topic and nothing that contradicts it."""
    if not _compatible_kinds(a, b):
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
    parties = bool(a.parties & b.parties) or (
        not (a.parties and b.parties) and _time_agreement(a, b) is True and bool(a.times and b.times)
    )
    # An undated article cannot say the years differ.
    same_year = not (a.years and b.years) or bool(a.years & b.years)
    if not (parties and same_year and _topics_agree(a, b)):
        return False
    return not _conflict(a, b)


def _two_names_of_one(a: Cluster, b: Cluster) -> bool:
    """Two names of one instrument ("U.S. Constitution", "United States Constitution") say the same
    about it: the same kind, parties and topic ("Resolution 2259" and "Resolution 2231" differ)."""
    return a.kind == b.kind and bool(a.parties) and a.parties == b.parties and _topics_agree(a, b)


def _topics_agree(a: Cluster, b: Cluster) -> bool:
    """Whether what the two say the instrument is about agrees: one says nothing, one's topic holds
    the other's ("border agreement", "maritime border agreement"), or they share most words."""
    if not a.topic or not b.topic or a.topic <= b.topic or b.topic <= a.topic:
        return True
    return len(a.topic & b.topic) / len(a.topic | b.topic) >= tunables().resolution.min_topic_overlap


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
