"""Running extraction over many articles: in this process, in a local process pool, or on Dask.

Work is sent in chunks of articles (one task per chunk keeps the per-task overhead of a pool
or a Dask scheduler small next to ~3 ms of extraction per article), with a bounded number of
chunks in flight so memory does not grow with the corpus. Results come back as they finish;
nothing downstream depends on their order (the corpus tables are sorted at the end).

A worker reads its articles itself (the raw folder, and the cache in the build folder, must be
on a filesystem the workers share: always true for a local pool or LocalCluster) and returns
Arrow tables of the chunk's rows, which are compact to send back.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pyarrow as pa

from . import schema
from .arrays import array
from .cache import ArticleCache, input_key
from .errors import InputError
from .extract import extract
from .raw import read_article

T = TypeVar("T")
R = TypeVar("R")
EXECUTORS = ("process", "dask", "serial")
# Hidden columns of the per-chunk tables: the article's document id, its position in discovery
# order (to keep one copy of a text found under two names) and the row's position in the
# article (ties broken as a stable sort in document order would).
HIDDEN = [pa.field("_doc", pa.string()), pa.field("_art", pa.int64()),
          pa.field("_seq", pa.int64())]
HIDDEN_NAMES = {f.name for f in HIDDEN}
Columns = dict[str, dict[str, list[Any]]]  # table -> column -> values
log = logging.getLogger(__name__)


def _not_heartbeat_race(record: logging.LogRecord) -> bool:
    """False for a worker's 'Failed to communicate with scheduler during heartbeat': logged
    at ERROR when a heartbeat meets the scheduler closing at the end of a build (a race in
    Dask's shutdown, seen now and then on a loaded machine). Only that message is dropped; a
    worker goes on after it, and a task's own error reaches the build as an exception."""
    return not str(record.msg).startswith("Failed to communicate with scheduler during heartbeat")


# (in this module, which the forkserver imports, so that every worker forked from it has it)
logging.getLogger("distributed.worker").addFilter(_not_heartbeat_race)


@dataclass(frozen=True)
class ChunkTask:
    raw: str
    # (position in discovery order, path under raw, cache key if already computed)
    articles: tuple[tuple[int, str, str | None], ...]
    cache_root: str | None
    version: str


@dataclass
class ChunkResult:
    tables: dict[str, pa.Table]
    extracted: int = 0
    cached: int = 0
    articles: int = 0
    errors: list[tuple[str | None, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _schemas() -> dict[str, pa.Schema]:
    src = schema.source()
    return {name: pa.schema(list(schema.arrow_schema(name, src)) + HIDDEN)
            for name in schema.table_names(src)}


def columnar(rows: dict[str, list[dict[str, Any]]]) -> Columns:
    """One article's rows as columns of the schema's types, "" as missing (as published), with
    the hidden `_doc` and `_seq`: what the cache keeps, cheap to turn into Arrow."""
    doc_id = rows["documents"][0]["document_id"]
    out: Columns = {}
    for name, table_schema in _schemas().items():
        table_rows = rows.get(name, [])
        columns: dict[str, list[Any]] = {}
        for column in table_schema:
            if column.name in HIDDEN_NAMES:
                continue
            key = column.name
            if pa.types.is_string(column.type):  # "" and None missing; anything else a string
                values = [None if v is None or v == "" else v if v.__class__ is str else str(v)
                          for v in [r.get(key) for r in table_rows]]
                columns[key] = values
                continue
            values = [None if r.get(key) in (None, "") else r[key] for r in table_rows]
            if pa.types.is_date(column.type):
                values = [v if v is None or not isinstance(v, str) else _date(v) for v in values]
            columns[column.name] = values
        columns["_doc"] = [doc_id] * len(table_rows)
        columns["_seq"] = list(range(len(table_rows)))
        out[name] = columns
    return out


def spill_tables(articles: list[tuple[int, Columns]]) -> dict[str, pa.Table]:
    """The columns of several articles (with their positions) as one Arrow table per table."""
    tables = {}
    for name, table_schema in _schemas().items():
        arrays = []
        for column in table_schema:
            if column.name == "_art":
                values = [i for i, cols in articles for _ in range(len(cols[name]["_doc"]))]
            else:
                values = [v for _, cols in articles for v in cols[name][column.name]]
            arrays.append(array(values, column.type))
        tables[name] = pa.Table.from_arrays(arrays, schema=table_schema)
    return tables


def _date(value: str) -> Any:
    import datetime as dt
    return dt.date.fromisoformat(value)


def article_key(raw: Path, rel: str) -> str:
    """The cache key of an article: its text's sha256 and a digest of its sidecar and path."""
    path = raw / rel
    sidecar = path.with_suffix(".yaml")
    with open(path, "rb") as handle:
        sha = hashlib.file_digest(handle, "sha256").hexdigest()
    return input_key(sha, sidecar.read_bytes() if sidecar.exists() else None, rel)


def article_columns(raw: Path, rel: str, cache: ArticleCache | None, key: str | None = None
                    ) -> tuple[Columns, bool]:
    """One article's columns, from the cache when its inputs are unchanged; True if extracted."""
    if cache is not None:
        key = key or article_key(raw, rel)
        found = cache.get(key)
        if found is not None:
            return found, False
    columns = columnar(extract(read_article(raw / rel, raw)))
    if cache is not None and key is not None:
        cache.put(key, columns)
    return columns, True


def extract_chunk(task: ChunkTask) -> ChunkResult:
    """Extract (or load from the cache) every article of a chunk; its rows as Arrow per table."""
    raw = Path(task.raw)
    cache = ArticleCache(Path(task.cache_root), task.version) if task.cache_root else None
    result = ChunkResult(tables={})
    done: list[tuple[int, Columns]] = []
    for index, rel, key in task.articles:
        try:
            columns, extracted = article_columns(raw, rel, cache, key)
        except InputError as exc:  # sent back as text: it becomes the build's one-line error
            result.errors.append((exc.path, exc.cause))
            continue
        result.extracted += extracted
        result.cached += not extracted
        result.articles += 1
        done.append((index, columns))
    result.tables = spill_tables(done)
    return result


class Executor(Protocol):
    workers: int
    # False when stopping changes this process's state that other threads read, so the build
    # must wait for it rather than go on alongside (`corpus._meanwhile`)
    stops_alongside: bool

    def run(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


class SerialExecutor:
    """Everything in this process: the reference the parallel executors must equal."""

    workers = 1
    stops_alongside = True

    def run(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        for task in tasks:
            yield fn(task)

    def close(self) -> None:
        pass


def _bounded(submit: Callable[[T], Future], tasks: Iterable[T], window: int) -> Iterator[Future]:
    """Futures in completion order, at most `window` in flight."""
    pending: set[Future] = set()
    for task in tasks:
        pending.add(submit(task))
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from done
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from done


class ProcessExecutor:
    """A local process pool (forkserver: safe when this process runs threads, cheap to start)."""

    stops_alongside = True

    def __init__(self, workers: int) -> None:
        self.workers = workers
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def run(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        for future in _bounded(lambda t: self.pool.submit(fn, t), tasks, 3 * self.workers):
            yield future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


METHOD_KEY = "distributed.worker.multiprocessing-method"
# Dask settings of a LocalCluster made here. Every 10 ms a worker's event loop samples its
# task's stack for Dask's statistical profile, which only the dashboard and `Client.profile`
# show, and such a cluster has neither (benchmarks/dask_threads.py measures the cost).
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}


def _local_start_method(configured: str) -> str:
    """How a LocalCluster starts its workers: from a forkserver on Linux, unless configured.

    Forking this process is quickest, but it runs threads (Dask's event loop, perhaps DuckDB's
    or pyarrow's) whose locks a child may inherit held: one such cluster never finished
    starting. Dask's default, spawn, starts fresh interpreters that each import Dask and the
    extractor. A forkserver imports both once, in a process of one thread, and forks workers
    from it. `benchmarks/dask_start.py` (2 workers, `distributed` imported, the cluster created
    and four first tasks run, in a fresh process): 0.9 s forked, 2.1 s spawned, 1.8-1.95 s from
    this forkserver.
    Another configured method (or platform) keeps Dask's own way.
    """
    if configured == "spawn" and sys.platform == "linux":
        return "forkserver"
    return configured


def _start_forkserver() -> None:
    """Start the forkserver, if it is not running, with Dask and the extractor imported.

    Workers forked from it start with both. Dask would start it itself preloading every package
    it knows of (slower) but not the extractor, which each worker would import with its first
    task. The process pool's workers come from the same server.
    """
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", __name__])
    forkserver.ensure_running()


class DaskExecutor:
    """Dask distributed: an existing cluster (`scheduler` address) or a LocalCluster."""

    # A LocalCluster's scheduler and nannies put their scratch folder first on `sys.path` and
    # take it out as they stop, on Dask's thread. A list changed while another thread walks
    # it skips an item: an import of the merge, walking `sys.path` then, once missed
    # site-packages ("No package metadata was found for duckdb").
    stops_alongside = False

    def __init__(self, workers: int, scheduler: str | None = None) -> None:
        self.cluster = None
        if scheduler:
            from distributed import Client

            self.client = Client(scheduler)
        else:
            import dask

            # Dask's default (spawn) comes with `distributed`, not imported yet: until then
            # the key is set only if the user set it
            configured = dask.config.get(METHOD_KEY, None) or "spawn"
            method = _local_start_method(configured)
            if method != configured:
                # first, so that the server imports Dask while this process does the same
                _start_forkserver()
            from distributed import Client, LocalCluster

            with dask.config.set({METHOD_KEY: method, **LOCAL_CLUSTER_CONFIG}):
                # (no dashboard is wanted, but the scheduler serves HTTP all the same, on
                # Dask's port 8787 when given None: a port of the system's choosing cannot
                # be taken by another cluster, nor warn that it was)
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                            processes=True, dashboard_address=":0",
                                            silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))

    def run(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        from distributed import as_completed

        window = 3 * self.workers
        iterator = iter(tasks)
        futures = [self.client.submit(fn, t, pure=False) for _, t in zip(range(window), iterator,
                                                                            strict=False)]
        completed = as_completed(futures)
        for future in completed:
            result = future.result()
            future.release()
            following = next(iterator, None)
            if following is not None:
                completed.add(self.client.submit(fn, following, pure=False))
            yield result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(kind: str = "process", jobs: int | None = None,
                  scheduler: str | None = None) -> Executor:
    """`process` (default; one process per core), `dask` or `serial`."""
    workers = jobs or os.cpu_count() or 1
    if kind not in EXECUTORS:
        raise InputError(None, f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
    if kind == "dask":
        return DaskExecutor(workers, scheduler)
    if kind == "serial" or workers == 1:
        return SerialExecutor()
    return ProcessExecutor(workers)
