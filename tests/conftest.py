"""Shared fixtures: the seeds built once per test session, and paths to the test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
EVAL = DATA / "eval"


@pytest.fixture(scope="session")
def seed_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once with the `kg build` command; the folder holding the exports."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("seed-exports")
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    return out
