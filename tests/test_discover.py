"""Finding articles in raw/: every `.txt` in any sub-folder, in path order, nothing hidden."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newstables.raw import discover, discover_names


def _touch(root: Path, rel: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("A title\n\nSome text.\n", encoding="utf-8")


def test_articles_are_listed_in_order_of_their_path_parts(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.txt", "a-b.txt", "a/z.txt", "a/b/c.txt", "a/b.txt", "A.txt"]:
        _touch(tmp_path, rel)
    # a folder sorts by its own name, before the files whose names it begins
    assert discover_names(tmp_path) == ["A.txt", "a/b/c.txt", "a/b.txt", "a/z.txt", "a-b.txt",
                                        "a.txt", "b.txt"]
    assert discover(tmp_path) == [tmp_path / rel for rel in discover_names(tmp_path)]


def test_hidden_files_other_files_and_linked_folders_are_skipped(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    raw = tmp_path / "raw"
    for rel in ["kept.txt", ".hidden.txt", ".git/inside.txt", "notes.md", "sub/kept.txt",
                "sub/kept.yaml"]:
        _touch(raw, rel)
    os.symlink(raw / "sub", raw / "linked")  # a link to a folder inside raw/: not followed
    os.symlink(raw / "kept.txt", raw / "alias.txt")  # a link to a file inside raw/: an article
    with caplog.at_level(logging.WARNING):
        assert discover_names(raw) == ["alias.txt", "kept.txt", "sub/kept.txt"]
    warned = caplog.text
    assert ".hidden.txt: hidden file skipped" in warned
    assert ".git: hidden folder skipped" in warned
    assert "linked: linked folder skipped" in warned


def test_the_command_line_starts_without_the_validation_stack() -> None:
    """`newstables extract` (an incremental rebuild) must not pay for importing pandas, Great
    Expectations or Frictionless; validation imports them when it runs."""
    code = ("import sys, newstables, newstables.cli, newstables.corpus; "
            "print(sorted(m for m in ('pandas', 'great_expectations', 'frictionless') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
    assert callable(__import__("newstables").load)  # the public function, not a module
