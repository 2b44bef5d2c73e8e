"""Faster scans and shortcuts of the extractor give what the plain forms they replace give."""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest

from newstables.extract import dates, entities, events, quotes
from newstables.extract.text import offsets

from .conftest import RAW, ROOT

ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(RAW.rglob("*.txt"))] + [
    p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "benchmarks" / "gold" / "articles").glob("*.txt"))]
TEXTS = [
    "",
    "said",
    "Said the man. said",
    "he said,said-said 'said' ’said’ said’s re-said saidx xsaid _said said_ 9said said9",
    "“We will,” she told reporters. «Non», said Éloïse; warned:\n\"Go.\" —said\u00a0he told",
    "Σsaid said’ ’’said ‘told’ added—and claimed… noted\tsaid\r\nsaid",
    "On Monday, by March 3, 2019 and last week; since early January 2018 in 2020 ſunday "
    "MONDAY yesterday 18th 1999 late last night, 21 Jan. and the 3rd of May",
    *ARTICLES,
]
assert len(ARTICLES) >= 7  # the seed and the gold articles were found


@pytest.mark.parametrize("text", TEXTS)
def test_cues_are_the_matches_of_the_cue_pattern(text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in quotes._cue_pattern().finditer(text)]
    assert quotes._cues(text) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_are_where_the_characters_are(text: str) -> None:
    for chars in ("\"“”«»„‟", "'‘’‹›", "x"):
        expected = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]
        assert offsets(text, chars) == expected


# TIME as it was before its first letter was checked up front: the reference
PLAIN_TIME = re.compile(dates.TIME.pattern.replace(dates._FIRST, "", 1), dates.TIME.flags)


def test_the_reference_time_pattern_is_not_the_pattern_itself() -> None:
    assert dates._FIRST in dates.TIME.pattern and dates._FIRST not in PLAIN_TIME.pattern


@pytest.mark.parametrize("text", TEXTS)
def test_time_expressions_are_the_matches_of_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in dates.TIME.finditer(text)] == [
        m.span() for m in PLAIN_TIME.finditer(text)]


def test_no_time_expression_begins_with_a_letter_the_first_letter_test_rejects() -> None:
    """Each character the up-front test rejects begins no match of the plain pattern, followed
    by any of the words the pattern's alternatives are made of."""
    tails = ["", "onday", "an 3", "uly 4, 2019", "ast week", "esterday", "n 2019", "0",
             "9th of May", "ince May 3", " 2019"]
    first = re.compile(dates._FIRST)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if first.match(ch) is None and ch.isalnum():
            assert not any(PLAIN_TIME.match(ch + tail) for tail in tails), hex(code)


def _token_class(ch: str) -> tuple[bool, bool, bool, bool]:
    """What the events tokenizer (`_TOKEN_SPLIT`) tells apart: a word character, a space, one
    of the marks inside words, the space character itself."""
    return (ch.isalnum() or ch == "_", ch.isspace(), ch in "’'.-", ch == " ")


def test_lower_casing_changes_no_character_class_the_tokenizer_reads() -> None:
    """The events stage cuts the lower-cased text (each character lower-cased alone where that
    keeps one character, curly apostrophes straightened) instead of the text."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower() if len(ch.lower()) == 1 else ch
        for lowered in {low.replace("’", "'"), "ς" if ch == "Σ" else low}:
            assert _token_class(lowered) == _token_class(ch), hex(code)


def test_the_token_class_is_the_regex_engines() -> None:
    for code in range(0, sys.maxunicode + 1, 7):
        ch = chr(code)
        assert _token_class(ch)[:2] == (bool(re.fullmatch(r"\w", ch)),
                                        bool(re.fullmatch(r"\s", ch))), hex(code)


@pytest.mark.parametrize("text", TEXTS)
def test_a_whole_text_tokenizes_alike_lower_cased(text: str) -> None:
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    parts = events._TOKEN_SPLIT.split(text)
    assert events._TOKEN_SPLIT.split(low) == [
        "".join(c.lower() if len(c.lower()) == 1 else c for c in p).replace("’", "'")
        for p in parts]



def test_a_plan_step_holds_the_candidate_fields_in_the_candidates_order() -> None:
    """`_Finder.run` makes a `Cand` from a step's fields after its word indices, by position."""
    cand_fields = tuple(f.name for f in dataclasses.fields(entities.Cand))
    step_fields = entities._Step._fields
    assert step_fields[:2] == ("first", "last")
    assert step_fields[2:] == cand_fields[2:len(step_fields)]
