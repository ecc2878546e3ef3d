"""What a word refers back to: the person or body a pronoun stands for, who "I" and "we" are (the
speaker of a quote, the text's own voice), and the instrument a bare "the bill" names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import vocab
from kg.extract.agreements import AgreementSpan, head_kind
from kg.extract.entities import EntityMention
from kg.extract.lexicon import lexicon
from kg.extract.mentions import actor_words
from kg.extract.nlp import tokens_with_lemma
from kg.extract.relations.actors import entities_of, unique
from kg.extract.relations.parsed import ParsedText
from kg.extract.relations.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_QUOTE_OPENERS = {":", '"', "“", "'", "‘"}
ANTECEDENT_SENTENCES = 3


def window(text: ParsedText, sentence: Span) -> int:
    """Where a pronoun's referent may be: no further back than a few sentences (beyond them it is a guess)."""
    start = sentence.start
    for _ in range(ANTECEDENT_SENTENCES):
        start = text.doc[start - 1].sent.start if start > 0 else 0
    return start


def own_voice(text: ParsedText) -> list[EntityMention]:
    """Who "we" is in a text that says so in its own voice: "We, the Leaders of the Group of Seven
    (G7), stress ..." (a joint statement, a declaration); no one in a text that does not."""
    if text.voices is None:
        text.voices = []
        for token in tokens_with_lemma(text.doc, frozenset({"we"})):
            named = [
                text.by_token[t.i]
                for c in token.children
                if c.dep_ == "appos"
                for t in c.subtree
                if t.i in text.by_token and text.by_token[t.i].type in vocab.ACTOR_TYPES
            ]
            if token.lower_ == "we" and named:
                text.voices = list(unique(named))
                break
    return text.voices


def speaker(text: ParsedText, pronoun: Token) -> list[EntityMention]:
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
            return own_voice(text) if pronoun.lower_ == "we" else []
        node = before[-1]
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [e for subject in subjects for e in entities_of(text, subject) if e.type in vocab.ACTOR_TYPES]


def antecedent(text: ParsedText, pronoun: Token) -> EntityMention | None:
    """The actor a pronoun stands for: an object pronoun, the nearest earlier actor of its kind in its
    sentence; else the nearest subject of its kind in this sentence or the few before ("Trump ...
    He signed" -> Trump; "the SDF announced it had entered" -> the SDF)."""
    kinds = (vocab.PERSON,) if pronoun.lower_ in PERSON_PRONOUNS else (vocab.NATION, vocab.INSTITUTION)
    sentence = pronoun.sent
    earliest = window(text, sentence)
    as_subject = pronoun.dep_ in SUBJECT_DEPS
    if as_subject:
        # "Duda said ... while Brudziński wrote he had ordered checks": the subject of the clause that
        # reports the pronoun's own clause first; then the main clause's ("Mitsotakis met Trump, where
        # he denounced the deal").
        if pronoun.head.dep_ == "ccomp":
            reporter = [t for t in pronoun.head.head.children if t.dep_ in SUBJECT_DEPS and t.i < pronoun.i]
            found = [e for t in reporter for e in entities_of(text, t) if e.type in kinds]
            if found:
                return found[0]
        main = [t for t in sentence.root.children if t.dep_ in SUBJECT_DEPS and t.i < pronoun.i]
        found = [e for t in main for e in entities_of(text, t) if e.type in kinds]
        if found:
            return found[0]
    for mention in reversed(text.entities):
        if mention.span.end > pronoun.i or mention.type not in kinds:
            continue
        if mention.span.start < earliest:
            return None
        root = mention.span.root
        head = root.head if root.dep_ in ("compound", "appos", "poss") else root
        if head.dep_ in SUBJECT_DEPS or (mention.span.start >= sentence.start and not as_subject):
            return mention
    return None


