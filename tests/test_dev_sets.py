"""benchmarks/dev_sets.py finds every development set with its gold and source, keeps the held-out sets
out unless asked, and reads and pools score.py's summary lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import dev_sets  # noqa: E402

# score.py's summary lines for two sets (as printed for the 27-story dev set and dev6-2019)
DEV = (
    "entity recall 0.94 (343/363), fragmented 5, relation recall 0.71 (94/132), edge precision 0.98 (99/101), "
    "absent-but-present 6, node precision 0.90 (319/355), action precision 0.91 (73/80), action recall 0.64 (67/105)"
)
DEV6 = (
    "entity recall 0.80 (60/75), fragmented 1, relation recall 0.67 (6/9), edge precision 1.00 (6/6), "
    "absent-but-present 1, node precision 0.84 (54/64), action precision 0.00 (0/0), action recall 0.00 (0/3)"
)


def test_every_set_with_gold_and_source_is_found_and_held_out_ones_only_when_asked() -> None:
    names = [s.name for s in dev_sets.dev_sets()]
    assert {"wikinews-dev2", "wikinews-heldout", "wh-dev", "wikinews-dev7-2020"} <= set(names)
    assert not any(name.startswith("wikinews-heldout2") for name in names)
    with_held_out = [s.name for s in dev_sets.dev_sets(held_out=True)]
    assert "wikinews-heldout2-2019" in with_held_out
    for found in dev_sets.dev_sets():
        assert found.gold.is_file() and found.source.exists()


def test_a_summary_line_becomes_a_row_and_sets_pool_by_their_counts() -> None:
    dev, dev6 = dev_sets.figures(DEV), dev_sets.figures(DEV6)
    row = "| dev | 0.94 (343/363) | 5 | 0.90 (319/355) | 0.91 (73/80) | 0.64 (67/105) |"
    assert dev_sets.table_row("dev", dev) == row
    total = dev_sets.pooled([dev, dev6])
    assert total["entity recall"][0] == f"{403 / 438:.2f} (403/438)"
    assert total["action recall"][1:] == (67, 108)
    assert total["fragmented"][0] == "6"


@pytest.mark.parametrize("line", ["", "error: no such file"])
def test_a_line_without_figures_gives_dashes(line: str) -> None:
    assert dev_sets.table_row("x", dev_sets.figures(line)) == "| x | - | - | - | - | - |"
