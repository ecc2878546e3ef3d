"""SPARQL over an export: load a graph file or a build folder, run a query, get plain rows back.

The same query runs on two engines, Oxigraph (pyoxigraph, the default: fast, standard) and rdflib,
and gives the same rows; `ontology/queries/*.rq` are tested on both.

>>> from kg.graph import KnowledgeGraph
>>> from kg.facts import Provenance
>>> import tempfile, pathlib
>>> g = KnowledgeGraph()
>>> g.add_node("nation:CHN", "Nation", "China"); g.add_node("agreement:ai", "Agreement", "UN AI resolution")
>>> g.add_node("article:a1", "Article", "A", title="A")
>>> g.add_edge("nation:CHN", "co-sponsored", "agreement:ai", Provenance("article:a1", "relations"))
>>> from kg.export.turtle import write_turtle
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"; write_turtle(g, out)
>>> result = run_query(out, "cosponsors")
>>> result.variables[:2], [str(v) for v in result.rows[0][:2]]
(('actor', 'actorLabel'), ['https://w3id.org/kg/id/nation/CHN', 'China'])
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kg import namespaces
from kg.errors import ConfigError, InputError
from kg.resources import ontology_dir

Engine = Literal["oxigraph", "rdflib"]
ENGINES: tuple[Engine, ...] = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "json")

# Default prefixes for queries typed on the command line (a query's own PREFIX lines win).
PREFIXES = namespaces.PREFIXES
# The file a build folder is queried through, by RDF format; the first one present is used.
GRAPH_FILES = (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld"))
_SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml"}


@dataclass(frozen=True)
class Term:
    """One RDF term of a result row: `kind` is "uri", "literal" or "bnode" (as in SPARQL JSON results)."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None

    def __str__(self) -> str:
        return self.value

    def to_json(self) -> dict[str, str]:
        """The term as a binding of the SPARQL 1.1 Query Results JSON Format."""
        binding = {"type": self.kind, "value": self.value}
        if self.language:
            binding["xml:lang"] = self.language
        elif self.datatype and self.datatype != PREFIXES["xsd"] + "string":
            binding["datatype"] = self.datatype
        return binding


