"""The published data package: self-contained, valid, deterministic, and equal to a fresh build."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from newstables import build, schema
from newstables.errors import ValidationFailed

from .conftest import PUBLISHED, RAW, cli, tree_bytes


def test_committed_package_equals_a_fresh_build(fresh_build: Path) -> None:
    assert tree_bytes(PUBLISHED) == tree_bytes(fresh_build)


def test_two_builds_are_byte_identical(fresh_build: Path, tmp_path: Path) -> None:
    again = build.Paths(raw=RAW, build=tmp_path / "b", out=tmp_path / "out")
    build.run(again)
    assert tree_bytes(again.out) == tree_bytes(fresh_build)


def test_frictionless_cli_validates_the_folder_and_a_zip_of_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    exe = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([exe, "validate", "datapackage/datapackage.json"], cwd=PUBLISHED.parent,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    # The folder alone, moved elsewhere and zipped, still validates: it is self-contained.
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(PUBLISHED.rglob("*")):
            zf.write(path, path.relative_to(PUBLISHED).as_posix())
    done = subprocess.run([exe, "validate", str(archive)], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-2000:]


def test_every_table_is_published_as_csv_and_parquet_with_schema() -> None:
    descriptor = json.loads((PUBLISHED / "datapackage.json").read_text())
    names = {r["name"]: r for r in descriptor["resources"]}
    for table in schema.table_names():
        csv_resource = names[table]
        assert (PUBLISHED / csv_resource["path"]).is_file()
        assert csv_resource["hash"].startswith("sha256:")
        assert csv_resource["bytes"] == (PUBLISHED / csv_resource["path"]).stat().st_size
        assert csv_resource["schema"]["primaryKey"]
        parquet = names[table + schema.PARQUET_SUFFIX]
        assert parquet["format"] == "parquet" and "hash" not in parquet and "bytes" not in parquet
        assert (PUBLISHED / parquet["path"]).is_file()
    for key in ("licenses", "sources", "version", "contributors"):
        assert descriptor[key]


def test_parquet_dictionary_encodes_every_column_but_a_one_column_primary_key(
        fresh_build: Path) -> None:
    """A primary key of one column has no repeated value for a dictionary to share: it is
    written plain; every other column, keys of several columns included, has a dictionary."""
    import pyarrow.parquet as pq

    src = schema.source()
    for table in schema.table_names(src):
        key = src["tables"][table]["primaryKey"]
        meta = pq.ParquetFile(fresh_build / "data" / f"{table}.parquet").metadata
        for row_group in range(meta.num_row_groups):
            for i in range(meta.num_columns):
                column = meta.row_group(row_group).column(i)
                assert column.has_dictionary_page is (key != [column.path_in_schema]), \
                    (table, column.path_in_schema)


def test_no_wall_clock_in_descriptor_or_report() -> None:
    for name in ("datapackage.json", "validation-report.json"):
        text = (PUBLISHED / name).read_text()
        assert "created" not in json.loads(text) and "2026-" not in text


def test_failing_validation_leaves_the_published_folder_untouched(tmp_path: Path) -> None:
    paths = build.Paths(raw=RAW, build=tmp_path / "build", out=tmp_path / "out")
    build.run(paths)
    before = tree_bytes(paths.out)
    build.run_extract(paths)
    mentions = paths.staged / "data" / "mentions.csv"
    lines = mentions.read_text().splitlines(keepends=True)
    mentions.write_text("".join(lines[:1] + [lines[1]] + lines[1:]))  # a duplicated row
    with pytest.raises(ValidationFailed) as failure:
        build.run_publish(paths)
    assert "mentions" in failure.value.summary
    assert tree_bytes(paths.out) == before


def test_build_refuses_a_text_whose_sha256_differs_from_its_sidecar(raw_copy: Path,
                                                                     tmp_path: Path) -> None:
    article = next(raw_copy.rglob("*.txt"))
    article.write_bytes(article.read_bytes() + b"\nOne more line.\n")
    done = cli("build", "--raw", str(raw_copy), "--out", str(tmp_path / "out"),
               "--build", str(tmp_path / "b"))
    assert done.returncode == 2
    assert article.name in done.stderr and "sha256" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_missing_sidecar_means_defaults_and_a_warning(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plain.txt").write_text("A headline\n\nThe minister said on Monday that talks failed.\n")
    done = cli("build", "--raw", str(raw), "--out", str(tmp_path / "out"),
               "--build", str(tmp_path / "b"))
    assert "no sidecar" in done.stderr
    docs = (tmp_path / "out" / "data" / "documents.csv").read_text()
    assert ",unknown," in docs and "A headline" in docs


def test_adding_an_unrelated_article_changes_no_existing_id(raw_copy: Path, tmp_path: Path,
                                                           fresh_build: Path) -> None:
    (raw_copy / "articles" / "other.txt").write_text(
        "Talks in Geneva\n\nThe United Nations said on Tuesday that talks in Geneva would "
        "resume, according to Reuters.\n", encoding="utf-8")
    paths = build.Paths(raw=raw_copy, build=tmp_path / "b", out=tmp_path / "out")
    build.run(paths)
    for table in schema.table_names():
        key = schema.source()["tables"][table]["primaryKey"][0]
        old = _column(fresh_build / "data" / f"{table}.csv", key)
        new = _column(paths.out / "data" / f"{table}.csv", key)
        assert old <= new, table


def _column(path: Path, name: str) -> set[str]:
    import csv

    with open(path, newline="", encoding="utf-8") as handle:
        return {row[name] for row in csv.DictReader(handle)}


def test_cli_exit_codes(tmp_path: Path) -> None:
    assert cli("build", "--raw", str(tmp_path / "nowhere")).returncode == 2
    assert cli("no-such-command").returncode == 2
    broken = tmp_path / "pkg"
    shutil.copytree(PUBLISHED, broken)
    (broken / "data" / "quotes.csv").write_text("quote_id\n")
    done = cli("validate", str(broken), "--report", str(tmp_path / "r.json"))
    assert done.returncode == 1
    assert json.loads((tmp_path / "r.json").read_text())["valid"] is False


def test_an_installed_package_builds_in_the_project_folder(tmp_path: Path) -> None:
    """Installed outside a checkout (site-packages), the package reads the descriptor and the
    validation suites of the folder it runs in, and builds the same package there."""
    import subprocess
    import sys

    from .conftest import ROOT

    shutil.copytree(ROOT / "src" / "newstables", tmp_path / "site" / "newstables",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from newstables.cli import app; "
         "from newstables import schema; print(schema.SOURCE); app(sys.argv[1:])",
         "build", "--raw", str(RAW), "--out", str(out)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[0] == str(ROOT / "datapackage.yaml")
    assert tree_bytes(out) == tree_bytes(PUBLISHED)
