"""Per-article extraction: Article (+ its spaCy docs) -> ArticleFacts, the unit that is cached and parallelised.

Everything here depends on one article only, so articles can be extracted in any process, in
any order, and their results cached by content hash; what needs several articles at once (merging
mentions of the same agreement) happens afterwards, in `kg.resolve`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from kg.errors import InputError
from kg.extract.stages import Stage, active_stages, run_stages
from kg.extract.text import ParsedText
from kg.facts import Fact, Provenance
from kg.ingest.article import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class ArticleFacts:
    """All facts extracted from one article file (including its related items)."""

    article_id: str
    content_hash: str
    facts: tuple[Fact, ...]


class _Piece(NamedTuple):
    """One text parsed as one Doc: a chunk of a part (title, excerpt, body) of an article or related item."""

    item: Article
    part: str
    offset: int
    text: str


def extract_articles(articles: Iterable[Article], *, model: str | None = None) -> Iterator[ArticleFacts | InputError]:
    """Extract the facts of each article, in order: its ArticleFacts, or an InputError when it could not be.

    Texts are parsed in `nlp.pipe` batches bounded by characters (`MAX_BATCH_CHARS`): short
    articles share a batch, a long one is parsed batch by batch while its facts are extracted,
    each Doc let go once read. So no more than a batch of spaCy Docs is held at a time, and peak
    memory does not grow with an article's size. An article that still runs out of memory
    (MemoryError) is reported as an InputError naming its file, and the others go on.
    """
    from kg.extract.nlp import MAX_BATCH_CHARS, load_model

    nlp = load_model(model)
    for group in _groups(articles, MAX_BATCH_CHARS):
        try:
            yield from list(_extract_group(nlp, group))
        except MemoryError:
            # Alone, each article of a shared batch needs less memory; one that still runs out is skipped.
            for article, pieces in group:
                try:
                    yield from list(_extract_group(nlp, [(article, pieces)]))
                except MemoryError:
                    chars = sum(len(piece.text) for piece in pieces)
                    reason = f"ran out of memory while parsing its {chars:,} characters"
                    yield InputError(article.source_path, reason + " (give kg more memory, or split the file)")


def _pieces(article: Article) -> list[_Piece]:
    from kg.extract.nlp import MAX_CHUNK_CHARS, chunk_text

    return [
        _Piece(item, part, offset, chunk)
        for item in (article, *article.related)
        for part, text in item.texts
        for offset, chunk in chunk_text(text, MAX_CHUNK_CHARS)
    ]


def _groups(articles: Iterable[Article], limit: int) -> Iterator[list[tuple[Article, list[_Piece]]]]:
    """Consecutive articles whose texts fit one parse batch together; a longer article is a group alone."""
    group: list[tuple[Article, list[_Piece]]] = []
    size = 0
    for article in articles:
        pieces = _pieces(article)
        chars = sum(len(piece.text) for piece in pieces)
        if group and size + chars > limit:
            yield group
            group, size = [], 0
        group.append((article, pieces))
        size += chars
    if group:
        yield group


def _extract_group(nlp: Language, group: list[tuple[Article, list[_Piece]]]) -> Iterator[ArticleFacts | InputError]:
    from kg.extract.nlp import MAX_BATCH_CHARS, parse

    stages = active_stages()
    # One stage reading the texts reads each Doc as it is parsed; several (an installed one besides
    # kg's `text`) each read all of an article's Docs, which are then held until the article is done.
    streamed = sum(stage.reads_text for stage in stages) <= 1
    parsed_docs = parse(nlp, (piece.text for _, pieces in group for piece in pieces), MAX_BATCH_CHARS)
    docs = _released(parsed_docs) if streamed else parsed_docs
    for article, pieces in group:
        texts: Iterable[ParsedText] = (ParsedText(piece.item, piece.part, piece.offset, next(docs)) for piece in pieces)
        if not streamed:
            texts = list(texts)
        try:
            facts = _article_facts(stages, article, texts)
        except MemoryError:
            raise
        except Exception as error:
            # A bug in an extractor costs its article, not the build: the article is reported, the
            # rest of its Docs are read past (so the next article gets its own), the batch goes on.
            _read_past(texts, streamed)
            reason = f"could not be extracted ({type(error).__name__}: {error}); this is a bug in kg, please report it"
            yield InputError(article.source_path, reason)
            continue
        _read_past(texts, streamed)
        yield ArticleFacts(article.id, article.content_hash, facts)


def _read_past(texts: Iterable[ParsedText], streamed: bool) -> None:
    """Read the texts no stage read (streamed), or let go of the Docs held for several stages."""
    for text in texts:
        if not streamed:
            text.doc.user_data.clear()


def _article_facts(stages: tuple[Stage, ...], article: Article, texts: Iterable[ParsedText]) -> tuple[Fact, ...]:
    return tuple(sharing_evidence(run_stages(stages, article, texts)))


def _released(docs: Iterator[Doc]) -> Iterator[Doc]:
    """Each Doc, its `user_data` cleared once the next one is asked for (or the stream ends).

    Extractors keep Spans in `doc.user_data` (and Doc extensions live there too); a Span refers
    back to its Doc, and Docs in such cycles are freed only by the cyclic garbage collector, which
    does not see their size: without this, the Docs of a long article pile up until it is done.
    """
    for doc in docs:
        try:
            yield doc
        finally:
            doc.user_data.clear()


def sharing_evidence(facts: Iterable[Fact]) -> Iterator[Fact]:
    """An article's facts, those with equal evidence made to hold one Provenance object.

    Several facts often rest on one sentence read by one extractor (every actor a sentence names,
    every edge of one relation in it); the graph keeps each piece of evidence for as long as it
    lives (and the cache and the workers' results pickle it), so sharing equal ones roughly halves
    what the evidence costs.
    """
    first: dict[Provenance, Provenance] = {}
    for fact in facts:
        provenance = getattr(fact, "provenance", None)
        if provenance is None:  # a node, a body signature
            yield fact
            continue
        evidence = first.setdefault(provenance, provenance)
        yield fact if evidence is provenance else replace(fact, provenance=evidence)
