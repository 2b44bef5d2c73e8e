"""What one tokenization of an article costs, done three ways: evidence for the extractor's design.

    .venv/bin/python benchmarks/tokenizers.py            # mypyc and a C compiler: also compiled

The extractor cuts each text into words once, with one regular-expression split
(`names.Words`, for entities); the event stage takes its tokens from those words, cutting again
only the few runs where its tokens differ (`events._tokens`). This script times the split, the
event tokens taken from it and the event tokens cut by a split of their own (as the event stage
once cut them) on the seed article, and against them:

- spaCy's tokenizer (a blank English pipeline, compiled with Cython), the field's library for it;
- `loop_tokens` below: the events tokens (`events._TOKEN`) found by a loop over characters,
  run as Python and, when mypyc and a C compiler are at hand, compiled by mypyc (about 10 s).

It first checks that the loop gives exactly the split's tokens on the seed, the gold articles and
300 synthetic articles. Times are per article, the fastest of 7 rounds (the least disturbed).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import SEED, make_corpus  # noqa: E402

from newstables.extract import events, names  # noqa: E402

# the characters a token holds inside, besides word characters (Final: mypyc inlines it)
MARKS: Final = "’'.-"


def loop_tokens(low: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of `events._TOKEN`'s matches (`[\\w’'.-]*\\w|[^\\w\\s]`): a run
    of word characters and marks cut after its last word character, or one other mark."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    n = len(low)
    i = 0
    while i < n:
        c = low[i]
        if c.isalnum() or c == "_":
            last = i + 1
        elif c in MARKS:
            last = -1  # no word character yet
        elif c.isspace():
            i += 1
            continue
        else:  # any other mark is a token of its own
            starts.append(i)
            ends.append(i + 1)
            texts.append(c)
            i += 1
            continue
        j = i + 1
        while j < n:
            d = low[j]
            if d.isalnum() or d == "_":
                j += 1
                last = j
            elif d in MARKS:
                j += 1
            else:
                break
        if last < 0:  # marks only: the first is a token of its own
            last = i + 1
        starts.append(i)
        ends.append(last)
        texts.append(low[i:last])
        i = last
    return starts, ends, texts


def split_tokens(low: str) -> tuple[list[int], list[int], list[str]]:
    """The same, found by one `re.split` (`events._split`)."""
    parts = events._split(low, 0, len(low))
    return *events._offsets(parts, 0), parts[1::2]


def fastest(call: Callable[[], object], repeat: int = 300) -> float:
    """ms per call, the fastest of 7 rounds."""
    rounds = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(repeat):
            call()
        rounds.append((time.perf_counter() - start) / repeat)
    return 1e3 * min(rounds)


def compiled_loop(work: Path) -> Callable[[str], tuple[list[int], list[int], list[str]]] | None:
    """`loop_tokens` compiled by mypyc in `work`, or None without mypyc or a C compiler."""
    if importlib.util.find_spec("mypyc") is None or shutil.which("gcc") is None:
        return None
    source = Path(__file__).read_text(encoding="utf-8")
    body = source[source.index("# the characters a token"):source.index("def split_tokens")]
    header = "from __future__ import annotations\n\nfrom typing import Final\n\n"
    (work / "looptok.py").write_text(header + body, encoding="utf-8")
    (work / "setup.py").write_text(
        "from setuptools import setup\nfrom mypyc.build import mypycify\n"
        "setup(name='looptok', ext_modules=mypycify(['looptok.py'], opt_level='3'))\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=work,
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(f"(mypyc failed: {done.stderr.strip().splitlines()[-1:]})")
        return None
    sys.path.insert(0, str(work))
    module = importlib.import_module("looptok")
    assert module.__file__ is not None and not module.__file__.endswith(".py")
    return module.loop_tokens


def lower(text: str) -> str:
    return text.lower().replace("’", "'")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="newstables-tokenize-") as tmp:
        work = Path(tmp)
        texts = [SEED] + [p.read_text(encoding="utf-8") for p in
                          sorted((ROOT / "benchmarks" / "gold").rglob("*.txt"))]
        texts += [p.read_text(encoding="utf-8") for p in make_corpus(work / "corpus", 300)]
        compiled = compiled_loop(work)
        loops = [loop_tokens] + ([compiled] if compiled else [])
        differ = sum(any(loop(lower(t)) != split_tokens(lower(t)) for loop in loops)
                     for t in texts)
        print(f"the loop's tokens differ from the split's on {differ} of {len(texts)} texts")
        low = lower(SEED)
        print(f"seed article ({len(SEED):,} characters, {len(split_tokens(low)[0])} event "
              f"tokens), ms per tokenization, the fastest of 7 rounds:")
        words = names.Words(SEED)
        timings: list[tuple[str, Callable[[], object] | None]] = [
            ("names.Words (regex split, entity stage)", lambda: names.Words(SEED)),
            ("events._tokens (from those words, event stage)",
             lambda: events._tokens(SEED, low, words)),
            ("events tokens by a split of their own", lambda: split_tokens(low)),
            ("character loop, Python", lambda: loop_tokens(low)),
            ("character loop, compiled by mypyc",
             (lambda: compiled(low)) if compiled else None),
        ]
        if importlib.util.find_spec("spacy") is not None:
            import spacy

            tokenizer = spacy.blank("en").tokenizer
            tokenizer(SEED)  # its cache of words warm, as in a long run
            timings.append(("spaCy's blank English tokenizer", lambda: tokenizer(SEED)))
        for label, call in timings:
            figure = f"{fastest(call):6.3f}" if call else "  (mypyc or gcc missing)"
            print(f"  {label:<48}{figure}")


if __name__ == "__main__":
    main()
