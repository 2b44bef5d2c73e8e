"""Uniqueness of a column or a compound key over a whole table, decided by DuckDB.

A chunk cannot tell whether its values recur in another chunk, so the key columns that the
uniqueness expectations name (as typed in the chunk, so "12" and "012" are the same offset)
and the primary key that names rows are appended chunk by chunk into a DuckDB table, which
DuckDB spills to disk beyond its memory limit. The outcome has the shape of a chunk's outcome
in `expectations`, with the semantics of Great Expectations: nulls never collide in a single
column; a compound key ignores rows as `ignore_row_if` says (by default, rows whose key is all
missing) and otherwise treats missing values as equal, as pandas' `duplicated` does.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pyarrow as pa

from ..sql import ident

TYPES = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"}
ARGUMENTS = {"type", "column", "column_list", "ignore_row_if"}  # what `duplicates` implements
_ROW = "__row"  # the row's number in the table


def columns(item: dict[str, Any]) -> list[str]:
    return [item["column"]] if item.get("column") else list(item.get("column_list", []))


class KeyStore:
    """The named columns of every chunk of one table, in a DuckDB table on `con`."""

    def __init__(self, con: Any, table: str, names: list[str]) -> None:
        self.con, self.table = con, ident(f"unique:{table}")
        self.alias = {name: f"c{i}" for i, name in enumerate(dict.fromkeys(names))}
        self.made = False

    def add(self, frame: pd.DataFrame) -> None:
        if not self.alias:
            return
        part = pa.table({_ROW: pa.array(frame.index.to_numpy(dtype="int64")),
                         **{a: pa.array(frame[n], from_pandas=True)
                            for n, a in self.alias.items()}})
        self.con.register("chunk_keys", part)
        try:
            verb = f"INSERT INTO {self.table} " if self.made else \
                f"CREATE OR REPLACE TABLE {self.table} AS "
            self.con.execute(verb + "SELECT * FROM chunk_keys").fetchall()
            self.made = True
        finally:
            self.con.unregister("chunk_keys")

    def duplicates(self, item: dict[str, Any], index_columns: list[str], examples: int
                   ) -> dict[str, Any]:
        """{"ok": True}, or the rows whose key recurs: their count, and the first values and
        row keys (primary key values joined by '|', else "row n") in table order."""
        if not self.made:
            return {"ok": True}
        keys = [self.alias[c] for c in columns(item)]
        present = [f"{k} IS NOT NULL" for k in keys]
        ignore = item.get("ignore_row_if", "all_values_are_missing") if "column_list" in item \
            else "any_value_is_missing"
        kept = {"all_values_are_missing": " OR ".join(present),
                "any_value_is_missing": " AND ".join(present)}.get(ignore, "TRUE")
        counted = (f"SELECT *, count(*) OVER (PARTITION BY {', '.join(keys)}) AS n "
                   f"FROM {self.table} WHERE {kept}")
        failed = self.con.execute(f"SELECT count(*) FROM ({counted}) WHERE n > 1").fetchall()[0][0]
        if not failed:
            return {"ok": True}
        index = [self.alias[c] for c in index_columns]
        picked = ", ".join([_ROW, *keys, *index])
        first = self.con.execute(f"SELECT {picked} FROM ({counted}) WHERE n > 1 "
                                 f"ORDER BY {_ROW} LIMIT {examples}").fetchall()
        names = columns(item)
        values = [row[1] if "column" in item and item.get("column") else
                  dict(zip(names, row[1:1 + len(keys)], strict=True)) for row in first]
        rows = ["|".join(str(v) for v in row[1 + len(keys):]) if index else f"row {row[0]}"
                for row in first]
        return {"unexpected": failed, "values": values, "rows": rows}

    def close(self) -> None:
        if self.made:
            self.con.execute(f"DROP TABLE IF EXISTS {self.table}").fetchall()
            self.made = False
