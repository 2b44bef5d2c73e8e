"""Table metadata, declared once in `datapackage.yaml` and turned into everything else.

The published descriptor, the Parquet types, the pandas dtypes, the schema-derived expectations
and the data dictionary all come from here, so a column is described in one place only.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from .raw import load_yaml


def _source_path() -> Path:
    """The source descriptor: the checkout's, when the package runs from its source tree (an
    editable install), or else the one in the working directory (an installed package, run in
    the project's folder as the commands' default paths raw/ and datapackage/ assume)."""
    checkout = Path(__file__).resolve().parents[2] / "datapackage.yaml"
    return checkout if checkout.is_file() else Path.cwd() / "datapackage.yaml"


SOURCE = _source_path()
ROOT = SOURCE.parent  # the project's folder: the descriptor and the suites of validation/
PROFILE = "tabular-data-resource"
PARQUET_SUFFIX = "-parquet"
ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "boolean": pa.bool_(), "date": pa.date32()}


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any]:
    return load_yaml(Path(path).read_text(encoding="utf-8"))


def source(path: Path = SOURCE) -> dict[str, Any]:
    """The source descriptor (a private copy: callers may change it)."""
    return copy.deepcopy(_load(str(path)))


def table_names(src: dict[str, Any] | None = None) -> list[str]:
    return list((src or source())["tables"])


def table_schema(name: str, src: dict[str, Any] | None = None, suffix: str = "") -> dict[str, Any]:
    """A Table Schema for one table; `suffix` renames foreign-key targets (Parquet resources)."""
    table = (src or source())["tables"][name]
    schema: dict[str, Any] = {"fields": table["fields"], "primaryKey": table["primaryKey"],
                              "missingValues": [""]}
    if table.get("foreignKeys"):
        schema["foreignKeys"] = [
            {"fields": fk["fields"], "reference": {
                "resource": fk["reference"]["resource"] + suffix,
                "fields": fk["reference"]["fields"]}}
            for fk in table["foreignKeys"]]
    return schema


def arrow_schema(name: str, src: dict[str, Any] | None = None) -> pa.Schema:
    fields = (src or source())["tables"][name]["fields"]
    return pa.schema([pa.field(f["name"], ARROW_TYPES[f["type"]],
                               nullable=not f.get("constraints", {}).get("required", False))
                      for f in fields])


def package_metadata(src: dict[str, Any]) -> dict[str, Any]:
    """Package-level properties of the source descriptor (everything but the tables)."""
    return {k: v for k, v in src.items() if k != "tables"}
