"""`quotes._cues` against the scan it replaced (kept here as the reference): `_cue_pattern`
found by a scanner that led with the exact class of the character before a cue."""

from __future__ import annotations

import random
import re

from newstables.extract import quotes


def _old_cues(text: str) -> list[tuple[int, int, str]]:
    scanner = re.compile(rf"[^A-Za-z0-9_'’\w-](?:{quotes._cue_forms()})(?![\w'’-])")
    first = quotes._cue_pattern().match(text)
    cues = [(0, first.end(), first.group())] if first else []
    cues += [(m.start() + 1, m.end(), m.group()[1:])
             for m in scanner.finditer(text, first.end() if first else 0)]
    return cues


_PIECES = ["said", "says", "told", "according to", "According to", "quoted by", "warned", "to",
           "by", "Said", "é", "ß", "’", "'", "-", "_", "7", "²", " ", "  ", "\n", "\u00a0",
           "\u200b", "\"", "“", "”", "(", ",", ".", "x", "Smith", "asked", "add", "ing", "ed"]


def test_cues_match_the_old_scan() -> None:
    rng = random.Random(20261129)
    texts = ["said", "ésaid said", "’said -said _said 7said ²said éaccording to said",
             "He said. She told him, according to police: \u201csaid\u201d",
             "Quoted by X, citing Y; ’tis said-ish, ésays ßtold xsaid"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30)))
              for _ in range(20_000)]
    for text in texts:
        assert quotes._cues(text) == _old_cues(text), repr(text)


def test_word_before_cue_is_the_look_behind_class() -> None:
    behind = re.compile(r"[\w'’-]")
    for code in range(0x3000):
        ch = chr(code)
        assert quotes._word_before_cue(ch) == bool(behind.match(ch)), repr(ch)
