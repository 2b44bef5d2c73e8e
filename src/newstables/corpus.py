"""Building the package of a corpus of any size: parallel extraction, spill, merge, stream out.

1. Workers (executors.py) extract chunks of articles, or load them from the per-article cache,
   and send back Arrow tables; this process appends them to one spill Parquet file per table.
   Articles unchanged since the last build (same path, text, sidecar and extractor version) are
   not sent at all: their rows are read where earlier builds left them, in build/state/
   (state.py), so a rebuild after one change costs one extraction plus the merge.
2. DuckDB merges the spilled rows: one copy of a text found under two names (the first path),
   entity rows grouped by id across articles with the rules of `combine.combine` (fullest
   name, first non-empty value in document order, mention counts summed), everything sorted by
   primary key. A large table is sorted one range of its first key at a time, each range
   about SORT_BYTES of spill (up to MAX_RANGES ranges), so the memory of a sort does not grow
   with the corpus up to some 85,000 articles; and DuckDB spills to disk beyond its memory
   limit, so no step holds the corpus.
3. The sorted rows stream into `package.write_streams`, one row group at a time. A full build
   also writes each table's index into the state; until the next full build, a rebuild reads
   that index and merges in the rows that changed instead of sorting all again (patch.py).

The result is byte-identical to `package.write(combine(...))` over the same articles, whichever
executor and however many workers (tests/test_scale.py).
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import package, patch, schema, state
from .cache import ArticleCache, extractor_version
from .combine import ENTITY_TABLES
from .errors import InputError
from .executors import EXECUTORS, HIDDEN, ChunkTask, article_key, extract_chunk, make_executor
from .raw import discover_names
from .sql import ident, literal

log = logging.getLogger(__name__)
SPILL_FLUSH_ROWS = 10_000  # rows of a table this process holds before it writes them
FETCH_ROWS = 50_000
SORT_BYTES = 2 * 2**20  # spill (Parquet) bytes sorted at once; a sort holds 10-30x that
SAMPLE_ROWS = 20_000  # of a table's first key, to cut it into ranges to sort one by one
# Each range is a scan of all the table's spill: past MAX_RANGES * SORT_BYTES (128 MB of
# mentions, about 85,000 articles), ranges grow instead, so that the time stays linear in the
# corpus; a sort then holds more, within DuckDB's memory limit (beyond which it spills).
MAX_RANGES = 64
SERIAL_MISSES = 8  # at most this many articles to extract: no worker pool


@dataclass(frozen=True)
class Options:
    """How to run a corpus build (the published bytes do not depend on any of these)."""

    executor: str = "process"  # process | dask | serial
    jobs: int | None = None  # workers; default: one per core
    scheduler: str | None = None  # address of an existing Dask scheduler
    cache: bool = True
    # Above this many documents each table's Parquet copy is a partitioned dataset (a folder).
    partition_above: int = 5_000
    progress: bool | None = None  # None: only when stderr is a terminal
    memory_limit: str = "1GB"  # DuckDB's, for the merge and sort (it spills to disk beyond)


@dataclass
class Stats:
    articles: int = 0
    extracted: int = 0
    cached: int = 0  # from the per-article cache, or from the last build's rows (state.py)
    documents: int = 0
    partitioned: bool = False
    patched: bool = False  # the last build's tables patched with the rows that changed


@contextmanager
def _progress(total: int, enabled: bool | None) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr (articles/s and ETA); nothing when stderr is not a tty,
    nor, unless `enabled`, for a build of at most SERIAL_MISSES articles to extract: over in
    a second, it would only flash (and rich takes a twentieth of one to import)."""
    if enabled is False or (enabled is None and total <= SERIAL_MISSES):
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed or 0:,.0f} articles/s")

    console = Console(stderr=True)
    if enabled is None and not console.is_terminal:
        yield lambda n: None
        return
    with Progress("extracting", BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
                  "ETA", TimeRemainingColumn(), console=console, transient=True) as bar:
        task = bar.add_task("extract", total=total)
        yield lambda n: bar.advance(task, n)


