"""Whole-package checks: Frictionless over every resource, and Parquet equal to its CSV."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..package import csv_bytes
from ..schema import ARROW_TYPES, PARQUET_SUFFIX
from .tables import PackageData

# Rows re-encoded as CSV at a time: the rows become Python dicts on the way, so keep it small.
PARQUET_BATCH_ROWS = 10_000


def frictionless_errors(root: Path, descriptor: dict[str, Any], limit: int = 50
                        ) -> list[dict[str, Any]]:
    """Every Frictionless error of the package's CSV resources: schema, types, constraints,
    primary and foreign keys, bytes and hash; as plain dicts.

    The Parquet resources are checked by `parquet_matches_csv` instead: equal rows and declared
    types make them exactly as valid as their CSV twin, and Frictionless reads Parquet through
    pandas row by row, the slowest part of a whole-package run. Each resource is validated with
    the resources its foreign keys point at, and the outcome is memoised on their bytes, so
    re-validating a package after one table changed re-reads only what depends on that table.
    """
    csv = [r for r in descriptor.get("resources", []) if r.get("format") == "csv"]
    by_name = {r.get("name"): r for r in csv}
    digests: dict[str, str] = {}
    errors: list[dict[str, Any]] = []
    for resource in csv:
        targets = sorted({fk.get("reference", {}).get("resource", "")
                          for fk in resource.get("schema", {}).get("foreignKeys", [])}
                         - {"", resource.get("name")})
        members = [resource] + [by_name[t] for t in targets if t in by_name]
        body = {**descriptor, "resources": members}
        key = hashlib.sha256(json.dumps(
            [body, [_file_digest(root, m.get("path"), digests) for m in members]],
            sort_keys=True, default=str).encode()).hexdigest()
        if key not in _FRICTIONLESS:
            _FRICTIONLESS[key] = _validate_resource(root, body, resource.get("name"))
            while len(_FRICTIONLESS) > _CACHE_SIZE:
                _FRICTIONLESS.pop(next(iter(_FRICTIONLESS)))
        errors += [e for e in _FRICTIONLESS[key] if e not in errors]
    return errors[:limit] if limit else errors


_FRICTIONLESS: dict[str, list[dict[str, Any]]] = {}
_CACHE_SIZE = 256


def _file_digest(root: Path, path: Any, seen: dict[str, str]) -> str:
    if not isinstance(path, str):
        return "no path"
    if path not in seen:
        try:
            seen[path] = hashlib.sha256((root / path).read_bytes()).hexdigest()
        except OSError as exc:
            seen[path] = f"unreadable: {exc.strerror}"
    return seen[path]


def _validate_resource(root: Path, body: dict[str, Any], name: str | None
                       ) -> list[dict[str, Any]]:
    from frictionless import FrictionlessException, Package, system

    # Untrusted: no absolute or parent paths, nothing remote is fetched.
    with system.use_context(trusted=False):
        try:
            report = Package(body, basepath=str(root)).validate(name=name)
        except FrictionlessException as exc:
            return [{"resource": name, "type": exc.error.type, "field": None, "row": None,
                     "note": exc.error.message[:300]}]
    errors = [{"resource": task.name, "type": error.type,
               "field": getattr(error, "field_name", None),
               "row": getattr(error, "row_number", None), "note": error.message[:300]}
              for task in report.tasks for error in task.errors]
    errors += [{"resource": None, "type": error.type, "field": None, "row": None,
                "note": error.message[:300]} for error in report.errors]
    return errors


def _parts(root: Path, resource: dict[str, Any]) -> list[Path]:
    """A resource's files: one path, or the ordered parts of a partitioned Parquet table."""
    paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
    return [root / p for p in paths]


def parquet_matches_csv(data: PackageData) -> list[dict[str, Any]]:
    """One finding per table whose Parquet copy (one file, or its parts in order) does not hold
    exactly the CSV's rows with the declared column types.

    The Parquet rows are re-encoded as CSV batch by batch and hashed, so no table is held in
    memory whatever the corpus size; equal hashes mean the same rows in the same order."""
    findings = []
    twins = {r["name"]: r for r in data.descriptor.get("resources", [])
             if r.get("format") == "parquet"}
    for resource in data.csv_resources:
        name = resource["name"]
        twin = twins.get(name + PARQUET_SUFFIX)
        if twin is None:
            findings.append({"table": name, "note": "no Parquet resource for this table"})
            continue
        fields = resource["schema"]["fields"]
        if twin.get("schema", {}).get("fields") != fields:
            findings.append({"table": name, "note": "Parquet resource schema differs from the "
                                                    "CSV resource's"})
            continue
        columns = [f["name"] for f in fields]
        declared = [(f["name"], ARROW_TYPES.get(f["type"])) for f in fields]
        header = csv_bytes(columns, [])
        digest, rows = hashlib.sha256(header), 0
        try:
            for part in _parts(data.root, twin):
                parquet = pq.ParquetFile(part)
                found = [(f.name, f.type) for f in parquet.schema_arrow]
                if found != declared:
                    raise TypeError("Parquet columns or types differ from the schema: "
                                    f"{[(n, str(t)) for n, t in found]}")
                for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
                    digest.update(csv_bytes(columns, batch.to_pylist())[len(header):])
                    rows += batch.num_rows
        except TypeError as exc:
            findings.append({"table": name, "note": str(exc)[:300]})
            continue
        except Exception as exc:  # noqa: BLE001 - an unreadable Parquet file is a finding
            findings.append({"table": name, "note": f"Parquet unreadable: {exc}"[:300]})
            continue
        try:
            with open(data.root / resource["path"], "rb") as handle:
                same = hashlib.file_digest(handle, "sha256").hexdigest() == digest.hexdigest()
        except OSError as exc:
            findings.append({"table": name, "note": f"CSV unreadable: {exc}"[:300]})
            continue
        if not same:
            findings.append({"table": name, "note": f"Parquet rows ({rows}) differ "
                                                    "from the CSV's"})
    return findings
