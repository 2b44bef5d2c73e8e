"""The quote stage's shortcuts give what the plain code they replace gives."""

from __future__ import annotations

import bisect
import random
import re

from newstables.extract import quotes
from newstables.extract.text import Analysis, offsets, strip_span


def _reference_spans(analysis: Analysis) -> list[quotes._Span]:
    """`_find_spans` as it was: every paragraph paired, its marks found by two bisections."""
    def marks_in(at: list[int], lo: int, hi: int) -> list[int]:
        return at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]

    text, paragraphs = analysis.text, analysis.paragraphs
    found: list[quotes._Span] = []
    double_at = offsets(text, quotes._DOUBLE_MARKS)
    single_at = offsets(text, quotes._SINGLE_MARKS)
    for index, (p_start, p_end) in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        next_opens = following is not None and text[following[0]] in '"“«„'
        marks = marks_in(double_at, p_start, p_end)
        doubles = quotes._double_spans(text, marks, p_start, p_end, next_opens, index)
        if not doubles and index > 0 and not marks:
            prev_start, prev_end = paragraphs[index - 1]
            if text[prev_end - 1] == ":" and quotes._cue_pattern().search(
                    text, prev_start, prev_end):
                doubles = [quotes._Span(p_start, p_end, p_start, p_end, index, block=True)]
        lo = p_start
        for span in doubles:
            found.extend(quotes._single_spans(text, single_at, lo, span.open_mark, index,
                                              nested=False))
            found.append(span)
            found.extend(quotes._single_spans(text, single_at, span.start, span.end, index,
                                              nested=True))
            lo = span.after_mark
        found.extend(quotes._single_spans(text, single_at, lo, p_end, index, nested=False))
    spans = []
    for span in found:
        span.start, span.end = strip_span(text, span.start, span.end)
        if span.start < span.end:
            spans.append(span)
    return sorted(spans, key=lambda s: (s.start, s.end))


def _fields(spans: list[quotes._Span]) -> list[tuple[object, ...]]:
    return [(s.start, s.end, s.open_mark, s.after_mark, s.paragraph, s.nested, s.block,
             s.open_ended) for s in spans]


_TRICKY = [
    "",
    '"',
    "'",
    'He said: "Go." She said \'no\' and \'yes\'.\n\n"Again," he said.',
    'The officials said:\n"We will not stop."\nThen \'a quote\' alone.',
    "Rock 'n' roll in the '90s, 5'11\" tall, it's Okafor’s ‘word’ and ‹this›.",
    '“Open\n“Still open\nnone here\n«fin» „low‟',
    ' \u00a0"spaced" \u2003\r\n\r"x" y\'z\' \u200b\'q\'\ufeff',
]


def test_find_spans_matches_the_reference_on_tricky_texts() -> None:
    for text in _TRICKY:
        analysis = Analysis(text)
        assert _fields(quotes._find_spans(analysis)) == _fields(_reference_spans(analysis)), text


def test_find_spans_matches_the_reference_on_random_texts() -> None:
    rng = random.Random(7)
    pieces = ["a", "b", "I", "7", " ", " ", "\u00a0", "\n", "\r\n", ".", ",", ":", "(", ")",
              "—", "said", "told", "warned", *quotes._DOUBLE_MARKS, *quotes._SINGLE_MARKS]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        analysis = Analysis(text)
        assert _fields(quotes._find_spans(analysis)) == _fields(_reference_spans(analysis)), \
            repr(text)


def _reference_folded(quoted: str) -> str:
    return quotes._NON_WORD.sub(" ", quotes.fold(quoted)).strip()


def test_ascii_word_table_is_the_regex_word_class() -> None:
    for code in range(128):
        word = quotes._NON_WORD.fullmatch(chr(code)) is None
        assert (quotes._ASCII_NON_WORD[code] != 32) == word, code


def test_folded_matches_the_regex_on_tricky_and_random_texts() -> None:
    tricky = ["", " ", "_", "a_b", "  Hello,  World!  ", "It's 5'11\" -- ok?", "\t\nx\x0b\x0cy\x1f",
              "Ibáñez  said “no”", "ÉCOLE…  ﬁne", "a\u00a0b\u2003c", "x\x00y\x7fz"]
    rng = random.Random(11)
    alphabet = [chr(c) for c in range(128)] + ["é", "’", "“", "\u00a0", "ß", "ﬁ", "_"]
    texts = tricky + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
                      for _ in range(3000)]
    for text in texts:
        assert quotes._folded(text) == _reference_folded(text), repr(text)


