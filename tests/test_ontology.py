"""ontology/kg.ttl declares every term the exports use; ontology/shapes.ttl accepts the seeds and rejects bad graphs."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from kg import vocab
from kg.export.rdf import KG, predicate
from kg.resources import ontology_dir

# Vocabularies the export may use without declaring them: W3C, Dublin Core, schema.org.
STANDARD = (
    str(RDF),
    str(RDFS),
    str(OWL),
    str(XSD),
    "http://www.w3.org/2004/02/skos/core#",
    str(DCTERMS),
    str(PROV),
    str(SDO),
)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "kg.ttl")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl")


@pytest.fixture(scope="module")
def seed_rdf(seed_exports: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(seed_exports / "graph.ttl")


def _declared(ontology: rdflib.Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {term for kind in kinds for term in ontology.subjects(RDF.type, kind) if isinstance(term, URIRef)}


@pytest.mark.parametrize("node_type", vocab.NODE_TYPES)
def test_every_node_type_is_a_class(ontology: rdflib.Graph, node_type: str) -> None:
    assert (KG[node_type], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("relation", vocab.RELATIONS)
def test_every_relation_is_an_object_property(ontology: rdflib.Graph, relation: str) -> None:
    assert (predicate(relation), RDF.type, OWL.ObjectProperty) in ontology


def test_every_declared_term_has_an_english_label_and_comment(ontology: rdflib.Graph) -> None:
    declared = _declared(ontology)
    assert len(declared) > 40
    for term in declared:
        assert str(term).startswith(str(KG)), term
        for prop in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, prop))
            assert len(values) == 1 and values[0].language == "en", (term, prop)


@pytest.mark.parametrize(
    ("term", "relation", "standard"),
    [
        (KG.Article, RDFS.subClassOf, SDO.NewsArticle),
        (KG.Publisher, RDFS.subClassOf, SDO.Organization),
        (KG.Institution, RDFS.subClassOf, SDO.Organization),
        (KG.Nation, RDFS.subClassOf, SDO.Country),
        (KG.Event, RDFS.subClassOf, SDO.Event),
        (KG.Agreement, RDFS.subClassOf, SDO.Legislation),
        (KG.Person, OWL.equivalentClass, SDO.Person),
        (KG.Statement, RDFS.subClassOf, RDF.Statement),
        (KG.Statement, RDFS.subClassOf, PROV.Entity),
        (KG.reportedBy, RDFS.subPropertyOf, DCTERMS.publisher),
        (KG.authoredBy, RDFS.subPropertyOf, DCTERMS.creator),
        (KG.coSponsored, RDFS.subPropertyOf, KG.action),
    ],
)
def test_terms_are_aligned_to_standard_vocabularies(
    ontology: rdflib.Graph, term: URIRef, relation: URIRef, standard: URIRef
) -> None:
    assert (term, relation, standard) in ontology


def test_every_class_and_predicate_of_the_export_is_declared_or_standard(
    ontology: rdflib.Graph, seed_rdf: rdflib.Graph
) -> None:
    declared = _declared(ontology)
    used = set(seed_rdf.predicates()) | set(seed_rdf.objects(None, RDF.type))
    assert KG.Statement in used and KG.evidence in used
    undeclared = {term for term in used if term not in declared and not str(term).startswith(STANDARD)}
    assert not undeclared


def test_the_ontology_is_valid_owl_in_oxigraph_too() -> None:
    import pyoxigraph

    quads = list(pyoxigraph.parse(path=str(ontology_dir() / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(rdflib.Graph().parse(ontology_dir() / "kg.ttl"))


# "none": the export as written; "rdfs": what a store with RDFS reasoning over kg.ttl sees.
INFERENCE = ("none", "rdfs")


def _validate(graph: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph, inference: str) -> tuple[bool, str]:
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference=inference)
    return bool(conforms), str(report)


@pytest.mark.parametrize("inference", INFERENCE)
def test_the_seeds_export_conforms_to_the_shapes(
    seed_rdf: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph, inference: str
) -> None:
    conforms, report = _validate(seed_rdf, shapes, ontology, inference)
    assert conforms, report


def _rdfs_closure(*graphs: rdflib.Graph) -> rdflib.Graph:
    import owlrl

    closure = rdflib.Graph()
    for graph in graphs:
        for triple in graph:
            closure.add(triple)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(closure)
    return closure


def test_rdfs_entailment_adds_to_each_node_only_its_own_class_and_its_superclasses(
    seed_rdf: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    closure = _rdfs_closure(seed_rdf, ontology)
    kg_classes = set(ontology.subjects(RDF.type, OWL.Class))
    ancestors = {cls: set(_rdfs_closure(ontology).objects(cls, RDFS.subClassOf)) for cls in kg_classes}
    typed = set(seed_rdf.subjects(RDF.type, None))
    assert len(typed) > 100
    for node in typed:
        own = {cls for cls in seed_rdf.objects(node, RDF.type) if cls in kg_classes}
        allowed = own.union(*(ancestors[cls] for cls in own))
        assert {cls for cls in closure.objects(node, RDF.type) if cls in kg_classes} <= allowed, node


def test_under_rdfs_entailment_the_sources_of_a_statement_are_still_its_articles(
    seed_rdf: rdflib.Graph, ontology: rdflib.Graph
) -> None:
    closure = _rdfs_closure(seed_rdf, ontology)
    statements = sorted(seed_rdf.subjects(RDF.type, KG.Statement))
    assert statements
    for statement in statements:
        assert set(closure.objects(statement, PROV.wasDerivedFrom)) == set(
            seed_rdf.objects(statement, PROV.wasDerivedFrom)
        )
        sources = set(closure.objects(statement, PROV.wasDerivedFrom))
        assert sources and all((source, RDF.type, KG.Article) in seed_rdf for source in sources)
        evidence = set(seed_rdf.objects(statement, KG.evidence))
        assert evidence and evidence <= set(closure.objects(statement, PROV.wasInfluencedBy))


def _first_article_with(graph: rdflib.Graph, prop: URIRef) -> URIRef:
    return sorted(s for s in graph.subjects(prop, None) if (s, RDF.type, KG.Article) in graph)[0]


def _drop_title(graph: rdflib.Graph) -> None:
    article = _first_article_with(graph, DCTERMS.title)
    graph.remove((article, DCTERMS.title, None))


def _drop_publisher(graph: rdflib.Graph) -> None:
    article = _first_article_with(graph, KG.reportedBy)
    graph.remove((article, KG.reportedBy, None))


def _drop_statement_sources(graph: rdflib.Graph) -> None:
    statement = sorted(graph.subjects(RDF.type, KG.Statement))[0]
    graph.remove((statement, PROV.wasDerivedFrom, None))


def _untyped_date(graph: rdflib.Graph) -> None:
    article, _, date = sorted(graph.triples((None, DCTERMS.issued, None)))[0]
    graph.set((article, DCTERMS.issued, Literal(str(date))))


def _evidence_without_extractor(graph: rdflib.Graph) -> None:
    evidence = sorted(graph.subjects(RDF.type, KG.Evidence))[0]
    graph.remove((evidence, KG.extractor, None))


def _bad_wikidata_link(graph: rdflib.Graph) -> None:
    publisher = sorted(graph.subjects(RDF.type, KG.Publisher))[0]
    graph.add((publisher, OWL.sameAs, URIRef("https://example.org/not-wikidata")))


@pytest.mark.parametrize(
    "damage",
    [
        _drop_title,
        _drop_publisher,
        _drop_statement_sources,
        _untyped_date,
        _evidence_without_extractor,
        _bad_wikidata_link,
    ],
)
@pytest.mark.parametrize("inference", INFERENCE)
def test_the_shapes_reject_a_damaged_export(
    seed_rdf: rdflib.Graph,
    shapes: rdflib.Graph,
    ontology: rdflib.Graph,
    damage,  # type: ignore[no-untyped-def]
    inference: str,
) -> None:
    graph = rdflib.Graph()
    for triple in seed_rdf:
        graph.add(triple)
    damage(graph)
    conforms, _ = _validate(graph, shapes, ontology, inference)
    assert not conforms
