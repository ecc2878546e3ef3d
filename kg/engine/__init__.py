"""Engines: where per-article extraction runs (this process, a local process pool, a Dask cluster).

An engine takes batches of articles and returns futures of their ArticleFacts; the build keeps a
bounded window of batches in flight and reads the results back in input order, so the graph and
its exports are the same bytes whichever engine and however many workers ran. Engines are found
by name and imported only when asked for (dask stays unimported for a local build).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Protocol

from kg.errors import ConfigError
from kg.extract.pipeline import ArticleFacts, extract_articles
from kg.ingest.article import Article


class ResultFuture(Protocol):
    """What `Engine.submit` returns: concurrent.futures.Future and distributed.Future both fit."""

    def result(self) -> list[ArticleFacts]:
        """Wait for the batch and return its ArticleFacts, in the order of its articles."""


class Engine(Protocol):
    """Runs `extract_batch` on batches of articles, somewhere."""

    window: int
    """How many batches to keep in flight: enough to keep every worker busy, few enough to bound memory."""

    def submit(self, articles: Sequence[Article]) -> ResultFuture:
        """Start extracting `articles`; the future's result lists their ArticleFacts in order."""

    def close(self) -> None:
        """Stop the workers this engine started (a cluster it only connected to keeps running)."""


ENGINES = {"local": "kg.engine.local", "dask": "kg.engine.dask"}


def extract_batch(articles: Sequence[Article], model: str | None) -> list[ArticleFacts]:
    """Extract one batch of articles in the calling process: the task every engine runs."""
    return list(extract_articles(articles, model=model))


def open_engine(name: str, *, workers: int = 1, scheduler: str | None = None, model: str | None = None) -> Engine:
    """The engine called `name` ("local" or "dask"), started with `workers` workers.

    >>> engine = open_engine("local", workers=1)
    >>> [item.article_id for item in engine.submit([]).result()]
    []
    >>> engine.close()
    """
    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}; known: {', '.join(sorted(ENGINES))}")
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if scheduler and name != "dask":
        raise ConfigError("a scheduler address needs --engine dask")
    module = importlib.import_module(ENGINES[name])
    return module.start(workers=workers, scheduler=scheduler, model=model)  # type: ignore[no-any-return]


def done(value: list[ArticleFacts]) -> Future[list[ArticleFacts]]:
    """A future that is already resolved to `value`."""
    future: Future[list[ArticleFacts]] = Future()
    future.set_result(value)
    return future