class Spill:
    """Every article's rows, one folder of Parquet files per table (state.table_files): those
    extracted now in one file, in arrival order, flushed in groups."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.buffers: dict[str, list[pa.Table]] = {}
        self.paths = {name: state.table_files(folder, name) / "extracted.parquet"
                      for name in schema.table_names()}

    def add(self, tables: dict[str, pa.Table]) -> None:
        for name, table in tables.items():
            if name not in self.writers:
                self.paths[name].parent.mkdir(parents=True, exist_ok=True)
                self.writers[name] = pq.ParquetWriter(self.paths[name], table.schema)
                self.buffers[name] = []
            self.buffers[name].append(table)
            if sum(len(t) for t in self.buffers[name]) >= SPILL_FLUSH_ROWS:
                self._flush(name)

    def _flush(self, name: str) -> None:
        if self.buffers[name]:
            self.writers[name].write_table(pa.concat_tables(self.buffers[name]))
            self.buffers[name] = []

    def close(self) -> None:
        for name, writer in self.writers.items():
            self._flush(name)
            writer.close()


def _chunks(plan: list[tuple[int, str, str | None]], raw: Path, size: int,
            cache_root: str | None, version: str) -> Iterator[ChunkTask]:
    for start in range(0, len(plan), size):
        yield ChunkTask(str(raw), tuple(plan[start:start + size]), cache_root, version)


def extract_to_spill(raw: Path, spill_dir: Path, cache_dir: Path | None, options: Options,
                     previous: state.State | None = None,
                     close: Callable[[Callable[[], None]], None] = lambda stop: stop(),
                     ) -> tuple[Stats, state.Live, state.Plan]:
    """Every article of raw/ not in the `previous` build's state extracted (or loaded from the
    cache) into the spill files; the build's articles (`Live`) and its plan. The workers are
    stopped by `close(executor.close)`: at once, or alongside what follows (`_meanwhile`), but
    a Dask cluster always at once (`stops_alongside`)."""
    if options.executor not in EXECUTORS:
        raise InputError("--executor", f"unknown executor {options.executor!r}; choose one of "
                         f"{', '.join(EXECUTORS)}")
    rels = discover_names(raw)
    stats = Stats(articles=len(rels))
    version = extractor_version()
    cache = ArticleCache(cache_dir, version) if cache_dir is not None else None
    if cache is not None:
        cache.prune_other_versions()
    stamps: list[str | None] = [None] * len(rels)
    if previous is not None:  # files that look as they did need not be read and hashed
        scan_ns = time.time_ns()
        stamps = [state.stamp(raw, rel, scan_ns) for rel in rels]
        keys: list[str | None] = [previous.known_key(rel, st) or article_key(raw, rel)
                for rel, st in zip(rels, stamps, strict=True)]
    else:
        keys = [article_key(raw, rel) if cache else None for rel in rels]
    plan: state.Plan = [(i, rel, key) for i, (rel, key) in enumerate(zip(rels, keys, strict=True))]
    spill = Spill(spill_dir)
    if previous is not None:
        live, todo = previous.plan(plan, stamps)
    else:
        live, todo = state.Live(list(range(len(plan)))), plan
    executor = None
    try:
        if todo:
            misses = (len(todo) if cache is None else
                      sum(not cache.path(key).exists() for _, _, key in todo if key))
            # A few changed articles: extract them here, rather than start a pool of workers.
            kind = ("serial" if misses <= SERIAL_MISSES and not options.scheduler
                    else options.executor)
            executor = make_executor(kind, options.jobs, options.scheduler)
            # Small chunks for small corpora (every worker gets some), at most 64 for large.
            size = max(1, min(64, math.ceil(len(todo) / (4 * executor.workers))))
            if options.scheduler:  # workers elsewhere: paths that do not depend on their cwd
                raw, cache_dir = raw.resolve(), cache_dir.resolve() if cache_dir else None
            tasks = _chunks(todo, raw, size, str(cache_dir) if cache_dir else None, version)
            with _progress(len(todo), options.progress) as advance:
                for result in executor.run(extract_chunk, tasks):
                    if result.errors:
                        raise InputError(*result.errors[0])
                    spill.add(result.tables)
                    stats.extracted += result.extracted
                    stats.cached += result.cached
                    advance(result.articles)
    finally:
        spill.close()
        if executor is not None and executor.stops_alongside:
            close(executor.close)
        elif executor is not None:
            executor.close()
    stats.cached += len(plan) - len(todo)
    return stats, live, plan


class Merge:
    """The corpus tables, merged and sorted by DuckDB from the spill files."""

    def __init__(self, spill_dir: Path, src: dict[str, Any], live: state.Live,
                 memory_limit: str = "1GB", threads: int | None = None) -> None:
        import duckdb

        self.src, self.live = src, live
        self.files = {name: live.files(name, spill_dir) for name in schema.table_names(src)}
        self.con = duckdb.connect(config={"memory_limit": memory_limit,
                                          "temp_directory": str(spill_dir.parent / "duckdb.tmp"),
                                          "preserve_insertion_order": False,
                                          **({"threads": threads} if threads else {})})
        live.register(self.con)
        self._empty_tables()
        # One copy of a text found under several names: the first in discovery order.
        self.con.execute(f"CREATE TABLE kept AS SELECT min(_art) AS _art, count(*) AS copies "
                         f"FROM {self.source('documents')} GROUP BY document_id")
        if self.con.execute("SELECT max(copies) > 1 FROM kept").fetchall()[0][0]:
            self._warn_duplicates()

    def source(self, name: str) -> str:
        """The rows of a table of all the build's articles (a subquery)."""
        if self.files[name]:
            return state.Live.sql(self.files[name])
        return f"(SELECT * FROM {ident('empty_' + name)})"  # made in __init__

    def _empty_tables(self) -> None:
        """An empty table for each table no article had a row of, made here, in the
        connection's thread: `source` may then be called from any thread."""
        for name in schema.table_names(self.src):
            if not self.files[name]:
                empty = pa.schema(list(schema.arrow_schema(name, self.src)) + HIDDEN
                                  + [pa.field("_serial", pa.int64())]).empty_table()
                self.con.register("empty_rows", empty)
                self.con.execute(f"CREATE OR REPLACE TABLE {ident('empty_' + name)} AS "
                                 "SELECT * FROM empty_rows")
                self.con.unregister("empty_rows")

    def _warn_duplicates(self) -> None:
        rows = self.con.execute(
            f"SELECT d.path, f.path FROM {self.source('documents')} d JOIN "
            f"(SELECT document_id, path FROM {self.source('documents')} "
            "WHERE _art IN (SELECT _art FROM kept)) f USING (document_id) "
            "WHERE d._art NOT IN (SELECT _art FROM kept) ORDER BY d.path").fetchall()
        for dropped, first in rows:
            log.warning("%s: same text as %s; kept once", dropped, first)

    def size(self, name: str) -> int:
        """Bytes of the files holding a table's rows: how long and how much memory it takes to
        sort and write."""
        return sum(path.stat().st_size for path in self.files[name])

    def documents(self) -> int:
        return self.con.execute("SELECT count(*) FROM kept").fetchall()[0][0]

    def sql(self, name: str, since: int | None = None, ids: str | None = None,
            within: tuple[str | None, str | None] = (None, None)) -> str:
        """The table's rows in final order: all, or those of the articles with serials from
        `since` on, or of the entities whose ids are in the table `ids`; and of those, the rows
        whose first key is `within` [low, high) (None: no bound; nulls are below any low).
        Rows of articles carry INDEX_HIDDEN (package.py)."""
        table = self.src["tables"][name]
        columns = [f["name"] for f in table["fields"]]
        source = self.source(name)
        where = "_art IN (SELECT _art FROM kept)"
        if since is not None:
            where += f" AND _serial >= {int(since)}"
        if ids is not None:
            where += f" AND {ident(ENTITY_TABLES[name])} IN (SELECT _id FROM {ident(ids)})"
        low, high = within
        first = ident(table["primaryKey"][0])
        if low is not None:  # (nulls sort first: they are below any low)
            where += f" AND {first} >= {literal(low)}"
        if high is not None:
            below = f"{first} < {literal(high)}"
            where += f" AND {below}" if low is not None else f" AND ({below} OR {first} IS NULL)"
        rows = f"(SELECT * FROM {source} WHERE {where})"
        order = ", ".join(f"{ident(k)} ASC NULLS FIRST" for k in table["primaryKey"])
        if name not in ENTITY_TABLES:
            hidden = ", ".join(f.name for f in package.INDEX_HIDDEN)
            return (f"SELECT {', '.join(map(ident, columns))}, {hidden} FROM {rows} "
                    f"ORDER BY {order}, _doc, _seq")
        key = ENTITY_TABLES[name]
        first = "row(_doc, _seq)"  # the group's order in combine(): by document, then row
        aggregates = []
        for column in columns:
            if column in (key, "name"):
                continue
            if column == "mention_count":
                aggregates.append(f"CAST(sum({ident(column)}) AS BIGINT) AS {ident(column)}")
            else:
                aggregates.append(f"arg_min({ident(column)}, {first}) FILTER "
                                  f"(WHERE {ident(column)} IS NOT NULL) AS {ident(column)}")
        return (
            f"WITH r AS {rows}, "
            f"n AS (SELECT {ident(key)} AS _id, name, count(*) AS _c FROM r GROUP BY ALL), "
            # the fullest name: longest, then most frequent, then greatest (as combine.py)
            "b AS (SELECT _id, arg_max(name, row(length(name), _c, name)) AS name "
            "FROM n GROUP BY _id), "
            f"g AS (SELECT {ident(key)} AS _id, {', '.join(aggregates)} "
            f"FROM r GROUP BY {ident(key)}) "
            f"SELECT {', '.join(f'g._id AS {ident(c)}' if c == key else ident(c) for c in columns)}"
            f" FROM g JOIN b USING (_id) ORDER BY g._id")

    def rows(self, name: str) -> Iterator[pa.Table]:
        """The table's rows in final order, a batch at a time. The query is made here, and run
        on its own cursor when first read, so tables can be read from several threads.
        A table larger than SORT_BYTES is sorted a range of its first key at a time (`ranges`),
        so that a sort holds about SORT_BYTES of input, up to a corpus of some 85,000
        articles (MAX_RANGES)."""
        bounds = [None, *self.ranges(name), None]
        return itertools.chain.from_iterable([
            self._fetch(self.con.cursor(), self.sql(name, within=within))
            for within in itertools.pairwise(bounds)])

    def ranges(self, name: str) -> list[str]:
        """Values of the table's first key (a string id) that cut its rows into parts of about
        SORT_BYTES of spill files each (at most MAX_RANGES parts), from a sample. Any cuts give
        the same rows in the same order; these only decide how much each sort holds."""
        parts = self._parts(name)
        if parts <= 1:
            return []
        first = ident(self.src["tables"][name]["primaryKey"][0])
        sample = sorted(row[0] for row in self.con.execute(
            f"SELECT {first} FROM {self.source(name)} WHERE {first} IS NOT NULL "
            f"USING SAMPLE reservoir({SAMPLE_ROWS} ROWS) REPEATABLE (0)").fetchall())
        return sorted({sample[len(sample) * i // parts] for i in range(1, parts)} if sample
                      else set())

    def _parts(self, name: str) -> int:
        """How many ranges `ranges` cuts the table into: SORT_BYTES of spill each, at most
        MAX_RANGES."""
        return max(1, min(math.ceil(self.size(name) / SORT_BYTES), MAX_RANGES))

    def held(self, name: str) -> int:
        """Bytes of spill that a sort of the table holds at once: one range (`ranges`),
        counted as SORT_BYTES at least (cuts from a sample make ranges of about that size)."""
        size, parts = self.size(name), self._parts(name)
        return size if parts == 1 else max(SORT_BYTES, math.ceil(size / parts))

    def save_entity_ids(self, folder: Path) -> None:
        """For each entity table, which article (serial) has which ids: `<table>.ids.parquet`
        beside the index, so that a rebuild finds the ids of an article gone since."""
        for name, key in ENTITY_TABLES.items():
            target = literal(folder / f"{name}.ids.parquet")
            self.con.execute(f"COPY (SELECT DISTINCT _serial, {ident(key)} AS _id "
                             f"FROM {self.source(name)} WHERE {ident(key)} IS NOT NULL) "
                             f"TO {target} (FORMAT parquet)")

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        """A cursor of its own, closed after use: safe from any thread."""
        cursor = self.con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def execute(self, sql: str) -> None:
        """Run a statement (from any thread)."""
        with self._cursor() as cursor:
            cursor.execute(sql)

    def table(self, sql: str) -> pa.Table:
        """The whole result of a query (small ones: a rebuild's changed rows)."""
        with self._cursor() as cursor:
            return cursor.sql(sql).to_arrow_table()

    @staticmethod
    def _fetch(cursor: Any, sql: str) -> Iterator[pa.Table]:
        try:
            for batch in cursor.sql(sql).to_arrow_reader(FETCH_ROWS):
                yield pa.Table.from_batches([batch])
        finally:
            cursor.close()

    def close(self) -> None:
        self.con.close()


@contextmanager
def _meanwhile() -> Iterator[Callable[[Callable[[], None]], None]]:
    """Run calls in threads while the block goes on; wait for them when it ends. Stopping a
    Dask cluster takes a few tenths of a second that the merge need not wait for."""
    threads: list[threading.Thread] = []

    def start(call: Callable[[], None]) -> None:
        threads.append(threading.Thread(target=call, name="newstables-meanwhile"))
        threads[-1].start()

    try:
        yield start
    finally:
        for thread in threads:
            thread.join()


def build_package(raw: Path, staged: Path, build_dir: Path, options: Options | None = None
                  ) -> Stats:
    """Extract every article under raw/ (sub-folders too) and write the package to `staged`."""
    options = options or Options()
    with _meanwhile() as close:
        return _build_package(raw, staged, build_dir, options, close)


def _build_package(raw: Path, staged: Path, build_dir: Path, options: Options,
                   close: Callable[[Callable[[], None]], None]) -> Stats:
    spill_dir = build_dir / "spill"
    shutil.rmtree(spill_dir, ignore_errors=True)
    cache_dir = build_dir / "cache" if options.cache else None
    previous = (state.State.open(build_dir / state.FOLDER, extractor_version())
                if options.cache else None)
    stats, live, plan = extract_to_spill(raw, spill_dir, cache_dir, options, previous, close)
    src = schema.source()
    merge = Merge(spill_dir, src, live, options.memory_limit, options.jobs)
    writer = package.writer_version()
    try:
        stats.documents = merge.documents()
        stats.partitioned = stats.documents > options.partition_above
        complete = stats.documents == len(live.serials)  # no text kept once of several copies
        # an index only where a rebuild may patch it: a state, every article's rows
        index = spill_dir / "index" if previous is not None and complete else None
        if staged.exists():
            shutil.rmtree(staged)
        names = schema.table_names(src)
        base = previous.base(writer) if previous is not None and complete else None
        plan_patch = patch.Plan.of(base, live.serials) if base is not None else None
        stats.patched = plan_patch is not None
        if plan_patch is not None:
            index = None  # the last full build's index serves again
            streams = plan_patch.streams(merge, src)
            sizes = plan_patch.sizes(names)
            published: dict[str, pa.Schema] | None = plan_patch.published(src)
            held: dict[str, int] | None = None
        else:
            streams = {name: merge.rows(name) for name in names}
            sizes = {name: merge.size(name) for name in names}
            held = {name: merge.held(name) for name in names}
            published = None
        package.write_streams(streams, staged, src, partitioned=stats.partitioned,
                              threads=options.jobs or os.cpu_count() or 1, sizes=sizes,
                              index=index, bounded=not stats.patched, published=published,
                              held=held)
        if index is not None:
            merge.save_entity_ids(index)
    finally:
        merge.close()
        shutil.rmtree(build_dir / "duckdb.tmp", ignore_errors=True)
    if previous is not None:  # this build's new rows join the state, for the next build
        previous.save(live, plan, spill_dir, options.memory_limit, index, writer)
    shutil.rmtree(spill_dir, ignore_errors=True)
    return stats