def definite_reference(text: ParsedText, noun: Token) -> AgreementSpan | None:
    """ "Ivey signed the Alabama Human Life Protection Act ... Collins, who sponsored the bill": a
    bare "the bill" / "the deal" (too generic to be a mention of its own) is the instrument of
    its kind the text named last before it, however far back (news names a bill once and
    writes "the bill" paragraphs later); among those, the last one written with the same head word
    ("the bill" after "the Reproductive Health Care Reform Bill 2019", not after "a law allowing ...")."""
    kind = head_kind(noun)
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if kind is None or determiners not in (["the"], ["this"], ["that"]) or noun.tag_ in ("NNS", "NNPS"):
        return None
    if any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl", "poss") for c in noun.children):
        return None  # "the new bill", "the bill on X": a description, maybe of another one
    earlier = [s for s in text.agreements if s.head < noun.i and s.kind == kind]
    same_word = [s for s in earlier if text.doc[s.head].lemma_.lower() == noun.lemma_.lower()]
    return (same_word or earlier)[-1] if earlier else None


def named_inside(head: Token) -> bool:
    """An instrument named inside another instrument's phrase ("amendment to the Constitution",
    "protocol to the convention"): the phrase names the other one."""
    node = head
    while node.dep_ in ("pobj", "prep", "compound", "nmod", "amod") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and head_kind(node):
            return True
    return False


def titled_group(text: ParsedText, noun: Token) -> list[EntityMention]:
    """The persons "the energy ministers" refers back to: those the text named before, within a few
    sentences, right after that title in the singular ("energy minister Yuval Steinitz, ... energy
    minister Konstantinos Hatzidakis"); none unless there are two at least."""
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    titles = actor_words().title_words
    if noun.tag_ != "NNS" or determiners not in (["the"], ["both"]) or noun.lemma_.lower() not in titles:
        return []
    found = _named_after_title(text, noun, noun.lemma_.lower(), window(text, noun.sent))
    return found if len(found) >= 2 else []


def titled_one(text: ParsedText, noun: Token) -> list[EntityMention]:
    """The person "the Pope" or "the governor" refers back to: the one person the text named before
    right after that title ("Pope Francis", "Governor Mike DeWine"); none if it named two so, or if the
    title here names its own holder or says whose it is ("the leader of Roman Catholic Christianity,
    Pope Francis" is not the "Polish leader" named before)."""
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if noun.tag_ not in ("NN", "NNP") or determiners != ["the"] or noun.lemma_.lower() not in actor_words().titles:
        return []
    if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return []
    found = _named_after_title(text, noun, noun.lower_, 0)
    return found if len(found) == 1 else []


def _named_after_title(text: ParsedText, noun: Token, word: str, earliest: int) -> list[EntityMention]:
    """The persons named from `earliest` up to `noun` right after the title `noun` writes with its
    modifiers, `word` as its last word ("energy minister" of "the energy ministers", "Pope")."""
    title = [*(c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")), word]
    return unique(
        mention
        for mention in text.entities
        if mention.type == vocab.PERSON
        and earliest <= mention.span.start < noun.i
        and len(title) <= mention.span.start
        and [t.lower_ for t in text.doc[mention.span.start - len(title) : mention.span.start]] == title
    )


def counted_group(text: ParsedText, noun: Token) -> list[EntityMention]:
    """The actors "the two countries", "both sides" or "the three nations" refer back to: as many
    distinct actors of that sort as the number says, named before the noun in its sentence or the one
    before ("Japan and South Korea resumed talks. The two countries signed ..."); none when another
    number of them was named there. "The leaders of the two countries" are those countries (GUIDELINES.md,
    Meetings: annotated at the level the sentence names)."""
    lex = lexicon()
    of = [w for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for w in c.children if w.dep_ == "pobj"]
    if noun.lemma_.lower() in actor_words().title_words and of:
        noun = of[0]  # "the leaders of the two countries"
    kinds = lex.counted_groups.get(noun.lemma_.lower())
    if kinds is None or noun.tag_ not in ("NNS", "NNPS"):
        return []
    numbers = [c.lower_ for c in noun.children if c.dep_ in ("nummod", "det", "predet")]
    count = 2 if "both" in numbers else next((_COUNTS[n] for n in numbers if n in _COUNTS), 0)
    if not count or not ("both" in numbers or "the" in numbers):
        return []
    start = noun.sent.start
    earliest = text.doc[start - 1].sent.start if start > 0 else 0
    named = unique(m for m in text.entities if earliest <= m.span.start and m.span.end <= noun.i and m.type in kinds)
    return named if len(named) == count else []  # more than that many: which ones is not said


_COUNTS = {"two": 2, "three": 3, "four": 4}
