"""CPU instructions per article of extraction, counted by valgrind's callgrind.

    .venv/bin/python benchmarks/instructions.py            # needs valgrind (Debian: valgrind)

Timings on a shared machine vary by 20-40% from run to run; an instruction count does not, so it
tells whether a change to the extractor makes it cheaper. The articles are the 40 first of a
synthetic corpus (`scale.make_corpus`) and the seed article 8 times (the speed target is stated
for the seed's size). Two processes run under callgrind at once, one extracting every article
once after a warm-up round, the other twice: the difference is one round, without the start-up,
imports and warm-up. Prints millions of instructions per round and per article. Only counts made
on the same machine, Python and path of the project compare (they move by about 1% with memory
layout: trust differences of 2% or more).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

SYNTHETIC, SEED_COPIES = 40, 8


def _round(corpus: Path, rounds: int) -> None:
    """Extract the articles once to warm up, then `rounds` more times (run under callgrind)."""
    from scale import SEED_PATH

    from newstables.extract import extract
    from newstables.raw import read_article

    raw = ROOT / "raw"
    articles = [read_article(p, corpus) for p in sorted(corpus.rglob("*.txt"))[:SYNTHETIC]]
    articles += [read_article(SEED_PATH, raw)] * SEED_COPIES
    for _ in range(rounds + 1):
        for article in articles:
            extract(article)


def _count(corpus: Path, rounds: int) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, "--run", str(corpus), str(rounds)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return int(re.search(r"Collected : (\d+)", out.stderr).group(1))


def main() -> None:
    from scale import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        make_corpus(corpus, SYNTHETIC)
        _round(corpus, 0)  # compiles the bytecode first: two processes racing to write it skew
        with ThreadPoolExecutor(2) as pool:
            one, two = pool.map(lambda rounds: _count(corpus, rounds), (1, 2))
    per_round = (two - one) / 1e6
    print(f"{per_round:,.0f} M instructions per round of {SYNTHETIC + SEED_COPIES} articles "
          f"({SYNTHETIC} synthetic, the seed {SEED_COPIES} times): "
          f"{per_round / (SYNTHETIC + SEED_COPIES):.1f} M per article")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        _round(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