def _random_texts(seed: int, alphabet: list[str], count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
            for _ in range(count)]


def test_phrase_stop_finds_what_the_plain_pattern_finds() -> None:
    plain = re.compile(r"[,;.(]\s|[,;.]$")
    alphabet = list(",;.()x \n\t\u00a0_é")
    tricky = ["", "(", "a (", "a.", "a.\n", "a,\n\n", "(\n", "x ( y"]
    for text in tricky + _random_texts(3, alphabet):
        old, new = plain.search(text), quotes._PHRASE_STOP.search(text)
        assert (old and old.start()) == (new and new.start()), repr(text)


def test_counted_words_are_findall_counted_to_the_limit() -> None:
    alphabet = list("ab1_'’- .,\n") + ["é", "—"]
    for text in _random_texts(5, alphabet):
        for limit in (1, 4, 5, 7, 11):
            assert quotes._count_words(text, limit) == min(len(quotes._WORD.findall(text)),
                                                           limit), repr(text)


def test_single_quote_opens_is_the_search() -> None:
    alphabet = list("ab1_ '‘‹’\"\n") + ["é"]
    for text in _random_texts(9, alphabet):
        for begin, end in ((0, len(text)), (1, len(text) - 1), (2, 5)):
            expected = quotes._SINGLE_QUOTE_OPEN.search(text, begin, end) is not None
            assert quotes._single_quote_opens(text, begin, end) == expected, repr(text)


def test_starts_outside_quotations_are_the_plain_filter() -> None:
    """`_starts_outside_quotations` keeps what testing each start against the quotations keeps."""
    rng = random.Random(7)
    for _ in range(3000):
        cuts = sorted(rng.sample(range(60), rng.randrange(0, 12) * 2))
        marks = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        if rng.random() < 0.3 and len(marks) > 1:  # quotations that touch: [a, b) then [b, c)
            marks[1] = (marks[0][1], marks[1][1])
        starts = sorted(rng.sample(range(60), rng.randrange(0, 20)))
        opens = {a for a, _ in marks}
        plain = [s for s in starts
                 if not any(a <= s < b for a, b in marks) or s in opens]
        assert quotes._starts_outside_quotations(starts, marks) == plain, (starts, marks)


def _plain_single_spans(text: str, marks: list[int], lo: int, hi: int, paragraph: int,
                        nested: bool) -> list[quotes._Span]:
    """`_single_spans` without its skip of marks between letters or digits."""
    spans: list[quotes._Span] = []
    open_at: int | None = None
    for pos in quotes._marks(marks, lo, hi):
        ch = text[pos]
        left = text[pos - 1] if pos > lo else " "
        right = text[pos + 1] if pos + 1 < hi else " "
        opens = (ch in "'‘‹" and (left in quotes._SPACES or left in "([{—–\"“«" or pos == lo)
                 and (right.isalpha() or right in ".…")
                 and not quotes._TWO_DIGITS.match(text, pos + 1, pos + 3))
        closes = (ch in "'’›" and left not in quotes._SPACES and not left.isdigit()
                  and (right in quotes._SPACES or right in ".,;:!?)]—–\"”»" or pos + 1 == hi))
        if open_at is not None and closes and pos == open_at + 2 and text[pos - 1].isalpha():
            open_at = None
        elif open_at is not None and closes and pos > open_at + 1:
            spans.append(quotes._Span(open_at + 1, pos, open_at, pos + 1, paragraph,
                                      nested=nested))
            open_at = None
        elif opens:
            open_at = pos
    return spans


def test_single_spans_skip_marks_between_letters() -> None:
    rng = random.Random(5)
    pieces = ["a", "B", "é", "7", "90", " ", "\u00a0", ".", ",", "(", "—", "\"", "“", "n",
              *quotes._SINGLE_MARKS]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        marks = offsets(text, quotes._SINGLE_MARKS)
        lo = rng.randrange(0, len(text))
        hi = rng.randrange(lo, len(text) + 1)
        assert _fields(quotes._single_spans(text, marks, lo, hi, 0, False)) == _fields(
            _plain_single_spans(text, marks, lo, hi, 0, False)), (text, lo, hi)
