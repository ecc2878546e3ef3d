"""A cluster of agreement mentions taken to name one agreement, and what they say about it together."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg import vocab
from kg.extract import gazetteer
from kg.extract.lexicon import lexicon
from kg.extract.temporal import DateKey, PartialDate
from kg.extract.tunables import tunables
from kg.facts import AgreementMention, NodeFact

SINGLE_AGENT_RELATIONS = (vocab.ADOPTED, vocab.ISSUED)


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
    apart_by_year: bool = False
    """Kept apart from an instrument of its article's time that its words describe too
    (`kg.resolve.matching`): its label then says its year."""

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
        self.apart_by_year |= other.apart_by_year

    def names(self) -> list[str]:
        """Every distinct name the mentions use (labels and core names), in first-seen order."""
        found: dict[str, str] = {}
        for mention in self.members:
            for name in (*mention.names, mention.core, mention.label, mention.written):
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
        label = next(core for core in cores if core.lower() == best)
        return _with_past_year(label, self.past_year()) if self.apart_by_year else label

    def past_year(self) -> int | None:
        """The one year its mentions date what happened to it, by the year alone, where that is before
        every one of their articles was published ("Back in 2018, the congress approved a bill ..." in
        a story of 2020; not "on Monday", which may fall in the year before a story of January)."""
        if any(month is not None for _, month, *_ in self.times):
            return None
        stated = {year for year, *_ in self.times if year is not None}
        published = [int(m.published[:4]) for m in self.members if m.published]
        if len(stated) != 1 or not published:
            return None
        year = next(iter(stated))
        return year if year < min(published) else None

    def date(self) -> str | None:
        """The earliest fully known date among what the mentions report, as ISO text."""
        known = sorted(PartialDate(*t).iso() or "" for t in self.times if t[0] is not None)
        return known[0] if known and known[0] else None

    def node(self) -> NodeFact:
        """The Agreement node of this cluster."""
        aliases = tuple(name for name in self.names() if name != self.label)
        return NodeFact(self.id, vocab.AGREEMENT, self.label, aliases, (("kind", self.kind), ("date", self.date())))


def _with_past_year(description: str, year: int | None) -> str:
    """A description of an instrument with the past year it was acted on before it ("2018 bill
    legalising abortion"), unless it writes a year already; the plain description stays an alias."""
    if year is None or any(word.isdigit() and len(word) == 4 for word in description.split()):
        return description
    return f"{year} {description}"
