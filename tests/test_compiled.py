"""The compiled build (setup.py, NEWSTABLES_COMPILE=1, which `make` runs): the extractor compiled
with mypyc gives the same rows as the Python one, on the seed and the gold articles, and a compiled
module older than its source stops the import rather than run the code as it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from .conftest import RAW, ROOT

# Extracts every article named on the command line (dated, so that dates are resolved) and
# prints the files the extractor's modules were loaded from, whether `names` knows it runs
# compiled (it then cuts words by its character loop, not the regex split), then the rows.
RUN = """
import hashlib, json, sys
from pathlib import Path
import newstables.extract, newstables.extract.entities, newstables.ids
from newstables.extract import extract, names
from newstables.raw import Article, default_meta
print(json.dumps([m.__file__ for m in (newstables.extract, newstables.extract.entities,
                                       newstables.ids)]))
print(json.dumps(names.COMPILED))
for path in sys.argv[1:]:
    text = Path(path).read_text(encoding="utf-8")
    meta = {**default_meta(text), "published_date": "2019-01-23"}
    rows = extract(Article(Path(path).name, text, hashlib.sha256(text.encode()).hexdigest(), meta))
    print(json.dumps(rows, sort_keys=True, default=str))
"""
ARTICLES = sorted(RAW.rglob("*.txt")) + sorted((ROOT / "benchmarks" / "gold" / "articles").glob(
    "*.txt"))


def _extract(src: Path) -> tuple[list[str], bool, list[str]]:
    """The module files, `names.COMPILED` and each article's rows (as JSON lines) with `src`
    first on the path."""
    out = subprocess.run([sys.executable, "-c", RUN, *map(str, ARTICLES)], cwd=src.parent,
                         env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    files, compiled, *rows = out.stdout.splitlines()
    return json.loads(files), json.loads(compiled), rows


def _python_copy(to: Path) -> Path:
    """A copy of the project's sources without compiled modules (its `src` folder)."""
    shutil.copytree(ROOT / "src", to / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, to / name)
    return to / "src"


def _compiled_src(tmp_path: Path) -> Path:
    """The project's `src` if `make` compiled it, else a copy compiled here."""
    if any((ROOT / "src" / "newstables" / "extract").glob(f"entities{EXTENSION_SUFFIXES[0]}")):
        return ROOT / "src"
    src = _python_copy(tmp_path / "compiled")
    built = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
                           cwd=src.parent, env={**os.environ, "NEWSTABLES_COMPILE": "1"},
                           capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stderr[-3000:]
    return src


def test_the_compiled_extractor_gives_the_rows_of_the_python_one(tmp_path: Path) -> None:
    compiled_files, compiled_loop, compiled_rows = _extract(_compiled_src(tmp_path))
    python_files, python_loop, python_rows = _extract(_python_copy(tmp_path / "python"))
    assert all(f.endswith(".so") for f in compiled_files), compiled_files
    assert all(f.endswith(".py") for f in python_files), python_files
    assert (compiled_loop, python_loop) == (True, False)
    assert len(compiled_rows) == len(ARTICLES) >= 7
    assert compiled_rows == python_rows


def _import(src: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "import newstables"], cwd=src.parent,
                          env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True,
                          text=True, timeout=120)


def test_a_compiled_module_older_than_its_source_stops_the_import(tmp_path: Path) -> None:
    src = _python_copy(tmp_path)
    source = src / "newstables" / "extract" / "events.py"
    compiled = source.with_name("events" + EXTENSION_SUFFIXES[0])
    compiled.write_bytes(b"")  # never loaded: the check runs before the extractor is imported
    os.utime(compiled, (source.stat().st_mtime - 60,) * 2)  # the source edited after compiling
    done = _import(src)
    assert done.returncode == 1
    message = done.stderr.strip().splitlines()[-1]
    assert f"{compiled} is older than events.py" in message
    assert "make" in message
    os.utime(compiled, (source.stat().st_mtime + 1,) * 2)  # compiled again
    assert _import(src).returncode == 0
