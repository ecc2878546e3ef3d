"""Build: article files in, a KnowledgeGraph out (ingest -> extract -> resolve -> graph), and its files written.

`build` is what `kg build` runs (and `kg.build` is): check the input, build the graph, write the
exports and `report.json` to the output folder. `build_graph` and `write_exports` are its two
halves, for a caller that wants the graph without files or the files of a graph built before.

Article files stream through in batches: each batch's bytes are read and hashed, looked up in
the extraction cache, and its misses are parsed and extracted by an engine (this process, a
process pool or a Dask cluster) while the next batches are read. A file whose bytes were
extracted before is neither parsed nor extracted again. Results are taken back in input order,
so resolution sees the articles in the same order and the exports are the same bytes with any
engine, any number of workers, and with or without the cache. No spaCy Doc outlives its batch.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.cache import CACHE_FILE, ExtractionCache
from kg.engine import Engine, Extracted, ResultFuture, open_engine
from kg.errors import ConfigError, InputError
from kg.extract.pipeline import ArticleFacts
from kg.graph import KnowledgeGraph
from kg.ingest import SourceFile, discover
from kg.ingest.readers import is_container, units_of
from kg.report import build_report, exit_status, printable, should_export, write_report
from kg.resolve import resolve
from kg.resolve.persons import merge_persons

BATCH_ARTICLES = 16
"""Articles per extraction task: large enough for nlp.pipe to batch, small enough to balance workers."""
YOUNG_COLLECTION_THRESHOLD = 20_000
"""Allocations between two collections of the youngest generation during a build (Python's default
is 700): a build makes millions of objects and almost no cyclic garbage (each Doc's cycles are
broken when it is let go), and every young collection moves survivors on, towards full collections
of everything the build holds. Exports are the same bytes whatever the collector does."""


@dataclass
class BuildResult:
    """What a build made, what it could not read, what it wrote, and where the time went."""

    graph: KnowledgeGraph
    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)
    extracted: int = 0
    """Article files extracted in this build (the others came from the cache)."""
    cached: int = 0
    """Article files whose extraction was read from the cache."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage: `build` (read, extract, resolve, graph) and `export:<format>`."""
    written: dict[str, Path] = field(default_factory=dict)
    """The export files written, by format (empty when none was: see `not_exported`)."""
    report: Path | None = None
    """The `report.json` written (None when the build had no output folder)."""
    strict: bool = False
    """Whether any skipped file was to stop the exports (`build(..., strict=True)`)."""

    @property
    def exit_status(self) -> int:
        """`kg build`'s exit status: 0 every file read, 1 some file skipped or none readable."""
        return exit_status(self)

    @property
    def not_exported(self) -> str | None:
        """Why a build with an output folder wrote no export, in words; None when it wrote them (or had no folder)."""
        if self.report is None or self.written:
            return None
        return "strict and some file skipped" if self.strict and self.articles else "no article could be read"


def build(
    paths: str | Path | Iterable[str | Path],
    *,
    out: str | Path | None = None,
    formats: Sequence[str] | None = None,
    strict: bool = False,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: bool | str | Path = True,
    model: str | None = None,
    progress: bool = False,
) -> BuildResult:
    """Read the articles under `paths` (files or folders), build their graph and, with `out`, write it (`kg.build`).

    Everything `kg build` does: with `out`, the folder is created if missing, the exports are written
    there (`formats`, default `kg.export.DEFAULT_FORMATS`) and `out/report.json` says what was read,
    what was skipped and why. Exports are not written when no article could be read, nor, with
    `strict`, when any file was skipped: the earlier exports then stay as they were, and
    `result.not_exported` says why. Unreadable files never stop a build; they are in `result.skipped`.

    Parameters
    ----------
    out: the output folder; None builds the graph only (no file is written, no cache is used).
    formats: export format names (`kg.export.EXPORTERS`); needs `out`.
    strict: write no export when any file was skipped; needs `out`.
    workers, engine, scheduler, model, progress: as for `build_graph`.
    cache: True keeps the extraction cache in `out/.kg-cache.sqlite`; False uses none; a path
        names the cache file.

    Raises
    ------
    ConfigError: no article file under `paths`, `out` not writable, an unknown format, or
        `formats`/`strict` without `out`.

    Examples
    --------
    >>> import tempfile
    >>> result = build("seeds", out=tempfile.mkdtemp(), formats=["json"])
    >>> result.articles, result.skipped, result.exit_status, sorted(result.written), result.report.name
    (5, [], 0, ['json'], 'report.json')
    """
    sources = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files = discover(sources)
    if not files:
        raise ConfigError("no article files under " + ", ".join(printable(str(p)) for p in sources))
    if out is None and (formats or strict):
        raise ConfigError("formats and strict are for a build with an output folder (out=DIR)")
    if formats:
        from kg.export import check_formats  # the exporters themselves are imported when written

        check_formats(formats)
    if out is not None:
        try:
            Path(out).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ConfigError(f"cannot write to {printable(str(out))}: {error.strerror or error}") from None
    # True: the cache beside the exports (none without a folder); False: none; else the file named.
    store = (Path(out) / CACHE_FILE if out is not None and cache else None) if isinstance(cache, bool) else cache
    result = build_graph(
        files, workers=workers, engine=engine, scheduler=scheduler, model=model, cache=store, progress=progress
    )
    if out is None:
        return result
    result.strict = strict
    if should_export(result, strict=strict):
        write_exports(result, out, formats, processes=workers)
    result.report = write_report(build_report(result, result.written, strict=strict), out)
    return result


