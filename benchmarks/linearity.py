"""How extraction time grows with article length: prints ms per KB for each stage.

Run: `.venv/bin/python benchmarks/linearity.py [--sizes 100 200 500 1000 2000]` (sizes in KB).
The text is the seed and the gold articles (not the held-out ones), repeated with their paragraphs
in a shuffled order, so every size has the same kind of prose. A stage that is linear shows a flat
ms/KB column.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from gold_sets import developed_articles

from newstables.extract import entities, events, quotes
from newstables.extract.model import Extraction
from newstables.extract.text import Analysis

ROOT = Path(__file__).resolve().parents[1]


def corpus_text(kilobytes: int, seed: int = 7) -> str:
    paragraphs = [p for path in developed_articles() + sorted((ROOT / "raw").rglob("*.txt"))
                  for p in path.read_text(encoding="utf-8-sig").split("\n\n") if p.strip()]
    rng, out, size = random.Random(seed), [], 0
    while size < kilobytes * 1024:
        rng.shuffle(paragraphs)
        out.extend(paragraphs)
        size += sum(len(p) + 2 for p in paragraphs)
    return "\n\n".join(out)[: kilobytes * 1024]


def stage_seconds(text: str) -> dict[str, float]:
    times, clock = {}, time.process_time()
    analysis = Analysis(text)
    times["text"], clock = time.process_time() - clock, time.process_time()
    found = Extraction()
    entities.find(analysis, found, "doc_bench")
    times["entities"], clock = time.process_time() - clock, time.process_time()
    quotes.find(analysis, found, "doc_bench")
    times["quotes"], clock = time.process_time() - clock, time.process_time()
    events.find(analysis, found, "doc_bench", "2019-01-28")
    times["events"] = time.process_time() - clock
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 500, 1000])
    sizes = parser.parse_args().sizes
    stage_seconds(corpus_text(20))  # warm: reference data and patterns load once per process
    print(f"{'KB':>6} " + " ".join(f"{s + ' ms/KB':>16}" for s in
                                  ("text", "entities", "quotes", "events", "total")))
    for kb in sizes:
        times = stage_seconds(corpus_text(kb))
        cells = [times[s] * 1000 / kb for s in ("text", "entities", "quotes", "events")]
        print(f"{kb:>6} " + " ".join(f"{c:>16.2f}" for c in cells + [sum(cells)]))


if __name__ == "__main__":
    main()
