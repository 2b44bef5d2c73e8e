"""People, organisations and places: mentions found in the text, resolved into entities.

First version: capitalised name sequences as people, countries by their English names and
demonyms (pycountry). Later work links the reference knowledge in `newstables/reference/`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from ..ids import fold
from .model import ACTOR, PLACE, Entity, Extraction
from .text import Analysis

_NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
_PERSON = re.compile(rf"\b{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,3}}\b")
_STOP = frozenset(fold(w) for w in ["The", "A", "An", "As", "We", "If", "In", "On", "Over", "My", "They", "He", "She", "It", "This", "That"])


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """Folded country name -> (ISO alpha-3, display name)."""
    table: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for name in {c.name, display}:
            table[fold(name)] = (c.alpha_3, display)
    return table


def find(analysis: Analysis, found: Extraction, document_id: str) -> None:
    """Add the article's people and countries (with their mentions) to `found`."""
    text = analysis.text
    countries = _countries()
    for match in re.finditer(r"\b[A-Z][\w'’.]*(?:[ \u00a0][A-Z][\w]*)*", text):
        hit = countries.get(fold(match.group()))
        if hit:
            iso3, display = hit
            found.add_mention(match.start(), match.end(),
                              Entity(PLACE, "country", display, country=iso3))
    taken = [(m.start, m.end) for m in found.mentions]
    for match in _PERSON.finditer(text):
        words = match.group().replace("\u00a0", " ").split(" ")
        if fold(words[0]) in _STOP or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        found.add_mention(match.start(), match.end(), Entity(ACTOR, "person", " ".join(words)))
