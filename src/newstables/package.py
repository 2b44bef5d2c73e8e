"""Writing tables as a self-contained Frictionless data package: CSV + Parquet + descriptor.

Everything written is a function of the rows and the source descriptor: no clocks, no hostnames,
no random names, so two builds of the same raw/ are byte-identical.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import card, schema
from .arrays import array, empty_table, scalar

Tables = dict[str, list[dict[str, Any]]]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def csv_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    """RFC 4180 CSV, LF line ends, empty cell for missing: the same rows give the same bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8")


def arrow_table(name: str, rows: list[dict[str, Any]], src: dict[str, Any]) -> pa.Table:
    """Rows as an Arrow table of the schema's types, with pandas metadata declaring nullable
    integers (Int64), so pandas and Frictionless read missing integers as missing, not NaN."""
    arrow = schema.arrow_schema(name, src)
    columns: dict[str, list[Any]] = {}
    for field in arrow:
        values = [None if row.get(field.name) in (None, "") else row[field.name] for row in rows]
        if pa.types.is_date(field.type):
            columns[field.name] = [v if v is None else _date(v) for v in values]
        elif pa.types.is_integer(field.type):
            columns[field.name] = values
        else:
            columns[field.name] = [v if v is None else str(v) for v in values]
    return _from_columns(arrow, columns, len(rows))


def _from_columns(arrow: pa.Schema, columns: dict[str, list[Any]], length: int) -> pa.Table:
    """Typed Python columns through pandas (nullable Int64, object strings and dates), so the
    Parquet files carry the same pandas metadata however the rows arrived."""
    import pandas as pd  # here, not at the top: a rebuild reads its schemas from the index
    series = {f.name: pd.array(columns[f.name], dtype="Int64") if pa.types.is_integer(f.type)
              else pd.Series(columns[f.name], dtype=object) for f in arrow}
    frame = pd.DataFrame(series, index=pd.RangeIndex(length))
    return pa.Table.from_pandas(frame, schema=arrow, preserve_index=False)


def published_schema(name: str, src: dict[str, Any]) -> pa.Schema:
    """The Arrow schema of a published Parquet table: the schema's types, nullability and the
    pandas metadata (nullable Int64) that `arrow_table` gives, whatever the number of rows."""
    return arrow_table(name, [], src).schema


def indexed_schema(name: str, src: dict[str, Any], index: Path) -> pa.Schema:
    """The published schema of table `name` as kept in its `index` file (`TableSink`): what
    `published_schema` gives, read without pandas, which a rebuild need not import."""
    kept = pa.ipc.open_file(pa.memory_map(str(index))).schema.metadata
    return schema.arrow_schema(name, src).with_metadata({PANDAS: kept[PANDAS]})


def published_arrow(table: pa.Table, published: pa.Schema) -> pa.Table:
    """An Arrow table of the schema's types ("" already missing) as `arrow_table` would make it."""
    return table.select(published.names).cast(published)


# Characters that make Python's csv writer quote a cell (QUOTE_MINIMAL, lineterminator "\n").
_NEEDS_QUOTES = (",", '"', "\n")
_EMPTY, _QUOTE, _NEWLINE, _COMMA = map(scalar, ("", '"', "\n", ","))


def _csv_cells(column: pa.ChunkedArray) -> pa.Array:
    """One column's CSV cells: "" for missing, quoted (quotes doubled) where csv would quote."""
    if not pa.types.is_string(column.type):  # numbers and dates: never quoted
        return pc.cast(column, pa.string()).fill_null(_EMPTY).combine_chunks()
    text = column.fill_null(_EMPTY).combine_chunks()
    data = text.buffers()[2]
    blob = b"" if data is None else data.to_pybytes()
    if not any(c.encode() in blob for c in _NEEDS_QUOTES):
        return text  # the usual case (ids, codes, names): one scan of the bytes decides
    needs = pc.or_(pc.or_(pc.match_substring(text, _NEEDS_QUOTES[0]),
                          pc.match_substring(text, _NEEDS_QUOTES[1])),
                   pc.match_substring(text, _NEEDS_QUOTES[2]))
    quoted = pc.binary_join_element_wise(
        _QUOTE, pc.replace_substring(text.filter(needs), '"', '""'), _QUOTE, _EMPTY)
    return pc.replace_with_mask(text, needs, quoted)


# Rows whose CSV lines are made at once: the kernels' intermediate arrays (cells, quoted
# cells, partial joins) take several times the lines' size, and the allocator keeps what they
# took; in slices, the memory of writing a table does not grow with the size of its batches.
CSV_SLICE_ROWS = 8_192


