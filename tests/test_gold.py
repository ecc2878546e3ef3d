"""The seeds against the hand-made gold annotation, with the scorer copied unchanged into tests/data."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import networkx as nx
import yaml

from .conftest import EVAL


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(seed_exports: Path) -> tuple[dict, dict]:
    gold = yaml.safe_load((EVAL / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    return _scorer().score(nx.read_graphml(seed_exports / "graph.graphml"), gold), gold


def test_every_article_publisher_and_person_is_found_and_none_split(seed_exports: Path) -> None:
    result, gold = _score(seed_exports)
    kinds = {"Article", "Publisher", "Person"}
    wanted = {gid for gid, entity in gold["entities"].items() if entity["type"] in kinds}
    assert wanted and not wanted & set(result["missing_entities"])
    assert not wanted & set(result["fragmented"])


def test_every_reported_by_and_authored_by_relation_is_found(seed_exports: Path) -> None:
    result, gold = _score(seed_exports)
    wanted = {tuple(r) for r in gold["relations"] if r[1] in ("reported-by", "authored-by")}
    assert wanted and not wanted & set(result["missing_relations"])


def test_nothing_listed_as_absent_appears(seed_exports: Path) -> None:
    result, _ = _score(seed_exports)
    assert result["bad_nodes"] == [] and result["bad_relations"] == []


def test_scorer_thresholds_of_the_extraction_issue_pass(seed_exports: Path) -> None:
    status = _scorer().main(
        [
            "--graphml", str(seed_exports / "graph.graphml"),
            "--gold", str(EVAL / "gold" / "seeds.yaml"),
            "--min-entity-recall", "0.9",
            "--min-relation-recall", "0.8",
            "--min-edge-precision", "0.9",
            "--max-fragmented", "0",
            "--max-bad", "0",
            "--quiet",
        ]
    )  # fmt: skip
    assert status == 0
