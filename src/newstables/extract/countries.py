"""Countries named without their full name: shared heads, compass words and 'both countries'.

- `North and South Korea`: the second country's name ends in a head ('Korea') the first word
  shares; when that word plus the head is a known place ('North Korea'), the word alone is a
  mention of it. Its text is just `North` (a mention's text is always the words at its offsets).
- `the South` after both `North Korea` and `South Korea` were named: the country of that pair
  whose name begins with the word (the mention is the word, `South`). A compass word alone in
  an article that named no such pair is a region of something else and is left alone.
- `both countries`, `the two countries`, `both nations`: the last two countries named before
  (outside quotations, within a few sentences). One mention of the phrase points at the first
  of them and lists both in `Mention.members` (a mention row names one entity).
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from . import coref
from .model import PLACE, Entity, Mention
from .names import word_ends
from .text import offsets

if TYPE_CHECKING:
    from .entities import _Finder

_S: Final = r"[ \u00a0]+"
# a capitalised word, then ', ' or ' and ' / ' or ', right before a mention
SHARED_HEAD: Final = re.compile(rf"(?P<word>[A-Z][\w-]*)(?:,?{_S}(?:and|or){_S}|,{_S})\Z")
COMPASS_WORDS: Final = ("North", "South", "East", "West")
THE_COMPASS: Final = re.compile(rf"\b[Tt]he{_S}(?P<word>North|South|East|West)\b(?!{_S}[A-Z]|-)")
PLURAL_NOUNS: Final = ("countries", "nations")
BOTH: Final = re.compile(rf"(?<!\w)(?:[Bb]oth|[Tt]he{_S}two){_S}\Z")
SENTENCES_BACK: Final = 6


def _country(m: Mention) -> bool:
    return m.entity.table == PLACE and m.entity.kind == "country"


def shared_heads(finder: _Finder) -> None:
    """'North and South Korea', 'Upper and Lower X': the first word is its own place."""
    from .entities import _from_known  # entities imports this module
    text, found = finder.text, finder.found
    for m in [m for m in found.mentions if m.entity.table == PLACE and m.mention_type == "name"]:
        if not text.endswith(("and ", "or ", ", ", "\u00a0"), 0, m.start):
            continue
        words = text[m.start:m.end].split()
        if len(words) < 2:
            continue
        head, end = " ".join(words[1:]), m.start
        while True:
            hit = SHARED_HEAD.search(text, max(0, end - 40), end)
            if hit is None or found.mention_covering(hit.start(), hit.end("word")) is not None:
                break
            known = finder.ref.lookup(f"{hit['word']} {head}")
            if known is None or known.table != PLACE:
                break
            found.add_mention(hit.start(), hit.end("word"), _from_known(known), "name")
            end = hit.start()


def the_compass(text: str) -> list[re.Match[str]]:
    """`THE_COMPASS.finditer(text)`, found from its rare capitalised words (`str.find`): the
    match of a word at `at` can only begin 'the' before the run of spaces that ends at `at`.
    (Matches cannot overlap: none begins inside another, the word's 't' has a letter before.)"""
    hits = []
    for at in offsets(text, COMPASS_WORDS):
        start = at
        while start and text[start - 1] in " \u00a0":
            start -= 1
        if start < at and start >= 3:
            hit = THE_COMPASS.match(text, start - 3)
            if hit is not None:
                hits.append(hit)
    return hits


def plural_nouns(text: str) -> list[tuple[int, int]]:
    r"""The spans of `PLURAL_NOUNS` followed by `\b`, in text order (they cannot overlap)."""
    spans = []
    for at in offsets(text, PLURAL_NOUNS):
        end = at + len("countries" if text[at] == "c" else "nations")
        if word_ends(text, end):
            spans.append((at, end))
    return spans


def compass(finder: _Finder) -> None:
    """'the South' after 'North Korea' and 'South Korea': that country."""
    text, found = finder.text, finder.found
    # first word -> the last country of several words with it named before the hit, kept up
    # to date as the hits come in text order (`read` is where the mentions read so far end)
    names: dict[str, Entity] = {}
    read = 0
    for hit in the_compass(text):
        start, end = hit.span("word")
        if found.mention_covering(start, end) is not None:
            continue
        word = hit["word"]
        for m in found.mentions_starting(read, start):
            if _country(m) and " " in m.entity.name:
                names[m.entity.name.split(" ", 1)[0]] = m.entity
        read = start
        this = names.get(word)
        if this is None:
            continue
        rest = this.name.split(" ", 1)[1]
        if not any(other != word and e.name.split(" ", 1)[1] == rest
                   for other, e in names.items() if other in COMPASS_WORDS):
            continue
        found.add_mention(start, end, this, "name")


def both(finder: _Finder) -> None:
    """'Both countries': the last two countries named before, as one mention with members."""
    text, found, analysis = finder.text, finder.found, finder.analysis
    for noun_start, noun_end in plural_nouns(text):  # the noun first: it is fast to find
        hit = BOTH.search(text, max(0, noun_start - 12), noun_start)
        if hit is None or found.mention_covering(hit.start(), noun_end) is not None:
            continue
        k = max(bisect.bisect_right(analysis.sentence_starts, hit.start()) - 1, 0)
        first = analysis.sentences[max(k - SENTENCES_BACK, 0)][0] if analysis.sentences else 0
        latest: dict[int, tuple[int, Entity]] = {}
        for m in found.mentions_starting(first, hit.start()):
            if _country(m) and not m.members \
                    and not coref.in_quotation(analysis, found, m.start):
                latest[id(m.entity)] = (m.start, m.entity)
        pair = sorted(latest.values(), key=itemgetter(0))[-2:]
        if len(pair) < 2:
            continue
        mention = found.add_mention(hit.start(), noun_end, pair[0][1], "description")
        mention.members = (pair[0][1], pair[1][1])


def find(finder: _Finder) -> None:
    shared_heads(finder)
    compass(finder)
    both(finder)
