"""Events benchmark: precision and recall of extracted events against the hand-made gold set.

Run from the repository root:  .venv/bin/python benchmarks/events.py [-v] [--no-held-out]

An extracted event matches a gold event when its trigger lies in the gold event's sentence and
both have the same PLOVER type (each gold event is matched at most once). On matched pairs it
reports participant precision/recall (an extracted participant is right when its entity's name,
or the words of one of its mentions, is one of the gold entity's names or aliases, same role),
date accuracy (same date and precision, both empty counting as right) and modality accuracy.
The seed article, the six unseen texts, the new development texts (gold files with
`developed_since`: held out for their first run, developed on since) and the held-out texts (gold
files marked `held_out: true`, not developed on; `gold_sets.py`) are reported separately, a
group of several texts with 95% intervals over its texts (`gold_sets.interval`); -v lists every
miss and false alarm, and the gold participants a matched event lacks, except a held-out text's
(`gold_sets.details`); --no-held-out leaves the held-out group out of the run
(`gold_sets.gold_files`), as work on the rules should.
The times cover the seed and unseen texts only, so they stay comparable.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml
from gold_sets import details, gold_files, group, shown
from rapidfuzz import fuzz

from newstables.extract import find
from newstables.extract.model import Event
from newstables.ids import fold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"


@dataclass
class Result:
    name: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    typed_any: int = 0  # gold events whose sentence holds an extracted event of any type
    part_gold: int = 0
    part_pred: int = 0
    part_right: int = 0
    dates_right: int = 0
    dated_gold: int = 0
    dated_right: int = 0
    modality_right: int = 0
    seconds: float = 0.0

    def add(self, other: Result) -> None:
        for key, value in vars(other).items():
            if key != "name":
                setattr(self, key, getattr(self, key) + value)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a"


def _article(gold: dict) -> tuple[str, str]:
    """The gold document's text and publication date (from its sidecar, or for a text kept
    elsewhere from the raw/ article with the same text)."""
    path = Path(gold["document"])
    path = path if path.is_absolute() else GOLD / path
    text = path.read_bytes().decode("utf-8-sig")
    sidecar = path.with_suffix(".yaml")
    if not sidecar.exists():
        for candidate in (ROOT / "raw" / "articles").glob("*.txt"):
            if candidate.read_bytes().decode("utf-8-sig") == text:
                sidecar = candidate.with_suffix(".yaml")
    published = ""
    if sidecar.exists():
        published = str(yaml.safe_load(sidecar.read_text(encoding="utf-8"))["published_date"])
    return text, published


def _names(gold: dict) -> dict[str, set[str]]:
    return {e["name"]: {fold(n) for n in [e["name"], *(e.get("aliases") or [])]}
            for e in gold.get("entities") or []}


def _same(surfaces: set[str], forms: set[str]) -> bool:
    """True when one of an extracted entity's names (its canonical name or the words of any of
    its mentions) is one of the gold entity's names or aliases."""
    return any(s in forms or any(fuzz.token_set_ratio(s, f) >= 90 for f in forms)
               for s in surfaces)


