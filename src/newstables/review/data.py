"""Reading a published package for the review pages: its tables as plain rows, texts, report.

Rows are dicts of strings (an empty cell is ""), read with the csv module so that nothing is
typed or guessed: the pages show exactly what the CSV holds.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..raw import decode

Row = dict[str, str]
TABLES = ("documents", "actors", "organisations", "places", "mentions", "quotes", "events",
          "event_participants", "affiliations")


@dataclass
class Validation:
    """What the package's validation-report.json says, in a few numbers."""

    found: bool
    valid: bool = False
    checks: int = 0
    failed: int = 0
    frictionless_ok: bool = False
    parquet_ok: bool = False
    raw_checked: bool = False

    def sentence(self) -> str:
        if not self.found:
            return "no validation report in the package (not validated)"
        verdict = "valid" if self.valid else "NOT valid"
        return (f"{verdict}: {self.checks} table checks, {self.failed} failed; "
                f"Frictionless {'ok' if self.frictionless_ok else 'failed'}; "
                f"Parquet = CSV {'ok' if self.parquet_ok else 'failed'}; "
                f"text offsets {'checked' if self.raw_checked else 'not checked'}")


@dataclass
class Package:
    """A package's rows by table, its version and validation, and the raw article texts."""

    root: Path
    version: str
    name: str
    tables: dict[str, list[Row]]
    validation: Validation
    texts: dict[str, str] = field(default_factory=dict)  # document_id -> raw text
    text_problems: dict[str, str] = field(default_factory=dict)  # document_id -> why missing

    def rows(self, table: str, document_id: str | None = None) -> list[Row]:
        rows = self.tables.get(table, [])
        if document_id is None:
            return rows
        return [r for r in rows if r.get("document_id") == document_id]


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "") for k, v in row.items() if k is not None}
                for row in csv.DictReader(handle)]


def read_validation(root: Path) -> Validation:
    path = root / "validation-report.json"
    if not path.is_file():
        return Validation(found=False)
    try:
        body: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return Validation(found=False)
    tables = body.get("tables") or {}
    return Validation(
        found=True, valid=bool(body.get("valid")),
        checks=sum(int(t.get("checks", 0)) for t in tables.values()),
        failed=sum(int(t.get("failed", 0)) for t in tables.values()),
        frictionless_ok=bool((body.get("frictionless") or {}).get("valid")),
        parquet_ok=bool((body.get("parquet_matches_csv") or {}).get("valid")),
        raw_checked=bool(body.get("raw_checked")))


def load(root: Path, raw: Path | None) -> Package:
    """The package in folder `root`; texts come from `raw` via documents.path, if given."""
    descriptor_path = root / "datapackage.json"
    if not descriptor_path.is_file():
        raise InputError(root, "is not a data package (no datapackage.json)")
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    base = root.resolve()
    for resource in descriptor.get("resources", []):
        name, rel = resource.get("name"), resource.get("path")
        if name not in tables or not isinstance(rel, str) or not rel.endswith(".csv"):
            continue
        path = root / rel
        if path.resolve().is_relative_to(base) and path.is_file():
            tables[name] = read_rows(path)
    package = Package(root=root, version=str(descriptor.get("version", "")),
                      name=str(descriptor.get("name", "")), tables=tables,
                      validation=read_validation(root))
    for doc in tables["documents"]:
        doc_id = doc.get("document_id", "")
        text, problem = _read_text(raw, doc)
        if text is not None:
            package.texts[doc_id] = text
        if problem:
            package.text_problems[doc_id] = problem
    return package


def _read_text(raw: Path | None, doc: Row) -> tuple[str | None, str]:
    """The article's text and a problem note ('' when all is well)."""
    if raw is None:
        return None, "no raw folder given"
    if not raw.is_dir():
        return None, f"raw folder {raw.as_posix()} not found"
    path = raw / doc.get("path", "")
    if not doc.get("path") or not path.resolve().is_relative_to(raw.resolve()):
        return None, f"documents.path {doc.get('path', '')!r} is not inside the raw folder"
    if not path.is_file():
        return None, f"raw text {path.as_posix()} not found"
    blob = path.read_bytes()
    try:
        text = decode(blob, path)
    except InputError as exc:
        return None, str(exc)
    sha = hashlib.sha256(blob).hexdigest()
    if doc.get("sha256") and sha != doc["sha256"]:
        return text, (f"the raw text's sha256 ({sha[:12]}…) differs from the package's "
                      f"({doc['sha256'][:12]}…): offsets may not match these words")
    return text, ""
