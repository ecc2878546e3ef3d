"""Judgements of an instrument: "Tom Watson called Theresa May's proposed Brexit deal 'lousy'",
"Kevin Conolly said a law allowing the termination of a life marked a 'sad day for NSW'", "Fernández
said the law was unjust". Whoever judges an instrument clearly bad `opposed` it (GUIDELINES.md:
"rejected or denounced it"); clearly good, `supported` it ("hailed or welcomed it").

Two structures state a judgement: a naming verb with the instrument as its object and the judgement
as its complement ("called the deal lousy", "described the bill as a disaster"), and a saying verb
whose clause has the instrument as its subject and a linking verb with the judgement ("said the law
was unfair"). The judgement is read from the head word of that complement and its adjectives alone
("a sad day for NSW": "sad", "day"), not from the words further in ("a step towards ending the
war" judges nothing), by the valences of the VADER sentiment lexicon (Hutto and Gilbert, 2014; the
`vaderSentiment` package): a sum beyond `min_valence` either way is a judgement; a negation turns it.
The lemma lists are `judgements` of ontology/extraction.yaml.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.arguments import actors_of, agreement_of, subjects
from kg.extract.relations.circumstances import date_of, place_of
from kg.extract.relations.hits import CONFIDENT, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import verb_lemma
from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

_COMPLEMENT_DEPS = ("oprd", "xcomp", "acomp", "attr", "ccomp")
_JUDGED_DEPS = ("attr", "acomp", "dobj", "oprd")
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


@functools.cache
def _settings() -> dict:
    """`judgements` of ontology/extraction.yaml: the lemma lists and the least valence that judges."""
    data = load_yaml("extraction.yaml")["judgements"]
    return {key: frozenset(value) if isinstance(value, list) else value for key, value in data.items()}


@functools.cache
def valences() -> dict[str, float]:
    """The VADER lexicon as vaderSentiment reads it: a word (lower case) -> its mean valence, -4 (most
    negative) to +4."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # read on first use

    return SentimentIntensityAnalyzer().lexicon


def judgements(text: ParsedText) -> None:
    """Record who opposed or supported an instrument by judging it."""
    settings = _settings()
    for verb in tokens_with_lemma(text.doc, settings["naming_verbs"]):
        if verb.pos_ != "VERB" or negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        said = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS]
        said += [w for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for w in c.children]
        if not objects and len(said) == 1:
            objects = said  # "called May's deal 'lousy'", parsed as the complement
        if (objects and not said) or said == objects:
            # the parser hangs the judgement after the object on it, as an adjective
            said = [c for word in objects for c in word.rights if c.dep_ == "amod"]
        _judged(text, verb, objects, said)
    for verb in tokens_with_lemma(text.doc, settings["saying_verbs"]):
        if verb.pos_ != "VERB" or negated(verb):
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and verb_lemma(c) in settings["linking_verbs"]):
            clause_subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            said = [c for c in clause.children if c.dep_ in _JUDGED_DEPS]
            _judged(text, verb, clause_subjects, said, turned=negated(clause))


def _judged(text: ParsedText, verb: Token, objects: list[Token], said: list[Token], *, turned: bool = False) -> None:
    """The hits of one judgement: the subjects of `verb` judge the instrument `objects` name by
    the words `said`."""
    if not objects or not said:
        return
    valence = sum(judgement_valence(word) for word in said)
    if turned:
        valence = -valence
    threshold = _settings()["min_valence"]
    if abs(valence) < threshold:
        return
    target = agreement_of(text, objects, verb)
    if not isinstance(target, AgreementSpan):
        return
    sentence = verb.sent
    if any(word.pos_ in ("PRON", "DET") for word in objects) and not sentence.start <= target.head < sentence.end:
        return  # "It is a great loss": "it" is the instrument only when the sentence names it
    actors, _ = actors_of(text, subjects(verb))
    relation = vocab.OPPOSED if valence < 0 else vocab.SUPPORTED
    confidence = HEDGED if hedged(verb) else CONFIDENT
    when, place = date_of(text, verb), place_of(text, verb)
    for actor in actors:
        text.hits.append(RelationHit(relation, actor, target, None, sentence, confidence, when, place, True))


def judgement_valence(word: Token) -> float:
    """The valence of a judgement: its head word's where the head has one ("a great loss" is a loss:
    -1.3), else its adjectives' ("a sad day": -2.1; "unjust and cruel": -5.1); a negation on a word
    turns it ("not fair")."""
    lexicon = valences()

    def valence(token: Token) -> float:
        value = lexicon.get(token.lower_, lexicon.get(token.lemma_.lower(), 0.0))
        return -value if any(c.lower_ in _NEGATIONS for c in token.children) else value

    words = [word, *(c for c in word.children if c.dep_ == "conj" and c.pos_ == word.pos_)]
    total = 0.0
    for head in words:
        own = valence(head)
        total += own or sum(valence(c) for c in head.children if c.dep_ == "amod" and c.pos_ == "ADJ")
    return total
