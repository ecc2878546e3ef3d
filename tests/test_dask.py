"""The Dask engine on a real LocalCluster (2 worker processes on 127.0.0.1): same exports as a local build."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import SEEDS
from .test_build import exported

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster of two worker processes, as a separately started cluster would be."""
    import logging

    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def test_build_on_an_existing_cluster_equals_the_local_build(
    scheduler: str, seed_exports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert scheduler.startswith("tcp://127.0.0.1:")
    out = tmp_path / "dask"
    assert main(["build", str(SEEDS), "--out", str(out), "--engine", "dask", "--scheduler", scheduler]) == 0
    assert "5 extracted, 0 from cache" in capsys.readouterr().err
    assert exported(out) == exported(seed_exports)
    with distributed.Client(scheduler) as client:
        assert len(client.nthreads()) == 2  # the cluster outlives the build that used it


def test_build_starts_and_stops_its_own_local_cluster(seed_exports: Path, tmp_path: Path) -> None:
    out = tmp_path / "dask"
    assert main(["build", str(SEEDS), "--out", str(out), "--engine", "dask", "--workers", "2", "--no-cache"]) == 0
    assert exported(out) == exported(seed_exports)


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code = main(
            ["build", str(SEEDS), "--out", str(tmp_path), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
        )
    assert code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
