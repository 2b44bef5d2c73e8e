"""The optional compiled build (setup.py, NEWSTABLES_COMPILE=1): the extractor compiled with
mypyc gives the same rows as the Python one, on the seed and the gold articles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import RAW, ROOT

# Extracts every article named on the command line (dated, so that dates are resolved) and
# prints the files the extractor's modules were loaded from, then the rows.
RUN = """
import hashlib, json, sys
from pathlib import Path
import newstables.extract, newstables.extract.entities, newstables.ids
from newstables.extract import extract
from newstables.raw import Article, default_meta
print(json.dumps([m.__file__ for m in (newstables.extract, newstables.extract.entities,
                                       newstables.ids)]))
for path in sys.argv[1:]:
    text = Path(path).read_text(encoding="utf-8")
    meta = {**default_meta(text), "published_date": "2019-01-23"}
    rows = extract(Article(Path(path).name, text, hashlib.sha256(text.encode()).hexdigest(), meta))
    print(json.dumps(rows, sort_keys=True, default=str))
"""
ARTICLES = sorted(RAW.rglob("*.txt")) + sorted((ROOT / "benchmarks" / "gold" / "articles").glob(
    "*.txt"))


def _extract(src: Path) -> tuple[list[str], list[str]]:
    """The module files and each article's rows (as JSON lines) with `src` first on the path."""
    out = subprocess.run([sys.executable, "-c", RUN, *map(str, ARTICLES)], cwd=src.parent,
                         env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    files, *rows = out.stdout.splitlines()
    return json.loads(files), rows


def test_the_compiled_extractor_gives_the_rows_of_the_python_one(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "src", tmp_path / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    built = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
                           cwd=tmp_path, env={**os.environ, "NEWSTABLES_COMPILE": "1"},
                           capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stderr[-3000:]
    compiled_files, compiled_rows = _extract(tmp_path / "src")
    python_files, python_rows = _extract(ROOT / "src")
    assert all(f.endswith(".so") for f in compiled_files), compiled_files
    assert all(f.endswith(".py") for f in python_files), python_files
    assert len(compiled_rows) == len(ARTICLES) >= 7
    assert compiled_rows == python_rows
