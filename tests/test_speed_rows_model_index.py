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


def _state(found: Extraction) -> tuple:
    """What an `Extraction` holds, with mentions as plain values (their order included)."""
    def plain(m: Mention) -> tuple:
        return (m.start, m.end, id(m.entity), m.mention_type)
    return ([plain(m) for m in found.mentions], [id(e) for e in found.entities.values()],
            [(i[0], i[1], plain(i[3])) for i in found._sorted], found._starts,
            [found._seq[id(i[3])] for i in found._sorted], found._next, found._longest)


def test_add_mentions_is_add_mention_of_each() -> None:
    """A batch (in text order, as `emit` gives it, or not) ends as adding each span did,
    before and after mentions already there, and so do later questions and additions."""
    rng = random.Random(11)
    for _ in range(300):
        people = [Entity(ACTOR, "person", f"P{k}") for k in range(4)]
        before = [(s, s + rng.randrange(1, 9), rng.choice(people), "name")
                  for s in (rng.randrange(0, 50) for _ in range(rng.randrange(0, 6)))]
        spans = [(s, s + rng.randrange(1, 12), rng.choice(people),
                  rng.choice(["name", "nationality"]))
                 for s in (rng.randrange(0, 60) for _ in range(rng.randrange(0, 25)))]
        if rng.random() < 0.5:
            spans.sort(key=lambda span: span[0])
        one, batch = Extraction(), Extraction()
        for found in (one, batch):
            for span in before:
                found.add_mention(*span)
        for span in spans:
            one.add_mention(*span)
        batch.add_mentions(spans)
        assert _state(one) == _state(batch)
        a = rng.randrange(0, 70)
        b = a + rng.randrange(1, 20)
        assert batch.mentions_between(a, b) == _between(batch, a, b)
        assert batch.mention_covering(a, b) is _covering(batch, a, b)
        batch.add_mention(a, b, people[0])
        assert batch.mentions_starting(0, 99) == _starting(batch, 0, 99)
