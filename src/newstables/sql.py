"""Quoting for the SQL the package writes for DuckDB: names and text made safe to splice in."""

from __future__ import annotations

from pathlib import Path


def ident(name: str) -> str:
    """A table or column name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str | Path) -> str:
    """Text (a path, a key, a value) as an SQL string literal."""
    return "'" + str(text).replace("'", "''") + "'"