def evaluate(path: Path, verbose: bool) -> Result:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    text, published = _article(gold)
    names = _names(gold)
    started = time.perf_counter()
    found = find(text, "doc", published)
    result = Result(path.name.removesuffix(".gold.yaml"), seconds=time.perf_counter() - started)
    predicted: list[Event] = list(found.events)
    surfaces: dict[int, set[str]] = {}
    for entity in [p.entity for e in predicted for p in e.participants]:
        surfaces[id(entity)] = {fold(entity.name)}
    for m in found.mentions:
        if id(m.entity) in surfaces:
            surfaces[id(m.entity)].add(fold(text[m.start:m.end]))
    golds = gold.get("events") or []
    result.gold, result.predicted = len(golds), len(predicted)
    used: set[int] = set()
    for g in golds:
        inside = [e for e in predicted
                  if g["sentence_start"] <= e.trigger_start < g["sentence_end"]]
        result.typed_any += bool(inside)
        match = next((e for e in inside if e.event_type == g["event_type"]
                      and id(e) not in used), None)
        if match is None:
            if verbose:
                print(f"  miss  {g['event_type']:9} {g['cameo']:5} {g['trigger']!r:28} "
                      f"{g['sentence'][:70]!r}")
            continue
        used.add(id(match))
        result.matched += 1
        for role in ("source", "target"):
            wanted = [names.get(n, {fold(n)}) for n in g.get(role) or []]
            got = [surfaces[id(p.entity)] for p in match.participants if p.role == role]
            result.part_gold += len(wanted)
            result.part_pred += len(got)
            right = [any(_same(n, forms) for n in got) for forms in wanted]
            result.part_right += sum(right)
            missed = [n for n, ok in zip(g.get(role) or [], right, strict=True) if not ok]
            if verbose and missed:
                print(f"  part  {g['event_type']:9} {role:6} {g['trigger']!r:20} missed "
                      f"{missed}, got {[sorted(s)[0] for s in got]}")
        # a gold date is written to its precision ("1995", "2019-01"): compare that prefix
        wanted_date = str(g["date"]) if g["date"] else None
        got_date = match.date[:len(wanted_date)] if match.date and wanted_date else match.date
        date_ok = (got_date or None) == wanted_date and (
            (match.date_precision or None) == g["date_precision"])
        result.dates_right += date_ok
        if g["date"]:
            result.dated_gold += 1
            result.dated_right += date_ok
        result.modality_right += match.modality == g["modality"]
        if verbose and (not date_ok or match.modality != g["modality"]):
            print(f"  diff  {g['event_type']:9} {g['trigger']!r:20} date {match.date or '-'} "
                  f"vs {g['date'] or '-'}, modality {match.modality} vs {g['modality']}")
    if verbose:
        for e in predicted:
            if id(e) not in used:
                print(f"  false {e.event_type:9} {e.cameo_code:5} "
                      f"{text[e.trigger_start:e.trigger_end]!r:28} "
                      f"{text[e.evidence_start:e.evidence_end][:70]!r}")
    return result


def report(result: Result, texts: list[Result] | None = None) -> None:
    """A text's or a group's figures; for a group of several `texts`, 95% intervals over them
    (`gold_sets.interval`) of the event and participant figures."""
    print(f"{result.name}: events {result.predicted} extracted, {result.gold} gold")
    print(f"  event-type precision {_ratio(result.matched, result.predicted)}, "
          f"recall {_ratio(result.matched, result.gold)}, "
          f"sentence recall (any type) {_ratio(result.typed_any, result.gold)}")
    print("  participants on matched events: "
          f"precision {_ratio(result.part_right, result.part_pred)}, "
          f"recall {_ratio(result.part_right, result.part_gold)}")
    print(f"  dates on matched events: {_ratio(result.dates_right, result.matched)}, "
          f"on gold-dated ones {_ratio(result.dated_right, result.dated_gold)}; "
          f"modality {_ratio(result.modality_right, result.matched)}")
    if texts and len(texts) >= 2:
        print("  95% intervals over texts: event-type precision "
              f"{shown([(r.matched, r.predicted) for r in texts])}, recall "
              f"{shown([(r.matched, r.gold) for r in texts])}; participants precision "
              f"{shown([(r.part_right, r.part_pred) for r in texts])}, recall "
              f"{shown([(r.part_right, r.part_gold) for r in texts])}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = gold_files(argv)
    groups = {path: group(path) for path in paths}
    texts = {name: sum(g == name for g in groups.values())
             for name in ("unseen", "new-development", "held-out")}
    results = {"seed": Result("seed"),
               "unseen": Result(f"unseen ({texts['unseen']} Wikinews texts)"),
               "new-development": Result("new development texts (first run recorded): "
                                         f"{texts['new-development']} Wikinews texts"),
               "held-out": Result(f"held-out (not developed on): {texts['held-out']} "
                                  "Wikinews texts")}
    per_text: dict[str, list[Result]] = {name: [] for name in results}
    for path in paths:
        listed = details(path, verbose)
        if listed:
            print(path.name)
        result = evaluate(path, listed)
        results[groups[path]].add(result)
        per_text[groups[path]].append(result)
        if listed:
            report(result)
    seed, unseen = results["seed"], results["unseen"]
    for name, result in results.items():
        report(result, per_text[name])
    developed = [path for path in paths if groups[path] in ("seed", "unseen")]
    total = seed.seconds + unseen.seconds
    print(f"time: {total * 1000:.0f} ms for {len(developed)} texts (seed and unseen; entities, "
          "quotes and events stages; the stages one by one: benchmarks/extract_speed.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
