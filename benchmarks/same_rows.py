"""Whether a change to the extractor keeps every row: the rows of 307 articles, saved and compared.

    .venv/bin/python benchmarks/same_rows.py save build/rows-before.json.gz   # before the change
    .venv/bin/python benchmarks/same_rows.py check build/rows-before.json.gz  # after it

A change meant only to make extraction faster must give the same rows. The tests check chosen
behaviours; this checks everything the extractor gives, on more text than the tests hold: the
seed, the gold articles (not the held-out ones: their rows are not to be read while developing)
and 300 synthetic ones (`scale.make_corpus`, the same every time). `save` writes each article's
rows, as JSON, to a gzip file; `check` extracts again and prints, for each
article and table whose rows differ, the first row that differs: the fields that changed, or the
row that only one side has. Exit 0 when every row is the same, 1 otherwise.

It imports the package as installed: after `make` the extractor is compiled (README, "The
compiled extractor"), after `make python-extractor` it is plain Python, so a `save` in one and a
`check` in the other compare the two.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from entities import read  # noqa: E402
from gold_sets import developed_articles  # noqa: E402
from scale import make_corpus  # noqa: E402

from newstables.extract import extract  # noqa: E402

SYNTHETIC = 300


def all_rows() -> dict[str, dict[str, list[str]]]:
    """Article path -> table -> its rows as JSON strings, in the extractor's order."""
    raw = ROOT / "raw"
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        make_corpus(corpus, SYNTHETIC)
        places = [("seed", p) for p in sorted(raw.rglob("*.txt"))]
        places += [("gold", p) for p in developed_articles()]
        places += [("synthetic", p) for p in sorted(corpus.rglob("*.txt"))]
        out = {}
        for group, path in places:
            out[f"{group}/{path.name}"] = {
                table: [json.dumps(row, sort_keys=True, default=str) for row in rows]
                for table, rows in extract(read(path)).items()}
    return out


def differences(before: dict[str, dict[str, list[str]]],
                after: dict[str, dict[str, list[str]]]) -> list[str]:
    """Per article and table whose rows differ, the first row that differs: the fields that
    changed, or the row only one side has."""
    lines = []
    for key in sorted(before.keys() | after.keys()):
        if key not in before or key not in after:
            lines.append(f"{key}: only {'after' if key not in before else 'before'}")
            continue
        for table in sorted(before[key].keys() | after[key].keys()):
            old, new = before[key].get(table, []), after[key].get(table, [])
            if old == new:
                continue
            lines.append(f"{key} {table}: {len(old)} rows before, {len(new)} after")
            i = next((i for i, pair in enumerate(zip(old, new, strict=False))
                      if pair[0] != pair[1]), min(len(old), len(new)))
            if i < len(old) and i < len(new):
                a, b = json.loads(old[i]), json.loads(new[i])
                changed = [f"{k}: {a.get(k)!r} -> {b.get(k)!r}" for k in sorted(a.keys() | b)
                           if a.get(k) != b.get(k)]
                lines.append(f"  row {i + 1}: " + "; ".join(changed))
            else:
                extra = old[i] if i < len(old) else new[i]
                lines.append(f"  row {i + 1} only {'before' if i < len(old) else 'after'}: "
                             f"{extra[:300]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    rows = all_rows()
    if args.action == "save":
        args.file.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.file, "wt", encoding="utf-8") as f:
            json.dump(rows, f)
        count = sum(len(r) for tables in rows.values() for r in tables.values())
        print(f"saved the rows of {len(rows)} articles ({count:,} rows) to {args.file}")
        return
    with gzip.open(args.file, "rt", encoding="utf-8") as f:
        before = json.load(f)
    lines = differences(before, rows)
    print("\n".join(lines) if lines else f"the same rows, for all {len(rows)} articles")
    sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
