"""Validation catches every way the tables can be wrong, naming the check that failed.

A valid package is built once from the repository's raw/ (whatever it holds at test time); each
test corrupts a copy in one way and asserts that validation fails with the right check, table and
column. After editing a CSV, the descriptor's `bytes` and `hash` are brought up to date, so the
check under test is proved to fire on its own, not only Frictionless's hash check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from newstables import build, validate
from newstables.errors import InputError, ValidationFailed
from newstables.package import csv_bytes
from newstables.validate import expectations
from newstables.validate.tables import read_csv_frame

from .conftest import RAW, tree_bytes

Failed = set[tuple[str, str, str | None]]


# --- helpers -----------------------------------------------------------------------------------

@pytest.fixture
def pkg(fresh_build: Path, tmp_path: Path) -> Path:
    """A private copy of the valid package."""
    return Path(shutil.copytree(fresh_build, tmp_path / "pkg"))


def read(pkg: Path, table: str) -> pd.DataFrame:
    return read_csv_frame(pkg / "data" / f"{table}.csv")


def descriptor(pkg: Path) -> dict:
    return json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))


def save_descriptor(pkg: Path, body: dict) -> None:
    (pkg / "datapackage.json").write_text(json.dumps(body, indent=2), encoding="utf-8")


def write_bytes(pkg: Path, table: str, blob: bytes, fix_hash: bool = True) -> None:
    """Replace a table's CSV; keep the descriptor's bytes and hash true unless told not to."""
    (pkg / "data" / f"{table}.csv").write_bytes(blob)
    if fix_hash:
        body = descriptor(pkg)
        for resource in body["resources"]:
            if resource["name"] == table:
                resource["bytes"] = len(blob)
                resource["hash"] = f"sha256:{hashlib.sha256(blob).hexdigest()}"
        save_descriptor(pkg, body)


def edit(pkg: Path, table: str, change: Callable[[pd.DataFrame], pd.DataFrame | None]) -> None:
    """Rewrite a table's CSV after `change` edits its frame (all cells strings, None = empty)."""
    frame = read(pkg, table)
    result = change(frame)  # edits the frame in place, or returns a new one
    frame = frame if result is None else result
    rows = [{k: (None if pd.isna(v) else v) for k, v in row.items()}
            for row in frame.to_dict(orient="records")]
    write_bytes(pkg, table, csv_bytes(list(frame.columns), rows))


def check(pkg: Path, raw: Path = RAW) -> validate.Report:
    return validate.run(pkg, raw)


def failed(report: validate.Report) -> Failed:
    """(table, check, column) of every failed check."""
    return {(f["table"], f["check"], f["column"]) for f in report.failed_checks()}


def fails_with(report: validate.Report, table: str, check_name: str,
               column: str | None = None) -> dict:
    """Assert the report is invalid and names this check; return its record."""
    assert not report.valid
    hits = [f for f in report.failed_checks() if f["table"] == table
            and f["check"] == check_name and (column is None or f["column"] == column)]
    assert hits, f"{table} {check_name} [{column}] not among:\n" + "\n".join(report.failures())
    return hits[0]


def actor_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["entity_kind"] == "actor"]


def nonempty(pkg: Path, table: str) -> pd.DataFrame:
    frame = read(pkg, table)
    if frame.empty:
        pytest.skip(f"raw/ gives no {table} rows")
    return frame


# --- the untouched build -----------------------------------------------------------------------

def test_the_untouched_build_passes_every_check(fresh_build: Path) -> None:
    report = check(fresh_build)
    assert report.valid, report.summary()
    assert report.raw_checked
    body = json.loads(report.to_json())
    assert all(t["failed"] == 0 and t["skipped"] == 0 for t in body["tables"].values())
    assert body["frictionless"]["valid"] and body["parquet_matches_csv"]["valid"]
    # Every table has the schema-derived and the semantic checks, not an empty suite.
    assert {"mentions", "quotes", "events", "documents", "actors"} <= set(body["tables"])
    checks = {r["check"] for t in body["tables"].values() for r in t["results"]}
    assert {"text_at_offsets", "offsets_within_document", "exactly_one_reference",
            "has_mention", "date_not_after_publication", "foreign_key", "type:integer",
            "expect_table_row_count_to_be_between", "expect_column_values_to_be_unique",
            "expect_compound_columns_to_be_unique", "expect_column_values_to_be_in_set",
            "expect_column_values_to_match_regex", "expect_column_values_to_not_be_null",
            "expect_table_columns_to_match_ordered_list"} <= checks


