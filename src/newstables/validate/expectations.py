"""Great Expectations suites: from the table schemas, plus the semantic files in validation/.

Suites are built in memory from the descriptor and the readable `validation/<table>.yaml` files on
each run, in an ephemeral context, so nothing is written and nothing churns.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from ..raw import load_yaml
from ..schema import ROOT
from . import semantic
from .tables import PackageData

SUITES = ROOT / "validation"
TYPE_PATTERNS = {"integer": r"^-?[0-9]+$", "number": r"^-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$",
                 "date": r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$",
                 "boolean": r"^(?:true|false)$"}


def _gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

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


def schema_expectations(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """Expectations that restate the Table Schema: one source for each fact."""
    out: list[dict[str, Any]] = []
    schema = resource["schema"]
    key = schema.get("primaryKey", [])
    for field in schema["fields"]:
        name, kind, c = field["name"], field["type"], field.get("constraints", {})
        out.append({"type": "expect_column_to_exist", "column": name})
        if c.get("required") or name in key:
            out.append({"type": "expect_column_values_to_not_be_null", "column": name})
        if c.get("unique") or key == [name]:
            out.append({"type": "expect_column_values_to_be_unique", "column": name})
        if kind in TYPE_PATTERNS:
            out.append({"type": "expect_column_values_to_match_regex",
                        "column": f"type:{kind}({name})", "regex": r"^True$"})
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
        out.append({"type": "expect_column_values_to_be_in_set",
                    "column": f"fk:{fk['fields'][0]}->{fk['reference']['resource']}",
                    "value_set": [True]})
    return out


def check_frame(data: PackageData, table: str, spec: dict[str, Any]) -> pd.DataFrame:
    """The table with typed numbers and one boolean column per derived check."""
    raw = data.frames[table]
    resource = data.resource(table)
    frame = raw.copy()
    for field in resource["schema"]["fields"]:
        name, kind = field["name"], field["type"]
        if name not in raw:
            continue
        if kind in TYPE_PATTERNS:
            ok = raw[name].isna() | raw[name].astype(str).str.fullmatch(TYPE_PATTERNS[kind])
            frame[f"type:{kind}({name})"] = ok.astype(bool).astype(str)
        if kind in ("integer", "number"):
            frame[name] = pd.to_numeric(raw[name], errors="coerce")
    for fk in resource["schema"].get("foreignKeys", []):
        if fk["fields"][0] in raw:
            column = f"fk:{fk['fields'][0]}->{fk['reference']['resource']}"
            frame[column] = semantic.foreign_key_resolves(data, raw, fk)
    for item in spec.get("checks", []):
        try:
            frame[check_column(item)] = semantic.CHECKS[item["check"]](data, raw, item)
        except (KeyError, ValueError, TypeError):  # columns missing or unusable: the check fails
            frame[check_column(item)] = False
    return frame


def check_column(item: dict[str, Any]) -> str:
    args = [str(v if not isinstance(v, list) else "+".join(v))
            for k, v in item.items() if k not in ("check", "optional")]
    return f"check:{item['check']}({','.join(args)})"


def expectations_for(data: PackageData, table: str, spec: dict[str, Any]
                     ) -> list[dict[str, Any]]:
    out = schema_expectations(data.resource(table))
    total_chars = int(pd.to_numeric(data.frames["documents"]["char_count"], errors="coerce")
                      .fillna(0).sum()) if "documents" in data.frames else 0
    bounds = spec.get("row_count", {})
    if bounds:
        maximum = None
        if "max_per_1000_chars" in bounds:
            maximum = bounds.get("max_base", 0) + bounds["max_per_1000_chars"] * total_chars // 1000
        out.append({"type": "expect_table_row_count_to_be_between",
                    "min_value": bounds.get("min", 0), "max_value": maximum})
    for item in spec.get("checks", []):
        out.append({"type": "expect_column_values_to_be_in_set", "column": check_column(item),
                    "value_set": [True]})
    out.extend(spec.get("expectations", []))
    return out


def run(data: PackageData, table: str, suites: Path = SUITES) -> list[dict[str, Any]]:
    """Validate one table; one result dict per expectation."""
    gx = _gx()
    spec = suite_spec(table, suites)
    frame = check_frame(data, table, spec)
    wanted = list({_key(item): item for item in expectations_for(data, table, spec)}.values())
    results: list[dict[str, Any]] = []
    context = _context()
    suite = gx.ExpectationSuite(name=f"newstables.{table}")
    runnable = []
    for item in wanted:
        column = item.get("column")
        columns = [column] if column else item.get("column_list", [])
        missing = [c for c in columns if c not in frame] if item["type"] != \
            "expect_column_to_exist" else []
        if missing:
            results.append(_result(item, False, f"column missing: {', '.join(missing)}"))
            continue
        if column and item["type"] == "expect_column_values_to_be_in_set" and \
                frame[column].dtype == "boolean" and frame[column].isna().all() and len(frame):
            results.append(_result(item, None, "skipped: needs the raw articles (--raw)"))
            continue
        kwargs = {k: v for k, v in item.items() if k != "type"}
        added = suite.add_expectation(getattr(gx.expectations, _camel(item["type"]))(**kwargs))
        runnable.append((item, added.id))
    source = context.data_sources.add_or_update_pandas("newstables")
    asset = source.add_dataframe_asset(name=f"{table}-{len(frame)}-{id(frame)}")
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": frame})
    outcome = batch.validate(suite, result_format={"result_format": "SUMMARY"})
    by_id = {r.expectation_config.id: r for r in outcome.results}
    for item, expectation_id in runnable:
        result = by_id[expectation_id]
        detail = ""
        if not result.success:
            info = result.result or {}
            examples = info.get("partial_unexpected_list") or []
            detail = (f"{info.get('unexpected_count', '?')} row(s) fail"
                      + (f"; e.g. {examples[:3]}" if examples else "")
                      + _rows_hint(frame, data, table, info))
            if result.exception_info and result.exception_info.get("raised_exception"):
                detail = result.exception_info.get("exception_message", "error")[:200]
            if item["type"] == "expect_table_row_count_to_be_between":
                detail = f"{info.get('observed_value')} rows, expected {item['min_value']}.." \
                         f"{item['max_value'] if item['max_value'] is not None else ''}"
        results.append(_result(item, bool(result.success), detail))
    return results


def _key(item: dict[str, Any]) -> str:
    return json.dumps(item, sort_keys=True, default=str)


def _rows_hint(frame: pd.DataFrame, data: PackageData, table: str, info: dict) -> str:
    indices = info.get("partial_unexpected_index_list") or []
    key = data.resource(table)["schema"].get("primaryKey", [])
    if not indices or not key or not all(k in frame for k in key):
        return ""
    rows = [", ".join(str(frame.at[i, k]) for k in key) for i in indices[:3] if i in frame.index]
    return f"; rows {rows}" if rows else ""


def _result(item: dict[str, Any], success: bool | None, detail: str) -> dict[str, Any]:
    column = item.get("column") or ",".join(item.get("column_list", []))
    check = re.sub(r"^check:", "", column) if column.startswith("check:") else item["type"]
    return {"expectation": item["type"], "column": column, "check": check,
            "success": success, "detail": detail}
