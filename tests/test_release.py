"""Releases (a deterministic, self-contained zip + SHA256SUMS) and `newstables diff`, which says
which semantic-version bump a change to the data requires."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newstables import schema
from newstables.diff import diff
from newstables.errors import InputError
from newstables.release import deterministic_zip, release

from .conftest import PUBLISHED, RAW, cli, tree_bytes
from .test_load import tiny_tables, write_tiny


def _version() -> str:
    return json.loads((PUBLISHED / "datapackage.json").read_text())["version"]


def test_release_zip_is_self_contained_valid_and_summed(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    done = cli("release", "--package", str(PUBLISHED), "--dist", str(dist), "--raw", str(RAW))
    assert done.returncode == 0, done.stderr[-3000:]
    archive = dist / f"newstables-{_version()}.zip"
    sums = (dist / "SHA256SUMS").read_text().splitlines()
    assert sums == [f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}"]
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout
    with zipfile.ZipFile(archive) as zf:
        assert {i.filename: zf.read(i) for i in zf.infolist()} == tree_bytes(PUBLISHED)
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    # Alone in another folder, the zip validates with Frictionless' own command.
    alone = tmp_path / "elsewhere"
    alone.mkdir()
    shutil.copy(archive, alone)
    exe = Path(sys.executable).with_name("frictionless")
    checked = subprocess.run([exe, "validate", archive.name], cwd=alone, capture_output=True,
                             text=True)
    assert checked.returncode == 0, checked.stdout[-3000:]


def test_the_same_package_gives_the_same_zip_bytes(tmp_path: Path) -> None:
    first = deterministic_zip(PUBLISHED, tmp_path / "a.zip")
    copy = shutil.copytree(PUBLISHED, tmp_path / "copy")  # new files, new mtimes
    second = deterministic_zip(copy, tmp_path / "b.zip")
    assert first.read_bytes() == second.read_bytes()


def test_release_refuses_an_invalid_package_or_version(tmp_path: Path) -> None:
    broken = shutil.copytree(PUBLISHED, tmp_path / "broken")
    quotes = broken / "data" / "quotes.csv"
    lines = quotes.read_text().splitlines(keepends=True)
    quotes.write_text("".join(lines + lines[-1:]))  # a duplicated row
    done = cli("release", "--package", str(broken), "--dist", str(tmp_path / "dist"))
    assert done.returncode == 1
    assert not (tmp_path / "dist").exists() or not list((tmp_path / "dist").iterdir())
    src = schema.source()
    src["version"] = "1.0"
    unversioned = write_tiny(tmp_path / "unversioned", src=src)
    with pytest.raises(InputError, match="MAJOR.MINOR.PATCH"):
        release(unversioned, tmp_path / "dist2", check=False)


# --- diff -----------------------------------------------------------------------------------

def _pkg(tmp_path: Path, name: str, version: str = "0.1.0", tables=None, src=None) -> Path:
    src = src or schema.source()
    src["version"] = version
    return write_tiny(tmp_path / name, tables or tiny_tables(), src)


def test_identical_packages_need_no_bump(tmp_path: Path) -> None:
    result = diff(_pkg(tmp_path, "a"), _pkg(tmp_path, "b"))
    assert result.required_bump() == "none" and result.version_ok()
    assert all(t.bump() == "none" for t in result.tables)


def test_added_removed_and_changed_rows_are_found_by_primary_key(tmp_path: Path) -> None:
    old = _pkg(tmp_path, "old")
    tables = tiny_tables()
    new_place = dict(tables["places"][1], place_id="plc_00000000000000c3", name="Swakopmund")
    tables["places"].append(new_place)
    tables["quotes"][0]["cue"] = "stated"  # a correction
    tables["event_participants"].clear()
    result = diff(old, _pkg(tmp_path, "new", "0.1.0", tables))
    by_name = {t.name: t for t in result.tables}
    assert by_name["places"].added == [("plc_00000000000000c3",)]
    assert by_name["quotes"].changed == [("quo_00000000000000e1",)]
    assert by_name["event_participants"].removed == [("par_0000000000000011",)]
    assert by_name["places"].bump() == "minor" and by_name["quotes"].bump() == "patch"
    assert by_name["event_participants"].bump() == "patch"
    assert result.required_bump() == "minor" and result.required_version() == "0.2.0"
    assert not result.version_ok()
    entry = result.to_markdown()
    assert "### Added" in entry and "`places`: 1 row" in entry
    assert "`quotes`: 1 row corrected" in entry and "### Removed" in entry


def test_corrections_alone_need_a_patch(tmp_path: Path) -> None:
    tables = tiny_tables()
    tables["actors"][0]["role"] = "special envoy"
    result = diff(_pkg(tmp_path, "old"), _pkg(tmp_path, "new", "0.1.1", tables))
    assert result.required_bump() == "patch" and result.required_version() == "0.1.1"
    assert result.version_ok()


@pytest.mark.parametrize("change, bump", [
    ("column added", "minor"), ("column removed", "major"), ("column retyped", "major"),
    ("table removed", "major"), ("table added", "minor"), ("description edited", "patch")])
def test_schema_changes_require_the_right_bump(change: str, bump: str, tmp_path: Path) -> None:
    src, tables = schema.source(), tiny_tables()
    fields = src["tables"]["places"]["fields"]
    if change == "column added":
        fields.append({"name": "population", "type": "integer", "description": "People."})
    elif change == "column removed":
        fields[:] = [f for f in fields if f["name"] != "wikidata_id"]
    elif change == "column retyped":
        next(f for f in fields if f["name"] == "mention_count")["type"] = "string"
    elif change == "table removed":
        del src["tables"]["affiliations"]
    elif change == "table added":
        src["tables"]["sources"] = {"description": "Outlets.", "primaryKey": ["source_id"],
                                    "fields": [{"name": "source_id", "type": "string"}]}
    else:
        fields[1]["description"] = "The place's canonical name."
    result = diff(_pkg(tmp_path, "old"), _pkg(tmp_path, "new", "0.1.0", tables, src))
    assert result.required_bump() == bump, result.to_dict()


def test_cli_diff_checks_the_version_and_reads_zips(tmp_path: Path) -> None:
    old = _pkg(tmp_path, "old", "1.4.2")
    archive = deterministic_zip(old, tmp_path / "old.zip")
    tables = tiny_tables()
    tables["places"].append(dict(tables["places"][1], place_id="plc_00000000000000c3"))
    too_low = _pkg(tmp_path, "low", "1.4.3", tables)
    enough = _pkg(tmp_path, "ok", "1.5.0", tables)
    done = cli("diff", str(archive), str(too_low), "--check-version")
    assert done.returncode == 1 and "1.5.0" in done.stderr
    assert "## [1.4.3]" in done.stdout and "MINOR" in done.stdout
    done = cli("diff", str(archive), str(enough), "--check-version", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["tables"]["places"]["added"] == 1 and report["required_version"] == "1.5.0"
