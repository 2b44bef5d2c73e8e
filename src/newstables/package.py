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
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schema

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
    columns: dict[str, Any] = {}
    for field in arrow:
        values = [None if row.get(field.name) in (None, "") else row[field.name] for row in rows]
        if pa.types.is_date(field.type):
            columns[field.name] = pd.Series([v if v is None else _date(v) for v in values],
                                            dtype=object)
        elif pa.types.is_integer(field.type):
            columns[field.name] = pd.array(values, dtype="Int64")
        else:
            columns[field.name] = pd.Series([v if v is None else str(v) for v in values],
                                            dtype=object)
    frame = pd.DataFrame(columns, index=pd.RangeIndex(len(rows)))
    return pa.Table.from_pandas(frame, schema=arrow, preserve_index=False)


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def sort_rows(name: str, rows: list[dict[str, Any]], src: dict[str, Any]) -> list[dict[str, Any]]:
    key = src["tables"][name]["primaryKey"]
    return sorted(rows, key=lambda r: tuple(_cell(r.get(k)) for k in key))


def write(tables: Tables, out: Path, src: dict[str, Any] | None = None) -> Path:
    """Write every table of `tables` under `out/` with its descriptor; return the descriptor."""
    src = src or schema.source()
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    csv_resources, parquet_resources = [], []
    for name in schema.table_names(src):
        rows = sort_rows(name, tables.get(name, []), src)
        blob = csv_bytes([f["name"] for f in src["tables"][name]["fields"]], rows)
        (data / f"{name}.csv").write_bytes(blob)
        pq.write_table(arrow_table(name, rows, src), data / f"{name}.parquet",
                       compression="snappy")
        description = src["tables"][name]["description"]
        csv_resources.append({
            "name": name, "path": f"data/{name}.csv", "profile": schema.PROFILE,
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": description, "bytes": len(blob),
            "hash": f"sha256:{hashlib.sha256(blob).hexdigest()}",
            "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"',
                        "doubleQuote": True, "header": True},
            "schema": schema.table_schema(name, src)})
        parquet_resources.append({
            "name": name + schema.PARQUET_SUFFIX, "path": f"data/{name}.parquet",
            "profile": schema.PROFILE, "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": f"{description} (Parquet copy of the CSV resource '{name}')",
            "schema": schema.table_schema(name, src, suffix=schema.PARQUET_SUFFIX)})
    descriptor = {"profile": "tabular-data-package", **schema.package_metadata(src),
                  "resources": csv_resources + parquet_resources}
    path = out / "datapackage.json"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
