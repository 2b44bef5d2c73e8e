"""Shortcuts of the coreference code give what the plain code they replaced gives (the plain code
is kept here as the reference), on tricky and on random inputs."""

from __future__ import annotations

import random
import re

import pytest

from newstables.extract import coref
from newstables.extract.model import ACTOR, ORGANISATION, Entity, Mention

_SURFACES = ["Ana Ruiz", "the man", "Mrs. Lee", "spokesman Jo Po", "John", "Mary Smith", "",
             "the spokeswoman", "a woman", "Mr Kim", "Ms. Ito", "Leslie", "Acme Corp", "boy"]


def _old_gender_clash(mention: Mention, text: str, pronoun: str) -> bool:
    # (`coref._gender_clash` before its work on strings was memoised)
    words = {w.lower() for w in coref._WORD.findall(text[mention.start:mention.end])}
    words |= {w.lower() for w in coref._WORD.findall(mention.entity.name + " "
                                                      + mention.entity.title)}
    if pronoun in coref.FEMININE:
        if words & coref._MASCULINE_NOUNS:
            return True
    elif words & coref._FEMININE_NOUNS:
        return True
    if mention.entity.kind != "person":
        return False
    first = coref.fold(mention.entity.name).split(" ")[0]
    gender = coref.first_names().get(first, "")
    return gender == ("m" if pronoun in coref.FEMININE else "f")


def _cases(n: int) -> list[tuple[str, Entity, str]]:
    rng = random.Random(11)
    cases = []
    for _ in range(n):
        surface = rng.choice(_SURFACES)
        entity = Entity(rng.choice([ACTOR, ORGANISATION]),
                        rng.choice(["person", "anonymous", "group", "media"]),
                        rng.choice(_SURFACES), title=rng.choice(["", "Mr.", "Mrs", "Colonel"]))
        cases.append((surface, entity, rng.choice(sorted(coref.PRONOUNS))))
    return cases


@pytest.mark.parametrize(("surface", "entity", "pronoun"), _cases(600))
def test_gender_clash_is_the_plain_test(surface: str, entity: Entity, pronoun: str) -> None:
    text = f"x {surface} y"
    mention = Mention(2, 2 + len(surface), entity)
    assert coref._gender_clash(mention, text, pronoun) == _old_gender_clash(mention, text,
                                                                             pronoun)
    assert coref._gender_clash(mention, text, pronoun) == _old_gender_clash(mention, text,
                                                                             pronoun)


_GAP_TEXT = "A and B, and C ,and D  and\u00a0E,\nand\tF and G"


@pytest.mark.parametrize("start", range(len(_GAP_TEXT) + 1))
def test_coordination_gap_is_the_slice_test(start: int) -> None:
    for end in range(len(_GAP_TEXT) + 2):  # (offsets are never negative)
        plain = re.fullmatch(r",?\s+and\s+", _GAP_TEXT[start:end])
        assert bool(coref._AND.fullmatch(_GAP_TEXT, start, end)) == bool(plain)


def _random_spans(rng: random.Random) -> list[tuple[int, int]]:
    spans = [(a, a + rng.randrange(0, 12)) for a in rng.sample(range(40), rng.randrange(0, 6))]
    return sorted(spans)  # (possibly nested or overlapping, as quotes may be)


def test_clear_of_quotes_means_inside_is_false_at_every_offset() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        spans = _random_spans(rng)
        lo = rng.randrange(0, 45)
        hi = lo + rng.randrange(0, 15)
        plain = not any(coref._inside(spans, x) for x in range(lo, hi))
        if coref._clear_of_quotes(spans, lo, hi):
            assert plain, (spans, lo, hi)
        elif not spans or hi > lo:
            # (a shortcut, not a definition: it may say no when the plain test says yes only
            # where a span begins inside the range, which it does not look into)
            assert not plain or any(lo < a < hi for a, _ in spans), (spans, lo, hi)
