"""The rows of earlier builds, kept for the next one: a rebuild extracts only what changed.

`build/state/` holds every article's rows (with the hidden `_doc`, `_art` and `_seq` columns of
executors.py) as segments: for each table, Parquet files under `tables/<table>/`, one added per
build that extracted something. In a segment `_art` is not a position but an article's *serial*
number, unique for ever in this state; the manifest `articles-<n>.parquet` lists the articles
of the last build (serial, path, cache key) and `state.json` the extractor version, the next
free serial and the segments in use. An article whose path and key (text sha256, sidecar bytes
and path: cache.input_key) are in the manifest of the same extractor version would be extracted
to the same rows, so its rows are read from the segments, renumbered to the article's position
in this build by a join (`Live.sql`), and nothing is copied. Rows of articles changed or removed
stay in their segment, unused, until there are more than MAX_SEGMENTS segments: then the
table's other segments' live rows are rewritten as one, and its largest segment's too once
DEAD_SHARE of that is unused (`_compact`).

The manifest also keeps each article's *stamp*: size, modification and change times, inode and
device of its text and sidecar, as git's index does. An article whose stamp is unchanged is
taken to have its recorded key without reading and hashing its files again (a change of
content changes the change time, which no program can set back). A stamp is not kept for a
file changed less than RACY_NS before the scan, when a second change within the clock's
resolution could go unseen: such an article is hashed again next time.

A full build also leaves its tables' indexes (package.TableSink) in `output-<n>/`, with the
ids each article has in each entity table: the rebuilds that follow patch those tables rather
than sort every row again (patch.py). They stay until the next full build replaces them.

`state.json` is written last, by a rename: a build stopped part-way leaves the state as it was,
and files it does not list are removed when it is next opened.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import schema
from .arrays import array
from .sql import literal

FOLDER = "state"
STATE_FILE = "state.json"
MAX_SEGMENTS = 8
DEAD_SHARE = 0.25  # of a table's largest segment's rows, gone, before compaction rewrites it
RACY_NS = 2_000_000_000
Plan = list[tuple[int, str, str | None]]  # (position in discovery order, path, cache key)


def table_files(folder: Path, name: str) -> Path:
    """The folder of a table's Parquet files in a spill or a state."""
    return folder / "tables" / name


def stamp(raw: Path, rel: str, scan_ns: int) -> str | None:
    """What an article's files look like on disk, or None if one changed too recently to tell
    (see the module's docstring); a missing sidecar is part of the stamp."""
    parts = []
    text = os.path.join(raw, rel)  # strings: this runs once per article of the corpus
    for path in (text, text[:-len(".txt")] + ".yaml"):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            parts.append("-")
            continue
        if max(st.st_mtime_ns, st.st_ctime_ns) > scan_ns - RACY_NS:
            return None
        parts.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}")
    return "|".join(parts)


@dataclass
class Live:
    """This build's articles: serial number -> position, and the segments holding their rows."""

    serials: list[int]  # by position
    segments: dict[str, list[Path]] = field(default_factory=dict)  # table -> earlier segments
    stamps: list[str | None] = field(default_factory=list)  # by position

    def register(self, con: object) -> None:
        """Create the `live` table (serial, position) in a DuckDB connection's database (a
        table, not a registered view: the connection's cursors see it too)."""
        con.register("live_rows", pa.table({  # type: ignore[attr-defined]
            "serial": array(self.serials, pa.int64()),
            "position": array(range(len(self.serials)), pa.int64())}))
        con.execute("CREATE OR REPLACE TABLE live AS SELECT * FROM live_rows")  # type: ignore[attr-defined]

    def files(self, name: str, spill_dir: Path) -> list[Path]:
        """The files that may hold rows of a table: earlier segments, then this build's."""
        return [*self.segments.get(name, []),
                *sorted(table_files(spill_dir, name).glob("*.parquet"))]

    @staticmethod
    def sql(files: list[Path], with_positions: bool = True) -> str:
        """The rows of this build's articles in `files`, `_art` their position in this build
        and `_serial` their serial (or `_art` their serial, `with_positions=False`), for a
        connection with `live` registered."""
        source = f"read_parquet([{', '.join(map(literal, files))}])"
        if not with_positions:
            return f"(SELECT t.* FROM {source} t JOIN live ON t._art = live.serial)"
        return (f"(SELECT t.* REPLACE (live.position AS _art), live.serial AS _serial "
                f"FROM {source} t JOIN live ON t._art = live.serial)")


