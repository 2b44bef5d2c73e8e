"""Validation of a data package: Great Expectations per table, Frictionless, Parquet vs CSV.

`run(path)` accepts a build folder, a published folder or a downloaded zip and returns a
`Report`; a package is published only when `report.valid` is true.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from . import expectations, package_checks
from .tables import load
from .unzip import safe_extract

REPORT_NAME = "validation-report.json"


@dataclass
class Report:
    valid: bool
    package: str
    raw_checked: bool
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    frictionless: list[dict[str, Any]] = field(default_factory=list)
    parquet: list[dict[str, Any]] = field(default_factory=list)

    def failures(self) -> list[str]:
        """One line per failed check: table, check, column and what failed."""
        lines = [f"{t}: {r['check']} [{r['column']}] {r['detail']}".rstrip()
                 for t, info in self.tables.items() for r in info["results"]
                 if r["success"] is False]
        lines += [f"{t}: {info['unreadable']}" for t, info in self.tables.items()
                  if info.get("unreadable")]
        lines += [f"frictionless {e['resource']}: {e['type']}: {e['note']}"
                  for e in self.frictionless]
        lines += [f"{p['table']}: parquet: {p['note']}" for p in self.parquet]
        return lines

    def to_json(self) -> str:
        """Deterministic JSON (no times, no absolute paths) so a published report is stable."""
        body = {"valid": self.valid, "raw_checked": self.raw_checked, "tables": {
            t: {"rows": i["rows"], "checks": len(i["results"]),
                "failed": sum(r["success"] is False for r in i["results"]),
                "skipped": sum(r["success"] is None for r in i["results"]),
                "results": i["results"], **({"unreadable": i["unreadable"]}
                                            if i.get("unreadable") else {})}
            for t, i in self.tables.items()},
            "frictionless": {"valid": not self.frictionless, "errors": self.frictionless},
            "parquet_matches_csv": {"valid": not self.parquet, "findings": self.parquet}}
        return json.dumps(body, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def summary(self) -> str:
        lines = []
        for table, info in self.tables.items():
            failed = [r for r in info["results"] if r["success"] is False]
            skipped = sum(r["success"] is None for r in info["results"])
            status = "ok" if not failed and not info.get("unreadable") else "FAILED"
            lines.append(f"{table:<19} {info['rows']:>7} rows {len(info['results']):>4} checks "
                         f"{len(failed):>3} failed {skipped:>2} skipped  {status}")
        lines.append(f"frictionless        {'ok' if not self.frictionless else 'FAILED'}"
                     f" ({len(self.frictionless)} errors)")
        lines.append(f"parquet = csv       {'ok' if not self.parquet else 'FAILED'}")
        lines += ["  " + line for line in self.failures()[:30]]
        lines.append("VALID" if self.valid else "INVALID")
        return "\n".join(lines)


def run(path: Path, raw: Path | None = None) -> Report:
    """Validate the package at `path` (folder or zip); raw/ enables the text-offset checks."""
    path = Path(path)
    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory(prefix="newstables-zip-") as tmp:
            root = safe_extract(path, Path(tmp))
            return _run_folder(root, raw, label=path.name)
    if not (path / "datapackage.json").is_file():
        raise InputError(path, "is not a data package (no datapackage.json)")
    return _run_folder(path, raw, label=path.name)


def _run_folder(root: Path, raw: Path | None, label: str) -> Report:
    try:
        data = load(root, raw)
    except (ValueError, KeyError) as exc:
        raise InputError(root / "datapackage.json", f"unreadable descriptor: {exc}") from None
    report = Report(valid=True, package=label, raw_checked=data.texts is not None)
    for resource in data.csv_resources:
        table = resource["name"]
        if table in data.problems:
            report.tables[table] = {"rows": 0, "results": [], "unreadable": data.problems[table]}
            continue
        report.tables[table] = {"rows": len(data.frames[table]),
                                "results": expectations.run(data, table)}
    report.frictionless = package_checks.frictionless_errors(root)
    report.parquet = package_checks.parquet_matches_csv(data)
    report.valid = not report.failures()
    return report