Row = tuple[Term | None, ...]


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query: variables and rows for SELECT (and CONSTRUCT: subject, predicate, object); ASK gives
    one variable `ask` and one row holding a boolean literal."""

    variables: tuple[str, ...]
    rows: list[Row]


def graph_file(graph: str | Path) -> tuple[Path, str]:
    """The RDF file to query and its rdflib format name: `graph` itself, or the export in a build folder."""
    path = Path(graph)
    if path.is_dir():
        for name, rdf_format in GRAPH_FILES:
            if (path / name).is_file():
                return path / name, rdf_format
        raise InputError(path, "no graph.ttl (or graph.nt, graph.jsonld) in this folder; run `kg build` first")
    if not path.is_file():
        raise InputError(path, "no such file or folder")
    return path, _SUFFIX_FORMATS.get(path.suffix.lower(), "turtle")


def query_text(query: str) -> str:
    """The SPARQL text of `query`: a .rq file, the name of a bundled query (`cosponsors`), or the query itself."""
    candidate = Path(query)
    if "\n" not in query and len(query) < 4096:
        if candidate.suffix == ".rq" or candidate.is_file():
            if not candidate.is_file():
                raise InputError(candidate, "no such query file")
            return candidate.read_text(encoding="utf-8")
        bundled = ontology_dir() / "queries" / f"{query}.rq"
        if query.replace("_", "").isalnum() and bundled.is_file():
            return bundled.read_text(encoding="utf-8")
    return query


def bundled_queries() -> dict[str, Path]:
    """The queries shipped in `ontology/queries/`, by name."""
    return {path.stem: path for path in sorted((ontology_dir() / "queries").glob("*.rq"))}


def run_query(graph: str | Path, query: str, *, engine: Engine = "oxigraph") -> QueryResult:
    """Run `query` (text, a .rq file or a bundled query name) on `graph` (an RDF file or a build folder)."""
    path, rdf_format = graph_file(graph)
    text = query_text(query)
    if engine == "oxigraph":
        return _run_oxigraph(path, rdf_format, text)
    if engine == "rdflib":
        return _run_rdflib(path, rdf_format, text)
    raise ConfigError(f"unknown SPARQL engine {engine!r}; known: {', '.join(ENGINES)}")


def _run_oxigraph(path: Path, rdf_format: str, text: str) -> QueryResult:
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}
    store = ox.Store()
    try:
        store.load(path=str(path), format=formats.get(rdf_format, ox.RdfFormat.RDF_XML))
    except (SyntaxError, ValueError) as error:
        raise InputError(path, f"not valid RDF: {error}") from error
    try:
        answer = store.query(text, prefixes=PREFIXES)
    except SyntaxError as error:
        raise ConfigError(f"SPARQL syntax error: {_one_line(error)}") from error
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(("ask",), [(Term("literal", str(bool(answer)).lower(), PREFIXES["xsd"] + "boolean"),)])
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(variable.value for variable in answer.variables)
        return QueryResult(variables, [tuple(_ox_term(solution[name]) for name in variables) for solution in answer])
    return QueryResult(("subject", "predicate", "object"), [tuple(_ox_term(t) for t in triple) for triple in answer])


def _ox_term(term: Any) -> Term | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    return Term("literal", term.value, term.datatype.value, term.language)


def _run_rdflib(path: Path, rdf_format: str, text: str) -> QueryResult:
    import rdflib
    from pyparsing import ParseException

    graph = rdflib.Graph()
    try:
        graph.parse(path, format=rdf_format)
    except Exception as error:  # rdflib raises parser-specific types
        raise InputError(path, f"not valid RDF: {error}") from error
    try:
        answer = graph.query(text, initNs=PREFIXES)
    except ParseException as error:
        raise ConfigError(f"SPARQL syntax error: {_one_line(error)}") from error
    if answer.type == "ASK":
        return QueryResult(("ask",), [(Term("literal", str(answer.askAnswer).lower(), PREFIXES["xsd"] + "boolean"),)])
    if answer.type == "SELECT":
        variables = tuple(str(variable) for variable in answer.vars or ())
        return QueryResult(variables, [tuple(_rdflib_term(row[name]) for name in variables) for row in answer])
    return QueryResult(("subject", "predicate", "object"), [tuple(_rdflib_term(t) for t in row) for row in answer])


def _rdflib_term(term: Any) -> Term | None:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return Term("uri", str(term))
    if isinstance(term, rdflib.BNode):
        return Term("bnode", str(term))
    datatype = term.datatype or (None if term.language else rdflib.XSD.string)
    return Term("literal", str(term), str(datatype) if datatype else None, term.language)


def _one_line(error: Exception, limit: int = 300) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_result(result: QueryResult, output: str = "table") -> str:
    """The result as an aligned text table (IRIs shortened with kg's prefixes), CSV, or SPARQL JSON results."""
    if output == "json":
        return _json(result)
    if output == "csv":
        stream = io.StringIO()
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(["" if term is None else term.value for term in row] for row in result.rows)
        return stream.getvalue()
    if output == "table":
        return _table(result.variables, [[_short(term) for term in row] for row in result.rows])
    raise ConfigError(f"unknown output format {output!r}; known: {', '.join(FORMATS)}")


def _json(result: QueryResult) -> str:
    if result.variables == ("ask",) and len(result.rows) == 1 and result.rows[0][0] is not None:
        return json.dumps({"head": {}, "boolean": result.rows[0][0].value == "true"}, indent=2)
    bindings = [
        {name: term.to_json() for name, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}, indent=2)


def _short(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
    return " ".join(term.value.split())


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], width: int = 60) -> str:
    cells = [[cell if len(cell) <= width else cell[: width - 1] + "…" for cell in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(header)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
