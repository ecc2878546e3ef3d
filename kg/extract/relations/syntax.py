"""Reading the dependency parse around a trigger: lemmas with their particles and hyphenated
prefixes, prepositions with their objects, coordinated words, determiners.

Nothing here knows about entities or agreements: these are questions about words alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def hyphenated_lemma(token: Token) -> str:
    """The lemma with a hyphenated prefix the tokenizer split off ("co - sponsors" -> "co-sponsor")."""
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        prefix = doc[token.i - 2]
        if not prefix.whitespace_ and prefix.lower_ in ("co", "re", "counter"):
            return f"{prefix.lower_}-{lemma}"
    return lemma


def verb_lemma(token: Token) -> str:
    """The lemma of a verb with its particle when the lexicon knows the pair ("pulled out" -> "pull
    out", "put forward"), else the (hyphenated) lemma."""
    lemma = hyphenated_lemma(token)
    lex = lexicon()
    for child in token.children:
        if child.dep_ in ("prt", "advmod") and child.i > token.i:
            phrase = f"{lemma} {child.lower_}"
            if phrase in lex.verb_relations or phrase in lex.prepositional_verbs or phrase in lex.object_decisions:
                return phrase
    return lemma


@dataclass(frozen=True)
class Preposition:
    """A preposition of a word with its objects; "in favor of" is one."""

    text: str
    objects: list[Token]


def prepositions(token: Token) -> list[Preposition]:
    """The prepositions hanging on `token`, each with its objects, the compound ones ("out of", "in
    favor of") also as one."""
    found = []
    for child in token.children:
        if child.dep_ not in ("prep", "dative"):
            continue
        objects = [w for w in child.children if w.dep_ in ("pobj", "pcomp")]
        found.append(Preposition(child.lower_, objects))
        for inner in (w for w in child.children if w.dep_ == "prep"):  # "pulled out of the deal"
            found.append(Preposition(f"{child.lower_} {inner.lower_}", [w for w in inner.children if w.dep_ == "pobj"]))
        for obj in objects:
            for inner in obj.children:
                if inner.dep_ == "prep":
                    inner_objects = [w for w in inner.children if w.dep_ == "pobj"]
                    found.append(Preposition(f"{child.lower_} {obj.lower_} {inner.lower_}", inner_objects))
    return found


def companions(token: Token, before: int | None = None) -> list[Token]:
    """The words a comitative phrase on `token` adds to it ("Wyden, along with Merkley, ...",
    "the United States, together with Japan, ...", "Biden, alongside Kishida, ..."), with their
    conjuncts; with `before`, only phrases that end before that position (a verb's own phrase after
    it is where it acts, not who acts: "signed the deal alongside the summit")."""
    comitative = lexicon().comitative_prepositions
    found: list[Token] = []
    for child in token.children:
        if child.dep_ != "prep" or (before is not None and child.right_edge.i >= before):
            continue
        words = [child]
        words += [c for c in child.children if c.dep_ == "prep"]  # "along" -> "with"
        phrases = {child.lower_} | {f"{child.lower_} {w.lower_}" for w in words[1:]}
        phrases |= {f"{m.lower_} {child.lower_}" for m in child.children if m.dep_ == "advmod"}  # "together with"
        if phrases & comitative:
            for word in words:
                for obj in (c for c in word.children if c.dep_ == "pobj"):
                    found.extend([obj, *obj.conjuncts])
    return found


def coordinated(token: Token) -> list[Token]:
    """A token with the tokens coordinated or in apposition with it ("the U.S., Britain and ...")."""
    found = [token]
    for item in [token, *token.conjuncts]:
        # "..., all Republicans", "both members of NATO": a quantified apposition describes the
        # ones listed, it names no actor of its own
        appositions = [
            c
            for c in item.children
            if c.dep_ == "appos"
            and not any(q.dep_ in ("det", "predet") and q.lower_ in ("all", "both") for q in c.children)
        ]
        for candidate in [item, *appositions]:
            for member in [candidate, *candidate.conjuncts]:
                if member not in found:
                    found.append(member)
    return found


def definite(noun: Token) -> bool:
    """ "the talks", "these talks": a reference to talks told of before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "that") for c in noun.children)


def subject_of_state(noun: Token) -> list[Token]:
    """Who is under a state a noun names: "Turkey is under EU sanctions", "Mahan has been the
    subject of US sanctions" (the copula's subject)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("under", "of"):
        return []
    node = noun.head.head
    if node.dep_ in ("attr", "dobj") and node.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node.lemma_.lower() != "be":
        return []
    return [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]


def passive(verb: Token) -> bool:
    """Whether a verb is in the passive voice ("all schools were closed", "he was pardoned")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
