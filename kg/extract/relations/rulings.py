"""Decisions an office takes on a thing, written as a clause ("the Samoan government ... shut down all
schools" -> "shutdown of all schools"; "Minister Obaidul Quader said public transport would be shut
down"; "declared seven days of national mourning"): `object_decisions` and `ordered_objects` of the
lexicon, taken only by offices (`offices.in_office`) and only as done or announced, and the `issued`
hits of those no trigger of the lexicon states (`decided`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract import gazetteer
from kg.extract.agreements import AgreementSpan
from kg.extract.entities import EntityMention
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.circumstances import date_of, place_of
from kg.extract.relations.decisions import deciding, decision
from kg.extract.relations.hits import CONFIDENT, HEDGED, RelationHit
from kg.extract.relations.modality import hedged, negated, obliged
from kg.extract.relations.offices import announced, deciders, listing_verb, takers
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import passive, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_WHERE_OR_BY = {"in", "across", "throughout", "within", "by", "between"}
"""Prepositions that say where a thing ruled on is, or who carries it out or takes part ("the second
presidential debate between Donald Trump and Joe Biden"), not what it is about."""


def ruled_on(text: ParsedText) -> list[AgreementSpan]:
    """The things offices rule on ("the Samoan government ... shut down all schools" -> "shutdown of all
    schools"; "banned children from public gatherings" -> "ban of children from public gatherings"),
    or order ("declared seven days of national mourning": that is the decision): the verb's direct
    object (its passive subject), with the verb's "from" phrase, where the deciders are offices."""
    doc = text.doc
    found: list[AgreementSpan] = []
    lex = lexicon()
    for verb, kind in deciding(doc, {**lex.object_decisions, **lex.ordered_objects}):
        if obliged(verb) or _asked(verb):
            continue
        actors, offices = takers(text, verb)
        by_office = bool(actors) and offices
        # what an organisation runs is all it decides on ("the NBA suspended its season")
        by_organisation = bool(actors) and not offices and verb_lemma(verb) in lex.object_decisions
        if not (by_office or by_organisation):
            continue
        # a nation's own things are public ones ("New Zealand closed its borders"), as an organisation of
        # states' are; a body's own are its business ("the Senate cancelled its planned hearing"), a
        # person's are private ("her campaign")
        by_states = by_office and all(_state_like(actor) for actor in actors)
        slot = "nsubjpass" if passive(verb) else "dobj"
        for said in [c for c in verb.children if c.dep_ == slot] or _declared_of_a_day(verb):
            thing = _antecedent(text, said) if said.lower_ == "it" else said
            if thing is None:
                continue
            # "its" in the thing a pronoun stands for is whoever the pronoun's sentence says it is
            own = (by_organisation or by_states or thing is not said) and _owned(thing)
            if not _ruled_thing(text, thing, own):
                continue
            phrase = _from_phrase(verb, thing)
            end = phrase.right_edge.i + 1 if phrase is not None else _named_end(thing)
            words = doc[thing.left_edge.i : end]
            topic = frozenset({kind, thing.lemma_.lower()})
            placed = doc[words.start : _placed_end(thing, end)]
            if verb_lemma(verb) in lex.ordered_objects:  # "declared seven days of national mourning"
                if _noun_relation(thing) == vocab.SANCTIONED and _measure(thing):  # "imposed a ban on exports ..."
                    words = placed
                core = _in_running_text(words[1:] if words[0].dep_ == "det" else words)
                label = _in_running_text(placed[1:] if placed[0].dep_ == "det" else placed)
            elif own:  # "suspended its professional basketball season"
                core, label = f"{kind} of {_without_owner(words)}", f"{kind} of {_without_owner(placed)}"
            else:
                core = f"{kind} of {_in_running_text(words)}"
                label = f"{kind} of {_in_running_text(placed)}"
            if thing is not said:  # "postponed it": the mention is the pronoun, named by what it stands for
                found.append(replace(decision(verb, said.i, said.i, said.i + 1, kind, label, topic, core), written=""))
            else:
                found.append(decision(verb, thing.i, words.start, words.end, kind, label, topic, core))
    return found


def _state_like(actor: EntityMention) -> bool:
    """Whether an actor is a nation or an organisation of states ("the European Union")."""
    entry = gazetteer.by_id().get(actor.id)
    return actor.type == vocab.NATION or (entry is not None and entry.intergovernmental)


def _antecedent(text: ParsedText, pronoun: Token) -> Token | None:
    """The thing "it" stands for as what an office rules on ("In Ohio, which was planning to hold its primary
    election on Tuesday, Governor Mike DeWine postponed it"): the nearest noun before it, in its sentence or
    the one before, that is a verb's subject or direct object and a singular thing (no actor, date or
    pronoun, nor who rules: the verb's own subject); None when there is none."""
    doc = pronoun.doc
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    actor_nouns = lexicon().actor_nouns
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in ("dobj", "nsubj", "nsubjpass") or token.tag_ not in ("NN", "NNP"):
            continue
        if token.head.i == pronoun.head.i or token.lemma_.lower() in actor_nouns:
            continue  # "the Chilean government postponed it"
        if token.ent_type_ in ("DATE", "TIME") or token.i in text.by_token:
            continue
        return token
    return None


def _owned(thing: Token) -> bool:
    """Whether a thing is written as its decider's own ("its season", "their stores")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in thing.children)


def _without_owner(words: Span) -> str:
    """A thing of its decider's own, named without the owner: by the proper name set beside it ("its
    own tournament, March Madness" -> "March Madness"), else as "the" thing ("its professional
    basketball season" -> "the professional basketball season")."""
    thing = words.root
    name = next((c for c in thing.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None:
        return words.doc[name.left_edge.i : name.right_edge.i + 1].text
    owner = {c.i for c in thing.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ == "own")}
    kept = "".join(t.text_with_ws for t in words if t.i not in owner and t.i < thing.i)
    after = words.doc[thing.i : words.end].text
    return f"the {kept}{after}"


def _declared_of_a_day(verb: Token) -> list[Token]:
    """What a verb declares of a day the parser reads as two adverbial nouns ("declared Friday a day of
    mourning", "declared tomorrow a national day of mourning"): the second, which has a determiner."""
    nouns = [c for c in verb.rights if c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN")]
    if len(nouns) != 2 or nouns[0].ent_type_ != "DATE":
        return []
    second = nouns[1]
    return [second] if any(c.dep_ == "det" for c in second.children) else []


def _placed_end(thing: Token, end: int) -> int:
    """Where a decided thing's words end with the phrases right after them that say where or on what it
    applies (`decision_places`: "the installation of safety improvements at the facilities", "checks on
    escape rooms across Poland"), not when ("a curfew in March")."""
    doc, places = thing.doc, lexicon().decision_places
    while end < len(doc):
        phrase = doc[end]
        inside = thing.left_edge.i <= phrase.head.i < end
        if phrase.dep_ != "prep" or phrase.lower_ not in places or not inside:
            break
        if not any(c.dep_ == "pobj" for c in phrase.children) or any(
            t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree
        ):
            break
        end = phrase.right_edge.i + 1
    return end


def taken(text: ParsedText) -> list[AgreementSpan]:
    """The decisions offices take or announce by a noun that names one (`decision_nouns`, `taking_verbs`):
    "the government of Samoa began a planned two-day shutdown" -> "planned two-day shutdown"; "the
    government announced new lockdown measures" -> "new lockdown measures"; passive, by its agent or the
    office that announces it ("a curfew was announced by the Greek government"). The noun is the decision."""
    doc = text.doc
    lex = lexicon()
    found: list[AgreementSpan] = []
    for verb in tokens_with_lemma(doc, lex.taking_verbs):
        if verb.pos_ != "VERB" or negated(verb) or obliged(verb) or _asked(verb):
            continue
        nouns = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive(verb) else "dobj")]
        kinds = [(noun, _decision_kind(noun)) for noun in nouns]
        kinds = [(noun, kind) for noun, kind in kinds if kind is not None]
        if not kinds or not deciders(text, verb):
            continue
        for noun, kind in kinds:
            words = doc[noun.left_edge.i : _decision_end(noun)]
            if words[0].dep_ in ("det", "poss"):
                words = words[1:]
            topic = frozenset({kind, noun.lemma_.lower()})
            found.append(decision(verb, noun.i, words.start, words.end, kind, words.text, topic))
    return found


def _decision_end(noun: Token) -> int:
    """Where a decision's noun phrase ends: after what it is on ("a moratorium on evictions"), not
    when it starts ("a lockdown on Monday")."""
    end = _named_end(noun)
    on = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "on" and c.i == end), None)
    objects = [c for c in on.children if c.dep_ == "pobj"] if on is not None else []
    if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
        return _named_end(objects[0])
    return end


