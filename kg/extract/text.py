"""Text extraction for one article file: its parsed texts -> entity, agreement, relation, event and
claim facts, each edge with the sentence it came from and that sentence's character offsets."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan, agreement_spans
from kg.extract.article_actors import resolve_article_actors
from kg.extract.entities import EntityMention, entity_mentions
from kg.extract.mentions import clean_name
from kg.extract.metadata import iso_date
from kg.extract.nlp import MAX_BATCH_CHARS, span_text, text_length
from kg.extract.relations import RelationHit, decision_spans, relations, sentence_dates
from kg.extract.temporal import resolve_expression
from kg.extract.tunables import tunables
from kg.facts import AgreementMention, ClaimMention, EdgeFact, EventMention, Fact, NodeFact, Provenance
from kg.ingest.article import Article
from kg.ingest.furniture import compact_name, publisher_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_MENTION_EVIDENCE = 3
_CONFIDENCE = tunables().confidence


@dataclass(frozen=True)
class ParsedText:
    """One parsed piece of an article: which item (the article or a related one), which part, where."""

    item: Article
    part: str
    offset: int
    doc: Doc


def text_facts(bundle: Article, parsed: Iterable[ParsedText]) -> Iterator[Fact]:
    """All text facts of one article file, in reading order (title, excerpt, body, related items).

    `parsed` is read once, in order: it may be a generator that parses as it goes. Actors are
    resolved over a window of pieces first (the title's "Kerry" is the body's "John Kerry"): the
    whole article, unless it is longer than one parse batch (MAX_BATCH_CHARS), when each window of
    about that many characters is resolved on its own, so that memory does not grow with its size.
    """
    evidence_count: dict[tuple[str, str], int] = {}
    nodes_seen: set[NodeFact] = set()
    order = itertools.count(1)  # agreement and reference mentions, numbered in reading order
    for window in _windows(parsed, MAX_BATCH_CHARS):
        resolved = resolve_article_actors([entity_mentions(p.doc) for p in window], [p.doc for p in window])
        for piece, entities in zip(window, resolved, strict=True):
            # GUIDELINES.md: the outlet that publishes an article is only its Publisher, also where the
            # text names it ("Hawkins spoke with Wikinews")
            own = publisher_names(piece.item.publisher) if piece.item.publisher else frozenset()
            entities = [e for e in entities if compact_name(clean_name(e.span.text)) not in own]
            yield from _piece_facts(bundle, piece, entities, evidence_count, nodes_seen, order)


def _windows(parsed: Iterable[ParsedText], limit: int) -> Iterator[list[ParsedText]]:
    """The pieces in runs of about `limit` characters (a piece longer than that is a run alone)."""
    window: list[ParsedText] = []
    size = 0
    for piece in parsed:
        window.append(piece)
        size += text_length(piece.doc)
        if size >= limit:
            yield window
            window, size = [], 0
    if window:
        yield window


def _piece_facts(
    bundle: Article,
    piece: ParsedText,
    entities: list[EntityMention],
    evidence_count: dict[tuple[str, str], int],
    nodes_seen: set[NodeFact],
    order: Iterator[int],
) -> Iterator[Fact]:
    """The facts of one parsed piece: its entities, agreement mentions, relations, events and claims."""
    named = agreement_spans(piece.doc, entities)
    # "Trump pardoned Flynn"; a decision whose noun is an instrument's mention is that instrument
    decisions = [d for d in decision_spans(piece.doc, entities) if not any(a.covers(piece.doc[d.head]) for a in named)]
    agreements = sorted([*named, *decisions], key=lambda span: span.start)
    hits, counts = relations(piece.doc, entities, agreements, piece.item.published)
    yield from _entity_facts(piece, entities, evidence_count, nodes_seen)
    mention_ids = {span.head: _mention_id(piece, span.head) for span in agreements}
    for span in agreements:
        linked = [h for h in hits if h.agreement is span and h.partner is None]
        yield _agreement_mention(bundle, piece, span, mention_ids[span.head], linked, next(order))
        yield EdgeFact(
            piece.item.id,
            vocab.MENTIONS,
            mention_ids[span.head],
            _source(piece, _sentence(piece.doc, span), "agreements"),
        )
    for hit in hits:
        if hit.partner is not None:
            yield EdgeFact(hit.actor.id, hit.relation, hit.partner.id, _source(piece, hit.sentence, "relations"))
            continue
        target = mention_ids[hit.agreement.head] if hit.agreement else _reference_id(piece, hit.sentence)
        if hit.agreement is None:
            yield _reference_mention(bundle, piece, target, hit.sentence, next(order))
        source = _source(piece, hit.sentence, "relations", hit.confidence)
        yield EdgeFact(hit.actor.id, hit.relation, target, source)
        if hit.from_verb:
            date = hit.date
            key = (date.year, date.month, date.day, date.weekday) if date else None
            place = hit.place.id if hit.place else None
            yield EventMention(hit.relation, hit.actor.id, target, key, place, source)
    for count in counts:
        target = mention_ids[count.agreement.head] if count.agreement else _reference_id(piece, count.sentence)
        if count.agreement is None:
            yield _reference_mention(bundle, piece, target, count.sentence, next(order))
        yield ClaimMention(
            count.relation, str(count.value), target, _source(piece, count.sentence, "claims", _CONFIDENCE.claim)
        )


def _entity_facts(
    piece: ParsedText, entities: list[EntityMention], evidence: dict[tuple[str, str], int], nodes_seen: set[NodeFact]
) -> Iterator[Fact]:
    for entity in entities:
        node = entity.node()
        if node not in nodes_seen:  # the same name again adds nothing to the node
            nodes_seen.add(node)
            yield node
        key = (piece.item.id, entity.id)
        if evidence.get(key, 0) < MAX_MENTION_EVIDENCE:
            evidence[key] = evidence.get(key, 0) + 1
            yield EdgeFact(piece.item.id, vocab.MENTIONS, entity.id, _source(piece, entity.span.sent, "entities"))


def _mention_id(piece: ParsedText, head: int) -> str:
    return f"mention:{piece.item.id}:{piece.part}:{piece.offset + piece.doc[head].idx}"


def _reference_id(piece: ParsedText, sentence: Span) -> str:
    return f"mention:{piece.item.id}:{piece.part}:ref{piece.offset + sentence.start_char}"


def _sentence(doc: Doc, span: AgreementSpan) -> Span:
    return doc[span.head].sent


def _source(piece: ParsedText, sentence: Span, extractor: str, confidence: float | None = None) -> Provenance:
    start, end = sentence.start_char, sentence.end_char
    return Provenance(
        article=piece.item.id,
        extractor=extractor,
        sentence=_sentence_text(sentence, start, end),
        part=piece.part,
        start=piece.offset + start,
        end=piece.offset + end,
        confidence=_CONFIDENCE.stated if confidence is None else confidence,
    )


def _sentence_text(sentence: Span, start: int, end: int) -> str:
    """The sentence's words, single-spaced and interned (an article's facts share each sentence: in
    memory, in the cache, in the graph); made once per sentence of a doc (kept on the doc)."""
    made = sentence.doc.user_data.setdefault(_SENTENCE_TEXTS_KEY, {})
    text = made.get((start, end))
    if text is None:
        text = made[start, end] = sys.intern(" ".join(span_text(sentence).split()))
    return str(text)


_SENTENCE_TEXTS_KEY = "kg.sentence-texts"


def _agreement_mention(
    bundle: Article, piece: ParsedText, span: AgreementSpan, mention_id: str, hits: list[RelationHit], order: int
) -> AgreementMention:
    times = frozenset(
        (h.date.year, h.date.month, h.date.day, h.date.weekday) for h in hits if h.date is not None
    ) or _sentence_times(piece, span)
    return AgreementMention(
        id=mention_id,
        article=piece.item.id,
        bundle=bundle.id,
        order=order,
        label=span.label,
        core=span.core,
        kind=span.kind,
        specific=span.specific,
        anaphoric=span.anaphoric,
        indefinite=span.indefinite,
        distinct=span.distinct,
        topic=span.topic,
        keywords=span.keywords,
        scope=span.scope,
        agents=frozenset((h.relation, h.actor.id) for h in hits),
        times=times,
        published=iso_date(piece.item.published),
        provenance=_source(piece, _sentence(piece.doc, span), "agreements"),
        names=span.names,
        written=span.written,
    )


def _sentence_times(
    piece: ParsedText, span: AgreementSpan
) -> frozenset[tuple[int | None, int | None, int | None, int | None]]:
    """The date of the mention's sentence, when the sentence has exactly one date expression."""
    dates = sentence_dates(_sentence(piece.doc, span))
    if len(dates) != 1:
        return frozenset()
    when = resolve_expression(dates[0].text, piece.item.published)
    return frozenset({(when.year, when.month, when.day, when.weekday)}) if when else frozenset()


def _reference_mention(
    bundle: Article, piece: ParsedText, mention_id: str, sentence: Span, order: int
) -> AgreementMention:
    """A pronoun or group reference ("it had 121 co-sponsors") to the agreement the article is about."""
    return AgreementMention(
        id=mention_id,
        article=piece.item.id,
        bundle=bundle.id,
        order=order,
        label="",
        core="",
        kind="",
        specific=False,
        anaphoric=True,
        indefinite=False,
        topic=frozenset(),
        keywords=frozenset(),
        scope=frozenset(),
        agents=frozenset(),
        times=frozenset(),
        published=iso_date(piece.item.published),
        provenance=_source(piece, sentence, "agreements"),
    )
