"""The benchmarks' -v lists misses per gold text, but never a held-out text's: those must not be
read while the rules are worked on (benchmarks/gold_sets.py, `details`). Their groups' figures
come with intervals over texts (`interval`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from gold_sets import GOLD, details, gold_files, group, interval, shown  # noqa: E402


def _gold(tmp_path: Path, name: str, header: str) -> Path:
    path = tmp_path / f"{name}.gold.yaml"
    path.write_text(f"document: articles/{name}.txt\n{header}quotes: []\n", encoding="utf-8")
    return path


def test_no_held_out_leaves_out_the_held_out_group_only() -> None:
    every = gold_files([])
    kept = gold_files(["-v", "--no-held-out"])
    assert any(group(path) == "held-out" for path in every)
    assert kept == [path for path in every if group(path) != "held-out"]


def test_details_are_withheld_for_held_out_texts_only(tmp_path: Path) -> None:
    held = _gold(tmp_path, "a", "held_out: true\nheld_out_since: '2026-11-30'\n")
    developed = _gold(tmp_path, "b", "developed_since: '2026-11-30'\n")
    unseen = _gold(tmp_path, "c", "")
    assert [group(p) for p in (held, developed, unseen)] == ["held-out", "new-development",
                                                             "unseen"]
    assert not details(held, True)
    assert details(developed, True) and details(unseen, True)
    assert not details(developed, False)


@pytest.mark.parametrize("script", ["events.py", "quotes.py", "entities.py"])
def test_verbose_benchmarks_name_no_held_out_text(script: str) -> None:
    """Run for real with -v: every developed-on text is listed, no held-out one."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "-v"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    slugs = {p.name.removesuffix(".gold.yaml"): group(p) for p in GOLD.glob("*.gold.yaml")}
    assert "held-out" in slugs.values()  # (else the check below would check nothing)
    for slug, name in slugs.items():
        if name == "held-out":
            assert slug not in out.stdout, f"{script} -v shows held-out {slug}"
        elif name != "seed" and script != "quotes.py":
            assert slug in out.stdout, f"{script} -v does not show {slug}"


def test_interval_is_a_point_when_every_text_scores_alike() -> None:
    assert interval([(1, 2), (2, 4), (5, 10)]) == (0.5, 0.5)


def test_interval_spans_the_texts_and_holds_the_group_figure() -> None:
    parts = [(9, 10), (1, 10), (5, 10), (7, 10), (3, 10)]
    found = interval(parts)
    assert found is not None
    low, high = found
    # the group's figure is 25/50; a draw of five copies of one extreme text is rare (1 in
    # 3,125), so the 2.5% and 97.5% bounds lie strictly between the extremes
    assert 0.1 < low < 0.5 < high < 0.9


def test_interval_needs_two_texts_with_something_to_count() -> None:
    assert interval([(3, 4)]) is None
    assert interval([(3, 4), (0, 0)]) is None  # a text with nothing to count is left out
    assert shown([(3, 4)]) == "-"
    assert interval([(3, 4), (1, 4), (0, 0)]) is not None


def test_interval_is_the_same_every_run() -> None:
    parts = [(4, 9), (2, 7), (6, 6), (0, 5), (3, 8), (5, 9)]
    assert interval(parts) == interval(parts)
    assert shown(parts) == shown(list(parts))