def csv_lines(table: pa.Table, columns: list[str]) -> pa.Array | pa.ChunkedArray:
    """Each row's CSV line, "\n" included, exactly as `csv_bytes` writes it, made column by
    column with Arrow compute rather than cell by cell (a slice of CSV_SLICE_ROWS at a time)."""
    if not len(table):
        return array([], pa.string())
    if len(table) > CSV_SLICE_ROWS:
        return pa.chunked_array([csv_lines(table.slice(start, CSV_SLICE_ROWS), columns)
                                 for start in range(0, len(table), CSV_SLICE_ROWS)])
    cells = [_csv_cells(table.column(c)) for c in columns]
    cells[-1] = pc.binary_join_element_wise(cells[-1], _EMPTY, _NEWLINE)  # each ends in "\n"
    return pc.binary_join_element_wise(*cells, _COMMA)


def lines_views(lines: pa.Array | pa.ChunkedArray) -> list[memoryview]:
    """Lines (a string array with no missing value) end to end, without a copy: of each chunk,
    its data buffer between the first and the last offset."""
    views = []
    for chunk in lines.chunks if isinstance(lines, pa.ChunkedArray) else [lines]:
        if len(chunk):
            _, offsets, data = chunk.buffers()
            ends = pa.Array.from_buffers(pa.int32(), len(chunk) + 1, [None, offsets],
                                         offset=chunk.offset)
            views.append(memoryview(data)[ends[0].as_py():ends[-1].as_py()])
    return views


def csv_rows_bytes(table: pa.Table, columns: list[str]) -> bytes:
    """The CSV lines (no header) of an Arrow table, exactly as `csv_bytes` writes its rows."""
    return b"".join(lines_views(csv_lines(table, columns)))


