"""Reading a data package's tables back for checking, one chunk of rows at a time.

Nothing here holds a whole table: `read_csv_chunks` streams a CSV as typed-as-text frames of at
most `CHUNK_ROWS` rows, cross-table facts come from `facts.Facts` (DuckDB), and the raw article
texts are read for the documents of the chunk being checked only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..raw import decode
from .facts import Facts

# Rows per chunk: large enough that Great Expectations' fixed cost per run is small against
# the rows, small enough that a chunk with its derived columns stays in the tens of MB.
CHUNK_ROWS = 100_000
_CSV_OPTIONS: dict[str, Any] = {"dtype": str, "keep_default_na": False, "na_values": [""],
                                "encoding": "utf-8"}


class Unreadable(Exception):
    """A table's CSV cannot be read to its end; the message says why."""


@dataclass
class PackageData:
    """A package as found on disk: descriptor, lookups over its tables, and the raw folder.

    `texts` and `raw_bytes_sha` hold the raw articles of the current chunk's documents only
    (set by `load_texts`); `texts` is None when no raw folder was given or the documents table
    cannot be read."""

    root: Path
    descriptor: dict[str, Any]
    raw: Path | None = None
    facts: Facts | None = None
    problems: dict[str, str] = field(default_factory=dict)  # table -> why it could not be read
    texts: dict[str, str] | None = None  # document_id -> raw text, this chunk's documents
    raw_bytes_sha: dict[str, str] = field(default_factory=dict)

    @property
    def csv_resources(self) -> list[dict[str, Any]]:
        return [r for r in self.descriptor.get("resources", []) if r.get("format") == "csv"]

    @property
    def raw_checked(self) -> bool:
        """Whether the text checks can run: raw articles given and documents readable."""
        return self.raw is not None and self.facts is not None \
            and self.facts.readable("documents")

    def fields(self, table: str) -> list[dict[str, Any]]:
        return next(r["schema"]["fields"] for r in self.csv_resources if r["name"] == table)

    def resource(self, table: str) -> dict[str, Any]:
        return next(r for r in self.csv_resources if r["name"] == table)

    def chunks(self, table: str, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        return read_csv_chunks(self.root / self.resource(table)["path"], rows)

    def load_texts(self, document_ids: Iterable[Any], sha256: bool = True) -> None:
        """Read the raw articles of these documents (and only these) into `texts`, and their
        bytes' sha256 into `raw_bytes_sha` if asked."""
        if not self.raw_checked:
            self.texts, self.raw_bytes_sha = None, {}
            return
        assert self.raw is not None and self.facts is not None
        self.texts, self.raw_bytes_sha = {}, {}
        for doc, (_, _, relative) in (self.facts.documents(document_ids) or {}).items():
            path = self.raw / str(relative)
            if path.is_file() and path.resolve().is_relative_to(self.raw.resolve()):
                blob = path.read_bytes()
                if sha256:
                    self.raw_bytes_sha[doc] = hashlib.sha256(blob).hexdigest()
                self.texts[doc] = decode(blob, path)

    def close(self) -> None:
        if self.facts is not None:
            self.facts.close()


def read_csv_frame(path: Path) -> pd.DataFrame:
    """A CSV as strings: empty cells missing, the string 'NA' kept as a string."""
    return pd.read_csv(path, **_CSV_OPTIONS)


def read_csv_chunks(path: Path, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """The CSV as `read_csv_frame` reads it, in frames of at most `rows` rows whose index
    continues from one chunk to the next (row n of the file is index n in its chunk). A table
    with no rows gives one empty frame with its header."""
    try:
        with pd.read_csv(path, chunksize=rows, **_CSV_OPTIONS) as reader:
            yield from reader
    except Exception as exc:  # noqa: BLE001 - any unreadable table is a failed check
        raise Unreadable(f"{type(exc).__name__}: {exc}".splitlines()[0]) from exc


def load(root: Path, raw: Path | None) -> PackageData:
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    data = PackageData(root, descriptor, raw=raw)
    data.facts = Facts(root, {r["name"]: r for r in data.csv_resources
                              if isinstance(r.get("path"), str)})
    return data
