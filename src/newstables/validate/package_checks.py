"""Whole-package checks: Frictionless over every resource, and Parquet equal to its CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..package import csv_bytes
from .tables import PackageData


def frictionless_errors(root: Path, limit: int = 20) -> list[dict[str, Any]]:
    """Every Frictionless error of the package (schema, keys, bytes, hash), as plain dicts."""
    from frictionless import Package, system

    with system.use_context(trusted=False):
        report = Package(str(root / "datapackage.json")).validate()
    errors = []
    for task in report.tasks:
        for error in task.errors:
            errors.append({"resource": task.name, "type": error.type,
                           "field": getattr(error, "field_name", None),
                           "row": getattr(error, "row_number", None),
                           "note": error.message[:300]})
    for error in report.errors:
        errors.append({"resource": None, "type": error.type, "field": None, "row": None,
                       "note": error.message[:300]})
    return errors[:limit] if limit else errors


def parquet_matches_csv(data: PackageData) -> list[dict[str, Any]]:
    """One finding per table whose Parquet copy does not hold exactly the CSV's rows."""
    findings = []
    by_path = {r["name"]: r for r in data.descriptor.get("resources", [])}
    for resource in data.csv_resources:
        name = resource["name"]
        twin = next((r for r in by_path.values()
                     if r.get("format") == "parquet" and r["path"] == f"data/{name}.parquet"),
                     None)
        if twin is None:
            findings.append({"table": name, "note": "no Parquet resource for this table"})
            continue
        columns = [f["name"] for f in resource["schema"]["fields"]]
        try:
            rows = pq.read_table(data.root / twin["path"]).to_pylist()
            same = csv_bytes(columns, rows) == (data.root / resource["path"]).read_bytes()
        except Exception as exc:  # noqa: BLE001 - an unreadable Parquet file is a finding
            findings.append({"table": name, "note": f"Parquet unreadable: {exc}"[:300]})
            continue
        if not same:
            findings.append({"table": name, "note": "Parquet rows differ from the CSV's"})
    return findings
