"""Agreement extractor: treaties, resolutions, declarations, deals, executive orders, acts, decrees,
memoranda... as noun phrases around a head word, with what the mention itself says about them.

A mention is *named* when it is written as a proper name ("Paris Agreement", "Joint Comprehensive
Plan of Action (JCPOA)", "Resolution 2259"); *specific* when a modifier says which instrument it is
("UN resolution on AI", "maritime border agreement between Turkey and Libya"); a bare or merely
evaluative one ("the resolution", "this landmark pact") refers back to an instrument the article
already named. Talk of a kind ("any deal", "climate agreements", "a treaty would help") is no
mention at all. What a mention is about (`topic`) is learned from its own words: the lemmas of its
content modifiers, with the initials of each run of them ("artificial intelligence" also gives
"ai"); its parties (`scope`) are the actors named inside it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.entities import EntityMention, is_headline
from kg.extract.lexicon import head_kind, lexicon
from kg.extract.nlp import INSTITUTION_LABEL, NATION_LABEL, PLACE_LABEL, doc_text, tokens_with_lemma
from kg.resources import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEFT_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod", "poss", "quantmod", "advmod"}
_PP_WORDS = {"on", "for", "of", "about", "against", "regarding", "concerning", "to", "with", "between", "among"}
_CLAUSE_DEPS = {"acl", "relcl"}
_DEMONSTRATIVE = {"this", "that", "these", "those"}
_DEFINITE = {"the", "its", "their", "his", "her", "our", *_DEMONSTRATIVE}
_INDEFINITE = {"a", "an", "another"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
_ACTOR_ENTS = ("ORG", "GPE", "NORP", NATION_LABEL, INSTITUTION_LABEL)
_PLACE_ENTS = ("GPE", NATION_LABEL, PLACE_LABEL)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NOT_TOPIC_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY", "PERCENT", "QUANTITY"}
_DESIGNATION = re.compile(r"^(?:no\.?|[a-z]?\d[\d/.-]*[a-z]?)$", re.IGNORECASE)
MAX_CLAUSE_TOKENS = 20
MAX_PHRASE_TOKENS = 12
MIN_RUN_FOR_INITIALS = 2
MAX_ABBREVIATION = 8
_ABBREVIATIONS_KEY = "kg.abbreviations"


@dataclass(frozen=True)
class AgreementSpan:
    """An agreement mention in one doc, before it is resolved against other mentions.

    `names` are the proper names the mention writes (its name, and an abbreviation the article
    defines for it: "Joint Comprehensive Plan of Action (JCPOA)"); empty for a description.
    `from_verb`: a decision a verb states, with no noun of its own ("Trump pardoned Flynn"); `verb`
    is then that verb's index and `written` the words from the verb to the end of its object.
    """

    head: int
    start: int
    end: int
    label: str
    core: str
    kind: str
    specific: bool
    indefinite: bool
    topic: frozenset[str]
    keywords: frozenset[str]
    scope: frozenset[str]
    anaphoric: bool
    names: tuple[str, ...] = ()
    distinct: bool = False
    from_verb: bool = False
    verb: int | None = None
    written: str = ""

    def covers(self, token: Token) -> bool:
        """True when `token` is part of this mention's words."""
        return self.start <= token.i < self.end


@dataclass(frozen=True)
class _Phrase:
    """A kind written with several words: "executive order", "memorandum of understanding"."""

    head: str
    left: tuple[str, ...]
    preposition: str
    complement: str
    kind: str


@dataclass(frozen=True)
class _Vocabulary:
    phrases: tuple[_Phrase, ...]
    generic_determiners: frozenset[str]
    name_only: frozenset[str]
    capitalised_only: frozenset[str]
    needs_subject_phrase: frozenset[str]
    hypothetical_markers: frozenset[str]
    title_words: frozenset[str]
    prospective_modals: frozenset[str]
    contrastive: frozenset[str]
    predicative_kinds: frozenset[str]
    plural_kinds: frozenset[str]


@functools.cache
def _vocabulary() -> _Vocabulary:
    data = load_yaml("extraction.yaml")
    phrases = []
    for text, kind in lexicon().agreement_phrases.items():
        words = text.lower().split()
        at = next((i for i, w in enumerate(words) if w in ("of", "in")), len(words))
        head = words[at - 1]
        complement = words[at + 1] if at + 1 < len(words) else ""
        phrases.append(_Phrase(head, tuple(words[: at - 1]), words[at] if at < len(words) else "", complement, kind))
    return _Vocabulary(
        phrases=tuple(phrases),
        generic_determiners=frozenset(data["generic_determiners"]),
        name_only=frozenset(data["name_only"]),
        capitalised_only=frozenset(data["capitalised_only"]),
        needs_subject_phrase=frozenset(data["needs_subject_phrase"]),
        hypothetical_markers=frozenset(data["hypothetical_markers"]),
        title_words=frozenset(data["title_words"]),
        prospective_modals=frozenset(data["prospective_modals"]),
        contrastive=frozenset(data["contrastive_modifiers"]),
        predicative_kinds=frozenset(data["predicative_kinds"]),
        plural_kinds=frozenset(data["plural_kinds"]),
    )


