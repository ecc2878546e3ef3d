"""Extraction's memory: spaCy parses in batches bounded by characters, so peak memory does not grow
with an article's size, and an article that still runs out of memory is skipped with its reason."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import pytest

from kg.extract import nlp as nlp_module
from kg.extract.nlp import load_model, parse
from kg.extract.pipeline import ArticleFacts, extract_articles
from kg.ingest import Article, read_article

from ..conftest import SEEDS

ADDRESS_SPACE = 3_000_000 * 1024
"""`ulimit -v 3000000`: 3,000,000 KiB of address space for the whole `kg build` process."""


def _seed_prose() -> str:
    """The seed articles' bodies: real news text, one paragraph after another."""
    articles = [read_article(path) for path in sorted(SEEDS.iterdir())]
    return "\n\n".join(article.body.strip() for article in articles if isinstance(article, Article))


def _prose(chars: int) -> str:
    seeds = _seed_prose()
    return ("\n\n".join([seeds] * (chars // len(seeds) + 1)))[:chars]


def _article(path: str, body: str) -> Article:
    return Article(f"article:{path}", None, None, body, None, None, None, source_path=path)


def test_parse_gives_the_docs_nlp_pipe_gives_in_order() -> None:
    nlp = load_model()
    texts = [piece for piece in _seed_prose().split("\n\n") if piece.strip()][:12]
    expected = [[(t.text, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in nlp.pipe(texts)]
    for limit in (1, 500, 10**9):
        got = [[(t.text, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in parse(nlp, texts, limit=limit)]
        assert got == expected, limit


def test_parse_holds_one_batch_of_docs_at_a_time() -> None:
    nlp = load_model()
    text = _prose(60_000)
    texts = [text[start : start + 5_000] for start in range(0, len(text), 5_000)]
    list(parse(nlp, texts[:1]))  # the model's lazy allocations happen before measuring

    def peak(limit: int) -> int:
        tracemalloc.start()
        try:
            for doc in parse(nlp, texts, limit=limit):
                assert len(doc)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    one_text, all_texts = peak(5_000), peak(60_000)
    assert one_text * 4 < all_texts, (one_text, all_texts)


def test_peak_memory_of_extraction_does_not_grow_with_an_articles_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # Small chunks and batches, so that a short test shows what happens to a long article.
    monkeypatch.setattr(nlp_module, "MAX_CHUNK_CHARS", 4_000)
    monkeypatch.setattr(nlp_module, "MAX_BATCH_CHARS", 4_000)
    list(extract_articles([_article("warm.md", _prose(4_000))]))

    def peak(chars: int) -> int:
        tracemalloc.start()
        try:
            (facts,) = extract_articles([_article("long.md", _prose(chars))])
            assert isinstance(facts, ArticleFacts) and facts.facts
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    short, six_times_longer = peak(8_000), peak(48_000)
    assert six_times_longer < 2 * short, (short, six_times_longer)


OUT_OF_MEMORY = """
import resource, sys
from kg.cli import main
from kg.extract.nlp import load_model
from kg.ingest.language import detect_language
from kg.ingest import read_article


def read_articles(paths):
    for path in paths:
        detect_language(read_article(path))

load_model()
read_articles([sys.argv[1] + "/b.md"])  # the readers and the language model loaded before the limit
assert main(["build", sys.argv[1] + "/a.md", "--out", sys.argv[2] + "/warm", "--quiet", "--no-cache"]) == 0
size = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmSize:")) * 1024
# Enough for the short articles and the exports, far too little to parse 100,000 characters at once.
resource.setrlimit(resource.RLIMIT_AS, (size + 50 * 2**20, resource.RLIM_INFINITY))
sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2] + "/out", "--quiet", "--no-cache"]))
"""


def test_an_article_that_runs_out_of_memory_is_skipped_with_its_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: Treaty\n---\nFrance and Germany signed the treaty in Paris.\n")
    (corpus / "b.md").write_text("---\ntitle: A long transcript\n---\n" + _prose(250_000))
    (corpus / "c.md").write_text("---\ntitle: Resolution\n---\nChina proposed a resolution at the United Nations.\n")
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(OUT_OF_MEMORY), str(corpus), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 1, run.stderr
    long = read_article(corpus / "b.md")
    chars = sum(len(text) for _, text in long.texts)
    reason = f"ran out of memory while parsing its {chars:,} characters (give kg more memory, or split the file)"
    assert f"kg: skipped {corpus / 'b.md'}: {reason}" in run.stderr.splitlines()
    assert f"  {corpus / 'b.md'}: {reason}" in run.stdout.splitlines()
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 2 and report["skipped"] == [{"path": str(corpus / "b.md"), "reason": reason}]
    assert report["nodes"]["Nation"] == 3  # France, Germany (a.md) and China (c.md): the others were read


def _limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


@pytest.mark.slow
def test_a_long_article_under_a_3_gb_address_space_is_extracted_or_skipped_with_a_reason(tmp_path: Path) -> None:
    # 1 MB: ten parse batches, so the same bounded path as the 5 MB article (measured: exit 0,
    # 0.73 GB peak), at a fifth of the time (the 5 MB build takes over five minutes of CI).
    corpus = tmp_path / "in"
    corpus.mkdir()
    body = _prose(1_000_000) + "\n\nIn the end, Japan signed the Paris Agreement.\n"
    (corpus / "huge.md").write_text("---\ntitle: A very long transcript\n---\n" + body, encoding="utf-8")
    (corpus / "small.md").write_text("---\ntitle: Treaty\n---\nFrance and Germany signed the treaty in Paris.\n")
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
        preexec_fn=_limit_address_space,
    )
    assert "Traceback" not in run.stderr and "MemoryError" not in run.stderr, run.stderr[-3000:]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    if report["skipped"]:  # skipped, with its reason
        assert run.returncode == 1
        assert [item["path"] for item in report["skipped"]] == [str(corpus / "huge.md")]
        assert "ran out of memory" in report["skipped"][0]["reason"]
        assert report["articles"] == 1
    else:  # extracted whole: the last sentence was read too
        assert run.returncode == 0, run.stderr[-3000:]
        assert report["articles"] == 2
        graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
        assert "nation:JPN" in json.dumps(graph)


def test_an_extractor_bug_costs_its_article_and_the_others_keep_their_own_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from kg.extract import pipeline
    from kg.extract.stages import TEXT, active_stages

    files = []
    for name, text in [("a", "France and Germany signed the treaty in Paris."), ("b", "BROKEN"), ("c", "China")]:
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: {name}\n---\n{text} proposed a resolution at the United Nations.\n")
        files.append(read_article(path))
    real = TEXT.extract

    def failing_on_b(article, parsed):  # an extractor with a bug that shows on one article only
        for fact in real(article, parsed):
            if article.title == "b":
                raise ValueError("a bug")
            yield fact

    stages = tuple(replace(stage, extract=failing_on_b) if stage is TEXT else stage for stage in active_stages())
    monkeypatch.setattr(pipeline, "active_stages", lambda: stages)
    results = list(extract_articles(files))
    assert [type(item).__name__ for item in results] == ["ArticleFacts", "InputError", "ArticleFacts"]
    assert "ValueError: a bug" in results[1].reason and results[1].path == str(tmp_path / "b.md")
    assert any("CHN" in fact.id for fact in results[2].facts if hasattr(fact, "type")), results[2].facts


WH_REMARKS = (
    SEEDS.parent.parent
    / "shared/corpus/wh-briefings/speeches-remarks/2023-09/2023-09-27-remarks-by-president-biden-before-meeting-"
    "with-the-presidents-council-of-advisors-on-science-and-technology-san-francisco-ca.md"
)


@pytest.mark.parametrize("path", [SEEDS / "001_805a9d8221c42d30.txt", WH_REMARKS], ids=["wikinews-seed", "white-house"])
def test_each_evidence_sentence_is_the_text_its_offsets_point_at(path: Path) -> None:
    # A sentence's text is made once per doc and shared by every fact resting on it.
    if not path.exists():
        pytest.skip(f"{path} is not beside this checkout")
    article = read_article(path)
    texts = dict(article.texts)
    (facts,) = extract_articles([article])
    assert isinstance(facts, ArticleFacts)
    evidence = [p for p in (getattr(f, "provenance", None) for f in facts.facts) if p is not None and p.sentence]
    assert len({p.start for p in evidence}) > 3
    by_span: dict[tuple[str | None, int | None, int | None], str] = {}
    for provenance in evidence:
        assert provenance.part is not None and provenance.start is not None and provenance.end is not None
        assert provenance.sentence == " ".join(texts[provenance.part][provenance.start : provenance.end].split())
        shared = by_span.setdefault((provenance.part, provenance.start, provenance.end), provenance.sentence)
        assert shared is provenance.sentence
