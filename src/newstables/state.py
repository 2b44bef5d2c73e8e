"""The rows of the last build, kept for the next one: a rebuild copies unchanged articles' rows.

`build/state/` is what `build/spill/` held when the last build finished: for each table a
folder of Parquet files with every article's rows (with the hidden `_doc`, `_art` and `_seq`
columns of executors.py), the manifest `articles.parquet` (each article's position `_art`,
path and cache key) and the extractor version in `VERSION`. An article whose path and key
(text sha256, sidecar bytes and path: cache.input_key) are in the manifest of the same
extractor version would be extracted to the same rows, so they are copied, renumbered to the
article's new position, instead of being extracted or read back from the per-article cache.
The next build's spill becomes the new state only once that build has finished.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import schema

FOLDER = "state"
MANIFEST = "articles.parquet"
VERSION_FILE = "VERSION"
Plan = list[tuple[int, str, str | None]]  # (position in discovery order, path, cache key)


def table_files(folder: Path, name: str) -> Path:
    """The folder of a table's Parquet files in a spill or a state."""
    return folder / "tables" / name


def read_sql(folder: Path) -> str:
    """DuckDB's read of every Parquet file of a table's folder as one relation."""
    quoted = str(folder / "*.parquet").replace("'", "''")
    return f"read_parquet('{quoted}')"


def write_manifest(folder: Path, version: str, plan: Plan) -> None:
    """Record which articles a spill holds, so a later build can tell which are unchanged."""
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"_art": pa.array([i for i, _, _ in plan], pa.int64()),
                             "rel": pa.array([rel for _, rel, _ in plan], pa.string()),
                             "key": pa.array([key for _, _, key in plan], pa.string())}),
                   folder / MANIFEST)
    (folder / VERSION_FILE).write_text(version + "\n", encoding="utf-8")


class Previous:
    """The last build's state, if it was made by this extractor version."""

    def __init__(self, folder: Path, positions: dict[tuple[str, str], int],
                 memory_limit: str = "1GB") -> None:
        self.folder, self.positions, self.memory_limit = folder, positions, memory_limit

    @classmethod
    def open(cls, folder: Path, version: str, memory_limit: str = "1GB") -> Previous | None:
        try:
            if (folder / VERSION_FILE).read_text(encoding="utf-8").strip() != version:
                return None
            manifest = pq.read_table(folder / MANIFEST).to_pydict()
        except (OSError, pa.ArrowException):  # no state, or a damaged one: extract everything
            return None
        return cls(folder, {(rel, key): art for art, rel, key in
                            zip(manifest["_art"], manifest["rel"], manifest["key"], strict=True)
                            if key is not None}, memory_limit)

    def unchanged(self, plan: Plan) -> dict[int, int]:
        """New position -> old position of every article whose rows can be copied."""
        return {i: self.positions[(rel, key)] for i, rel, key in plan
                if key is not None and (rel, key) in self.positions}

    def copy_rows(self, reused: dict[int, int], spill_dir: Path) -> None:
        """Copy the rows of the `reused` articles into the spill, at their new positions."""
        import duckdb

        con = duckdb.connect(config={"memory_limit": self.memory_limit,
                                     "temp_directory": str(spill_dir.parent / "duckdb.tmp")})
        try:
            con.register("remap", pa.table({"old": pa.array(list(reused.values()), pa.int64()),
                                            "new": pa.array(list(reused), pa.int64())}))
            for name in schema.table_names():
                source = table_files(self.folder, name)
                if not any(source.glob("*.parquet")):
                    continue
                target = table_files(spill_dir, name) / "reused.parquet"
                target.parent.mkdir(parents=True, exist_ok=True)
                quoted = str(target).replace("'", "''")
                con.execute(f"COPY (SELECT t.* REPLACE (remap.new AS _art) FROM "
                            f"{read_sql(source)} t JOIN remap ON t._art = remap.old) "
                            f"TO '{quoted}' (FORMAT parquet)")
        finally:
            con.close()


def keep(spill_dir: Path, state_dir: Path | None) -> None:
    """Make a finished build's spill the state for the next build (or drop it: no cache)."""
    if state_dir is None:
        shutil.rmtree(spill_dir, ignore_errors=True)
        return
    old = state_dir.with_name(state_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if state_dir.exists():
        state_dir.rename(old)
    spill_dir.rename(state_dir)
    shutil.rmtree(old, ignore_errors=True)
