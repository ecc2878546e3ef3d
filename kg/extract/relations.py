"""Relation extractor: the action vocabulary of the annotation guidelines (proposed, co-sponsored,
adopted, signed, ratified, issued, supported, opposed, withdrew-from on agreements; negotiated-with
and sanctioned between actors), read from the dependency parse.

Subjects are the verb's own subject, its conjuncts and appositions, never a place, a speaker ("X
said Y signed": Y signs) or a phrase under a preposition. Handles active and passive voice ("X
adopted the resolution", "proposed by X"), participles ("Led by X, the resolution ..."), actors
named through a group noun ("121 co-sponsors including China"), votes ("voted for" supports, "voted
against" opposes), pronoun subjects ("he" -> the article's previous person subject), negation by
adverb, determiner or verb ("never signed", "signed no agreement", "refused to sign": no edge),
obligations ("must be approved": no edge) and hedging ("will sign": lower confidence).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.agreements import AgreementSpan, head_kind
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.temporal import PartialDate, resolve_expression
from kg.extract.tunables import tunables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Pronouns that stand for an agreement; "they"/"them" mostly stand for people, never taken for one.
_PRONOUNS = {"it", "this", "that", "which"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_FIRST_PERSON = {"i", "we"}
_QUOTE_OPENERS = {":", '"', "“", "'", "‘"}
_LIST_MARKERS = {"including", "include", "includes", "included", "like", "as", ":", "among"}
_GROUP_NOUNS = {"country", "nation", "state", "government", "member", "signatory", "party", "co-sponsor", "cosponsor"}
_CONFIDENCE = tunables().confidence
CONFIDENT, HEDGED, FROM_LIST = _CONFIDENCE.stated, _CONFIDENCE.hedged, _CONFIDENCE.from_list
ANTECEDENT_SENTENCES = 3


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
    for span in agreements:
        finder.described(span)
    return finder.hits, finder.counts


@functools.cache
def _trigger_words() -> frozenset[str]:
    """The lemmas that can trigger a relation, with the last part of hyphenated ones ("co-sponsor"
    -> "sponsor": the tokenizer splits the prefix off)."""
    lex = lexicon()
    lemmas = {*lex.verb_relations, *lex.noun_relations, *lex.prepositional_verbs}
    words = {lemma.split()[0] for lemma in lemmas}  # "put forward": found at "put", checked whole
    return frozenset(words | {word.rsplit("-", 1)[-1] for word in words})


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
        self._voices: list[EntityMention] | None = None

    # -- triggers ---------------------------------------------------------------------------
    def visit(self, token: Token) -> None:
        lex = lexicon()
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if self._negated(token) or self._obliged(token):
                return
            lemma = verb_lemma(token)
            by_preposition = lex.prepositional_verbs.get(lemma, {})
            before = len(self.hits)
            for prep in _prepositions(token):
                if prep.text in by_preposition:
                    self._verb(token, by_preposition[prep.text], prep.objects)
            if len(self.hits) > before:
                return
            relation = lex.verb_relations.get(lemma)
            if relation:
                self._verb(token, relation)
        elif token.pos_ in ("NOUN", "PROPN"):
            relation = lex.noun_relations.get(hyphenated_lemma(token)) or lex.noun_relations.get(token.lower_)
            if relation in lex.between_actors or relation in lex.actor_objects:
                self._actor_noun(token, relation)
            elif relation:
                self._noun(token, relation)

    def _verb(self, verb: Token, relation: str, objects: list[Token] | None = None) -> None:
        lex = lexicon()
        if relation in lex.between_actors:
            self._between_actors(verb, relation)
            return
        if relation in lex.actor_objects:
            self._actor_object(verb, relation)
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        )
        if passive:
            actor_tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
            # "a memorandum was signed between Cyprus, Greece and Israel"
            actor_tokens += [w for p in _prepositions(verb) if p.text in ("between", "among") for w in p.objects]
            object_tokens = objects if objects is not None else self._passive_objects(verb)
        else:
            actor_tokens = self._subjects(verb)
            object_tokens = objects if objects is not None else self._active_objects(verb)
        if any(_negated_noun(t) for t in object_tokens):
            return  # "sign no agreement"
        if not passive and verb_lemma(verb) in lexicon().passed_through:
            # "the bill passed the Senate": the body the bill passes adopts it
            moved = self._agreement(actor_tokens, verb)
            if moved is not False and self._actors(object_tokens, verb)[0]:
                actor_tokens, object_tokens = object_tokens, actor_tokens
        target = self._agreement(object_tokens, verb)
        if target is False:
            return
        if objects is not None and relation in lexicon().object_also_acts:
            actor_tokens = [*actor_tokens, *(c for c in verb.children if c.dep_ == "dobj")]  # "withdrew the US from"
        actors, from_list = self._actors(actor_tokens, verb)
        if not actors:
            self._count(actor_tokens, relation, target, verb)
            return
        relation = self._meaning(verb, relation, target)
        confidence = HEDGED if self._hedged(verb) else FROM_LIST if from_list else CONFIDENT
        when = self._date(verb)
        place = self._place(verb)
        by_person = lexicon().person_relations.get(verb_lemma(verb), relation)
        voted = verb_lemma(verb) == "vote"
        for actor in actors:
            meant = by_person if actor.type == vocab.PERSON else relation  # a person endorsing a deal backs it
            if voted and meant == vocab.SUPPORTED and _adopting_body(actor):
                meant = vocab.ADOPTED  # GUIDELINES.md, Votes: the body that votes a text through adopts it
            self.hits.append(RelationHit(meant, actor, target, None, verb.sent, confidence, when, place, True))
        self._count(actor_tokens, relation, target, verb)

    @staticmethod
    def _active_objects(verb: Token) -> list[Token]:
        found = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if not found and verb.dep_ == "relcl":
            return [verb.head]  # "the state of emergency Trump declared"
        return found

    @staticmethod
    def _meaning(verb: Token, relation: str, target: AgreementSpan | None) -> str:
        """What the act means for this kind of instrument: a signature "into law" or on an act enacts it
        (adopted); one on an order, decree or proclamation issues it; endorsing a bill supports it."""
        lex = lexicon()
        for prep in _prepositions(verb):
            for word in prep.objects:
                if (prep.text, word.lower_) in lex.enacting_phrases and relation == vocab.SIGNED:
                    return vocab.ADOPTED
        return lex.kind_overrides.get((verb_lemma(verb), target.kind), relation) if target else relation

    def _between_actors(self, verb: Token, relation: str) -> None:
        """ "China negotiated with Russia", "the EU held talks with Japan", "X met Y", "X and Y met"."""
        # "with" may hang on the verb or on its object ("negotiated the agreement with Japan").
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        partner_tokens = [
            w for h in heads for p in _prepositions(h) if p.text in ("with", "between") for w in p.objects
        ]
        if verb_lemma(verb) in lexicon().partner_objects:
            partner_tokens += [c for c in verb.children if c.dep_ == "dobj"]  # "Trump met Kim"
        others, _ = self._actors(partner_tokens, verb)
        subjects = self._subjects(verb)
        actors, _ = self._actors(subjects, verb)
        found = self._agreement([c for c in verb.children if c.dep_ == "dobj"], verb)
        target = found if isinstance(found, AgreementSpan) else None
        if not others:  # "Cyprus, Greece and Israel met": with each other
            self._among(relation, self._actor_groups(subjects), verb)
            return
        self._pairs(relation, actors, others, verb, target)

    def _actor_object(self, verb: Token, relation: str) -> None:
        """ "the EU sanctioned Iran", "Germany banned Mahan Air", "Iran was sanctioned by the UN"."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            actor_tokens = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
            object_tokens = self._passive_objects(verb)
        else:
            actor_tokens = self._subjects(verb)
            object_tokens = [c for c in verb.children if c.dep_ == "dobj"]
        actors, _ = self._actors(actor_tokens, verb)
        targets, _ = self._actors(object_tokens, verb)
        self._pairs(relation, actors, targets, verb, None, symmetric=False)

    def _actor_noun(self, noun: Token, relation: str) -> None:
        """ "US sanctions on Iran", "X imposed sanctions against Y", "X held talks with Y", "a meeting
        between A and B", "Y has been the subject of US sanctions", "Y is under EU sanctions"."""
        lex = lexicon()
        verb = noun.head if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in lex.light_verbs else None
        if verb is not None and (self._negated(verb) or self._obliged(verb)):
            return
        between = relation in lex.between_actors
        words = ("with", "between") if between else ("on", "against", "to")
        heads = [noun] if verb is None else [noun, verb]
        partner_tokens = [w for h in heads for p in _prepositions(h) if p.text in words for w in p.objects]
        if not between and not partner_tokens:
            partner_tokens = _subject_of_state(noun)
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        actors, _ = self._actors(modifiers, noun)
        if not actors and verb is not None:
            actors, _ = self._actors(self._subjects(verb), verb)
        others, _ = self._actors(partner_tokens, noun)
        trigger = verb if verb is not None else noun
        if between and not others and actors and verb is not None and _definite(noun):
            others = self._participants(relation, trigger)  # "Di Maio joined the talks": those held before
            # "the Italian minister, Luigi Di Maio, joined": the named minister, as the others are named
            actors = [a for a in actors if a.type == vocab.PERSON] or actors
        if between and not others:  # "Cyprus, Greece and Israel held talks"
            self._among(relation, self._actor_groups(modifiers or self._subjects(trigger)), trigger)
        elif between and not actors:  # "a meeting between A and B"
            self._among(relation, self._actor_groups(partner_tokens), trigger)
        else:
            self._pairs(relation, actors, others, trigger, None, symmetric=between)

    def _participants(self, relation: str, trigger: Token) -> list[EntityMention]:
        """The actors of the meeting the text told of last, within a few sentences ("A and B met in
        Cairo. C joined the talks": C met A and B)."""
        window = self._window(trigger.sent)
        earlier = [h for h in self.hits if h.relation == relation and h.partner is not None]
        earlier = [h for h in earlier if window <= h.sentence.start < trigger.sent.start]
        if not earlier:
            return []
        last = earlier[-1].sentence.start
        found = [e for h in earlier if h.sentence.start == last for e in (h.actor, h.partner)]
        return list(self._unique(e for e in found if e is not None))

    def _pairs(
        self,
        relation: str,
        actors: list[EntityMention],
        others: list[EntityMention],
        trigger: Token,
        target: AgreementSpan | None,
        *,
        symmetric: bool = True,
    ) -> None:
        """One edge per actor and other actor (once per pair for a symmetric relation)."""
        confidence = HEDGED if self._hedged(trigger) else CONFIDENT
        done: set[frozenset[str]] = set()
        for actor in actors:
            for partner in others:
                pair = frozenset((actor.id, partner.id))
                if partner.id == actor.id or (symmetric and pair in done):
                    continue
                done.add(pair)
                hit = RelationHit(relation, actor, target, partner, trigger.sent, confidence, None, None, False)
                self.hits.append(hit)

    def _among(self, relation: str, groups: list[list[EntityMention]], trigger: Token) -> None:
        """A symmetric relation among coordinated actors ("Cyprus, Greece and Israel met"), never between
        an actor and its own apposition ("the Italian minister, Luigi Di Maio")."""
        for index, group in enumerate(groups):
            for other in groups[index + 1 :]:
                self._pairs(relation, group, other, trigger, None)

    def _actor_groups(self, tokens: list[Token]) -> list[list[EntityMention]]:
        """Coordinated actors, each with the actors in apposition to it."""
        groups: list[list[EntityMention]] = []
        for token in tokens:
            for item in [token, *token.conjuncts]:
                own = self._entities(item)
                listed = [c for c in item.children if c.dep_ == "appos" and c.conjuncts]
                for head in listed:  # "X and his counterparts, A, B and C": a list, each one apart
                    groups.extend([e] for c in (head, *head.conjuncts) for e in self._entities(c))
                appos = [e for c in item.children if c.dep_ == "appos" and not c.conjuncts for e in self._entities(c)]
                if own:
                    groups.append([own[0], *appos])
                    groups.extend([e] for e in own[1:])
                elif appos:
                    groups.append(appos)
                groups.extend([e] for e in self._buried_conjuncts(item))
        actors = [[e for e in g if e.type in vocab.ACTOR_TYPES] for g in groups]
        return [group for group in actors if group]

    def _buried_conjuncts(self, item: Token) -> list[EntityMention]:
        """Names the parser hid inside a subject's titles: in "US President Donald Trump and Turkish
        President Recep Tayyip Erdogan spoke" the head is Erdogan and "Donald Trump and" hangs under its
        first "President". A name standing in apposition or coordination there, followed by "and"
        before the head's own name, is a subject of its own."""
        own = self.by_token.get(item.i)
        start = own.span.start if own is not None else item.i
        found = []
        for word in item.lefts:
            if word.dep_ not in ("compound", "nmod"):
                continue
            for inner in word.subtree:
                entity = self.by_token.get(inner.i)
                joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in item.doc[inner.i + 1 : start])
                if entity is None or inner.dep_ not in ("appos", "conj") or not joined:
                    continue
                if entity.type == vocab.PERSON and entity not in found and entity is not own:
                    found.append(entity)
        return found

    def _noun(self, noun: Token, relation: str) -> None:
        """ "121 co-sponsors including China", "signatories such as France and Japan"."""
        listed = [
            w
            for c in noun.children
            if c.dep_ in ("prep", "acl") and c.lower_ in _LIST_MARKERS
            for w in c.subtree
            if w.i in self.by_token
        ]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":  # "signatories to it include Germany"
            listed += [
                w for c in noun.head.children if c.dep_ in ("dobj", "attr") for w in c.subtree if w.i in self.by_token
            ]
        target = self._agreement(self._noun_objects(noun), noun)
        if target is False:
            return
        for actor in self._unique(self.by_token[w.i] for w in listed):
            if actor.type in vocab.ACTOR_TYPES:
                self.hits.append(RelationHit(relation, actor, target, None, noun.sent, FROM_LIST, None, None, False))
        self._count([noun], relation, target, noun)

    def described(self, span: AgreementSpan) -> None:
        """What an agreement's own noun phrase says of its actors: "a pact between the EU and
        Mercosur", "a treaty with Iran" (parties: signed), "a joint statement by Egypt and Greece"
        (authors, by kind), "May's proposed Brexit deal" (the possessor proposed it, whatever is
        done to it since)."""
        lex = lexicon()
        head = self.doc[span.head]
        participles = [c for c in head.children if c.dep_ == "amod" and c.lower_ in lex.participle_relations]
        owners = [c for c in head.children if c.dep_ == "poss"]
        if participles and owners:
            actors, _ = self._actors(owners, head)
            relation = lex.participle_relations[participles[0].lower_]
            for actor in actors:
                self.hits.append(RelationHit(relation, actor, span, None, head.sent, FROM_LIST, None, None, False))
        if not self._stated(head):
            return
        last = self.doc[span.end - 1]
        # "the proclamation of Golan Heights as Israeli territory by the President": the parser hangs
        # the author's "by" on the phrase's last word
        tail = [p for p in _prepositions(last) if p.text == "by"] if last.i > head.i else []
        for prep in [*_prepositions(head), *tail]:
            relation = vocab.SIGNED if prep.text in ("between", "with") else None
            if prep.text == "by":
                relation = lex.authored_kinds.get(span.kind)
            if relation is None:
                continue
            actors, _ = self._actors(prep.objects, head)
            for actor in actors:
                self.hits.append(RelationHit(relation, actor, span, None, head.sent, FROM_LIST, None, None, False))

    def _stated(self, head: Token) -> bool:
        """Whether the text states the instrument exists: not "no deal", "without a deal", "refused to
        sign a deal with Iran", "must reach a deal", "seeks a deal with Iran", "will sign a deal"."""
        governor = head.head if head.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") else head
        if governor.dep_ == "prep":
            governor = governor.head
        if _negated_noun(head):
            return False
        if governor.pos_ == "VERB" and (
            self._negated(governor)
            or self._obliged(governor)
            or self._hedged(governor)
            or governor.lemma_.lower() in lexicon().hedging_words  # "seeking a deal with Iran"
        ):
            return False
        words = lexicon().negating_words
        return not (head.dep_ == "pobj" and any(w.lower_ in words for w in (head.head, *head.head.conjuncts)))

    # -- arguments --------------------------------------------------------------------------
    def _subjects(self, verb: Token) -> list[Token]:
        """The verb's subject, or that of the verb it depends on ("X agreed to sign", "X met Y and
        signed"); never across a reported clause ("X said Y signed": X did not sign)."""
        node = verb
        for _ in range(4):
            found = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
            if found:
                if node.dep_ == "relcl" and all(t.tag_ in ("WDT", "WP", "IN") for t in found):
                    return [node.head]  # "Kenya, which signed the pact": the noun does it
                return found
            if node.dep_ == "acl":
                return [node.head]  # "countries joining the Declaration": the noun does it
            if node.dep_ in ("xcomp", "advcl", "conj") and node.head != node:
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
        if node.dep_ == "acomp" and node.head.lemma_ == "be":
            # "It was co-sponsored by ...": the parser reads the participle as the copula's complement
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
        doc = trigger.doc
        for token in tokens:
            if token.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
                token = trigger.head  # "the union, which it joined": the noun the clause is about
            for candidate in [token, *(c for c in token.conjuncts)]:
                for span in self.agreements:
                    if span.covers(candidate):
                        return False if _negated_noun(doc[span.head]) else span
                # A mis-parse can bury the agreement inside the object ("pact outlining strategies").
                inside = {t.i for t in candidate.lefts for t in t.subtree}
                buried = [span for span in self.agreements if span.head in inside]
                if buried:
                    return False if _negated_noun(doc[buried[-1].head]) else buried[-1]
                if candidate.lemma_.lower() in lexicon().act_nouns:
                    # "welcomes the adoption of a resolution", "condemned the signing of the deal"
                    inner = [w for p in _prepositions(candidate) if p.text == "of" for w in p.objects]
                    found = self._agreement(inner, trigger) if inner else False
                    if found is not False:
                        return found
                if candidate.lower_ in _PRONOUNS:
                    window = self._window(trigger.sent)
                    earlier = [s for s in self.agreements if window <= s.head < trigger.i]
                    # "an amendment to the Constitution ... It was co-sponsored": the instrument a
                    # phrase names, not one named inside that phrase
                    outer = [s for s in earlier if not _named_inside(doc[s.head])]
                    return outer[-1] if outer else None
                referent = self._definite_reference(candidate, trigger)
                if referent is not None:
                    return referent
        return False

    def _definite_reference(self, noun: Token, trigger: Token) -> AgreementSpan | None:
        """ "Ivey signed the Alabama Human Life Protection Act ... Collins, who sponsored the bill": a
        bare "the bill" / "the deal" (too generic to be a mention of its own) is the instrument of
        its kind the text named last before it, however far back (news names a bill once and
        writes "the bill" paragraphs later)."""
        kind = head_kind(noun)
        determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
        if kind is None or determiners not in (["the"], ["this"], ["that"]) or noun.tag_ in ("NNS", "NNPS"):
            return None
        if any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl", "poss") for c in noun.children):
            return None  # "the new bill", "the bill on X": a description, maybe of another one
        earlier = [s for s in self.agreements if s.head < noun.i and s.kind == kind]
        return earlier[-1] if earlier else None

    def _actors(self, tokens: list[Token], trigger: Token) -> tuple[list[EntityMention], bool]:
        found: list[EntityMention] = []
        from_list = False
        for token in tokens:
            for candidate in _coordinated(token):
                entities = self._entities(candidate)
                qualified = self._qualified(entities[0]) if len(entities) == 1 else None
                if qualified is not None:
                    entities = [qualified] if qualified.type in vocab.ACTOR_TYPES else []
                if entities:
                    found.extend(entities)
                elif candidate.lower_ in _PERSON_PRONOUNS or candidate.lower_ == "it":
                    antecedent = self._antecedent(candidate)
                    found.extend([antecedent] if antecedent else [])
                elif candidate.lower_ in _FIRST_PERSON:
                    found.extend(self._speaker(candidate))
                elif candidate.lemma_.lower() in _GROUP_NOUNS:
                    listed = self._listed_after(candidate)
                    found.extend(listed)
                    from_list = from_list or bool(listed)
        return list(self._unique(e for e in found if e.type in vocab.ACTOR_TYPES)), from_list

    def _qualified(self, mention: EntityMention) -> EntityMention | None:
        """The name a country right after a comma says where it is: "the Parliament of New South Wales
        (NSW), Australia", "Auckland, New Zealand". The parser, at a loss, often makes that country
        the subject; the actor is the name before it (none, where that name is a place)."""
        if mention.type != vocab.NATION or mention.span.start < 2:
            return None
        doc = mention.span.doc
        at = mention.span.start - 1
        if doc[at].text != ",":
            return None
        at -= 1
        if doc[at].text == ")" and at >= 2 and doc[at - 2].text == "(":
            at -= 3  # "(NSW)"
        before = self.by_token.get(at)
        return before if before is not None and before.type in (vocab.PLACE, vocab.INSTITUTION) else None

    def _entities(self, token: Token) -> list[EntityMention]:
        """The actors a word stands for: its own entity, or the one an actor noun names ("Chinese
        officials", "the government of Syria", "the delegations of Cyprus, Greece and Israel")."""
        if token.i in self.by_token:
            return [self.by_token[token.i]]
        if token.pos_ == "PROPN" and token.is_title:
            earlier = self._named_before(token)
            if earlier is not None:
                return [earlier]
        if token.lemma_.lower() not in lexicon().actor_nouns and token.lower_ not in lexicon().actor_nouns:
            return []
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in self.by_token:
                return [self.by_token[child.i]]
        named = [w for p in _prepositions(token) if p.text == "of" for o in p.objects for w in (o, *o.conjuncts)]
        return [self.by_token[w.i] for w in named if w.i in self.by_token]

    def _named_before(self, word: Token) -> EntityMention | None:
        """A person the article named in full before, written here by surname alone where the NER
        missed it ("Kyriakos Mitsotakis ... Mitsotakis met with the IMF")."""
        for mention in reversed(self.entities):
            person = mention.type == vocab.PERSON and len(mention.span) > 1
            if person and mention.span.end <= word.i and mention.span[-1].text == word.text:
                return mention
        return None

    def _window(self, sentence: Span) -> int:
        """Where a pronoun's referent may be: no further back than a few sentences (beyond them it is a guess)."""
        start = sentence.start
        for _ in range(ANTECEDENT_SENTENCES):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        return start

    def _voice(self) -> list[EntityMention]:
        """Who "we" is in a text that says so in its own voice: "We, the Leaders of the Group of Seven
        (G7), stress ..." (a joint statement, a declaration); no one in a text that does not."""
        if self._voices is None:
            self._voices = []
            for token in tokens_with_lemma(self.doc, frozenset({"we"})):
                named = [
                    self.by_token[t.i]
                    for c in token.children
                    if c.dep_ == "appos"
                    for t in c.subtree
                    if t.i in self.by_token and self.by_token[t.i].type in vocab.ACTOR_TYPES
                ]
                if token.lower_ == "we" and named:
                    self._voices = list(self._unique(named))
                    break
        return self._voices

    def _speaker(self, pronoun: Token) -> list[EntityMention]:
        """Who "I" or "we" is in reported speech: the subject of the verb whose clause quotes it
        ("Souhail Alouini, a member of Parliament, said, "We proposed a bill in 2016"")."""
        node, quoted = pronoun.head, False
        while node.dep_ in ("ccomp", "parataxis", "conj") and node.head.i != node.i:
            quoted = quoted or node.dep_ != "conj"
            node = node.head
        if not quoted:
            # "X responded on Twitter: "I strongly reject ..."": the parser often makes the quote the
            # main clause and the speaker's clause before the colon its complement
            doc = pronoun.doc
            before = [
                c
                for c in node.children
                if c.dep_ in ("ccomp", "parataxis")
                and c.i < pronoun.i
                and any(t.text in _QUOTE_OPENERS for t in doc[c.i : pronoun.i])
            ]
            if not before:
                return self._voice() if pronoun.lower_ == "we" else []
            node = before[-1]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [e for subject in subjects for e in self._entities(subject) if e.type in vocab.ACTOR_TYPES]

    def _antecedent(self, pronoun: Token) -> EntityMention | None:
        """The actor a pronoun stands for: an object pronoun, the nearest earlier actor of its kind in its
        sentence; else the nearest subject of its kind in this sentence or the few before ("Trump ...
        He signed" -> Trump; "the SDF announced it had entered" -> the SDF)."""
        kinds = (vocab.PERSON,) if pronoun.lower_ in _PERSON_PRONOUNS else (vocab.NATION, vocab.INSTITUTION)
        sentence = pronoun.sent
        window = self._window(sentence)
        as_subject = pronoun.dep_ in _SUBJECT_DEPS
        if as_subject:
            # "Mitsotakis met Trump, where he denounced the deal": the main clause's subject first.
            main = [t for t in sentence.root.children if t.dep_ in _SUBJECT_DEPS and t.i < pronoun.i]
            found = [e for t in main for e in self._entities(t) if e.type in kinds]
            if found:
                return found[0]
        for mention in reversed(self.entities):
            if mention.span.end > pronoun.i or mention.type not in kinds:
                continue
            if mention.span.start < window:
                return None
            root = mention.span.root
            head = root.head if root.dep_ in ("compound", "appos", "poss") else root
            if head.dep_ in _SUBJECT_DEPS or (mention.span.start >= sentence.start and not as_subject):
                return mention
        return None

    def _listed_after(self, group: Token) -> list[EntityMention]:
        """Actors a group noun introduces as a list ("countries ... include: A, B and C", "nations,
        including A and B, ..."): those inside the list's phrase, not every name after it ("at SkyCity
        in Auckland, New Zealand" is where, not who)."""
        sentence = group.sent
        marker = next(
            (t for t in sentence if t.i >= group.i and (t.lower_ in _LIST_MARKERS or t.lemma_ == "include")),
            None,
        )
        if marker is None:
            return []
        if marker.dep_ in ("prep", "acl", "advcl"):  # "nations, including A and B, ..."
            inside = {w.i for w in marker.subtree}
        elif marker.pos_ in ("VERB", "AUX"):  # "countries joining it include A and B"
            inside = {w.i for c in marker.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp") for w in c.subtree}
        elif marker.text == ":":
            inside = set(range(marker.i + 1, sentence.end))
        else:
            inside = {w.i for w in marker.subtree}
        if not inside or marker.text == ":":
            inside = set(range(marker.i + 1, sentence.end))  # "include: A, B and C" parsed apart from the verb
        return [e for e in self.entities if e.span.start > marker.i and e.span.root.i in inside]

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
        """ "did not sign", "never signed", "refused to sign", "failed to pass", "without signing"."""
        lex = lexicon()
        if _has_negation(verb):
            return True
        node = verb
        for _ in range(4):
            if node.dep_ == "conj":
                # "did not sign or ratify": a negated head negates its "or" conjuncts, not its "and" ones.
                head = node.head
                if _has_negation(head) and any(c.lower_ in ("or", "nor") for c in head.children if c.dep_ == "cc"):
                    return True
                node = head
            elif node.dep_ in ("xcomp", "pcomp") and node.head != node:
                node = node.head
                if node.lower_ == "without" or node.lemma_.lower() in lex.negating_verbs or _has_negation(node):
                    return True
            else:
                return False
        return False

    def _obliged(self, verb: Token) -> bool:
        """ "it must be approved by the Senate", "X has to sign", "X would sign if Y did": an obligation
        or a condition states no act."""
        lex = lexicon()
        words = lex.obligation_words
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.lemma_.lower() in words for c in verb.children):
            return True
        # "would only vote for it if the people could vote too": a condition, not an act.
        conditions = (c for c in verb.children if c.dep_ == "advcl")
        if any(m.dep_ == "mark" and m.lower_ in lex.conditional_words for c in conditions for m in c.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in words

    def _hedged(self, verb: Token) -> bool:
        words = lexicon().hedging_words
        if any(c.dep_ in ("aux", "auxpass", "mark") and c.lemma_.lower() in words for c in verb.children):
            return True
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True  # a purpose: "met in Athens to sign an agreement"
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


def _adopting_body(actor: EntityMention) -> bool:
    """A legislature or an assembly, whose vote for a text adopts it ("the Iraqi Parliament voted in
    favor of a resolution"): a state body of one of the `adopting_kinds`, or an institution named so."""
    entry = gazetteer.by_id().get(actor.id)
    if entry is not None and entry.kind is not None:
        return entry.kind in lexicon().adopting_kinds
    label = f" {actor.label.lower()}"
    return actor.type == vocab.INSTITUTION and any(label.endswith(f" {head}") for head in lexicon().adopting_heads)


def _named_inside(head: Token) -> bool:
    """An instrument named inside another instrument's phrase ("amendment to the Constitution",
    "protocol to the convention"): the phrase names the other one."""
    node = head
    while node.dep_ in ("pobj", "prep", "compound", "nmod", "amod") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and head_kind(node):
            return True
    return False


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
            if phrase in lex.verb_relations or phrase in lex.prepositional_verbs:
                return phrase
    return lemma


@dataclass(frozen=True)
class _Prep:
    """A preposition of a word with its objects; "in favor of" is one."""

    text: str
    objects: list[Token]


def _prepositions(token: Token) -> list[_Prep]:
    found = []
    for child in token.children:
        if child.dep_ not in ("prep", "dative"):
            continue
        objects = [w for w in child.children if w.dep_ in ("pobj", "pcomp")]
        found.append(_Prep(child.lower_, objects))
        for inner in (w for w in child.children if w.dep_ == "prep"):  # "pulled out of the deal"
            found.append(_Prep(f"{child.lower_} {inner.lower_}", [w for w in inner.children if w.dep_ == "pobj"]))
        for obj in objects:
            for inner in obj.children:
                if inner.dep_ == "prep":
                    inner_objects = [w for w in inner.children if w.dep_ == "pobj"]
                    found.append(_Prep(f"{child.lower_} {obj.lower_} {inner.lower_}", inner_objects))
    return found


def _has_negation(word: Token) -> bool:
    """A negating child: "not", "n't", "never"."""
    words = lexicon().negating_words
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and c.lower_ in words) for c in word.children)


def _negated_noun(word: Token) -> bool:
    """An object with a negating determiner: "no agreement", "neither treaty"."""
    words = lexicon().negating_words
    return any(c.dep_ in ("det", "neg") and c.lower_ in words for c in word.children)


def _subject_of_state(noun: Token) -> list[Token]:
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


def _definite(noun: Token) -> bool:
    """ "the talks", "these talks": a reference to talks told of before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "that") for c in noun.children)


def _coordinated(token: Token) -> list[Token]:
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


def _exact_count(token: Token) -> int | None:
    """A figure written in digits and not hedged ("121 co-sponsors"; not "over 40", "about a dozen")."""
    if token.dep_ != "nummod" or any(c.dep_ in ("quantmod", "advmod") for c in token.children):
        return None
    digits = token.text.replace(",", "")
    return int(digits) if digits.isdigit() else None
