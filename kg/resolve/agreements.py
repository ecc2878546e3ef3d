"""Agreement mentions -> clusters, one per agreement: first inside each article file, then across files.

Inside an article file, "the resolution" and "it" refer back to what the article named; across
files, mentions merge when they share a proper name or a defined abbreviation (in any year), or,
for descriptions that many instruments share ("nuclear deal", "free trade agreement"), when they
are of a compatible kind with agreeing parties, the same year and a compatible topic, and nothing
contradicts it (another date, another adopting body, another scope): `kg.resolve.matching`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from kg import vocab
from kg.facts import DECISION_REFERENCE, AgreementMention
from kg.ids import slug
from kg.resolve.blocking import BlockingIndex, blocking_keys, date_buckets
from kg.resolve.cluster import Cluster
from kg.resolve.matching import same_across_articles, same_in_article

_TAKEN = frozenset({vocab.ISSUED, vocab.ADOPTED})
"""How an actor takes the decision a reference by its name alone ("the House's decision") refers to."""


def cluster_agreements(mentions: list[AgreementMention]) -> list[Cluster]:
    """Group agreement mentions into clusters: first inside each article file, then across files."""
    by_bundle: dict[str, list[AgreementMention]] = defaultdict(list)
    fold = _TermFolder(mentions)
    for mention in mentions:
        by_bundle[mention.bundle].append(fold.mention(mention))
    merged: list[Cluster] = []
    # Blocking: a cluster is only compared with earlier ones of a compatible kind that share a
    # name, a party, a topic word, a month or a weekday with it (every reason to merge needs one of
    # these, see `kg.resolve.matching.same_across_articles`), so the cost grows with overlaps, not with n².
    # Each key is further split by date (`date_buckets`), so that clusters dated on different
    # days are not even compared.
    index = BlockingIndex()
    filed: dict[int, set[tuple[str, object]]] = defaultdict(set)
    filed_buckets: dict[int, set[object]] = defaultdict(set)
    for bundle in by_bundle.values():
        for cluster in _bundle_clusters(sorted(bundle, key=lambda m: m.order)):
            wanted = date_buckets(cluster, looking=True)
            keys = [(key, bucket) for key in blocking_keys(cluster, looking=True) for bucket in wanted]
            candidates = index.positions(keys)
            position = next((i for i in candidates if same_across_articles(merged[i], cluster)), None)
            if position is None:
                position = len(merged)
                merged.append(cluster)
            else:
                merged[position].absorb(cluster)
            # A cluster's keys and buckets only grow: file the new keys under every bucket, and
            # the keys filed before under the new buckets.
            buckets = date_buckets(merged[position], looking=False)
            new_keys = blocking_keys(merged[position], looking=False) - filed[position]
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


def _writes_head(cluster: Cluster, anaphor: AgreementMention) -> bool:
    """Whether a mention of `cluster` writes the head word of `anaphor`: "the pact" is the "Mekong Trade
    Pact" named before, not "an agreement covering rice exports" of the same kind written since."""
    words = anaphor.core.lower().split()
    return bool(words) and any(words[-1] in m.core.lower().split() for m in cluster.members)


def _bundle_clusters(mentions: list[AgreementMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    main: Cluster | None = None
    pending: list[AgreementMention] = []
    references: list[AgreementMention] = []
    for mention in mentions:
        if mention.kind == DECISION_REFERENCE:
            references.append(mention)
            continue
        if mention.anaphoric:
            same_kind = [c for c in clusters if mention.kind and c.kind == mention.kind]
            same_word = [c for c in same_kind if _writes_head(c, mention)]
            target = (same_word or same_kind)[-1] if same_kind else main
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
        target = next((c for c in candidates if same_in_article(c, single, mention.specific)), None)
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
    for reference in references:
        _refer(reference, clusters)
    return [c for c in clusters if c.kind]


def _refer(reference: AgreementMention, clusters: list[Cluster]) -> None:
    """Join a reference to a decision by its taker alone ("The NBA's decision") to the decision that
    actor issued or adopted last before it in the article; one with none refers to nothing."""
    latest: tuple[int, Cluster] | None = None
    for cluster in clusters:
        if not any(relation in _TAKEN and actor in reference.scope for relation, actor in cluster.agents):
            continue
        before = [m.order for m in cluster.members if m.order < reference.order]
        if before and (latest is None or max(before) > latest[0]):
            latest = (max(before), cluster)
    if latest is not None:
        latest[1].add(reference)
