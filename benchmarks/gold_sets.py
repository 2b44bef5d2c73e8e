"""The groups of the gold set (benchmarks/gold/), as the benchmarks report them.

- seed: the seed article (gold file `seed-*`), developed on;
- unseen: the six Wikinews texts added first; their misses were read while improving the rules,
  so they are no longer a clean held-out estimate, but the group keeps meaning these six texts so
  its figures stay comparable from run to run;
- new-development: gold files with a top-level `developed_since` (the day they joined development):
  texts that were held out for their first run (figures recorded in the README) and are now used
  to improve the rules; reported as a group of their own so the unseen figures keep their meaning;
- held-out: gold files with a top-level `held_out: true` (and `held_out_since`, the day they were
  added): annotated before any extractor ran on them and not to be developed on.

The synthetic corpora and speed benchmarks use `developed_articles()`, the texts of the unseen group
(the six texts they have always used), so adding a held-out text, or moving one into development,
changes neither their input nor their figures.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
GROUPS = ("seed", "unseen", "new-development", "held-out")


def group(gold_path: Path, gold: dict | None = None) -> str:
    """'seed', 'unseen', 'new-development' or 'held-out' for a *.gold.yaml file (its parsed
    content may be given)."""
    if gold_path.name.startswith("seed-"):
        return "seed"
    if gold is None:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if gold.get("held_out") is True:
        return "held-out"
    return "new-development" if gold.get("developed_since") else "unseen"


def group_articles(name: str) -> set[Path]:
    """The texts (benchmarks/gold/articles/*.txt) that the gold files of one group annotate."""
    out = set()
    for path in sorted(GOLD.glob("*.gold.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if group(path, gold) == name:
            document = Path(gold["document"])
            out.add((document if document.is_absolute() else GOLD / document).resolve())
    return out


def details(gold_path: Path, verbose: bool) -> bool:
    """Whether a benchmark run with -v may list one gold file's misses and false alarms: never
    for a held-out text, whose misses must not be read (only its group's figures are printed),
    so that no one reads them by accident while working on the rules."""
    return verbose and group(gold_path) != "held-out"


def gold_files(argv: Sequence[str]) -> list[Path]:
    """The gold files a benchmark run reports, sorted by name: all of them, or without the
    held-out group's when `--no-held-out` is among the run's arguments. Work on the rules runs
    with it, so that the held-out figures are measured only when someone means to."""
    paths = sorted(GOLD.glob("*.gold.yaml"))
    if "--no-held-out" in argv:
        paths = [path for path in paths if group(path) != "held-out"]
    return paths


def developed_articles() -> list[Path]:
    """The texts of the unseen group, sorted by name: the six the synthetic corpora and speed
    figures have always used (texts that joined development later are not added)."""
    unseen = group_articles("unseen")
    return [p for p in sorted((GOLD / "articles").glob("*.txt")) if p.resolve() in unseen]


def interval(parts: Sequence[tuple[int, int]], rounds: int = 2000) -> tuple[float, float] | None:
    """A 95% interval for a ratio measured over a group of texts: `parts` holds each text's
    numerator and denominator (true positives and predictions, say), the group's figure being
    sum(numerators) / sum(denominators). Texts are drawn with replacement `rounds` times (a
    percentile bootstrap over texts: the texts, not the items, are the sample, since items of
    one text succeed or fail together); the 2.5th and 97.5th percentiles of the drawn groups'
    figures. Texts with a denominator of 0 (nothing to count) are left out; None when fewer than
    two remain. The draws are seeded, so a report prints the same interval every run.

    With 6-8 texts this is rough (it cannot show more variety than the texts have), but it says
    how far a group's figure could move with other texts of the same kind."""
    kept = [(a, b) for a, b in parts if b]
    if len(kept) < 2:
        return None
    rng = random.Random(0)
    figures = []
    for _ in range(rounds):
        drawn = rng.choices(kept, k=len(kept))
        figures.append(sum(a for a, _ in drawn) / sum(b for _, b in drawn))
    figures.sort()
    return figures[int(0.025 * (rounds - 1))], figures[int(0.975 * (rounds - 1))]


def shown(parts: Sequence[tuple[int, int]]) -> str:
    """`interval` as printed: '0.52-0.79', or '-' when there is none."""
    found = interval(parts)
    return "-" if found is None else f"{found[0]:.2f}-{found[1]:.2f}"