def test_the_published_report_is_deterministic(fresh_build: Path) -> None:
    published = (fresh_build / validate.REPORT_NAME).read_text(encoding="utf-8")
    assert json.loads(published)["valid"] is True
    assert check(fresh_build).to_json() == published


def test_without_raw_the_text_checks_are_skipped_not_passed(fresh_build: Path) -> None:
    report = validate.run(fresh_build)
    assert report.valid and not report.raw_checked
    skipped = {r["check"] for t in report.tables.values() for r in t["results"]
               if r["success"] is None}
    assert skipped == {"text_at_offsets", "document_matches_raw"}


def test_a_zip_of_the_package_validates(fresh_build: Path, tmp_path: Path) -> None:
    archive = tmp_path / "newstables.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(fresh_build.rglob("*")):
            zf.write(path, Path("newstables", path.relative_to(fresh_build)).as_posix())
    assert validate.run(archive, RAW).valid


def test_a_folder_without_descriptor_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        validate.run(tmp_path)


# --- the mutations -----------------------------------------------------------------------------

def test_duplicate_primary_key(pkg: Path) -> None:
    def dup(f: pd.DataFrame) -> None:
        f.loc[f.index[1], "mention_id"] = f.loc[f.index[0], "mention_id"]
    edit(pkg, "mentions", dup)
    report = check(pkg)
    hit = fails_with(report, "mentions", "expect_column_values_to_be_unique", "mention_id")
    assert read(pkg, "mentions")["mention_id"].iloc[0] in hit["rows"]  # rows named by key
    fails_with(report, "mentions", "primary-key")  # and Frictionless agrees


def test_duplicated_row(pkg: Path) -> None:
    edit(pkg, "actors", lambda f: pd.concat([f, f.iloc[[0]]]))
    report = check(pkg)
    fails_with(report, "actors", "expect_column_values_to_be_unique", "actor_id")
    fails_with(report, "actors", "primary-key")


def test_dangling_foreign_key(pkg: Path) -> None:
    def dangle(f: pd.DataFrame) -> None:
        f.loc[actor_mentions(f).index[0], "actor_id"] = "act_0000000000000000"
    edit(pkg, "mentions", dangle)
    report = check(pkg)
    hit = fails_with(report, "mentions", "foreign_key", "fk:actor_id->actors")
    assert len(hit["rows"]) == 1 and hit["rows"][0].startswith("men_")
    fails_with(report, "mentions", "foreign-key")


def test_offset_shifted_by_one(pkg: Path) -> None:
    def shift(f: pd.DataFrame) -> None:
        row = f.index[0]
        f.loc[row, "start"] = str(int(f.loc[row, "start"]) + 1)
        f.loc[row, "end"] = str(int(f.loc[row, "end"]) + 1)
    edit(pkg, "mentions", shift)
    report = check(pkg)
    fails_with(report, "mentions", "text_at_offsets", "check:text_at_offsets(text,start,end)")
    assert ("mentions", "offsets_within_document",
            "check:offsets_within_document(start,end)") not in failed(report)


def test_quote_text_that_no_longer_matches_the_article(pkg: Path) -> None:
    nonempty(pkg, "quotes")

    def alter(f: pd.DataFrame) -> None:
        text = f.loc[f.index[0], "text"]
        f.loc[f.index[0], "text"] = ("X" if text[0] != "X" else "Y") + text[1:]  # same length
    edit(pkg, "quotes", alter)
    report = check(pkg)
    fails_with(report, "quotes", "text_at_offsets", "check:text_at_offsets(text,start,end)")
    assert not any(c == "text_length_matches_offsets" for _, c, _ in failed(report))


