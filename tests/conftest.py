"""Shared fixtures: the repository's raw/ built once per session into a temporary folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newstables import build

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
PUBLISHED = ROOT / "datapackage"
# Columns holding a span of the text, per table: (start, end, text), text == raw[start:end].
SPANS = {
    "mentions": [("start", "end", "text")],
    "quotes": [("start", "end", "text"), ("cue_start", "cue_end", "cue")],
    "events": [("trigger_start", "trigger_end", "trigger"),
               ("evidence_start", "evidence_end", "evidence")],
    "affiliations": [("evidence_start", "evidence_end", "evidence")],
}


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by relative path, for byte-for-byte comparisons."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the real `newstables` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "newstables", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A full build of the repository's raw/ into a temporary output folder."""
    tmp = tmp_path_factory.mktemp("fresh")
    paths = build.Paths(raw=RAW, build=tmp / "build", out=tmp / "datapackage")
    build.run(paths)
    return paths.out


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A private copy of raw/ that a test may change."""
    shutil.copytree(RAW, tmp_path / "raw")
    return tmp_path / "raw"
