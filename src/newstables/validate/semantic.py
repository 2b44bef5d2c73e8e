"""Semantic checks that no column type can express, each a boolean column computed per row.

`validation/<table>.yaml` says which checks apply to which table and with which columns; each one
becomes a derived column that a Great Expectations expectation then requires to be true. A check
returns NA for rows it cannot judge (no raw text given): those rows are neither passed nor failed.

Checks run on one chunk of a table at a time, so each row's outcome must depend on that row
only (and on facts about other tables, looked up in `data.facts` for the chunk's own keys):
never on which other rows share its chunk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .tables import PackageData

Check = Callable[[PackageData, pd.DataFrame, dict[str, Any]], pd.Series]
CHECKS: dict[str, Check] = {}
ENTITY_COLUMNS = {"actor": "actor_id", "organisation": "organisation_id", "place": "place_id"}


def check(fn: Check) -> Check:
    CHECKS[fn.__name__] = fn
    return fn


def to_int(series: pd.Series) -> pd.Series:
    """Whole numbers as nullable integers, value by value: anything else (text, fractions,
    overflow) is missing, whatever the other values in the chunk are."""
    number = pd.to_numeric(series, errors="coerce").astype("float64").to_numpy()
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(number) & (number == np.floor(number)) & (np.abs(number) < 2**63)
    values = np.where(whole, number, 0).astype("int64")
    return pd.Series(pd.arrays.IntegerArray(values, ~whole), index=series.index)


def _facts(data: PackageData) -> Any:
    if data.facts is None:
        raise KeyError("no facts")
    return data.facts


def _doc_info(data: PackageData, docs: pd.Series) -> dict[str, tuple[str | None, ...]] | None:
    return _facts(data).documents(docs.dropna().unique())


def _document_of(data: PackageData, frame: pd.DataFrame) -> pd.Series:
    """Each row's document id, through its event for tables without one."""
    if "document_id" in frame:
        return frame["document_id"]
    events = frame["event_id"]
    return events.map(_facts(data).event_documents(events.dropna().unique()))


@check
def offsets_within_document(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """0 <= start < end <= the document's length (rows with no offsets pass)."""
    start, end = to_int(frame[args["start"]]), to_int(frame[args["end"]])
    docs = _document_of(data, frame)
    info = _doc_info(data, docs) or {}
    length = to_int(docs.map({d: v[0] for d, v in info.items()}))
    ok = (start >= 0) & (start < end) & (end <= length)
    unset = start.isna() & end.isna() if args.get("optional") else False
    return (ok.fillna(False) | unset).astype(bool)


@check
def text_at_offsets(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """raw_text[start:end] equals the row's text (needs the raw articles)."""
    if data.texts is None:
        return pd.Series(pd.NA, index=frame.index, dtype="boolean")
    start, end = to_int(frame[args["start"]]), to_int(frame[args["end"]])
    value = frame[args["text"]]
    docs = _document_of(data, frame)
    texts = data.texts
    judged = docs.isin(set(texts)) & start.notna() & end.notna() & value.notna() & (start >= 0)
    ok = pd.Series(False, index=frame.index)
    # One slice per row is unavoidable; the loop runs over judgeable rows only, in O(rows).
    # The texts are looked up per row, never copied into a column: a column of article texts
    # costs rows x article length of memory.
    ok[judged] = [texts[d][s:e] == v for d, s, e, v in zip(
        docs[judged], start[judged].astype(int), end[judged].astype(int), value[judged],
        strict=True)]
    if args.get("optional"):
        ok |= value.isna() & start.isna() & end.isna()
    return ok.astype("boolean")


@check
def text_length_matches_offsets(data: PackageData, frame: pd.DataFrame, args: dict
                                ) -> pd.Series:
    """len(text) == end - start, checkable without the raw articles."""
    length = frame[args["text"]].str.len().astype("Int64")
    ok = length == (to_int(frame[args["end"]]) - to_int(frame[args["start"]]))
    if args.get("optional"):
        ok = ok | frame[args["text"]].isna()
    return ok.fillna(False).astype(bool)


@check
def span_inside(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """The inner span [inner_start, inner_end) lies within [outer_start, outer_end)."""
    ok = (to_int(frame[args["inner_start"]]) >= to_int(frame[args["outer_start"]])) & (
        to_int(frame[args["inner_end"]]) <= to_int(frame[args["outer_end"]]))
    return ok.fillna(False).astype(bool)


@check
def exactly_one_reference(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """Exactly one of actor_id / organisation_id / place_id is set, the one entity_kind names."""
    present = frame[list(ENTITY_COLUMNS.values())].notna()
    named = pd.Series(False, index=frame.index)
    for kind, column in ENTITY_COLUMNS.items():
        named |= (frame["entity_kind"] == kind).fillna(False) & present[column]
    return (present.sum(axis=1) == 1) & named


@check
def at_most_one_set(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """At most one of the given columns is set."""
    return frame[args["columns"]].notna().sum(axis=1) <= 1


@check
def all_or_none_set(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """The given columns are either all set or all empty."""
    count = frame[args["columns"]].notna().sum(axis=1)
    return (count == 0) | (count == len(args["columns"]))


@check
def has_mention(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """The entity is mentioned at least once in the mentions table."""
    column = args["column"]
    counts = _facts(data).mention_counts(column, frame[column].dropna().unique())
    return frame[column].isin(set(counts))


@check
def mention_count_matches(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """mention_count equals the number of mentions that point at the entity."""
    column = args["column"]
    counts = _facts(data).mention_counts(column, frame[column].dropna().unique())
    return (to_int(frame["mention_count"]) == to_int(frame[column].map(counts))
            ).fillna(False).astype(bool)


@check
def date_not_after_publication(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """An event's date is not after its document's publication date (when both are known)."""
    info = _doc_info(data, frame["document_id"])
    if info is None:  # no documents table: nothing to compare with, the check fails
        raise KeyError("documents")
    published = frame["document_id"].map({d: v[1] for d, v in info.items()})
    date = frame[args["column"]]
    ok = date.isna() | published.isna() | (date.astype(str) <= published.astype(str))
    return ok.astype(bool)


@check
def date_in_range(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """A date lies in a plausible range for news [minimum, maximum]."""
    date = frame[args["column"]]
    ok = date.isna() | ((date.astype(str) >= args["minimum"]) &
                        (date.astype(str) <= args["maximum"]))
    return ok.astype(bool)


@check
def document_matches_raw(data: PackageData, frame: pd.DataFrame, args: dict) -> pd.Series:
    """The raw article's sha256 and length equal the row's (needs the raw articles)."""
    if data.texts is None:
        return pd.Series(pd.NA, index=frame.index, dtype="boolean")
    doc = frame["document_id"]
    length = doc.map({d: len(t) for d, t in data.texts.items()}).astype("Int64")
    ok = (doc.map(data.raw_bytes_sha) == frame["sha256"]) & (length == to_int(frame["char_count"]))
    return ok.fillna(False).astype("boolean")


def foreign_key_resolves(data: PackageData, frame: pd.DataFrame, fk: dict[str, Any]
                         ) -> pd.Series:
    """Every set value of the foreign key exists in the table it references."""
    (column,), target = fk["fields"], fk["reference"]
    values = frame[column]
    known = _facts(data).known(target["resource"], target["fields"][0], values.dropna().unique())
    return values.isna() | values.isin(known)
