"""Plugins by name: an export format installed by another package (a real entry point on sys.path) is
found like kg's own, `kg build --format` writes it, and every choice the command offers comes from a registry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg.engine import ENGINES
from kg.export import DEFAULT_FORMATS, EXPORTERS, Exporter
from kg.query import ENGINES as SPARQL_ENGINES
from kg.query import FORMATS as RESULT_FORMATS
from kg.query import bundled_queries

PLUGIN = '''
"""An export format of another package: one line per edge, tab-separated."""
from kg.export import Exporter
from kg.export.atomic import atomic_output


def write_edges(graph, path):
    with atomic_output(path, "w") as stream:
        for source, target, data in graph.sorted_edges():
            stream.write(f"{source}\\t{data['relation']}\\t{target}\\n")


EXPORTER = Exporter("edges.tsv", write_edges)
'''
ENTRY_POINTS = """
[kg.exporters]
edges-tsv = kg_edges_tsv:EXPORTER
turtle = kg_edges_tsv:EXPORTER
broken = kg_not_installed:EXPORTER
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding an installed distribution, as pip would leave it: the module and its dist-info."""
    folder = tmp_path_factory.mktemp("site")
    (folder / "kg_edges_tsv.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = folder / "kg_edges_tsv-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-edges-tsv\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    return folder


def _kg(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, env=env, timeout=600, check=False
    )


def test_an_installed_export_format_is_written_by_name(site: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: Treaty\n---\nFrance and Germany signed the Paris Agreement.\n")
    out = tmp_path / "out"
    run = _kg(site, "build", str(corpus), "--out", str(out), "--quiet", "--format", "edges-tsv", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "kg.exporters entry point turtle = kg_edges_tsv:EXPORTER is ignored: 'turtle' is built in" in run.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    lines = (out / "edges.tsv").read_text(encoding="utf-8").splitlines()
    assert lines == [f"{e['source']}\t{e['relation']}\t{e['target']}" for e in graph["edges"]]
    assert any("\tsigned\t" in line for line in lines)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["exports"] == {"edges-tsv": "edges.tsv", "json": "graph.json"}
    assert not (out / "graph.ttl").exists()


def test_the_command_lists_installed_formats_and_says_which_cannot_load(site: Path, tmp_path: Path) -> None:
    help_text = " ".join(_kg(site, "build", "--help").stdout.split())
    assert "turtle, jsonld, graphml, gexf, json, parquet, neo4j, broken, edges-tsv" in help_text
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.md").write_text("China signed it.\n")
    run = _kg(site, "build", str(corpus), "--out", str(tmp_path / "out"), "--format", "broken")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1] == (
        "kg: error: export format 'broken' (kg_not_installed:EXPORTER) cannot be loaded: "
        "No module named 'kg_not_installed'"
    )
    assert not (tmp_path / "out" / "report.json").exists()
    run = _kg(site, "build", str(corpus), "--out", str(tmp_path / "out"), "--format", "nope")
    assert run.returncode == 2 and "invalid choice: 'nope'" in run.stderr and "'edges-tsv'" in run.stderr


def test_built_in_formats_are_exporters_found_through_the_registry() -> None:
    assert list(EXPORTERS)[: len(DEFAULT_FORMATS)] == list(DEFAULT_FORMATS)
    assert {"parquet", "neo4j"} <= set(EXPORTERS) and not {"parquet", "neo4j"} & set(DEFAULT_FORMATS)
    for name in EXPORTERS.builtins():
        exporter = EXPORTERS[name]
        assert isinstance(exporter, Exporter) and exporter.filename and callable(exporter.write)
    assert len({EXPORTERS[name].filename for name in EXPORTERS.builtins()}) == len(EXPORTERS.builtins())


def test_every_choice_of_the_command_comes_from_a_registry() -> None:
    build = " ".join(_kg(Path("."), "build", "--help").stdout.split())
    assert ", ".join(EXPORTERS) in build and ", ".join(ENGINES) in build
    query = " ".join(_kg(Path("."), "query", "--help").stdout.split())
    assert ", ".join(bundled_queries()) in query
    assert "{" + ",".join(SPARQL_ENGINES) + "}" in query and "{" + ",".join(RESULT_FORMATS) + "}" in query
    assert len(bundled_queries()) >= 5


def test_building_the_command_line_imports_nothing_heavy() -> None:
    code = (
        "import sys, kg.cli; kg.cli._parser(); "
        "print(sorted(m for m in ('spacy', 'rdflib', 'networkx', 'yaml', 'pyarrow', 'kg.extract') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
