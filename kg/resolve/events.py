"""Event and claim nodes: what actors did to an agreement, and the figures articles report about it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from kg import vocab
from kg.extract.temporal import PartialDate
from kg.facts import ClaimMention, EdgeFact, EventMention, Fact, NodeFact
from kg.ids import digest, slug

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


def event_facts(events: list[EventMention], canonical: dict[str, str], labels: dict[str, str]) -> Iterator[Fact]:
    """An Event node for each act on a resolved agreement (by kind, agreement and date), with its
    agent, object and place edges; `canonical` maps mention ids to agreement ids, `labels` names those."""
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


def claim_facts(claims: list[ClaimMention], canonical: dict[str, str], labels: dict[str, str]) -> Iterator[Fact]:
    """A Claim node for each figure an article reports about a resolved agreement, claimed by that article."""
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