def build_graph(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: str | Path | None = None,
    progress: bool = False,
    batch_size: int = BATCH_ARTICLES,
) -> BuildResult:
    """Read every article under `paths` and build their graph; unreadable files are skipped.

    Parameters
    ----------
    model: the spaCy model name, passed to the extractors as it is.
    workers: extraction processes (1 extracts in this process).
    engine: "local" (this machine) or "dask" (a dask.distributed cluster).
    scheduler: a Dask scheduler address such as ``tcp://10.0.0.5:8786``; without one, the dask
        engine starts a LocalCluster of `workers` processes.
    cache: an SQLite file of earlier extractions (created if missing); unchanged articles are
        read from it instead of being extracted again, and new extractions are added to it.
    progress: show a progress bar (articles/s, ETA) on stderr.
    batch_size: articles per extraction task.

    Examples
    --------
    >>> result = build_graph(["seeds"])
    >>> result.articles, result.skipped, result.graph.nx.number_of_nodes() > 5
    (5, [], True)
    """
    started = time.perf_counter()
    result = BuildResult(KnowledgeGraph())
    files = discover(paths)
    # Where each file, row, record or entry came in the input: skipped ones are listed in that order.
    order: dict[str, int] = {}
    with ExitStack() as stack:
        stack.enter_context(_young_collections_rarer())
        store = stack.enter_context(ExtractionCache(cache, model=model)) if cache is not None else None
        runner = open_engine(engine, workers=workers, scheduler=scheduler, model=model)
        stack.callback(runner.close)
        # A table or an archive holds an unknown number of articles: the bar then shows no total.
        total = None if any(is_container(path) for path in files) else len(files)
        bar = stack.enter_context(_progress_bar(total, enabled=progress))
        batches = _read_batches(files, result, bar, batch_size, order)
        extracted = _extract_in_order(batches, runner, store, result, bar)
        result.graph.add_facts(merge_persons(resolve(extracted)))
        if store is not None:
            # Only after a complete build: the cache then holds exactly the current corpus.
            store.prune()
    # Units unreadable here and units that are no article (found by the engine) in the input's order.
    result.skipped.sort(key=lambda error: order.get(error.path, len(order)))
    result.timings["build"] = time.perf_counter() - started
    return result


@contextmanager
def _young_collections_rarer() -> Iterator[None]:
    """Collect the youngest generation every YOUNG_COLLECTION_THRESHOLD allocations meanwhile; the
    collector's thresholds are restored afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_COLLECTION_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _read_batches(
    files: Sequence[Path], result: BuildResult, bar: Any, size: int, order: dict[str, int]
) -> Iterator[list[SourceFile]]:
    """The readable units of the files (a file, or each row, record or entry of a container) in
    batches, streamed; unreadable ones go to `result.skipped`. `order` gets each unit's position."""
    batch: list[SourceFile] = []
    for path in files:
        for unit in units_of(path):
            key = unit.path if isinstance(unit, InputError) else unit.source_path
            order.setdefault(key, len(order))
            if isinstance(unit, InputError):
                result.skipped.append(unit)
                bar.update(1)
                continue
            batch.append(unit)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


@dataclass
class _Batch:
    files: list[SourceFile]
    found: list[ArticleFacts | None]
    misses: list[SourceFile]
    future: ResultFuture | None


