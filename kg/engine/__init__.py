"""Engines: where per-article extraction runs (this process, a local process pool, a Dask cluster).

An engine takes batches of article files (their bytes, read by the build) and returns futures of
their ArticleFacts (or the InputError of a file that is no article); the build keeps a
bounded window of batches in flight and reads the results back in input order, so the graph and
its exports are the same bytes whichever engine and however many workers ran. Engines are found
by name in `ENGINES` (the `kg.engines` entry-point group: another package can add one) and
imported only when asked for (dask stays unimported for a local build). Importing this module
imports no extraction code, so the `kg` command can list the engines cheaply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from importlib.metadata import EntryPoint
from typing import TYPE_CHECKING, Protocol, TypeAlias

from kg.errors import ConfigError, InputError
from kg.registry import Registry

if TYPE_CHECKING:
    from kg.extract.pipeline import ArticleFacts
    from kg.ingest import Article, SourceFile

Extracted: TypeAlias = "ArticleFacts | InputError"
"""What extracting one file gives: its facts, or why it is not an article."""


class ResultFuture(Protocol):
    """What `Engine.submit` returns: concurrent.futures.Future and distributed.Future both fit."""

    def result(self) -> list[Extracted]:
        """Wait for the batch and return what each file gave, in the order of the files."""


class Engine(Protocol):
    """Runs `extract_batch` on batches of article files, somewhere."""

    window: int
    """How many batches to keep in flight: enough to keep every worker busy, few enough to bound memory."""

    def submit(self, files: Sequence[SourceFile]) -> ResultFuture:
        """Start parsing and extracting `files`; the future's result lists what each gave, in order."""

    def close(self) -> None:
        """Stop the workers this engine started (a cluster it only connected to keeps running)."""


ENGINES: Registry[Callable[..., Engine]] = Registry(
    "kg.engines",
    "engine",
    [EntryPoint(name, f"kg.engine.{name}:start", "kg.engines") for name in ("local", "dask")],
    check=callable,
)
"""Engines by name: `start(*, workers, scheduler, model) -> Engine` functions, kg's own and installed ones."""


def extract_batch(files: Sequence[SourceFile], model: str | None) -> list[Extracted]:
    """Parse and extract one batch of article files in the calling process: the task every engine runs.

    Parsing happens here, not in the build, so that it runs in parallel too and a rebuild never
    parses a file whose bytes it has extracted before. An article in another language than the
    model's is an InputError: never extracted with a pipeline for another language.
    """
    from kg.extract.nlp import model_language
    from kg.extract.pipeline import extract_articles
    from kg.ingest import Article
    from kg.ingest.language import check_language, load_identifier_in_background
    from kg.ingest.readers import parse_unit

    if files:
        load_identifier_in_background()  # beside spaCy's model, which loads next
    language, language_name = model_language(model) if files else ("", "")
    parsed: list[Article | InputError] = []
    for source in files:
        try:
            article = parse_unit(source)
            check_language(article, language, language_name)
            parsed.append(article)
        except InputError as error:
            parsed.append(error)
        except MemoryError:
            reason = f"ran out of memory while reading its {len(source.raw):,} bytes"
            parsed.append(InputError(source.source_path, reason))
    extracted = extract_articles((item for item in parsed if isinstance(item, Article)), model=model)
    return [item if isinstance(item, InputError) else next(extracted) for item in parsed]


def open_engine(name: str, *, workers: int = 1, scheduler: str | None = None, model: str | None = None) -> Engine:
    """The engine called `name` ("local" or "dask"), started with `workers` workers.

    >>> engine = open_engine("local", workers=1)
    >>> [item.article_id for item in engine.submit([]).result()]
    []
    >>> engine.close()
    """
    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}; known: {', '.join(ENGINES)}")
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if scheduler and name != "dask":
        raise ConfigError("a scheduler address needs --engine dask")
    return ENGINES[name](workers=workers, scheduler=scheduler, model=model)


def done(value: list[Extracted]) -> Future[list[Extracted]]:
    """A future that is already resolved to `value`."""
    future: Future[list[Extracted]] = Future()
    future.set_result(value)
    return future
