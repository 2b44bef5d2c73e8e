"""What the parts of extraction that any rule design keeps cost, against the speed target.

    .venv/bin/python benchmarks/floor.py [--rounds N]

Issue 9's target, 300 articles/s per core at the seed's size, gives an article about 3.3 ms. Some
of that is spent before and after the rules, and no new design of the rules removes it while the
tables stay as they are: the text cut into sentences and words, the time expressions found, the
mentions recorded, and the rows made with their content-derived ids (a sha256 per row). This
script times those parts with the project's own code, on the seed, and says how much of the
3.3 ms they leave to the rules (the entity, quote and event passes), against what the rules take
today.

Each part is timed on its own, warm, in CPU time (`time.process_time`), over `--rounds` rounds of
50 calls; the fastest round counts (the least disturbed by other processes). One process, one
core. The parts:

- `sentences`: `text.Analysis` (paragraphs and sentences);
- `words`: one tokenization of the text (`names.Words`; today the event stage makes a second);
- `lexicon scan`: the event lexicon's first words looked up for every word (a C loop);
- `time expressions`: `dates.find` over the whole text;
- `record mentions`: the article's final mentions added to a new `Extraction`;
- `rows`: `rows.to_rows`, the rows of every table with their ids.

It imports the installed package, as `scale.py` does: after `make` the extractor is compiled
(README, "The compiled extractor"), after `make python-extractor` it is plain Python.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from itertools import compress, count
from pathlib import Path

from newstables.extract import dates, entities, events, extract, names, quotes
from newstables.extract.model import Extraction
from newstables.extract.rows import to_rows
from newstables.extract.text import Analysis
from newstables.raw import read_article

ROOT = Path(__file__).resolve().parents[1]

BUDGET_MS = 1000 / 300  # the target's time per article
CALLS = 50


def best_ms(work: Callable[[], object], rounds: int) -> float:
    """The fastest round's CPU milliseconds per call of `work`."""
    work()
    best = float("inf")
    for _ in range(rounds):
        began = time.process_time()
        for _ in range(CALLS):
            work()
        best = min(best, (time.process_time() - began) / CALLS)
    return 1000 * best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    raw = ROOT / "raw"
    article = read_article(sorted(raw.rglob("*.txt"))[0], raw)
    text, published = article.text, article.meta.get("published_date", "")
    analysis, found = Analysis(text), Extraction()
    entities.find(analysis, found, article.document_id)
    quotes.find(analysis, found, article.document_id)
    events.find(analysis, found, article.document_id, published)
    words, by_first = names.Words(text), events.lexicon().by_first
    low = text.lower()

    def record() -> None:
        again = Extraction()
        for m in found.mentions:
            again.add_mention(m.start, m.end, m.entity, m.mention_type)

    parts = {
        "sentences": lambda: Analysis(text),
        "words": lambda: names.Words(text),
        "lexicon scan": lambda: list(compress(count(), map(by_first.__contains__,
                                                             words.lowers))),
        "time expressions": lambda: dates.find(text, published, low=low),
        "record mentions": record,
        "rows": lambda: to_rows(article, found),
    }
    whole = best_ms(lambda: extract(article), args.rounds)
    print(f"seed: {len(text):,} characters, {len(words):,} words, {len(found.mentions)} "
          f"mentions, {len(found.quotes)} quotes, {len(found.events)} events")
    print(f"  {'part':<18}{'ms':>7}")
    kept = 0.0
    for name, work in parts.items():
        ms = best_ms(work, args.rounds)
        kept += ms
        print(f"  {name:<18}{ms:>7.2f}")
    print(f"  {'these parts':<18}{kept:>7.2f}")
    print(f"  {'whole extraction':<18}{whole:>7.2f}")
    rules, left = whole - kept, BUDGET_MS - kept
    print(f"the target leaves {left:.2f} ms of its {BUDGET_MS:.2f} ms to the rules, which take "
          f"{rules:.2f} ms today: {rules / left:.1f} times as much" if left > 0 else
          f"these parts alone take more than the target's {BUDGET_MS:.2f} ms")


if __name__ == "__main__":
    main()
