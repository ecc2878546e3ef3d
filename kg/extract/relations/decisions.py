"""Decisions a verb states, with no noun of their own (GUIDELINES.md's decisions without a name):
on a person ("Trump pardoned Flynn", "he was pardoned by Trump", "commuted the sentence of X":
"<kind> of <person>", `decision_verbs`), what a verb declares its object to be ("the WHO declared
COVID-19 a pandemic": "declaration of a pandemic", `complement_decisions`), or a thing an office rules
on ("the Samoan government shut down all schools": "closure of all schools", `object_decisions`). Each
is an instrument of its own that the verb's subject issued: the verb is an `issued` trigger of the
lexicon, or `decided` states it; the verb's object is the instrument's mention."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.actors import entities_of
from kg.extract.relations.arguments import actors_of, complements, subjects
from kg.extract.relations.circumstances import date_of, place_of
from kg.extract.relations.hits import CONFIDENT, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated, obliged
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.references import PERSON_PRONOUNS, antecedent
from kg.extract.relations.syntax import prepositions, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def decision_spans(doc: Doc, entities: list[EntityMention]) -> list[AgreementSpan]:
    """The decisions on persons the verbs of `doc` state, one per person, in text order."""
    kinds = lexicon().decision_verbs
    text = ParsedText(doc, entities, [], None)
    found: list[AgreementSpan] = []
    for verb, kind in _deciding(doc, kinds):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        slots = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        for slot in (word for first in slots for word in (first, *first.conjuncts)):
            person = _person(text, slot)
            if person is not None:
                found.append(_on_person(verb, slot, person, kind))
    return found + _declared(doc) + _ruled_on(text)


def _declared(doc: Doc) -> list[AgreementSpan]:
    """What a verb declares its object to be, as a decision ("declared COVID-19 a pandemic" ->
    "declaration of a pandemic"), where that is no instrument of its own."""
    kinds = lexicon().complement_decisions
    found: list[AgreementSpan] = []
    for verb, kind in _deciding(doc, kinds):
        said = [c for c in verb.children if c.dep_ == "oprd"] + complements(verb)
        for noun in said:
            nominal = noun.pos_ == "NOUN" or any(c.dep_ == "det" for c in noun.children)  # "a pandemic" (ADJ)
            if not nominal or head_kind(noun) is not None:
                continue
            own = [c.left_edge.i for c in noun.lefts if c.dep_ not in ("nsubj", "nsubjpass")]  # not "the county"
            words = doc[min([*own, noun.i]) : noun.i + 1]
            label = f"{kind} of {words.text}"
            topic = frozenset({kind, noun.lemma_.lower()})
            found.append(_decision(verb, noun.i, words.start, words.end, kind, label, topic))
    return found


def _ruled_on(text: ParsedText) -> list[AgreementSpan]:
    """The things offices rule on ("the Samoan government ... shut down all schools" -> "closure of all
    schools"; "banned children from public gatherings" -> "ban of children from public gatherings"),
    or order ("declared seven days of national mourning": that is the decision): the active verb's
    direct object, with the verb's "from" phrase, where the subject is an office."""
    doc = text.doc
    found: list[AgreementSpan] = []
    lex = lexicon()
    for verb, kind in _deciding(doc, {**lex.object_decisions, **lex.ordered_objects}):
        if obliged(verb) or _asked(verb) or not _deciders(text, verb):
            continue
        slot = "nsubjpass" if _passive(verb) else "dobj"
        for thing in (c for c in verb.children if c.dep_ == slot):
            if not _ruled_thing(text, thing):
                continue
            phrase = _from_phrase(verb, thing)
            end = phrase.right_edge.i + 1 if phrase is not None else _named_end(thing)
            words = doc[thing.left_edge.i : end]
            topic = frozenset({kind, thing.lemma_.lower()})
            if verb_lemma(verb) in lex.ordered_objects:  # "declared seven days of national mourning"
                own = words[1:] if words[0].dep_ == "det" else words
                found.append(_decision(verb, thing.i, words.start, words.end, kind, own.text, topic))
            else:
                label = f"{kind} of {_in_running_text(words)}"
                found.append(_decision(verb, thing.i, words.start, words.end, kind, label, topic))
    return found


def _in_running_text(words: Span) -> str:
    """The words as inside a sentence: a first word capitalised only as the sentence's first is not
    ("All public schools in Ohio were closed" -> "all public schools")."""
    first = words[0]
    if first.is_sent_start and first.pos_ != "PROPN" and first.text[:1].isupper():
        return first.lower_ + words.text[len(first.text) :]
    return words.text


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _deciders(text: ParsedText, verb: Token) -> list[EntityMention]:
    """The offices that take the decision a verb states: its subjects, or for a passive verb its agents
    ("all schools were closed by the government") or the office that announces it will be done
    ("Minister Obaidul Quader said public transport would be shut down"); none unless all are offices."""
    if _passive(verb):
        tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
        if not tokens and _announced(verb):
            tokens = subjects(verb.head)
    else:
        tokens = subjects(verb)
    actors, _ = actors_of(text, tokens)
    return actors if actors and all(in_office(text, actor) for actor in actors) else []


def _announced(verb: Token) -> bool:
    """Whether a passive verb is what its clause's speaker announces will be done ("said public transport
    would be shut down"): a clause of a verb of `announcing_verbs`, in the future ("will", "would")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lexicon().announcing_verbs
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)
    )


def _asked(verb: Token) -> bool:
    """Whether a verb states what is asked, wanted or supposed rather than decided: an infinitive
    ("asking the United States to waive diplomatic immunity", "vowed to shut down the border"), a verb
    whose object is told to do something ("ordered the network to shut down"), a gerund after a
    preposition ("when it comes to banning assault weapons"), or a conditional
    ("would shut down the border") that no office announces ("he said he would")."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # "ordered the network to shut down": the order is to do, the network is no decision
    if verb.dep_ == "pcomp" and verb.head.lower_ != "by":
        return True  # "when it comes to banning assault weapons"; "by closing schools" says how it was done
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "to" in auxiliaries:
        return True  # "vowed to shut down the border", "wanted to ban hydraulic fracturing"
    return bool(auxiliaries & lexicon().conditional_modals) and not _announced(verb)  # "would ban", unsaid


def _ruled_thing(text: ParsedText, thing: Token) -> bool:
    """Whether an object is a thing an office can rule on: a noun that is no actor or instrument,
    says which thing ("all schools", "the primary", "children from public gatherings"; not a bare
    "operations") and is not its subject's own ("her campaign", "its election")."""
    if thing.pos_ not in ("NOUN", "PROPN") or head_kind(thing) is not None:
        return False
    lex = lexicon()
    if thing.lemma_.lower() in lex.actor_nouns or thing.lower_ in lex.actor_nouns:
        return False  # "suspended parliament": done to a body
    if thing.lemma_.lower() in lex.noun_relations or thing.lower_ in lex.noun_relations:
        return False  # "China suspended those talks", "lifted the sanctions": a relation between actors
    if any(c.dep_ in ("acl", "relcl") and c.lemma_ == "be" for c in thing.children):
        return False  # "declared the outbreak ... to be a pandemic": said of it (`_declared`)
    if any(text.by_token[t.i].type in vocab.ACTOR_TYPES for t in thing.subtree if t.i in text.by_token):
        return False  # "closed the border with Mexico": about an actor ("all schools in Ohio" is a thing)
    if not any(c.dep_ != "punct" for c in thing.children) and not _from_phrase(thing.head, thing):
        return False
    return not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in thing.children)


