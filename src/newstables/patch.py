"""A rebuild's tables: the last full build's, as written, with the rows that changed merged in.

A full build sorts every table with DuckDB and keeps, in the state, each table's index
(package.TableSink): every row in written order, with its article's serial, `_doc`, `_seq` and
CSV line. Until the next full build, a rebuild does not sort and render every row again. For
each table it reads that index a batch at a time (memory-mapped), drops the rows that changed
and merges in their replacements, which DuckDB sorts (`Merge.sql`):

- rows of articles (all tables but the entity tables): rows of articles no longer in the build
  (changed, moved or removed) are dropped; the rows of articles new since the full build (their
  serials are the larger ones) come in;
- entity tables (one row per id across articles): the rows of every id that a new article has,
  or an article gone had, are dropped and made again from the rows of all the build's articles.

Batches come out in the order a full sort gives (the index is in that order, and each batch
takes the new rows that sort before its last row), with their CSV lines, so the package written
is byte for byte the package of a full build (tests/test_scale.py). Memory holds a batch of the
index and the new rows; past PATCH_ARTICLES articles new or gone, a rebuild is a full build.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from . import package, schema
from .arrays import array
from .combine import ENTITY_TABLES
from .sql import literal

# At most this many articles new or gone since the last full build are patched in (their rows
# are held in memory); beyond, a rebuild sorts everything again and makes a new index.
PATCH_ARTICLES = 1_000


def _sort_key(row: tuple[Any, ...]) -> tuple[tuple[bool, Any], ...]:
    """A row's sort columns as Python compares them in the order of ORDER BY ... NULLS FIRST
    (strings compare by code point, as UTF-8 bytes do)."""
    return tuple((value is not None, value) for value in row)


def _keys(table: pa.Table, columns: list[str]) -> list[tuple[tuple[bool, Any], ...]]:
    values = [table.column(c).to_pylist() for c in columns]
    return [_sort_key(row) for row in zip(*values, strict=True)]


# A batch that loses or gains at most this many rows is cut where they go or come and its pieces
# joined (no copy); one that changes more is sorted anew (`merged`). In rebuilds at 10,000
# articles, cutting was the quicker way when one article had changed since the full build (a
# row or two a batch), and sorting when some forty had (dozens a batch, and hundreds of pieces
# for the writers to go through); this lies between.
CUT_ROWS = 16


def merged(batches: Iterator[pa.Table], keep: Any, new: pa.Table, order: list[str]
           ) -> Iterator[pa.Table]:
    """Sorted `batches` with the rows `keep(batch)` rejects dropped and the sorted rows of `new`
    merged in, in batches, in the order of the columns `order` (unique together). Each batch
    takes the new rows that sort before its last row kept (found by binary search)."""
    new_keys = _keys(new, order)
    taken = 0
    for batch in batches:
        mask = keep(batch)
        dropped = pc.indices_nonzero(pc.invert(mask)).to_pylist()
        if len(dropped) == len(batch):
            continue
        columns = [batch.column(c) for c in order]

        def key_at(i: int, columns: list[Any] = columns) -> tuple[tuple[bool, Any], ...]:
            return _sort_key(tuple(column[i].as_py() for column in columns))

        gone, last = set(dropped), len(batch) - 1
        while last in gone:
            last -= 1
        upto = bisect.bisect_right(new_keys, key_at(last), taken)
        if not dropped and upto == taken:
            yield batch
        elif len(dropped) + upto - taken <= CUT_ROWS:
            yield _cut(batch, dropped, new, range(taken, upto), [
                bisect.bisect_right(range(len(batch)), new_keys[r], key=key_at)
                for r in range(taken, upto)])
        else:
            rows = pa.concat_tables([batch.filter(mask), new.slice(taken, upto - taken)])
            yield rows.take(pc.sort_indices(rows, sort_keys=[
                (column, "ascending", "at_start") for column in order]))  # NULLS FIRST
        taken = upto
    if taken < len(new):
        yield new.slice(taken)


def _cut(batch: pa.Table, dropped: list[int], new: pa.Table, rows: range, at: list[int]
         ) -> pa.Table:
    """`batch` without the rows `dropped`, with the `rows` of `new` inserted before the
    positions `at`: its pieces and theirs joined (of the memory-mapped index: no copy)."""
    # (position in the batch, 0 to insert new row `r` before it | 1 to drop it, r)
    cuts = sorted([(d, 1, -1) for d in dropped] + [(a, 0, r) for a, r in zip(at, rows,
                                                                              strict=True)])
    pieces, start = [], 0
    for position, drop, r in cuts:
        pieces.append(batch.slice(start, position - start))
        if drop:
            start = position + 1
        else:
            pieces.append(new.slice(r, 1))
            start = position
    pieces.append(batch.slice(start))
    return pa.concat_tables(pieces)


def _index_batches(path: Path) -> Iterator[pa.Table]:
    # The map is not closed here: slices of it live on in the writer's buffers, and it goes
    # when the last of them does.
    reader = pa.ipc.open_file(pa.memory_map(str(path)))
    for i in range(reader.num_record_batches):
        yield pa.Table.from_batches([reader.get_batch(i)])


def _as_index(rows: pa.Table, name: str, src: dict[str, Any]) -> pa.Table:
    """Rows from DuckDB in the index's schema, with their CSV lines."""
    target = package.index_schema(name, src)
    columns = [f["name"] for f in src["tables"][name]["fields"]]
    published = rows.select(columns).cast(pa.schema([target.field(c) for c in columns]))
    hidden = [rows.column(f.name).cast(f.type) if f.name in rows.column_names
              else pa.nulls(len(rows), f.type) for f in package.INDEX_HIDDEN]
    lines = package.csv_lines(published, columns)
    return pa.Table.from_arrays([*published.columns, *hidden, lines], schema=target)


