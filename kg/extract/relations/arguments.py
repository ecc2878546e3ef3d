"""The arguments of a trigger: the words in its subject and object slots (active, passive, a
noun's), and what they name: the agreement a slot names, and the actors it stands for (through
coordination, pronouns, speakers and group nouns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.relations.actors import buried_conjuncts, entities_of, listed_after, qualified, unique
from kg.extract.relations.modality import negated_noun
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.references import (
    PERSON_PRONOUNS,
    antecedent,
    counted_group,
    definite_reference,
    named_inside,
    speaker,
    titled_group,
    titled_one,
    window,
)
from kg.extract.relations.syntax import SUBJECT_DEPS, companions, coordinated, prepositions

if TYPE_CHECKING:
    from spacy.tokens import Token

# Pronouns that stand for an agreement; "they"/"them" mostly stand for people, never taken for one.
_PRONOUNS = {"it", "this", "that", "which"}
_FIRST_PERSON = {"i", "we"}
_GROUP_NOUNS = {"country", "nation", "state", "government", "member", "signatory", "party", "co-sponsor", "cosponsor"}


def subjects(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verb it depends on ("X agreed to sign", "X met Y and
    signed"), with the companions a comitative phrase adds ("X, along with Y, introduced");
    never across a reported clause ("X said Y signed": X did not sign)."""
    node = verb
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if found:
            if node.dep_ == "relcl" and all(t.tag_ in ("WDT", "WP", "IN") for t in found):
                return [node.head]  # "Kenya, which signed the pact": the noun does it
            return [*found, *(w for s in found for w in companions(s)), *companions(node, before=node.i)]
        if node.dep_ == "acl":
            return [node.head]  # "countries joining the Declaration": the noun does it
        if node.dep_ in ("xcomp", "advcl", "conj") and node.head != node:
            node = node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
        else:
            break
    return _hung_on_a_date(node)


def _hung_on_a_date(verb: Token) -> list[Token]:
    """ "On Monday, Klobuchar, along with Senator Ron Wyden, introduced a bill": a verb with no subject
    whose subject the parser hung, between commas, on the date fronted before it (as its apposition
    or conjunct: a name is no date), with its companions."""
    found: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for date in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")):
            named = [
                a
                for a in date.children
                if a.dep_ in ("appos", "conj") and a.pos_ == "PROPN" and a.ent_type_ not in ("DATE", "TIME")
            ]
            if named:
                found += [*named, *companions(prep, before=verb.i), *companions(date, before=verb.i)]
    return [*found, *companions(verb, before=verb.i)] if found else []


def active_objects(verb: Token) -> list[Token]:
    """The object of an active verb ("X signed the deal"), or the noun its relative clause describes."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]  # "declared COVID-19 a pandemic"
    found += complements(verb)
    if not found and verb.dep_ == "relcl" and not _fronted_preposition(verb):
        return [verb.head]  # "the state of emergency Trump declared"
    return found


def _fronted_preposition(clause: Token) -> bool:
    """A relative clause whose pronoun is a preposition's object ("the Order in Council to which it led",
    "the talks during which they proposed a truce"): the noun is no object of its verb."""
    return any(t.dep_ == "pobj" and t.tag_ in ("WDT", "WP") for t in clause.subtree if t.i < clause.i)


def complements(verb: Token) -> list[Token]:
    """What a verb says its object is, in a clause of "to be" or without a verb ("declared the outbreak
    to be a pandemic", "declared the area a disaster zone")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be" and any(a.lower_ == "to" for a in c.children)
    ]  # "to be": a finite clause is what was said ("declared that not every act is a crime")
    small = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
    return [a for c in clauses for a in c.children if a.dep_ == "attr"] + small


def passive_objects(verb: Token) -> list[Token]:
    """What a passive verb is done to: its passive subject, or the noun or subject it hangs on."""
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if found:
        return found
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ == "acl":
        return [node.head]
    if node.dep_ in ("advcl", "ccomp"):
        return [c for c in node.head.children if c.dep_ in SUBJECT_DEPS]
    if node.dep_ == "acomp" and node.head.lemma_ == "be":
        # "It was co-sponsored by ...": the parser reads the participle as the copula's complement
        return [c for c in node.head.children if c.dep_ in SUBJECT_DEPS]
    return []


def noun_objects(noun: Token) -> list[Token]:
    """What a relation noun is about: "co-sponsors of X", "X has 121 signatories"."""
    of = [w for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "for") for w in c.children]
    if of:
        return of
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if noun.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN"):
        return [head.head]
    return []


