"""The entity stage's faster code finds exactly what the code it replaced found (the old code is
kept here as the reference), on tricky texts, random texts and every character."""

from __future__ import annotations

import random
import sys

import pytest

from newstables.extract import names

TRICKY = [
    "",
    "A",
    "Ana de la Cruz, Juan de Vries and Bank of the West: The Guardian",
    "Bank Of The\u00a0West and Of The  People of Ana",
    "The Ministry of Defence's Office and Peru's army said De",
    "3D Systems 4G 20th 2020s ¹A ²b Ⅻ Ⓐ ǅungla 𝐀lpha ΣΟΦΙΑ İstanbul",
    "“Quoted” — ‘Single’ ¿Qué? $5 & 10% A. B. Cole U.S. Army\r\nNew line",
    "x  \u00a0y. _z 42 4x ℂity Σigma ex-officer's ’s O'Brien Jong-un",
]


def _old_name_words(words: names.Words) -> list[int]:
    # (as `Words.name_words` was before the ASCII capitals were accepted without a call)
    import re
    from operator import itemgetter
    may_begin = re.compile(r"[^a-z,.;:\"'“”’()\-]")
    texts, lowers = words.texts, words.lowers
    firsts = "".join(map(itemgetter(0), texts))
    found = []
    for hit in may_begin.finditer(firsts):
        i = hit.start()
        first = firsts[i]
        if first.isalpha() and first.isupper() or first.isdigit() and lowers[i] != texts[i]:
            found.append(i)
    return found


def _old_runs(text: str, words: names.Words) -> list[list[int]]:
    # (as `names.runs` was before the one-space test was written inline)
    def joined(end: int, start: int) -> bool:
        return start - end == 1 and text[end] in " \u00a0"

    starts, ends, lowers = words.starts, words.ends, words.lowers
    found: list[list[int]] = []
    current: list[int] = []
    for i in words.name_words():
        if current:
            last = current[-1]
            if i == last + 1 and joined(ends[last], starts[i]):
                current.append(i)
                continue
            if i == last + 2 and lowers[last + 1] in names._LINKS \
                    and joined(ends[last], starts[last + 1]) and joined(ends[last + 1], starts[i]):
                current += (last + 1, i)
                continue
            if i == last + 3 and lowers[last + 1] in names.PARTICLES \
                    and lowers[last + 2] in names.PARTICLES \
                    and all(joined(ends[k], starts[k + 1]) for k in (last, last + 1, last + 2)):
                current += (last + 1, last + 2, i)  # (two particles: 'von der')
                continue
            found.append(current)
        current = [i]
    if current:
        found.append(current)
    return [r[:-1] if len(r) > 1 and lowers[r[-1]] in names._LINKS else r for r in found]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(11)
    pieces = ["Ana", "de", "la", "of", "The", "the", "Of", "and", "And", "Bank", "'s", "’s",
              "U.S.", "3D", "20th", " ", " ", "  ", "\u00a0", ",", ".", "\n", "Σ", "é", "É",
              "—", "“", "x", "Y", "-", "'"]
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(40))
            for _ in range(n)]


@pytest.mark.parametrize("text", TRICKY)
def test_name_words_and_runs_as_before_on_tricky_texts(text: str) -> None:
    words = names.Words(text)
    assert words.name_words() == _old_name_words(words)
    assert names.runs(text, words) == _old_runs(text, words)


def test_name_words_and_runs_as_before_on_random_texts() -> None:
    for text in _random_texts(3000):
        words = names.Words(text)
        assert words.name_words() == _old_name_words(words), text
        assert names.runs(text, words) == _old_runs(text, words), text


def test_name_words_as_before_for_every_character() -> None:
    # every code point first in a word, before a capital and before a small letter
    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    for begin in range(0, len(chars), 20_000):
        text = " ".join(f"{c}B {c}b" for c in chars[begin:begin + 20_000])
        words = names.Words(text)
        assert words.name_words() == _old_name_words(words)