def agreement_spans(doc: Doc, entities: list[EntityMention]) -> list[AgreementSpan]:
    """The agreement mentions of a doc, in text order."""
    found = []
    by_token = {t.i: e for e in entities for t in e.span}
    headline = is_headline(doc)
    # A title drops its determiners ("Governor signs decree"); it is one line without a full stop.
    title = headline or (len(doc) > 0 and "\n" not in doc_text(doc).strip() and doc[-1].text not in (".", "!", "?"))
    for token in tokens_with_lemma(doc, _head_words()):
        inside = by_token.get(token.i)
        if inside is not None and inside.type != vocab.PERSON and token.i != inside.span.end - 1:
            continue  # "Academy of Motion Picture Arts and Sciences": a word inside a body's name
        if token.lemma_.lower() in _vocabulary().capitalised_only and not token.is_title:
            continue  # "Iran's nuclear program": an activity; "the Fulbright Program" is one
        kinded = _kind(token)
        # "a cease and desist order" the parser splits: the kind's words before the head are its own
        split_off = kinded is not None and any(word.i < token.i for word in kinded[1])
        if kinded is not None and not _generic(token) and (title or split_off or not _bare_singular(token)):
            span = _span(token, *kinded, by_token, headline)
            if span is not None:
                found.append(span)
    return found + _abbreviated(doc, found)


def _abbreviated(doc: Doc, found: list[AgreementSpan]) -> list[AgreementSpan]:
    """The abbreviation a mention defines, used alone later in the doc ("the African Continental
    Free Trade Area (AfCFTA) agreement ... planned to join the AfCFTA"): a mention of that instrument."""
    defined = {name: span for span in found for name in span.names[1:] if " " not in name}
    for span in found:  # "(AfCFTA)" inside the mention
        for at in range(span.start, span.end - 2):
            if doc[at].text == "(" and doc[at + 2].text == ")" and span.names:
                defined.setdefault(doc[at + 1].text, span)
    if not defined:
        return []
    covered = {i for span in found for i in range(span.start, span.end)}
    return [
        AgreementSpan(
            head=token.i,
            start=token.i,
            end=token.i + 1,
            label=token.text,
            core=token.text,
            kind=defined[token.text].kind,
            specific=True,
            indefinite=False,
            topic=frozenset(),
            keywords=frozenset(),
            scope=frozenset(),
            anaphoric=False,
            names=(token.text, *defined[token.text].names),  # one instrument with the defining mention
        )
        for token in tokens_with_lemma(doc, frozenset(name.lower() for name in defined))
        if token.text in defined
        and token.i not in covered
        and token.i > defined[token.text].end
        and doc[token.i - 1].text != "("  # the definition itself
    ]


@functools.cache
def _head_words() -> frozenset[str]:
    """Every word `_kind` can find a kind for."""
    heads = lexicon().agreement_heads
    # a name's plural the tagger leaves as written ("Public Service Vehicle Regulations")
    return frozenset({*heads, *(head + "s" for head in heads), *(p.head for p in _vocabulary().phrases)})


def _kind(token: Token) -> tuple[str, list[Token]] | None:
    """The kind of instrument `token` heads, and the other words of the kind ("executive", "of
    understanding"); None when it heads none."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma, lower = token.lemma_.lower(), token.lower_
    for phrase in _vocabulary().phrases:
        if phrase.head in (lemma, lower):
            words = _phrase_words(token, phrase)
            if words is not None:
                return phrase.kind, words
    kind = head_kind(token)
    if kind is None or " " in kind:
        return None  # a kind of several words is only found as its phrase
    if (
        token.dep_ == "compound"
        and token.head.pos_ in ("NOUN", "PROPN")
        and not _designation(token)
        and not _name_as_modifier(token)
    ):
        return None  # "treaty obligations", "resolution text": the head is another noun
    if kind in _vocabulary().plural_kinds and token.tag_ not in ("NNS", "NNPS") and not token.is_title:
        return None  # "a restriction on a car", "restriction of free speech": a limit, not a decision
    if (
        token.tag_ in ("NNS", "NNPS")
        and not token.is_title
        and not _counted(token)
        and not _owned(token)
        and not (kind in _vocabulary().plural_kinds and _restricted(token))
    ):
        return None  # plural and generic: "a series of initiatives", "climate agreements"
    return kind, []


def _name_as_modifier(token: Token) -> bool:
    """An instrument's proper name that modifies another noun ("used Defense Production Act authorities",
    "their Paris Agreement targets"): the kind word and the words before it capitalised as a name."""
    names = [c for c in token.lefts if c.dep_ == "compound"]
    if not names or token.pos_ != "PROPN" or not token.is_title:
        return False
    return all(c.pos_ == "PROPN" and c.text[:1].isupper() for c in names)


def _opening(token: Token) -> int:
    """The position of the first word of the token's sentence (after any bullet or space)."""
    return next((t.i for t in token.sent if not (t.is_punct or t.is_space)), token.sent.start)


