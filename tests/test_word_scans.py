"""The str.find searches that replaced whole-text regular-expression scans find the same.

Each old pattern is kept here as the reference, with the code that filtered its matches.
"""

from __future__ import annotations

import random
import re

import pytest

from newstables.extract import countries, names, possessives, pronouns

_S = r"[ \u00a0]+"
OLD_OBJECT = re.compile(r"[HhTt](?:im|er|hem)\b")
OLD_PLURAL_NOUN = re.compile(r"(?:countries|nations)\b")
# the possessive pronoun scan: `PRONOUN` where no letter or digit stands before it
WORD_INITIAL_PRONOUN = re.compile(rf"(?<![^\W_])(?:{possessives.PRONOUN.pattern})")

TRICKY = [
    "", "him", "her", "them", "Them", "Him.", "Her", "HIM her", "tHem them_ them1 them²",
    "other her, the mother them.", "Tim ter Hhem hem thim them", "told him_ told him",
    "himself themselves herself her's her’s éher Ωhim 3her _her", "with her\u00a0passport",
    "either whether his brother said this is her sister", "This his mother his",
    "his  \u00a0 new  minister", "His", "his", "his ", "her\u00a0", "Other his her father",
    "the North the  South  the\u00a0East West the Northern the North-West the South Korea",
    "The North, the south, The East.", "bathe North", "_the North", "tthe South", "the North",
    "2the East", "countries nations countriesX nations_ nations² countries. nations,",
    "the two countries and both nations", "countries", "xcountries", "Countries",
    "  the  \n  North", "éthe West", "the\tSouth",
]


def _old_objects(text: str) -> list[tuple[int, int]]:
    spans = []
    for hit in OLD_OBJECT.finditer(text):
        word = hit.group().lower()
        if word not in ("him", "her", "them") or hit.start() and text[hit.start() - 1].isalnum():
            continue
        spans.append(hit.span())
    return spans


def _random_texts(n: int = 3000) -> list[str]:
    words = ["him", "Her", "them", "his", "the", "North", "South", "countries", "nations",
             "other", "this", "mother", "x", "_", "2", "é", ".", ",", "-"]
    seps = [" ", "", "\u00a0", "  ", "\n"]
    rng = random.Random(7)
    return ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def _assert_same_matches(text: str) -> None:
    assert pronouns.objects(text) == _old_objects(text), text
    assert [m.span() for m in possessives._pronoun_hits(text)] == [
        m.span() for m in WORD_INITIAL_PRONOUN.finditer(text)], text
    assert [(m.span(), m.span("word")) for m in countries.the_compass(text)] == [
        (m.span(), m.span("word")) for m in countries.THE_COMPASS.finditer(text)], text
    assert countries.plural_nouns(text) == [
        m.span() for m in OLD_PLURAL_NOUN.finditer(text)], text


@pytest.mark.parametrize("text", TRICKY)
def test_same_matches_as_the_old_scans(text: str) -> None:
    _assert_same_matches(text)


def test_same_matches_as_the_old_scans_on_random_texts() -> None:
    for text in _random_texts():
        _assert_same_matches(text)


def test_the_end_of_a_longer_word_does_not_hide_the_pronoun_after_it() -> None:
    assert [m.start() for m in possessives._pronoun_hits("this his mother")] == [5]
    assert [m.start() for m in possessives._pronoun_hits("whether her sister")] == [8]
    assert possessives._pronoun_hits("other father") == []


def test_word_ends_is_the_regex_word_boundary_for_every_character() -> None:
    boundary = re.compile(r"a\b")
    for code in range(0x110000):
        text = "a" + chr(code)
        assert names.word_ends(text, 1) == (boundary.match(text) is not None), hex(code)
    assert names.word_ends("a", 1)
