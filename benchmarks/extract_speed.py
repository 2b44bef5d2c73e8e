"""Extraction speed on one core: ms per article and articles per second, per stage.

    .venv/bin/python benchmarks/extract_speed.py [--rounds N]
    .venv/bin/python benchmarks/extract_speed.py --profile   # where the time goes

Runs the stages of `newstables.extract.extract` (text -> entities -> quotes -> events -> rows)
on the seed article (raw/articles) and on the gold articles (benchmarks/gold/articles, the
held-out ones left out so the figures stay comparable), warm: a
first pass loads the reference data, lexicons and compiled patterns and is not timed. Each round
extracts every article once; the figures are per article, the median round and the fastest round
(the fastest is the least disturbed by other processes on a shared machine). Stages are timed in
CPU time of this process (`time.process_time`), which on a busy machine is closer to what one
free core would take than wall-clock time; the wall-clock total is printed too. Single process,
so one core. The issue 9 target is >= 300 articles/s per core for ~4 KB articles (about 3.3 ms
each).

`--profile` extracts the same articles once more under cProfile and prints where the time goes:
each extraction module's share (its functions' own time, with the built-in calls they make) and
the functions with the most time of their own. cProfile adds a cost to every Python call and
none inside C, so it overstates the Python code's share against C's (the regex engine's, say).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from entities import read  # noqa: E402
from gold_sets import developed_articles  # noqa: E402

from newstables.extract import entities, events, extract, quotes  # noqa: E402
from newstables.extract.model import Extraction  # noqa: E402
from newstables.extract.rows import to_rows  # noqa: E402
from newstables.extract.text import Analysis  # noqa: E402
from newstables.raw import Article  # noqa: E402

STAGES = ("text", "entities", "quotes", "events", "rows")


def one(article: Article, clock=time.process_time) -> list[float]:
    """Seconds spent in each stage extracting `article` (the same steps as `extract`)."""
    t0 = clock()
    analysis, found = Analysis(article.text), Extraction()
    t1 = clock()
    entities.find(analysis, found, article.document_id)
    t2 = clock()
    quotes.find(analysis, found, article.document_id)
    t3 = clock()
    events.find(analysis, found, article.document_id, article.meta.get("published_date", ""))
    t4 = clock()
    to_rows(article, found)
    t5 = clock()
    return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]


def measure(articles: list[Article], rounds: int) -> tuple[list[list[float]], list[float]]:
    """Per round, the mean CPU seconds per article of each stage, and the mean wall seconds."""
    out, walls = [], []
    for _ in range(rounds):
        totals = [0.0] * len(STAGES)
        began = time.perf_counter()
        for article in articles:
            for i, seconds in enumerate(one(article)):
                totals[i] += seconds
        walls.append((time.perf_counter() - began) / len(articles))
        out.append([t / len(articles) for t in totals])
    return out, walls


def report(label: str, articles: list[Article], rounds: int) -> None:
    per_round, walls = measure(articles, rounds)
    size = sum(len(a.text) for a in articles) / len(articles)
    print(f"\n{label}: {len(articles)} article(s), mean {size / 1000:.1f} K characters, "
          f"{rounds} rounds")
    print(f"  {'stage':<10}{'median ms':>10}{'best ms':>9}   (CPU time)")
    for i, stage in enumerate(STAGES):
        column = [r[i] for r in per_round]
        print(f"  {stage:<10}{1000 * statistics.median(column):>10.2f}"
              f"{1000 * min(column):>9.2f}")
    totals = [sum(r) for r in per_round]
    median, best = statistics.median(totals), min(totals)
    print(f"  {'total':<10}{1000 * median:>10.2f}{1000 * best:>9.2f}   "
          f"= {1 / median:.0f} articles/s (median), {1 / best:.0f} articles/s (best round)")
    print(f"  {'wall':<10}{1000 * statistics.median(walls):>10.2f}{1000 * min(walls):>9.2f}   "
          f"(wall-clock, including the timing calls)")


def _place(filename: str) -> str:
    """A profile entry's module: `extract/events.py`, or `other` outside the extractor."""
    path = Path(filename)
    return f"{path.parent.name}/{path.name}" if "newstables" in path.parts else "other"


def profile(articles: list[Article], rounds: int) -> None:
    """Print each module's share of the extraction's time and the largest functions' (under
    cProfile: see the module's docstring)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for article in articles:
            extract(article)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in stats.values())
    modules: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, callers) in stats.items():
        if filename.startswith("~") or filename.startswith("<"):  # a built-in: to its callers
            for (caller_file, _, _), (_, _, caller_own, _) in callers.items():
                place = _place(caller_file)
                modules[place] = modules.get(place, 0.0) + caller_own
        else:
            modules[_place(filename)] = modules.get(_place(filename), 0.0) + own
    print(f"\nprofile: {len(articles)} article(s) x {rounds} round(s), {total:.2f} s under "
          f"cProfile")
    print("  by module (own time and the built-ins it calls):")
    for place, seconds in sorted(modules.items(), key=lambda kv: -kv[1])[:12]:
        print(f"    {place:<26}{100 * seconds / total:>5.1f}%")
    print("  functions with the most time of their own:")
    largest = sorted(stats.items(), key=lambda kv: -kv[1][2])[:8]
    for (filename, line, function), (_, calls, own, _, _) in largest:
        name = function if filename.startswith("~") else f"{_place(filename)}:{line} {function}"
        print(f"    {100 * own / total:>5.1f}%  {calls:>8} calls  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--profile", action="store_true",
                        help="also print where the time goes (cProfile)")
    args = parser.parse_args()
    seed = [read(p) for p in sorted((ROOT / "raw" / "articles").glob("*.txt"))]
    gold = [read(p) for p in developed_articles()]
    for article in seed + gold:  # warm-up: reference data, lexicons, compiled patterns
        one(article)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"one process (one core); load average {load:.1f} on {os.cpu_count()} CPUs")
    report("seed", seed, args.rounds)
    report("gold articles", gold, args.rounds)
    if args.profile:
        profile(seed + gold, max(1, args.rounds // 3))


if __name__ == "__main__":
    main()
