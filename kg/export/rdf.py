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

import pyoxigraph as ox
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
    return URIRef(_node_iri(node_id))


def _node_iri(node_id: str) -> str:
    return ID + quote(node_id.replace(":", "/", 1), safe="/-._~")


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


def date_literal(value: str) -> ox.Literal | None:
    """An ISO 8601 date as a typed literal: xsd:dateTime, xsd:date, or (partial dates) xsd:gYearMonth, xsd:gYear.

    The value is kept as written ("…Z" stays "…Z": what the article said, and Oxigraph's form).

    >>> date_literal("2024-03-21").datatype.value == str(XSD.date)
    True
    >>> date_literal("2024-03").datatype.value == str(XSD.gYearMonth)
    True
    >>> date_literal("next Thursday") is None
    True
    """
    for pattern, datatype in _DATE_FORMS:
        if pattern.fullmatch(value):
            if datatype == XSD.dateTime and value.count(":") == 1:
                value = value.replace("Z", ":00Z") if value.endswith("Z") else value + ":00"
            return ox.Literal(value, datatype=_DATATYPES[datatype])
    return None


def to_rdf(graph: KnowledgeGraph) -> Graph:
    """The graph as an rdflib Graph with kg's prefixes bound."""
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for triple in triples(graph):
        rdf.add((URIRef(triple.subject.value), URIRef(triple.predicate.value), _rdflib_term(triple.object)))
    return rdf


def _rdflib_term(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype), normalize=False)


def triples(graph: KnowledgeGraph) -> Iterator[ox.Triple]:
    """Every triple of the RDF form, in a deterministic order, as pyoxigraph terms (fast to make,
    and what the streamed writers take)."""
    return _TripleWriter(graph).triples()


class _Term:
    """The IRIs of the vocabulary, made once."""

    def __init__(self) -> None:
        iri = ox.NamedNode
        self.type, self.label, self.alt_label = iri(str(RDF.type)), iri(str(RDFS.label)), iri(str(SKOS.altLabel))
        self.url, self.same_as = iri(str(SDO.url)), iri(str(OWL.sameAs))
        self.issued, self.date = iri(str(DCTERMS.issued)), iri(str(DCTERMS.date))
        self.subject, self.predicate, self.object = iri(str(RDF.subject)), iri(str(RDF.predicate)), iri(str(RDF.object))
        self.derived_from = iri(str(PROV.wasDerivedFrom))
        self.statement, self.evidence_class = iri(str(KG.Statement)), iri(str(KG.Evidence))
        self.evidence, self.confidence, self.extractor = (
            iri(str(KG.evidence)),
            iri(str(KG.confidence)),
            iri(str(KG.extractor)),
        )
        self.sentence, self.text_part = iri(str(KG.sentence)), iri(str(KG.textPart))
        self.char_start, self.char_end = iri(str(KG.charStart)), iri(str(KG.charEnd))
        self.title_unknown, self.publisher_unknown = iri(str(KG.titleUnknown)), iri(str(KG.publisherUnknown))
        self.true = ox.Literal("true", datatype=iri(str(XSD.boolean)))
        self.decimal, self.integer = iri(str(XSD.decimal)), iri(str(XSD.integer))
        self.properties = {key: iri(str(prop)) for key, prop in _NODE_PROPERTIES.items()}


_XSD_STRING = str(XSD.string)
_DATATYPES = {datatype: ox.NamedNode(str(datatype)) for _, datatype in _DATE_FORMS}
_NODE_PROPERTIES = {
    "title": DCTERMS.title,
    "excerpt": DCTERMS.abstract,
    "domain": KG.domain,
    "iso3": KG.iso3,
    "source_path": KG.sourcePath,
}


