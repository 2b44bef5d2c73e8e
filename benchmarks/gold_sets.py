"""The groups of the gold set (benchmarks/gold/), as the benchmarks report them.

- seed: the seed article (gold file `seed-*`), developed on;
- unseen: the six Wikinews texts added first; their misses were read while improving the rules,
  so they are no longer a clean held-out estimate, but the group keeps meaning these six texts so
  its figures stay comparable from run to run;
- held-out: gold files with a top-level `held_out: true` (and `held_out_since`, the day they were
  added): annotated before any extractor ran on them and not to be developed on.

The synthetic corpora and speed benchmarks use `developed_articles()`, the gold texts that are not
held out, so adding a held-out text changes neither their input nor their figures.
"""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
GROUPS = ("seed", "unseen", "held-out")


def group(gold_path: Path, gold: dict | None = None) -> str:
    """'seed', 'unseen' or 'held-out' for a *.gold.yaml file (its parsed content may be given)."""
    if gold_path.name.startswith("seed-"):
        return "seed"
    if gold is None:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    return "held-out" if gold.get("held_out") is True else "unseen"


def held_out_articles() -> set[Path]:
    """The texts (benchmarks/gold/articles/*.txt) that held-out gold files annotate."""
    out = set()
    for path in sorted(GOLD.glob("*.gold.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if group(path, gold) == "held-out":
            document = Path(gold["document"])
            out.add((document if document.is_absolute() else GOLD / document).resolve())
    return out


def developed_articles() -> list[Path]:
    """The gold article texts that are not held out, sorted by name."""
    held = held_out_articles()
    return [p for p in sorted((GOLD / "articles").glob("*.txt")) if p.resolve() not in held]