def _extract_in_order(
    batches: Iterator[list[SourceFile]],
    runner: Engine,
    store: ExtractionCache | None,
    result: BuildResult,
    bar: Any,
) -> Iterator[ArticleFacts]:
    """Each article file's ArticleFacts, in input order, from the cache or from the engine."""
    pending: deque[_Batch] = deque()
    for files in batches:
        found = store.get_many(files) if store is not None else [None] * len(files)
        misses = [source for source, item in zip(files, found, strict=True) if item is None]
        pending.append(_Batch(files, found, misses, runner.submit(misses) if misses else None))
        while len(pending) > runner.window:
            yield from _finish(pending.popleft(), store, result, bar)
    while pending:
        yield from _finish(pending.popleft(), store, result, bar)


def _finish(batch: _Batch, store: ExtractionCache | None, result: BuildResult, bar: Any) -> Iterator[ArticleFacts]:
    fresh: list[Extracted] = batch.future.result() if batch.future is not None else []
    if store is not None:
        store.put_many(
            (source, item) for source, item in zip(batch.misses, fresh, strict=True) if isinstance(item, ArticleFacts)
        )
    result.extracted += sum(isinstance(item, ArticleFacts) for item in fresh)
    result.cached += len(batch.files) - len(batch.misses)
    bar.update(len(batch.files))
    new = iter(fresh)
    for item in batch.found:
        got = item if item is not None else next(new)
        if isinstance(got, InputError):
            result.skipped.append(got)
            continue
        result.articles += 1
        yield got


class _NoBar:
    def update(self, count: int) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _progress_bar(total: int | None, *, enabled: bool) -> Any:
    if not enabled:
        return _NoBar()
    from tqdm import tqdm  # imported here: only interactive builds draw a bar

    return tqdm(total=total, unit=" articles", file=sys.stderr, smoothing=0.05, mininterval=0.5, dynamic_ncols=True)


def write_exports(
    result: BuildResult, out_dir: str | Path, formats: Sequence[str] | None = None, *, processes: int = 1
) -> dict[str, Path]:
    """Export `result.graph` to `out_dir` in each format, recording each format's time in `result.timings`
    and its file in `result.written`.

    `formats` are names of `kg.export.EXPORTERS` (each written once, in the order given);
    `kg.export.DEFAULT_FORMATS` when None or empty.

    With `processes` > 1 (and where processes can be forked), the formats are written by that
    many forked processes at once, each reading the graph this process built; every file is
    still replaced atomically, and the files are the same bytes as when written one by one.
    """
    from kg.export import DEFAULT_FORMATS, EXPORTERS, check_formats, export

    names = list(dict.fromkeys(formats or DEFAULT_FORMATS))
    check_formats(names)
    processes = min(processes, len(names), os.cpu_count() or 1)
    if processes > 1 and "fork" in multiprocessing.get_all_start_methods():
        timings = _export_in_processes(result.graph, Path(out_dir), names, processes)
    else:  # (Turtle and JSON-LD from one walk of the graph: `kg.export.export`)
        timings = {}
        with _young_collections_rarer():
            export(result.graph, Path(out_dir), names, timings=timings)
    for name in names:
        result.timings[f"export:{name}"] = timings[name]
    written = {name: Path(out_dir) / EXPORTERS[name].filename for name in names}
    result.written.update(written)
    return written


def _timed_export(graph: KnowledgeGraph, out_dir: Path, name: str) -> float:
    from kg.export import export

    started = time.perf_counter()
    export(graph, out_dir, (name,))
    return time.perf_counter() - started


_FORKED_GRAPH: KnowledgeGraph | None = None
"""The graph a forked export process writes (inherited from the parent: nothing is pickled)."""


def _export_forked(out_dir: Path, name: str) -> float:
    assert _FORKED_GRAPH is not None
    return _timed_export(_FORKED_GRAPH, out_dir, name)


def _export_in_processes(graph: KnowledgeGraph, out_dir: Path, names: list[str], processes: int) -> dict[str, float]:
    global _FORKED_GRAPH
    from kg.export import EXPORTERS

    # Costliest first, so that the cheap ones fill in around them.
    ordered = sorted(names, key=lambda name: EXPORTERS[name].cost, reverse=True)
    _FORKED_GRAPH = graph
    graph.sorted_edges()  # sorted once here, and shared with every forked process
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
            futures = {name: pool.submit(_export_forked, out_dir, name) for name in ordered}
            return {name: future.result() for name, future in futures.items()}
    finally:
        _FORKED_GRAPH = None
