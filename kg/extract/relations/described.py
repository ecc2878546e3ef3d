"""What an agreement's own noun phrase says of its actors: "a pact between the EU and Mercosur",
"a joint statement by Egypt and Greece", "May's proposed Brexit deal"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan
from kg.extract.lexicon import lexicon
from kg.extract.relations.arguments import actors_of
from kg.extract.relations.hits import FROM_LIST, RelationHit
from kg.extract.relations.modality import hedged, negated, negated_noun, obliged
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import prepositions

if TYPE_CHECKING:
    from spacy.tokens import Token


def described(text: ParsedText, span: AgreementSpan) -> None:
    """What an agreement's own noun phrase says of its actors: "a pact between the EU and
    Mercosur", "a treaty with Iran" (parties: signed), "a joint statement by Egypt and Greece"
    (authors, by kind), "May's proposed Brexit deal" (the possessor proposed it, whatever is
    done to it since)."""
    lex = lexicon()
    head = text.doc[span.head]
    participles = [c for c in head.children if c.dep_ == "amod" and c.lower_ in lex.participle_relations]
    owners = [c for c in head.children if c.dep_ == "poss"]
    if participles and owners:
        actors, _ = actors_of(text, owners)
        relation = lex.participle_relations[participles[0].lower_]
        for actor in actors:
            text.hits.append(RelationHit(relation, actor, span, None, head.sent, FROM_LIST, None, None, False))
    if not stated(head):
        return
    authored = lex.authored_kinds.get(span.kind)
    # "Biden's executive order", "the G7 Leaders’ Statement" (the parser hangs "Leaders’" as a modifier)
    authors = owners or [c for c in head.lefts if c.dep_ == "nmod" and c.lemma_.lower() in lex.actor_nouns]
    if authored and authors and not participles:
        actors, _ = actors_of(text, authors)
        for actor in actors:
            text.hits.append(RelationHit(authored, actor, span, None, head.sent, FROM_LIST, None, None, False))
    last = text.doc[span.end - 1]
    # "the proclamation of Golan Heights as Israeli territory by the President": the parser hangs
    # the author's "by" on the phrase's last word
    tail = [p for p in prepositions(last) if p.text == "by"] if last.i > head.i else []
    for prep in [*prepositions(head), *tail]:
        relation = vocab.SIGNED if prep.text in ("between", "with") else None
        if prep.text == "by":
            relation = lex.authored_kinds.get(span.kind)
        if relation is None:
            continue
        actors, _ = actors_of(text, prep.objects)
        for actor in actors:
            text.hits.append(RelationHit(relation, actor, span, None, head.sent, FROM_LIST, None, None, False))


def stated(head: Token) -> bool:
    """Whether the text states the instrument exists: not "no deal", "without a deal", "refused to
    sign a deal with Iran", "must reach a deal", "seeks a deal with Iran", "will sign a deal", "a
    proposal for a deal with Japan"."""
    governor = head.head if head.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") else head
    if governor.dep_ == "prep":
        governor = governor.head
    if negated_noun(head):
        return False
    if governor.pos_ in ("NOUN", "PROPN") and governor.lemma_.lower() in lexicon().prospective_nouns:
        return False  # "its proposal for a trade agreement with Japan", "talks on a deal with Iran"
    if governor.pos_ == "VERB" and (
        negated(governor)
        or obliged(governor)
        or hedged(governor)
        or governor.lemma_.lower() in lexicon().hedging_words  # "seeking a deal with Iran"
    ):
        return False
    words = lexicon().negating_words
    return not (head.dep_ == "pobj" and any(w.lower_ in words for w in (head.head, *head.head.conjuncts)))
