"""SPARQL: the bundled queries give the same answers on Oxigraph and rdflib, and the right ones, over the seeds."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.cli import main
from kg.query import Term, bundled_queries, run_query

EXPECTED_VARIABLES = {
    "cosponsors": ("actor", "actorLabel", "agreement", "agreementLabel", "article"),
    "reported_by": ("article", "title", "publisher", "publisherName", "date"),
    "timeline": ("date", "event", "eventLabel", "actorLabel"),
    "sources_for_claim": ("article", "sentence"),
    "publishers_per_agreement": ("agreementLabel", "publishers"),
    "independent_sources": ("actor", "actorLabel", "agreement", "agreementLabel", "stories", "articles"),
}
ORDERED = ("timeline", "reported_by", "cosponsors", "independent_sources")
CHINA = "https://w3id.org/kg/id/nation/CHN"


def _value(term: Term | None) -> object:
    """A term by value: Oxigraph writes typed literals in canonical form ("1.0" -> "1"), rdflib as read."""
    if term is None or term.kind != "literal":
        return term
    return (Literal(term.value, datatype=term.datatype, lang=term.language).toPython(), term.datatype)


def _values(rows: list[tuple[Term | None, ...]]) -> list[tuple[object, ...]]:
    return [tuple(_value(term) for term in row) for row in rows]


def test_the_bundled_queries_are_the_documented_six() -> None:
    assert set(bundled_queries()) == set(EXPECTED_VARIABLES)


@pytest.mark.parametrize("name", sorted(EXPECTED_VARIABLES))
def test_each_query_starts_with_a_comment_saying_what_it_answers(name: str) -> None:
    lines = bundled_queries()[name].read_text(encoding="utf-8").splitlines()
    comment = " ".join(line for line in lines[: next(i for i, ln in enumerate(lines) if not ln.startswith("#"))])
    assert lines[0].startswith("# ") and "?" in comment, lines[0]


@pytest.mark.parametrize("name", sorted(EXPECTED_VARIABLES))
def test_oxigraph_and_rdflib_give_the_same_answers(seed_exports: Path, name: str) -> None:
    oxigraph = run_query(seed_exports, name, engine="oxigraph")
    rdflib = run_query(seed_exports, name, engine="rdflib")
    assert oxigraph.variables == rdflib.variables == EXPECTED_VARIABLES[name]
    if name in ORDERED:
        assert _values(oxigraph.rows) == _values(rdflib.rows)
    else:
        assert sorted(map(repr, _values(oxigraph.rows))) == sorted(map(repr, _values(rdflib.rows)))


def test_reported_by_names_each_articles_publisher(seed_exports: Path) -> None:
    rows = {str(row[0]): row for row in run_query(seed_exports, "reported_by").rows}
    securityweek = [row for row in rows.values() if str(row[3]) == "SecurityWeek"]
    assert len(securityweek) == 1
    article, title, publisher, _, date = securityweek[0]
    assert str(article).startswith("https://w3id.org/kg/id/article/")
    assert str(title) == "US Spearheads First UN Resolution on Artificial Intelligence"
    assert str(publisher) == "https://w3id.org/kg/id/publisher/securityweek.com"
    assert date is not None and date.value.startswith("2024-03-13")
    assert len(rows) >= 10


def test_the_timeline_is_in_date_order(seed_exports: Path) -> None:
    dates = [str(row[0]) for row in run_query(seed_exports, "timeline").rows]
    assert dates == sorted(dates)


def test_china_co_sponsored_the_un_ai_resolution_according_to_an_article(seed_exports: Path) -> None:
    rows = run_query(seed_exports, "cosponsors").rows
    china = [row for row in rows if str(row[0]) == CHINA]
    assert china, "no co-sponsorship by China (needs the relation extraction)"
    assert any("resolution" in str(row[3]).lower() for row in china)
    articles = {str(row[4]) for row in china}
    assert all(article.startswith("https://w3id.org/kg/id/article/") for article in articles)


def test_sources_for_the_claim_quote_the_sentence(seed_exports: Path) -> None:
    rows = run_query(seed_exports, "sources_for_claim").rows
    assert rows, "no source for 'China co-sponsored the resolution' (needs the relation extraction)"
    sentences = [str(row[1]) for row in rows if row[1] is not None]
    assert any("China" in sentence and "co-sponsor" in sentence.lower() for sentence in sentences)


def test_several_publishers_reported_the_un_ai_resolution(seed_exports: Path) -> None:
    rows = run_query(seed_exports, "publishers_per_agreement").rows
    counts = {str(label): int(str(count)) for label, count in rows}
    assert any("resolution" in label.lower() and count >= 2 for label, count in counts.items()), counts


def test_a_query_can_be_a_string_with_kgs_prefixes_predeclared(seed_exports: Path) -> None:
    result = run_query(seed_exports / "graph.ttl", "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }")
    assert result.variables == ("n",) and int(str(result.rows[0][0])) >= 10


def test_ask_and_construct_queries(seed_exports: Path) -> None:
    ask = run_query(seed_exports, "ASK { ?a kg:reportedBy ?p }", engine="rdflib")
    assert str(ask.rows[0][0]) == "true"
    built = run_query(seed_exports, "CONSTRUCT { ?p a schema:Organization } WHERE { ?p a kg:Publisher }")
    assert built.variables == ("subject", "predicate", "object") and len(built.rows) >= 10


def test_the_jsonld_export_answers_like_the_turtle(seed_exports: Path) -> None:
    from_turtle = run_query(seed_exports / "graph.ttl", "reported_by")
    from_jsonld = run_query(seed_exports / "graph.jsonld", "reported_by")
    assert _values(from_turtle.rows) == _values(from_jsonld.rows)


@pytest.mark.parametrize("output", ["table", "csv", "json"])
def test_kg_query_prints_table_csv_and_json(
    seed_exports: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", str(seed_exports), "reported_by", "--format", output]) == 0
    text = capsys.readouterr().out
    if output == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == list(EXPECTED_VARIABLES["reported_by"]) and len(rows) > 10
        assert any(row[3] == "SecurityWeek" for row in rows)
    elif output == "json":
        answer = json.loads(text)
        assert answer["head"]["vars"] == list(EXPECTED_VARIABLES["reported_by"])
        first = answer["results"]["bindings"][0]
        assert first["article"]["type"] == "uri" and first["publisherName"]["type"] == "literal"
    else:
        assert text.splitlines()[0].split() == list(EXPECTED_VARIABLES["reported_by"])
        assert "kgid:publisher/securityweek.com" in text


def test_kg_query_reads_a_rq_file(seed_exports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = tmp_path / "publishers.rq"
    query.write_text("SELECT ?name WHERE { ?p a kg:Publisher ; rdfs:label ?name } ORDER BY ?name", encoding="utf-8")
    assert main(["query", str(seed_exports / "graph.ttl"), str(query), "--format", "csv"]) == 0
    names = capsys.readouterr().out.splitlines()[1:]
    assert "SecurityWeek" in names and names == sorted(names)


@pytest.mark.parametrize(
    ("graph", "query", "message"),
    [
        ("missing-folder", "cosponsors", "no such file"),
        (".", "cosponsors", "no graph.ttl"),
        (None, "SELECT ?x WHERE {", "SPARQL syntax error"),
        (None, "missing.rq", "no such query file"),
    ],
)
def test_kg_query_reports_bad_input_in_one_line(
    seed_exports: Path,
    tmp_path: Path,
    graph: str | None,
    query: str,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = str(seed_exports) if graph is None else str(tmp_path / graph)
    assert main(["query", target, query]) == 2
    error = capsys.readouterr().err
    assert message in error and len(error.strip().splitlines()) == 1


def test_literal_and_iri_terms_convert_alike() -> None:
    assert _value(Term("literal", "1.0", "http://www.w3.org/2001/XMLSchema#decimal")) == _value(
        Term("literal", "1", "http://www.w3.org/2001/XMLSchema#decimal")
    )
    assert str(Term("uri", str(URIRef(CHINA)))) == CHINA
