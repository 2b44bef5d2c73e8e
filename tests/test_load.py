"""newstables.load: every table as a DataFrame with the schema's types, from CSV, Parquet or zip.

`tiny_tables()` is a small package of our own, valid for Frictionless, whose text uses "NA"
(Namibia's ISO 3166-1 alpha-2 code) as a word: other tests build on it too.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
import pandas.testing as pdt
import pytest

import newstables
from newstables import package, schema
from newstables.errors import InputError

from .conftest import PUBLISHED

# Fields are offsets into this text; "NA" is both a mention of Namibia and a quoted word.
TEXT = 'Talks in NA\n\nThe envoy said: "NA". Officials met in Windhoek on Monday.\n'
DOC = "doc_00000000000000a1"


def _at(word: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(word, after)
    return start, start + len(word)


def tiny_tables() -> dict[str, list[dict[str, Any]]]:
    """Rows for every table of a small package (fresh copies, so a test may change them)."""
    quote = _at("NA", TEXT.index('"'))
    cue = _at("said")
    mention = _at("NA")
    trigger = _at("met")
    sentence = _at("Officials met in Windhoek on Monday.")
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [{"document_id": DOC, "title": "=Talks in NA", "publisher": "",
                       "attribution": "Example Wire", "published_date": "2020-03-02",
                       "published_date_basis": "stated",
                       "published_date_note": "The dateline gives the date.", "language": "en",
                       "license": "CC0-1.0", "char_count": len(TEXT), "sha256": "a" * 64,
                       "path": "articles/tiny.txt"}],
        "actors": [
            {"actor_id": "act_00000000000000b1", "name": "the envoy", "kind": "anonymous",
             "title": "NA", "role": "envoy", "mention_count": 1},
            {"actor_id": "act_00000000000000b2", "name": "Officials", "kind": "group",
             "mention_count": 1}],
        "organisations": [],
        "places": [
            {"place_id": "plc_00000000000000c1", "name": "Namibia", "kind": "country",
             "country": "NAM", "wikidata_id": "Q1030", "mention_count": 1},
            {"place_id": "plc_00000000000000c2", "name": "Windhoek", "kind": "city",
             "country": "NAM", "mention_count": 1}],
        "mentions": [
            {"mention_id": "men_00000000000000d1", "document_id": DOC, "start": mention[0],
             "end": mention[1], "text": "NA", "entity_kind": "place", "mention_type": "name",
             "place_id": "plc_00000000000000c1"}],
        "quotes": [
            {"quote_id": "quo_00000000000000e1", "document_id": DOC, "start": quote[0],
             "end": quote[1], "text": "NA", "kind": "direct", "paragraph": 1,
             "speaker_id": "act_00000000000000b1", "speaker_method": "description", "cue": "said",
             "cue_start": cue[0], "cue_end": cue[1]},
            {"quote_id": "quo_00000000000000e2", "document_id": DOC, "start": 0, "end": 5,
             "text": "Talks", "kind": "scare", "paragraph": 0, "speaker_method": "none"}],
        "events": [
            {"event_id": "evt_00000000000000f1", "document_id": DOC, "event_type": "CONSULT",
             "cameo_code": "043", "trigger": "met", "trigger_start": trigger[0],
             "trigger_end": trigger[1], "evidence": TEXT[sentence[0]:sentence[1]],
             "evidence_start": sentence[0], "evidence_end": sentence[1], "date": "2020-03-02",
             "date_precision": "day", "date_text": "on Monday",
             "place_id": "plc_00000000000000c2", "modality": "asserted"},
            {"event_id": "evt_00000000000000f2", "document_id": DOC, "event_type": "CONSULT",
             "cameo_code": "04", "trigger": "Talks", "trigger_start": 0, "trigger_end": 5,
             "evidence": "Talks in NA", "evidence_start": 0, "evidence_end": 11,
             "modality": "asserted"}],
        "event_participants": [
            {"participant_id": "par_0000000000000011", "event_id": "evt_00000000000000f1",
             "role": "source", "entity_kind": "actor", "actor_id": "act_00000000000000b2"}],
        "affiliations": [],
    }
    return copy.deepcopy(rows)


def write_tiny(out: Path, tables: dict[str, list[dict[str, Any]]] | None = None,
               src: dict[str, Any] | None = None) -> Path:
    package.write(tables or tiny_tables(), out, src)
    return out


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tiny(tmp_path / "tiny")


def _fields(table: str) -> list[dict[str, Any]]:
    return schema.source()["tables"][table]["fields"]


@pytest.mark.parametrize("where", ["tiny", "published"])
def test_csv_and_parquet_load_to_equal_frames(where: str, tiny: Path) -> None:
    root = tiny if where == "tiny" else PUBLISHED
    from_csv, from_parquet = newstables.load(root), newstables.load(root, format="parquet")
    assert list(from_csv) == schema.table_names()
    for table in from_csv:
        pdt.assert_frame_equal(from_csv[table], from_parquet[table], check_exact=True)


def test_columns_have_the_schema_types(tiny: Path) -> None:
    tables = newstables.load(tiny)
    for table, frame in tables.items():
        assert list(frame.columns) == [f["name"] for f in _fields(table)]
        for field in _fields(table):
            column, enum = frame[field["name"]], field.get("constraints", {}).get("enum")
            if enum:
                assert isinstance(column.dtype, pd.CategoricalDtype), field["name"]
                assert list(column.dtype.categories) == enum
            elif field["type"] == "integer":
                assert column.dtype == "Int64", field["name"]
            elif field["type"] == "date":
                assert pd.api.types.is_datetime64_dtype(column), field["name"]
            else:
                assert column.dtype == "string", field["name"]
    events = tables["events"].set_index("event_id")
    assert events.loc["evt_00000000000000f1", "date"] == pd.Timestamp("2020-03-02")
    assert pd.isna(events.loc["evt_00000000000000f2", "date"])
    assert pd.isna(tables["quotes"].set_index("quote_id").loc["quo_00000000000000e2",
                                                              "cue_start"])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_string_NA_stays_a_string_and_only_empty_cells_are_missing(fmt: str,
                                                                       tiny: Path) -> None:
    tables = newstables.load(tiny, format=fmt)
    quotes = tables["quotes"].set_index("quote_id")
    assert quotes.loc["quo_00000000000000e1", "text"] == "NA"
    assert tables["mentions"]["text"].tolist() == ["NA"]
    actors = tables["actors"].set_index("actor_id")
    assert actors.loc["act_00000000000000b1", "title"] == "NA"
    assert pd.isna(actors.loc["act_00000000000000b2", "title"])
    assert tables["documents"]["title"].tolist() == ["=Talks in NA"]


def test_a_zip_and_its_datapackage_json_load_like_the_folder(tiny: Path, tmp_path: Path) -> None:
    archive = tmp_path / "tiny.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(tiny.rglob("*")):
            zf.write(path, path.relative_to(tiny).as_posix())
    folder = newstables.load(tiny)
    for other in (newstables.load(archive), newstables.load(tiny / "datapackage.json")):
        for table in folder:
            pdt.assert_frame_equal(folder[table], other[table])


def test_frictionless_to_pandas_loads_every_resource() -> None:
    from frictionless import Package

    tables = newstables.load(PUBLISHED)
    frictionless_package = Package(str(PUBLISHED / "datapackage.json"))
    for resource in frictionless_package.resources:
        frame = resource.to_pandas()
        table = resource.name.removesuffix(schema.PARQUET_SUFFIX)
        assert len(frame) == len(tables[table]), resource.name


def test_frictionless_to_pandas_also_keeps_NA(tiny: Path) -> None:
    from frictionless import Package

    quotes = Package(str(tiny / "datapackage.json")).get_table_resource("quotes").to_pandas()
    assert "NA" in quotes["text"].tolist()


def test_not_a_package_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        newstables.load(tmp_path)
    with pytest.raises(ValueError):
        newstables.load(PUBLISHED, format="xlsx")  # type: ignore[arg-type]


def test_a_partitioned_parquet_copy_loads_like_the_csv(tmp_path: Path) -> None:
    src = schema.source()
    streams = {name: [package.sort_rows(name, rows, src)] for name, rows in tiny_tables().items()}
    package.write_streams(streams, tmp_path / "parts", src, partitioned=True)
    from_csv = newstables.load(tmp_path / "parts")
    from_parquet = newstables.load(tmp_path / "parts", format="parquet")
    for table in from_csv:
        pdt.assert_frame_equal(from_csv[table], from_parquet[table], check_exact=True)
