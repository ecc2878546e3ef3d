"""The RDF mapping: plain triples, reified provenance, identity links, dates; Turtle and JSON-LD say the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib import OWL, RDF, XSD, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV

from kg.export.jsonld import write_jsonld
from kg.export.rdf import KG, WD, node_iri, to_rdf
from kg.export.turtle import write_turtle
from kg.facts import Provenance
from kg.graph import KnowledgeGraph
from kg.query import run_query

SENTENCE = "The resolution had 121 co-sponsors including China."


def small_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_node("article:a1", "Article", "UN adopts AI resolution", title="UN adopts AI resolution")
    graph.add_node("article:a2", "Article", "The UN General Assembly adopted …")
    graph.add_node("publisher:apnews.com", "Publisher", "Associated Press", domain="apnews.com")
    graph.add_node("nation:CHN", "Nation", "China", ["PRC"], iso3="CHN", wikidata="Q148")
    graph.add_node("agreement:un-ai-resolution", "Agreement", "UN AI resolution", date="2024-03-21")
    graph.add_node("event:vote", "Event", "General Assembly vote", date="2024-03")
    graph.add_edge("article:a1", "reported-by", "publisher:apnews.com", Provenance("article:a1", "metadata"))
    for article, start in (("article:a1", 10), ("article:a2", 0)):
        evidence = Provenance(article, "relations", SENTENCE, "body", start, start + len(SENTENCE), 0.8)
        graph.add_edge("nation:CHN", "co-sponsored", "agreement:un-ai-resolution", evidence)
    graph.add_edge("event:vote", "agent", "nation:CHN", Provenance("article:a2", "events", confidence=0.6))
    return graph


@pytest.fixture(scope="module")
def rdf() -> rdflib.Graph:
    return to_rdf(small_graph())


def test_each_edge_is_a_plain_triple(rdf: rdflib.Graph) -> None:
    assert (node_iri("nation:CHN"), KG.coSponsored, node_iri("agreement:un-ai-resolution")) in rdf


def test_each_edge_is_reified_with_its_sources_and_evidence(rdf: rdflib.Graph) -> None:
    statements = list(rdf.subjects(RDF.predicate, KG.coSponsored))
    assert len(statements) == 1
    statement = statements[0]
    assert (statement, RDF.type, KG.Statement) in rdf
    assert rdf.value(statement, RDF.subject) == node_iri("nation:CHN")
    assert set(rdf.objects(statement, PROV.wasDerivedFrom)) == {node_iri("article:a1"), node_iri("article:a2")}
    evidence = sorted(rdf.objects(statement, KG.evidence))
    assert len(evidence) == 2
    offsets = {(rdf.value(e, PROV.wasDerivedFrom), rdf.value(e, KG.charStart).toPython()) for e in evidence}
    assert offsets == {(node_iri("article:a1"), 10), (node_iri("article:a2"), 0)}
    for node in evidence:
        assert str(rdf.value(node, KG.sentence)) == SENTENCE
        assert str(rdf.value(node, KG.extractor)) == "relations"
        assert rdf.value(node, KG.confidence) == Literal("0.8", datatype=XSD.decimal)
        assert rdf.value(node, KG.charEnd).toPython() - rdf.value(node, KG.charStart).toPython() == len(SENTENCE)


def test_linked_entities_carry_wikidata_and_iso_codes(rdf: rdflib.Graph) -> None:
    china = node_iri("nation:CHN")
    assert (china, OWL.sameAs, WD.Q148) in rdf
    assert (china, KG.iso3, Literal("CHN")) in rdf
    assert (node_iri("publisher:apnews.com"), KG.domain, Literal("apnews.com")) in rdf


def test_what_an_article_does_not_say_is_stated_as_unknown(rdf: rdflib.Graph) -> None:
    stated, unstated = node_iri("article:a1"), node_iri("article:a2")
    assert (stated, KG.publisherUnknown, None) not in rdf and (stated, KG.titleUnknown, None) not in rdf
    assert (unstated, KG.publisherUnknown, Literal(True)) in rdf
    assert (unstated, KG.titleUnknown, Literal(True)) in rdf


def test_dates_are_typed_by_precision(rdf: rdflib.Graph) -> None:
    assert rdf.value(node_iri("agreement:un-ai-resolution"), DCTERMS.date).datatype == XSD.date
    assert rdf.value(node_iri("event:vote"), DCTERMS.date).datatype == XSD.gYearMonth


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_sources_of_a_claim_are_queryable_in_both_engines(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "g.ttl"
    write_turtle(small_graph(), path)
    result = run_query(path, "sources_for_claim", engine=engine)  # type: ignore[arg-type]
    assert sorted((str(article), str(sentence)) for article, sentence in result.rows) == [
        (str(node_iri("article:a1")), SENTENCE),
        (str(node_iri("article:a2")), SENTENCE),
    ]


def test_jsonld_holds_the_same_triples_as_turtle(tmp_path: Path) -> None:
    write_turtle(small_graph(), tmp_path / "g.ttl")
    write_jsonld(small_graph(), tmp_path / "g.jsonld")
    turtle = rdflib.Graph().parse(tmp_path / "g.ttl")
    jsonld = rdflib.Graph().parse(tmp_path / "g.jsonld", format="json-ld")
    assert isomorphic(turtle, jsonld)
    in_oxigraph = set(pyoxigraph.parse(path=str(tmp_path / "g.jsonld"), format=pyoxigraph.RdfFormat.JSON_LD))
    assert len(in_oxigraph) == len(turtle)


def test_jsonld_uses_the_ontology_terms_through_its_context(tmp_path: Path) -> None:
    write_jsonld(small_graph(), tmp_path / "g.jsonld")
    text = (tmp_path / "g.jsonld").read_text(encoding="utf-8")
    assert '"@vocab": "https://w3id.org/kg/ns#"' in text and '"coSponsored"' in text and '"Statement"' in text


def test_jsonld_is_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from test_rdf import small_graph; from kg.export.jsonld import write_jsonld;"
        "write_jsonld(small_graph(), sys.argv[1])"
    )
    here = str(Path(__file__).resolve().parent)
    for seed in ("1", "2", "3"):
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / f"{seed}.jsonld"), here], check=True, env=env)
    first = (tmp_path / "1.jsonld").read_bytes()
    assert first == (tmp_path / "2.jsonld").read_bytes() == (tmp_path / "3.jsonld").read_bytes()


def test_the_seeds_jsonld_export_matches_the_turtle(seed_exports: Path) -> None:
    turtle = rdflib.Graph().parse(seed_exports / "graph.ttl")
    jsonld = rdflib.Graph().parse(seed_exports / "graph.jsonld", format="json-ld")
    assert len(turtle) > 100 and isomorphic(turtle, jsonld)


def test_no_context_key_shadows_a_kg_term() -> None:
    from kg.export.jsonld import context
    from kg.resources import ontology_dir

    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl")
    kg_names = {str(term)[len(str(KG)) :] for term in ontology.subjects() if str(term).startswith(str(KG))}
    shadowing = {key for key, value in context().items() if key in kg_names and value != str(KG) + key}
    assert not shadowing
