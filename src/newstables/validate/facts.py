"""Cross-table facts for chunked validation, computed once by DuckDB and looked up per chunk.

A chunk of one table may need facts from another: a mention's document length, an entity's
mention count, whether a foreign key value exists. Instead of holding the other table in pandas,
DuckDB reads the CSV files from disk once per fact and keeps only the compact result (one row
per document, per entity or per distinct key value) in its own columnar store, which spills to a
temporary folder beyond `memory_limit`. A chunk then asks for the facts of its own distinct
values only, so Python holds at most one chunk's worth of facts at a time.

Columns are found by the file's own header, as pandas reads them. A table DuckDB cannot read
yields no facts (every lookup comes back empty), as an unreadable table did before.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..sql import ident, literal
from .corpus import MEMORY_LIMIT


class Facts:
    """Per-corpus lookups over a package's CSV tables, materialised lazily in DuckDB."""

    def __init__(self, root: Path, resources: dict[str, dict[str, Any]],
                 memory_limit: str = MEMORY_LIMIT) -> None:
        import duckdb

        self.root, self.resources = root, resources
        self._spill = tempfile.TemporaryDirectory(prefix="newstables-facts-")
        self.con = duckdb.connect(config={"memory_limit": memory_limit,
                                          "temp_directory": self._spill.name})
        self._made: dict[str, str | None] = {}  # fact name -> DuckDB table, None if unreadable

    def close(self) -> None:
        self.con.close()
        self._spill.cleanup()

    def _source(self, table: str, parallel: bool = True) -> str:
        path = literal(self.root / self.resources[table]["path"])
        # Strings as written: an empty cell is missing, "NA" stays "NA"; short rows padded
        # with nulls as pandas pads them. DuckDB's parallel reader cannot pad rows of a file
        # whose quoted cells hold line breaks (text from a hard-wrapped article): such a file is
        # read again by one thread.
        return (f"read_csv({path}, header=true, all_varchar=true, delim=',', quote='\"', "
                f"escape='\"', nullstr='', null_padding=true, parallel={str(parallel).lower()})")

    def _fact(self, name: str, table: str, select: str) -> str | None:
        """The DuckDB table holding `select` over `table`'s CSV, made on first use."""
        import duckdb

        if name not in self._made:
            target = ident(f"fact:{name}")
            try:
                if table not in self.resources:
                    raise KeyError(table)
                for parallel in (True, False):
                    try:
                        self.con.execute(f"CREATE TABLE {target} AS " + select.format(
                            src=self._source(table, parallel))).fetchall()
                        break
                    except duckdb.Error:
                        if not parallel:
                            raise
                self._made[name] = target
            except (duckdb.Error, KeyError):
                self._made[name] = None
        return self._made[name]

    def _lookup(self, fact: str | None, values: Iterable[Any]) -> list[tuple[Any, ...]]:
        """Rows of `fact` whose first column `k` is one of `values` (the chunk's own keys)."""
        wanted = sorted({v for v in values if isinstance(v, str)})
        if fact is None or not wanted:
            return []
        self.con.register("chunk_keys", pa.table({"v": pa.array(wanted, pa.string())}))
        try:
            return self.con.execute(f"SELECT f.* FROM {fact} f SEMI JOIN chunk_keys c "
                                    "ON f.k = c.v").fetchall()
        finally:
            self.con.unregister("chunk_keys")

    def readable(self, table: str) -> bool:
        return self._fact(f"count:{table}", table, "SELECT count(*) AS n FROM {src}") is not None

    def documents(self, ids: Iterable[Any]) -> dict[str, tuple[str | None, ...]] | None:
        """document_id -> (char_count, published_date, path) as written; None if unreadable.

        One row per document id (a duplicated id, which the key checks report, keeps its
        smallest values, so the outcome does not depend on the reading order)."""
        fact = self._fact("documents", "documents",
                          "SELECT document_id AS k, min(char_count) AS char_count, "
                          "min(published_date) AS published_date, min(path) AS path "
                          "FROM {src} WHERE document_id IS NOT NULL GROUP BY document_id")
        if fact is None:
            return None
        return {k: tuple(rest) for k, *rest in self._lookup(fact, ids)}

    def document_totals(self) -> tuple[int, int]:
        """The number of documents and the sum of their char_count (unparseable or negative
        counts as 0), for the row-count ceilings; (0, 0) if documents is unreadable."""
        fact = self._fact("document_totals", "documents",
                          "SELECT count(*) AS n, coalesce(sum(greatest(coalesce("
                          "TRY_CAST(char_count AS DOUBLE), 0), 0)), 0) AS chars FROM {src}")
        if fact is None:
            return 0, 0
        n, chars = self.con.execute(f"SELECT n, chars FROM {fact}").fetchall()[0]
        return int(n), int(chars)

    def event_documents(self, ids: Iterable[Any]) -> dict[str, str | None]:
        """event_id -> document_id of the given events."""
        fact = self._fact("event_documents", "events",
                          "SELECT event_id AS k, min(document_id) AS document_id FROM {src} "
                          "WHERE event_id IS NOT NULL GROUP BY event_id")
        return dict(self._lookup(fact, ids))

    def mention_counts(self, column: str, ids: Iterable[Any]) -> dict[str, int]:
        """entity id -> number of mentions whose `column` holds it (absent: no mention)."""
        fact = self._fact(f"mentions:{column}", "mentions",
                          f"SELECT {ident(column)} AS k, count(*) AS n FROM {{src}} "
                          f"WHERE {ident(column)} IS NOT NULL GROUP BY 1")
        return dict(self._lookup(fact, ids))

    def known(self, table: str, column: str, values: Iterable[Any]) -> set[str]:
        """The given values that occur in `table`.`column` (a foreign key's target)."""
        fact = self._fact(f"keys:{table}.{column}", table,
                          f"SELECT DISTINCT {ident(column)} AS k FROM {{src}} "
                          f"WHERE {ident(column)} IS NOT NULL")
        return {k for (k,) in self._lookup(fact, values)}