def _decision_kind(noun: Token) -> str | None:
    """The kind of decision a noun names, itself ("shutdown") or by the noun modifying it ("lockdown
    measures"); None for another noun."""
    nouns = lexicon().decision_nouns
    found = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)
    if found is None and noun.pos_ == "NOUN":
        found = next((nouns[c.lower_] for c in noun.lefts if c.dep_ == "compound" and c.lower_ in nouns), None)
    return found


def _in_running_text(words: Span) -> str:
    """The words as inside a sentence: a first word capitalised only as the sentence's first is not
    ("All public schools in Ohio were closed" -> "all public schools")."""
    first = words[0]
    if first.is_sent_start and first.pos_ != "PROPN" and first.text[:1].isupper():
        return first.lower_ + words.text[len(first.text) :]
    return words.text


def ordered_to(text: ParsedText) -> list[AgreementSpan]:
    """What an office orders others to do (`ordering_verbs`: "Governor Andrew Cuomo ordered all
    non-essential businesses to close" -> "order for all non-essential businesses to close"): an order
    of its own, on the conditions of `ruled_on`, told to a class of people or things
    (`_addressed_to_many`); its object is who is told, not what is decided."""
    doc = text.doc
    found: list[AgreementSpan] = []
    for verb, kind in deciding(doc, lexicon().ordering_verbs):
        if obliged(verb) or _asked(verb, told=True) or not deciders(text, verb):
            continue
        if verb.dep_ == "relcl" and head_kind(verb.head) is not None:
            continue  # "an Executive Order that directs federal agencies to ...": what the order says
        told = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        to_do = [c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if len(told) != 1 or len(to_do) != 1:
            continue
        whom, what = told[0], to_do[0]
        if not _addressed_to_many(text, whom):
            continue
        words = doc[whom.left_edge.i : what.right_edge.i + 1]
        if words[-1].is_punct:
            words = words[:-1]
        label = f"{kind} for {_in_running_text(words)}"
        topic = frozenset({kind, what.lemma_.lower()})
        # the mention is who is told: what they are told to do may state relations of its own
        order = decision(verb, whom.i, whom.left_edge.i, whom.right_edge.i + 1, kind, label, topic)
        found.append(replace(order, written=f"{verb.text} {words.text}"))
    return found


def _addressed_to_many(text: ParsedText, whom: Token) -> bool:
    """Whether an order is a public measure by whom it tells: a class of people or things, plural or
    counted whole ("all non-essential businesses", "residents"); not one actor ("ordered the network
    to shut down": an act on ABS-CBN) nor the office's own ("ordered his staff")."""
    if whom.i in text.by_token or any(c.dep_ == "poss" for c in whom.children):
        return False
    return whom.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("all", "every", "each") for c in whom.children)


