"""Decisions a verb states, with no noun of their own (GUIDELINES.md's decisions without a name):
on a person ("Trump pardoned Flynn", "he was pardoned by Trump", "commuted the sentence of X":
"<kind> of <person>", `decision_verbs`), or what a verb declares its object to be ("the WHO declared
COVID-19 a pandemic": "declaration of a pandemic", `complement_decisions`). Each is an instrument of
its own that the verb's subject issued (the verb is an `issued` trigger of the lexicon; its object is
the instrument's mention). `decision` and `deciding` make and find such decisions for `rulings` too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.actors import entities_of
from kg.extract.relations.arguments import complements
from kg.extract.relations.modality import negated
from kg.extract.relations.offices import deciders
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.references import PERSON_PRONOUNS, antecedent
from kg.extract.relations.syntax import passive, prepositions, verb_lemma
from kg.facts import DECISION_REFERENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def on_persons(text: ParsedText) -> list[AgreementSpan]:
    """The decisions on persons the verbs of a text state, one per person, in text order."""
    found: list[AgreementSpan] = []
    for verb, kind in deciding(text.doc, lexicon().decision_verbs):
        slots = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive(verb) else "dobj")]
        for slot in (word for first in slots for word in (first, *first.conjuncts)):
            person = _person(text, slot)
            if person is not None:
                found.append(_on_person(verb, slot, person, kind))
    return found


def declared(text: ParsedText) -> list[AgreementSpan]:
    """What an office declares its object to be, as a decision ("declared COVID-19 a pandemic" ->
    "declaration of a pandemic"), where that is no instrument of its own; what a researcher declares
    is a finding ("declared ... the strongest single predictor")."""
    kinds = lexicon().complement_decisions
    doc = text.doc
    found: list[AgreementSpan] = []
    for verb, kind in deciding(doc, kinds):
        if not deciders(text, verb):
            continue
        said = [c for c in verb.children if c.dep_ == "oprd"] + complements(verb)
        for noun in said:
            nominal = noun.pos_ == "NOUN" or any(c.dep_ == "det" for c in noun.children)  # "a pandemic" (ADJ)
            if not nominal or head_kind(noun) is not None:
                continue
            own = [c.left_edge.i for c in noun.lefts if c.dep_ not in ("nsubj", "nsubjpass")]  # not "the county"
            words = doc[min([*own, noun.i]) : noun.i + 1]
            said_words = "".join(t.text_with_ws for t in words if not t.is_quote).strip()  # 'a "pandemic"'
            label = f"{kind} of {said_words}"
            topic = frozenset({kind, noun.lemma_.lower()})
            found.append(decision(verb, noun.i, words.start, words.end, kind, label, topic))
    return found


def referred(text: ParsedText) -> list[AgreementSpan]:
    """The references to a decision by its taker alone (`decision_references`: "The NBA's decision
    followed ...", "criticized the House's decision", "the decision by the governor"): anaphoric
    mentions whose scope is the taker, one actor; resolution makes each the decision that actor issued
    or adopted before in the article, and drops it where there is none. A decision with content of its
    own ("the WHO's decision in January to declare ...") and a plural are no reference."""
    found: list[AgreementSpan] = []
    for noun in tokens_with_lemma(text.doc, lexicon().decision_references):
        if noun.tag_ != "NN" or any(c.dep_ in ("acl", "prep") and c.lower_ != "by" for c in noun.rights):
            continue
        owners = [c for c in noun.lefts if c.dep_ == "poss"]
        owners += [w for p in prepositions(noun) if p.text == "by" for w in p.objects]
        actors = {e.id: e for owner in owners for e in entities_of(text, owner) if e.type in vocab.ACTOR_TYPES}
        if len(owners) != 1 or len(actors) != 1:
            continue
        owner = owners[0]
        start = min(owner.left_edge.i, noun.i)
        end = max(owner.right_edge.i, noun.i) + 1
        words = text.doc[start:end]
        label = (words[1:] if words[0].dep_ == "det" and words[0].head.i in (owner.i, noun.i) else words).text
        found.append(
            AgreementSpan(
                head=noun.i,
                start=start,
                end=end,
                label=label,
                core=label,
                kind=DECISION_REFERENCE,
                specific=False,
                indefinite=False,
                topic=frozenset(),
                keywords=frozenset(),
                scope=frozenset(actors),
                anaphoric=True,
            )
        )
    return found


def deciding(doc: Doc, kinds: dict[str, str]) -> Iterator[tuple[Token, str]]:
    """The verbs of `doc` that state a decision of one of `kinds` (by lemma), not negated, with its kind."""
    for verb in tokens_with_lemma(doc, frozenset(lemma.split()[0] for lemma in kinds)):
        kind = kinds.get(verb_lemma(verb)) or kinds.get(verb.lemma_.lower())
        if kind is not None and verb.pos_ == "VERB" and not negated(verb):
            yield verb, kind


def _person(text: ParsedText, slot: Token) -> EntityMention | None:
    """The person a decision is on: the slot's own ("Flynn"), its pronoun's ("he"), or the owner of
    what it rules on ("the sentence of Roger Stone", "Stone's sentence")."""
    if slot.lower_ in PERSON_PRONOUNS:
        return antecedent(text, slot)
    owners = [slot, *(c for c in slot.children if c.dep_ == "poss")]
    owners += [word for p in prepositions(slot) if p.text == "of" for word in p.objects]
    persons = [e for word in owners for e in entities_of(text, word) if e.type == vocab.PERSON]
    return persons[0] if persons else None


def _on_person(verb: Token, slot: Token, person: EntityMention, kind: str) -> AgreementSpan:
    """The decision on a person, mentioned by its slot ("Flynn", "he", "the sentence of Roger Stone")."""
    start = min(slot.left_edge.i, slot.i)
    end = max(slot.right_edge.i, slot.i) + 1
    words = frozenset({kind, *person.label.lower().split()})
    return decision(verb, slot.i, start, end, kind, f"{kind} of {person.label}", words)


def decision(
    verb: Token,
    head: int,
    start: int,
    end: int,
    kind: str,
    label: str,
    topic: frozenset[str],
    core: str | None = None,
) -> AgreementSpan:
    """A decision `verb` states, as an agreement mention of its own (specific, described by `label`,
    named by `core` where that is shorter), written as the words from the verb to the end of its object
    when the verb comes first."""
    written = verb.doc[verb.i : end].text if verb.i < start else ""
    # The kind is no word two decisions share to be one ("ordered fire safety checks", "ordered the
    # installation of safety improvements"): what each is on is.
    keywords = topic - {kind} or topic
    return AgreementSpan(
        head=head,
        start=start,
        end=end,
        label=label,
        core=core or label,
        kind=kind,
        specific=True,
        indefinite=False,
        topic=topic,
        keywords=keywords,
        scope=frozenset(),
        anaphoric=False,
        from_verb=True,
        verb=verb.i,
        written=written,
    )
