"""Validation of a data package: Great Expectations per table, Frictionless, Parquet vs CSV.

`run(path)` accepts a build folder, a published folder or a downloaded zip and returns a
`Report`; a package is published only when `report.valid` is true.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import schema
from ..errors import InputError
from . import corpus, expectations, package_checks, tables
from .tables import PackageData, load
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
    keys: list[dict[str, Any]] = field(default_factory=list)  # corpus-level, from DuckDB
    # Seconds per stage (load, great_expectations, frictionless, parquet); not in the JSON
    # report, which must not change between runs.
    timings: dict[str, float] = field(default_factory=dict)

    def failed_checks(self) -> list[dict[str, Any]]:
        """Every failed check as a record: table, source, check, column, detail, rows."""
        out = [{"table": t, "source": "great_expectations", "check": r["check"],
                "expectation": r["expectation"], "column": r["column"], "detail": r["detail"],
                "rows": r.get("rows", [])}
               for t, info in self.tables.items() for r in info["results"]
               if r["success"] is False]
        out += [{"table": t, "source": "read", "check": "readable", "expectation": None,
                 "column": None, "detail": info["unreadable"], "rows": []}
                for t, info in self.tables.items() if info.get("unreadable")]
        out += [{"table": e["resource"], "source": "frictionless", "check": e["type"],
                 "expectation": None, "column": e["field"], "detail": e["note"],
                 "rows": [f"row {e['row']}"] if e["row"] else []}
                for e in self.frictionless]
        out += [{"table": p["table"], "source": "parquet", "check": "parquet_matches_csv",
                 "expectation": None, "column": None, "detail": p["note"], "rows": []}
                for p in self.parquet]
        out += [{"table": k["table"], "source": "duckdb", "check": k["check"],
                 "expectation": None, "column": None,
                 "detail": f"{k['failed']} row(s) fail" if k["failed"] else "",
                 "rows": [str(e) for e in k["examples"]]}
                for k in self.keys]
        return out

    def failures(self) -> list[str]:
        """One line per failed check: table, check, column, what failed and which rows."""
        lines = []
        for f in self.failed_checks():
            where = f" [{f['column']}]" if f["column"] else ""
            rows = f"; rows {', '.join(f['rows'])}" if f["rows"] else ""
            source = "" if f["source"] in ("great_expectations", "read") else f"{f['source']} "
            lines.append(f"{f['table']}: {source}{f['check']}{where} {f['detail']}{rows}".rstrip())
        return lines

    def counts(self) -> list[tuple[str, int, int, int, int, str]]:
        """Per table: name, rows, checks run, failed, skipped, status."""
        out = []
        for table, info in self.tables.items():
            failed = sum(r["success"] is False for r in info["results"])
            skipped = sum(r["success"] is None for r in info["results"])
            status = "FAILED" if failed or info.get("unreadable") else "ok"
            out.append((table, info["rows"], len(info["results"]), failed, skipped, status))
        return out

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
            "parquet_matches_csv": {"valid": not self.parquet, "findings": self.parquet},
            "keys": {"valid": not self.keys, "findings": self.keys}}
        return json.dumps(body, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def summary(self, limit: int = 30) -> str:
        """Plain-text summary: one line per table, then the failed checks."""
        lines = [f"{'table':<19} {'rows':>7} {'checks':>6} {'failed':>6} {'skipped':>7}  status"]
        lines += [f"{t:<19} {n:>7} {c:>6} {f:>6} {s:>7}  {status}"
                  for t, n, c, f, s, status in self.counts()]
        lines.append(f"{'frictionless':<19} {'':>7} {'':>6} {len(self.frictionless):>6} "
                     f"{'':>7}  {'ok' if not self.frictionless else 'FAILED'}")
        lines.append(f"{'parquet = csv':<19} {'':>7} {len(self.tables):>6} {len(self.parquet):>6}"
                     f" {'':>7}  {'ok' if not self.parquet else 'FAILED'}")
        lines.append(f"{'keys (duckdb)':<19} {'':>7} {'':>6} {len(self.keys):>6}"
                     f" {'':>7}  {'ok' if not self.keys else 'FAILED'}")
        failures = self.failures()
        lines += ["  " + line for line in failures[:limit]]
        if len(failures) > limit:
            lines.append(f"  ... and {len(failures) - limit} more (see the JSON report)")
        if not self.raw_checked:
            lines.append("note: raw articles not given; text-at-offset checks skipped (--raw)")
        lines.append("VALID" if self.valid else "INVALID")
        return "\n".join(lines)

    def print_summary(self, file: Any = None, limit: int = 30) -> None:
        """The summary as a rich table on a terminal, as plain text anywhere else."""
        stream = file or sys.stdout
        if not stream.isatty():
            print(self.summary(limit), file=stream)
            return
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        grid = Table(title=f"validation of {self.package}", title_justify="left")
        for name, justify in (("table", "left"), ("rows", "right"), ("checks", "right"),
                              ("failed", "right"), ("skipped", "right"), ("status", "left")):
            grid.add_column(name, justify=justify)  # type: ignore[arg-type]
        for t, n, c, f, s, status in self.counts():
            grid.add_row(escape(t), str(n), str(c), str(f), str(s), _mark(status))
        grid.add_row("frictionless", "", "", str(len(self.frictionless)), "",
                     _mark("FAILED" if self.frictionless else "ok"))
        grid.add_row("parquet = csv", "", str(len(self.tables)), str(len(self.parquet)), "",
                     _mark("FAILED" if self.parquet else "ok"))
        grid.add_row("keys (duckdb)", "", "", str(len(self.keys)), "",
                     _mark("FAILED" if self.keys else "ok"))
        console = Console(file=stream, highlight=False)
        console.print(grid)
        failures = self.failures()
        for line in failures[:limit]:
            console.print(f"  [red]x[/red] {escape(line)}", soft_wrap=True)
        if len(failures) > limit:
            console.print(f"  ... and {len(failures) - limit} more (see the JSON report)")
        if not self.raw_checked:
            console.print("note: raw articles not given; text-at-offset checks skipped (--raw)")
        console.print("[green]VALID[/green]" if self.valid else "[red]INVALID[/red]")


def _mark(status: str) -> str:
    return "[green]ok[/green]" if status == "ok" else "[red]FAILED[/red]"


def clear_caches() -> None:
    """Forget memoised results (they only ever save work; a benchmark measures the work)."""
    expectations._CACHE.clear()
    package_checks._FRICTIONLESS.clear()


def run(path: Path, raw: Path | None = None, chunk_rows: int = tables.CHUNK_ROWS) -> Report:
    """Validate the package at `path` (folder or zip); raw/ enables the text-offset checks.

    Tables are checked `chunk_rows` rows at a time (memory stays flat as the corpus grows);
    the report is the same for any chunk size."""
    path = Path(path)
    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory(prefix="newstables-zip-") as tmp:
            root = safe_extract(path, Path(tmp))
            return _run_folder(root, raw, label=path.name, chunk_rows=chunk_rows)
    if not (path / "datapackage.json").is_file():
        raise InputError(path, "is not a data package (no datapackage.json)")
    return _run_folder(path, raw, label=path.name, chunk_rows=chunk_rows)


def _schema_result(data: PackageData, table: str) -> dict[str, Any]:
    """The package's Table Schema must be the one `datapackage.yaml` declares: a descriptor
    edited to drop a constraint would otherwise relax the checks derived from it."""
    declared = data.resource(table)["schema"]
    ok = declared == schema.table_schema(table)
    return {"expectation": "schema_matches_source", "column": "*",
            "check": "schema_matches_source", "success": ok,
            "detail": "" if ok else "the descriptor's schema differs from datapackage.yaml"}


def _run_folder(root: Path, raw: Path | None, label: str,
                chunk_rows: int = tables.CHUNK_ROWS) -> Report:
    clock = time.perf_counter()
    try:
        data = load(root, raw)
    except (ValueError, KeyError) as exc:
        raise InputError(root / "datapackage.json", f"unreadable descriptor: {exc}") from None
    try:
        return _check(data, label, chunk_rows, clock)
    finally:
        data.close()


def _check(data: PackageData, label: str, chunk_rows: int, clock: float) -> Report:
    root = data.root
    report = Report(valid=True, package=label, raw_checked=data.raw_checked)
    report.timings["load"], clock = time.perf_counter() - clock, time.perf_counter()
    present = [r["name"] for r in data.csv_resources]
    for table in present + [t for t in schema.table_names() if t not in present]:
        if table not in present:
            problem = "table missing: the descriptor has no CSV resource for it"
        else:
            # Each table is read in chunks of `chunk_rows` rows; the report does not depend
            # on the chunk size.
            try:
                rows, results = expectations.run(data, table, chunk_rows=chunk_rows)
            except tables.Unreadable as exc:  # an unreadable table is a failed check
                problem = str(exc)
            else:
                report.tables[table] = {"rows": rows,
                                        "results": [_schema_result(data, table), *results]}
                continue
        data.problems[table] = problem
        report.tables[table] = {"rows": 0, "results": [], "unreadable": problem}
    report.timings["great_expectations"], clock = time.perf_counter() - clock, time.perf_counter()
    report.frictionless = package_checks.frictionless_errors(root, data.descriptor)
    report.timings["frictionless"], clock = time.perf_counter() - clock, time.perf_counter()
    report.parquet = package_checks.parquet_matches_csv(data)
    report.timings["parquet"], clock = time.perf_counter() - clock, time.perf_counter()
    # Keys again, straight from the files with DuckDB (it spills to disk beyond its memory
    # limit), as a check independent of the chunked suites above.
    report.keys = corpus.key_checks(root)
    report.timings["keys"] = time.perf_counter() - clock
    report.valid = not report.failures()
    return report
