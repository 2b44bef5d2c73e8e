"""Exporting a package to one DuckDB database: every table with its types, keys and enums.

SQL users get the schema as constraints the database enforces: PRIMARY KEY, FOREIGN KEY
(REFERENCES), NOT NULL for required columns and CHECK (... IN ...) for enum columns. Tables are
created and filled parents first, so every foreign key is checked as the rows go in.
"""

from __future__ import annotations

import json
import os
import tempfile
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

from .errors import InputError
from .frames import table_resources
from .sql import ident, literal
from .validate.unzip import safe_extract

SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN",
             "date": "DATE"}


def create_table_sql(name: str, schema: dict[str, Any]) -> str:
    """CREATE TABLE for one Table Schema, its constraints included."""
    lines = []
    for field in schema["fields"]:
        constraints = field.get("constraints", {})
        line = f"{ident(field['name'])} {SQL_TYPES.get(field['type'], 'VARCHAR')}"
        if constraints.get("required"):
            line += " NOT NULL"
        if constraints.get("enum"):
            values = ", ".join(literal(v) for v in constraints["enum"])
            line += f" CHECK ({ident(field['name'])} IN ({values}))"
        lines.append(line)
    lines.append(f"PRIMARY KEY ({', '.join(map(ident, schema['primaryKey']))})")
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        lines.append(f"FOREIGN KEY ({', '.join(map(ident, fk['fields']))}) REFERENCES "
                     f"{ident(ref['resource'])} ({', '.join(map(ident, ref['fields']))})")
    return f"CREATE TABLE {ident(name)} (\n  " + ",\n  ".join(lines) + "\n)"


def _order(schemas: dict[str, dict[str, Any]]) -> list[str]:
    """Table names, each after the tables its foreign keys refer to (self-references aside)."""
    graph = {name: {fk["reference"]["resource"] for fk in s.get("foreignKeys", [])
                    if fk["reference"]["resource"] not in ("", name)}
             for name, s in schemas.items()}
    return list(TopologicalSorter(graph).static_order())


def export_duckdb(package: Path, out: Path) -> Path:
    """Write the CSV tables of `package` (folder or zip) to the DuckDB file `out`; return it."""
    package, out = Path(package), Path(out)
    if package.is_file() and package.suffix == ".zip":
        with tempfile.TemporaryDirectory(prefix="newstables-export-") as tmp:
            return _export_folder(safe_extract(package, Path(tmp)), out)
    if not (package / "datapackage.json").is_file():
        raise InputError(package, "is not a data package (no datapackage.json)")
    return _export_folder(package, out)


def _export_folder(root: Path, out: Path) -> Path:
    import duckdb

    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    resources = {name: pair["csv"] for name, pair in table_resources(descriptor).items()}
    schemas = {name: r["schema"] for name, r in resources.items()}
    out.parent.mkdir(parents=True, exist_ok=True)
    # Built under a temporary name and renamed: a reader never sees a half-written database.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    os.unlink(tmp_name)
    try:
        with duckdb.connect(tmp_name) as con:
            for name in _order(schemas):
                con.execute(create_table_sql(name, schemas[name]))
                fields = schemas[name]["fields"]
                columns = ", ".join(f"{literal(f['name'])}: "
                                    f"{literal(SQL_TYPES.get(f['type'], 'VARCHAR'))}"
                                    for f in fields)
                # Only an empty cell is NULL: the string 'NA' stays a string.
                con.execute(f"INSERT INTO {ident(name)} SELECT * FROM read_csv(?, header = true, "
                            f"delim = ',', quote = '\"', escape = '\"', nullstr = '', "
                            f"auto_detect = false, columns = {{{columns}}})",
                            [str(root / resources[name]["path"])])
        os.replace(tmp_name, out)
    finally:
        for leftover in (Path(tmp_name), Path(tmp_name + ".wal")):
            leftover.unlink(missing_ok=True)
    return out
