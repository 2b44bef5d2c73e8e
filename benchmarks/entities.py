"""Precision and recall of people, organisations, places and affiliations against the gold set.

Runs `newstables.extract.extract` on the seed article (raw/articles) and on every gold article
(benchmarks/gold/articles) and matches predicted entities to gold entities *after resolution*:
a predicted entity matches a gold one when any of its surface forms (its name or the text of any of
its mentions) equals the gold name or one of its aliases, folded (case- and accent-insensitive,
without a leading 'the' or a possessive 's). Each gold entity counts once: a second predicted
entity matching an already matched gold entity (a resolution failure) is a false positive.
Affiliations match when their actor and organisation match the gold pair's. The seed, the six
unseen texts, the new development texts (gold files with `developed_since`: held out for their
first run, developed on since) and the held-out texts (gold files marked `held_out: true`, not
developed on; `gold_sets.py`) are reported separately, a group of several texts with 95%
intervals over its texts of each precision and recall (`gold_sets.interval`); `-v` lists every
miss and unmatched prediction, except a held-out text's (`gold_sets.details`).

    .venv/bin/python benchmarks/entities.py [-v] [--no-held-out]
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

from gold_sets import details, gold_files, group, shown  # noqa: E402

from newstables.extract import extract  # noqa: E402
from newstables.ids import fold  # noqa: E402
from newstables.raw import SIDECAR_KEYS, Article, decode, default_meta  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
TABLES = {"person": "actors", "organisation": "organisations", "place": "places"}


def norm(name: str) -> str:
    name = fold(name.replace("\u00a0", " "))
    name = re.sub(r"^the ", "", name)
    return re.sub(r"['’]s$", "", name).strip()


def predicted(rows: dict) -> dict[str, list[dict]]:
    """Entities per table, each with the set of its surface forms."""
    forms: dict[str, set[str]] = defaultdict(set)
    for m in rows["mentions"]:
        key = m["actor_id"] or m["organisation_id"] or m["place_id"]
        forms[key].add(norm(m["text"]))
    out: dict[str, list[dict]] = {}
    for table, id_col in (("actors", "actor_id"), ("organisations", "organisation_id"),
                          ("places", "place_id")):
        out[table] = [{**row, "forms": forms[row[id_col]] | {norm(row["name"])},
                       "id": row[id_col]} for row in rows[table]]
    return out


def match(preds: list[dict], golds: list[dict]) -> tuple[int, int, dict[str, str]]:
    """(true positives, false positives, predicted id -> gold name); each gold counts once."""
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    tp = fp = 0
    for p in preds:
        hits = [g for g in golds if p["forms"] & g["forms"]]
        fresh = [g for g in hits if g["name"] not in taken]
        if fresh:
            taken.add(fresh[0]["name"])
            mapping[p["id"]] = fresh[0]["name"]
            tp += 1
        else:
            if hits:
                mapping[p["id"]] = hits[0]["name"]
            fp += 1
    return tp, fp, mapping


def read(path: Path) -> Article:
    """An article with its sidecar's known fields (gold sidecars carry extra notes)."""
    data = path.read_bytes()
    text = decode(data, path)
    sidecar = path.with_suffix(".yaml")
    meta = yaml.safe_load(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
    meta = {**default_meta(text), **{k: str(v) for k, v in (meta or {}).items()
                                     if k in SIDECAR_KEYS and v is not None}}
    return Article(path.name, text, hashlib.sha256(data).hexdigest(), meta)


def _add(count: list[int], *values: int) -> None:
    for i, value in enumerate(values):
        count[i] += value


Counts = dict[str, list[int]]  # category -> [true positives, false positives, gold total]


def evaluate(pairs: list[tuple[Path, Path]]) -> list[Counts]:
    """The counts of each text."""
    texts: list[Counts] = []
    for text_path, gold_path in pairs:
        counts: Counts = defaultdict(lambda: [0, 0, 0])
        texts.append(counts)
        article = read(text_path)
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        rows = extract(article)
        preds = predicted(rows)
        verbose = details(gold_path, "-v" in sys.argv)
        golds = [{**e, "forms": {norm(e["name"]), *map(norm, e["aliases"])}}
                 for e in gold["entities"]]
        mappings: dict[str, str] = {}
        for gold_type, table in TABLES.items():
            want = [g for g in golds if g["type"] == gold_type and g["named"]]
            unnamed = [g["forms"] for g in golds if g["type"] == gold_type and not g["named"]]
            # A prediction of an entity the gold keeps as unnamed is neither right nor wrong.
            have = [p for p in preds[table] if (table != "actors" or p["kind"] == "person")
                    and not any(p["forms"] & forms for forms in unnamed)]
            tp, fp, mapping = match(have, want)
            # For affiliations, entities the gold keeps as unnamed are mapped too.
            mappings |= match(preds[table], [g for g in golds if g["type"] == gold_type])[2]
            _add(counts[gold_type], tp, fp, len(want))
            if verbose:
                found = set(mapping.values())
                print(f"  {text_path.name} {gold_type}: missed "
                      f"{[g['name'] for g in want if g['name'] not in found]}; unmatched "
                      f"{[p['name'] for p in have if p['id'] not in mapping]}")
        # Unnamed actors and groups only to place affiliations.
        others = [p for p in preds["actors"] if p["kind"] != "person"]
        _, _, mapping = match(others, [g for g in golds if g["type"] in ("group", "anonymous")])
        mappings |= mapping
        want_pairs = {(a["actor"], a["organisation"]) for a in gold["affiliations"]}
        got = {(mappings.get(a["actor_id"]), mappings.get(a["organisation_id"]))
               for a in rows["affiliations"]}
        tp = len(got & want_pairs)
        _add(counts["affiliation"], tp, len(got) - tp, len(want_pairs))
        if verbose:
            print(f"  {text_path.name} affiliations: missed {sorted(want_pairs - got)}; "
                  f"wrong {sorted(got - want_pairs, key=str)}")
    return texts


def article_for(gold_path: Path) -> Path:
    """The text a gold file annotates: its own copy, or the raw article with the same bytes."""
    document = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["document"]
    local = GOLD / document
    if not document.startswith("/") and local.exists():
        return local
    wanted = Path(document).read_bytes() if Path(document).exists() else None
    for path in sorted((ROOT / "raw" / "articles").glob("*.txt")):
        if wanted is None or hashlib.sha256(path.read_bytes()).digest() == \
                hashlib.sha256(wanted).digest():
            return path
    raise SystemExit(f"no text for {gold_path.name}")


def report(label: str, texts: list[Counts]) -> None:
    """A group's figures; for several texts, 95% intervals over them of precision and recall
    (`gold_sets.interval`)."""
    print(f"{label}")
    several = len(texts) >= 2
    print(f"  {'':14} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'gold':>5}"
          + (f"  {'precision 95%':>13} {'recall 95%':>10}" if several else ""))
    for category in ("person", "organisation", "place", "affiliation"):
        each = [t.get(category, [0, 0, 0]) for t in texts]
        tp, fp, total = (sum(c[i] for c in each) for i in range(3))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / total if total else 0.0
        intervals = (f"  {shown([(c[0], c[0] + c[1]) for c in each]):>13} "
                     f"{shown([(c[0], c[2]) for c in each]):>10}") if several else ""
        print(f"  {category:14} {precision:9.2f} {recall:7.2f} {tp:4} {fp:4} {total:5}{intervals}")


def main() -> None:
    golds = gold_files(sys.argv[1:])
    seed = [(article_for(g), g) for g in golds if group(g) == "seed"]
    unseen = [(article_for(g), g) for g in golds if group(g) == "unseen"]
    new = [(article_for(g), g) for g in golds if group(g) == "new-development"]
    held_out = [(article_for(g), g) for g in golds if group(g) == "held-out"]
    started = time.perf_counter()
    report("seed (developed on)", evaluate(seed))
    report(f"unseen ({len(unseen)} Wikinews texts)", evaluate(unseen))
    report(f"new development texts (first run recorded): {len(new)} Wikinews texts", evaluate(new))
    report(f"held-out (not developed on): {len(held_out)} Wikinews texts", evaluate(held_out))
    print(f"({time.perf_counter() - started:.1f} s including the reference load)")


if __name__ == "__main__":
    main()
