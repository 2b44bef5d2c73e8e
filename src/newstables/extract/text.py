"""Paragraphs and sentences of one article, as exact offsets into its text.

Compiled regular expressions rather than a tokenizer pipeline: segmentation runs on every article
of a corpus and must stay well under a millisecond for an article of a few kilobytes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from .names import Words

_SPACE: Final = " \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u200b\u202f\u205f\u3000\ufeff"
# A line is a paragraph; CRLF, CR and LF all end lines, so offsets stay exact whatever is used.
# White space as `strip_span` and paragraphs see it: what `str.isspace` calls white space (all of
# it below U+3001) and the zero-width space and BOM.
WHITE: Final = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\ufeff"
CLOSERS: Final = "\"'”’»)]"
# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets,
# then space and something that can start a sentence. The match begins at the end mark itself,
# so it is tried only at the marks, found with `str.find` (`offsets`), instead of scanning the
# text. It holds the space after the mark too, so a sentence runs from one match's end to the
# next one's `space` group, with no white space to strip at either end.
_ENDS: Final = ".!?…"
_BOUNDARY: Final = re.compile(
    rf"[{_ENDS}][{re.escape(CLOSERS)}]*(?P<space>[{_SPACE}]+)(?=[\"“‘«(\[]?[A-Z0-9\u00C0-\u024F])")
ABBREVIATIONS: Final = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "pres", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd",
    "co", "est", "dept", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m", "e.u", "a.p",
    "n.y", "l.a", "s.c", "n.c", "u.s.a",
))
_LONGEST_ABBREVIATION: Final = max(map(len, ABBREVIATIONS))


def trie(words: list[str]) -> str:
    """An alternation of `words` as a prefix tree ('sa(?:id|ys)'), longer words tried first:
    it matches what the plain alternation sorted longest first matches, and a regex engine
    reads it in a few steps per position instead of one per word."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) with surrounding white space (`WHITE`: including NBSP and zero-width)
    removed."""
    while start < end and text[start] in WHITE:
        start += 1
    while end > start and text[end - 1] in WHITE:
        end -= 1
    return start, end


def offsets(text: str, needles: Iterable[str]) -> list[int]:
    """Where each of `needles` (the characters of a string, or words) begins in `text`, in text
    order. `str.find` per needle (a fast search in C) costs a small part of a regular
    expression's scan, which tries the pattern at every candidate character of the text."""
    at: list[int] = []
    for needle in needles:
        pos = text.find(needle)
        while pos >= 0:
            at.append(pos)
            pos = text.find(needle, pos + 1)
    at.sort()
    return at


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every line of `text` that is not all white space, without the white
    space at its ends. Lines end at each CR and each LF (not at the other breaks of
    `str.splitlines`)."""
    pieces = text.split("\n")
    if "\r" in text:
        pieces = [line for piece in pieces for line in piece.split("\r")]
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in pieces:
        if line:
            stripped = line.lstrip(WHITE)
            if stripped:
                start = pos + len(line) - len(stripped)
                spans.append((start, start + len(stripped.rstrip(WHITE))))
        pos += len(line) + 1
    return spans


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation or an initial, not a sentence."""
    if dot > _LONGEST_ABBREVIATION and text[dot - _LONGEST_ABBREVIATION - 1:dot].isalpha():
        return False  # a longer word (lower-casing never shortens one) and not one letter
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    return word in ABBREVIATIONS or text[begin].isupper() and initials(word)


def initials(word: str) -> bool:
    """'j', 'j.k', 'h.w' (lower-cased, before the last dot): one letter, or letters with a dot
    between each two ('J.K. Rowling' goes on after its dot)."""
    return len(word) % 2 == 1 and word[0::2].isalpha() and word[1::2] == "." * (len(word) // 2)


@dataclass
class Analysis:
    """An article's text with its paragraph and sentence boundaries."""

    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        text, marks, m = self.text, offsets(self.text, _ENDS), 0
        for start, end in line_spans(text):
            self.paragraphs.append((start, end))
            # every mark is in a paragraph (it is no white space), so the marks divide in order
            first, m = m, bisect.bisect_left(marks, end, m)
            self._split(start, end, marks[first:m])
        self._para_starts = [p[0] for p in self.paragraphs]
        self.sentence_starts = [s[0] for s in self.sentences]  # (for look-ups by offset)
        self._words: Words | None = None  # (`words`: cut when first asked for)

    def _split(self, start: int, end: int, marks: list[int]) -> None:
        """Add the sentences of the paragraph [start, end) with end `marks` (none empty: the
        paragraph has no white space at its ends, a boundary has none before its space, and
        something after). A boundary holds no mark but its first character, so matching at
        each mark finds what a scan of the paragraph finds."""
        text, sentences, begin = self.text, self.sentences, start
        for dot in marks:
            match = _BOUNDARY.match(text, dot, end)
            if match is None or text[dot] == "." and is_abbreviation(text, dot):
                continue
            sentences.append((begin, match.start("space")))
            begin = match.end()
        sentences.append((begin, end))

    def words(self) -> Words:
        """The text's words (`names.Words`), cut once and read by every stage: the entity
        stage reads them as they are, the event stage derives its own tokens from them."""
        if self._words is None:
            self._words = Words(self.text)
        return self._words

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph that holds (or last began before) `offset`."""
        return max(bisect.bisect_right(self._para_starts, offset) - 1, 0)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence that holds (or last began before) `offset`."""
        if not self.sentences:
            return (0, len(self.text))
        return self.sentences[max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)]

