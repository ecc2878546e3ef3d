"""The local engine: extraction in this process (1 worker) or in a pool of worker processes.

Each worker process loads the spaCy model once and parses and extracts whole batches; the files'
bytes go to it and the ArticleFacts come back pickled, which costs little next to parsing them.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial

from kg.engine import Extracted, done, extract_batch
from kg.ingest import SourceFile


class InProcessEngine:
    """Extracts each batch when it is submitted, here: no pickling, no second model in memory."""

    window = 1

    def __init__(self, model: str | None) -> None:
        self.model = model

    def submit(self, files: Sequence[SourceFile]) -> Future[list[Extracted]]:
        """Extract `files` now; the returned future is already done."""
        return done(extract_batch(files, self.model))

    def close(self) -> None:
        """Nothing to stop."""


class ProcessPoolEngine:
    """Extracts batches in `workers` processes, each with its own copy of the model."""

    def __init__(self, workers: int, model: str | None) -> None:
        # Spawned, not forked: a fork would copy this process's threads and open files (the
        # cache's SQLite connection, the progress bar's monitor) into every worker.
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        self._extract = partial(extract_batch, model=model)
        self.window = 2 * workers

    def submit(self, files: Sequence[SourceFile]) -> Future[list[Extracted]]:
        """Queue `files` for the next free worker."""
        return self._pool.submit(self._extract, list(files))

    def close(self) -> None:
        """Stop the worker processes (pending batches are cancelled)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def start(*, workers: int, scheduler: str | None, model: str | None) -> InProcessEngine | ProcessPoolEngine:
    """One worker runs in this process; more run in a process pool."""
    return InProcessEngine(model) if workers == 1 else ProcessPoolEngine(workers, model)
