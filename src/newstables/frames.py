"""Loading a published package into pandas with the types its schema declares.

`load(path)` reads a package folder, its `datapackage.json` or a downloaded zip and returns one
DataFrame per table: nullable integers (Int64), dates (datetime64), categoricals for enum
columns (the enum as categories) and nullable strings. Only empty cells are missing: the string
"NA" (Namibia's ISO code, or a quoted word) stays a string, unlike pandas' default.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import InputError
from .schema import PARQUET_SUFFIX
from .validate.unzip import safe_extract

Format = Literal["csv", "parquet"]
DATE_DTYPE = "datetime64[ns]"
_SCALAR_DTYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean",
                  "string": "string"}


def load(path: str | Path, format: Format = "csv") -> dict[str, pd.DataFrame]:  # noqa: A002
    """Every table of the package at `path` (folder, datapackage.json or zip), by table name."""
    path = Path(path)
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be 'csv' or 'parquet', not {format!r}")
    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory(prefix="newstables-load-") as tmp:
            return _load_folder(safe_extract(path, Path(tmp)), format)
    if path.is_file() and path.name == "datapackage.json":
        path = path.parent
    if not (path / "datapackage.json").is_file():
        raise InputError(path, "is not a data package (no datapackage.json)")
    return _load_folder(path, format)


def table_resources(descriptor: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """table name -> {"csv": resource, "parquet": resource}, pairing each CSV resource with its
    Parquet copy (named `<table>-parquet`, or stored next to it as `<table>.parquet`)."""
    resources = descriptor.get("resources", [])
    parquet = [r for r in resources if r.get("format") == "parquet"]
    by_name = {r["name"]: r for r in parquet}
    by_path = {r["path"]: r for r in parquet if isinstance(r.get("path"), str)}
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for resource in resources:
        if resource.get("format") == "csv":
            twin = by_name.get(resource["name"] + PARQUET_SUFFIX) or \
                by_path.get(str(Path(resource["path"]).with_suffix(".parquet")))
            tables[resource["name"]] = {"csv": resource, **({"parquet": twin} if twin else {})}
    return tables


def _read_parquet(root: Path, path: str | list[str]) -> pd.DataFrame:
    """One Parquet file, or the part files of a partitioned table in their listed order."""
    parts = [path] if isinstance(path, str) else path
    return pa.concat_tables([pq.read_table(root / p) for p in parts]).to_pandas()


def _load_folder(root: Path, format: Format) -> dict[str, pd.DataFrame]:  # noqa: A002
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    frames = {}
    for name, pair in table_resources(descriptor).items():
        if format not in pair:
            raise InputError(root, f"table '{name}' has no {format} resource")
        fields = pair["csv"]["schema"]["fields"]
        if format == "csv":
            raw = pd.read_csv(root / pair["csv"]["path"], dtype=str, keep_default_na=False,
                              na_values=[""], encoding="utf-8")
        else:
            raw = _read_parquet(root, pair["parquet"]["path"])
        frames[name] = typed(raw, fields)
    return frames


def typed(frame: pd.DataFrame, fields: list[dict[str, Any]]) -> pd.DataFrame:
    """`frame` with the schema's columns, in the schema's order, cast to the schema's types."""
    return pd.DataFrame({f["name"]: _cast(frame[f["name"]], f) for f in fields},
                        index=pd.RangeIndex(len(frame)))


def _cast(column: pd.Series, field: dict[str, Any]) -> pd.Series:
    column = column.reset_index(drop=True)
    enum = field.get("constraints", {}).get("enum")
    if enum is not None and field["type"] == "string":
        return column.astype("string").astype(pd.CategoricalDtype([str(v) for v in enum]))
    if field["type"] == "date":
        return pd.to_datetime(column.astype("string"), format="%Y-%m-%d").astype(DATE_DTYPE)
    if field["type"] in ("integer", "number") and not pd.api.types.is_numeric_dtype(column):
        column = column.astype("string")  # CSV text: via nullable strings, exact for big ints
    return column.astype(_SCALAR_DTYPES.get(field["type"], "string"))