def _asked(verb: Token, told: bool = False) -> bool:
    """Whether a verb states what is asked, wanted or supposed rather than decided: an infinitive
    ("asking the United States to waive diplomatic immunity", "vowed to shut down the border"), a verb
    whose object is told to do something ("ordered the network to shut down"; unless `told`: that is
    the order, `ordered_to`), a gerund after a preposition ("when it comes to banning assault weapons"),
    or a conditional ("would shut down the border") that no office announces ("he said he would")."""
    if not told and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # "ordered the network to shut down": the order is to do, the network is no decision
    listing = listing_verb(verb)
    if listing is not None:
        return negated(listing) or _asked(listing)  # "announced measures, including closing schools": done
    if verb.dep_ == "pcomp" and verb.head.lower_ != "by":
        return True  # "when it comes to banning assault weapons"; "by closing schools" says how it was done
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "to" in auxiliaries:
        return True  # "vowed to shut down the border", "wanted to ban hydraulic fracturing"
    return bool(auxiliaries & lexicon().conditional_modals) and not announced(verb)  # "would ban", unsaid


def _ruled_thing(text: ParsedText, thing: Token, own: bool = False) -> bool:
    """Whether an object is a thing an office can rule on: a noun that is no actor or instrument,
    says which thing ("all schools", "the primary", "children from public gatherings"; not a bare
    "operations") and is not its subject's own ("her campaign", "its election"), unless `own`: a thing
    its decider may call its own, what an organisation runs ("the NBA suspended its season"), a nation's
    public things ("closed its borders"), or the thing "it" stands for."""
    if thing.pos_ not in ("NOUN", "PROPN") or head_kind(thing) is not None:
        return False
    lex = lexicon()
    if thing.lemma_.lower() in lex.actor_nouns or thing.lower_ in lex.actor_nouns:
        return False  # "suspended parliament": done to a body
    relation = _noun_relation(thing)
    if relation is not None and not (relation == vocab.SANCTIONED and _measure(thing)):
        return False  # "China suspended those talks", "lifted the sanctions": a relation between actors
    if any(c.dep_ in ("acl", "relcl") and c.lemma_ == "be" for c in thing.children):
        return False  # "declared the outbreak ... to be a pandemic": said of it (`_declared`)
    # "closed the border with Mexico": about an actor; "all schools in France", "checks on escape rooms
    # across Poland by the State Fire Brigade" are things (where they are, who carries them out)
    aside = {t.i for c in thing.subtree if c.dep_ == "prep" and c.lower_ in _WHERE_OR_BY for t in c.subtree}
    if any(text.by_token[t.i].type in vocab.ACTOR_TYPES for t in thing.subtree if t.i in text.by_token.keys() - aside):
        return False
    place = text.by_token.get(thing.i)
    named_place = place is not None and place.type == vocab.PLACE  # "locked down Wuhan"
    if not any(c.dep_ != "punct" for c in thing.children) and not _from_phrase(thing.head, thing) and not named_place:
        return False
    return own or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in thing.children)


