"""Sentence starts read from the layout, set before the parser runs (which keeps them): list items,
label lines ("Context: ...", "Sources: ..."), short heading lines and datelines are sentences of their
own, so that no list of names is parsed as the subject of the sentence that follows it.

    Context: North Korea, Russia, China • Russia and China veto a draft resolution

is three sentences ("Context:", the names, "• Russia and China veto ..."): only Russia and China
veto. A long line that does not end a sentence is taken for hard-wrapped text and left alone.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "kg_layout"
_DASHES = {"-", "–", "—", "--"}


@functools.cache
def _settings() -> tuple[frozenset[str], frozenset[str], int, int, re.Pattern[str]]:
    data = load_yaml("extraction.yaml")["layout"]
    return (
        frozenset(data["bullets"]),
        frozenset(data["bullets"]) | frozenset(data["line_bullets"]),
        int(data["max_label_words"]),
        int(data["max_heading_chars"]),
        re.compile(data["line_end"]),
    )


def mark_layout_sentences(doc: Doc) -> Doc:
    """Set `is_sent_start` on the tokens that begin a list item, follow a label or a dateline, or
    begin a line after a line that is a heading, a label or a finished sentence.

    Only the line breaks and bullets of the text are visited (a Token object per token would cost
    more than the rest of the work)."""
    bullets, line_bullets, max_label_words, max_heading_chars, ends = _settings()
    if not len(doc):
        return doc
    text = doc.text
    starts = doc.to_array("IDX").tolist()
    _mark_label(doc, doc[0], max_label_words)
    _mark_dateline(doc, doc[0])
    line_begin = 0
    for gap in _LINE_BREAKS.finditer(text):
        index = bisect_left(starts, gap.end())
        if index >= len(doc):
            break
        token = doc[index]
        line_text = text[line_begin : gap.start()].strip()
        ended = not line_text or ends.search(line_text) or len(line_text) <= max_heading_chars
        if ended or token.text in line_bullets:
            _start_at(doc, token)
        _mark_label(doc, token, max_label_words)
        _mark_dateline(doc, token)
        line_begin = gap.end()
    for char in (m.start() for m in _bullet_pattern(bullets).finditer(text)):
        index = bisect_left(starts, char)
        if index < len(doc) and starts[index] == char and index > 0:
            _start_at(doc, doc[index])
    return doc


def _start_at(doc: Doc, token: Token) -> None:
    """A sentence starts at `token`, and not again at the next words (without that, the parser
    often cuts "Russia | and | China vetoed" after a line that ends without punctuation)."""
    token.is_sent_start = True
    for word in doc[token.i + 1 : token.i + 1 + FOLLOWING_WORDS]:
        if word.is_punct or word.is_space or word.is_sent_start is not None:
            break
        word.is_sent_start = False


FOLLOWING_WORDS = 2
_LINE_BREAKS = re.compile(r"[ \t\r]*\n\s*")


@functools.cache
def _bullet_pattern(bullets: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(b) for b in sorted(bullets)))


def _mark_label(doc: Doc, first: Token, max_words: int) -> None:
    """ "Context: North Korea, ...": the text after a short capitalised label and its colon."""
    for token in doc[first.i : first.i + max_words + 1]:
        if "\n" in token.whitespace_:
            return
        if token.text == ":":
            words = doc[first.i : token.i]
            if words and words[0].is_title and all(w.is_alpha for w in words) and token.i + 1 < len(doc):
                _start_at(doc, doc[token.i + 1])
            return


def _mark_dateline(doc: Doc, first: Token) -> None:
    """ "WASHINGTON (Reuters) - The U.S. ...": the story after a capitalised place and its dash."""
    index = first.i
    while index < len(doc) and doc[index].is_upper and doc[index].is_alpha:
        index += 1
    if index == first.i or index >= len(doc):
        return
    if doc[index].text == "(":
        close = next((t.i for t in doc[index : index + 6] if t.text == ")"), None)
        if close is None:
            return
        index = close + 1
    if index + 1 < len(doc) and doc[index].text in _DASHES:
        _start_at(doc, doc[index + 1])
