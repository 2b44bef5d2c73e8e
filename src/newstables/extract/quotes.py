"""Quotations and their speakers.

First version: double-quoted spans within a paragraph, attributed to the nearest person in the
same sentence when a speech verb is there.
"""

from __future__ import annotations

import re

from .model import ACTOR, Extraction, Quote
from .text import Analysis

_QUOTED = re.compile(r"[\"“]([^\"“”\r\n]+)[\"”]")
_CUE = re.compile(r"\b(said|says|told|added|warned|according to)\b")


def find(analysis: Analysis, found: Extraction, document_id: str) -> None:
    text = analysis.text
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        s_start, s_end = analysis.sentence_of(start)
        cue = _CUE.search(text, s_start, s_end)
        people = [m for m in found.mentions_between(s_start, s_end)
                  if m.entity.table == ACTOR and not (start <= m.start < end)]
        quote = Quote(start, end, "direct" if cue else "scare", analysis.paragraph_of(start))
        if cue and people:
            speaker = min(people, key=lambda m: abs(m.start - cue.start()))
            quote.speaker, quote.speaker_method = speaker.entity, "name"
        if cue:
            quote.cue, quote.cue_start, quote.cue_end = cue.group(), cue.start(), cue.end()
        found.quotes.append(quote)