def _restricted(token: Token) -> bool:
    """A plural with a phrase or a noun saying what it rules on ("restrictions on flights to Cuba",
    "travel restrictions"); not a thing's feature ("cars with built-in safety restrictions")."""
    if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in token.rights) or any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.lefts
    )


def _phrase_words(token: Token, phrase: _Phrase) -> list[Token] | None:
    """The words of `phrase` around its head `token`; None where the text does not write it. The
    words before the head are its modifiers ("joint ... statement") or written right before it, as
    one compound the parser splits ("cease and desist order", "cease-and-desist order")."""
    words: list[Token] = []
    for wanted in phrase.left:
        child = next((c for c in token.lefts if c.lower_ == wanted), None)
        if child is None:
            words = _written_before(token, " ".join(phrase.left))
            if words is None:
                return None
            break
        words.append(child)
    if phrase.preposition:
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == phrase.preposition), None)
        objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
        if not objects or (objects[0].lemma_.lower() != phrase.complement and objects[0].lower_ != phrase.complement):
            return None
        words += [prep, objects[0]]
    return words


def _written_before(token: Token, text: str) -> list[Token] | None:
    """The tokens right before `token` that write `text` (case aside), if they do."""
    doc = token.doc
    for start in range(token.i - 1, max(token.i - 8, -1), -1):
        written = doc[start : token.i].text.lower().replace("’", "'")  # "Leaders’ Statement"
        if written == text:
            return list(doc[start : token.i])
        if len(written) >= len(text):
            return None
    return None


def _counted(token: Token) -> bool:
    """A plural named as a set ("the accords between Turkey and Libya"), not as a kind ("climate
    agreements", "more than 400 bills")."""
    return any(c.dep_ in ("det", "predet") and c.lower_ not in _INDEFINITE for c in token.lefts)


def _bare_singular(token: Token) -> bool:
    """A singular head with nothing before it ("subject to agreement on the procedures", "signed into
    law"): the act or the field, not an instrument; an English instrument takes a determiner (Title
    Case headlines drop theirs, and are not asked), or a mass noun a clause of what it would do
    ("proposed legislation that would fund the government")."""
    return (
        token.tag_ == "NN"
        and not any(c.dep_ in _LEFT_DEPS or c.dep_ in ("det", "predet") for c in token.lefts)
        and not _designation(token)
        and not any(c.dep_ == "relcl" and _would_clause(c) for c in token.rights)
        and _misparsed_determiner(token) is None
    )


def _misparsed_determiner(token: Token) -> Token | None:
    """The determiner the parser gave the noun after a participle that says what an instrument does ("a
    proclamation suspending entry of immigrants", "a budget authorizing funding": the instrument read as a
    modifier of the participle, its "a" as the last noun's); None for a noun not so misread."""
    verb = token.head
    if token.dep_ not in ("compound", "npadvmod") or verb.tag_ != "VBG" or verb.dep_ != "amod" or verb.i != token.i + 1:
        return None
    noun = verb.head
    return next((c for c in noun.lefts if c.dep_ == "det" and c.i == token.i - 1), None)


def _owned(token: Token) -> bool:
    """A plural named by whose it is ("NATO guidelines"), not talk of a kind ("climate agreements")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in _ACTOR_ENTS for c in token.lefts)


def _generic(token: Token) -> bool:
    """Talk of a kind, not of one instrument: "any deal", "no treaty", "such agreements", or an
    indefinite one in a hypothetical clause ("a treaty would help", "leave without a deal")."""
    vocabulary = _vocabulary()
    if _by_maker(token):
        return False  # "all amendments issued by the president": those of one maker
    determiners = [c for c in token.lefts if c.dep_ in ("det", "predet", "amod", "advmod")]
    if any(c.lower_ in vocabulary.generic_determiners for c in determiners):
        return True
    if not any(c.lower_ in _INDEFINITE for c in determiners):
        return False
    if token.dep_ == "attr" or (token.dep_ == "pobj" and token.head.lower_ == "as"):
        # "the agreement is only a legal framework", "closed as a precautionary measure": what
        # something is or serves as, no instrument of its own
        return True
    node = token
    while node.head.i != node.i:  # Token objects are made anew: compare positions
        node = node.head
        if node.lower_ in vocabulary.hypothetical_markers:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return any(
                (c.tag_ == "MD" and c.lower_ not in ("will", "shall", "must", "can", "'ll"))
                or (c.dep_ == "mark" and c.lower_ in vocabulary.hypothetical_markers)
                for c in node.children
            )
    return False


def _left_modifiers(head: Token) -> list[Token]:
    tokens: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS or (child.dep_ == "punct" and child.text == "-"):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _prepositional(head: Token) -> list[Token]:
    """The first restricting prepositional phrase after the head, up to a comma or a clause of its
    own ("bill for the voluntary interruption of pregnancy [that legalises ...]")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _PP_WORDS and not _when(child):
            clauses = {t.i for d in child.subtree if d.dep_ in (*_CLAUSE_DEPS, "advcl") for t in d.subtree}
            tokens: list[Token] = []
            for token in child.subtree:
                if token.i in clauses or (token.is_punct and token.text != "-" and not _in_list(token, tokens)):
                    break
                tokens.append(token)
            return tokens
    return []


