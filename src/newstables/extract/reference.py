"""The reference knowledge in `newstables/reference/*.yaml`, loaded once per process as lookups.

The files list well-known people, organisations, places and every country with their aliases and
Wikidata ids (see reference/README.md), and `cities.tsv` the world's cities of 100,000 people or
more (GeoNames). Lookups are by folded name (accent- and case-insensitive),
except all-capital aliases such as `US` or `AP`, which are English words too and so must match
case-sensitively. The result is cached and read-only (mapping proxies over frozen records).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import pycountry
import yaml

from ..ids import fold as _fold
from .model import ACTOR, ORGANISATION, PLACE

REFERENCE_DIR: Final = Path(__file__).resolve().parents[1] / "reference"
# libyaml's parser when PyYAML has it: the same data several times faster
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Folding (Unicode decomposition) is the costly part of a lookup; words repeat across articles.
fold = lru_cache(maxsize=200_000)(_fold)
_CACHE_SIZE: Final = 200_000
_UNSEEN: Final = object()


@dataclass(frozen=True)
class Known:
    """One reference entry: enough to build an `Entity` and to reason about it."""

    table: str  # actor | organisation | place
    kind: str  # person; organisation kind; country/city/region
    name: str
    country: str = ""
    wikidata_id: str = ""
    title: str = ""
    role: str = ""
    heads: str = ""  # people: ISO3 of the country they lead(led)
    represents: str = ""  # organisations: government | armed_forces | legislature | ""
    capital: bool = False  # places: a national capital


@dataclass(frozen=True)
class Reference:
    folded: Mapping[str, Known]  # folded alias -> entry
    exact: Mapping[str, Known]  # all-capital aliases, matched as written
    demonyms: Mapping[str, str]  # folded demonym -> ISO3 (demonyms of one country only)
    plural_demonyms: frozenset[str]  # folded demonyms that name people in the plural
    national: Mapping[tuple[str, str], Known]  # (ISO3, represents) -> organisation
    countries: Mapping[str, Known]  # ISO3 -> country place
    max_words: int  # the longest alias, in words
    # first words of the aliases (folded; all-capital ones as written): a run of words that does
    # not begin with one of them needs no lookup
    folded_first: frozenset[str] = frozenset()
    exact_first: frozenset[str] = frozenset()
    # surface -> `lookup` result: the same names and words are looked up many times per article
    # and across articles (bounded: cleared when full; the mappings above never change)
    _found: dict[str, Known | None] = field(default_factory=dict, compare=False, repr=False)
    _countries: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def may_begin(self, word: str) -> bool:
        """False when no alias begins with `word` (a whole first word, without white space)."""
        if word in self.exact_first:
            return True
        folded = fold(word)
        return not folded or " " in folded or folded in self.folded_first

    def lookup(self, surface: str) -> Known | None:
        """The entry a name refers to, or None; all-capital aliases only as written."""
        known = self._found.get(surface, _UNSEEN)
        if known is _UNSEEN:
            if len(self._found) >= _CACHE_SIZE:
                self._found.clear()
            known = self._found[surface] = self._lookup(surface)
        return known  # type: ignore[return-value]

    def _lookup(self, surface: str) -> Known | None:
        surface = " ".join(surface.replace("\u00a0", " ").split())
        if surface in self.exact:
            return self.exact[surface]
        if surface.isupper() and len(surface) <= 5:
            # 'IT', 'WHO' in capitals are matched only through `exact`; but a word of four or
            # five capitals that names a curated place (one with a Wikidata id, not a city of
            # the gazetteer alone) is the place, in a dateline ('PARIS (AP) —') or a headline
            if len(surface) < 4 or not surface.isalpha():
                return None
            known = self.folded.get(fold(surface))
            return known if known is not None and known.table == PLACE \
                and known.wikidata_id else None
        return self.folded.get(fold(surface))

    def country_of(self, surface: str) -> str:
        """ISO3 of a country name or demonym ('Peru', 'Peruvian', 'US'), else ''."""
        country = self._countries.get(surface)
        if country is None:
            if len(self._countries) >= _CACHE_SIZE:
                self._countries.clear()
            country = self._countries[surface] = self._country_of(surface)
        return country

    def _country_of(self, surface: str) -> str:
        known = self.lookup(surface)
        if known is not None and known.table == PLACE and known.kind == "country":
            return known.country
        return self.demonyms.get(fold(surface), "")


def load_yaml(path: Path) -> Any:
    """The data of one reference file."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def _read(name: str) -> list[dict]:
    return load_yaml(REFERENCE_DIR / name) or []


