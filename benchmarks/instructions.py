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

    .venv/bin/python benchmarks/instructions.py --kinds    # also: where the instructions go

`--kinds` also sorts one round's instructions by the part of the interpreter that ran them
(each function's own count, from `callgrind_annotate`): the bytecode loop, the regular-expression
engine, allocation and freeing, attribute and method lookup and calls, strings, dicts and sets,
lists and tuples, integers, built-in functions (map, bisect, itertools), sha256, and code
compiled by mypyc. It tells how much of the cost is interpreting Python, which compiling the
extractor removes, and how much is work on objects, which it does not. The package is imported
as installed, as `scale.py` does: after `make` the extractor is compiled (README, "The compiled
extractor"), after `make python-extractor` it is plain Python.
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


# Each function's own instructions go to the first kind one of whose markers is in its name
# ("file:function" as callgrind_annotate prints it, with CPython's source paths).
KINDS = (
    ("regular expressions", ("_sre",)),
    ("compiled by mypyc", ("__native_", "mypyc/lib-rt")),
    # (inlined helpers are named by their header file and the function they were inlined into)
    ("bytecode loop", ("ceval.c", "frame.c", ":_PyEval_EvalFrame", "Frame")),
    ("allocation, freeing, gc", ("obmalloc.c", "malloc", "dealloc", "gcmodule.c", "_GC_",
                                 "_Py_NewReference", "memset", "memmove", "memcpy")),
    ("built-ins: map, bisect, itertools", ("bltinmodule.c", "_bisectmodule.c",
                                           "itertoolsmodule.c")),
    ("dicts, sets, hashing", ("dictobject.c", "setobject.c", "pyhash.c")),
    ("strings", ("unicode", "stringlib", "bytesobject.c", "bytearrayobject.c")),
    ("integers", ("longobject.c",)),
    ("lists, tuples, slices", ("listobject.c", "tupleobject.c", "sliceobject.c")),
    ("sha256", ("sha256", "sha2")),
    ("attributes, methods, calls", ("typeobject.c", "Objects/object.c", "call.c", "methodobject.c",
                                    "abstract.c", "descrobject.c", "funcobject.c")),
)
_LINE = re.compile(r"\s*([\d,]+)\s+\([^)]*\)\s+(\S.*?)(?:\s+\[[^]]*\])?$")


def _count(corpus: Path, rounds: int, out_file: str = "/dev/null") -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", sys.executable,
         __file__, "--run", str(corpus), str(rounds)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return int(re.search(r"Collected : (\d+)", out.stderr).group(1))


def _own_counts(out_file: str) -> dict[str, int]:
    """Each function's own instructions in a callgrind output file."""
    listing = subprocess.run(["callgrind_annotate", "--auto=no", "--threshold=100", out_file],
                             capture_output=True, text=True, check=True).stdout
    counts: dict[str, int] = {}
    for line in listing.splitlines():
        match = _LINE.match(line)
        if match and "PROGRAM TOTALS" not in line:
            counts[match[2]] = counts.get(match[2], 0) + int(match[1].replace(",", ""))
    return counts


def kind_of(function: str) -> str:
    return next((kind for kind, markers in KINDS if any(m in function for m in markers)),
                "other")


def by_kind(one: dict[str, int], two: dict[str, int]) -> dict[str, int]:
    """One round's instructions (the second run's less the first's) per kind."""
    kinds: dict[str, int] = {}
    for function in one.keys() | two.keys():
        kind = kind_of(function)
        kinds[kind] = kinds.get(kind, 0) + two.get(function, 0) - one.get(function, 0)
    return kinds


def main() -> None:
    from scale import make_corpus

    kinds = "--kinds" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, SYNTHETIC)
        _round(corpus, 0)  # compiles the bytecode first: two processes racing to write it skew
        files = [str(Path(tmp) / f"callgrind.{rounds}") if kinds else "/dev/null"
                 for rounds in (1, 2)]
        with ThreadPoolExecutor(2) as pool:
            one, two = pool.map(lambda rounds: _count(corpus, rounds, files[rounds - 1]), (1, 2))
        parts = by_kind(*map(_own_counts, files)) if kinds else {}
    articles = SYNTHETIC + SEED_COPIES
    per_round = (two - one) / 1e6
    print(f"{per_round:,.0f} M instructions per round of {articles} articles "
          f"({SYNTHETIC} synthetic, the seed {SEED_COPIES} times): "
          f"{per_round / articles:.1f} M per article")
    for kind, count in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:<36}{count / 1e6 / articles:>6.2f} M per article"
              f"{100 * count / (two - one):>6.1f}%")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        _round(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
