"""Validation time for the seed package and for synthetic packages 100x and 1000x larger.

The seed package is built from raw/; a synthetic package repeats it k times, each copy with its
own article (the seed text plus a distinct last line, so offsets stay true), its own content ids
(every `xxx_<16 hex>` id rewritten consistently in every table) and its own document row, so it
is as valid as the seed. Prints seconds per stage and microseconds per row; validation must grow
no faster than linearly with the row count.

    .venv/bin/python benchmarks/validation.py [--scales 1 100 1000] [--chunk-rows N]

Tables are validated `--chunk-rows` rows at a time (default: the validator's own); the peak
resident memory of the whole run is printed at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from newstables import build, package, schema, validate
from newstables.validate import expectations
from newstables.validate.tables import CHUNK_ROWS

ROOT = Path(__file__).resolve().parents[1]
ID = re.compile(r"^([a-z]{3})_[0-9a-f]{16}$")


def seed_package(raw: Path, work: Path) -> Path:
    return build.run_extract(build.Paths(raw=raw, build=work / "seed-build"))


def _new_id(value: Any, copy: int) -> Any:
    match = ID.match(value) if isinstance(value, str) else None
    if not match:
        return value
    return f"{match[1]}_{hashlib.sha256(f'{copy}:{value}'.encode()).hexdigest()[:16]}"


def synthetic(seed: Path, raw: Path, copies: int, work: Path) -> tuple[Path, Path]:
    """A package of `copies` consistent copies of the seed, and the raw folder it needs."""
    tables = {name: pq.read_table(seed / "data" / f"{name}.parquet").to_pylist()
              for name in schema.table_names()}
    texts = {d["document_id"]: (raw / d["path"]).read_text(encoding="utf-8")
             for d in tables["documents"]}
    out_raw = work / f"raw-{copies}"
    (out_raw / "synthetic").mkdir(parents=True)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
    for copy in range(copies):
        for name, seed_rows in tables.items():
            for row in seed_rows:
                new = {k: _new_id(v, copy) if k.endswith("_id") else v for k, v in row.items()}
                if name == "documents":
                    text = texts[row["document_id"]] + f"\nsynthetic copy {copy}\n"
                    blob = text.encode("utf-8")
                    new["path"] = f"synthetic/{copy:05d}-{Path(row['path']).name}"
                    new["char_count"], new["sha256"] = len(text), hashlib.sha256(blob).hexdigest()
                    (out_raw / new["path"]).write_bytes(blob)
                rows[name].append(new)
    out = work / f"package-{copies}"
    package.write(rows, out)
    return out, out_raw


def timed(folder: Path, raw: Path, chunk_rows: int = CHUNK_ROWS
          ) -> tuple[float, validate.Report]:
    validate.clear_caches()  # measure the work, not the memo
    start = time.perf_counter()
    report = validate.run(folder, raw, chunk_rows=chunk_rows)
    return time.perf_counter() - start, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=ROOT / "raw")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--chunk-rows", type=int, default=CHUNK_ROWS,
                        help="rows per validated chunk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newstables-bench-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        expectations._context()  # import Great Expectations once, outside the timings
        print(f"import + context: {time.perf_counter() - start:.1f} s")
        seed = seed_package(args.raw, work)
        timed(seed, args.raw)  # warm-up: first-call costs of pandas, GX, frictionless
        print(f"{'scale':>6} {'rows':>8} {'seconds':>8} {'us/row':>8}  "
              f"{'load':>6} {'gx':>6} {'frictionless':>12} {'parquet':>7}")
        per_row = {}
        for scale in args.scales:
            folder, raw = (seed, args.raw) if scale == 1 else synthetic(seed, args.raw, scale,
                                                                         work)
            seconds, report = timed(folder, raw, args.chunk_rows)
            if not report.valid:
                print(report.summary(), file=sys.stderr)
                return 1
            n_rows = sum(t["rows"] for t in report.tables.values())
            per_row[scale] = seconds / n_rows
            t = report.timings
            print(f"{scale:>6} {n_rows:>8} {seconds:>8.2f} {per_row[scale] * 1e6:>8.0f}  "
                  f"{t['load']:>6.2f} {t['great_expectations']:>6.2f} "
                  f"{t['frictionless']:>12.2f} {t['parquet']:>7.2f}", flush=True)
        scales = sorted(per_row)
        for small, large in zip(scales, scales[1:], strict=False):
            ratio = per_row[large] / per_row[small]
            verdict = "no faster than linear" if ratio <= 1.2 else "SUPER-LINEAR"
            print(f"time per row at {large}x / at {small}x: {ratio:.2f} ({verdict})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak resident memory: {peak:.0f} MiB (chunks of {args.chunk_rows} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
