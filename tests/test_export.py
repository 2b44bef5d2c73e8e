"""`newstables export duckdb`: one database with every table, its types, keys and enums."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

import newstables
from newstables.export import SQL_TYPES, export_duckdb

from .conftest import PUBLISHED, cli
from .test_load import write_tiny


def _csv_resources(package: Path) -> list[dict]:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return [r for r in descriptor["resources"] if r["format"] == "csv"]


def test_cli_writes_a_database_with_every_table_and_its_constraints(tmp_path: Path) -> None:
    out = tmp_path / "db" / "news.duckdb"
    done = cli("export", "duckdb", "--package", str(PUBLISHED), "--out", str(out))
    assert done.returncode == 0, done.stderr
    tables = newstables.load(PUBLISHED)
    with duckdb.connect(str(out), read_only=True) as con:
        constraints = con.execute("SELECT table_name, constraint_type, constraint_column_names, "
                              "referenced_table, referenced_column_names "
                              "FROM duckdb_constraints()").fetchall()
        for resource in _csv_resources(PUBLISHED):
            name, schema = resource["name"], resource["schema"]
            count = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert count == len(tables[name]), name
            types = dict(con.execute("SELECT column_name, data_type FROM "
                                     "information_schema.columns WHERE table_name = ? "
                                     "ORDER BY ordinal_position", [name]).fetchall())
            assert list(types) == [f["name"] for f in schema["fields"]]
            assert all(types[f["name"]] == SQL_TYPES[f["type"]] for f in schema["fields"])
            assert (name, "PRIMARY KEY", schema["primaryKey"], None, []) in [
                (t, k, c, r or None, rc or []) for t, k, c, r, rc in constraints], name
            for fk in schema.get("foreignKeys", []):
                ref = fk["reference"]
                assert (name, "FOREIGN KEY", fk["fields"], ref["resource"], ref["fields"]) \
                    in constraints, (name, fk)


def test_the_database_enforces_keys_enums_and_keeps_NA(tmp_path: Path) -> None:
    tiny = write_tiny(tmp_path / "tiny")
    database = export_duckdb(tiny, tmp_path / "tiny.duckdb")
    with duckdb.connect(str(database)) as con:
        assert con.execute("SELECT text FROM quotes WHERE quote_id = 'quo_00000000000000e1'"
                       ).fetchone() == ("NA",)
        assert con.execute("SELECT count(*) FROM actors WHERE title IS NULL").fetchone() == (1,)
        assert con.execute("SELECT published_date FROM documents").fetchone()[0].isoformat() \
            == "2020-03-02"
        said = con.execute("SELECT a.name FROM quotes q JOIN actors a ON a.actor_id = q.speaker_id"
                       ).fetchall()
        assert said == [("the envoy",)]
        with pytest.raises(duckdb.ConstraintException):  # duplicate primary key
            con.execute("INSERT INTO places (place_id, name, kind, mention_count) "
                        "VALUES ('plc_00000000000000c1', 'Again', 'city', 1)")
        with pytest.raises(duckdb.ConstraintException):  # dangling foreign key
            con.execute("UPDATE quotes SET speaker_id = 'act_ffffffffffffffff' "
                        "WHERE quote_id = 'quo_00000000000000e2'")
        with pytest.raises(duckdb.ConstraintException):  # not in the enum
            con.execute("INSERT INTO places (place_id, name, kind, mention_count) "
                        "VALUES ('plc_00000000000000c9', 'Mars', 'planet', 1)")


def test_a_zip_exports_like_its_folder(tmp_path: Path) -> None:
    import zipfile

    tiny = write_tiny(tmp_path / "tiny")
    archive = tmp_path / "tiny.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(tiny.rglob("*")):
            zf.write(path, path.relative_to(tiny).as_posix())
    database = export_duckdb(archive, tmp_path / "from-zip.duckdb")
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mentions").fetchone() == (1,)
    assert not list(tmp_path.glob(".from-zip.duckdb.*"))  # no temporary file left behind
