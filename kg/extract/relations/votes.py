"""Decisions a body takes by vote, written as what it voted to do (GUIDELINES.md: Votes, the body adopts;
decisions without a name): "the House of Representatives voted to hold two Cabinet officers in contempt
of Congress" -> "decision to hold two Cabinet officers in contempt of Congress", which the House adopted
(`decided` gives the edge); "the Legislative Yuan voted 66 to 27 to legalize same-sex marriage"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.relations.decisions import deciding, decision
from kg.extract.relations.modality import obliged
from kg.extract.relations.offices import takers
from kg.extract.relations.parsed import ParsedText

if TYPE_CHECKING:
    from spacy.tokens import Token

_UNREALISED = frozenset({"if", "unless", "until", "till", "before", "once", "whether"})
"""Subordinators of a vote that has not taken place ("if the House votes to impeach", "until the full
House votes to authorize an inquiry")."""

_CIRCUMSTANTIAL = frozenset({"after", "amid", "before", "despite", "during", "following", "since", "until"})
"""Prepositions whose phrase after what was voted says when or why, not what ("voted to extend the
state of emergency amid ...")."""


def voted_to(text: ParsedText) -> list[AgreementSpan]:
    """The decisions bodies vote to take: what the infinitive after the vote does, with its object and
    the phrases that complete it, where every voter is a public body (a legislature, a council, a
    cabinet; not voters, members or a nation at a referendum), and what it does is no act on an
    instrument ("voted to approve the bill" is the bill's adoption, read by its trigger), on a pronoun
    ("voted to lift it" names nothing) or on one of a kind ("voted to hold a Cabinet officer in contempt")."""
    doc = text.doc
    found: list[AgreementSpan] = []
    for verb, kind in deciding(doc, lexicon().voting_verbs):
        if obliged(verb) or any(c.dep_ == "mark" and c.lower_ in _UNREALISED for c in verb.children):
            continue
        deeds = [c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if len(deeds) != 1 or not voting_bodies(text, verb):
            continue
        deed = deeds[0]
        objects = [c for c in deed.children if c.dep_ == "dobj"]
        if any(o.pos_ == "PRON" or head_kind(o) is not None or _indefinite(o) for o in objects):
            continue
        end = _deed_end(deed)
        words = doc[deed.i : end]
        topic = frozenset({kind, deed.lemma_.lower(), *(o.lemma_.lower() for o in objects)})
        # the mention's head is what is voted on: a decision on a named instrument is that instrument's
        # ("voted to extend the national state of emergency": `extensions.extended` reads it)
        head = objects[0].i if objects else deed.i
        found.append(decision(verb, head, deed.i, end, kind, f"decision to {words.text}", topic))
    return found


def _indefinite(noun: Token) -> bool:
    """Whether an object is one of a kind, not a given one ("has Congress voted to hold a Cabinet officer in
    contempt": what such votes do, not one vote's decision)."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def voting_bodies(text: ParsedText, verb: Token) -> list[EntityMention]:
    """The public bodies that take a vote, all of them institutions in office; none otherwise."""
    actors, offices = takers(text, verb)
    return actors if actors and offices and all(a.type == vocab.INSTITUTION for a in actors) else []


def _deed_end(deed: Token) -> int:
    """Where the words of what was voted end: after its object, particle and the phrases that complete
    it ("hold X in contempt of Congress"), before a date or a phrase of when or why."""
    end = deed.i + 1
    for child in deed.rights:
        if child.dep_ == "punct" or child.dep_ not in ("dobj", "prt", "oprd", "dative", "prep"):
            break
        if child.dep_ == "prep" and (
            child.lower_ in _CIRCUMSTANTIAL or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        ):
            break
        end = child.right_edge.i + 1
    while end > deed.i + 1 and deed.doc[end - 1].is_punct:
        end -= 1
    return end
