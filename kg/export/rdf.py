"""The RDF form of a KnowledgeGraph (ontology/kg.ttl terms), shared by the RDF exporters.

Each edge is a plain triple (`:usa kg:coSponsored :resolution`) and, for its provenance, a
`kg:Statement` (an `rdf:Statement`) that reifies it, with one `prov:wasDerivedFrom` per article
and the sentence, offsets, extractor and confidence of each piece of evidence (a `kg:Evidence`).
Why reification and not RDF-star or named graphs: see ontology/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from kg import vocab
from kg.extract.facts import Provenance
from kg.graph import KnowledgeGraph
from kg.ingest.article import digest

KG = Namespace("https://w3id.org/kg/ns#")
ID = Namespace("https://w3id.org/kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {
    "kg": KG,
    "kgid": ID,
    "schema": SDO,
    "dcterms": DCTERMS,
    "prov": PROV,
    "owl": OWL,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
    "wd": WD,
}
# Characters XML 1.0 and Turtle readers reject in literals.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def node_iri(node_id: str) -> URIRef:
    """The IRI of a node: the id, percent-encoded, under the `kgid:` namespace."""
    return URIRef(ID + quote(node_id.replace(":", "/", 1), safe="/-._~"))


def predicate(relation: str) -> URIRef:
    """`co-sponsored` -> kg:coSponsored: relation names as camelCase properties."""
    head, *rest = relation.split("-")
    return KG[head + "".join(word.capitalize() for word in rest)]


def clean_literal(text: str) -> str:
    """Drop characters no RDF/XML reader accepts; everything else is escaped by the writer."""
    return _FORBIDDEN.sub("", text)


# ISO 8601 forms kg writes, and their XSD datatype; anything else is not written as a date.
_DATE_FORMS = (
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?"), XSD.dateTime),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
)


def date_literal(value: str) -> Literal | None:
    """An ISO 8601 date as a typed literal: xsd:dateTime, xsd:date, or (partial dates) xsd:gYearMonth, xsd:gYear.

    >>> date_literal("2024-03-21").datatype == XSD.date, date_literal("2024-03").datatype == XSD.gYearMonth
    (True, True)
    >>> date_literal("next Thursday") is None
    True
    """
    for pattern, datatype in _DATE_FORMS:
        if pattern.fullmatch(value):
            if datatype == XSD.dateTime and value.count(":") == 1:
                value = value.replace("Z", ":00Z") if value.endswith("Z") else value + ":00"
            # As written, not rdflib's normal form: "…Z" stays "…Z" (what the article said, and Oxigraph's form).
            return Literal(value, datatype=datatype, normalize=False)
    return None


def to_rdf(graph: KnowledgeGraph) -> Graph:
    """The graph as an rdflib Graph with kg's prefixes bound."""
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for triple in triples(graph):
        rdf.add(triple)
    return rdf


def triples(graph: KnowledgeGraph) -> Iterator[tuple[URIRef, URIRef, Any]]:
    """Every triple of the RDF form, in a deterministic order."""
    edges = graph.sorted_edges()
    published = {source for source, _, data in edges if data["relation"] == vocab.REPORTED_BY}
    for node_id, data in graph.sorted_nodes():
        yield from _node_triples(node_id, data)
        if data["type"] == vocab.ARTICLE:
            # What the source does not say is stated as unknown, so that a shape can tell
            # "no publisher given" from "publisher lost on the way".
            if not data.get("title"):
                yield node_iri(node_id), KG.titleUnknown, Literal(True)
            if node_id not in published:
                yield node_iri(node_id), KG.publisherUnknown, Literal(True)
    for source, target, data in edges:
        yield from _edge_triples(source, target, data)


_NODE_PROPERTIES = {
    "title": DCTERMS.title,
    "excerpt": DCTERMS.abstract,
    "domain": KG.domain,
    "iso3": KG.iso3,
    "source_path": KG.sourcePath,
}


def _node_triples(node_id: str, data: dict[str, Any]) -> Iterator[tuple[URIRef, URIRef, Any]]:
    subject = node_iri(node_id)
    yield subject, RDF.type, KG[str(data["type"])]
    yield subject, RDFS.label, Literal(clean_literal(str(data["label"])))
    for alias in data.get("aliases", []):
        yield subject, SKOS.altLabel, Literal(clean_literal(alias))
    for key, prop in _NODE_PROPERTIES.items():
        if data.get(key):
            yield subject, prop, Literal(clean_literal(str(data[key])))
    if data.get("url"):
        yield subject, SDO.url, URIRef(data["url"])
    for key, prop in (("published", DCTERMS.issued), ("date", DCTERMS.date)):
        literal = date_literal(str(data[key])) if data.get(key) else None
        if literal is not None:
            yield subject, prop, literal
    if data.get("wikidata"):
        yield subject, OWL.sameAs, WD[data["wikidata"]]


def _edge_triples(source: str, target: str, data: dict[str, Any]) -> Iterator[tuple[URIRef, URIRef, Any]]:
    subject, prop, obj = node_iri(source), predicate(data["relation"]), node_iri(target)
    yield subject, prop, obj
    statement = ID["statement/" + digest(source, data["relation"], target)]
    yield statement, RDF.type, KG.Statement
    yield statement, RDF.subject, subject
    yield statement, RDF.predicate, prop
    yield statement, RDF.object, obj
    sources: list[Provenance] = data["sources"]
    yield statement, KG.confidence, Literal(round(max(s.confidence for s in sources), 3), datatype=XSD.decimal)
    for article in sorted({s.article for s in sources}):
        yield statement, PROV.wasDerivedFrom, node_iri(article)
    date = date_literal(str(data["date"])) if data.get("date") else None
    if date is not None:
        yield statement, DCTERMS.date, date
    for evidence in sources:
        yield from _evidence_triples(statement, evidence)


def _evidence_triples(statement: URIRef, evidence: Provenance) -> Iterator[tuple[URIRef, URIRef, Any]]:
    node = ID[
        "evidence/"
        + digest(
            str(statement),
            evidence.article,
            evidence.extractor,
            evidence.part or "",
            str(evidence.start),
            evidence.sentence or "",
        )
    ]
    yield statement, KG.evidence, node
    yield node, RDF.type, KG.Evidence
    yield node, PROV.wasDerivedFrom, node_iri(evidence.article)
    yield node, KG.extractor, Literal(evidence.extractor)
    yield node, KG.confidence, Literal(round(evidence.confidence, 3), datatype=XSD.decimal)
    if evidence.sentence:
        yield node, KG.sentence, Literal(clean_literal(evidence.sentence))
    if evidence.part:
        yield node, KG.textPart, Literal(evidence.part)
    if evidence.start is not None and evidence.end is not None:
        yield node, KG.charStart, Literal(evidence.start, datatype=XSD.integer)
        yield node, KG.charEnd, Literal(evidence.end, datatype=XSD.integer)
