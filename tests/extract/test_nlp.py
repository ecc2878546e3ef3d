"""kg's spaCy pipeline: the gazetteer EntityRuler's phrase patterns, and looking tokens up by lemma."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH

from kg.extract.nlp import doc_text, gazetteer_patterns, load_model, span_text, text_length, tokens_with_lemma


def test_the_gazetteer_patterns_are_what_the_full_pipeline_would_have_made_of_the_names() -> None:
    # add_patterns runs only the tokenizer (kg disables the other components while adding): the
    # patterns match on LOWER and ORTH, which the tokenizer alone sets. Made with every component
    # running before the ruler (spaCy's default), they would hold the same tokens.
    nlp = load_model()
    for name, attr, patterns in zip(
        ("kg_gazetteer", "kg_gazetteer_exact"), (LOWER, ORTH), gazetteer_patterns(nlp), strict=True
    ):
        ruler = nlp.get_pipe(name)
        with nlp.select_pipes(enable=nlp.pipe_names[: nlp.pipe_names.index(name)]):
            full = list(nlp.pipe(pattern["pattern"] for pattern in patterns))
        expected: dict[str, list[list[int]]] = {}
        for pattern, doc in zip(patterns, full, strict=True):
            expected.setdefault(f"{pattern['label']}||{pattern['id']}", []).append(doc.to_array([attr]).tolist())
        got = {label: [doc.to_array([attr]).tolist() for doc in docs] for label, docs in ruler.phrase_patterns.items()}
        assert got == expected
        assert len(full) > 500


def test_gazetteer_names_are_found_in_sentences_of_two_sources() -> None:
    nlp = load_model()
    wikinews = nlp("The european union and the People's Republic of China signed the deal in Brussels.")
    white_house = nlp("Today, the President met the Prime Minister of Japan and NATO leaders.")
    assert {(ent.text, ent.label_) for ent in wikinews.ents} >= {
        ("european union", "KG_INSTITUTION"),
        ("People's Republic of China", "KG_NATION"),
    }
    assert {(ent.text, ent.label_) for ent in white_house.ents} >= {("Japan", "KG_NATION"), ("NATO", "KG_INSTITUTION")}


def test_tokens_with_lemma_finds_a_words_forms_in_order_whatever_was_asked_before() -> None:
    nlp = load_model()
    wikinews = nlp("Lawmakers Signed the treaty; Argentina signs it too, and the Senate ratified it.")
    white_house = nlp("The President will sign the Executive Order. WE signed the agreements.")
    # Asked in turn on one doc: each answer is the tokens of its own words, by lemma or by lower-case text.
    assert [t.text for t in tokens_with_lemma(wikinews, frozenset({"sign"}))] == ["Signed", "signs"]
    assert [t.text for t in tokens_with_lemma(wikinews, frozenset({"ratify", "treaty"}))] == ["treaty", "ratified"]
    assert [t.text for t in tokens_with_lemma(wikinews, frozenset({"veto"}))] == []
    assert [t.text for t in tokens_with_lemma(white_house, frozenset({"sign", "we"}))] == ["sign", "WE", "signed"]
    assert [t.text for t in tokens_with_lemma(white_house, frozenset({"agreement"}))] == ["agreements"]
    assert tokens_with_lemma(nlp(""), frozenset({"sign"})) == []


def test_doc_text_and_span_text_are_what_spacy_gives_and_made_once_per_doc() -> None:
    doc = load_model()("The Senate ratified it.\n\n██ Sinn Féin - 7 seats")
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert [text_length(d) for d in (doc, doc[:0].as_doc(), load_model()("ends in spaces  "))] == [len(doc.text), 0, 16]
    spans = [doc[i : i + 3] for i in range(len(doc) - 2)]
    assert [span_text(span) for span in spans] == [span.text for span in spans]


def test_the_loaded_model_is_left_out_of_the_collectors_generations() -> None:
    # load_model freezes what is alive once the model is loaded, so that full collections during a
    # build skip the model's objects; gc.get_objects() lists only the collected generations.
    import gc

    nlp = load_model()
    assert gc.isenabled()  # paused while loading only
    assert gc.get_freeze_count() > 0
    assert not any(obj is nlp or obj is nlp.vocab for obj in gc.get_objects())
    # Frozen objects still work as before: the pipeline parses.
    assert [token.text for token in nlp("The Senate adopted the bill.")][:2] == ["The", "Senate"]
