"""The entity stage's shortcuts find exactly what the plain definitions they replace find."""

from __future__ import annotations

import random

import pytest

from newstables.extract import descriptions, entities, names

TEXTS = [
    "",
    "   ",
    "Gen. A. B. Cole of the U.S. Army met D.C. officials. He said: \"No.\"",
    "The 3rd Brigade's 120 soldiers, 12 km away, left at 5pm_today (AP).",
    "O'Brien and Jong-un's aides\u00a0met at Smith.com on\tMonday\r\n\r\nend A.",
    "x  \u00a0y. _z 42 4x ℂity Σigma ex-officer's ’s",
    "Ana de la Cruz, Juan de Vries and Bank of the West: The Guardian",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_tokens_of_the_token_pattern(text: str) -> None:
    words = names.Words(text)
    expected = [(t.start, t.end, t.text) for t in names.tokens(text)]
    assert list(zip(words.starts, words.ends, words.texts, strict=True)) == expected
    assert words.lowers == [t.lower() for t in words.texts]


# characters and pieces that steer `TOKEN`'s branches, for random texts
_PIECES = list("aAbsSZz09_ .-'’\u00a0\t\nU,;\"“”()?!½²٣ΣÉéß\u0130ℂ&$") + [
    ".com", ".org", ".gov", "'s", "’S", "U.", "A. B", "3rd", "٣a", "x-y", "O'B", "Jong-un"]


def test_the_character_loop_cuts_the_words_the_split_cuts() -> None:
    """`names._cut` (the compiled module's cut) and `names._split` (the interpreted one's)
    give the same words, on the texts above and on random texts of tricky characters."""
    rng = random.Random(7)
    texts = TEXTS + ["".join(rng.choice(_PIECES) if rng.random() < 0.7 else chr(rng.randint(
        0, 0x3000)) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    for text in texts:
        assert names._cut(text) == names._split(text), text


@pytest.mark.parametrize("text", TEXTS)
def test_name_words_are_the_words_is_name_word_accepts(text: str) -> None:
    words = names.Words(text)
    expected = [i for i, t in enumerate(names.tokens(text)) if names.is_name_word(t)]
    assert words.name_words() == expected
    assert [words.capitalised(i) for i in range(len(words))] == [
        t.capitalised for t in names.tokens(text)]


WINDOWS = [
    "he said the (two former soldiers",
    "\"Kenyan soldiers",
    "over 1,000 of  the   soldiers",
    "reports say more than a dozen of migrant workers",
    "word\nThe soldiers",
    "self-The soldiers",
    "SOME FORMER soldiers",
    "met an angry man",
    "and then a senior official",
    "A Tall man",
    "said the soldiers",
    "soldiers",
    "On Friday, fishermen",
    "September 24. On September 29, Scientology officials",
    "the North. \"Commanders",
    "the 12,000 Pro- soldiers",
    "Sea Org’ Foo_ officials",
    "said: “two former soldiers",
    "then, (Three) senior officials",
    "the A.B. officers",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_search_from_the_floor_finds_what_a_whole_search_finds(window: str) -> None:
    floor = descriptions._floor(window)
    for pattern in (descriptions.INDEFINITE, descriptions.DEFINITE, descriptions.GROUP):
        whole, part = pattern.search(window), pattern.search(window, floor)
        assert (whole and (whole.span(), whole.groupdict())) == (
            part and (part.span(), part.groupdict()))


def _windows(n: int) -> list[str]:
    rng = random.Random(5)
    pieces = ["the", "The", "two", "1,000", "12,", "24.", "of", "more", "than", "a", "dozen",
              "former", "senior", "Kenyan", "Pro-", "Foo_", "said", "Friday,", "North.", "(two",
              "\"Kenyan", "’", ",", ".", "-", "asylum", "seekers", "soldiers", "officials", "man"]
    heads = ["soldiers", "officials", "man", "seekers", "units", "militias", "people-smugglers"]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            + rng.choice([" ", "  ", "\u00a0", ""]) + rng.choice(heads) for _ in range(n)]


@pytest.mark.parametrize("window", _windows(300))
def test_search_from_the_floor_of_random_windows(window: str) -> None:
    test_search_from_the_floor_finds_what_a_whole_search_finds(window)


def test_floor_skips_words_no_description_can_hold() -> None:
    window = "officials said yesterday that the soldiers"
    assert window[descriptions._floor(window):].strip() == "that the soldiers"


def test_kind_nouns_are_the_matches_of_the_kind_pattern() -> None:
    text = "the company Acme, xcompany Foo, party\u00a0 Bar, _firm Baz, website Qux, site"
    expected = {m.end(): (m.start(), m["noun"]) for m in entities.KIND_NOUN.finditer(text)}
    assert entities._kind_nouns(text) == expected
    assert len(expected) == 3


def test_cached_name_tests_give_the_stated_answers_which_no_caller_can_change() -> None:
    """`_variant`, `_org_words` and `_last_word` are cached on names, so every caller gets the
    same answer object: it must be the right one, and immutable (a list handed out by a cache
    and extended by one caller would be wrong for the next)."""
    assert entities._org_words("the Bank of England") == ("bank", "of", "england")
    assert entities._org_words("The Times") == ("times",)
    assert entities._org_words("the") == ("the",)  # (a name that is only "the" keeps it)
    assert entities._org_words("Ärzte ohne Grenzen") == ("arzte", "ohne", "grenzen")
    assert entities._last_word("NY Port Authority") == "authority"
    assert entities._last_word("") == ""
    assert entities._variant("Times", "The Times")
    assert entities._variant("NY Port Authority", "New York Port Authority")  # initials
    assert entities._variant("UN Security Council", "United Nations Security Council")
    assert not entities._variant("Bank of England", "Bank of Spain")
    assert not entities._variant("Port Authority", "New York Port Authority")
    for name in ("the Bank of England", "LA Times", ""):
        words = entities._org_words(name)
        assert isinstance(words, tuple) and entities._org_words(name) is words
        hash(words)  # (a tuple of strings: nothing in it can be changed either)


def test_owner_index_extended_is_the_index_of_both() -> None:
    """`resolve` adds the known people's name parts to the index of the other people instead
    of indexing both again: for disjoint full names the index is the same."""
    import random

    from newstables.extract.model import ACTOR, Entity

    rng = random.Random(3)
    words = ["ana", "de", "la", "cruz", "juan", "vries", "paris", "roe"]
    for _ in range(300):
        people = {tuple(rng.choices(words, k=rng.randrange(1, 5))): Entity(ACTOR, "person", "x")
                  for _ in range(rng.randrange(0, 6))}
        known = {tuple(rng.choices(words, k=rng.randrange(1, 5))): Entity(ACTOR, "person", "y")
                 for _ in range(rng.randrange(0, 6))}
        if not known.keys().isdisjoint(people):
            continue
        both = entities._owner_index(people | known)
        extended = entities._owner_index(known, entities._owner_index(people))
        assert extended == both
        for part in both:
            assert entities._owner(part, extended) is entities._owner(part, both)
    assert entities._folded_words("Jean-Paul  Núñez") == ("jean-paul", "nunez")


def _plain_is_headline(text: str, start: int, end: int) -> bool:
    """`entities._is_headline` as first written: on a copy of the line, in two passes."""
    import re

    line = text[start:end].rstrip()
    if line[-1:] in ".!?\"”" or len(line) > 200:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in names.STOP
             or w[0].isupper()]
    if not words or line[-1:] in ".!?\"”":
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def test_is_headline_is_the_plain_test() -> None:
    lines = ["Monday, May 18, 2015", "Over 900 asylum seekers rescued off Indonesian coast (0)",
             "The Army And The People", "the and of", "", "   ", "Hello.", "Who? ", "X " * 120,
             "Ärzte ohne Grenzen  \t", "quasi-state of War’s End", "12 34", "Is It So”",
             "By Jane Roe\u00a0", "a B c D e F", "A b c D E"]
    for line in lines:
        for text, start in ((line, 0), ("Before.\n" + line + "\nafter", 8)):
            end = start + len(line)
            assert entities._is_headline(text, start, end) == _plain_is_headline(
                text, start, end), line


def test_lower_case_cache_answers_str_lower() -> None:
    """`names.WordMemo(str.lower)` gives `str.lower` of any word, also once cleared when full."""
    cache = names.WordMemo(str.lower)
    words = ["The", "İstanbul", "ΣΟΦΊΑ", "U.S.", "’s", "Straße", "MÜNCHEN", "x", "3D"]
    for word in words:
        assert cache[word] == word.lower() and cache[word] == word.lower()
    for k in range(200_001):
        cache[f"W{k}"]
    assert len(cache) < 200_000
    assert [cache[w] for w in words] == [w.lower() for w in words]


def test_name_words_of_random_texts_are_the_words_is_name_word_accepts() -> None:
    """`Words.name_words` (a cached test per word) on random texts of tricky characters."""
    import random

    rng = random.Random(7)
    alphabet = "aZ Ée3_'’-.,ℂΣσ²٣ \u00a0sS(“"
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        words = names.Words(text)
        expected = [i for i, t in enumerate(names.tokens(text)) if names.is_name_word(t)]
        assert words.name_words() == expected, text


def _police_texts(n: int) -> list[str]:
    rng = random.Random(11)
    pieces = ["the", "The", "THE", "xthe", "_the", "police", "Police", "POLICE", "policeman",
              "olice", "p", "P", "bathe", "said", ",", ".", "-", "'s", " ", "  ", "\u00a0", "\t"]
    return ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(n)]


@pytest.mark.parametrize("text", [*TEXTS, "olice police", "the police", "The\u00a0 Police.",
                                  *_police_texts(300)])
def test_police_hits_are_the_matches_of_the_police_pattern(text: str) -> None:
    expected = [m.span() for m in entities._POLICE.finditer(text)]
    assert [m.span() for m in entities._police_hits(text)] == expected
