"""Figures reported about an agreement: "121 co-sponsors", "endorsed by 47 nations"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.agreements import AgreementSpan
from kg.extract.relations.hits import CountHit
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import hyphenated_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def count(
    text: ParsedText, tokens: list[Token], relation: str, target: AgreementSpan | bool | None, trigger: Token
) -> None:
    """Record the exact figures the words of a slot carry ("121 co-sponsors") for `relation`."""
    if target is False:
        return
    for token in tokens:
        prefix = [token.doc[token.i - 2]] if hyphenated_lemma(token) != token.lemma_.lower() else []
        for child in (c for t in (token, *prefix) for c in t.children):
            value = exact_count(child)
            if value is not None:
                text.counts.append(CountHit(relation, value, target or None, trigger.sent))  # type: ignore[arg-type]


def exact_count(token: Token) -> int | None:
    """A figure written in digits and not hedged ("121 co-sponsors"; not "over 40", "about a dozen")."""
    if token.dep_ != "nummod" or any(c.dep_ in ("quantmod", "advmod") for c in token.children):
        return None
    digits = token.text.replace(",", "")
    return int(digits) if digits.isdigit() else None
