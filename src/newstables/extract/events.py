"""Political events: who did what to whom, coded to PLOVER and CAMEO.

First version: a few speech-act verbs, with the nearest person before the verb as source.
"""

from __future__ import annotations

import re

from .model import ACTOR, Event, Extraction, Participant
from .text import Analysis

_LEXICON = {
    "appealed": ("REQUEST", "020"), "warned": ("THREATEN", "130"),
    "arrested": ("COERCE", "173"), "recognized": ("SUPPORT", "054"),
}
_TRIGGER = re.compile(r"\b(" + "|".join(_LEXICON) + r")\b")


def find(analysis: Analysis, found: Extraction, document_id: str, published: str) -> None:
    for match in _TRIGGER.finditer(analysis.text):
        s_start, s_end = analysis.sentence_of(match.start())
        event_type, cameo = _LEXICON[match.group()]
        event = Event(event_type, cameo, match.start(), match.end(), s_start, s_end)
        before = [m for m in found.mentions_between(s_start, match.start())
                  if m.entity.table == ACTOR]
        if before:
            event.participants.append(Participant("source", before[-1].entity))
        found.events.append(event)