def _cities() -> list[tuple[str, str]]:
    """(name, ISO3) of each city of `cities.tsv` (GeoNames; written by `make_cities.py`)."""
    lines = (REFERENCE_DIR / "cities.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(fields[0], fields[1]) for fields in (line.split("\t") for line in lines)]


def _is_exact(alias: str) -> bool:
    bare = alias.replace(".", "").replace(" ", "")
    return bare.isupper() and len(bare) <= 5


def _add(folded: dict, exact: dict, alias: str, known: Known) -> None:
    alias = " ".join(str(alias).split())
    if not alias:
        return
    if _is_exact(alias):
        exact.setdefault(alias, known)
    else:
        folded.setdefault(fold(alias), known)


@lru_cache(maxsize=1)
def load() -> Reference:
    """The reference knowledge, read once per process."""
    folded: dict[str, Known] = {}
    exact: dict[str, Known] = {}
    demonym_owners: dict[str, set[str]] = {}
    plural: set[str] = set()
    countries: dict[str, Known] = {}
    # Countries first: on a clash a country wins over a city or a person of the same name.
    for row in _read("countries.yaml"):
        iso3 = row["iso3"]
        if pycountry.countries.get(alpha_3=iso3) is None:
            continue
        known = Known(PLACE, "country", row["name"], iso3, row.get("wikidata_id", ""))
        countries[iso3] = known
        for alias in [row["name"], *row.get("aliases", [])]:
            _add(folded, exact, alias, known)
        for demonym in row.get("demonyms", []):
            demonym_owners.setdefault(fold(demonym), set()).add(iso3)
            if demonym.endswith("s") and demonym[:-1] in row.get("demonyms", []):
                plural.add(fold(demonym))
    for row in _read("organisations.yaml"):
        known = Known(ORGANISATION, row["kind"], row["name"], row.get("country", ""),
                      row.get("wikidata_id", ""), represents=row.get("represents", ""))
        for alias in [row["name"], *row.get("aliases", [])]:
            _add(folded, exact, alias, known)
    for row in _read("places.yaml"):
        known = Known(PLACE, row["kind"], row["name"], row.get("country", ""),
                      row.get("wikidata_id", ""), capital=row.get("capital") == "yes")
        for alias in [row["name"], *row.get("aliases", [])]:
            _add(folded, exact, alias, known)
    for row in _read("people.yaml"):
        known = Known(ACTOR, "person", row["name"], row.get("country", ""),
                      row.get("wikidata_id", ""), row.get("title", ""), row.get("role", ""),
                      row.get("heads", "") or "")
        for alias in [row["name"], *row.get("aliases", [])]:
            _add(folded, exact, alias, known)
    # The gazetteer last: a curated entry, or a person, of the same name wins.
    for name, country in _cities():
        _add(folded, exact, name, Known(PLACE, "city", name, country))
    national = {(k.country, k.represents): k for k in folded.values() if k.represents}
    demonyms = {d: next(iter(owners)) for d, owners in demonym_owners.items() if len(owners) == 1}
    longest = max(len(alias.split()) for alias in [*folded, *exact])
    return Reference(MappingProxyType(folded), MappingProxyType(exact),
                     MappingProxyType(demonyms), frozenset(plural & set(demonyms)),
                     MappingProxyType(national), MappingProxyType(countries), longest,
                     frozenset(alias.split(" ")[0] for alias in folded),
                     frozenset(alias.split()[0] for alias in exact))
