"""Validate the newstables gold set.  Run from /work/main:  python benchmarks/gold/check_gold.py

Checks every benchmarks/gold/*.gold.yaml: offsets reproduce the quoted/sentence text exactly
(raw decoded as UTF-8, leading BOM dropped), speakers / event participants / affiliation names
exist among the file's entities, enums and date fields are valid, and a held-out file (top-level
`held_out: true`) states the day it was added (`held_out_since`). Prints a per-file summary and
exits 1 on any problem.
"""
import re
import sys
from pathlib import Path

import yaml

GOLD = Path(__file__).resolve().parent
QUOTE_KINDS = {"direct", "partial", "continuation", "scare"}
ENTITY_TYPES = {"person", "group", "anonymous", "organisation", "place"}
ORG_KINDS = {"media", "military", "government", "political", "company", "platform", "international", "other"}
PLACE_KINDS = {"country", "city", "region", "other"}
STATUSES = {"current", "former", "unknown"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
PRECISIONS = {"day", "week", "month", "year"}
MODALITIES = {"asserted", "negated", "hypothetical"}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}(-\d{2})?", "year": r"\d{4}"}


def check_file(path):
    problems = []
    err = problems.append
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"cannot parse YAML: {exc}"], {}
    ref = doc.get("document")
    if not ref:
        return ["no 'document' key"], {}
    rp = Path(ref) if Path(ref).is_absolute() else GOLD / ref
    if not rp.exists():
        return [f"document not found: {rp}"], {}
    raw = rp.read_bytes().decode("utf-8-sig")

    if "held_out" in doc or "held_out_since" in doc:
        if doc.get("held_out") is not True:
            err("held_out, when present, must be true")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc.get("held_out_since", ""))):
            err("a held-out file needs held_out_since: YYYY-MM-DD (the day it was added)")
    if "developed_since" in doc:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc.get("developed_since", ""))):
            err("developed_since must be YYYY-MM-DD (the day the text joined development)")
        if "held_out" in doc:
            err("a file is either held out or developed on: not both held_out and developed_since")

    entities = doc.get("entities") or []
    names = set()
    for i, e in enumerate(entities):
        where = f"entity[{i}] {e.get('name')!r}"
        if not e.get("name"):
            err(f"{where}: empty name")
        if e.get("name") in names:
            err(f"{where}: duplicate entity name")
        names.add(e.get("name"))
        t = e.get("type")
        if t not in ENTITY_TYPES:
            err(f"{where}: bad type {t!r}")
        k = e.get("kind", "")
        if t == "organisation" and k not in ORG_KINDS:
            err(f"{where}: bad organisation kind {k!r}")
        if t == "place" and k not in PLACE_KINDS:
            err(f"{where}: bad place kind {k!r}")
        if t in {"person", "group", "anonymous"} and k not in ("", None):
            err(f"{where}: persons/groups take no kind")
        if not isinstance(e.get("named"), bool):
            err(f"{where}: 'named' must be true/false")
        if not isinstance(e.get("aliases", []), list):
            err(f"{where}: aliases must be a list")

    for i, q in enumerate(doc.get("quotes") or []):
        where = f"quote[{i}]"
        s, e = q.get("start"), q.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            err(f"{where}: bad offsets {s}-{e}")
        elif raw[s:e] != q.get("text"):
            err(f"{where}: text != raw[{s}:{e}] ({raw[s:e][:40]!r} vs {str(q.get('text'))[:40]!r})")
        if q.get("kind") not in QUOTE_KINDS:
            err(f"{where}: bad kind {q.get('kind')!r}")
        sp = q.get("speaker")
        if q.get("kind") == "scare" and sp is not None:
            err(f"{where}: scare quotes take speaker null")
        if sp is not None and sp not in names:
            err(f"{where}: speaker {sp!r} not among entities")

    for i, a in enumerate(doc.get("affiliations") or []):
        where = f"affiliation[{i}]"
        for key in ("actor", "organisation"):
            if a.get(key) not in names:
                err(f"{where}: {key} {a.get(key)!r} not among entities")
        if a.get("status") not in STATUSES:
            err(f"{where}: bad status {a.get('status')!r}")

    for i, v in enumerate(doc.get("events") or []):
        where = f"event[{i}] ({v.get('trigger')!r})"
        s, e = v.get("sentence_start"), v.get("sentence_end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            err(f"{where}: bad offsets {s}-{e}")
        elif raw[s:e] != v.get("sentence"):
            err(f"{where}: sentence != raw[{s}:{e}]")
        if not v.get("trigger") or v["trigger"] not in str(v.get("sentence", "")).replace("\u00a0", " "):
            err(f"{where}: trigger not in sentence")
        if v.get("event_type") not in PLOVER:
            err(f"{where}: bad PLOVER type {v.get('event_type')!r}")
        if not (isinstance(v.get("cameo"), str) and re.fullmatch(r"\d{2,4}", v["cameo"])):
            err(f"{where}: cameo must be a 2-4 digit string")
        for role in ("source", "target"):
            if not isinstance(v.get(role), list):
                err(f"{where}: {role} must be a list")
                continue
            for n in v[role]:
                if n not in names:
                    err(f"{where}: {role} {n!r} not among entities")
        d, p = v.get("date"), v.get("date_precision")
        if d is None:
            if p is not None:
                err(f"{where}: date_precision set without date")
        else:
            if p not in PRECISIONS:
                err(f"{where}: bad date_precision {p!r}")
            elif not re.fullmatch(DATE_RE[p], str(d)):
                err(f"{where}: date {d!r} does not fit precision {p}")
        if v.get("modality") not in MODALITIES:
            err(f"{where}: bad modality {v.get('modality')!r}")

    counts = {"quotes": len(doc.get("quotes") or []), "entities": len(entities),
              "affiliations": len(doc.get("affiliations") or []), "events": len(doc.get("events") or []),
              "held_out": doc.get("held_out") is True, "developed_since": doc.get("developed_since")}
    return problems, counts


def main():
    files = sorted(GOLD.glob("*.gold.yaml"))
    if not files:
        print("no gold files found")
        return 1
    bad = 0
    print(f"{'file':45} {'quotes':>6} {'entities':>8} {'affil':>5} {'events':>6}")
    for f in files:
        problems, c = check_file(f)
        print(f"{f.name:45} {c.get('quotes', '-'):>6} {c.get('entities', '-'):>8} {c.get('affiliations', '-'):>5} {c.get('events', '-'):>6}"
              f"{'  held out' if c.get('held_out') else ''}"
              f"{'  developed since ' + str(c['developed_since']) if c.get('developed_since') else ''}")
        for p in problems:
            print(f"   PROBLEM: {p}")
        bad += len(problems)
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