@dataclass
class State:
    """The state of the last build (empty if none, or if made by another extractor version)."""

    folder: Path
    version: str
    next_serial: int = 0
    # path -> (serial, key, stamp) of each article of the last build
    articles: dict[str, tuple[int, str, str | None]] = field(default_factory=dict)
    segments: dict[str, list[str]] = field(default_factory=dict)  # table -> file names
    # The tables of the last full build (sorted by DuckDB) with their index (package.TableSink),
    # made only when every article's rows are in them (no text kept once of two copies): the
    # folder of `<table>.arrow` files, the writer's version and the next serial then (that
    # build's articles have smaller ones). Kept until the next full build; the rebuilds in
    # between patch these tables (patch.py).
    output: dict[str, Any] | None = None

    def base(self, writer: str) -> tuple[Path, int] | None:
        """The folder of the last full build's indexes and its next serial, if written by this
        `writer` version."""
        out = self.output or {}
        if out.get("writer") != writer or not isinstance(
                out.get("next_serial"), int) or not isinstance(out.get("folder"), str):
            return None
        folder = self.folder / out["folder"]
        return (folder, out["next_serial"]) if folder.is_dir() else None

    @classmethod
    def open(cls, folder: Path, version: str) -> State:
        empty = cls(folder, version)
        try:
            recorded = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
            if recorded["version"] != version:
                return empty
            # ParquetFile, not read_table: that imports pyarrow.dataset, and with it pandas
            manifest = pq.ParquetFile(folder / recorded["manifest"]).read().to_pydict()
            state = cls(folder, version, int(recorded["next_serial"]),
                        {rel: (serial, key, stamp) for serial, rel, key, stamp in
                         zip(manifest["serial"], manifest["rel"], manifest["key"],
                             manifest["stamp"], strict=True) if key is not None},
                        {name: list(files) for name, files in recorded["segments"].items()},
                        recorded.get("output"))
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
            return empty  # no state, or a damaged one: extract everything
        state._remove_unlisted(recorded["manifest"])
        return state

    def _remove_unlisted(self, manifest: str) -> None:
        """Files a stopped build left behind: never read, so removed."""
        for path in self.folder.glob("articles-*.parquet"):
            if path.name != manifest:
                path.unlink(missing_ok=True)
        kept = self.output["folder"] if self.output else None
        for path in self.folder.glob("output-*"):
            if path.name != kept:
                shutil.rmtree(path, ignore_errors=True)
        for name in schema.table_names():
            listed = set(self.segments.get(name, []))
            for path in table_files(self.folder, name).glob("*.parquet"):
                if path.name not in listed:
                    path.unlink(missing_ok=True)

    def known_key(self, rel: str, stamp: str | None) -> str | None:
        """The recorded key of an article whose files have the stamp they had then."""
        recorded = self.articles.get(rel)
        return recorded[1] if stamp is not None and recorded and recorded[2] == stamp else None

    def plan(self, plan: Plan, stamps: list[str | None] | None = None) -> tuple[Live, Plan]:
        """This build's articles (`Live`), and the plan of those to extract, by serial."""
        serials, todo = [], []
        for position, rel, key in plan:
            recorded = self.articles.get(rel)
            serial = recorded[0] if recorded and key is not None and recorded[1] == key else None
            if serial is None:
                serial = self.next_serial + position
                todo.append((serial, rel, key))
            serials.append(serial)
        segments = {name: [table_files(self.folder, name) / f for f in files]
                    for name, files in self.segments.items()}
        return Live(serials, segments, stamps or []), todo

    def save(self, live: Live, plan: Plan, spill_dir: Path, memory_limit: str,
             index: Path | None = None, writer: str = "") -> None:
        """Make this build's rows the state: its new segment added, the manifest replaced, and
        the `index` folder of a full build's tables (package.TableSink) kept for the rebuilds
        that follow (without one, the last full build's stays)."""
        first = self.next_serial
        output = self.output
        if index is not None and index.is_dir():
            output = {"folder": f"output-{first:012d}", "writer": writer,
                      "next_serial": first + len(plan)}
            shutil.rmtree(self.folder / output["folder"], ignore_errors=True)
            self.folder.mkdir(parents=True, exist_ok=True)
            os.replace(index, self.folder / output["folder"])
        segments = {name: list(files) for name, files in self.segments.items()}
        for name in schema.table_names():
            for path in sorted(table_files(spill_dir, name).glob("*.parquet")):
                target = table_files(self.folder, name) / f"segment-{first:012d}-{path.name}"
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
                segments.setdefault(name, []).append(target.name)
        manifest = f"articles-{first:012d}.parquet"
        self.folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table({"serial": array(live.serials, pa.int64()),
                                 "rel": array([rel for _, rel, _ in plan], pa.string()),
                                 "key": array([key for _, _, key in plan], pa.string()),
                                 "stamp": array(live.stamps or [None] * len(plan),
                                                pa.string())}),
                       self.folder / manifest)
        crowded = [name for name, files in segments.items() if len(files) > MAX_SEGMENTS]
        if crowded:
            _compact(self.folder, live, crowded, segments, first, memory_limit)
        recorded = {"version": self.version, "next_serial": first + len(plan),
                    "manifest": manifest, "segments": segments, "output": output}
        tmp = self.folder / (STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(recorded, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.folder / STATE_FILE)
        self.segments, self.next_serial, self.output = segments, first + len(plan), output
        self._remove_unlisted(manifest)


def _compact(folder: Path, live: Live, names: list[str], segments: dict[str, list[str]],
             first: int, memory_limit: str) -> None:
    """Rewrite the live rows of each crowded table's segments as one (serials kept). The
    largest segment, usually a full build's, is left as it is while less than DEAD_SHARE of
    its rows belong to articles gone since (a count of one column): the small segments of
    recent rebuilds are merged in a moment, rather than every row rewritten."""
    import duckdb

    con = duckdb.connect(config={"memory_limit": memory_limit,
                                 "temp_directory": str(folder / "duckdb.tmp")})
    try:
        live.register(con)
        for name in names:
            files = [table_files(folder, name) / f for f in segments[name]]
            largest = max(files, key=lambda path: path.stat().st_size)
            rows, dead = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE _art NOT IN (SELECT serial FROM live)) "
                f"FROM read_parquet({literal(largest)})").fetchall()[0]
            merged = files if dead > DEAD_SHARE * rows else [f for f in files if f != largest]
            target = table_files(folder, name) / f"segment-{first:012d}-compacted.parquet"
            con.execute(f"COPY {Live.sql(merged, with_positions=False)} TO {literal(target)} "
                        "(FORMAT parquet)")
            segments[name] = [f.name for f in files if f not in merged] + [target.name]
    finally:
        con.close()
        shutil.rmtree(folder / "duckdb.tmp", ignore_errors=True)
