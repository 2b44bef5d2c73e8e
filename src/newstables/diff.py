"""Comparing two versions of the package, table by table and row by primary key.

Semantic versioning for data decides the bump a change requires:
MAJOR a table or column removed or renamed (a rename is a removal plus an addition), a column's
type or a table's primary key changed; MINOR a table, column or row added; PATCH corrections
(rows changed or removed, descriptions or constraints edited). `newstables diff OLD NEW` prints
the changes as a CHANGELOG entry and, with --check-version, fails when NEW's version is lower
than the one the changes require.
"""

from __future__ import annotations

import csv
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .frames import table_resources
from .validate.unzip import safe_extract

BUMPS = ("none", "patch", "minor", "major")


@dataclass
class Table:
    """One version of a table: its schema and its rows keyed by primary key (cells as text)."""

    schema: dict[str, Any]
    rows: dict[tuple[str, ...], dict[str, str]]


@dataclass
class Package:
    version: str
    metadata: dict[str, Any]
    tables: dict[str, Table]


@dataclass
class TableDiff:
    name: str
    status: str = "kept"  # kept, added or removed
    rows: int = 0  # rows of the table in the newer package (or the older, if removed)
    added: list[tuple[str, ...]] = field(default_factory=list)
    removed: list[tuple[str, ...]] = field(default_factory=list)
    changed: list[tuple[str, ...]] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    columns_retyped: list[tuple[str, str, str]] = field(default_factory=list)
    key_changed: bool = False
    schema_edited: bool = False  # descriptions, constraints, foreign keys, column order

    def bump(self) -> str:
        if self.status == "removed" or self.columns_removed or self.columns_retyped \
                or self.key_changed:
            return "major"
        if self.status == "added" or self.columns_added or self.added:
            return "minor"
        if self.removed or self.changed or self.schema_edited:
            return "patch"
        return "none"


@dataclass
class PackageDiff:
    old_version: str
    new_version: str
    tables: list[TableDiff]
    metadata_changed: bool

    def required_bump(self) -> str:
        bumps = [t.bump() for t in self.tables] + (["patch"] if self.metadata_changed else [])
        return max(bumps, key=BUMPS.index, default="none")

    def required_version(self) -> str:
        major, minor, patch = parse_version(self.old_version)
        return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0",
                "patch": f"{major}.{minor}.{patch + 1}",
                "none": self.old_version}[self.required_bump()]

    def version_ok(self) -> bool:
        return parse_version(self.new_version) >= parse_version(self.required_version())

    def to_dict(self) -> dict[str, Any]:
        return {"old_version": self.old_version, "new_version": self.new_version,
                "required_bump": self.required_bump(),
                "required_version": self.required_version(), "version_ok": self.version_ok(),
                "metadata_changed": self.metadata_changed,
                "tables": {t.name: {"status": t.status, "rows": t.rows, "bump": t.bump(),
                                    "added": len(t.added), "removed": len(t.removed),
                                    "changed": len(t.changed),
                                    "columns_added": t.columns_added,
                                    "columns_removed": t.columns_removed,
                                    "columns_retyped": [list(c) for c in t.columns_retyped],
                                    "key_changed": t.key_changed,
                                    "schema_edited": t.schema_edited}
                           for t in self.tables}}

    def to_markdown(self) -> str:
        """The changes as a CHANGELOG entry (Keep a Changelog sections)."""
        added, changed, removed = [], [], []
        for t in self.tables:
            if t.status == "added":
                added.append(f"table `{t.name}` ({_rows(t.rows)})")
                continue
            if t.status == "removed":
                removed.append(f"table `{t.name}` ({_rows(t.rows)})")
                continue
            added += [f"`{t.name}`: column `{c}`" for c in t.columns_added]
            added += [f"`{t.name}`: {_rows(len(t.added))}"] if t.added else []
            changed += [f"`{t.name}`: column `{c}` type {a} -> {b}"
                        for c, a, b in t.columns_retyped]
            changed += [f"`{t.name}`: primary key"] if t.key_changed else []
            changed += [f"`{t.name}`: {_rows(len(t.changed))} corrected"] if t.changed else []
            changed += [f"`{t.name}`: schema descriptions or constraints"] \
                if t.schema_edited else []
            removed += [f"`{t.name}`: column `{c}`" for c in t.columns_removed]
            removed += [f"`{t.name}`: {_rows(len(t.removed))}"] if t.removed else []
        if self.metadata_changed:
            changed.append("package metadata")
        lines = [f"## [{self.new_version}]", "",
                 f"Compared with {self.old_version} by primary key. Required bump: "
                 f"{self.required_bump().upper()} (version {self.required_version()} or "
                 f"later); this version {self.new_version} is "
                 f"{'enough' if self.version_ok() else 'TOO LOW'}."]
        for title, items in (("Added", added), ("Changed", changed), ("Removed", removed)):
            if items:
                lines += ["", f"### {title}", ""] + [f"- {item}" for item in items]
        if not (added or changed or removed):
            lines += ["", "No changes."]
        return "\n".join(lines) + "\n"