def agreement_of(text: ParsedText, tokens: list[Token], trigger: Token) -> AgreementSpan | bool | None:
    """The agreement a slot names; None for a pronoun (the article's agreement); False for none."""
    doc = trigger.doc
    for token in tokens:
        if token.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
            token = trigger.head  # "the union, which it joined": the noun the clause is about
        for candidate in [token, *(c for c in token.conjuncts)]:
            for span in text.agreements:
                if span.covers(candidate):
                    return False if negated_noun(doc[span.head]) else span
            # A mis-parse can bury the agreement inside the object ("pact outlining strategies").
            inside = {t.i for t in candidate.lefts for t in t.subtree}
            buried = [span for span in text.agreements if span.head in inside]
            if buried:
                return False if negated_noun(doc[buried[-1].head]) else buried[-1]
            if candidate.lemma_.lower() in lexicon().act_nouns:
                # "welcomes the adoption of a resolution", "condemned the signing of the deal"
                inner = [w for p in prepositions(candidate) if p.text == "of" for w in p.objects]
                found = agreement_of(text, inner, trigger) if inner else False
                if found is not False:
                    return found
            if candidate.lower_ in _PRONOUNS:
                earliest = window(text, trigger.sent)
                earlier = [s for s in text.agreements if earliest <= s.head < trigger.i]
                # "an amendment to the Constitution ... It was co-sponsored": the instrument a
                # phrase names, not one named inside that phrase
                outer = [s for s in earlier if not named_inside(doc[s.head])]
                return outer[-1] if outer else None
            referent = definite_reference(text, candidate)
            if referent is not None:
                return referent
    return False


def actors_of(text: ParsedText, tokens: list[Token]) -> tuple[list[EntityMention], bool]:
    """The actors the words of a slot stand for, and whether they came from a list a group noun
    introduced ("nations, including A and B": stated with less confidence)."""
    found: list[EntityMention] = []
    from_list = False
    for token in tokens:
        found.extend(buried_conjuncts(text, token))  # "Tesco and ... retailer Salling Group", misparsed
        for candidate in coordinated(token):
            entities = entities_of(text, candidate)
            named = qualified(text, entities[0]) if len(entities) == 1 else None
            if named is not None:
                entities = [named] if named.type in vocab.ACTOR_TYPES else []
            if entities:
                found.extend(entities)
            elif candidate.lower_ in PERSON_PRONOUNS or candidate.lower_ == "it":
                referent = antecedent(text, candidate)
                found.extend([referent] if referent else [])
            elif candidate.lower_ == "they" and candidate.dep_ in SUBJECT_DEPS:
                found.extend(_they(text, candidate))
            elif candidate.lower_ in _FIRST_PERSON:
                found.extend(speaker(text, candidate))
            elif group := titled_group(text, candidate):
                found.extend(group)  # "The agreement was signed by the energy ministers"
            elif group := titled_one(text, candidate):
                found.extend(group)  # "The decree signed by the Pope" after "Pope Francis"
            elif group := counted_group(text, candidate):
                found.extend(group)  # "The two countries signed ...", "the leaders of the two countries"
            elif owner := _pronoun_owner(candidate):
                # "her government will withdraw the bill": the government of the one she is
                referent = antecedent(text, owner)
                found.extend([referent] if referent else [])
            elif candidate.lemma_.lower() in _GROUP_NOUNS:
                listed = listed_after(text, candidate)
                found.extend(listed)
                from_list = from_list or bool(listed)
    return list(unique(e for e in found if e.type in vocab.ACTOR_TYPES)), from_list


def _they(text: ParsedText, pronoun: Token) -> list[EntityMention]:
    """Who "they" is as a subject: the actors of the last plural or coordinated subject before it, in
    its sentence or the one before ("he died, government officials stated. They also declared seven
    days of national mourning"; "Egypt and Greece signed the deal. They also agreed ...")."""
    start = pronoun.sent.start
    earliest = text.doc[start - 1].sent.start if start > 0 else 0
    plural = [
        t
        for t in text.doc[earliest : pronoun.i]
        if t.dep_ in SUBJECT_DEPS and (t.tag_ in ("NNS", "NNPS") or t.conjuncts) and t.pos_ != "PRON"
    ]
    return actors_of(text, plural[-1:])[0] if plural else []


def _pronoun_owner(noun: Token) -> Token | None:
    """The pronoun owning an actor noun ("her government", "its ministry"), if one does."""
    if noun.lemma_.lower() not in lexicon().actor_nouns and noun.lower_ not in lexicon().actor_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)


_OWNER_PRONOUNS = {"his", "her", "its"}