@dataclass(frozen=True)
class Plan:
    """A rebuild patched from the last full build's tables: their index `folder`, the serial
    `since` which articles are new, and the serials `gone` of its articles not in this build
    (changed, moved or removed)."""

    folder: Path
    since: int
    gone: pa.Array

    @classmethod
    def of(cls, base: tuple[Path, int], serials: list[int]) -> Plan | None:
        """The plan, unless more than PATCH_ARTICLES articles are new or gone since the last
        full build (then sorting everything again costs about as much)."""
        folder, since = base
        then = set(_index_column(folder / "documents.arrow", "_serial"))
        gone = sorted(then.difference(serials))
        new = [serial for serial in serials if serial >= since]
        if len(gone) + len(new) > PATCH_ARTICLES or not then.issuperset(
                serial for serial in serials if serial < since):
            return None
        return cls(folder, since, array(gone, pa.int64()))

    def published(self, src: dict[str, Any]) -> dict[str, pa.Schema]:
        """Each table's published schema, as the last full build kept it with its index."""
        return {name: package.indexed_schema(name, src, self.folder / f"{name}.arrow")
                for name in schema.table_names(src)}

    def sizes(self, names: list[str]) -> dict[str, int]:
        return {name: (self.folder / f"{name}.arrow").stat().st_size for name in names}

    def streams(self, merge: Any, src: dict[str, Any]) -> dict[str, Iterator[pa.Table]]:
        """Every table of the rebuild, in batches, for this build's `merge` (corpus.Merge).
        Nothing is queried until a table's first batch is asked for: each table's changed
        rows are found in the thread that writes it, alongside the other tables."""
        return {name: self._stream(merge, src, name) for name in schema.table_names(src)}

    def _stream(self, merge: Any, src: dict[str, Any], name: str) -> Iterator[pa.Table]:
        if name in ENTITY_TABLES:
            key = ENTITY_TABLES[name]
            ids = self._affected(merge, name, key)
            new = merge.table(merge.sql(name, ids=f"ids_{name}"))

            def keep(batch: pa.Table) -> pa.Array:
                return pc.invert(pc.is_in(batch.column(key), value_set=ids))
            order = [key]
        else:
            new = merge.table(merge.sql(name, since=self.since))

            def keep(batch: pa.Table) -> pa.Array:  # few are gone: a small set to hash
                return pc.invert(pc.is_in(batch.column("_serial"), value_set=self.gone))
            order = [*src["tables"][name]["primaryKey"], "_doc", "_seq"]
        batches = _index_batches(self.folder / f"{name}.arrow")
        yield from merged(batches, keep, _as_index(new, name, src), order)

    def _affected(self, merge: Any, name: str, key: str) -> pa.Array:
        """The ids of an entity table that rows of new articles have, or articles gone had
        (`<table>.ids.parquet` of the last full build): the table `ids_<name>`, and sorted."""
        gone = ", ".join(map(str, self.gone.to_pylist())) or "NULL"
        ids = literal(self.folder / f"{name}.ids.parquet")
        merge.execute(
            f'CREATE OR REPLACE TABLE "ids_{name}" AS SELECT DISTINCT _id FROM ('
            f"SELECT {key} AS _id FROM {merge.source(name)} WHERE _serial >= {self.since} "
            f"UNION ALL SELECT _id FROM read_parquet({ids}) WHERE _serial IN ({gone})) "
            "WHERE _id IS NOT NULL")
        return merge.table(f'SELECT _id FROM "ids_{name}" ORDER BY _id').column("_id")


def _index_column(path: Path, column: str) -> list[Any]:
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all().column(column).to_pylist()
