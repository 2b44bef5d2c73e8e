"""Pronoun mentions: object pronouns ('imprisoned her', 'warned them', 'told him') of the actors
they refer to.

Only the object forms `him`, `her` and `them` outside quotations, and `her` only where it is not
a possessive ('her passport'): it is an object when a preposition, a conjunction, a determiner,
an adverb or punctuation follows it. The referent is `coref.resolve_pronoun`'s; a pronoun with
none gets no mention, and neither does one that refers to an organisation. No pronoun makes an
entity of its own: these are further mentions of actors already found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import coref
from .model import ACTOR
from .names import word_ends
from .text import offsets

if TYPE_CHECKING:
    from .entities import _Finder


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())

# the object pronouns as written (only the first letter may be a capital)
OBJECTS: Final = ("him", "Him", "her", "Her", "them", "Them")
# words after 'her' that leave it an object: 'told her that', 'moved her to', 'gave her a ...'
AFTER_OBJECT: Final = _words("""to for from with at in on into onto about as because and or but
    that if when while until after before up down out off away back over of by the a an this
    these those again too also so than not never there here then now once since despite
    without against through during under who which whom what how why where said says told
    either""")
_NEXT: Final = re.compile(r"[ \u00a0]*(?P<word>[^\W\d_][\w'’-]*)?")


def _object_her(text: str, end: int) -> bool:
    nxt = _NEXT.match(text, end)
    word = nxt["word"] if nxt else None
    if word is None:
        return True  # punctuation or the end: 'imprisoned her.'
    return word.lower() in AFTER_OBJECT  # 'her Australian passport': a possessive


def objects(text: str) -> list[tuple[int, int]]:
    """The spans of `OBJECTS` that are whole words (no letter or digit right before or after),
    in text order. Found with `str.find` (rare words) rather than a scan of every character."""
    spans = []
    for start in offsets(text, OBJECTS):
        end = start + len("them" if text[start] in "Tt" else "him")
        if (not start or not text[start - 1].isalnum()) and word_ends(text, end):
            spans.append((start, end))
    return spans


def find(finder: _Finder) -> None:
    text, found, analysis = finder.text, finder.found, finder.analysis
    for start, end in objects(text):
        word = text[start:end].lower()
        if word == "her" and not _object_her(text, end):
            continue
        if coref.in_quotation(analysis, found, start) \
                or found.mention_covering(start, end) is not None:
            continue
        entity = coref.resolve_pronoun(analysis, found, start, word, finder.doc)
        # 'them' of an organisation is too often the people just named without a mention
        if entity is None or entity.table != ACTOR:
            continue
        found.add_mention(start, end, entity, "pronoun")