def _named_end(noun: Token) -> int:
    """Where the words naming a thing end: after its "of" phrases and conjuncts, before any other
    phrase ("a number of cities over the virus" -> "a number of cities")."""
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ in ("cc", "punct") and child.i == end:
            end = child.i + 1
        elif child.dep_ == "conj" or (child.dep_ == "prep" and child.lower_ == "of"):
            if child.i != end:
                break
            inner = [_named_end(c) for c in child.children if c.dep_ in ("pobj", "conj")]
            end = max([child.i + 1, *inner])
        else:
            break
    while end > noun.i + 1 and noun.doc[end - 1].is_punct:
        end -= 1  # "the ongoing outbreak of COVID-19 —"
    return end


def _from_phrase(verb: Token, thing: Token) -> Token | None:
    """The verb's "from" phrase right after its object ("banned children from public gatherings")."""
    end = thing.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == end), None)


def in_office(text: ParsedText, actor: EntityMention) -> bool:
    """Whether an actor holds public office, so that it can decide in its own authority: a nation; a
    state body or organ of the gazetteer, or a body named as public (`office_heads`: "Ministry of
    Health"); a person the article gives an office title (`office_titles`: "Governor Mike DeWine",
    "Jacques Chirac, former President of France")."""
    lex = lexicon()
    if actor.type == vocab.NATION:
        return True
    if actor.type == vocab.INSTITUTION:
        entry = gazetteer.by_id().get(actor.id)
        if entry is not None and (entry.kind or entry.part_of):
            return True  # a state body, an organ of an organisation (a party of a country is none)
        return any(word in lex.office_heads for word in actor.label.lower().split())
    if actor.type != vocab.PERSON:
        return False
    doc = text.doc
    for mention in text.entities:
        if mention.id != actor.id:
            continue
        before = doc[max(mention.span.start - 3, 0) : mention.span.start].text.lower()
        said = [before, *(" ".join(t.lower_ for t in d.subtree) for d in _descriptions(mention.span.root))]
        if any(_titled(words, lex.office_titles) for words in said):
            return True
    return False


