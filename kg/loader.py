"""Read a build back into a KnowledgeGraph: its folder, or the JSON, Turtle or GraphML file it wrote.

`graph.json` is lossless (every attribute and piece of evidence). Turtle comes back with its
reified provenance (article, sentence, offsets, extractor, confidence of each piece of evidence)
but only the node attributes the RDF mapping writes. GraphML keeps scalars only: aliases come
back from their '|'-joined form, and each edge gets one piece of evidence per listed article,
with the first sentence and the extractors joined.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kg.errors import InputError
from kg.facts import Provenance
from kg.graph import KnowledgeGraph
from kg.vocab import RELATIONS

# A build folder is read from the most complete file it has.
BUILD_FILES = ("graph.json", "graph.ttl", "graph.graphml")


def load_graph(path: str | Path) -> KnowledgeGraph:
    """Read a build folder (`graph.json`, else `graph.ttl`, else `graph.graphml`) or one such file."""
    target = Path(path)
    if target.is_dir():
        for name in BUILD_FILES:
            if (target / name).is_file():
                return load_graph(target / name)
        raise InputError(target, f"no {', '.join(BUILD_FILES)} in this folder")
    if not target.is_file():
        raise InputError(target, "no such file or folder")
    readers = {".json": read_json, ".ttl": read_turtle, ".graphml": read_graphml}
    reader = readers.get(target.suffix.lower())
    if reader is None:
        raise InputError(target, "not a graph kg can read (.json, .ttl or .graphml)")
    return reader(target)


def read_json(path: Path) -> KnowledgeGraph:
    """Read kg's lossless JSON (`kg.export.json_graph`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "kg-graph":
        raise InputError(path, 'not a kg graph (no "format": "kg-graph")')
    graph = KnowledgeGraph()
    for node in data["nodes"]:
        attrs = {k: v for k, v in node.items() if k != "id"}
        attrs["aliases"] = list(attrs.get("aliases", []))
        graph.nx.add_node(node["id"], **attrs)
    for edge in data["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in {"source", "target", "sources"}}
        sources = [Provenance(**evidence) for evidence in edge["sources"]]
        graph.nx.add_edge(edge["source"], edge["target"], key=edge["relation"], **attrs, sources=sources)
    return graph


def _relation(local_name: str) -> str:
    """kg:coSponsored -> co-sponsored (the inverse of `kg.export.rdf.predicate`)."""
    known = {"".join(w if i == 0 else w.capitalize() for i, w in enumerate(r.split("-"))): r for r in RELATIONS}
    if local_name in known:
        return known[local_name]
    return "".join(f"-{ch.lower()}" if ch.isupper() else ch for ch in local_name)


def read_turtle(path: Path) -> KnowledgeGraph:
    """Read the Turtle export: nodes with their RDF-mapped attributes, edges with reified evidence."""
    import rdflib
    from rdflib import RDF, RDFS, SKOS
    from rdflib.namespace import DCTERMS, OWL, PROV, SDO

    from kg.export.rdf import ID, KG, WD

    # Keep literals as written ("...Z" stays "...Z", as in the graph that was saved), not rdflib's normal form.
    normalize, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        rdf = rdflib.Graph().parse(path, format="turtle")
    finally:
        rdflib.NORMALIZE_LITERALS = normalize

    def node_id(iri: object) -> str | None:
        text = str(iri)
        if not text.startswith(str(ID)):
            return None
        kind, _, rest = text[len(str(ID)) :].partition("/")
        return f"{kind}:{unquote(rest)}" if kind not in {"statement", "evidence"} else None

    properties: dict[Any, str] = {
        DCTERMS.title: "title",
        DCTERMS.abstract: "excerpt",
        KG.domain: "domain",
        KG.iso3: "iso3",
        KG.sourcePath: "source_path",
        SDO.url: "url",
        DCTERMS.issued: "published",
        DCTERMS.date: "date",
    }
    graph = KnowledgeGraph()
    for subject, kind in sorted(rdf.subject_objects(RDF.type)):
        ident = node_id(subject)
        if ident is None or not str(kind).startswith(str(KG)):
            continue
        label = rdf.value(subject, RDFS.label)
        aliases = sorted(str(alias) for alias in rdf.objects(subject, SKOS.altLabel))
        attrs: dict[str, Any] = {}
        for prop, name in properties.items():
            value = rdf.value(subject, prop)
            if value is not None:
                attrs[name] = str(value)
        for same in rdf.objects(subject, OWL.sameAs):
            if str(same).startswith(str(WD)):
                attrs["wikidata"] = str(same)[len(str(WD)) :]
        graph.add_node(ident, str(kind)[len(str(KG)) :], str(label) if label else ident, aliases, **attrs)
    for statement in sorted(rdf.subjects(RDF.type, KG.Statement)):
        source, target = node_id(rdf.value(statement, RDF.subject)), node_id(rdf.value(statement, RDF.object))
        prop = str(rdf.value(statement, RDF.predicate))
        if source not in graph.nx or target not in graph.nx or not prop.startswith(str(KG)):
            continue
        relation = _relation(prop[len(str(KG)) :])
        for evidence in sorted(rdf.objects(statement, KG.evidence)):

            def literal(prop: Any, evidence: Any = evidence) -> Any:
                value = rdf.value(evidence, prop)
                return None if value is None else value.toPython()

            provenance = Provenance(
                article=node_id(rdf.value(evidence, PROV.wasDerivedFrom)) or "",
                extractor=str(literal(KG.extractor)),
                sentence=literal(KG.sentence),
                part=literal(KG.textPart),
                start=literal(KG.charStart),
                end=literal(KG.charEnd),
                confidence=float(literal(KG.confidence) or 1.0),
            )
            graph.add_edge(source, relation, target, provenance)
    return graph


def read_graphml(path: Path) -> KnowledgeGraph:
    """Read the GraphML export (scalars only; see the module docstring for what is lost)."""
    import networkx as nx

    read = nx.read_graphml(path, force_multigraph=True)
    visual = {"r", "g", "b", "size"}
    graph = KnowledgeGraph()
    for node_id, data in read.nodes(data=True):
        attrs = {k: v for k, v in data.items() if k not in visual | {"type", "label", "aliases"}}
        aliases = [a for a in str(data.get("aliases", "")).split("|") if a]
        graph.add_node(node_id, data.get("type", ""), data.get("label", node_id), aliases, **attrs)
    for source, target, data in read.edges(data=True):
        articles = [a for a in str(data.get("articles", "")).split("|") if a]
        extractor = str(data.get("extractors", "graphml"))
        for index, article in enumerate(articles or [""]):
            sentence = data.get("sentence") if index == 0 else None
            graph.add_edge(source, data["relation"], target, Provenance(article, extractor, sentence))
        if data.get("date"):
            graph.nx.edges[source, target, data["relation"]]["date"] = data["date"]
    return graph
