"""The RDF namespaces of kg's exports, as IRI text: defined once for the writers, the readers and the queries.

Plain strings (no rdflib here), so that any layer may name an IRI without loading an RDF library.

>>> PREFIXES["kg"] == KG, ONTOLOGY + "#" == KG
(True, True)
"""

from __future__ import annotations

ONTOLOGY = "https://w3id.org/kg/ns"
"""The kg ontology (ontology/kg.ttl) itself: the named graph `kg serve` loads it into."""
KG = ONTOLOGY + "#"
"""kg's classes and properties (`kg:Nation`, `kg:coSponsored`)."""
ID = "https://w3id.org/kg/id/"
"""kg's nodes, statements and evidence (`kgid:nation/CHN`)."""
WD = "http://www.wikidata.org/entity/"
"""Wikidata items, linked with `owl:sameAs`."""

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "kg": KG,
    "kgid": ID,
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": WD,
}
"""Every prefix the exports declare, in the order the Turtle export writes them; queries get them predeclared."""