def _rows(n: int) -> str:
    return f"{n} row{'' if n == 1 else 's'}"


def parse_version(version: str) -> tuple[int, int, int]:
    parts = str(version).split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise InputError(None, f"version '{version}' is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(p) for p in parts)
    return major, minor, patch


def read_package(path: Path) -> Package:
    """A package folder, its datapackage.json or a zip, read into memory (cells as text)."""
    path = Path(path)
    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory(prefix="newstables-diff-") as tmp:
            return _read_folder(safe_extract(path, Path(tmp)))
    if path.is_file() and path.name == "datapackage.json":
        path = path.parent
    if not (path / "datapackage.json").is_file():
        raise InputError(path, "is not a data package (no datapackage.json)")
    return _read_folder(path)


def _read_folder(root: Path) -> Package:
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for name, pair in table_resources(descriptor).items():
        schema = pair["csv"]["schema"]
        with open(root / pair["csv"]["path"], encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        key = schema["primaryKey"]
        tables[name] = Table(schema, {tuple(r[k] for k in key): r for r in rows})
    metadata = {k: v for k, v in descriptor.items() if k not in ("resources", "version")}
    return Package(str(descriptor.get("version", "0.0.0")), metadata, tables)


def _types(schema: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["type"] for f in schema["fields"]}


def diff_tables(name: str, old: Table, new: Table) -> TableDiff:
    result = TableDiff(name, rows=len(new.rows))
    old_types, new_types = _types(old.schema), _types(new.schema)
    result.columns_added = [c for c in new_types if c not in old_types]
    result.columns_removed = [c for c in old_types if c not in new_types]
    result.columns_retyped = [(c, old_types[c], new_types[c]) for c in new_types
                              if c in old_types and old_types[c] != new_types[c]]
    result.key_changed = old.schema["primaryKey"] != new.schema["primaryKey"]
    result.schema_edited = old.schema != new.schema and not (
        result.columns_added or result.columns_removed or result.columns_retyped
        or result.key_changed)
    old_rows = old.rows
    if result.key_changed:  # compare by the new key when the old rows have its columns
        key = new.schema["primaryKey"]
        if all(k in old_types for k in key):
            old_rows = {tuple(r[k] for k in key): r for r in old.rows.values()}
    common = [c for c in new_types if c in old_types]
    result.added = sorted(k for k in new.rows if k not in old_rows)
    result.removed = sorted(k for k in old_rows if k not in new.rows)
    result.changed = sorted(k for k, row in new.rows.items() if k in old_rows
                            and any(row[c] != old_rows[k][c] for c in common))
    return result


def diff(old_path: Path, new_path: Path) -> PackageDiff:
    old, new = read_package(old_path), read_package(new_path)
    tables = []
    for name in list(new.tables) + [n for n in old.tables if n not in new.tables]:
        if name not in old.tables:
            tables.append(TableDiff(name, status="added", rows=len(new.tables[name].rows)))
        elif name not in new.tables:
            tables.append(TableDiff(name, status="removed", rows=len(old.tables[name].rows)))
        else:
            tables.append(diff_tables(name, old.tables[name], new.tables[name]))
    return PackageDiff(old.version, new.version, tables, old.metadata != new.metadata)
