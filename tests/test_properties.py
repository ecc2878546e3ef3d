"""Property-based: whatever the articles say, the build does not raise and every export parses.

Hypothesis writes small article files full of quotes, angle brackets, backslashes, newlines,
control characters, NUL, bidi marks, `javascript:` and malformed URLs, and fields of the wrong
type; then `kg.builder.build_graph` and `kg.export.export` (every format registered at test time)
must succeed, each export must parse in an independent reader, every IRI must be valid, and
titles must come back unchanged (no string ended an XML element or a Turtle literal early).

200 examples by default (the `ci` profile); `HYPOTHESIS_PROFILE=dev` runs 30 for a quick look,
`HYPOTHESIS_PROFILE=long` 2,000.
"""

from __future__ import annotations

import json
import os
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import igraph
import networkx as nx
import pyoxigraph
import pytest
import rdflib
import xmlschema
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.builder import build_graph
from kg.errors import InputError
from kg.export import EXPORTERS, export
from kg.export.graphml import nmtoken
from kg.export.rdf import node_iri
from kg.ingest import read_article

from .conftest import EVAL

settings.register_profile(
    "ci", max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", settings.get_profile("ci"), max_examples=30)
settings.register_profile("long", settings.get_profile("ci"), max_examples=2000)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

NASTY = [
    '"',
    "'",
    '"""',
    "'''",
    "<",
    ">",
    "&",
    "&amp;",
    "\\",
    "\\u0000",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x01",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\u2028",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "]]>",
    "<![CDATA[",
    "<!--",
    "-->",
    "</data>",
    "</node>",
    "<graphml>",
    "^^xsd:string",
    "@en",
    "_:b0",
    "<http://x/>",
    ";",
    ".",
    ",",
    "|",
    "#",
    "%",
    "%00",
    "%zz",
    "{",
    "}",
    "`",
    "^",
    "${x}",
    "javascript:alert(1)",
    " ",
    "  ",
    "é",
    "世界",
    "👍",
    "\U0001f1fa\U0001f1f8",
    "ﬁ",
    "İ",
]
WORDS = ["China", "France", "the United Nations", "Paris Agreement", "signed", "adopted", "treaty", "Reuters"]

nasty_text = st.lists(
    st.one_of(
        st.sampled_from(NASTY),
        st.sampled_from(WORDS),
        st.text(st.characters(exclude_categories=["Cs"]), max_size=6),
    ),
    max_size=8,
).map("".join)

NASTY_URLS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "http://",
    "https://",
    "https:///path",
    "https://exa mple.com/",
    'https://example.com/a b<c>"d{e}|f\\g^h`i',
    "http://[::1",
    "https://example.com:99999/",
    "https://example.com/%zz%",
    "https://user:pass@example.com/x",
    "https://例え.jp/パス?q=値#frag",
    "ftp://example.com/file",
    "//example.com/no-scheme",
    'https://example.com/?q="><script>alert(1)</script>',
    "https://example.com/\u202eevil",
    "https://example.com/\x00nul",
    "https://example.com/line\nbreak",
    "mailto:someone@example.com",
]
nasty_url = st.one_of(
    st.sampled_from(NASTY_URLS),
    st.builds(lambda host, path: f"https://{host}/{path}", st.sampled_from(["example.com", "www.x.org"]), nasty_text),
)
# Fields as they are meant to be, or of the wrong type.
field_value = st.one_of(nasty_text, st.lists(nasty_text, max_size=3), st.integers(), st.none(), st.booleans())
person = st.one_of(nasty_text, st.fixed_dictionaries({"name": nasty_text}))
related_item = st.fixed_dictionaries({"title": nasty_text, "url": nasty_url})

front_matter = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(nasty_text, field_value),
        "url": st.one_of(nasty_url, field_value),
        "excerpt": nasty_text,
        "provider": st.one_of(
            nasty_text, st.fixed_dictionaries({"name": nasty_text, "domain": st.one_of(nasty_text, nasty_url)})
        ),
        "publishedDateTime": st.one_of(
            st.sampled_from(["2024-03-21", "2024-03-21T10:00:00Z", "2024-13-45", "soon", "21/03/2024"]), field_value
        ),
        "authors": st.one_of(st.lists(person, max_size=3), person),
        "tags": st.one_of(st.lists(nasty_text, max_size=3), nasty_text),
        "related": st.one_of(st.lists(related_item, max_size=2), nasty_text),
    },
)
body = st.lists(st.one_of(nasty_text, st.sampled_from(WORDS)), max_size=12).map(" ".join)
article_file = st.one_of(
    st.tuples(front_matter, body).map(
        lambda fb: "---\n" + yaml.safe_dump(fb[0], allow_unicode=True, sort_keys=False) + "---\n" + fb[1]
    ),
    body,
)


@cache
def graphml_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(EVAL / "graphml_xsd" / "graphml.xsd"))