def writer_version() -> str:
    """What the bytes of a row's CSV line and of the Parquet files depend on besides the rows:
    this module, Arrow and pandas (its version is in the Parquet files' pandas metadata). A
    rebuild reuses the last build's index, and the published schemas kept with it
    (`indexed_schema`), only if it is unchanged."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(pa.__version__.encode() + b"\0" + metadata.version("pandas").encode())
    return digest.hexdigest()[:16]


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def sort_rows(name: str, rows: list[dict[str, Any]], src: dict[str, Any]) -> list[dict[str, Any]]:
    key = src["tables"][name]["primaryKey"]
    return sorted(rows, key=lambda r: tuple(_cell(r.get(k)) for k in key))


def write(tables: Tables, out: Path, src: dict[str, Any] | None = None) -> Path:
    """Write every table of `tables` under `out/` with its descriptor; return the descriptor."""
    src = src or schema.source()
    return write_streams({name: [sort_rows(name, tables.get(name, []), src)]
                          for name in schema.table_names(src)}, out, src)


# Rows per Parquet row group, and per file of a partitioned table: fixed numbers, so the files
# are a function of the sorted rows alone, whoever produced them and in what chunks.
ROW_GROUP_ROWS = 65_536
PART_ROWS = 1_048_576
# The index of a written table (`TableSink`, `index`): every row in the written order, with the
# article (serial), document and position in it that order ties and identify where it came
# from, and its CSV line. A rebuild merges the rows that changed into it (patch.py) instead of
# sorting and rendering every row again.
INDEX_HIDDEN = [pa.field("_serial", pa.int64()), pa.field("_doc", pa.string()),
                pa.field("_seq", pa.int64())]
LINE = "_line"
PANDAS = b"pandas"  # the schema metadata key of the Parquet files' pandas metadata


def dictionary_columns(name: str, src: dict[str, Any]) -> list[str]:
    """The columns of a table whose Parquet pages are dictionary-encoded: all but a primary key
    of one column. Its values all differ, so a dictionary of them only costs: the writer builds
    one up to its size limit and then writes plain values anyway (for the mentions of 10,000
    articles, a quarter of the Parquet encoding's CPU time, and 4% more bytes)."""
    key = src["tables"][name]["primaryKey"]
    return [f["name"] for f in src["tables"][name]["fields"] if key != [f["name"]]]


def index_schema(name: str, src: dict[str, Any]) -> pa.Schema:
    return pa.schema([pa.field(f.name, f.type) for f in schema.arrow_schema(name, src)]
                     + INDEX_HIDDEN + [pa.field(LINE, pa.string())])


class TableSink:
    """One table written as it streams in: CSV (hashed as written) and Parquet row groups, in
    one file, or in `data/<table>/part-NNNNN.parquet` files of PART_ROWS rows if `partitioned`;
    and, if `index` is a path, the table's index (INDEX_HIDDEN) as an Arrow IPC file there."""

    def __init__(self, name: str, data: Path, src: dict[str, Any], partitioned: bool,
                 index: Path | None = None, pipelined: bool = False,
                 published: pa.Schema | None = None) -> None:
        self.name, self.data, self.src, self.partitioned = name, data, src, partitioned
        self.columns = [f["name"] for f in src["tables"][name]["fields"]]
        self.types = pa.schema([pa.field(f.name, f.type) for f in schema.arrow_schema(name, src)])
        self.published = published if published is not None else published_schema(name, src)
        self.csv = open(data / f"{name}.csv", "wb")  # noqa: SIM115 - closed in close()
        self.hash = hashlib.sha256()
        self.bytes = 0
        self._write_csv(csv_bytes(self.columns, []))
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.parts: list[str] = []
        self.writer: pq.ParquetWriter | None = None
        self.part_rows = 0
        self.facts = card.Facts.for_fields(src["tables"][name]["fields"])  # for the card
        self.index_schema = index_schema(name, src)
        # the index keeps the published schema's pandas metadata, for `indexed_schema`
        self.index = None if index is None else pa.ipc.new_file(
            index, self.index_schema.with_metadata({PANDAS: self.published.metadata[PANDAS]}))
        self.pool = (ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"sink-{name}")
                     if pipelined else None)
        self.behind: Future[None] | None = None

    def _write_csv(self, blob: bytes | memoryview) -> None:
        self.csv.write(blob)
        self.hash.update(blob)
        self.bytes += len(blob)

    def add(self, rows: list[dict[str, Any]] | pa.Table) -> None:
        """Rows (dicts, or an Arrow table of the schema's types) in final (primary-key) order.
        A table may carry INDEX_HIDDEN columns, and its CSV lines ready made in LINE."""
        given = rows if isinstance(rows, pa.Table) else arrow_table(self.name, rows, self.src)
        table = given.select(self.columns).cast(self.types)
        names = set(given.column_names)
        lines = given.column(LINE) if LINE in names else csv_lines(table, self.columns)
        for view in lines_views(lines):
            self._write_csv(view)
        hidden = None if self.index is None else [
            given.column(f.name).cast(f.type) if f.name in names
            else pa.nulls(len(table), f.type) for f in INDEX_HIDDEN]
        if self.pool is None:
            self._keep(table, hidden, lines)
            return
        # `pipelined`: the rest (Parquet, index, facts) in the sink's own thread while the next
        # rows are made and turned into CSV here; one batch at a time, so two are held at most.
        if self.behind is not None:
            self.behind.result()
        self.behind = self.pool.submit(self._keep, table, hidden, lines)

    def _keep(self, table: pa.Table, hidden: list[Any] | None, lines: Any) -> None:
        if self.index is not None and hidden is not None:
            self.index.write_table(pa.Table.from_arrays([*table.columns, *hidden, lines],
                                                        schema=self.index_schema))
        self.buffer.append(table)
        self.buffered += len(table)
        while self.buffered >= ROW_GROUP_ROWS:
            whole = pa.concat_tables(self.buffer)
            self._write_group(whole.slice(0, ROW_GROUP_ROWS))
            rest = whole.slice(ROW_GROUP_ROWS)
            self.buffer, self.buffered = [rest], len(rest)

    def _write_group(self, rows: pa.Table) -> None:
        # The facts a row group at a time: the same facts as batch by batch (they depend on
        # the order of the rows only), in a tenth of the compute calls.
        self.facts.add(rows)
        table = published_arrow(rows, self.published)
        if self.writer is not None and self.partitioned and self.part_rows >= PART_ROWS:
            self.writer.close()
            self.writer = None
        if self.writer is None:
            if self.partitioned:
                path = f"data/{self.name}/part-{len(self.parts):05d}.parquet"
                (self.data / self.name).mkdir(exist_ok=True)
            else:
                path = f"data/{self.name}.parquet"
            self.parts.append(path)
            self.writer = pq.ParquetWriter(self.data.parent / path, table.schema,
                                           compression="snappy",
                                           use_dictionary=dictionary_columns(self.name, self.src))
            self.part_rows = 0
        self.writer.write_table(table)
        self.part_rows += len(rows)

    def close(self) -> None:
        try:
            if self.behind is not None:
                self.behind.result()
        finally:
            if self.pool is not None:
                self.pool.shutdown()
        if self.buffered or self.writer is None:  # an empty table still gets its (empty) file
            self._write_group(pa.concat_tables(self.buffer) if self.buffer
                              else empty_table(self.published))
        self.buffer, self.buffered = [], 0
        assert self.writer is not None
        self.writer.close()
        self.csv.close()
        if self.index is not None:
            self.index.close()


