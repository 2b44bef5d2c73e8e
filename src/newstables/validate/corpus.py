"""Corpus-scale key checks with DuckDB: primary and foreign keys, without pandas.

For a package of any size, DuckDB reads the CSV tables straight from disk and spills to disk
beyond its memory limit, so these checks hold no table in memory (the streamed Parquet = CSV
check is `package_checks.parquet_matches_csv`). Each finding names the
table, the check and how many rows fail it, with up to five examples.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ..sql import ident, literal

EXAMPLES = 5
# DuckDB's memory ceiling per connection; beyond it, DuckDB spills to a temporary folder. Its
# page cache fills up to the ceiling while it reads the CSV files, so a low ceiling keeps the
# validator's memory small at little cost in time.
MEMORY_LIMIT = "256MB"


def _source(root: Path, resource: dict[str, Any]) -> str:
    paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
    files = ", ".join(literal(root / p) for p in paths)
    if resource.get("format") == "parquet":
        return f"read_parquet([{files}])"
    columns = ", ".join(f"{ident(f['name'])}: 'VARCHAR'" for f in resource["schema"]["fields"])
    return (f"read_csv([{files}], header=true, delim=',', quote='\"', escape='\"', "
            f"columns={{{columns}}}, nullstr='', auto_detect=false)")


def key_checks(root: Path, memory_limit: str = MEMORY_LIMIT) -> list[dict[str, Any]]:
    """Primary keys unique and complete, foreign keys resolved, in every CSV table."""
    import duckdb

    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    tables = {r["name"]: r for r in descriptor["resources"] if r.get("format") == "csv"}
    spill = tempfile.TemporaryDirectory(prefix="newstables-keys-")
    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": spill.name})
    findings: list[dict[str, Any]] = []
    try:
        for name, resource in tables.items():  # an unreadable table is a finding, not a crash
            try:
                con.execute(f"CREATE VIEW {ident(name)} AS SELECT * FROM "
                            f"{_source(root, resource)}")
                con.execute(f"SELECT count(*) FROM {ident(name)}").fetchone()
            except duckdb.Error as exc:
                findings.append({"table": name, "check": "readable", "failed": None,
                                 "examples": [str(exc).splitlines()[0][:200]]})
        if findings:  # keys are only meaningful once every table reads
            return findings
        for name, resource in tables.items():
            key = resource["schema"].get("primaryKey", [])
            if key:
                cols = ", ".join(map(ident, key))
                nulls = " OR ".join(f"{ident(k)} IS NULL" for k in key)
                _add(findings, con, name, "primary key complete",
                     f"SELECT {cols} FROM {ident(name)} WHERE {nulls}")
                _add(findings, con, name, "primary key unique",
                     f"SELECT {cols}, count(*) AS n FROM {ident(name)} GROUP BY {cols} "
                     "HAVING count(*) > 1")
            for fk in resource["schema"].get("foreignKeys", []):
                target = fk["reference"]["resource"] or name
                if target not in tables:
                    findings.append({"table": name, "check": "foreign key",
                                     "failed": None, "examples": [f"no table {target}"]})
                    continue
                mine, theirs = fk["fields"], fk["reference"]["fields"]
                mine = [mine] if isinstance(mine, str) else mine
                theirs = [theirs] if isinstance(theirs, str) else theirs
                on = " AND ".join(f"t.{ident(b)} = s.{ident(a)}" for a, b in zip(mine, theirs,
                                                                          strict=True))
                present = " AND ".join(f"s.{ident(a)} IS NOT NULL" for a in mine)
                _add(findings, con, name, f"foreign key {'+'.join(mine)} -> {target}",
                     f"SELECT {', '.join('s.' + ident(a) for a in mine)} FROM {ident(name)} s "
                     f"WHERE {present} AND NOT EXISTS (SELECT 1 FROM {ident(target)} t "
                     f"WHERE {on})")
    finally:
        con.close()
        spill.cleanup()
    return findings


def _add(findings: list[dict[str, Any]], con: Any, table: str, check: str, sql: str) -> None:
    failed = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
    if failed:
        examples = [list(r) for r in con.execute(f"{sql} LIMIT {EXAMPLES}").fetchall()]
        findings.append({"table": table, "check": check, "failed": failed,
                         "examples": examples})