def test_raw_article_edited_after_the_build(pkg: Path, raw_copy: Path) -> None:
    article = sorted(raw_copy.rglob("*.txt"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text("x" + text[1:], encoding="utf-8")  # same length, other bytes
    report = check(pkg, raw_copy)
    fails_with(report, "documents", "document_matches_raw")


def test_event_trigger_and_quote_cue_text_are_checked(pkg: Path) -> None:
    nonempty(pkg, "events")
    quotes = nonempty(pkg, "quotes")
    if quotes["cue"].isna().all():
        pytest.skip("raw/ gives no quote with a cue")

    def trigger(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "trigger"] = f.loc[f.index[0], "trigger"][::-1] + "!"
        f.loc[f.index[0], "trigger_end"] = str(int(f.loc[f.index[0], "trigger_end"]) + 1)

    def cue(f: pd.DataFrame) -> None:
        row = f[f["cue"].notna()].index[0]
        f.loc[row, "cue"] = f.loc[row, "cue"].upper() + "Z"
        f.loc[row, "cue_end"] = str(int(f.loc[row, "cue_end"]) + 1)
    edit(pkg, "events", trigger)
    edit(pkg, "quotes", cue)
    report = check(pkg)
    fails_with(report, "events", "text_at_offsets",
               "check:text_at_offsets(trigger,trigger_start,trigger_end)")
    fails_with(report, "quotes", "text_at_offsets",
               "check:text_at_offsets(cue,cue_start,cue_end)")


def test_evidence_outside_its_sentence(pkg: Path) -> None:
    nonempty(pkg, "events")

    def move(f: pd.DataFrame) -> None:  # the trigger now starts before its evidence sentence
        f.loc[f.index[0], "evidence_start"] = str(int(f.loc[f.index[0], "trigger_start"]) + 1)
    edit(pkg, "events", move)
    report = check(pkg)
    fails_with(report, "events", "span_inside")
    fails_with(report, "events", "text_length_matches_offsets",
               "check:text_length_matches_offsets(evidence,evidence_start,evidence_end)")


def test_null_in_a_required_column(pkg: Path) -> None:
    def blank(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "name"] = None
    edit(pkg, "actors", blank)
    report = check(pkg)
    fails_with(report, "actors", "expect_column_values_to_not_be_null", "name")
    fails_with(report, "actors", "constraint-error")


def test_value_outside_its_enum(pkg: Path) -> None:
    def alien(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "entity_kind"] = "planet"
    edit(pkg, "mentions", alien)
    report = check(pkg)
    hit = fails_with(report, "mentions", "expect_column_values_to_be_in_set", "entity_kind")
    assert "planet" in hit["detail"]
    fails_with(report, "mentions", "exactly_one_reference")


def test_value_that_breaks_a_pattern(pkg: Path) -> None:
    def lower(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "language"] = "EN"
    edit(pkg, "documents", lower)
    fails_with(check(pkg), "documents", "expect_column_values_to_match_regex", "language")


def test_negative_offset(pkg: Path) -> None:
    def negative(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "start"] = "-1"
    edit(pkg, "mentions", negative)
    report = check(pkg)
    fails_with(report, "mentions", "expect_column_values_to_be_between", "start")
    fails_with(report, "mentions", "offsets_within_document")


def test_reversed_offsets(pkg: Path) -> None:
    def reverse(f: pd.DataFrame) -> None:
        row = f.index[0]
        f.loc[row, ["start", "end"]] = [f.loc[row, "end"], f.loc[row, "start"]]
    edit(pkg, "mentions", reverse)
    report = check(pkg)
    fails_with(report, "mentions", "offsets_within_document",
               "check:offsets_within_document(start,end)")


def test_offset_beyond_the_end_of_the_document(pkg: Path) -> None:
    length = int(read(pkg, "documents")["char_count"].iloc[0])
    doc = read(pkg, "documents")["document_id"].iloc[0]

    def beyond(f: pd.DataFrame) -> None:
        row = f[f["document_id"] == doc].index[0]
        width = int(f.loc[row, "end"]) - int(f.loc[row, "start"])
        f.loc[row, ["start", "end"]] = [str(length), str(length + width)]
    edit(pkg, "mentions", beyond)
    fails_with(check(pkg), "mentions", "offsets_within_document")


def test_document_row_removed(pkg: Path) -> None:
    edit(pkg, "documents", lambda f: f.iloc[1:])
    report = check(pkg)
    fails_with(report, "mentions", "foreign_key", "fk:document_id->documents")
    fails_with(report, "mentions", "foreign-key")


def test_column_of_the_wrong_type(pkg: Path) -> None:
    def words(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "end"] = "twelve"
    edit(pkg, "mentions", words)
    report = check(pkg)
    fails_with(report, "mentions", "type:integer", "type:integer(end)")
    fails_with(report, "mentions", "type-error")


@pytest.mark.parametrize("table", ["documents", "actors", "mentions"])
def test_emptied_table(pkg: Path, table: str) -> None:
    edit(pkg, table, lambda f: f.iloc[0:0])
    hit = fails_with(check(pkg), table, "expect_table_row_count_to_be_between")
    assert hit["detail"].startswith("0 rows")


def test_row_count_above_the_bound_for_the_text_length(pkg: Path) -> None:
    spec = expectations.suite_spec("mentions")["row_count"]
    docs = read(pkg, "documents")
    ceiling = (spec["max_per_document"] * len(docs)
               + spec["max_per_1000_chars"] * docs["char_count"].astype(int).sum() // 1000)

    def flood(f: pd.DataFrame) -> pd.DataFrame:
        extra = pd.concat([f.iloc[[0]]] * (ceiling + 1 - len(f)), ignore_index=True)
        extra["mention_id"] = [f"men_{n:016x}" for n in range(len(extra))]
        return pd.concat([f, extra], ignore_index=True)
    edit(pkg, "mentions", flood)
    hit = fails_with(check(pkg), "mentions", "expect_table_row_count_to_be_between")
    assert hit["detail"] == f"{ceiling + 1} rows, expected 1..{ceiling}"


def test_two_columns_swapped(pkg: Path) -> None:
    def swap(f: pd.DataFrame) -> pd.DataFrame:
        columns = list(f.columns)
        i, j = columns.index("start"), columns.index("end")
        columns[i], columns[j] = columns[j], columns[i]
        return f[columns]  # the values move with their header: only the order is wrong
    edit(pkg, "mentions", swap)
    report = check(pkg)
    fails_with(report, "mentions", "expect_table_columns_to_match_ordered_list", "*")
    fails_with(report, "mentions", "incorrect-label")


def test_two_columns_values_exchanged(pkg: Path) -> None:
    def exchange(f: pd.DataFrame) -> None:
        f[["entity_kind", "mention_type"]] = f[["mention_type", "entity_kind"]].to_numpy()
    edit(pkg, "mentions", exchange)
    report = check(pkg)
    fails_with(report, "mentions", "expect_column_values_to_be_in_set", "entity_kind")
    fails_with(report, "mentions", "expect_column_values_to_be_in_set", "mention_type")


def test_wrong_csv_hash(pkg: Path) -> None:
    body = descriptor(pkg)
    body["resources"][0]["hash"] = "sha256:" + "0" * 64
    save_descriptor(pkg, body)
    report = check(pkg)
    fails_with(report, body["resources"][0]["name"], "hash-count")
    assert [f["source"] for f in report.failed_checks()] == ["frictionless"]


def test_wrong_csv_byte_count(pkg: Path) -> None:
    body = descriptor(pkg)
    body["resources"][0]["bytes"] += 1
    save_descriptor(pkg, body)
    fails_with(check(pkg), body["resources"][0]["name"], "byte-count")


def test_parquet_that_disagrees_with_its_csv(pkg: Path) -> None:
    path = pkg / "data" / "mentions.parquet"
    table = pq.read_table(path)
    pq.write_table(table.slice(1), path)  # one row fewer, otherwise the same file
    report = check(pkg)
    fails_with(report, "mentions", "parquet_matches_csv")
    assert {f["source"] for f in report.failed_checks()} <= {"parquet", "frictionless"}


def test_truncated_csv(pkg: Path) -> None:
    path = pkg / "data" / "mentions.csv"
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])  # cut mid-row; the descriptor still says otherwise
    report = check(pkg)
    fails_with(report, "mentions", "byte-count")
    fails_with(report, "mentions", "hash-count")
    fails_with(report, "mentions", "parquet_matches_csv")


def test_truncated_parquet(pkg: Path) -> None:
    path = pkg / "data" / "actors.parquet"
    path.write_bytes(path.read_bytes()[:100])
    hit = fails_with(check(pkg), "actors", "parquet_matches_csv")
    assert "unreadable" in hit["detail"]


def test_unreadable_csv(pkg: Path) -> None:
    write_bytes(pkg, "actors", b"actor_id,name\n\"unterminated\n")
    hit = fails_with(check(pkg), "actors", "readable")
    assert "ParserError" in hit["detail"]


def test_table_missing_from_the_descriptor(pkg: Path) -> None:
    body = descriptor(pkg)
    body["resources"] = [r for r in body["resources"] if r["name"] != "places"]
    save_descriptor(pkg, body)
    hit = fails_with(check(pkg), "places", "readable")
    assert "missing" in hit["detail"]


def test_descriptor_with_a_relaxed_schema(pkg: Path) -> None:
    body = descriptor(pkg)
    for resource in body["resources"]:
        if resource["name"] == "mentions":
            for field in resource["schema"]["fields"]:
                field.pop("constraints", None)
    save_descriptor(pkg, body)
    fails_with(check(pkg), "mentions", "schema_matches_source")


def test_mention_with_two_entity_ids(pkg: Path) -> None:
    actors = read(pkg, "actors")

    def both(f: pd.DataFrame) -> None:
        row = f[f["entity_kind"] != "actor"].index[0] if (f["entity_kind"] != "actor").any() \
            else f.index[0]
        f.loc[row, "actor_id"] = actors["actor_id"].iloc[0]
        if f.loc[row, "entity_kind"] == "actor":
            f.loc[row, "place_id"] = "plc_0000000000000000"
    edit(pkg, "mentions", both)
    report = check(pkg)
    fails_with(report, "mentions", "exactly_one_reference", "check:exactly_one_reference()")


def test_actor_with_no_mention(pkg: Path) -> None:
    actor = read(pkg, "actors")["actor_id"].iloc[0]
    edit(pkg, "mentions", lambda f: f[f["actor_id"] != actor])
    report = check(pkg)
    hit = fails_with(report, "actors", "has_mention", "check:has_mention(actor_id)")
    assert hit["rows"] == [actor]
    fails_with(report, "actors", "mention_count_matches")


def test_mention_count_that_disagrees(pkg: Path) -> None:
    def more(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "mention_count"] = str(int(f.loc[f.index[0], "mention_count"]) + 1)
    edit(pkg, "actors", more)
    fails_with(check(pkg), "actors", "mention_count_matches")


def test_duplicate_quote_for_the_same_span(pkg: Path) -> None:
    nonempty(pkg, "quotes")

    def again(f: pd.DataFrame) -> pd.DataFrame:
        copy = f.iloc[[0]].copy()
        copy["quote_id"] = "quo_" + "f" * 16
        return pd.concat([f, copy], ignore_index=True)
    edit(pkg, "quotes", again)
    fails_with(check(pkg), "quotes", "expect_compound_columns_to_be_unique",
               "document_id,start,end")


def test_quote_with_a_person_and_an_organisation_as_speaker(pkg: Path) -> None:
    quotes = nonempty(pkg, "quotes")
    if quotes["speaker_id"].isna().all():
        pytest.skip("raw/ gives no quote with a speaker")

    def both(f: pd.DataFrame) -> None:
        f.loc[f[f["speaker_id"].notna()].index[0], "speaker_organisation_id"] = "org_" + "0" * 16
    edit(pkg, "quotes", both)
    fails_with(check(pkg), "quotes", "at_most_one_set",
               "check:at_most_one_set(speaker_id+speaker_organisation_id)")


def _published(pkg: Path) -> dt.date:
    docs = read(pkg, "documents")
    if docs["published_date"].isna().all():
        pytest.skip("raw/ gives no document with a publication date")
    return dt.date.fromisoformat(docs["published_date"].dropna().iloc[0])


def test_event_date_after_publication(pkg: Path) -> None:
    nonempty(pkg, "events")
    published = _published(pkg)
    doc = read(pkg, "documents").dropna(subset=["published_date"])["document_id"].iloc[0]

    def later(f: pd.DataFrame) -> None:
        row = f[f["document_id"] == doc].index[0]
        f.loc[row, ["date", "date_precision"]] = [str(published + dt.timedelta(days=30)), "day"]
    edit(pkg, "events", later)
    report = check(pkg)
    fails_with(report, "events", "date_not_after_publication")
    assert ("events", "date_in_range", "check:date_in_range(date,1800-01-01,2100-12-31)") \
        not in failed(report)


def test_event_date_implausibly_early(pkg: Path) -> None:
    nonempty(pkg, "events")

    def ancient(f: pd.DataFrame) -> None:
        f.loc[f.index[0], ["date", "date_precision"]] = ["1066-10-14", "day"]
    edit(pkg, "events", ancient)
    report = check(pkg)
    fails_with(report, "events", "date_in_range")


def test_event_date_without_its_precision(pkg: Path) -> None:
    nonempty(pkg, "events")
    published = _published(pkg)

    def half(f: pd.DataFrame) -> None:
        f.loc[f.index[0], ["date", "date_precision"]] = [str(published), None]
    edit(pkg, "events", half)
    fails_with(check(pkg), "events", "all_or_none_set")


class Terminal(io.StringIO):
    """A text stream that says it is a terminal, as stdout does in an interactive shell."""

    def isatty(self) -> bool:
        return True


def test_summary_is_a_table_on_a_terminal_and_plain_text_otherwise(pkg: Path) -> None:
    edit(pkg, "actors", lambda f: pd.concat([f, f.iloc[[0]]]))
    report = check(pkg)
    plain, terminal = io.StringIO(), Terminal()
    report.print_summary(plain)
    report.print_summary(terminal)
    assert plain.getvalue() == report.summary() + "\n"
    assert "\x1b[" not in plain.getvalue() and "│" not in plain.getvalue()
    assert "│" in terminal.getvalue() and "INVALID" in terminal.getvalue()
    line = next(x for x in report.failures() if "actor_id" in x and "unique" in x)
    assert line in plain.getvalue()  # the failing check, its column and the rows by key
    assert read(pkg, "actors")["actor_id"].iloc[0] in line


# --- the command and the gate ------------------------------------------------------------------

NETWORK_GUARD = '''
import socket

def _refuse(*args, **kwargs):
    with open({marker!r}, "a") as log:
        log.write(repr(args[1:2]) + "\\n")
    raise OSError("network access during validation")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
'''


def _run_cli(args: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess, Path]:
    """`newstables` with every socket connection refused and logged, stdout and stderr piped."""
    guard, marker = tmp_path / "guard", tmp_path / "network-attempts.log"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD.format(marker=str(marker)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(guard), *filter(None, [os.environ.get("PYTHONPATH")])])}
    env.pop("GX_ANALYTICS_ENABLED", None)  # the tool must switch analytics off by itself
    done = subprocess.run([sys.executable, "-m", "newstables", "validate", *args],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    return done, marker


def test_cli_validates_offline_quietly_and_writes_the_report(fresh_build: Path,
                                                             tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done, marker = _run_cli([str(fresh_build), "--raw", str(RAW), "--report", str(report)],
                            tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not marker.exists(), marker.read_text()  # no connection was even attempted
    assert done.stderr == ""  # no progress bars, no warnings: nothing on stderr
    assert "\x1b[" not in done.stdout and "\r" not in done.stdout  # plain text when piped
    assert "VALID" in done.stdout and "mentions" in done.stdout
    assert json.loads(report.read_text())["valid"] is True


def test_cli_fails_on_a_corrupt_zip_naming_the_check(pkg: Path, tmp_path: Path) -> None:
    def dangle(f: pd.DataFrame) -> None:
        f.loc[actor_mentions(f).index[0], "actor_id"] = "act_0000000000000000"
    edit(pkg, "mentions", dangle)
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(pkg.rglob("*")):
            zf.write(path, path.relative_to(pkg).as_posix())
    report = tmp_path / "report.json"
    done, marker = _run_cli([str(archive), "--report", str(report)], tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert not marker.exists()
    assert "mentions: foreign_key [fk:actor_id->actors]" in done.stdout
    assert "INVALID" in done.stdout
    body = json.loads(report.read_text())
    assert body["valid"] is False and body["tables"]["mentions"]["failed"] >= 1


def test_the_gate_publishes_nothing_and_names_the_failure(fresh_build: Path,
                                                          tmp_path: Path) -> None:
    out = Path(shutil.copytree(fresh_build, tmp_path / "out"))
    staged = Path(shutil.copytree(fresh_build, tmp_path / "build" / "package"))
    before = tree_bytes(out)

    def alien(f: pd.DataFrame) -> None:
        f.loc[f.index[0], "kind"] = "robot"
    edit(staged, "actors", alien)
    with pytest.raises(ValidationFailed) as failure:
        build.run_publish(build.Paths(raw=RAW, build=tmp_path / "build", out=out))
    assert "actors: expect_column_values_to_be_in_set [kind]" in failure.value.summary
    assert tree_bytes(out) == before
