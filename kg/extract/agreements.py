"""Agreement extractor: resolutions, declarations, treaties, pacts, executive orders, acts... as
noun phrases around a head word, with the modifiers that identify them.

A mention is *specific* when a modifier says which instrument it is ("UN resolution on AI",
"AI safety agreement", "Paris Agreement"); a bare or merely evaluative one ("the resolution",
"this landmark pact") refers back to an instrument the article already named.
"""

from __future__ import annotations

import functools
from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.nlp import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEFT_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod", "poss", "quantmod", "advmod"}
_PP_WORDS = {"on", "for", "of", "against", "regarding", "concerning", "to"}
_CLAUSE_DEPS = {"acl", "relcl"}
_DEMONSTRATIVE = {"this", "that", "these", "those"}
_DEFINITE = {"the", "its", "their", "his", "her", "our", *_DEMONSTRATIVE}
_INDEFINITE = {"a", "an", "another"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
MAX_CLAUSE_TOKENS = 20


@dataclass(frozen=True)
class AgreementSpan:
    """An agreement mention in one doc, before it is resolved against other mentions."""

    head: int
    start: int
    end: int
    label: str
    core: str
    kind: str
    specific: bool
    indefinite: bool
    topic: frozenset[str]
    keywords: frozenset[str]
    scope: frozenset[str]
    anaphoric: bool

    def covers(self, token: Token) -> bool:
        """True when `token` is part of this mention's words."""
        return self.start <= token.i < self.end


def agreement_spans(doc: Doc, entities: list[EntityMention]) -> list[AgreementSpan]:
    """The agreement mentions of a doc, in text order."""
    found = []
    by_token = {t.i: e for e in entities for t in e.span}
    for token in tokens_with_lemma(doc, _head_words()):
        kind = _kind(token)
        if kind is not None:
            span = _span(token, kind, by_token)
            if span is not None:
                found.append(span)
    return found


@functools.cache
def _head_words() -> frozenset[str]:
    """Every word `_kind` can find a kind for."""
    return frozenset({*lexicon().agreement_heads, "order"})


def _kind(token: Token) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.lower_ == "order" and any(c.lower_ == "executive" for c in token.lefts):
        return "executive order"
    lemma = token.lemma_.lower()
    kind = lexicon().agreement_heads.get(lemma) or lexicon().agreement_heads.get(token.lower_)
    if kind is None or kind == "executive order":
        return None
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        return None  # "treaty obligations", "resolution text": the head is another noun
    if token.tag_ in ("NNS", "NNPS") and not token.is_title:
        return None  # plural and generic: "a series of initiatives"
    return kind


def _left_modifiers(head: Token) -> list[Token]:
    tokens: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS or (child.dep_ == "punct" and child.text == "-"):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _prepositional(head: Token) -> list[Token]:
    tokens: list[Token] = []
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _PP_WORDS:
            for token in child.subtree:
                if token.is_punct and token.text != "-":
                    break
                tokens.append(token)
            break
    return tokens


def _clauses(head: Token) -> list[Token]:
    """Clauses that restrict the head ("pact outlining strategies", "agreement to regulate AI")."""
    tokens: list[Token] = []
    for child in head.rights:
        if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ not in _PP_WORDS):
            tokens.extend(list(child.subtree)[:MAX_CLAUSE_TOKENS])
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if not tokens and following is not None and following.tag_ in ("VBG", "VBN") and following.head != head:
        # The parser often hangs a participle that follows the noun on the main verb instead.
        tokens = [t for t in following.subtree if t.i > head.i][:MAX_CLAUSE_TOKENS]
    return tokens


def _span(head: Token, kind: str, by_token: dict[int, EntityMention]) -> AgreementSpan | None:
    """The agreement mention headed by `head`; `by_token` maps token indexes to the entity covering them."""
    lex = lexicon()
    left = [t for t in _left_modifiers(head) if t.i < head.i]
    # Keep only the contiguous run of modifiers that ends at the head.
    left = [t for t in left if t.i >= _run_start(head, left)]
    right = _prepositional(head)
    words = [*left, head, *right]
    while words and (words[0].lower_ in _DEFINITE | _INDEFINITE or words[0].is_punct or words[0].dep_ == "case"):
        words = words[1:]
    is_name = head.is_title and any(t.is_title for t in left) and not head.is_sent_start
    content_left = [
        t
        for t in left
        if t.lower_ not in lex.evaluative
        and t.lower_ not in kind.split()
        and t.dep_ not in ("det", "case", "punct")
        and not t.is_stop
        and t.is_alpha
    ]
    specific = bool(content_left or right or is_name)
    if kind in lex.needs_name and not (is_name or content_left or right):
        specific = False
        if not head.is_title and kind != "initiative":
            return None
    scope = frozenset(
        entity.id
        for entity in (by_token.get(t.i) for t in words)
        if entity is not None and entity.type in ("Nation", "Institution")
    )
    entity_tokens = by_token.keys()
    clauses = _clauses(head)
    topic = _keywords([*left, *right], head, entity_tokens, kind)
    label = _text(words)
    if "/" in label or "@" in label or any(t.like_url or t.text.count("-") > 2 for t in words):
        return None  # a URL, an address or a slug that happens to contain a head word
    core_words = [
        t for t in words if t.lower_ not in lex.evaluative and t.dep_ != "case" and t.text not in ("'s", "’s")
    ]
    while core_words and core_words[0].is_punct:
        core_words = core_words[1:]
    determiner = next((c.lower_ for c in head.lefts if c.dep_ in ("det", "poss")), "")
    indefinite = determiner in _INDEFINITE
    # "this agreement", "the resolution": a reference back; "a new declaration" or "the first pact
    # outlining ..." introduce one.
    anaphoric = determiner in _DEMONSTRATIVE or (not specific and not indefinite and not clauses)
    return AgreementSpan(
        head=head.i,
        start=min(t.i for t in [*left, head]),
        end=max(t.i for t in [head, *right]) + 1,
        label=label,
        core=_text(core_words) or head.text,
        kind=kind,
        specific=specific,
        indefinite=indefinite,
        topic=topic,
        keywords=topic | _keywords(clauses, head, entity_tokens, kind),
        scope=scope,
        anaphoric=anaphoric,
    )


def _keywords(tokens: list[Token], head: Token, entity_tokens: Container[int], kind: str) -> frozenset[str]:
    """Content words that say what an instrument is about, "artificial intelligence" folded to "ai"."""
    lex = lexicon()
    kind_words = set(kind.split())
    return frozenset(
        lex.topic_words.get(t.lower_, t.lemma_.lower())
        for t in tokens
        if t.pos_ in _CONTENT_POS
        and not t.is_stop
        and t.lower_ not in lex.evaluative
        and t.lower_ not in kind_words
        and t.i not in entity_tokens
        and t.i != head.i
        and t.is_alpha
    )


def _run_start(head: Token, left: list[Token]) -> int:
    """Where the unbroken run of modifiers before the head begins (never across a line break)."""
    doc = head.doc
    start = head.i
    indices = {t.i for t in left}
    while start - 1 in indices and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    return start


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()).strip(" ,;:")