def _in_list(comma: Token, kept: list[Token]) -> bool:
    """Whether a comma separates the items of a list the phrase names ("for the Persian Gulf, the Gulf
    of Oman and the Strait of Hormuz"): the next word opens a conjunct, or an apposition with one (the
    parser's reading of a list), of a word already kept."""
    if comma.text != "," or comma.i + 1 >= len(comma.doc):
        return False
    following = comma.doc[comma.i + 1]
    kept_at = {t.i for t in kept}
    return any(
        item.head.i in kept_at
        and item.left_edge.i == following.i
        and (item.dep_ == "conj" or (item.dep_ == "appos" and any(c.dep_ == "conj" for c in item.children)))
        for item in following.doc[following.i : following.i + 8]
    )


def _predicative(last: Token) -> list[Token]:
    """ "as Y" right after "proclamation of X": what the instrument declares X to be ("proclamation of
    Golan Heights as official Israeli territory"); the parser often hangs it on the verb."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or after.lower_ != "as" or after.dep_ != "prep":
        return []
    objects = [c for c in after.children if c.dep_ == "pobj"]
    if not objects or objects[0].lower_ in _vocabulary().title_words:
        return []  # "signed the declaration of independence as president": in which capacity
    kept = sorted([t for c in objects[0].lefts for t in c.subtree] + [objects[0]], key=lambda t: t.i)
    return [after, *(t for t in kept if t.i > after.i)]


def _designation(head: Token) -> list[Token]:
    """A number right after the head that designates one instrument ("Resolution 2259",
    "resolution No. 1430/2019", "Executive Order 14110")."""
    doc = head.doc
    tokens: list[Token] = []
    at = head.i + 1
    while at < len(doc) and len(tokens) < 3 and doc[at - 1].whitespace_ != "\n":
        after_no = doc[at].text == "." and tokens and tokens[-1].lower_ == "no"
        if not (_DESIGNATION.match(doc[at].text) or after_no):
            break
        tokens.append(doc[at])
        at += 1
    return tokens if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in tokens) else []


def _when(prep: Token) -> bool:
    """A phrase that dates, not restricts ("signed the agreement on Sunday")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _purpose(head: Token, *, participle: bool) -> list[Token]:
    """An infinitive or a participle saying what the instrument does, with its object ("resolution
    to expel United States troops", "bill legalising abortion"), up to the next phrase or comma."""
    authored = _by_maker(head)
    if authored:
        return authored
    if _misparsed_determiner(head) is not None:
        # "a proclamation suspending entry of immigrants": the noun read as the participle's head is its object
        return _up_to_punctuation(head, max(t.i for t in _without_phrases(head.head.head)))
    clause = next((c for c in head.rights if c.dep_ in _CLAUSE_DEPS and c.pos_ == "VERB"), None)
    infinitive = clause is not None and any(c.tag_ == "TO" and c.i < clause.i for c in clause.children)
    if clause is not None and participle and _would_clause(clause):
        return _up_to_punctuation(head, max(t.i for t in clause.subtree))
    if clause is None or not (infinitive or (participle and clause.tag_ == "VBG" and clause.i == head.i + 1)):
        return []  # "decree banning the niqab" restricts; "the agreement signed in May" reports
    objects = [t for c in clause.children if c.dep_ == "dobj" for w in (c, *c.conjuncts) for t in _without_phrases(w)]
    # what it tells its object to do ("a law mandating priests and nuns to report cases of sexual abuse")
    told = [c for c in clause.rights if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)]
    objects += [t for x in told for t in [x, *(t for c in x.children if c.dep_ == "dobj" for t in _without_phrases(c))]]
    return _up_to_punctuation(head, max([clause.i, *(t.i for t in objects)]))


def _whole_purpose(head: Token, purpose: list[Token]) -> list[Token]:
    """The purpose clause of a mention as the article writes it, with its phrases ("bill to require
    voting by mail in all states"), up to the next comma; empty without one."""
    clause = next((t for t in purpose if t.head == head), None)
    if clause is None:
        return []
    end = min(max(t.i for t in clause.subtree), head.i + MAX_CLAUSE_TOKENS)
    # "as an emergency measure" says in what capacity the instrument comes, not what it does (the
    # parser hangs it on the clause where it belongs to the main verb)
    end = min([end, *(c.i - 1 for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > clause.i)])
    return _up_to_punctuation(head, end)


