"""Quote extraction measured against the hand-written gold set in benchmarks/gold/.

    .venv/bin/python benchmarks/quotes.py [-v] [--no-held-out]

Runs the real extraction (`newstables.extract.find`: every stage) on each gold text and prints, for
the seed article, the six unseen texts, the new development texts (gold files with
`developed_since`: held out for their first run, developed on since) and the held-out texts (gold
files marked `held_out: true`, not developed on; `gold_sets.py`), each group separately:
- span precision / recall / F1 over all quotations (exact offsets, marks excluded) and per kind
  (a predicted quote counts for its kind only when the gold quote at the same offsets has it);
- speaker accuracy per gold kind: among gold quotes found with exact offsets that have a gold
  speaker, the share whose predicted speaker (actor or organisation) has a matching name: equal
  after folding (case and accents), one contained in the other word by word, or the same last
  word (surname or head noun), against the gold speaker's name and its aliases.
A group of several texts also gets 95% intervals over its texts (`gold_sets.interval`) of the
'all' row's precision, recall and speaker accuracy.
Reported speech (kind `indirect`, `X said that ...`) is not annotated in the gold set: its
predictions are counted (and listed with `-v`) but kept out of every P/R row.
`-v` lists every miss and false alarm (not a held-out text's). Timing: mean time of the
extraction per article of the seed and unseen texts (the new development and
held-out ones are left out, so the figure stays comparable).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import yaml
from gold_sets import GROUPS, details, gold_files, group, shown

from newstables.extract import find
from newstables.ids import fold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
KINDS = ("direct", "partial", "continuation", "scare")


def _text_for(gold_path: Path, gold: dict) -> str:
    """The gold file's text: its `document` path, else articles/<slug>.txt, else the raw/
    article whose text holds every gold quote at its offsets (the seed)."""
    slug = gold_path.name.removesuffix(".gold.yaml")
    candidates = [Path(gold["document"]), GOLD / "articles" / f"{slug}.txt",
                  *sorted((ROOT / "raw" / "articles").glob("*.txt"))]
    for path in candidates:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8-sig")
        if all(text[q["start"]:q["end"]] == q["text"] for q in gold["quotes"]):
            return text
    raise SystemExit(f"no text found for {gold_path.name}")


def _names(gold: dict, speaker: str) -> list[str]:
    for entity in gold["entities"]:
        if entity["name"] == speaker:
            return [speaker, *entity.get("aliases", [])]
    return [speaker]


def _same_speaker(predicted: str, names: list[str]) -> bool:
    p = fold(predicted).split()
    if len(p) > 1 and p[-1].isdigit():  # 'unnamed poster 2': a disambiguating number
        p = p[:-1]
    for name in names:
        g = fold(name).split()
        if not g or not p:
            continue
        if p == g or p[-1] == g[-1]:
            return True
        if any(g == p[i:i + len(g)] for i in range(len(p))) or any(
                p == g[i:i + len(p)] for i in range(len(g))):
            return True
    return False


def _evaluate(gold_path: Path, verbose: bool) -> tuple[Counter, float]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = _text_for(gold_path, gold)
    began = time.perf_counter()
    found = find(text, "doc_benchmark")
    elapsed = time.perf_counter() - began
    # Reported speech is its own kind, absent from the gold set: counted, kept out of P/R.
    predicted = {(q.start, q.end): q for q in found.quotes if q.kind != "indirect"}
    expected = {(g["start"], g["end"]): g for g in gold["quotes"]}
    c: Counter = Counter()
    for q in found.quotes:
        if q.kind == "indirect":
            c[("indirect", "pred")] += 1
            c[("indirect", "speaker")] += q.speaker is not None
            if verbose:
                print(f"  {gold_path.name}: indirect ({q.speaker.name if q.speaker else None}) "
                      f"{text[q.start:q.end][:60]!r}")
    for key, q in predicted.items():
        c[("pred", "all")] += 1
        c[("pred", q.kind)] += 1
        g = expected.get(key)
        if g is not None:
            c[("tp", "all")] += 1
            if g["kind"] == q.kind:
                c[("tp", q.kind)] += 1
        elif verbose:
            print(f"  {gold_path.name}: extra {q.kind} {text[q.start:q.end][:60]!r}")
    for key, g in expected.items():
        c[("gold", "all")] += 1
        c[("gold", g["kind"])] += 1
        q = predicted.get(key)
        if q is None:
            if verbose:
                print(f"  {gold_path.name}: missed {g['kind']} {g['text'][:60]!r}")
            continue
        if verbose and q.kind != g["kind"]:
            print(f"  {gold_path.name}: kind {q.kind} != gold {g['kind']} {g['text'][:50]!r}")
        if g["speaker"] is None:
            continue
        c[("spk_n", g["kind"])] += 1
        c[("spk_n", "all")] += 1
        name = q.speaker.name if q.speaker is not None else ""
        if name and _same_speaker(name, _names(gold, g["speaker"])):
            c[("spk_ok", g["kind"])] += 1
            c[("spk_ok", "all")] += 1
        elif verbose:
            print(f"  {gold_path.name}: speaker {name or None!r} != gold {g['speaker']!r} "
                  f"({g['kind']}) {g['text'][:40]!r}")
    return c, elapsed


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def _report(title: str, each: list[Counter]) -> None:
    """A group's figures from its texts' counts; for several texts, 95% intervals over them of
    the 'all' row's precision, recall and speaker accuracy (`gold_sets.interval`)."""
    total: Counter = sum(each, Counter())
    print(f"\n{title}")
    print(f"{'kind':<13}{'gold':>5}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}  speaker accuracy")
    for kind in ("all", *KINDS):
        tp, pred, gold = total[("tp", kind)], total[("pred", kind)], total[("gold", kind)]
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        spk = f"{_ratio(total[('spk_ok', kind)], total[('spk_n', kind)])} " \
              f"({total[('spk_ok', kind)]}/{total[('spk_n', kind)]})"
        print(f"{kind:<13}{gold:>5}{pred:>6}{p:>7.3f}{r:>7.3f}{f1:>7.3f}  {spk}")
    print(f"{'indirect':<13}{'-':>5}{total[('indirect', 'pred')]:>6}{'-':>7}{'-':>7}{'-':>7}  "
          f"{total[('indirect', 'speaker')]} with a speaker (the gold set has no indirect "
          f"quotes: counts only, not P/R)")
    if len(each) >= 2:
        print("95% intervals over texts ('all'): P "
              f"{shown([(c[('tp', 'all')], c[('pred', 'all')]) for c in each])}, R "
              f"{shown([(c[('tp', 'all')], c[('gold', 'all')]) for c in each])}, speaker accuracy "
              f"{shown([(c[('spk_ok', 'all')], c[('spk_n', 'all')]) for c in each])}")


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    paths = gold_files(sys.argv[1:])
    for path in paths:  # a first pass loads reference data and lexicons: not timed
        _evaluate(path, False)
    totals: dict[str, list[Counter]] = {name: [] for name in GROUPS}
    times = []
    for path in paths:
        counts, elapsed = _evaluate(path, details(path, verbose))
        name = group(path)
        if name in ("seed", "unseen"):
            times.append(elapsed)
        totals[name].append(counts)
    texts = {name: len(each) for name, each in totals.items()}
    _report("Seed article (developed on)", totals["seed"])
    _report(f"Unseen gold texts ({texts['unseen']} Wikinews articles)", totals["unseen"])
    _report(f"New development texts (first run recorded): {texts['new-development']} Wikinews "
            "articles", totals["new-development"])
    _report(f"Held-out (not developed on): {texts['held-out']} Wikinews articles",
            totals["held-out"])
    print("\n'all' counts a span when its offsets match, whatever its kind; a kind row counts it "
          "only when the kind matches too.")
    print(f"Extraction (every stage): {1000 * sum(times) / len(times):.1f} ms per article "
          f"(mean of the {len(times)} seed and unseen texts, after a warm-up pass).")


if __name__ == "__main__":
    main()