def assert_valid_iri(text: str) -> None:
    """RFC 3987, as Oxigraph's IRI parser reads it; and no character that would break Turtle or XML."""
    pyoxigraph.NamedNode(text)  # raises ValueError on an invalid IRI
    assert not any(ch in text for ch in ' <>"{}|\\^`\n\r\t\x00\u200e\u200f\u202e'), text
    assert not text.lower().startswith(("javascript:", "data:")), text


def check_rdf(path: Path, rdflib_format: str, oxigraph_format: pyoxigraph.RdfFormat) -> rdflib.Graph:
    """Parse in rdflib and in Oxigraph; the same triples in both; every IRI valid."""
    graph = rdflib.Graph().parse(path, format=rdflib_format)
    quads = list(pyoxigraph.parse(path=str(path), format=oxigraph_format))
    assert len(graph) == len({(q.subject, q.predicate, q.object) for q in quads})
    for triple in graph:
        for term in triple:
            if isinstance(term, rdflib.URIRef):
                assert_valid_iri(str(term))
    return graph


def check_graphml(path: Path) -> nx.MultiDiGraph:
    graphml_schema().validate(str(path))
    as_nx = nx.read_graphml(path)
    as_igraph = igraph.Graph.Read_GraphML(str(path))
    assert as_nx.number_of_nodes() == as_igraph.vcount()
    assert as_nx.number_of_edges() == as_igraph.ecount()
    return as_nx


def check_export(name: str, path: Path) -> Any:
    """Read one export with an independent reader chosen by its format (or, for a new format, its suffix)."""
    if name == "turtle" or path.suffix == ".ttl":
        return check_rdf(path, "turtle", pyoxigraph.RdfFormat.TURTLE)
    if name == "trig" or path.suffix == ".trig":
        return check_rdf(path, "trig", pyoxigraph.RdfFormat.TRIG)
    if name == "jsonld" or path.suffix == ".jsonld":
        return check_rdf(path, "json-ld", pyoxigraph.RdfFormat.JSON_LD)
    if name == "graphml" or path.suffix == ".graphml":
        return check_graphml(path)
    if name == "gexf" or path.suffix == ".gexf":
        ET.parse(path)
        return nx.read_gexf(path)
    if name == "parquet":
        import pyarrow.parquet as pq

        return {table: pq.read_table(path / f"{table}.parquet").to_pylist() for table in ("nodes", "edges")}
    if name == "neo4j":
        from .export.test_neo4j import read_import

        return read_import(path)
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    if path.suffix in (".xml", ".rdf"):
        return ET.parse(path)
    return path.read_text(encoding="utf-8")


def build_and_check(texts: list[str], folder: Path) -> None:
    articles = folder / "in"
    articles.mkdir()
    for index, text in enumerate(texts):
        (articles / f"a{index}.md").write_text(text, encoding="utf-8", newline="")
    result = build_graph([articles])
    assert result.articles + len(result.skipped) == len(texts)
    assert all(isinstance(error, InputError) and "\n" not in error.reason for error in result.skipped)

    written = export(result.graph, folder / "out", tuple(EXPORTERS))
    parsed = {name: check_export(name, path) for name, path in written.items()}

    nodes = result.graph.nx.number_of_nodes()
    if "graphml" in parsed:
        assert parsed["graphml"].number_of_nodes() == nodes
    if "parquet" in parsed:
        assert len(parsed["parquet"]["nodes"]) == nodes
    if "neo4j" in parsed:
        assert len(parsed["neo4j"].nodes) == nodes
        assert len(parsed["neo4j"].relationships) == result.graph.nx.number_of_edges()
    # Titles come back exactly: nothing in them ended a literal or an element early.
    for path in sorted(articles.iterdir()):
        try:
            article = read_article(path)
        except InputError:
            continue
        if article.title is None or result.graph.nx.nodes[article.id].get("title") != article.title:
            continue  # a duplicate article id keeps the first file's title
        if "turtle" in parsed:
            titles = set(parsed["turtle"].objects(node_iri(article.id), rdflib.DCTERMS.title))
            assert titles == {rdflib.Literal(article.title)}
        if "graphml" in parsed:
            assert parsed["graphml"].nodes[nmtoken(article.id)]["title"] == article.title


@pytest.mark.slow
@settings(settings.get_profile(PROFILE))
@given(st.lists(article_file, min_size=1, max_size=3))
def test_any_articles_build_and_every_export_parses(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        build_and_check(texts, Path(folder))


@pytest.mark.parametrize("url", NASTY_URLS)
def test_each_nasty_url_builds_and_exports(url: str, tmp_path: Path) -> None:
    """The fixed list of bad URLs, each once, as url, provider domain and related item."""
    meta = {"title": "T <" + url, "url": url, "provider": {"name": url, "domain": url}, "related": [{"url": url}]}
    build_and_check(["---\n" + yaml.safe_dump(meta) + "---\nChina signed it.\n"], tmp_path)