def _doing(head: Token, purpose: list[Token]) -> bool:
    """A singular instrument with a participle right after it saying what it does ("a law mandating
    priests to report abuse", "a law requiring masks"): one specific instrument, not a kind or field."""
    misread = _misparsed_determiner(head) is not None  # "a budget authorizing funding"
    return bool(purpose) and head.tag_ == "NN" and purpose[0].tag_ == "VBG" and (purpose[0].head == head or misread)


def _by_maker(head: Token) -> list[Token]:
    """A plural kind with the participle that made them and its maker ("all amendments issued by the
    current president", "the decrees signed by Nicolás Maduro"): the instruments of that maker."""
    if head.tag_ not in ("NNS", "NNPS") or head.i + 1 >= len(head.doc):
        return []
    clause = head.doc[head.i + 1]
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.head != head:
        return []
    agent = next((c for c in clause.children if c.dep_ == "agent"), None)
    return [] if agent is None else _up_to_punctuation(head, max(t.i for t in agent.subtree))


def _topic_named(left: list[Token]) -> bool:
    """A name with a plural noun of what it rules on before its kind ("Chemical Weapons Convention",
    "Cluster Munitions Convention"), not the adjectives of a gathering ("Democratic National Convention")."""
    return any(t.dep_ == "compound" and t.tag_ in ("NNS", "NNPS") for t in left)


def _attended(head: Token) -> bool:
    """A gathering one is at ("at the annual Comic Books Convention", "during the Convention")."""
    return head.dep_ == "pobj" and head.head.lower_ in ("at", "during")


def _would_clause(clause: Token) -> bool:
    """A relative clause saying what the instrument does or would do ("legislation that would fund
    the government", "a bill that would have allowed extraditions", "a law that allows Congress to
    obtain his tax returns"): its subject is the relative pronoun, its verb is in the present tense
    or takes a modal of what is to come (a past "the deal that was signed in May" reports)."""
    return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children) and (
        clause.tag_ in ("VBZ", "VBP")
        or any(c.tag_ == "MD" and c.lower_ in _vocabulary().prospective_modals for c in clause.children)
    )


def _up_to_punctuation(head: Token, end: int) -> list[Token]:
    tokens = []
    for token in head.doc[head.i + 1 : end + 1]:
        if token.is_punct and token.text != "-":
            break
        tokens.append(token)
    return tokens


def _without_phrases(noun: Token) -> list[Token]:
    """A noun with its modifiers and an "of" phrase, without further phrases or clauses."""
    kept = [t for c in noun.lefts for t in c.subtree] + [noun]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            kept += [t for t in child.subtree if t.i <= max(child.i, *(g.i for g in child.children))]
    return kept


def _clauses(head: Token) -> list[Token]:
    """Clauses that restrict the head ("pact outlining strategies", "agreement to regulate AI")."""
    tokens: list[Token] = []
    for child in head.rights:
        if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ not in _PP_WORDS):
            tokens.extend(list(child.subtree)[:MAX_CLAUSE_TOKENS])
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if not tokens and following is not None and following.tag_ in ("VBG", "VBN") and following.head != head:
        # The parser often hangs a participle that follows the noun on the main verb instead.
        tokens = [t for t in following.subtree if t.i > head.i][:MAX_CLAUSE_TOKENS]
    return tokens


