"""Validation in chunks: the report does not depend on how many rows are checked at a time.

Each table is read and checked a chunk of rows at a time, with uniqueness, row counts and
cross-table facts decided over the whole table. A package validated 7 rows at a time must give
the very report that one chunk gives, for the valid package and for corrupted ones, and a fault
in a late chunk is found and named by its row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from newstables import validate
from newstables.validate import expectations
from newstables.validate.semantic import to_int
from newstables.validate.tables import load, read_csv_chunks, read_csv_frame

from .conftest import RAW
from .test_validation import actor_mentions, edit, fails_with, pkg, read, write_bytes

__all__ = ["pkg"]  # the fixture, shared with test_validation
SMALL = 7  # rows per chunk: the seed's larger tables span many chunks


def both(path: Path, raw: Path | None = RAW) -> tuple[validate.Report, validate.Report]:
    """The report with every table in one chunk, and with SMALL rows per chunk."""
    return validate.run(path, raw), validate.run(path, raw, chunk_rows=SMALL)


def test_the_seed_package_gives_the_same_report_in_chunks(fresh_build: Path) -> None:
    whole, chunked = both(fresh_build)
    assert whole.valid
    assert chunked.to_json() == whole.to_json()
    assert chunked.to_json() == (fresh_build / validate.REPORT_NAME).read_text(encoding="utf-8")
    assert max(t["rows"] for t in whole.tables.values()) > 3 * SMALL  # many chunks indeed


def test_without_raw_the_chunked_report_is_the_same(fresh_build: Path) -> None:
    whole, chunked = both(fresh_build, None)
    assert chunked.to_json() == whole.to_json()
    assert not chunked.raw_checked


def _dup_key(f: pd.DataFrame) -> None:
    f.loc[f.index[-1], "mention_id"] = f.loc[f.index[0], "mention_id"]  # first and last chunk


def _dangle(f: pd.DataFrame) -> None:
    f.loc[actor_mentions(f).index[-1], "actor_id"] = "act_0000000000000000"


def _shift(f: pd.DataFrame) -> None:
    for row in f.index[::9]:  # one row in every other chunk or so
        f.loc[row, "start"] = str(int(f.loc[row, "start"]) + 1)
        f.loc[row, "end"] = str(int(f.loc[row, "end"]) + 1)


def _alien(f: pd.DataFrame) -> None:
    f.loc[f.index[-1], "entity_kind"] = "planet"


def _words(f: pd.DataFrame) -> None:
    f.loc[f.index[len(f) // 2], "end"] = "twelve"


def _swap(f: pd.DataFrame) -> pd.DataFrame:
    columns = list(f.columns)
    i, j = columns.index("start"), columns.index("end")
    columns[i], columns[j] = columns[j], columns[i]
    return f[columns]


def _mention_count(f: pd.DataFrame) -> None:
    f.loc[f.index[-1], "mention_count"] = str(int(f.loc[f.index[-1], "mention_count"]) + 1)


def _null_name(f: pd.DataFrame) -> None:
    f.loc[f.index[-1], "name"] = None


MUTATIONS: dict[str, tuple[str, Callable[[pd.DataFrame], pd.DataFrame | None]]] = {
    "duplicate key across chunks": ("mentions", _dup_key),
    "duplicated row": ("actors", lambda f: pd.concat([f, f.iloc[[0]]])),
    "dangling foreign key": ("mentions", _dangle),
    "offsets shifted in many chunks": ("mentions", _shift),
    "value outside its enum": ("mentions", _alien),
    "wrong type": ("mentions", _words),
    "columns swapped": ("mentions", _swap),
    "mention count": ("actors", _mention_count),
    "null in a required column": ("actors", _null_name),
    "document removed": ("documents", lambda f: f.iloc[1:]),
    "emptied table": ("mentions", lambda f: f.iloc[0:0]),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_a_corrupted_package_gives_the_same_report_in_chunks(pkg: Path, name: str) -> None:
    table, change = MUTATIONS[name]
    edit(pkg, table, change)
    whole, chunked = both(pkg)
    assert not whole.valid
    assert chunked.to_json() == whole.to_json()


def test_an_unreadable_table_gives_the_same_report_in_chunks(pkg: Path) -> None:
    blob = (pkg / "data" / "mentions.csv").read_bytes()
    write_bytes(pkg, "mentions", blob + b'"unterminated,\n')  # breaks in the last chunk
    whole, chunked = both(pkg)
    fails_with(chunked, "mentions", "readable")
    assert chunked.to_json() == whole.to_json()


def test_faults_in_late_chunks_are_found_and_named_by_row(pkg: Path) -> None:
    frame = read(pkg, "mentions")
    bad = list(frame.index[SMALL + 1::SMALL])  # one row in each chunk but the first
    assert len(bad) > 5

    def negative(f: pd.DataFrame) -> None:
        f.loc[bad, "start"] = "-1"
    edit(pkg, "mentions", negative)
    report = validate.run(pkg, RAW, chunk_rows=SMALL)
    hit = fails_with(report, "mentions", "expect_column_values_to_be_between", "start")
    assert hit["detail"] == f"{len(bad)} of {len(frame)} rows fail; values [-1, -1, -1]"
    assert hit["rows"] == list(frame.loc[bad[:5], "mention_id"])  # the first five, in order
    fails_with(report, "mentions", "offsets_within_document")


def test_a_duplicate_split_across_chunks_is_found(pkg: Path) -> None:
    frame = read(pkg, "actors")
    first, last = frame["actor_id"].iloc[0], frame["actor_id"].iloc[-1]
    edit(pkg, "actors", lambda f: pd.concat([f, f.iloc[[0]]]))  # row 0 again, at the end
    report = validate.run(pkg, RAW, chunk_rows=SMALL)
    hit = fails_with(report, "actors", "expect_column_values_to_be_unique", "actor_id")
    assert hit["detail"].startswith(f"2 of {len(frame) + 1} rows fail")
    assert hit["rows"] == [first] and first != last


# --- the pieces ----------------------------------------------------------------------------


def test_csv_chunks_read_as_the_whole_frame_reads(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('id,note\na,NA\nb,\nc,"x, y"\nd,z\ne,\n', encoding="utf-8")
    chunks = list(read_csv_chunks(path, 2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    joined = pd.concat(chunks)
    assert list(joined.index) == [0, 1, 2, 3, 4]  # row numbers continue across chunks
    pd.testing.assert_frame_equal(joined, read_csv_frame(path))
    assert joined["note"].iloc[0] == "NA" and joined["note"].iloc[2] == "x, y"
    assert pd.isna(joined["note"].iloc[1])  # an empty cell is missing, "NA" is text


def test_a_header_only_csv_gives_one_empty_chunk(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,note\n", encoding="utf-8")
    (chunk,) = read_csv_chunks(path, 5)
    assert chunk.empty and list(chunk.columns) == ["id", "note"]


def test_whole_numbers_are_read_value_by_value() -> None:
    values = pd.Series(["3", "2.5", "x", None, "7", "1e400"])
    assert to_int(values).tolist() == [3, pd.NA, pd.NA, pd.NA, 7, pd.NA]
    # A value's outcome does not depend on its neighbours (as a chunk's must not).
    assert to_int(values.iloc[4:]).tolist() == [7, pd.NA]


def test_an_aggregate_expectation_is_refused_not_skipped(fresh_build: Path, tmp_path: Path
                                                         ) -> None:
    suites = tmp_path / "validation"
    suites.mkdir()
    (suites / "places.yaml").write_text(
        "expectations:\n  - {type: expect_column_mean_to_be_between, column: mention_count, "
        "min_value: 0, max_value: 1000}\n", encoding="utf-8")
    data = load(fresh_build, None)
    try:
        _, results = expectations.run(data, "places", suites=suites, chunk_rows=SMALL)
    finally:
        data.close()
    (hit,) = [r for r in results if r["expectation"] == "expect_column_mean_to_be_between"]
    assert hit["success"] is False and hit["detail"].startswith("unsupported")

