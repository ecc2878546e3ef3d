"""The seeds built once by `kg build --format ...` with the formats that are written only on request."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph

from ..conftest import SEEDS


@pytest.fixture(scope="session")
def table_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder of the seeds with only the Parquet, Neo4j and JSON exports, made by the command."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("table-exports")
    args = ["build", str(SEEDS), "--out", str(out), "--quiet", "--format", "parquet", "--format", "neo4j"]
    assert main([*args, "--format", "json"]) == 0
    return out


@pytest.fixture(scope="session")
def table_graph(table_exports: Path) -> KnowledgeGraph:
    """The graph those exports were written from, read back from its lossless graph.json."""
    return kg.load(table_exports / "graph.json")