def _span(
    head: Token, kind: str, kind_words: list[Token], by_token: dict[int, EntityMention], headline: bool
) -> AgreementSpan | None:
    """The agreement mention headed by `head`; `by_token` maps token indexes to the entity covering them."""
    lex = lexicon()
    left = [t for t in _left_modifiers(head) if t.i < head.i]
    # Keep only the contiguous run of modifiers that ends at the head.
    left = [t for t in left if t.i >= _run_start(head, left)]
    if left and left[0].tag_.startswith("VB") and left[0].i == _opening(head):
        left = left[1:]  # a list item's verb before a name: "Used Defense Production Act authorities"
    before = [t for t in kind_words if t.i < head.i]
    if before and min(t.left_edge.i for t in before) < min([t.i for t in left] or [head.i]):
        # the words of the kind the parser did not hang on the head ("G7 Leaders’ Statement")
        left = list(head.doc[min(t.left_edge.i for t in before) : head.i])
    bracketed = _bracketed_name(head)
    if bracketed:
        left = bracketed
    designation = _designation(head)
    right = designation or _prepositional(head)
    if right and not designation and kind in _vocabulary().predicative_kinds:
        right += _predicative(right[-1])
    purpose: list[Token] = []
    if not right and not any(
        t.i != head.i and (_is_content(t, kind) or _ORDINAL.match(t.text) or t.ent_type_ == "ORDINAL") for t in left
    ):
        # A participle ("bill legalising abortion") identifies a head that needs it; elsewhere it
        # is a clause among others ("declaration outlining principles").
        purpose = right = _purpose(head, participle=kind in lex.needs_name)
    if kind_words and kind_words[-1].i > head.i:
        right = [t for t in head.doc[head.i + 1 : kind_words[-1].i + 1]] + _prepositional_after(kind_words[-1], head)
    words = [*left, head, *right]
    while words and (words[0].lower_ in _DEFINITE | _INDEFINITE or words[0].is_punct or words[0].dep_ == "case"):
        words = words[1:]
    if len([t for t in right if not (t.is_punct or t.dep_ == "det")]) > MAX_PHRASE_TOKENS:
        # A long phrase describes rather than names ("letter of intent on selling two billion cubic
        # meters of gas per year to ..."): it still gives parties and topic, not the name.
        last = max([head.i, *(word.i for word in kind_words)])  # a list: kind_words may be empty
        words = [t for t in words if t.i <= last]
    label = _text([t for t in words if t not in purpose])
    written = _text([t for t in words if t.i <= head.i] + _whole_purpose(head, purpose))
    if any(("/" in t.text or "@" in t.text) and not _DESIGNATION.match(t.text) for t in words) or any(
        t.like_url or t.text.count("-") > 2 for t in words
    ):
        return None  # a URL, an address or a slug that happens to contain a head word
    kind_tokens = {t.i for t in kind_words} | {head.i}
    # A named possessor ("Trump's declaration") is a party; a pronoun ("its resolution") refers back.
    possessed = {
        t.i
        for c in head.lefts
        if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in _NOT_TOPIC_ENTS and c.i not in kind_tokens
        for t in c.subtree
    }
    # A bracketed name is the instrument's own, though the NER reads an organisation in it.
    own_name = {t.i for t in bracketed}
    not_topic = kind_tokens | possessed | (by_token.keys() - own_name)
    # An ordinal designates one instrument of a series ("the 22nd amendment", "the Fifth Amendment").
    ordinals = [
        t
        for t in left
        if (t.ent_type_ == "ORDINAL" or _ORDINAL.match(t.text))
        and t.dep_ != "advmod"
        and t.lower_ not in lex.evaluative
    ]
    content_left = [t for t in left if t.i not in kind_tokens | possessed and _is_content(t, kind)] + ordinals
    names = _names(head, left, right, designation, headline)
    if bracketed and not headline:
        # "the African Continental Free Trade Area (AfCFTA) agreement": the name and the abbreviation
        # each name the instrument with its head.
        names = (f"{_text(bracketed[:-3])} {head.text}", f"{bracketed[-2].text} {head.text}")
    described = [t for t in right if t.i not in kind_tokens]
    # A kind of several words says which sort of instrument ("articles of impeachment"); a possessor
    # alone ("Trump's declaration") refers back to the one the article named.
    specific = bool(content_left or described or names or kind_words)
    # "his proposed budget": whose proposal it is says which one, a pronoun owner too
    proposal = any(c.dep_ == "amod" and c.lower_ in lex.participle_relations for c in head.lefts) and any(
        c.dep_ == "poss" for c in head.lefts
    )
    # "a 2005 law", "the 2018 bill": the year says which one
    dated = any(_YEAR.match(t.text) and t.ent_type_ == "DATE" for t in left)
    specific = specific or dated
    if (
        kind in lex.needs_name
        and not kind_words
        and not (names or content_left or described or possessed or proposal or dated)
    ):
        specific = False
        if not head.is_title and kind != "initiative":
            return None
    vocabulary = _vocabulary()
    # "a New York law that allows Congress to obtain his tax returns": what it does says which one;
    # "a Texas law", "the New York State law": one law of that place (bare "under Texas law" is its law)
    does = any(c.dep_ == "relcl" and _would_clause(c) for c in head.rights) or _doing(head, purpose)
    placed = any(c.dep_ == "det" for c in head.lefts) and any(
        c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTS for c in head.lefts
    )
    if (
        not names
        and not does
        and not proposal
        and not placed
        and not dated
        and (
            (head.lemma_.lower() in vocabulary.name_only and not kind_words)  # "martial law" is a kind of its own
            or " ".join([head.lower_, *(t.lower_ for t in kind_words)]) in vocabulary.name_only
        )
    ):
        return None
    if kind in vocabulary.needs_subject_phrase and not (
        (
            described
            and described[0].lower_ in ("on", "against", "for", "concerning", "regarding")
            and not any(t.ent_type_ in ("DATE", "TIME") for t in described)
        )
        or (names and any(word in ("on", "against", "for") for word in names[0].lower().split()))
        or any(t.ent_type_ in ("GPE", NATION_LABEL) for t in left)
        or (_topic_named(left) and not _attended(head))  # "Chemical Weapons Convention"
        or head.ent_type_ == "LAW"  # the statistical NER's own reading: "the Geneva Convention"
    ):
        return None
    scope = frozenset(
        entity.id
        for entity in (by_token.get(t.i) for t in [*left, *right] if t.i not in own_name)
        if entity is not None and entity.type in vocab.ACTOR_TYPES
    )
    clauses = _clauses(head)
    numbers = [t for t in [*designation, *ordinals] if t.like_num or t in ordinals]
    topic = _keywords([*left, *right], not_topic, kind) | {"#" + t.lower_ for t in numbers}
    # "an alternative deal", "a separate agreement": another instrument than those named before,
    # and the word is part of how the text tells it apart ("two different articles" differ from
    # each other, not from those named before).
    contrastive = [
        t for t in left if t.lower_ in vocabulary.contrastive and t.dep_ == "amod" and head.tag_ in ("NN", "NNP")
    ]
    core_words = [
        t
        for t in words
        if (t.lower_ not in lex.evaluative or t.i in kind_tokens or t in contrastive)
        and (t.dep_ not in ("case", "nummod") or (t.dep_ == "nummod" and dated and _YEAR.match(t.text)))
        and t.text not in ("'s", "’s")
        and t.i not in possessed
    ]
    while core_words and (core_words[0].is_punct or core_words[0].lower_ in _DEFINITE | _INDEFINITE):
        core_words = core_words[1:]
    determiner = next((c.lower_ for c in head.lefts if c.dep_ in ("det", "poss")), "")
    indefinite = determiner in _INDEFINITE
    # "this agreement", "the resolution": a reference back; "a new declaration" or "the first pact
    # outlining ..." introduce one.
    anaphoric = determiner in _DEMONSTRATIVE or (not specific and not indefinite and not clauses)
    return AgreementSpan(
        head=head.i,
        start=min(t.i for t in [*left, head]),
        end=max(t.i for t in [head, *right]) + 1,
        label=label,
        core=names[0] if names else (_text(core_words) or head.text),
        kind=kind,
        specific=specific,
        indefinite=indefinite,
        topic=topic,
        keywords=topic | _keywords(clauses, not_topic, kind),
        scope=scope,
        anaphoric=anaphoric and not contrastive,
        names=names,
        distinct=bool(contrastive),
        written=written if written not in (label, _text(words)) else "",
    )


