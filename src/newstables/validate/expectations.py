"""Great Expectations suites: from the table schemas, plus the semantic files in validation/.

Suites are built in memory from the descriptor and the readable `validation/<table>.yaml` files on
each run, in one ephemeral context, so nothing is written and nothing churns. A semantic check is
a boolean column derived with pandas (`semantic.py`) that an expectation requires to be true.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import warnings
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..raw import load_yaml
from ..schema import ROOT
from . import semantic, uniqueness
from .tables import CHUNK_ROWS, PackageData

SUITES = ROOT / "validation"
TYPE_PATTERNS = {"integer": r"^-?[0-9]+$", "number": r"^-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$",
                 "date": r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$",
                 "boolean": r"^(?:true|false)$"}
DERIVED = ("type:", "fk:", "check:")  # prefixes of the derived boolean columns
ROW_EXAMPLES = 5  # offending rows named per failed expectation
TEXT_CHECKS = ("text_at_offsets", "document_matches_raw")  # need the chunk's raw articles
# Expectations a chunk cannot decide, decided over the whole table instead: on the header,
# on the row count, or (uniqueness) by DuckDB over the key columns of every chunk.
HEADER_TYPES = {"expect_table_columns_to_match_ordered_list", "expect_table_columns_to_match_set",
                "expect_table_column_count_to_equal", "expect_table_column_count_to_be_between",
                "expect_column_to_exist"}
ROW_COUNT_TYPES = {"expect_table_row_count_to_be_between", "expect_table_row_count_to_equal"}
# Outcomes per chunk (compact: counts, first values and row keys), memoised by the chunk's
# derived frame and suite, so re-validating variants of a package re-runs changed chunks only.
_CACHE: OrderedDict[str, dict[int, dict[str, Any]]] = OrderedDict()
_CACHE_SIZE = 256


@lru_cache(maxsize=1)
def _gx():
    # No usage statistics, no network: set before the first import of great_expectations.
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    import great_expectations as gx

    # Some GX modules pin their loggers at INFO ("Created temporary directory ..."): quiet them.
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("great_expectations"):
            logging.getLogger(name).setLevel(logging.ERROR)
    return gx


def _camel(snake: str) -> str:
    return "".join(part.title() for part in snake.split("_"))


@lru_cache(maxsize=1)
def _context():
    gx = _gx()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def suite_spec(table: str, suites: Path = SUITES) -> dict[str, Any]:
    path = suites / f"{table}.yaml"
    return load_yaml(path.read_text(encoding="utf-8")) if path.exists() else {}


def type_column(kind: str, name: str) -> str:
    return f"type:{kind}({name})"


def fk_column(fk: dict[str, Any]) -> str:
    return f"fk:{'+'.join(fk['fields'])}->{fk['reference']['resource']}"


def schema_expectations(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """Expectations that restate the Table Schema: one source for each fact."""
    schema = resource["schema"]
    key = schema.get("primaryKey", [])
    # The exact column list, in order: a missing, extra, renamed or moved column fails here.
    out: list[dict[str, Any]] = [{"type": "expect_table_columns_to_match_ordered_list",
                                  "column_list": [f["name"] for f in schema["fields"]]}]
    for field in schema["fields"]:
        name, kind, c = field["name"], field["type"], field.get("constraints", {})
        if c.get("required") or name in key:
            out.append({"type": "expect_column_values_to_not_be_null", "column": name})
        if c.get("unique") or key == [name]:
            out.append({"type": "expect_column_values_to_be_unique", "column": name})
        if kind in TYPE_PATTERNS:
            out.append({"type": "expect_column_values_to_be_in_set",
                        "column": type_column(kind, name), "value_set": [True]})
        if "enum" in c:
            out.append({"type": "expect_column_values_to_be_in_set", "column": name,
                        "value_set": c["enum"]})
        if "pattern" in c:
            out.append({"type": "expect_column_values_to_match_regex", "column": name,
                        "regex": f"^(?:{c['pattern']})$"})
        if "minimum" in c or "maximum" in c:
            out.append({"type": "expect_column_values_to_be_between", "column": name,
                        "min_value": c.get("minimum"), "max_value": c.get("maximum")})
    if len(key) > 1:
        out.append({"type": "expect_compound_columns_to_be_unique", "column_list": key})
    for fk in schema.get("foreignKeys", []):
        out.append({"type": "expect_column_values_to_be_in_set", "column": fk_column(fk),
                    "value_set": [True]})
    return out


def check_frame(data: PackageData, table: str, spec: dict[str, Any], raw: pd.DataFrame
                ) -> pd.DataFrame:
    """One chunk of the table with typed numbers and one boolean column per derived check.

    Every derived value depends on its own row (and on facts about other tables) only, and
    numbers get the same dtype in every chunk, so checking a table in chunks of any size
    gives the same outcome row by row."""
    resource = data.resource(table)
    derived: dict[str, pd.Series] = {}
    typed = raw.copy()
    for field in resource["schema"]["fields"]:
        name, kind = field["name"], field["type"]
        if name not in raw:
            continue
        if kind in TYPE_PATTERNS:
            ok = raw[name].isna() | raw[name].str.fullmatch(TYPE_PATTERNS[kind])
            derived[type_column(kind, name)] = ok.fillna(False).astype(bool)
        if kind == "integer":
            typed[name] = semantic.to_int(raw[name])
        elif kind == "number":
            typed[name] = pd.to_numeric(raw[name], errors="coerce").astype("float64")
    for fk in resource["schema"].get("foreignKeys", []):
        if all(f in raw for f in fk["fields"]):
            derived[fk_column(fk)] = semantic.foreign_key_resolves(data, raw, fk)
    checks = {item.get("check") for item in spec.get("checks", [])}
    if checks & set(TEXT_CHECKS):
        data.load_texts(_documents_of_chunk(data, raw), sha256="document_matches_raw" in checks)
    for item in spec.get("checks", []):
        try:
            derived[check_column(item)] = semantic.CHECKS[item["check"]](data, raw, item)
        except (KeyError, ValueError, TypeError):  # columns missing or unusable: the check fails
            derived[check_column(item)] = pd.Series(False, index=raw.index)
    data.texts, data.raw_bytes_sha = None, {}  # this chunk's articles only
    return pd.concat([typed, pd.DataFrame(derived, index=raw.index)], axis=1)


def _documents_of_chunk(data: PackageData, raw: pd.DataFrame) -> list[Any]:
    try:
        return list(semantic._document_of(data, raw).dropna().unique())
    except KeyError:
        return []


def check_column(item: dict[str, Any]) -> str:
    args = [str(v if not isinstance(v, list) else "+".join(v))
            for k, v in item.items() if k not in ("check", "optional")]
    return f"check:{item['check']}({','.join(args)})"


def row_bounds(data: PackageData, bounds: dict[str, Any]) -> tuple[int, int | None]:
    """Row-count bounds of a table: a floor, and a ceiling that grows with the articles.

    The ceiling is `max_per_document` per document plus `max_per_1000_chars` per 1000
    characters of text, so it scales with both the number and the length of the articles.
    """
    if "max_per_1000_chars" not in bounds and "max_per_document" not in bounds:
        return int(bounds.get("min", 0)), None
    n_docs, chars = data.facts.document_totals() if data.facts is not None else (0, 0)
    maximum = (bounds.get("max_per_document", 0) * n_docs
               + bounds.get("max_per_1000_chars", 0) * chars // 1000)
    low = int(bounds.get("min", 0))
    return low, max(low, int(maximum))


def expectations_for(data: PackageData, table: str, spec: dict[str, Any]
                     ) -> list[dict[str, Any]]:
    out = schema_expectations(data.resource(table))
    if spec.get("row_count"):
        low, high = row_bounds(data, spec["row_count"])
        out.append({"type": "expect_table_row_count_to_be_between",
                    "min_value": low, "max_value": high})
    for item in spec.get("checks", []):
        out.append({"type": "expect_column_values_to_be_in_set", "column": check_column(item),
                    "value_set": [True]})
    out.extend(spec.get("expectations", []))
    return list({_key(item): item for item in out}.values())  # each once, first order kept


def run(data: PackageData, table: str, suites: Path = SUITES, chunk_rows: int = CHUNK_ROWS
        ) -> tuple[int, list[dict[str, Any]]]:
    """Validate one table chunk by chunk: its row count and one result dict per expectation,
    in the suite's order. Holds one chunk (with its derived columns) at a time, plus the key
    columns of uniqueness expectations in DuckDB; raises `tables.Unreadable` if the CSV cannot
    be read to its end."""
    spec = suite_spec(table, suites)
    wanted = expectations_for(data, table, spec)
    key = data.resource(table)["schema"].get("primaryKey", [])
    scopes: dict[int, str] = {}
    fixed: dict[int, dict[str, Any]] = {}  # decided without the rows
    per_chunk: dict[int, list[dict[str, Any]]] = {n: [] for n in range(len(wanted))}
    header: pd.DataFrame | None = None
    index_columns: list[str] = []
    keys: uniqueness.KeyStore | None = None
    rows = 0
    try:
        for chunk in data.chunks(table, chunk_rows):
            frame = check_frame(data, table, spec, chunk)
            if header is None:  # the columns are the same in every chunk: decide once
                header = frame[[c for c in frame.columns if not c.startswith(DERIVED)]].head(0)
                index_columns = [k for k in key if k in frame]
                scopes, fixed = _plan(wanted, frame)
                unique = [c for n, item in enumerate(wanted) if scopes.get(n) == "unique"
                          for c in uniqueness.columns(item)]
                keys = uniqueness.KeyStore(_facts(data).con, table,
                                           unique + index_columns if unique else [])
            rows += len(frame)
            numbers = [n for n, scope in scopes.items() if scope == "rows"]
            for n, outcome in _chunk_outcomes(table, frame, wanted, numbers,
                                              index_columns).items():
                per_chunk[n].append(outcome)
            assert keys is not None
            keys.add(frame)
            del chunk, frame  # one chunk at a time: gone before the next is read
        assert header is not None and keys is not None  # pandas yields at least one chunk
        results = {**fixed, **_shape_results(table, header, rows, wanted, scopes)}
        for n, scope in scopes.items():
            if scope == "unique":
                outcome = keys.duplicates(wanted[n], index_columns, ROW_EXAMPLES)
                outcome["values"] = [_plain(v) for v in outcome.get("values", [])]
                results[n] = _merged(wanted[n], [outcome], rows)
            elif scope == "rows":
                results[n] = _merged(wanted[n], per_chunk[n], rows)
    finally:
        if keys is not None:
            keys.close()
    return rows, [results[n] for n in sorted(results)]


def _shape_results(table: str, header: pd.DataFrame, rows: int, wanted: list[dict[str, Any]],
                   scopes: dict[int, str]) -> dict[int, dict[str, Any]]:
    """The header and row-count expectations, through Great Expectations on what decides them:
    the header, and a frame of as many (empty, column-less) rows as the table; memoised on
    exactly those, as they are the same for most variants of a package."""
    numbers = {scope: [n for n, s in scopes.items() if s == scope] for scope in ("header", "count")}
    digest = hashlib.sha256(json.dumps(
        ["shape", table, list(header.columns), rows, numbers,
         [wanted[n] for n in numbers["header"] + numbers["count"]]], default=str).encode()
    ).hexdigest()
    if digest not in _CACHE:
        results = {}
        for target, chosen in ((header, numbers["header"]),
                               (pd.DataFrame(index=pd.RangeIndex(rows)), numbers["count"])):
            for n, result in _run_suite(table, target, wanted, chosen,
                                        {"result_format": "SUMMARY"}).items():
                results[n] = _outcome(wanted[n], result, [])
        _remember(digest, results)
    _CACHE.move_to_end(digest)
    return {n: json.loads(json.dumps(o)) for n, o in _CACHE[digest].items()}  # a private copy


def _remember(digest: str, outcomes: dict[int, dict[str, Any]]) -> None:
    _CACHE[digest] = outcomes
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)


def _facts(data: PackageData) -> Any:
    assert data.facts is not None
    return data.facts


def _plan(wanted: list[dict[str, Any]], frame: pd.DataFrame
          ) -> tuple[dict[int, str], dict[int, dict[str, Any]]]:
    """Each expectation's scope (header, count, unique, rows), or its result when the header
    alone decides it: a missing column, an invalid or an unsupported expectation."""
    scopes: dict[int, str] = {}
    fixed: dict[int, dict[str, Any]] = {}
    for n, item in enumerate(wanted):
        column = item.get("column")
        columns = [column] if column else item.get("column_list", [])
        missing = [c for c in columns if c not in frame]
        if missing and item["type"] not in HEADER_TYPES:
            fixed[n] = _result(item, False, f"column missing: {', '.join(missing)}")
            continue
        try:
            _expectation(item, n)
        except Exception as exc:  # noqa: BLE001 - a bad suite entry is a failed check
            fixed[n] = _result(item, False, f"invalid expectation: {exc}"[:300])
            continue
        scope = _scope(item)
        if scope is None:
            fixed[n] = _result(item, False, f"unsupported: {item['type']} needs the whole "
                                            "table at once, and tables are checked in chunks")
        else:
            scopes[n] = scope
    return scopes, fixed


def _scope(item: dict[str, Any]) -> str | None:
    """Where an expectation is decided: per chunk (row-level map expectations), on the header,
    on the row count, by DuckDB (uniqueness), or nowhere (None: aggregates over a column)."""
    kind = item["type"]
    if kind in HEADER_TYPES:
        return "header"
    if kind in ROW_COUNT_TYPES:
        return "count"
    if kind in uniqueness.TYPES:
        return "unique" if set(item) <= uniqueness.ARGUMENTS else None
    from great_expectations.expectations.expectation import (
        ColumnMapExpectation,
        ColumnPairMapExpectation,
        MulticolumnMapExpectation,
    )
    cls = getattr(_gx().expectations, _camel(kind), None)
    row_level = (ColumnMapExpectation, ColumnPairMapExpectation, MulticolumnMapExpectation)
    return "rows" if isinstance(cls, type) and issubclass(cls, row_level) else None


def _chunk_outcomes(table: str, frame: pd.DataFrame, wanted: list[dict[str, Any]],
                    numbers: list[int], index_columns: list[str]) -> dict[int, dict[str, Any]]:
    """The row-level expectations `numbers` on one chunk, as compact outcomes (see `_merged`).

    The outcome is a function of the derived frame and the suite: memoised, so that
    validating many variants of one package (tests, CI matrices) re-runs only what changed."""
    digest = _digest(table, frame, [wanted[n] for n in numbers], index_columns)
    if digest not in _CACHE:
        _remember(digest, _validate_chunk(table, frame, wanted, numbers, index_columns))
    _CACHE.move_to_end(digest)
    return {n: json.loads(json.dumps(o)) for n, o in _CACHE[digest].items()}  # a private copy


def _digest(table: str, frame: pd.DataFrame, wanted: list[dict[str, Any]], key: list[str]
            ) -> str:
    h = hashlib.sha256(json.dumps([table, wanted, key, list(frame.columns),
                                   [str(t) for t in frame.dtypes]], default=str).encode())
    h.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    return h.hexdigest()


def _validate_chunk(table: str, frame: pd.DataFrame, wanted: list[dict[str, Any]],
                    numbers: list[int], index_columns: list[str]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    runnable = []
    for n in numbers:
        column = wanted[n].get("column")
        if column and column.startswith("check:") and frame[column].dtype == "boolean" \
                and frame[column].isna().all() and len(frame):
            out[n] = {"skipped": True}
        else:
            runnable.append(n)
    detailed: dict[str, Any] = {"result_format": "SUMMARY",
                                "partial_unexpected_count": ROW_EXAMPLES}
    if index_columns:
        detailed["unexpected_index_column_names"] = index_columns
    # A pass/fail run first (about 3x cheaper), then details only for what failed.
    quick = _run_suite(table, frame, wanted, runnable, {"result_format": "BOOLEAN_ONLY"})
    out.update({n: {"ok": True} for n, result in quick.items() if result.success})
    again = _run_suite(table, frame, wanted, [n for n in quick if n not in out], detailed)
    for n, result in again.items():
        out[n] = _chunk_outcome(result, index_columns)
    return out


def _chunk_outcome(result: Any, index_columns: list[str]) -> dict[str, Any]:
    """A chunk's result in brief: ok, an error, or how many rows failed with the first values
    and the first row keys (at most ROW_EXAMPLES each, in table order)."""
    if result.success:
        return {"ok": True}
    exception = result.exception_info or {}
    if exception.get("raised_exception"):
        return {"error": f"error: {exception.get('exception_message', '')}"[:300]}
    info = result.result or {}
    return {"unexpected": info.get("unexpected_count", 0),
            "values": [_plain(v) for v in (info.get("partial_unexpected_list") or [])
                       ][:ROW_EXAMPLES],
            "rows": [_row_key(r, index_columns)
                     for r in info.get("partial_unexpected_index_list") or []][:ROW_EXAMPLES]}


def _merged(item: dict[str, Any], outcomes: list[dict[str, Any]], rows: int) -> dict[str, Any]:
    """One result from the chunks' outcomes, as one run over the whole table would give it:
    failed if any chunk failed, failing rows summed, the first values and rows in table order.
    """
    errors = [o["error"] for o in outcomes if "error" in o]
    if errors:
        return _result(item, False, errors[0])
    failed = [o for o in outcomes if "unexpected" in o]
    if failed:
        values = [v for o in failed for v in o["values"]][:3]
        named = [r for o in failed for r in o["rows"]][:ROW_EXAMPLES]
        detail = f"{sum(o['unexpected'] for o in failed)} of {rows} rows fail"
        if values and not str(item.get("column", "")).startswith(DERIVED):
            detail += f"; values {values}"
        return _result(item, False, detail, list(dict.fromkeys(named)))  # each row once
    if outcomes and all("skipped" in o for o in outcomes):
        return _result(item, None, "skipped: needs the raw articles (--raw)")
    return _result(item, True, "")


def _expectation(item: dict[str, Any], n: int) -> Any:
    gx = _gx()
    kwargs = {k: v for k, v in item.items() if k != "type"}
    expectation = getattr(gx.expectations, _camel(item["type"]))(**kwargs)
    expectation.meta = {"n": n}
    return expectation


def _run_suite(table: str, frame: pd.DataFrame, wanted: list[dict[str, Any]],
               numbers: list[int], result_format: dict[str, Any]) -> dict[int, Any]:
    """Run the expectations `wanted[n]` for n in `numbers` on `frame`; results by n."""
    if not numbers:
        return {}
    gx = _gx()
    # One suite per call, built whole (add_expectation compares each with all the others).
    suite = gx.ExpectationSuite(name=f"newstables.{table}",
                                expectations=[_expectation(wanted[n], n) for n in numbers])
    source = _context().data_sources.add_or_update_pandas("newstables")
    asset = source.add_dataframe_asset(name=f"{table}-{id(frame)}")
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": frame})
    with warnings.catch_warnings():
        # pandas warns when a schema pattern has capturing groups: harmless here.
        warnings.simplefilter("ignore", UserWarning)
        outcome = batch.validate(suite, result_format=result_format)
    source.delete_asset(asset.name)
    return {r.expectation_config.meta["n"]: r for r in outcome.results}


def _outcome(item: dict[str, Any], result: Any, index_columns: list[str]) -> dict[str, Any]:
    if result.success:
        return _result(item, True, "")
    info = result.result or {}
    exception = (result.exception_info or {})
    if exception.get("raised_exception"):
        return _result(item, False, f"error: {exception.get('exception_message', '')}"[:300])
    if item["type"] == "expect_table_row_count_to_be_between":
        high = item["max_value"] if item["max_value"] is not None else ""
        return _result(item, False, f"{info.get('observed_value')} rows, expected "
                                    f"{item['min_value']}..{high}")
    if item["type"] == "expect_table_columns_to_match_ordered_list":
        return _result(item, False, f"columns are {info.get('observed_value')}")
    examples = [_plain(v) for v in (info.get("partial_unexpected_list") or [])[:3]]
    rows = list(dict.fromkeys(_row_key(r, index_columns)  # each row once, in order
                              for r in info.get("partial_unexpected_index_list") or []))
    rows = rows[:ROW_EXAMPLES]
    detail = f"{info.get('unexpected_count', '?')} of {info.get('element_count', '?')} rows fail"
    if examples and not str(item.get("column", "")).startswith(("check:", "type:", "fk:")):
        detail += f"; values {examples}"
    return _result(item, False, detail, rows)


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):  # numpy scalars as the Python values they hold
        value = value.item()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return None if value is None or (not isinstance(value, list | tuple) and pd.isna(value)) \
        else value if isinstance(value, str | int | bool) else str(value)


def _row_key(row: Any, columns: list[str]) -> str:
    """A row named by its primary key (values joined by '|' for a compound key)."""
    if isinstance(row, dict):
        return "|".join(str(_plain(row.get(c))) for c in columns)
    return f"row {row}"


def _check_name(column: str) -> str | None:
    """The name of a derived check: text_at_offsets, type:integer, foreign_key."""
    if column.startswith("check:"):
        return re.sub(r"^check:([a-z_]+).*$", r"\1", column)
    if column.startswith("type:"):
        return column.split("(")[0]
    if column.startswith("fk:"):
        return "foreign_key"
    return None


def _key(item: dict[str, Any]) -> str:
    return json.dumps(item, sort_keys=True, default=str)


def _result(item: dict[str, Any], success: bool | None, detail: str,
            rows: list[str] | None = None) -> dict[str, Any]:
    column = item.get("column") or ",".join(item.get("column_list", []))
    if item["type"] == "expect_table_columns_to_match_ordered_list":
        column = "*"
    check = _check_name(column) or item["type"]
    out = {"expectation": item["type"], "column": column, "check": check,
           "success": success, "detail": detail}
    if rows:
        out["rows"] = rows
    return out