class _TripleWriter:
    """Makes the triples of one graph; node IRIs and predicates are made once each."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.term = _Term()
        self._nodes: dict[str, ox.NamedNode] = {}
        self._predicates: dict[str, ox.NamedNode] = {}

    def node(self, node_id: str) -> ox.NamedNode:
        named = self._nodes.get(node_id)
        if named is None:
            named = self._nodes[node_id] = ox.NamedNode(_node_iri(node_id))
        return named

    def predicate(self, relation: str) -> ox.NamedNode:
        named = self._predicates.get(relation)
        if named is None:
            named = self._predicates[relation] = ox.NamedNode(str(predicate(relation)))
        return named

    def triples(self) -> Iterator[ox.Triple]:
        graph, term = self.graph, self.term
        edges = graph.sorted_edges()
        published = {source for source, _, data in edges if data["relation"] == vocab.REPORTED_BY}
        for node_id, data in graph.sorted_nodes():
            yield from self._node_triples(node_id, data)
            if data["type"] == vocab.ARTICLE:
                # What the source does not say is stated as unknown, so that a shape can tell
                # "no publisher given" from "publisher lost on the way".
                if not data.get("title"):
                    yield ox.Triple(self.node(node_id), term.title_unknown, term.true)
                if node_id not in published:
                    yield ox.Triple(self.node(node_id), term.publisher_unknown, term.true)
        # The nodes' IRIs were needed once each; the edges need their endpoints' again.
        for source, target, data in edges:
            yield from self._edge_triples(source, target, data)

    def _node_triples(self, node_id: str, data: dict[str, Any]) -> Iterator[ox.Triple]:
        term, subject, triple = self.term, self.node(node_id), ox.Triple
        yield triple(subject, term.type, ox.NamedNode(KG + str(data["type"])))
        yield triple(subject, term.label, ox.Literal(clean_literal(str(data["label"]))))
        for alias in data.get("aliases", []):
            yield triple(subject, term.alt_label, ox.Literal(clean_literal(alias)))
        for key, prop in term.properties.items():
            if data.get(key):
                yield triple(subject, prop, ox.Literal(clean_literal(str(data[key]))))
        if data.get("url"):
            yield triple(subject, term.url, ox.NamedNode(data["url"]))
        for key, prop in (("published", term.issued), ("date", term.date)):
            literal = date_literal(str(data[key])) if data.get(key) else None
            if literal is not None:
                yield triple(subject, prop, literal)
        if data.get("wikidata"):
            yield triple(subject, term.same_as, ox.NamedNode(WD + data["wikidata"]))

    def _edge_triples(self, source: str, target: str, data: dict[str, Any]) -> Iterator[ox.Triple]:
        term, triple = self.term, ox.Triple
        subject, prop, obj = self.node(source), self.predicate(data["relation"]), self.node(target)
        yield triple(subject, prop, obj)
        statement_iri = ID + "statement/" + digest(source, data["relation"], target)
        statement = ox.NamedNode(statement_iri)
        yield triple(statement, term.type, term.statement)
        yield triple(statement, term.subject, subject)
        yield triple(statement, term.predicate, prop)
        yield triple(statement, term.object, obj)
        sources: list[Provenance] = data["sources"]
        yield triple(statement, term.confidence, self._decimal(max(s.confidence for s in sources)))
        for article in sorted({s.article for s in sources}):
            yield triple(statement, term.derived_from, self.node(article))
        date = date_literal(str(data["date"])) if data.get("date") else None
        if date is not None:
            yield triple(statement, term.date, date)
        for evidence in sources:
            yield from self._evidence_triples(statement_iri, statement, evidence)

    def _evidence_triples(
        self, statement_iri: str, statement: ox.NamedNode, evidence: Provenance
    ) -> Iterator[ox.Triple]:
        term, triple = self.term, ox.Triple
        node = ox.NamedNode(
            ID
            + "evidence/"
            + digest(
                statement_iri,
                evidence.article,
                evidence.extractor,
                evidence.part or "",
                str(evidence.start),
                evidence.sentence or "",
            )
        )
        yield triple(statement, term.evidence, node)
        yield triple(node, term.type, term.evidence_class)
        yield triple(node, term.derived_from, self.node(evidence.article))
        yield triple(node, term.extractor, ox.Literal(evidence.extractor))
        yield triple(node, term.confidence, self._decimal(evidence.confidence))
        if evidence.sentence:
            yield triple(node, term.sentence, ox.Literal(clean_literal(evidence.sentence)))
        if evidence.part:
            yield triple(node, term.text_part, ox.Literal(evidence.part))
        if evidence.start is not None and evidence.end is not None:
            yield triple(node, term.char_start, ox.Literal(str(evidence.start), datatype=term.integer))
            yield triple(node, term.char_end, ox.Literal(str(evidence.end), datatype=term.integer))

    def _decimal(self, value: float) -> ox.Literal:
        return ox.Literal(str(round(value, 3)), datatype=self.term.decimal)