def _noun_relation(noun: Token) -> str | None:
    """The relation a noun names by `noun_relations` ("talks": negotiated-with, "ban": sanctioned), if any."""
    nouns = lexicon().noun_relations
    return nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)


def _measure(ban: Token) -> bool:
    """Whether a ban an office imposes is on a thing, a measure of its own ("imposed a travel ban on
    non-essential travel", "a ban on exports of face masks"): what it is on is written, and names no
    actor (a ban on Huawei sanctions Huawei)."""
    on = [w for c in ban.rights if c.dep_ == "prep" and c.lower_ == "on" for w in c.children if w.dep_ == "pobj"]
    return bool(on) and not any(t.ent_type_ for w in on for t in w.subtree)


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


def decided(text: ParsedText) -> None:
    """The offices that issued the decisions their verbs state with no trigger of their own ("shut
    down all schools"): `takers`; a body that voted to take one adopted it ("voted to hold X in contempt")."""
    done = {id(hit.agreement) for hit in text.hits}
    voting = lexicon().voting_verbs
    for span in text.agreements:
        if span.verb is None or id(span) in done:
            continue
        verb = text.doc[span.verb]
        confidence = HEDGED if hedged(verb) or announced(verb) else CONFIDENT
        when, place = date_of(text, verb), place_of(text, verb)
        relation = vocab.ADOPTED if verb_lemma(verb) in voting else vocab.ISSUED
        for actor in takers(text, verb)[0]:
            text.hits.append(RelationHit(relation, actor, span, None, verb.sent, confidence, when, place, True))
