"""Resolution across articles: facts of many articles -> facts about canonical entities.

Actors already carry canonical ids from the gazetteers. Agreements do not: each mention is merged
with the others that refer to the same instrument (`kg.resolve.agreements`, comparing only the
clusters `kg.resolve.blocking` files together, by the rules of `kg.resolve.matching`); events and
claims become nodes of their own (`kg.resolve.events`), syndicated copies are joined to a Story
(`kg.resolve.stories`), and the spellings of a person's name to one person (`kg.resolve.persons`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from kg.extract.pipeline import ArticleFacts
from kg.facts import AgreementMention, BodySignature, ClaimMention, EdgeFact, EventMention, Fact
from kg.resolve.agreements import cluster_agreements
from kg.resolve.events import claim_facts, event_facts
from kg.resolve.persons import merge_persons
from kg.resolve.stories import StoryIndex

__all__ = ["merge_persons", "resolve"]

_T = TypeVar("_T")


def resolve(extracted: Iterable[ArticleFacts]) -> Iterator[Fact]:
    """The facts of all articles, with mentions of the same agreement merged into one node, and
    events and claims made into nodes of their own.

    Facts that need no resolution (nodes, and edges that name no agreement mention) are passed on
    as each article arrives, so that they need not all be held at once; the agreement nodes, the
    edges naming them, and the events and claims follow once every article has been read. Each
    node and each edge still sees its facts in article order. Duplicate articles (the same article
    under two file names) contribute their facts once. Syndicated copies (the same story on several
    sites) are joined to one Story node (`kg.resolve.stories`).
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
    yield from event_facts(events, canonical, labels)
    yield from claim_facts(claims, canonical, labels)


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
