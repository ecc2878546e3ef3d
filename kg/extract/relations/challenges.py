"""Legal challenges to an instrument: "the ACLU filed a lawsuit against the state over its 2018 Ballot
Interference Prevention Act", "the president has a lawsuit to prevent a New York State law from ...".
Whoever brings the suit (the subject of the verb it is the object of) `opposed` the instrument it is
over or against, or the one it is to stop (`challenge_nouns` of ontology/extraction.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.lexicon import lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.arguments import actors_of, agreement_of, subjects
from kg.extract.relations.hits import CONFIDENT, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated
from kg.extract.relations.parsed import ParsedText

if TYPE_CHECKING:
    from spacy.tokens import Token

_ABOUT = ("over", "against")


def challenges(text: ParsedText) -> None:
    """Record who opposed an instrument by bringing a legal challenge to it."""
    for noun in tokens_with_lemma(text.doc, lexicon().challenge_nouns):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or negated(verb):
            continue
        target = _challenged(text, noun, verb)
        if target is None:
            continue
        actors, _ = actors_of(text, subjects(verb))
        confidence = HEDGED if hedged(verb) else CONFIDENT
        for actor in actors:
            hit = RelationHit(vocab.OPPOSED, actor, target, None, verb.sent, confidence, None, None, False)
            text.hits.append(hit)


def _challenged(text: ParsedText, noun: Token, verb: Token) -> AgreementSpan | None:
    """The instrument a suit is over or against (the parser may hang the phrase anywhere under the
    verb), or the one the clause it is for stops ("a lawsuit to prevent a New York State law")."""
    about = [w for t in verb.subtree if t.dep_ == "prep" and t.lower_ in _ABOUT for w in t.children if w.dep_ == "pobj"]
    clause = [w for c in noun.children if c.dep_ in ("acl", "relcl") for w in c.children if w.dep_ == "dobj"]
    for words in (about, clause):
        found = agreement_of(text, words, verb)
        if isinstance(found, AgreementSpan):
            return found
    return None
