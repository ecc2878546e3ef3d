"""The RDF form of a KnowledgeGraph (ontology/kg.ttl terms), shared by the RDF exporters.

Each edge is a plain triple (`:usa kg:coSponsored :resolution`) and, for its provenance, a
`kg:Statement` (an `rdf:Statement`) that reifies it, with one `prov:wasDerivedFrom` per article
and the sentence, offsets, extractor and confidence of each piece of evidence (a `kg:Evidence`).
Why reification and not RDF-star or named graphs: see ontology/README.md.

The streamed writers read `descriptions` (plain strings): rdflib is imported only by what hands
out rdflib terms (`to_rdf`, `node_iri`, `predicate`, and the `KG`, `ID`, `WD` and `PREFIXES`
namespaces), so a build that writes the exports never loads it.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

import pyoxigraph as ox

from kg import namespaces, vocab
from kg.facts import Provenance
from kg.graph import KnowledgeGraph
from kg.ids import digest

if TYPE_CHECKING:
    from rdflib import Graph, Literal, URIRef

_RDF, _RDFS, _OWL, _SKOS, _XSD = (namespaces.PREFIXES[p] for p in ("rdf", "rdfs", "owl", "skos", "xsd"))
_DCTERMS, _PROV, _SDO = (namespaces.PREFIXES[p] for p in ("dcterms", "prov", "schema"))


def __getattr__(name: str) -> Any:
    """`KG`, `ID`, `WD` (rdflib Namespaces of kg's terms, nodes and Wikidata) and `PREFIXES` (every
    prefix's rdflib Namespace), made when first asked for: importing rdflib takes a while."""
    if name not in ("KG", "ID", "WD", "PREFIXES"):  # (the import system asks for `__path__` and the like)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rdflib import Namespace

    if name == "PREFIXES":
        return {prefix: Namespace(iri) for prefix, iri in namespaces.PREFIXES.items()}
    return Namespace(getattr(namespaces, name))


# Characters XML 1.0 and Turtle readers reject in literals.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def node_iri(node_id: str) -> URIRef:
    """The IRI of a node: the id, percent-encoded, under the `kgid:` namespace."""
    from rdflib import URIRef

    return URIRef(_node_iri(node_id))


def _node_iri(node_id: str) -> str:
    return ID_IRI + quote(node_id.replace(":", "/", 1), safe="/-._~")


def predicate(relation: str) -> URIRef:
    """`co-sponsored` -> kg:coSponsored: relation names as camelCase properties."""
    from rdflib import URIRef

    return URIRef(_predicate_iri(relation))


def _predicate_iri(relation: str) -> str:
    head, *rest = relation.split("-")
    return KG_IRI + head + "".join(word.capitalize() for word in rest)


def clean_literal(text: str) -> str:
    """Drop characters no RDF/XML reader accepts; everything else is escaped by the writer."""
    return _FORBIDDEN.sub("", text)


# ISO 8601 forms kg writes, and their XSD datatype; anything else is not written as a date.
_DATE_FORMS = (
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?"), _XSD + "dateTime"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), _XSD + "date"),
    (re.compile(r"\d{4}-\d{2}"), _XSD + "gYearMonth"),
    (re.compile(r"\d{4}"), _XSD + "gYear"),
)


def date_literal(value: str) -> tuple[str, str] | None:
    """An ISO 8601 date as a typed literal (lexical form, datatype IRI): xsd:dateTime, xsd:date,
    or (partial dates) xsd:gYearMonth, xsd:gYear.

    The value is kept as written ("…Z" stays "…Z": what the article said, and Oxigraph's form).

    >>> date_literal("2024-03-21")
    ('2024-03-21', 'http://www.w3.org/2001/XMLSchema#date')
    >>> date_literal("2024-03")[1] == "http://www.w3.org/2001/XMLSchema#gYearMonth"
    True
    >>> date_literal("next Thursday") is None
    True
    """
    for pattern, datatype in _DATE_FORMS:
        if pattern.fullmatch(value):
            if datatype == _XSD_DATETIME and value.count(":") == 1:
                value = value.replace("Z", ":00Z") if value.endswith("Z") else value + ":00"
            return value, datatype
    return None


def to_rdf(graph: KnowledgeGraph) -> Graph:
    """The graph as an rdflib Graph with kg's prefixes bound."""
    from rdflib import Graph, Namespace, URIRef

    rdf = Graph()
    for prefix, namespace in namespaces.PREFIXES.items():
        rdf.bind(prefix, Namespace(namespace))
    for subject, pairs in descriptions(graph):
        for prop, obj in pairs:
            rdf.add((URIRef(subject), URIRef(prop), _rdflib_term(obj)))
    return rdf


def _rdflib_term(obj: Object) -> URIRef | Literal:
    from rdflib import Literal, URIRef

    if isinstance(obj, str):
        return URIRef(obj)
    value, datatype = obj
    return Literal(value, datatype=URIRef(datatype) if datatype else None, normalize=False)


Object = str | tuple[str, str]
"""The object of a triple: an IRI, or a literal as (lexical form, datatype IRI; "" for a plain string)."""
Description = tuple[str, list[tuple[str, Object]]]
"""A subject IRI and its (predicate IRI, object) pairs."""


class DescriptionWriter(Protocol):
    """A format written from the descriptions (Turtle, JSON-LD): made on an open text stream (and
    writing its head there), fed each description in order, then closed (writing its tail)."""

    def write(self, subject: str, pairs: list[tuple[str, Object]]) -> None:
        """Write one subject and its (predicate, object) pairs."""

    def close(self) -> None:
        """Write what follows the last description."""


def write_descriptions(graph: KnowledgeGraph, writers: Sequence[DescriptionWriter]) -> list[float]:
    """Feed every description of `graph` to each of `writers` and close them: one walk of the graph
    for all the formats (making the descriptions costs more than formatting them).

    Returns the seconds each writer took: its own formatting, and an equal share of the walk.
    """
    clock = time.perf_counter
    started = clock()
    spent = [0.0] * len(writers)
    for subject, pairs in descriptions(graph):
        for index, writer in enumerate(writers):
            begun = clock()
            writer.write(subject, pairs)
            spent[index] += clock() - begun
    for index, writer in enumerate(writers):
        begun = clock()
        writer.close()
        spent[index] += clock() - begun
    walk = (clock() - started - sum(spent)) / max(len(writers), 1)
    return [seconds + walk for seconds in spent]


def descriptions(graph: KnowledgeGraph) -> Iterator[Description]:
    """The RDF form of `graph`, one subject at a time with all its triples, in a deterministic order.

    Terms are plain strings (IRIs, and literals as (lexical form, datatype)), cheap to make and
    what the streamed writers format: each node with its attributes and outgoing edges, then each
    edge's statement followed by its evidence.
    """
    return _Describer(graph).descriptions()


class _Describer:
    """Makes the descriptions of one graph; node IRIs and predicates are made once each."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.node = functools.cache(_node_iri)
        self.predicate = functools.cache(_predicate_iri)
        # IRIs from the input (URLs, Wikidata ids): oxigraph refuses what is not an IRI.
        self.checked_iri = functools.cache(lambda value: ox.NamedNode(value).value)

    def descriptions(self) -> Iterator[Description]:
        graph = self.graph
        edges = graph.sorted_edges()
        published = {source for source, _, data in edges if data["relation"] == vocab.REPORTED_BY}
        outgoing: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for edge in edges:
            outgoing.setdefault(edge[0], []).append(edge)
        for node_id, data in graph.sorted_nodes():
            pairs = self._node_pairs(data)
            if data["type"] == vocab.ARTICLE:
                # What the source does not say is stated as unknown, so that a shape can tell
                # "no publisher given" from "publisher lost on the way".
                if not data.get("title"):
                    pairs.append((_TITLE_UNKNOWN, _TRUE))
                if node_id not in published:
                    pairs.append((_PUBLISHER_UNKNOWN, _TRUE))
            pairs.extend(
                (self.predicate(d["relation"]), self.node(target)) for _, target, d in outgoing.get(node_id, ())
            )
            yield self.node(node_id), pairs
        for source, target, data in edges:
            yield from self._statement(source, target, data)

    def _node_pairs(self, data: dict[str, Any]) -> list[tuple[str, Object]]:
        pairs: list[tuple[str, Object]] = [
            (_TYPE, KG_IRI + str(data["type"])),
            (_LABEL, (clean_literal(str(data["label"])), "")),
        ]
        pairs.extend((_ALT_LABEL, (clean_literal(alias), "")) for alias in data.get("aliases", []))
        pairs.extend(
            (prop, (clean_literal(str(data[key])), "")) for key, prop in _NODE_PROPERTIES.items() if data.get(key)
        )
        if data.get("url"):
            pairs.append((_URL, self.checked_iri(data["url"])))
        for key, prop in (("published", _ISSUED), ("date", _DATE)):
            literal = date_literal(str(data[key])) if data.get(key) else None
            if literal is not None:
                pairs.append((prop, literal))
        if data.get("wikidata"):
            pairs.append((_SAME_AS, self.checked_iri(WD_IRI + data["wikidata"])))
        return pairs

    def _statement(self, source: str, target: str, data: dict[str, Any]) -> Iterator[Description]:
        statement = STATEMENT_IRI + digest(source, data["relation"], target)
        sources: list[Provenance] = data["sources"]
        pairs: list[tuple[str, Object]] = [
            (_TYPE, _STATEMENT),
            (_SUBJECT, self.node(source)),
            (_PREDICATE, self.predicate(data["relation"])),
            (_OBJECT, self.node(target)),
            (_CONFIDENCE, _decimal(max(s.confidence for s in sources))),
        ]
        pairs.extend((_DERIVED_FROM, self.node(article)) for article in sorted({s.article for s in sources}))
        date = date_literal(str(data["date"])) if data.get("date") else None
        if date is not None:
            pairs.append((_DATE, date))
        evidence = [(self._evidence_iri(statement, item), item) for item in sources]
        pairs.extend((_EVIDENCE, iri) for iri, _ in evidence)
        yield statement, pairs
        for iri, item in evidence:
            yield iri, self._evidence_pairs(item)

    @staticmethod
    def _evidence_iri(statement: str, evidence: Provenance) -> str:
        key = (evidence.article, evidence.extractor, evidence.part or "", str(evidence.start), evidence.sentence or "")
        return EVIDENCE_IRI + digest(statement, *key)

    def _evidence_pairs(self, evidence: Provenance) -> list[tuple[str, Object]]:
        pairs: list[tuple[str, Object]] = [
            (_TYPE, _EVIDENCE_CLASS),
            (_DERIVED_FROM, self.node(evidence.article)),
            (_EXTRACTOR, (evidence.extractor, "")),
            (_CONFIDENCE, _decimal(evidence.confidence)),
        ]
        if evidence.sentence:
            pairs.append((_SENTENCE, (clean_literal(evidence.sentence), "")))
        if evidence.part:
            pairs.append((_TEXT_PART, (evidence.part, "")))
        if evidence.start is not None and evidence.end is not None:
            pairs.append((_CHAR_START, (str(evidence.start), _XSD_INTEGER)))
            pairs.append((_CHAR_END, (str(evidence.end), _XSD_INTEGER)))
        return pairs


def _decimal(value: float) -> tuple[str, str]:
    return str(round(value, 3)), _XSD_DECIMAL


KG_IRI, ID_IRI, WD_IRI = namespaces.KG, namespaces.ID, namespaces.WD
STATEMENT_IRI, EVIDENCE_IRI = ID_IRI + "statement/", ID_IRI + "evidence/"
_XSD_DATETIME, _XSD_DECIMAL, _XSD_INTEGER = _XSD + "dateTime", _XSD + "decimal", _XSD + "integer"
_TYPE, _LABEL, _ALT_LABEL = _RDF + "type", _RDFS + "label", _SKOS + "altLabel"
_URL, _SAME_AS, _ISSUED, _DATE = _SDO + "url", _OWL + "sameAs", _DCTERMS + "issued", _DCTERMS + "date"
_SUBJECT, _PREDICATE, _OBJECT = _RDF + "subject", _RDF + "predicate", _RDF + "object"
_DERIVED_FROM, _STATEMENT, _EVIDENCE_CLASS = _PROV + "wasDerivedFrom", KG_IRI + "Statement", KG_IRI + "Evidence"
_EVIDENCE, _CONFIDENCE, _EXTRACTOR = KG_IRI + "evidence", KG_IRI + "confidence", KG_IRI + "extractor"
_SENTENCE, _TEXT_PART, _CHAR_START, _CHAR_END = (
    KG_IRI + "sentence",
    KG_IRI + "textPart",
    KG_IRI + "charStart",
    KG_IRI + "charEnd",
)
_TITLE_UNKNOWN, _PUBLISHER_UNKNOWN = KG_IRI + "titleUnknown", KG_IRI + "publisherUnknown"
_TRUE = ("true", _XSD + "boolean")
_NODE_PROPERTIES = {
    "title": _DCTERMS + "title",
    "excerpt": _DCTERMS + "abstract",
    "domain": KG_IRI + "domain",
    "iso3": KG_IRI + "iso3",
    "source_path": KG_IRI + "sourcePath",
}