def _prepositional_after(last: Token, head: Token) -> list[Token]:
    """A restricting phrase after a kind of several words ("memorandum of understanding between
    Turkey and Libya"): the head's next prepositional phrase."""
    # The parser hangs it on the head or on the kind's last word ("understanding about the pipeline").
    later = sorted([c for c in (*head.rights, *last.rights) if c.i > last.i], key=lambda c: c.i)
    if later and later[0].dep_ == "prep" and later[0].lower_ in _PP_WORDS:
        return [t for t in head.doc[last.i + 1 : later[0].i]] + _prepositional_from(later[0])
    return []


def _prepositional_from(prep: Token) -> list[Token]:
    tokens: list[Token] = []
    for token in prep.subtree:
        if token.is_punct and token.text != "-":
            break
        tokens.append(token)
    return tokens


def _names(
    head: Token, left: list[Token], right: list[Token], designation: list[Token], headline: bool
) -> tuple[str, ...]:
    """The proper names a mention writes: a capitalised run ending at a capitalised head ("Paris
    Agreement"), with a capitalised "of" phrase ("Convention on the Law of the Sea"), or a number
    that designates it ("Resolution 2259"); and an abbreviation in brackets right after it."""
    if headline and not designation:
        return ()  # In Title Case text every word is capitalised: capitals say nothing.
    run: list[Token] = []
    for token in reversed(left):
        if not (token.is_title or token.is_upper or token.text in ("-", "–", "of", "and", "on", "the")):
            break
        run.insert(0, token)
    while run and not (run[0].is_title or run[0].is_upper):
        run = run[1:]
    after = _title_run_after(head)
    named = bool(designation) or (head.is_title and not head.is_sent_start and bool(run or after))
    if not named:
        return ()
    tokens = [*run, head, *(designation or after)]
    name = _text(tokens)
    abbreviation = _abbreviation(tokens)
    if name.lower() in _kind_names() and not abbreviation:
        # "a Memorandum of Understanding between A and B": the kind capitalised, no name of one (with an
        # abbreviation of its own, "Memorandum of Understanding (MOU)", the text names it so)
        return ()
    return (name, abbreviation) if abbreviation else (name,)


@functools.cache
def _kind_names() -> frozenset[str]:
    """The kinds' own words, lower-cased ("memorandum of understanding", "joint statement", "treaty"):
    written with capitals they name a kind, not one instrument."""
    lex = lexicon()
    return frozenset({*lex.agreement_heads, *lex.agreement_phrases})


def _bracketed_name(head: Token) -> list[Token]:
    """ "X Y (XY) agreement": a capitalised name with its abbreviation in brackets right before a
    head, the words from the name's start to the closing bracket; else nothing."""
    doc = head.doc
    at = head.i
    if at < 4 or doc[at - 1].text != ")" or doc[at - 3].text != "(":
        return []
    abbreviation = doc[at - 2].text
    if sum(ch.isupper() for ch in abbreviation) < MIN_RUN_FOR_INITIALS or not abbreviation.isalpha():
        return []
    start = at - 3
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and not doc[start - 1].is_sent_start:
        start -= 1
    if start == at - 3:
        return []
    return list(doc[start:at])


