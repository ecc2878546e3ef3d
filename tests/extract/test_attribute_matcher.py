"""The attribute_ruler's indexed matcher finds exactly the matches spaCy's Matcher finds, on real text."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.attribute_matcher import IndexedMatcher, index_attribute_ruler
from kg.extract.nlp import DEFAULT_MODELS, load_model
from kg.ingest import Article, read_article

from ..conftest import DATA, SEEDS

# Real text of two kinds: the Wikinews-style seeds and a White House page with its layout.
SOURCES = [*sorted(SEEDS.iterdir()), DATA / "articles" / "wh_layout.md"]


def _texts() -> list[str]:
    articles = [read_article(path) for path in SOURCES]
    return [text for article in articles if isinstance(article, Article) for _, text in article.texts]


def _model() -> spacy.language.Language:
    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no spaCy model installed")


def _attributes(doc: spacy.tokens.Doc) -> list[tuple[object, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]


def test_the_index_finds_the_matches_of_the_models_attribute_ruler_on_real_text() -> None:
    nlp = _model()
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedMatcher(ruler.matcher, [str(i) for i in range(len(ruler.attrs))])
    # The ruler's input: the tagger's and parser's annotations, before the ruler changes any.
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(_texts()))
    found = [sorted(indexed(doc, allow_missing=True)) for doc in docs]
    assert found == [sorted(ruler.matcher(doc, allow_missing=True)) for doc in docs]
    assert sum(map(len, found)) > sum(map(len, docs))  # a tag-map match per token, and exceptions


def test_a_pipeline_with_the_index_annotates_every_token_as_without_it() -> None:
    nlp = _model()
    texts = _texts()
    expected = [_attributes(doc) for doc in nlp.pipe(texts)]
    assert index_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, IndexedMatcher)
    assert [_attributes(doc) for doc in nlp.pipe(texts)] == expected


def test_kg_loads_its_model_with_the_index() -> None:
    assert isinstance(load_model().get_pipe("attribute_ruler").matcher, IndexedMatcher)


# Sentences of both sources whose words the patterns below are about.
SENTENCES = [
    "Argentina's Senate has passed the bill, and it isn't clear whether the president will sign it.",
    "The White House said the commitments build on the Administration's earlier work on AI.",
    "Y'all gotta see this: nothin' ain't gonna stop them.",
]
PATTERNS: list[list[dict[str, object]]] = [
    [{"LOWER": "the"}],
    [{"TAG": "DT", "LOWER": {"IN": ["the", "a"]}}],
    [{"TAG": {"NOT_IN": ["DT", "NNP"]}, "DEP": {"IN": ["nsubj", "ROOT"]}}],
    [{"LOWER": {"REGEX": "^[a-z]+'?s?$"}, "IS_PUNCT": False}],
    [{"LOWER": "white"}, {"LOWER": "house"}],
    [{"TEXT": "has"}, {"TAG": {"IN": ["VBN", "VBD"]}}],
    [{"IS_SPACE": True}],
    [{"NORM": "not"}],
    [{"LEMMA": "be"}, {"TAG": "RB"}],
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda pattern: str(pattern))
def test_each_kind_of_pattern_matches_where_the_matcher_does(pattern: list[dict[str, object]]) -> None:
    nlp = _model()
    ruler = nlp.add_pipe("attribute_ruler", name="probe", last=True)
    ruler.add([pattern], {"NORM": "x"})
    ruler.add([pattern, [{"LOWER": "the"}]], {"NORM": "y"})  # two patterns of one key: a span found once
    indexed = IndexedMatcher(ruler.matcher, [str(i) for i in range(len(ruler.attrs))])
    found = 0
    for doc in nlp.pipe([*SENTENCES, "  ", ""]):
        matches = sorted(indexed(doc, allow_missing=True))
        assert matches == sorted(ruler.matcher(doc, allow_missing=True))
        found += len(matches)
    assert found


def test_a_ruler_with_a_pattern_the_index_cannot_read_keeps_the_matcher() -> None:
    nlp = _model()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"NORM": "very"})
    matcher = ruler.matcher
    assert not index_attribute_ruler(nlp)
    assert ruler.matcher is matcher
    assert nlp("It is very very good.")[2].norm_ == "very"
