"""Resolution across articles: facts of many articles -> facts about canonical entities.

Actors already carry canonical ids from the gazetteers. Agreements do not: each mention is merged
with the others that refer to the same instrument. Inside an article file, "the resolution" and
"it" refer back to what the article named; across files, mentions merge when they are the same
kind of instrument with the same topic, or the same actors doing the same thing in the same period,
and nothing contradicts it (another date, another adopting body, another scope).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from kg import vocab
from kg.extract import gazetteer
from kg.extract.facts import (
    AgreementMention,
    ClaimMention,
    EdgeFact,
    EventMention,
    Fact,
    NodeFact,
    slug,
)
from kg.extract.lexicon import lexicon
from kg.extract.pipeline import ArticleFacts
from kg.extract.temporal import PartialDate
from kg.ingest.article import digest

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
TimeKey = tuple[int | None, int | None, int | None, int | None]


def resolve(extracted: Iterable[ArticleFacts]) -> Iterator[Fact]:
    """The facts of all articles, with mentions of the same agreement merged into one node, and
    events and claims made into nodes of their own.

    Duplicate articles (the same article under two file names) contribute their facts once.
    """
    seen: set[str] = set()
    mentions: list[AgreementMention] = []
    events: list[EventMention] = []
    claims: list[ClaimMention] = []
    plain: list[Fact] = []
    for item in extracted:
        if item.article_id in seen:
            continue
        seen.add(item.article_id)
        for fact in item.facts:
            if isinstance(fact, AgreementMention):
                mentions.append(fact)
            elif isinstance(fact, EventMention):
                events.append(fact)
            elif isinstance(fact, ClaimMention):
                claims.append(fact)
            else:
                plain.append(fact)
    clusters = cluster_agreements(mentions)
    canonical = {m.id: cluster.id for cluster in clusters for m in cluster.members}
    for cluster in clusters:
        yield cluster.node()
    for fact in plain:
        if isinstance(fact, EdgeFact):
            source, target = canonical.get(fact.source, fact.source), canonical.get(fact.target, fact.target)
            if source.startswith("mention:") or target.startswith("mention:"):
                continue
            yield EdgeFact(source, fact.relation, target, fact.provenance, fact.attrs)
        else:
            yield fact
    labels = {cluster.id: cluster.label for cluster in clusters}
    yield from _event_facts(events, canonical, labels)
    yield from _claim_facts(claims, canonical, labels)


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
    times: set[TimeKey] = field(default_factory=set)
    published: set[str] = field(default_factory=set)

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
        if mention.published:
            self.published.add(mention.published[:10])

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
        return {gazetteer.normalize_name(m.core) for m in self.members if m.specific and m.core}

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
    # topic word, an actor or a month with it, so the cost grows with overlaps, not with n².
    index: dict[tuple[str, object], list[int]] = defaultdict(list)
    for bundle in by_bundle.values():
        for cluster in _bundle_clusters(sorted(bundle, key=lambda m: m.order)):
            candidates = sorted({i for key in _blocking_keys(cluster) for i in index.get(key, ())})
            position = next((i for i in candidates if _same_across_articles(merged[i], cluster)), None)
            if position is None:
                position = len(merged)
                merged.append(cluster)
            else:
                merged[position].absorb(cluster)
            for key in _blocking_keys(merged[position]):
                if position not in index[key]:
                    index[key].append(position)
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


def _blocking_keys(cluster: Cluster) -> set[tuple[str, object]]:
    keys: set[tuple[str, object]] = {(cluster.kind, ("name", name)) for name in cluster.specific_names()}
    keys |= {(cluster.kind, ("topic", word)) for word in cluster.topic}
    keys |= {(cluster.kind, ("agent", agent)) for agent in cluster.agents}
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
    verdicts = [PartialDate(*x).agrees_with(PartialDate(*y)) for x in a.times for y in b.times]
    if any(v is True for v in verdicts):
        return True
    if any(v is False for v in verdicts):
        return False
    return None


def _conflict(a: Cluster, b: Cluster) -> bool:
    if a.scope and b.scope and not a.scope & b.scope:
        return True
    if _time_agreement(a, b) is False:
        return True
    for relation in SINGLE_AGENT_RELATIONS:
        # The General Assembly adopting is the UN adopting: compare actors by the body they belong to.
        mine = {gazetteer.root(actor) for r, actor in a.agents if r == relation}
        theirs = {gazetteer.root(actor) for r, actor in b.agents if r == relation}
        if mine and theirs and not mine & theirs:
            return True
    if a.published and b.published:
        gap = min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a.published for y in b.published)
        if gap > MAX_PERIOD_DAYS:
            return True
    return False


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
    if a.kind != b.kind or _conflict(a, b):
        return False
    if a.specific_names() & b.specific_names():
        return True
    if a.topic and b.topic and len(a.topic & b.topic) / len(a.topic | b.topic) >= 0.5:
        return True
    same_time = _time_agreement(a, b) is True
    if same_time and a.agents & b.agents:
        return True
    return same_time and not (a.topic and b.topic)


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