def _descriptions(name: Token) -> list[Token]:
    """The phrases that say what a named person is: an apposition ("Jacques Chirac, former President of
    France", "the president, Donald Trump"), or what the name's verb, or its relative clause's, says it
    is or serves as ("Chirac was mayor of Paris", "Chirac, who served as President of France")."""
    found = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    verbs = [c for c in name.children if c.dep_ == "relcl"] + ([name.head] if name.dep_ == "nsubj" else [])
    for verb in verbs:
        if verb.lemma_ in ("be", "serve", "become"):
            found += [c for c in verb.children if c.dep_ == "attr"]
            found += [w for p in prepositions(verb) if p.text == "as" for w in p.objects]
    return found


def _titled(words: str, titles: frozenset[str]) -> bool:
    """Whether one of `titles` is written in `words` as whole words."""
    padded = f" {words} "
    return any(f" {title} " in padded for title in titles)


def decided(text: ParsedText) -> None:
    """The offices that issued the decisions their verbs state with no trigger of their own ("shut
    down all schools"): `_deciders`."""
    done = {id(hit.agreement) for hit in text.hits}
    for span in text.agreements:
        if span.verb is None or id(span) in done:
            continue
        verb = text.doc[span.verb]
        confidence = HEDGED if hedged(verb) or _announced(verb) else CONFIDENT
        when, place = date_of(text, verb), place_of(text, verb)
        for actor in _deciders(text, verb):
            text.hits.append(RelationHit(vocab.ISSUED, actor, span, None, verb.sent, confidence, when, place, True))


def _deciding(doc: Doc, kinds: dict[str, str]) -> Iterator[tuple[Token, str]]:
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
    return _decision(verb, slot.i, start, end, kind, f"{kind} of {person.label}", words)


def _decision(
    verb: Token, head: int, start: int, end: int, kind: str, label: str, topic: frozenset[str]
) -> AgreementSpan:
    """A decision `verb` states, as an agreement mention of its own (specific, described by `label`),
    written as the words from the verb to the end of its object when the verb comes first."""
    written = verb.doc[verb.i : end].text if verb.i < start else ""
    return AgreementSpan(
        head=head,
        start=start,
        end=end,
        label=label,
        core=label,
        kind=kind,
        specific=True,
        indefinite=False,
        topic=topic,
        keywords=topic,
        scope=frozenset(),
        anaphoric=False,
        from_verb=True,
        verb=verb.i,
        written=written,
    )
