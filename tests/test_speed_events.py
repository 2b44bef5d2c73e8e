"""The event stage's shortcuts give what the plain computations they replace give."""

from __future__ import annotations

import random
import re

import pytest

from newstables.extract import events, names
from newstables.extract.model import Entity, Event, Mention
from newstables.extract.text import Analysis

from .test_events import run

_WORDS = ["the", "army", ",", "said", "and", "would", "if", "not", "didn't", "attack", ";",
          "who", "that", "could", "ready", "to", "willing", "plans", "“", "(", "-", "5",
          "police", "arrested", "may", "want", "threatened", "vow", "possible", "him"]


def _random_text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)) + "."


def _lowered(text: str) -> str:
    """The text as `events.find` lower-cases it."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    return low


def _sentence(text: str) -> events.Sentence:
    tokens = events._tokens(text, _lowered(text), names.Words(text))
    return events._sentence(text, 0, len(text), tokens, [])


def _old_window(sent: events.Sentence, i: int, size: int) -> list[str]:
    words = [w for w in sent.lows[events._clause_start(sent, i, commas=True):i]
             if w[0].isalnum()]
    return words[-size:]


def test_window_reads_the_last_tokens_first_and_gives_the_whole_clauses_words() -> None:
    rng = random.Random(7)
    for _ in range(400):
        sent = _sentence(_random_text(rng, rng.randint(1, 40)))
        for i in range(len(sent.lows) + 1):
            for size in (1, 4, 6):
                assert events._window(sent, i, size) == _old_window(sent, i, size)


def test_a_hypothetical_cue_is_found_only_where_its_first_word_is_a_word_of_the_window() -> None:
    lex = events.lexicon()
    rng = random.Random(11)
    seen = 0
    for _ in range(3000):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(0, 4))]
        found = lex.hypothetical_re.search(" " + " ".join(words) + " ") is not None
        seen += found
        assert found <= (not lex.hypothetical_first.isdisjoint(words))
    assert seen > 100  # the texts do hold cues


def test_an_undated_event_takes_the_last_time_header_before_it_and_none_before_the_first() -> None:
    # (`_assign_dates` finds the header by bisection, and looks for headers only when some
    # event is still undated)
    text = ("Unrest grows\n\nThe rebels attacked Lima.\n\nLast week\n\nThe army attacked Lima."
            "\n\nYesterday\n\nThe rebels attacked Caracas. Tanner was arrested.\n")
    found, _ = run(text)
    dated = [(text[e.trigger_start:e.trigger_end], e.date, e.date_text) for e in found]
    assert dated == [("attacked", "", ""), ("attacked", "2019-01-21", "Last week"),
                     ("attacked", "2019-01-27", "Yesterday"),
                     ("arrested", "2019-01-27", "Yesterday")]


def test_outermost_candidates_are_in_text_order_and_do_not_overlap() -> None:
    """`_heads` and `_place` stop at the first candidate that ends after their span: that
    holds only if a later candidate never ends earlier."""
    rng = random.Random(5)
    entity = Entity("actor", "person", "X")
    for _ in range(500):
        mentions = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(100)
            mentions.append(Mention(start, start + rng.randint(1, 15), entity))
        kept = events._outermost(mentions)
        for a, b in zip(kept, kept[1:], strict=False):
            assert a.end <= b.start and a.end < b.end


def test_cue_words_hold_no_space() -> None:
    assert all(re.fullmatch(r"\S+", w) for h in events.lexicon().hypothetical for w in h.split())


def test_the_tokenizers_word_class_is_exactly_backslash_w_on_every_code_point() -> None:
    import sys

    word, fast = re.compile(r"\w"), re.compile(events._W)
    assert all(bool(word.fullmatch(c)) == bool(fast.fullmatch(c))
               for c in map(chr, range(sys.maxunicode + 1)))


def test_the_split_with_the_fast_word_class_gives_the_plain_patterns_tokens() -> None:
    plain = re.compile(r"(?! )(\w++(?:[’'.-]+\w++)*+|[’'.-]++\w++(?:[’'.-]+\w++)*+|[^\w\s])")
    rng = random.Random(13)
    alphabet = "aZ9_ é.’'-—“”,;\u00a0\u200bΣß0"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert events._TOKEN_SPLIT.split(text) == plain.split(text)


_PIECES = ["Army", "attacked", "the", "U.S.", "base", ".", "!", "?", ",", "’", "'", "-", "—", "“",
           "”", "(", ")", "didn’t", "'90s", "..", "x_y", "3.5", "İ", "ΟΔΟΣ", "\u200b", "\ufeff",
           "--ok--", "Mr.", "Yes", "J.", "A.", "let's", "it’s", "’S", "soldiers'", "Jong-un",
           "co-op.", "x.com", "5th", "U.S.-led", "O'Brien", "ΑΣ", "Σ", "ς", "\u0301", "K", "é",
           "Ⅻ", "½", "²", "٣", "x٣", "_", "said."]
_GAPS = [" ", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\t", "\u2009", "", "", "", ""]


def _random_pieces(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 30)))


def test_the_tokens_taken_from_the_shared_words_are_the_tokens_a_cut_of_the_text_gives() -> None:
    # (`_tokens` cuts again only the runs `_OTHERWISE_CUT` finds, and takes `names.Words`'
    # words elsewhere)
    rng = random.Random(3)
    for _ in range(6000):
        text = _random_pieces(rng)
        low = _lowered(text)
        parts = events._TOKEN_SPLIT.split(low)
        starts, ends = events._offsets(parts, 0)
        assert events._tokens(text, low, names.Words(text)) == (parts[1::2], starts, ends), text


def test_the_search_for_runs_cut_otherwise_with_listed_digits_matches_its_plain_form() -> None:
    import sys

    plain = re.compile(r"[\d_’Σ\u0130.'-](?:(?<![.'-])|(?=\w)|(?<=(?<![\w’'.-])[A-Z]\.))"
                       r"[\w’'.-]*")
    for text in (c + tail for c in map(chr, range(sys.maxunicode + 1)) for tail in ("a", " ")):
        fast, slow = events._OTHERWISE_CUT.search(text), plain.search(text)
        assert (fast and fast.span()) == (slow and slow.span()), hex(ord(text[0]))


def test_a_sentence_gets_the_tokens_a_cut_of_the_sentence_alone_gives() -> None:
    # (`find` once cut each sentence on its own; it now takes its part of the text's tokens)
    rng = random.Random(5)
    for _ in range(1500):
        text = _random_pieces(rng)
        low = _lowered(text)
        tokens = events._tokens(text, low, names.Words(text))
        for start, end in Analysis(text).sentences:
            sent = events._sentence(text, start, end, tokens, [])
            parts = events._split(low, start, end)
            assert (sent.lows, sent.starts, sent.ends) == (
                parts[1::2], *events._offsets(parts, start)), (text, start, end)


_PLAIN_GAP = r"(?:[\s\u00a0]+[\w’'-]+){0,4}?"  # the gap with backtracking into its runs


def _pattern_texts(rng: random.Random, key: str, patterns: list[events.Pattern]) -> list[str]:
    """Texts that begin with `key`, then words of its patterns and others, in varied case and
    with varied separators."""
    seps = [" ", " ", "  ", "\n", "\u00a0", "-", "'", "’", ",", ".", "", " \n "]
    words = sorted({w for p in patterns for w in re.findall(r"[a-z]+", p.source)
                    if w not in ("s", "xa", "u00a0", "w")} | {"the", "him", "x-y", "it's"})
    return [key + "".join(rng.choice(seps) + rng.choice(words).upper() * (rng.random() < .1)
                          + rng.choice(words) for _ in range(rng.randint(0, 7)))
            for _ in range(40)]


def test_a_pattern_with_a_possessive_gap_matches_what_it_matches_with_the_plain_gap() -> None:
    lex = events.lexicon()
    rng = random.Random(19)
    checked = matched = 0
    for key, patterns in sorted(lex.by_first.items()):
        gapped = [p for p in patterns if events._GAP in p.source]
        for text in _pattern_texts(rng, key, gapped) if gapped else ():
            for p in gapped:
                plain = re.compile(p.source.replace(events._GAP, _PLAIN_GAP), re.I)
                fast = re.compile(p.source, re.I)
                for pos, end in ((0, len(text)), (0, len(text) - 3), (len(key) + 1, len(text))):
                    a, b = plain.match(text, pos, end), fast.match(text, pos, end)
                    assert (a and a.span()) == (b and b.span()), (p.source, text, pos, end)
                    checked += 1
                    matched += a is not None
    assert matched > 300 and checked - matched > 300


def test_the_one_regex_of_a_first_words_patterns_matches_where_one_of_them_matches() -> None:
    # (`_any_source` reads a gap once; only whether it matches is asked)
    lex = events.lexicon()
    rng = random.Random(17)
    checked = matched = 0
    for key, source in sorted(lex.any_pattern.items()):
        patterns = lex.by_first[key]
        plain = re.compile("|".join(f"(?:{p.source.replace(events._GAP, _PLAIN_GAP)})"
                                    for p in patterns), re.I)
        fast = re.compile(source, re.I)
        for text in _pattern_texts(rng, key, patterns):
            for pos in (0, len(key) + 1):
                found = plain.match(text, pos) is not None
                assert (fast.match(text, pos) is not None) == found, (key, text, pos)
                checked += 1
                matched += found
    assert matched > 1000 and checked - matched > 1000


_DATED_PIECES = ["The rebels attacked Lima", "The army arrested Tanner on Monday",
                 "Talks began last week", "Police said on May 5, 2018 that protests grew",
                 "Nothing happened yesterday", "Yesterday the army attacked Caracas",
                 "The week was calm", "In 2014 the rebels protested"]
_FILLER = "Nothing else was known about the matter at the time of writing."
_HEADERS = ["Last week", "Yesterday", "Last week.", "On Monday:", "Monday, Monday",
            "Last week, last week", "May 5, 2018", "Last week (Monday)", "Today", "This year"]


def _dated(event: Event) -> tuple[object, ...]:
    """An event as its fields, its place and participants by name (each run has its own
    entities)."""
    return (event.event_type, event.cameo_code, event.trigger_start, event.trigger_end,
            event.modality, event.date, event.date_precision, event.date_text,
            event.place.name if event.place else None,
            [(p.role, p.entity.name) for p in event.participants])


def test_dates_read_only_where_events_and_headers_are_give_the_same_events(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # (`find` passes dates.find a test of the stretches it needs, `_DatedStretches`: the
    # events' sentences and the paragraphs that may be time headers; its events are dated as
    # they are with every stretch read)
    rng = random.Random(17)
    by_header = 0
    for _ in range(150):
        paragraphs = []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.4:  # (with words about it, so that it is read for itself)
                paragraphs += [_FILLER, rng.choice(_HEADERS), _FILLER][rng.randint(0, 1):]
            else:
                paragraphs.append(". ".join(rng.choice(_DATED_PIECES)
                                            for _ in range(rng.randint(1, 3))) + ".")
        text = "Unrest grows\n\n" + "\n\n".join(paragraphs) + "\n"
        found, _ = run(text)
        with monkeypatch.context() as patch:
            patch.setattr(events, "_DatedStretches", lambda *args: lambda lo, hi: True)
            plain, _ = run(text)
        assert list(map(_dated, found)) == list(map(_dated, plain)), text
        by_header += sum(e.date_text in _HEADERS for e in found)
    assert by_header > 20  # (the texts do hold events dated by a header)


def test_the_header_test_accepts_every_paragraph_that_dates_a_later_event() -> None:
    dated = 0
    for header in _HEADERS:
        text = f"Unrest grows\n\n{header}\n\nThe army attacked Lima.\n"
        found, _ = run(text)
        if found[0].date:
            dated += 1
            start = text.index(header)
            assert events._may_be_header(text, start, start + len(header)), header
    assert dated >= 6
