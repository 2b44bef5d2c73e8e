"""Shortcuts of the entity stage give what the plain code they replaced gives (the plain code
is kept here as the reference), on role phrases built to be tricky and on random ones."""

from __future__ import annotations

import random
import re

import pytest

from newstables.extract import affiliations, entities, names
from newstables.extract.model import Extraction
from newstables.extract.text import Analysis

TEXTS = [
    "French foreign minister Jean Dupont met former US ambassador Ana Ruiz on Monday.",
    "Peru's ambassador at the Lima Embassy, General Ana Ruiz, said the army's senior "
    "Colonel Jo Lee, 40, was there. Later a lawyer, Ed Po, spoke.",
    "The acting Defence Secretary, Mr. Lee Kim, and the Peruvian national security "
    "adviser Juan Perez met. According to Ana Ruiz, a spokeswoman for the Chilean navy.",
    "",
    "Ana",
]


def _finder(text: str) -> entities._Finder:
    return entities._Finder(Analysis(text), Extraction(), "doc")


def _old_walk_back(finder: entities._Finder, low: int, end: int, loose: bool
                   ) -> tuple[int, int] | None:
    # (`affiliations._walk_back` before the test of its last word came first, with the links
    # of a title to its body as they are now)
    words = finder.words
    starts, ends, texts, lowers = words.starts, words.ends, words.texts, words.lowers
    kept: list[int] = []
    for i in range(end - 1, low - 1, -1):
        low_word, word = lowers[i], texts[i]
        ok = low_word in names.ROLE_MODIFIERS or low_word in ("'s", "’s") \
            or words.capitalised(i) or affiliations._role_word(word) \
            or bool(finder.ref.country_of(word)) or affiliations._title_period(words, i, low) \
            or affiliations._bracketed_acronym(words, i)
        if loose:
            ok = ok or low_word in affiliations.PHRASE_WORDS or word in affiliations._LOOSE_MARKS
        elif low_word in affiliations._BODY_LINKS and kept and i > low and (
                words.capitalised(i - 1) and low_word != "at"
                or affiliations._role_word(texts[i - 1])) and lowers[i - 1] != "according":
            ok = True  # ('Secretary of State', 'director of X', 'student at X': a link
            # between a title and its body)
        elif low_word == "the" and kept and i - 1 > low \
                and lowers[i - 1] in affiliations._BODY_LINKS \
                and (words.capitalised(i - 2) and lowers[i - 1] != "at"
                     or affiliations._role_word(texts[i - 2])):
            ok = True  # ('Secretary of the Navy', 'director of the FBI')
        if not ok or (kept and ends[i] in finder.sentence_ends):
            break
        kept.append(i)
        if starts[i] in finder.sentence_starts:
            break
    kept.reverse()
    while kept and lowers[kept[0]] in affiliations._OPENING:
        kept.pop(0)
    if not loose and kept:
        # the last word, or the title before an abbreviation's period ('Mr.'), ends a title
        last = kept[-1] - 1 if affiliations._title_period(words, kept[-1], low) else kept[-1]
        if not (affiliations._role_word(texts[last]) or lowers[last] in names.ROLE_MODIFIERS
                or affiliations._title_complement(words, last, low)):
            return None
    while kept and (lowers[kept[-1]] in affiliations._COURTESY or texts[kept[-1]] == "."):
        kept.pop()
    if not kept or not any(affiliations._role_word(texts[i]) for i in kept):
        return None
    return starts[kept[0]], ends[kept[-1]]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(5)
    pieces = ["Ana", "Ruiz", "minister", "Minister", "foreign", "former", "the", "of", "at",
              "'s", "’s", "US", "Peru", "French", "General", "general", "said", ",", ".", "a",
              "national", "security", "Colonel", "Mr.", "ex-member", "Embassy", "-"]
    return [" ".join(rng.choice(pieces) for _ in range(30)) for _ in range(n)]


def _check_walk_back(text: str) -> None:
    finder = _finder(text)
    n = len(finder.words)
    for end in range(n + 1):
        for low in range(max(0, end - 31), end + 1):
            for loose in (False, True):
                assert affiliations._walk_back(finder, low, end, loose) == _old_walk_back(
                    finder, low, end, loose), (text, low, end, loose)


