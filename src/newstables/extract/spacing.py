"""An article's text with regular spacing, and the way back to the article's own offsets.

The rules read the words of a name as separated by one space: 'Ana Ruiz Soto' is one name, but
with two spaces, a tab or a no-break space between its words it was read as three. Texts from
real sources carry such spacing, so extraction reads a copy of the text in which every run of
horizontal white space inside a line is one ordinary space and zero-width characters are gone.
`Spacing.restore` then takes every offset found in the copy back to the article's own text, so
each row still quotes the article exactly. Line ends are kept as they are (a line is a
paragraph), except inside a hard-wrapped paragraph: a block of lines, between blank lines, that
are all at most `_WRAP_WIDTH` characters long, all but the last at least `_WRAP_FILL`, and most
of them broken inside a sentence. Its line breaks are spaces in the copy, so the block is one
paragraph and its names and sentences run across the breaks. A text whose spacing is already
regular, as most are, is read as it is, after a few scans in C.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from .model import Extraction
from .text import WHITE, line_spans, offsets

# White space inside a line (`text.WHITE` less the line ends): what a run to replace is made of
_WHITE_IN_LINE: Final = frozenset(WHITE) - frozenset("\n\r\x1c\x1d\x1e\x85\u2028\u2029")
_ZERO_WIDTH = "\u200b\ufeff"  # (separate nothing a reader sees: a run of them alone is removed)
# what starts a run to replace: two spaces, or one of the characters other than the space (a
# `str.find` each, fast C scans; a regular expression tries every character, at ten times the cost)
_RUN_MARKS: Final = ("  ", *sorted(_WHITE_IN_LINE - {" "}))
_ASCII_RUN_MARKS: Final = tuple(mark for mark in _RUN_MARKS if mark.isascii())  # (for ASCII texts)
_BREAK: Final = re.compile(r"\r\n|\r|\n")  # (lines end at CR and LF, as `text.Analysis` reads them)
_WRAP_WIDTH: Final = 100  # text wrapped by a program: 60-80 characters a line, rarely more
_WRAP_FILL: Final = 50  # and every line but a paragraph's last one filled to near that width
_ENDS_SENTENCE: Final = tuple(".!?:;\"'”’)]…")


@dataclass(frozen=True, slots=True)
class Spacing:
    """Where the regular copy's offsets part from the article's: after each replaced run,
    `at[k]` in the copy is `at[k] + shift[k]` in the article (shifts only grow)."""

    at: tuple[int, ...]
    shift: tuple[int, ...]

    def start(self, offset: int) -> int:
        """The article's offset of the character at `offset` in the copy (or of the end)."""
        k = bisect.bisect_right(self.at, offset) - 1
        return offset if k < 0 else offset + self.shift[k]

    def end(self, start: int, end: int) -> int:
        """The article's offset just after the span [start, end) of the copy ends: after its
        last character, so white space the copy removed after it stays outside the span."""
        return self.start(end) if end <= start else self.start(end - 1) + 1

    def restore(self, found: Extraction) -> None:
        """Every offset in `found` (found in the copy) as an offset of the article's text."""
        for m in found.mentions:
            m.start, m.end = self.start(m.start), self.end(m.start, m.end)
        for q in found.quotes:
            q.start, q.end = self.start(q.start), self.end(q.start, q.end)
            if q.cue_start is not None and q.cue_end is not None:
                q.cue_start, q.cue_end = self.start(q.cue_start), self.end(q.cue_start, q.cue_end)
        for e in found.events:
            e.trigger_start, e.trigger_end = (self.start(e.trigger_start),
                                              self.end(e.trigger_start, e.trigger_end))
            e.evidence_start, e.evidence_end = (self.start(e.evidence_start),
                                                self.end(e.evidence_start, e.evidence_end))
        for a in found.affiliations:
            a.evidence_start, a.evidence_end = (self.start(a.evidence_start),
                                                self.end(a.evidence_start, a.evidence_end))


def _runs(text: str) -> list[tuple[int, int, str]]:
    """[start, end) of each run of white space inside a line that the copy replaces, with what
    replaces it: one space, or nothing for zero-width characters alone (they join what they
    stand between)."""
    runs: list[tuple[int, int, str]] = []
    done = 0
    for at in offsets(text, _ASCII_RUN_MARKS if text.isascii() else _RUN_MARKS):
        if at < done:
            continue  # inside the run before
        start, end = at, at + 1
        while start > 0 and text[start - 1] in _WHITE_IN_LINE:
            start -= 1
        while end < len(text) and text[end] in _WHITE_IN_LINE:
            end += 1
        done = end
        runs.append((start, end, " " if text[start:end].strip(_ZERO_WIDTH) else ""))
    return runs


def _may_be_wrapped(text: str) -> bool:
    """False when no line could be a hard-wrapped paragraph's (none of a wrapped line's length
    is followed by another line): the few Python steps a line that most texts need."""
    previous = 0
    for line in text.split("\n") if "\n" in text else text.split("\r"):
        if _WRAP_FILL <= previous <= _WRAP_WIDTH + 8 and len(line) > 1:  # (room for white space)
            return True
        previous = len(line)
    return False


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """[start, end) of the white space around each line break inside a hard-wrapped paragraph
    (the module's docstring says which), in text order."""
    breaks: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []  # the words of consecutive lines, one break apart
    for line in [*line_spans(text), None]:
        if line is not None and block and len(_BREAK.findall(text, block[-1][1], line[0])) == 1:
            block.append(line)
            continue
        if _is_wrapped(text, block):
            breaks.extend((a[1], b[0]) for a, b in zip(block, block[1:], strict=False))
        block = [] if line is None else [line]
    return breaks


def _is_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """Whether a block of lines (the [start, end) of each one's words) is a hard-wrapped
    paragraph."""
    if len(block) < 2 or any(end - start > _WRAP_WIDTH for start, end in block):
        return False
    filled = block[:-1]
    if any(end - start < _WRAP_FILL for start, end in filled):
        return False
    broken = sum(not text[start:end].endswith(_ENDS_SENTENCE) for start, end in filled)
    return 2 * broken > len(filled)


def regular(text: str) -> tuple[str, Spacing | None]:
    """`text` with regular spacing, and the `Spacing` that leads back to `text`'s offsets: None
    when they are the same (a text already regular is returned as it is)."""
    runs = [(start, end, " ") for start, end in _wrapped_breaks(text)] \
        if _may_be_wrapped(text) else []
    runs += _runs(text)
    if not runs:
        return text, None
    runs.sort(key=lambda run: (run[0], -run[1]))  # a joined line break before the runs in it
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    done = moved = 0
    for start, end, new in runs:
        if start < done:
            continue  # white space inside a joined line break, already replaced
        pieces.append(text[done:start])
        pieces.append(new)
        done = end
        if end - start != len(new):  # (a no-break space for a space moves nothing)
            moved += end - start - len(new)
            at.append(end - moved)
            shift.append(moved)
    pieces.append(text[done:])
    return "".join(pieces), Spacing(tuple(at), tuple(shift)) if at else None
