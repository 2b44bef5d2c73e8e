"""Paragraphs and sentences of `text.Analysis` against the regular-expression scans they replaced
(kept here as the reference), on text made to be awkward: CR/LF mixes, blank lines of spaces,
tabs, no final newline, unicode spaces and line breaks that are no paragraph breaks."""

from __future__ import annotations

import random
import re
import sys

import pytest

from newstables.extract import text as text_module
from newstables.extract.text import _BOUNDARY, ABBREVIATIONS, Analysis

# The reference: a paragraph was a match of this pattern, a sentence end a match of `_BOUNDARY`
# found by a scan of each paragraph.
_OLD_PARAGRAPH = re.compile(r"[^\s\u200b\ufeff](?:[^\r\n]*[^\s\u200b\ufeff])?")


def _is_abbreviation(text: str, dot: int) -> bool:
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    letters, dots = word[0::2], word[1::2]  # ('J.K. Rowling': initials written together)
    return word in ABBREVIATIONS or text[begin].isupper() and len(word) % 2 == 1 \
        and letters.isalpha() and set(dots) <= {"."}


def _old_analysis(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    paragraphs: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    for line in _OLD_PARAGRAPH.finditer(text):
        start, end = line.span()
        paragraphs.append((start, end))
        begin = start
        for match in _BOUNDARY.finditer(text, start, end):
            dot = match.start()
            if text[dot] == "." and _is_abbreviation(text, dot):
                continue
            sentences.append((begin, match.start("space")))
            begin = match.end()
        sentences.append((begin, end))
    return paragraphs, sentences


_PIECES = [
    "a", "Z", "É", "ß", "7", "Mr", "U.S", "Dr", "etc", "word", "The", " ", " ", "  ", "\t", "\n",
    "\r", "\r\n", "\n\n", "\r\r", "\u00a0", "\u200b", "\ufeff", "\u3000", "\u2028", "\u2029",
    "\x85", "\x1c", "\x1e", "\x0b", "\x0c", "\u2009", "\u202f", "\u205f", ".", "!", "?", "…",
    "...", "\"", "'", "”", "’", "»", ")", "]", "“", "‘", "«", "(", "[", ",", ":", "-",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 40)))


@pytest.mark.parametrize("text", [
    "", " ", "\n", "\r\n", "\r", " \t \n \u00a0\u200b\r\n", "One.", "One. Two.", "One.\nTwo.",
    "  Lead para. Second sentence!  \r\n\r\n\t Next para? Yes.\r\nLast… Done", "A.\rB.\n\rC.",
    "Mr. Smith said. \u201cHe left.\u201d Then\u2028more. End\x85here. x\x1cy.\u3000Z.",
    "\ufeff\u200bText with BOM.\u200b \n\u200b\n", "No final newline. Ends", "Dr. No. U.S. Army.",
    "Sept. One. Capt. Prof. Profs. Cmdr. Xcmdr. ProF. İİİİİ. İİİİ. Σ. ΣΣΣΣ. A. Ab. e.g. X.",
])
def test_paragraphs_and_sentences_match_the_regex_scans(text: str) -> None:
    analysis = Analysis(text)
    assert (analysis.paragraphs, analysis.sentences) == _old_analysis(text)


def test_paragraphs_and_sentences_match_on_random_text() -> None:
    rng = random.Random(20261129)
    for _ in range(20_000):
        text = _random_text(rng)
        analysis = Analysis(text)
        assert (analysis.paragraphs, analysis.sentences) == _old_analysis(text), repr(text)


def test_white_space_is_all_that_str_isspace_calls_white_space() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(text_module.WHITE) == spaces | {"\u200b", "\ufeff"}


def test_initials_written_together_end_no_sentence() -> None:
    text = "J.K. Rowling spoke. George H.W. Bush left. Then it ended."
    assert [text[s:e] for s, e in Analysis(text).sentences] == [
        "J.K. Rowling spoke.", "George H.W. Bush left.", "Then it ended."]
