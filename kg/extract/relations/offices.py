"""Who holds public office, and so can decide in its own authority (GUIDELINES.md's decisions
without a name): a nation, a public body, a person the article gives an office title; and the offices
that take the decision a verb states (`deciders`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.relations.actors import LIST_MARKERS
from kg.extract.relations.arguments import actors_of, complements, subjects
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import passive, prepositions

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_office(text: ParsedText, actor: EntityMention) -> bool:
    """Whether an actor holds public office, so that it can decide in its own authority: a nation; a
    state body, an organisation of states or an organ of the gazetteer, or a body named as public
    (`office_heads`: "Ministry of Health"); a person the article gives an office title (`office_titles`:
    "Governor Mike DeWine", "Jacques Chirac, former President of France"). A court is none: it rules
    (`court_words`)."""
    lex = lexicon()
    if actor.type == vocab.NATION:
        return True
    if actor.type == vocab.INSTITUTION:
        if _court(actor):
            return False  # a court rules (GUIDELINES.md, "Courts"): no decision of an office
        entry = gazetteer.by_id().get(actor.id)
        if entry is not None and (entry.kind or entry.part_of or entry.intergovernmental):
            return True  # a state body, an organisation of states or its organ (a party of a country is none)
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


def _court(actor: EntityMention) -> bool:
    """Whether an institution is a court: named with one of `court_words`, or of a court's kind in the
    gazetteer."""
    if any(word in lexicon().court_words for word in actor.label.lower().split()):
        return True
    entry = gazetteer.by_id().get(actor.id)
    return entry is not None and entry.kind is not None and entry.kind.endswith("court")


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


def deciders(text: ParsedText, verb: Token) -> list[EntityMention]:
    """The offices that take the decision a verb states (`takers`); none unless all are offices."""
    actors, offices = takers(text, verb)
    return actors if offices else []


def takers(text: ParsedText, verb: Token) -> tuple[list[EntityMention], bool]:
    """The actors that take the decision a verb states, and whether they are offices: its subjects, or
    for a passive verb its agents ("all schools were closed by the government") or the office that
    announces it will be done ("Minister Obaidul Quader said public transport would be shut down").
    Either all are offices (True), or all are organisations that hold no office and are no court, which
    decide on what they run ("the NBA suspended its season": False); else none."""
    if passive(verb):
        tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
        if not tokens:
            # "COVID-19 was announced to be a pandemic by the WHO": the parser hangs the agent on the
            # complement or on its "to be"
            said = {t for c in complements(verb) for t in (c, c.head)}
            tokens = [w for t in said for p in prepositions(t) if p.text == "by" for w in p.objects]
        if not tokens and (announced(verb) or announced_done(verb)):
            tokens = subjects(verb.head)
    else:
        listing = listing_verb(verb)
        tokens = subjects(listing if listing is not None else verb)
        if tokens and all(t.lower_ in _SELF_PRONOUNS for t in tokens) and _announcing_clause(verb):
            tokens = subjects(verb.head)  # "the Turkish government declared they were ending the search"
    actors, _ = actors_of(text, tokens)
    offices = [in_office(text, actor) for actor in actors]
    if actors and all(offices):
        return actors, True
    if actors and not any(offices) and all(a.type == vocab.INSTITUTION and not _court(a) for a in actors):
        return actors, False
    return [], False


_SELF_PRONOUNS = frozenset({"it", "they", "we"})
"""Pronouns by which an office announcing a decision names itself as the one taking it."""


def _announcing_clause(verb: Token) -> bool:
    """Whether a verb is the clause of a verb of `announcing_verbs` ("declared they were ending")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon().announcing_verbs


def announced(verb: Token) -> bool:
    """Whether a passive verb is what its clause's speaker announces will be done ("said public transport
    would be shut down"): a clause of a verb of `announcing_verbs`, in the future ("will", "would")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lexicon().announcing_verbs
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children)
    )


def announced_done(verb: Token) -> bool:
    """Whether a passive verb is what its clause's speaker announces has been done ("the Commission
    announced on Friday the second debate has been cancelled"): a clause of a verb of
    `announcing_verbs` in the present perfect (a fact of the past, "said the roads were closed", is no
    announcement)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lexicon().announcing_verbs
        and bool(auxiliaries & {"has", "have"})
        and "been" in auxiliaries
    )


def listing_verb(verb: Token) -> Token | None:
    """The verb by which an office takes the measures a gerund is listed among ("the Trump administration
    announced other efforts, including waiving the interest ..."; "introduced measures such as closing
    all schools"): a verb of `taking_verbs` or `announcing_verbs`, or the verb of the noun the list
    hangs on; None for a gerund in no such list."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pcomp" or first.head.lower_ not in LIST_MARKERS:
        return None
    node = first.head.head
    if node.pos_ == "ADJ" and node.dep_ == "amod":
        node = node.head  # "measures such as ..."
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ == "dobj":
        node = node.head
    lex = lexicon()
    lemma = node.lemma_.lower()
    return node if node.pos_ == "VERB" and (lemma in lex.taking_verbs or lemma in lex.announcing_verbs) else None
