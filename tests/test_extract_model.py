"""The extraction's mention index and content-derived ids (kept fast, so checked against plain
computations here)."""

from __future__ import annotations

import hashlib
import random

from newstables.extract.model import ACTOR, PLACE, Entity, Extraction, Mention
from newstables.extract.text import Analysis
from newstables.ids import SEP, hash_id, make_id


def test_ids_are_the_first_16_hex_digits_of_the_sha256_of_the_joined_parts() -> None:
    expected = hashlib.sha256("doc-1\x1f12\x1f\x1fNiño".encode()).hexdigest()[:16]
    assert make_id("men", "doc-1", 12, None, "Niño") == f"men_{expected}"
    assert hash_id("men", SEP.join(["doc-1", "12", "", "Niño"])) == f"men_{expected}"


def _in_text_order(mentions: list[Mention], among: list[Mention]) -> list[Mention]:
    """By start, the longer first, then in the order they were added (as `among` lists them)."""
    return sorted(mentions, key=lambda m: (m.start, -m.end, among.index(m)))


def test_index_answers_like_a_scan_whatever_the_order_of_additions_and_removals() -> None:
    rng = random.Random(7)
    found = Extraction()
    person, city = Entity(ACTOR, "person", "Ana Ruiz"), Entity(PLACE, "city", "Lima")
    added = []
    for _ in range(300):
        start = rng.randrange(0, 500)
        added.append(found.add_mention(start, start + rng.randrange(1, 30),
                                       rng.choice([person, city])))
    found.remove_mentions(rng.sample(added, 60))
    found.remove_mention(found.mentions[5])
    kept = found.mentions
    for _ in range(200):
        start = rng.randrange(0, 520)
        end = start + rng.randrange(0, 60)
        inside = [m for m in kept if start <= m.start and m.end <= end]
        assert found.mentions_between(start, end) == _in_text_order(inside, kept)
        starting = [m for m in kept if start <= m.start < end]
        assert found.mentions_starting(start, end) == _in_text_order(starting, kept)
        overlapping = [m for m in kept if m.start < end and start < m.end]
        longest = max(overlapping, key=lambda m: m.end - m.start, default=None)
        covering = found.mention_covering(start, end)
        assert (covering is None) == (longest is None)
        if longest is not None:
            assert covering.end - covering.start == longest.end - longest.start


def test_index_is_rebuilt_when_the_mention_list_is_changed_directly() -> None:
    found = Extraction()
    group = Entity(ACTOR, "group", "the marchers")
    first = found.add_mention(10, 20, group)
    found.add_mention(30, 40, group)
    found.mentions.remove(first)
    assert found.mentions_between(0, 100) == found.mentions
    assert found.mentions_starting(0, 25) == []


def test_sentences_end_at_marks_followed_by_a_capital_but_not_after_abbreviations() -> None:
    text = 'Gen. Ortiz said "Stop." Then he left... Really?! Yes. U.S. troops came (later.) Done'
    spans = Analysis(text).sentences
    assert [text[s:e] for s, e in spans] == [
        'Gen. Ortiz said "Stop."', "Then he left...", "Really?!", "Yes.",
        "U.S. troops came (later.)", "Done"]
