"""benchmarks/RELATIONS.md is what benchmarks/relation_table.py makes of the Wikinews dev set now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.mark.slow
@pytest.mark.skipif(
    not (SHARED / "eval/dev/wikinews-dev.csv").exists(), reason="../shared/eval is not beside the checkout"
)
def test_the_per_relation_table_is_current() -> None:
    spec = importlib.util.spec_from_file_location("relation_table", ROOT / "benchmarks" / "relation_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run: python benchmarks/relation_table.py"
