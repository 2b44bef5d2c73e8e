"""The dataset card (datapackage/README.md), CITATION.cff, the CHANGELOG and the CI workflow."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from newstables import card, schema

from .conftest import ROOT, tree_bytes
from .test_load import TEXT, tiny_tables, write_tiny


def _section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"no section '{title}'"
    return match.group(1)


def test_package_write_adds_a_card_describing_every_table_and_column(tmp_path: Path) -> None:
    tiny = write_tiny(tmp_path / "tiny")
    text = (tiny / "README.md").read_text(encoding="utf-8")
    rows = tiny_tables()
    contents = _section(text, "What is in it")
    for table in schema.table_names():
        assert f"| [{table}](#{table}) | {len(rows[table])} |" in contents, table
        block = re.search(rf"^### {table}\n(.*?)(?=^### |^## |\Z)", text, re.S | re.M)
        assert block, table
        for field in schema.source()["tables"][table]["fields"]:
            assert re.search(rf"^\| `{field['name']}` \| {field['type']} \| (yes|no) \|",
                             block.group(1), re.M), (table, field["name"])
    # Examples come from the data; a formula-looking value is shown, not evaluated.
    assert "| `title` | string | yes | Headline of the article. | =Talks in NA |" in text
    assert f"| `char_count` | integer | yes | Length of the text in Unicode code points. | " \
           f"{len(TEXT)} |" in text


def test_card_gives_sources_dates_rights_citation_loading_method_and_limits(tmp_path: Path
                                                                           ) -> None:
    text = (write_tiny(tmp_path / "tiny") / "README.md").read_text(encoding="utf-8")
    sources = _section(text, "Sources and publication dates")
    assert "1 stated" in sources and "The dateline gives the date." in sources
    assert "| 2020-03-02 | stated |" in sources
    rights = _section(text, "Licence and rights")
    assert "CC-BY-4.0" in rights and "CC0-1.0" in rights
    assert "version 0.1.0" in _section(text, "How to cite")
    loading = _section(text, "How to load")
    assert "newstables.load" in loading and card.R_LOADER in loading and "duckdb" in loading
    assert "Great Expectations" in _section(text, "How it was extracted and validated")
    limits = _section(text, "Known limitations")
    assert "1 of 2 quotes have no speaker" in limits and "1 of 2 events have no date" in limits
    spreadsheet = _section(text, "Opening the CSV files in a spreadsheet")
    assert all(f"`{c}`" in spreadsheet for c in "=+-@") and "text" in spreadsheet


def test_card_is_deterministic_not_a_resource_and_the_package_still_validates(tmp_path: Path
                                                                             ) -> None:
    first, second = write_tiny(tmp_path / "a"), write_tiny(tmp_path / "b")
    assert tree_bytes(first) == tree_bytes(second)
    descriptor = json.loads((first / "datapackage.json").read_text())
    assert all(r["path"] != card.CARD_NAME for r in descriptor["resources"])
    exe = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([exe, "validate", "datapackage.json"], cwd=first, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout[-2000:]


def test_readme_r_snippet_is_the_cards_loader() -> None:
    assert card.R_LOADER in (ROOT / "README.md").read_text(encoding="utf-8")


def test_citation_cff_is_valid_cff_1_2_0_and_matches_the_package() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    src = schema.source()
    assert cff["cff-version"] == "1.2.0"
    assert {"cff-version", "message", "title", "authors"} <= set(cff)
    assert cff["type"] in {"dataset", "software"}
    assert cff["authors"] and all(
        isinstance(a, dict) and (a.get("name") or a.get("family-names")) for a in cff["authors"])
    assert isinstance(cff["version"], str) and cff["version"] == src["version"]
    assert cff["title"] == src["title"]
    assert cff["license"] == src["licenses"][0]["name"]
    assert all(cff[k].startswith("https://") for k in ("repository-code", "url"))


def test_changelog_has_an_entry_for_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{schema.source()['version']}]" in changelog


def test_ci_workflow_runs_what_ci_run_runs() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    job = workflow["jobs"]["test"]
    assert job["runs-on"].startswith("ubuntu")
    assert "3.11" in job["container"] and job["env"]["CI"]
    assert any(step.get("run") == ".ci/run" for step in job["steps"])
    ci_run = (ROOT / ".ci" / "run").read_text()
    assert "debian-packages.txt" in ci_run and "make test" in ci_run
    packages = (ROOT / ".ci" / "debian-packages.txt").read_text().split()
    assert {"r-base-core", "r-cran-readr", "r-cran-jsonlite", "r-cran-testthat"} <= set(packages)


def test_the_cards_python_snippets_run_in_the_package_folder(tmp_path: Path,
                                                             monkeypatch) -> None:
    tiny = write_tiny(tmp_path / "tiny")
    snippets = re.findall(r"```python\n(.*?)```", (tiny / "README.md").read_text(), re.S)
    assert len(snippets) >= 2
    monkeypatch.chdir(tiny)
    for snippet in snippets:
        exec(compile(snippet, "card", "exec"), {"__name__": "card"})  # noqa: S102