def _title_run_after(head: Token) -> list[Token]:
    """The capitalised words that continue a name after its head ("Convention on the Law of the
    Sea", "Memorandum of Understanding", "Act of 1867"), read from the text: the parser often
    hangs such a phrase on the verb."""
    doc = head.doc
    tokens: list[Token] = []
    for token in doc[head.i + 1 : head.i + 1 + MAX_CLAUSE_TOKENS]:
        capital = (token.is_title or token.is_upper or token.like_num) and token.ent_type_ not in ("DATE", "TIME")
        joins = token.lower_ in ("of", "on", "the", "in") or (
            token.lower_ == "and" and token.i + 1 < len(doc) and doc[token.i + 1].is_title
        )
        if not (capital or joins) or token.is_punct or token.lemma_.lower() in _head_words():
            break
        tokens.append(token)
    while tokens and not (tokens[-1].is_title or tokens[-1].is_upper or tokens[-1].like_num):
        tokens.pop()
    return tokens if tokens and tokens[0].lower_ in ("of", "on", "in") else []


def _abbreviation(tokens: list[Token]) -> str | None:
    """ "X (ABC)": the abbreviation an article defines for the name `tokens`, if it does."""
    doc = tokens[-1].doc
    at = tokens[-1].i + 1
    if (
        at + 2 < len(doc)
        and doc[at].text == "("
        and doc[at + 2].text == ")"
        and doc[at + 1].is_upper
        and len(doc[at + 1]) > 1
    ):
        return doc[at + 1].text
    return None


def _is_content(token: Token, kind: str) -> bool:
    return (
        token.lower_ not in lexicon().evaluative
        and token.lower_ not in kind.split()
        and token.dep_ not in ("det", "case", "punct")
        and not token.is_stop
        and token.is_alpha
    )


def _keywords(tokens: list[Token], excluded: Container[int], kind: str) -> frozenset[str]:
    """What an instrument is about: the lemmas of its content words (neither actors, nor dates, nor
    titles, nor evaluations). Abbreviations are kept upper-case ("AI"). A run of words whose
    initials the text writes as an abbreviation is one term, kept as that abbreviation ("artificial
    intelligence" in an article that writes "AI" is "AI", not "intelligence", which an "intelligence
    agreement" is about); any other run of several words is also kept whole ("artificial
    intelligence"), for `kg.resolve` to fold when another article writes its abbreviation."""
    title_words = _vocabulary().title_words
    content = [
        token
        for token in tokens
        if token.pos_ in _CONTENT_POS
        and _is_content(token, kind)
        and token.i not in excluded
        and token.ent_type_ not in _NOT_TOPIC_ENTS
        and token.lower_ not in title_words
    ]
    words: set[str] = set()
    at = 0
    while at < len(content):
        end = at + 1
        while end < len(content) and content[end].i == content[end - 1].i + 1 and not content[end].is_upper:
            end += 1
        if content[at].is_upper:
            words.add(content[at].text.replace(".", ""))
            at += 1
            continue
        term = _term(content[at:end])
        if term:
            words.add(term[0])
            at += term[1]
            continue
        if end - at >= MIN_RUN_FOR_INITIALS:
            words.add(" ".join(t.lemma_.lower() for t in content[at:end]))
        words.update(t.lemma_.lower() for t in content[at:end])
        at = end
    return frozenset(words)


def _term(run: list[Token]) -> tuple[str, int] | None:
    """The longest start of `run` whose initials the doc writes as an abbreviation, and its length."""
    written = _abbreviations(run[0].doc)
    for stop in range(len(run), MIN_RUN_FOR_INITIALS - 1, -1):
        initials = "".join(t.text[0] for t in run[:stop]).upper()
        if initials in written:
            return initials, stop
    return None


def _abbreviations(doc: Doc) -> frozenset[str]:
    """The abbreviations a doc writes ("AI", "A.I.", "JCPOA"), without dots; kept on the doc."""
    found = doc.user_data.get(_ABBREVIATIONS_KEY)
    if found is None:
        found = frozenset(
            bare
            for token in doc
            if token.is_upper
            and MIN_RUN_FOR_INITIALS <= len(bare := token.text.replace(".", "")) <= MAX_ABBREVIATION
            and bare.isalpha()
        )
        doc.user_data[_ABBREVIATIONS_KEY] = found
    return found


def _run_start(head: Token, left: list[Token]) -> int:
    """Where the unbroken run of modifiers before the head begins (never across a line break, nor
    across a word naming another kind of instrument: "the EU law Electronic Commerce Directive" is
    the Directive, "EU law" says what sort of thing it is)."""
    doc = head.doc
    start = head.i
    indices = {t.i for t in left}
    while start - 1 in indices and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        before = doc[start - 1]
        if before.pos_ == "NOUN" and before.is_lower and head_kind(before) and doc[start].is_title:
            break  # a lower-case kind before a capitalised name; "framework agreement" stays whole
        start -= 1
    return start


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()).strip(" ,;:")
