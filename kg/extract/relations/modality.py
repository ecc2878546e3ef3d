"""Whether a verb states an act: negation ("never signed", "refused to sign", "signed no
agreement": no act), obligation and condition ("must be approved", "would sign if": no act), and
hedging ("will sign", "to sign": an act stated with lower confidence); a question states none
("Is the administration expecting the President's meeting with Speaker McCarthy?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def negated(verb: Token) -> bool:
    """ "did not sign", "never signed", "refused to sign", "failed to pass", "without signing"."""
    lex = lexicon()
    if has_negation(verb):
        return True
    node = verb
    for _ in range(4):
        if node.dep_ == "conj":
            # "did not sign or ratify": a negated head negates its "or" conjuncts, not its "and" ones.
            head = node.head
            if has_negation(head) and any(c.lower_ in ("or", "nor") for c in head.children if c.dep_ == "cc"):
                return True
            node = head
        elif node.dep_ in ("xcomp", "pcomp") and node.head != node:
            node = node.head
            if node.lower_ == "without" or node.lemma_.lower() in lex.negating_verbs or has_negation(node):
                return True
        else:
            return False
    return False


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, and those of the verbs it is coordinated under, which it shares
    ("shall develop and issue a framework": "issue" has "shall" too)."""
    found = []
    node = verb
    for _ in range(4):
        found += [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if node.dep_ != "conj" or node.head == node or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
    return found


def obliged(verb: Token) -> bool:
    """ "it must be approved by the Senate", "X has to sign", "X would sign if Y did", "to decide on
    submitting it": an obligation, a condition or an open question (`undecided`) states no act."""
    if undecided(verb):
        return True
    lex = lexicon()
    words = lex.obligation_words
    if any(c.tag_ == "MD" and c.lemma_.lower() in words for c in auxiliaries(verb)):
        return True
    # "would only vote for it if the people could vote too": a condition, not an act.
    conditions = (c for c in verb.children if c.dep_ == "advcl")
    if any(m.dep_ == "mark" and m.lower_ in lex.conditional_words for c in conditions for m in c.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in words


def undecided(verb: Token) -> bool:
    """ "the House to decide on submitting the articles", "decide whether to ratify it": the act is
    the question a decision or a vote is on, not one done or announced (`open_question_verbs`)."""
    words = lexicon().open_question_verbs
    governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return governor.lemma_.lower() in words  # "decide whether to ratify", "vote on whether to ratify"
    return verb.dep_ == "pcomp" and verb.head.lower_ == "on" and governor.lemma_.lower() in words


def hedged(verb: Token) -> bool:
    """ "will sign", "plans to sign", "met in Athens to sign": an act announced or intended, not done."""
    words = lexicon().hedging_words
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if any(c.lemma_.lower() in words for c in [*auxiliaries(verb), *marks]):
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # a purpose: "met in Athens to sign an agreement"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words


def has_negation(word: Token) -> bool:
    """A negating child: "not", "n't", "never"."""
    words = lexicon().negating_words
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and c.lower_ in words) for c in word.children)


def negated_noun(word: Token) -> bool:
    """An object with a negating determiner: "no agreement", "neither treaty"."""
    words = lexicon().negating_words
    return any(c.dep_ in ("det", "neg") and c.lower_ in words for c in word.children)


def asked(sentence: Span) -> bool:
    """Whether a sentence is a question (it ends with a question mark, inside quotes or not): it asks
    whether something happened and states nothing."""
    return sentence.text.rstrip().rstrip("\"'”’)").endswith("?")