class _Budget:
    """Tables written at once hold at most as many input bytes as the one that holds most:
    threads overlap the smaller tables, never two large sorts, so the peak memory stays that
    of writing the largest table alone."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes, self.limit, self.used = sizes, max(sizes.values(), default=0), 0
        self.turn = threading.Condition()

    def __call__(self, name: str, write: Callable[[], TableSink]) -> TableSink:
        size = self.sizes.get(name, 0)
        with self.turn:
            self.turn.wait_for(lambda: not self.used or self.used + size <= self.limit)
            self.used += size
        try:
            return write()
        finally:
            with self.turn:
                self.used -= size
                self.turn.notify_all()


def _write_table(name: str, chunks: Iterable[list[dict[str, Any]] | pa.Table], data: Path,
                 src: dict[str, Any], partitioned: bool, index: Path | None,
                 pipelined: bool, published: pa.Schema | None) -> TableSink:
    sink = TableSink(name, data, src, partitioned, index, pipelined, published)
    try:
        for chunk in chunks:
            sink.add(chunk)
    finally:
        sink.close()
    return sink


def write_streams(streams: Mapping[str, Iterable[list[dict[str, Any]] | pa.Table]], out: Path,
                  src: dict[str, Any] | None = None, partitioned: bool = False,
                  threads: int = 1, sizes: dict[str, int] | None = None,
                  index: Path | None = None, bounded: bool = True,
                  published: dict[str, pa.Schema] | None = None,
                  held: dict[str, int] | None = None) -> Path:
    """Write tables given as chunks of rows already in primary-key order, holding one row group
    at a time: the package of a corpus of any size. The same rows give the same bytes however
    they are chunked. `partitioned`: each Parquet copy is a folder of part files (large corpora).
    `threads`: tables written at once (Arrow, Parquet and DuckDB work outside the GIL), largest
    `sizes` first, within a budget of what each holds at once (`held`, by default its size:
    `_Budget`); each table's files depend on its own rows only, so
    the bytes depend on neither. `bounded=False`, for streams that hold one batch at a time
    rather than sort a whole table (patch.py): no budget, and each table's Parquet written in
    a thread of its own (`TableSink`, `pipelined`), which a sort's peak could not afford.
    `index`: a folder for each table's index (`TableSink`). `published`: the tables' published
    schemas where known (`indexed_schema`), the others made with pandas (`published_schema`).
    """
    src = src or schema.source()
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    names = schema.table_names(src)
    # Largest first, so that no large table starts last and runs alone; the descriptor keeps
    # the schema's order.
    sizes = sizes or {}
    start = sorted(names, key=lambda n: sizes.get(n, 0), reverse=True)
    budget = _Budget((sizes if held is None else held) if bounded else {})
    if index is not None:
        index.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        futures = {name: pool.submit(budget, name, partial(
            _write_table, name, streams.get(name, []), data, src, partitioned,
            None if index is None else index / f"{name}.arrow", not bounded,
            (published or {}).get(name)))
            for name in start}
        sinks = {name: futures[name].result() for name in names}
    csv_resources, parquet_resources = [], []
    for name, sink in sinks.items():
        description = src["tables"][name]["description"]
        csv_resources.append({
            "name": name, "path": f"data/{name}.csv", "profile": schema.PROFILE,
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": description, "bytes": sink.bytes,
            "hash": f"sha256:{sink.hash.hexdigest()}",
            "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"',
                        "doubleQuote": True, "header": True},
            "schema": schema.table_schema(name, src)})
        parts = (f". Partitioned: {len(sink.parts)} file(s) under data/{name}/ in primary-key "
                 "order (read the folder as one dataset with pyarrow, pandas, DuckDB or Dask)."
                 if partitioned else "")
        parquet_resources.append({
            "name": name + schema.PARQUET_SUFFIX,
            "path": sink.parts if partitioned else f"data/{name}.parquet",
            "profile": schema.PROFILE, "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": f"{description} (Parquet copy of the CSV resource '{name}'){parts}",
            "schema": schema.table_schema(name, src, suffix=schema.PARQUET_SUFFIX)})
    descriptor = {"profile": "tabular-data-package", **schema.package_metadata(src),
                  "resources": csv_resources + parquet_resources}
    path = out / "datapackage.json"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # the dataset card (README.md): the descriptor and the rows written
    card.write(out, {name: sink.facts for name, sink in sinks.items()})
    return path