@pytest.mark.parametrize("text", TEXTS)
def test_walk_back_as_before_on_tricky_texts(text: str) -> None:
    _check_walk_back(text)


def test_walk_back_as_before_on_random_texts() -> None:
    for text in _random_texts(60):
        _check_walk_back(text)


# -- patterns tried only after a test of the character they begin with ------------------------
_CONTINUATIONS = ["s government", "s office", " government", "government", " of the Navy",
                  " as the minister of state, ", ", a spokesman for the army, ", "s  armed forces"]


def test_patterns_begin_with_the_characters_tested_for_every_character() -> None:
    first = {entities.OFFICE: "'’", entities.OWNED: "'’ \u00a0", affiliations.AFTER: ",",
             affiliations.AS_ROLE: " \u00a0", affiliations.OF_ORG: ", \u00a0"}
    for code in range(0x110000):
        ch = chr(code)
        for pattern, chars in first.items():
            if ch not in chars:
                assert not any(pattern.match(ch + rest) for rest in _CONTINUATIONS), (
                    pattern.pattern, hex(code))


# `ORG_BEFORE` when it also held 'the' (the organisation then needs 'group' after it)
_S = entities._S
OLD_ORG_BEFORE = re.compile(
    rf"\b(?:(?:spokes(?:man|woman|person)|representative|member|official|attorney|lawyer|"
    rf"executive|employee|director|chairman|chairwoman|chairperson|founder|co-founder|leader|"
    rf"head|chief|ceo|cofounder)s?{_S}(?:for|of|at|from){_S}(?:the{_S})?"
    rf"|(?P<group>the){_S})\Z", re.IGNORECASE)


def _old_org_cue(finder: entities._Finder, c: entities.Cand) -> bool:
    # (`_Finder.org_cue` before 'the' was tried where it must begin)
    text, word = finder.text, finder.text[c.start:c.end]
    if text[c.end:c.end + 2] in ("'s", "’s") and not entities.ORG_AFTER.match(text, c.end):
        return False
    before = OLD_ORG_BEFORE.search(text, max(0, c.start - 40), c.start) \
        if entities._org_before_word_end(text, c.start) >= 0 else None
    if before and (not before["group"] or entities.GROUP_AFTER.match(text, c.end)):
        return True
    return entities.ORG_AFTER.match(text, c.end) is not None and (
        not names.is_acronym(word) or entities.STATEMENT.match(text, c.end) is not None)


def _org_texts(n: int) -> list[str]:
    rng = random.Random(7)
    pieces = ["the", "The", "THE", "tHe", "ThE", "xthe", "_the", "éthe", "3the", "of", "for",
              "at", "from", "spokesman", "members", "member", "Acme", "NATO", "group", "said",
              "in", "a", "statement", "officials", "'s", "’s", ",", "(", "-", "\u00a0", "  ",
              "\u00a0 ", "x" * 30, " " * 38]
    return ["".join(rng.choice(pieces) + rng.choice([" ", " ", "", "\u00a0"])
                    for _ in range(25)) for _ in range(n)]


@pytest.mark.parametrize("text", [*TEXTS, *_org_texts(400)])
def test_org_cue_as_before(text: str) -> None:
    finder = _finder(text)
    words = finder.words
    for i in range(len(words)):
        c = entities.Cand(words.starts[i], words.ends[i], "single", (words.lowers[i],))
        assert finder.org_cue(c) == _old_org_cue(finder, c), (text, i)


def test_the_before_matches_as_org_before_for_every_character() -> None:
    # the letters of 'the', the character before it and the space after it, each replaced by
    # every code point: where `org_cue` tries 'the', it matches iff `OLD_ORG_BEFORE` did by 'the'
    for code in range(0x110000):
        ch = chr(code)
        for text in (f"{ch}he Acme", f"t{ch}e Acme", f"th{ch} Acme", f"{ch}the Acme",
                     f"the{ch}Acme", f"x the{ch} Acme"):
            start = text.index("Acme")
            at = len(text[:start].rstrip(" \u00a0")) - 3
            new = at >= 0 and entities.THE_BEFORE.match(text, at, start) is not None
            old = OLD_ORG_BEFORE.search(text, 0, start)
            assert new == bool(old and old["group"]), hex(code)
