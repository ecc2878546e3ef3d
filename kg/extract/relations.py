"""Relation extractor: who proposed, co-sponsored, adopted, signed, issued, negotiated or opposed
which agreement, read from the dependency parse.

Handles active and passive voice ("X adopted the resolution", "proposed by X"), participles
("Led by X, the resolution ..."), coordination ("the U.S., Britain and over a dozen countries
unveiled"), actors named through a group noun ("121 co-sponsors including China", "countries
joining the Declaration include: Albania, ..."), negation ("did not sign", "refused to join":
no edge) and hedging ("will sign": lower confidence).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.temporal import PartialDate, resolve_expression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = {"it", "this", "that", "which", "they", "them"}
_LIST_MARKERS = {"including", "include", "includes", "included", "like", "as", ":", "among"}
_GROUP_NOUNS = {"country", "nation", "state", "government", "member", "signatory", "party", "co-sponsor", "cosponsor"}
CONFIDENT, HEDGED, FROM_LIST = 0.9, 0.6, 0.8


@dataclass(frozen=True)
class RelationHit:
    """One actor -relation-> agreement statement found in a sentence."""

    relation: str
    actor: EntityMention
    agreement: AgreementSpan | None  # None: a pronoun or group reference to the article's agreement
    partner: EntityMention | None
    sentence: Span
    confidence: float
    date: PartialDate | None
    place: EntityMention | None
    from_verb: bool


@dataclass(frozen=True)
class CountHit:
    """A figure stated about an agreement: "121 co-sponsors", "endorsed by 47 nations"."""

    relation: str
    value: int
    agreement: AgreementSpan | None
    sentence: Span


def sentence_dates(sentence: Span) -> list[Span]:
    """The DATE entities of `sentence` (the doc's DATE entities are listed once and kept on the doc:
    `Span.ents` rebuilds every entity of the doc on each call)."""
    doc = sentence.doc
    dates = doc.user_data.get(_DATES_KEY)
    if dates is None:
        dates = doc.user_data[_DATES_KEY] = [e for e in doc.ents if e.label_ == "DATE"]
    return [e for e in dates if e.start >= sentence.start and e.end <= sentence.end]


_DATES_KEY = "kg.dates"


def relations(
    doc: Doc,
    entities: list[EntityMention],
    agreements: list[AgreementSpan],
    published: date | datetime | None,
) -> tuple[list[RelationHit], list[CountHit]]:
    """The relation statements and reported figures of one parsed text."""
    finder = _Finder(doc, entities, agreements, published)
    for token in tokens_with_lemma(doc, _trigger_words()):
        finder.visit(token)
    return finder.hits, finder.counts


@functools.cache
def _trigger_words() -> frozenset[str]:
    """The lemmas that can trigger a relation, with the last part of hyphenated ones ("co-sponsor"
    -> "sponsor": the tokenizer splits the prefix off)."""
    lex = lexicon()
    lemmas = {*lex.verb_relations, *lex.noun_relations}
    return frozenset(lemmas | {lemma.rsplit("-", 1)[-1] for lemma in lemmas})


class _Finder:
    def __init__(
        self,
        doc: Doc,
        entities: list[EntityMention],
        agreements: list[AgreementSpan],
        published: date | datetime | None,
    ) -> None:
        self.doc = doc
        self.entities = entities
        self.agreements = agreements
        self.published = published
        self.by_token = {t.i: e for e in entities for t in e.span}
        self.hits: list[RelationHit] = []
        self.counts: list[CountHit] = []

    # -- triggers ---------------------------------------------------------------------------
    def visit(self, token: Token) -> None:
        lex = lexicon()
        lemma = hyphenated_lemma(token)
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            relation = lex.verb_relations.get(lemma)
            if relation and not self._negated(token):
                self._verb(token, relation)
        elif token.pos_ in ("NOUN", "PROPN"):
            relation = lex.noun_relations.get(lemma)
            if relation:
                self._noun(token, relation)

    def _verb(self, verb: Token, relation: str) -> None:
        if relation in lexicon().between_actors:
            self._between_actors(verb, relation)
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        )
        if passive:
            actor_tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
            object_tokens = self._passive_objects(verb)
        else:
            actor_tokens = self._subjects(verb)
            object_tokens = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
            object_tokens += [
                w
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("to", "on")
                for w in c.children
                if w.dep_ == "pobj"
            ]
        target = self._agreement(object_tokens, verb)
        if target is False:
            return
        actors, from_list = self._actors(actor_tokens, verb)
        if not actors:
            self._count(actor_tokens, relation, target, verb)
            return
        relation = lexicon().kind_overrides.get((relation, target.kind), relation) if target else relation
        confidence = HEDGED if self._hedged(verb) else FROM_LIST if from_list else CONFIDENT
        when = self._date(verb)
        place = self._place(verb)
        for actor in actors:
            self.hits.append(RelationHit(relation, actor, target, None, verb.sent, confidence, when, place, True))
        self._count(actor_tokens, relation, target, verb)

    def _between_actors(self, verb: Token, relation: str) -> None:
        """ "China negotiated with Russia", "the EU held talks with Japan on the treaty"."""
        # "with" may hang on the verb or on its object ("negotiated the agreement with Japan").
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        partners = [w for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for w in c.children]
        others, _ = self._actors(partners, verb)
        actors, _ = self._actors(self._subjects(verb), verb)
        if not others or not actors:
            return
        found = self._agreement([c for c in verb.children if c.dep_ == "dobj"], verb)
        target = found if isinstance(found, AgreementSpan) else None
        confidence = HEDGED if self._hedged(verb) else CONFIDENT
        for actor in actors:
            for partner in others:
                if partner.id != actor.id:
                    hit = RelationHit(
                        relation, actor, target, partner, verb.sent, confidence, self._date(verb), None, False
                    )
                    self.hits.append(hit)

    def _noun(self, noun: Token, relation: str) -> None:
        """ "121 co-sponsors including China", "signatories such as France and Japan"."""
        listed = [
            w
            for c in noun.children
            if c.dep_ in ("prep", "acl") and c.lower_ in _LIST_MARKERS
            for w in c.subtree
            if w.i in self.by_token
        ]
        target = self._agreement(self._noun_objects(noun), noun)
        if target is False:
            return
        for actor in self._unique(self.by_token[w.i] for w in listed):
            if actor.type in ("Nation", "Institution"):
                self.hits.append(RelationHit(relation, actor, target, None, noun.sent, FROM_LIST, None, None, False))
        self._count([noun], relation, target, noun)

    # -- arguments --------------------------------------------------------------------------
    def _subjects(self, verb: Token) -> list[Token]:
        node = verb
        for _ in range(4):
            found = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
            if found:
                return found
            if node.dep_ == "acl":
                return [node.head]  # "countries joining the Declaration": the noun does it
            if node.dep_ in ("xcomp", "advcl", "conj", "ccomp") and node.head != node:
                node = node.head
            elif node.dep_ == "pcomp" and node.head.dep_ == "prep":
                node = node.head.head
            else:
                break
        return []

    def _passive_objects(self, verb: Token) -> list[Token]:
        found = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if found:
            return found
        node = verb
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if node.dep_ == "acl":
            return [node.head]
        if node.dep_ in ("advcl", "ccomp"):
            return [c for c in node.head.children if c.dep_ in _SUBJECT_DEPS]
        return []

    def _noun_objects(self, noun: Token) -> list[Token]:
        of = [w for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "for") for w in c.children]
        if of:
            return of
        head = noun.head
        if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
            return [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
        if noun.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN"):
            return [head.head]
        return []

    def _agreement(self, tokens: list[Token], trigger: Token) -> AgreementSpan | bool | None:
        """The agreement a slot names; None for a pronoun (the article's agreement); False for none."""
        for token in tokens:
            for candidate in [token, *(c for c in token.conjuncts)]:
                for span in self.agreements:
                    if span.covers(candidate):
                        return span
                # A mis-parse can bury the agreement inside the object ("pact outlining strategies").
                inside = {t.i for t in candidate.lefts for t in t.subtree}
                buried = [span for span in self.agreements if span.head in inside]
                if buried:
                    return buried[-1]
                if candidate.lower_ in _PRONOUNS:
                    earlier = [s for s in self.agreements if s.head < trigger.i]
                    return earlier[-1] if earlier else None
        return False

    def _actors(self, tokens: list[Token], trigger: Token) -> tuple[list[EntityMention], bool]:
        found: list[EntityMention] = []
        from_list = False
        for token in tokens:
            for candidate in _coordinated(token):
                entity = self._entity(candidate)
                if entity is not None:
                    found.append(entity)
                elif candidate.lemma_.lower() in _GROUP_NOUNS:
                    listed = self._listed_after(candidate)
                    found.extend(listed)
                    from_list = from_list or bool(listed)
        return list(self._unique(e for e in found if e.type in ("Nation", "Institution"))), from_list

    def _entity(self, token: Token) -> EntityMention | None:
        if token.i in self.by_token:
            return self.by_token[token.i]
        if token.lemma_.lower() in lexicon().actor_nouns or token.lower_ in lexicon().actor_nouns:
            for child in token.children:
                if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in self.by_token:
                    return self.by_token[child.i]
        return None

    def _listed_after(self, group: Token) -> list[EntityMention]:
        """Actors a group noun introduces as a list ("countries ... include: A, B and C")."""
        sentence = group.sent
        marker = next(
            (t for t in sentence if t.i >= group.i and (t.lower_ in _LIST_MARKERS or t.lemma_ == "include")),
            None,
        )
        if marker is None:
            return []
        return [e for e in self.entities if e.span.start > marker.i and e.span.end <= sentence.end]

    def _count(self, tokens: list[Token], relation: str, target: AgreementSpan | bool | None, trigger: Token) -> None:
        if target is False:
            return
        for token in tokens:
            prefix = [token.doc[token.i - 2]] if hyphenated_lemma(token) != token.lemma_.lower() else []
            for child in (c for t in (token, *prefix) for c in t.children):
                value = _exact_count(child)
                if value is not None:
                    self.counts.append(CountHit(relation, value, target or None, trigger.sent))  # type: ignore[arg-type]

    # -- qualifiers -------------------------------------------------------------------------
    def _negated(self, verb: Token) -> bool:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children):
            return True
        node = verb
        for _ in range(3):
            if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head == node:
                return False
            node = node.head
            if node.lemma_.lower() in lexicon().negating_verbs or any(c.dep_ == "neg" for c in node.children):
                return node.dep_ != "conj"
        return False

    def _hedged(self, verb: Token) -> bool:
        words = lexicon().hedging_words
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in words for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words

    def _date(self, verb: Token) -> PartialDate | None:
        dates = sentence_dates(verb.sent)
        below = {w.i for w in verb.subtree}
        attached = [e for e in dates if any(i in below for i in range(e.start, e.end))]
        chosen = attached or (dates if len(dates) == 1 else [])
        if not chosen:
            return None
        future = any(c.lower_ in ("will", "'ll") for c in verb.children)
        return resolve_expression(chosen[0].text, self.published, future=future)

    def _place(self, verb: Token) -> EntityMention | None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for word in child.children:
                    entity = self.by_token.get(word.i)
                    if entity is not None and entity.type in ("Place", "Nation"):
                        return entity
        return None

    @staticmethod
    def _unique(mentions: Iterable[EntityMention]) -> list[EntityMention]:
        seen: dict[str, EntityMention] = {}
        for mention in mentions:
            seen.setdefault(mention.id, mention)
        return list(seen.values())


def hyphenated_lemma(token: Token) -> str:
    """The lemma with a hyphenated prefix the tokenizer split off ("co - sponsors" -> "co-sponsor")."""
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        prefix = doc[token.i - 2]
        if not prefix.whitespace_ and prefix.lower_ in ("co", "re", "counter"):
            return f"{prefix.lower_}-{lemma}"
    return lemma


def _coordinated(token: Token) -> list[Token]:
    """A token with the tokens coordinated or in apposition with it ("the U.S., Britain and ...")."""
    found = [token]
    for item in [token, *token.conjuncts]:
        for candidate in [item, *(c for c in item.children if c.dep_ == "appos")]:
            for member in [candidate, *candidate.conjuncts]:
                if member not in found:
                    found.append(member)
    return found


def _exact_count(token: Token) -> int | None:
    """A figure written in digits and not hedged ("121 co-sponsors"; not "over 40", "about a dozen")."""
    if token.dep_ != "nummod" or any(c.dep_ in ("quantmod", "advmod") for c in token.children):
        return None
    digits = token.text.replace(",", "")
    return int(digits) if digits.isdigit() else None
