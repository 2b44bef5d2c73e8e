"""The mention index of `Extraction` (bisected by plain start offsets) answers what a scan of
all its mentions answers, through additions, removals and direct changes of the list."""

from __future__ import annotations

import random

from newstables.extract.model import ACTOR, Entity, Extraction, Mention


def _between(found: Extraction, start: int, end: int) -> list[Mention]:
    return sorted((m for m in found.mentions if start <= m.start and m.end <= end),
                  key=lambda m: (m.start, -m.end))


def _starting(found: Extraction, start: int, end: int) -> list[Mention]:
    return sorted((m for m in found.mentions if start <= m.start < end),
                  key=lambda m: (m.start, -m.end))


def _covering(found: Extraction, start: int, end: int) -> Mention | None:
    over = [m for m in found.mentions if m.start < end and start < m.end]
    return max(over, key=lambda m: (m.end - m.start, -m.start), default=None)


def test_index_answers_as_a_scan_does() -> None:
    rng = random.Random(5)
    for _ in range(200):
        found = Extraction()
        for step in range(rng.randrange(1, 40)):
            roll = rng.random()
            if roll < 0.7 or not found.mentions:
                start = rng.randrange(0, 60)
                found.add_mention(start, start + rng.randrange(1, 12),
                                  Entity(ACTOR, "person", f"P{rng.randrange(5)}"))
            elif roll < 0.9:
                found.remove_mentions(rng.sample(found.mentions,
                                                 rng.randrange(1, len(found.mentions) + 1)))
            else:  # changed directly: the index is rebuilt
                found.mentions.pop(rng.randrange(len(found.mentions)))
            a = rng.randrange(0, 70)
            b = a + rng.randrange(0, 20)
            assert found.mentions_between(a, b) == _between(found, a, b), step
            assert found.mentions_starting(a, b) == _starting(found, a, b), step
            if a < b:
                assert found.mention_covering(a, b) is _covering(found, a, b), step
