"""R users: the README's R snippet reads every CSV table with the descriptor's types, and what R
reads (row counts, unique keys, "NA" strings, quotes joined to their speakers) is what Python reads.

Rscript is required in CI (the CI variable is set); elsewhere the R tests are skipped without it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

import newstables

from .conftest import PUBLISHED, ROOT
from .test_load import write_tiny

R_SNIPPETS = re.findall(r"```r\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
R_CLASSES = {"string": "character", "integer": "integer", "number": "numeric",
             "boolean": "logical", "date": "Date"}

needs_r = pytest.mark.skipif(shutil.which("Rscript") is None and not os.environ.get("CI"),
                             reason="Rscript is not installed (required when CI is set)")


def _run_r(package: Path, tmp_path: Path) -> dict:
    snippet = tmp_path / "readme_snippet.R"
    snippet.write_text(R_SNIPPETS[0], encoding="utf-8")
    out = tmp_path / "r.json"
    done = subprocess.run(["Rscript", str(ROOT / "tests" / "r" / "check_package.R"),
                           str(package), str(snippet), str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def test_readme_has_one_r_snippet_defining_the_loader() -> None:
    assert len(R_SNIPPETS) == 1
    assert "read_newstables <- function" in R_SNIPPETS[0]


@needs_r
@pytest.mark.parametrize("which", ["published", "tiny"])
def test_r_reads_what_python_reads(which: str, tmp_path: Path) -> None:
    package = PUBLISHED if which == "published" else write_tiny(tmp_path / "tiny")
    from_r = _run_r(package, tmp_path)
    tables = newstables.load(package)
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in (r for r in descriptor["resources"] if r["format"] == "csv"):
        name, frame = resource["name"], tables[resource["name"]]
        got = from_r["tables"][name]
        key = resource["schema"]["primaryKey"]
        assert got["rows"] == len(frame), name
        assert got["unique_keys"] == len(frame.drop_duplicates(key)) == len(frame), name
        strings = frame.select_dtypes(include=["string", "category"]).astype("string")
        assert got["na_strings"] == int((strings == "NA").sum().sum()), name
        assert got["missing"] == int(frame.isna().sum().sum()), name
        for field in resource["schema"]["fields"]:
            enum = field.get("constraints", {}).get("enum")
            wanted = "factor" if enum else R_CLASSES[field["type"]]
            assert got["classes"][field["name"]] == wanted, (name, field["name"])
    said = tables["quotes"].merge(tables["actors"], left_on="speaker_id", right_on="actor_id")
    pairs = sorted(f"{q}|{n}" for q, n in zip(said["quote_id"], said["name"], strict=True))
    assert sorted(from_r["quote_speakers"]) == pairs
    if which == "tiny":  # the quoted word "NA" reached R as a string, joined to its speaker
        assert "quo_00000000000000e1|the envoy" in from_r["quote_speakers"]
        assert from_r["tables"]["quotes"]["na_strings"] == 1


def test_descriptor_is_readable_by_the_r_frictionless_package() -> None:
    """frictionless-r implements Data Package v1: each tabular resource needs
    profile tabular-data-resource; missingValues must be strings (not objects); no field of type
    list; no v2-only `categories`."""
    descriptor = json.loads((PUBLISHED / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor.get("profile") == "tabular-data-package"
    assert "$schema" not in descriptor  # a v2 descriptor names the 2.0 profile there
    names = [r["name"] for r in descriptor["resources"]]
    assert len(names) == len(set(names))
    for resource in descriptor["resources"]:
        assert re.fullmatch(r"[a-z0-9._-]+", resource["name"])
        assert resource["profile"] == "tabular-data-resource"
        assert (PUBLISHED / resource["path"]).is_file()
        schema = resource["schema"]
        assert all(isinstance(v, str) for v in schema.get("missingValues", []))
        for field in schema["fields"]:
            assert field["type"] in {"string", "integer", "number", "boolean", "date"}
            assert "categories" not in field
    csv_resources = [r for r in descriptor["resources"] if r["format"] == "csv"]
    assert {r["name"] for r in csv_resources} == set(newstables.load(PUBLISHED))
    assert all(r["dialect"]["delimiter"] == "," and r["encoding"] == "utf-8"
               for r in csv_resources)


def test_pandas_default_would_lose_NA_but_the_documented_settings_keep_it(tmp_path: Path
                                                                          ) -> None:
    tiny = write_tiny(tmp_path / "tiny")
    default = pd.read_csv(tiny / "data" / "mentions.csv")
    kept = pd.read_csv(tiny / "data" / "mentions.csv", keep_default_na=False, na_values=[""])
    assert default["text"].isna().all() and kept["text"].tolist() == ["NA"]
