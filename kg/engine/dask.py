"""The Dask engine: per-article extraction as tasks on a dask.distributed cluster.

With a scheduler address the build connects to that cluster (whose workers must have kg and the
model installed); without one it starts a LocalCluster of `workers` processes on 127.0.0.1 for
the length of the build. Results come back to this process (the client), which merges them in
input order, so the exports equal a local build's byte for byte.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from kg.engine import extract_batch
from kg.errors import ConfigError
from kg.ingest import SourceFile


class DaskEngine:
    """Submits each batch of article files (their bytes: workers need no shared disk) as one task."""

    def __init__(self, *, workers: int, scheduler: str | None, model: str | None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ConfigError("--engine dask needs dask.distributed: pip install 'kg[dask]'") from None
        self._model = model
        self._cluster: Any = None
        if scheduler:
            try:
                # Waits up to dask's `distributed.comm.timeouts.connect` (30 s unless configured).
                self._client = Client(scheduler)
            except OSError as error:
                raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        else:
            self._cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                # Any free port: the scheduler serves /health there, and 8787 may be taken.
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            )
            self._client = Client(self._cluster)
        threads = sum(self._client.nthreads().values()) or workers
        self.window = 2 * threads

    def submit(self, files: Sequence[SourceFile]) -> Any:
        """Send `files` to the cluster as one task; a distributed.Future of what each gave."""
        # pure=False: two batches with equal files are still two tasks (keys must not collide).
        return self._client.submit(extract_batch, list(files), self._model, pure=False)

    def close(self) -> None:
        """Disconnect; a LocalCluster this engine started is shut down too."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def start(*, workers: int, scheduler: str | None, model: str | None) -> DaskEngine:
    """Connect to the cluster at `scheduler`, or start a LocalCluster of `workers` processes."""
    return DaskEngine(workers=workers, scheduler=scheduler, model=model)
