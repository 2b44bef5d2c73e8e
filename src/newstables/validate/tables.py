"""Reading a data package's tables back for checking: typed frames plus the raw article texts."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..raw import decode


@dataclass
class PackageData:
    """A package as found on disk: descriptor, CSV tables read as text, and raw texts if given."""

    root: Path
    descriptor: dict[str, Any]
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # table -> why it could not be read
    texts: dict[str, str] | None = None  # document_id -> raw text
    raw_bytes_sha: dict[str, str] = field(default_factory=dict)

    @property
    def csv_resources(self) -> list[dict[str, Any]]:
        return [r for r in self.descriptor.get("resources", []) if r.get("format") == "csv"]

    def fields(self, table: str) -> list[dict[str, Any]]:
        return next(r["schema"]["fields"] for r in self.csv_resources if r["name"] == table)

    def resource(self, table: str) -> dict[str, Any]:
        return next(r for r in self.csv_resources if r["name"] == table)


def read_csv_frame(path: Path) -> pd.DataFrame:
    """A CSV as strings: empty cells missing, the string 'NA' kept as a string."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")


def load(root: Path, raw: Path | None) -> PackageData:
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    data = PackageData(root, descriptor)
    for resource in data.csv_resources:
        name = resource["name"]
        try:
            data.frames[name] = read_csv_frame(root / resource["path"])
        except Exception as exc:  # noqa: BLE001 - any unreadable table is a failed check
            data.problems[name] = f"{type(exc).__name__}: {exc}".splitlines()[0]
    if raw is not None and "documents" in data.frames:
        data.texts = {}
        for row in data.frames["documents"].itertuples():
            path = raw / str(row.path)
            if path.is_file() and path.resolve().is_relative_to(raw.resolve()):
                blob = path.read_bytes()
                data.raw_bytes_sha[row.document_id] = hashlib.sha256(blob).hexdigest()
                data.texts[row.document_id] = decode(blob, path)
    return data
