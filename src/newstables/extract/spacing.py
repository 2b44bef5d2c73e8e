"""An article's text with regular spacing, and the way back to the article's own offsets.

The rules read the words of a name as separated by one space: 'Ana Ruiz Soto' is one name, but
with two spaces, a tab or a no-break space between its words it was read as three. Texts from
real sources carry such spacing, so extraction reads a copy of the text in which every run of
horizontal white space inside a line is one ordinary space and zero-width characters are gone.
`Spacing.restore` then takes every offset found in the copy back to the article's own text, so
each row still quotes the article exactly. Line ends are kept as they are (a line is a
paragraph). A text whose spacing is already regular, as most are, is read as it is, after a few
scans in C.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Extraction

# White space inside a line (what `str.isspace` calls white space, less the line ends), and the
# zero-width space and BOM, which separate nothing a reader sees
_ZERO_WIDTH = "\u200b\ufeff"
_INLINE = "".join(chr(c) for c in range(0x3001)
                  if chr(c).isspace() and chr(c) not in "\n\r\x1c\x1d\x1e\x85\u2028\u2029")
_RUN = re.compile(f"[{re.escape(_INLINE + _ZERO_WIDTH)}]+")
# the same characters other than the ordinary space, which only matters in runs of two or more
_ODD = re.compile(f"[{re.escape(_INLINE.replace(' ', '') + _ZERO_WIDTH)}]")


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


def _regular(text: str) -> bool:
    """Whether `text` has no run of white space to make one space (`str.isascii` is answered
    without a scan; the searches for '  ' and '\\t' are C loops)."""
    if "  " in text or "\t" in text:
        return False
    return (text.isascii() and "\f" not in text and "\v" not in text) or _ODD.search(text) is None


def regular(text: str) -> tuple[str, Spacing | None]:
    """`text` with regular spacing, and the `Spacing` that leads back to `text`'s offsets (None
    when the text was regular already, and is returned as it is)."""
    if _regular(text):
        return text, None
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    done = moved = 0
    for m in _RUN.finditer(text):
        run = m.group()
        if run == " ":
            continue
        # a run of zero-width characters alone joins what it stands between
        new = "" if not run.strip(_ZERO_WIDTH) else " "
        pieces.append(text[done:m.start()])
        pieces.append(new)
        done = m.end()
        moved += len(run) - len(new)
        at.append(m.end() - moved)
        shift.append(moved)
    pieces.append(text[done:])
    return "".join(pieces), Spacing(tuple(at), tuple(shift))
