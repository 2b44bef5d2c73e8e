"""Quotations and their speakers.

Two passes over one article. First the quotation marks: per paragraph, straight and typographic
double quotes and guillemets are paired by a small state machine (so an odd count never raises:
a stray mark is dropped, a quote left open at a paragraph's end runs to that end when the next
paragraph opens a quote); single quotes pair inside double ones and, British style, on their own;
apostrophes, inch marks and primes are never marks. A paragraph ending in a colon followed by a
paragraph with no marks is a block quotation.

Then each quotation's kind and speaker, from the cue lexicon in `reference/speech_verbs.yaml`:
a cue right after the quote (`"...," X said` / `said X`), a cue before it in the same sentence
(`X said: "..."`, `X admitted that ... "..."`), the previous speaker for a quote with no cue
of its own (`continuation`), and none for single words and titles (`scare`). Speakers are the
mentions the entity stage found; pronouns and descriptions resolve through `coref`.

Nothing here scans the whole article per quote: marks, cues and people are sorted or keyed once
per article and mentions come from the `Extraction`'s index, all looked up by bisection, so the
stage grows as n log n with the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from typing import Final

from ..ids import fold as _fold_uncached
from . import coref, names
from .model import ACTOR, ORGANISATION, PLACE, Entity, Extraction, Mention, Quote
from .text import WHITE, Analysis, is_abbreviation, offsets, strip_span, trie

fold = lru_cache(maxsize=8192)(_fold_uncached)  # names recur within and across articles

_DOUBLE_MARKS, _SINGLE_MARKS = "\"“”«»„‟", "'‘’‹›"
_DOUBLE: Final = re.compile(f"[{_DOUBLE_MARKS}]")
_SINGLE_QUOTE_OPEN: Final = re.compile(r"(?<![\w])['‘‹](?=\w)")
_TWO_DIGITS: Final = re.compile(r"\d\d")  # a year after an apostrophe: '90s
# Patterns of the attribution rules, compiled once (each is tried for every quote or cue).
_LETTER: Final = re.compile(r"[^\W\d_]")
_BY: Final = re.compile(r"\bby\s+")
# the rest of a title after its office word: 'of London ', 'of the Interior '
_OFFICE_OF = re.compile(r"(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}")
_OWNER_BEFORE: Final = re.compile(r"\s(?:of|at|from|for|with)\s+(?:the\s+)?$", re.IGNORECASE)
_NEW_VERB: Final = re.compile(r"\W*(and|but|or|then|while|as)\b")
# '[,;.(]\s|[,;.]$' (the same first match) written to begin with its character set, so a search
# enters the matcher only at those characters, not at every one
# Where the phrase naming a speaker after a cue ends: a comma, semicolon, bracket or full stop,
# but not the stop of a title's abbreviation ('said Dr. Jane Roe', 'said Gen. Ana Ruiz').
# (The character set stays first, as above; the abbreviations are looked behind after it.)
_PHRASE_STOP: Final = re.compile(
    r"[,;.(](?<!\b[DM]r\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bLt\.)"
    r"(?<!\b(?:Gen|Col|Sgt|Maj|Rep|Sen|Gov|Adm|Rev)\.)(?<!\b(?:Capt|Prof|Cmdr)\.)"
    r"(?:\s|(?<!\()$)")
_SPLIT_BREAK: Final = re.compile(r"[;]|\b(and|but|later|then)\b")
_OPENERS, _CLOSERS = "“«„‟", "”»"
_WORD: Final = re.compile(r"[\w][\w'’-]*")
_CAPITALISED: Final = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]*$")
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                          "this", "these", "those"))
_PASSIVE: Final = frozenset(("be", "been", "being", "was", "were", "is", "are", "am"))
_NO_SUBJECT: Final = _DETERMINERS | _PASSIVE  # the word before a cue that takes no subject
# Words between a subject and its cue that are not part of the subject ("Smith also said").
_SKIP_BEFORE_CUE: Final = frozenset((
    "also", "then", "later", "again", "has", "have", "had", "was", "is", "would", "will", "did",
    "does", "had", "previously", "repeatedly", "once", "further", "reportedly", "recently",
    "earlier", "however", "flatly", "simply", "only", "just", "publicly", "privately", "had",
    "quickly", "often", "still", "subsequently", "first", "finally", "has", "already", "never"))
# A time between a subject and its cue ('Smith on Tuesday warned', 'the ministry last week said').
_TIME_WORDS: Final = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                "sunday", "yesterday", "today", "tonight", "week", "month", "year",
                                "night", "weekend", "morning", "evening", "afternoon"))
# A word that opens no name (besides the stop words: 'The', 'However', ...).
_NOT_NAMES: Final = frozenset(("According",))
_APPOSED_NAME: Final = re.compile(r"[ \u00a0]*,[ \u00a0]*")  # 'the prosecutor, Mark Tedeschi'
_CUE_THEN_MARK: Final = re.compile(r"[ \u00a0]*,?[ \u00a0]*")  # between a cue and its quote's mark
# 'call' characterises ('called the ruling "dangerous"') unless a particle makes it an appeal.
_CALL: Final = frozenset({"call", "calls", "called", "calling"})
_CALL_PARTICLE: Final = re.compile(r"[ \u00a0]+(?:on|upon|for|up|off|in|out|back)\b", re.IGNORECASE)
_MAX_GAP_WORDS: Final = 10  # words between a cue (with its addressee) and the quote it introduces
_MAX_SUBJECT_WORDS = 6  # words between a quote and the cue after it ("," one nurse told Reuters)


@lru_cache(maxsize=1)
def _cue_forms() -> str:
    """Every cue form of the lexicon as one alternation (a prefix tree), built once per process."""
    lex = coref.lexicon()
    forms = sorted(lex["speech"] | lex["source_phrases"], key=len, reverse=True)
    sources = [p[0].upper() + p[1:] for p in lex["source_phrases"]]
    return trie([*forms, *sources])


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    """A cue form standing as a word of its own."""
    return re.compile(rf"(?<![\w'’-])(?:{_cue_forms()})(?![\w'’-])")


@lru_cache(maxsize=1)
def _cue_scanner() -> re.Pattern[str]:
    r"""`_cue_pattern` after a character that is no ASCII letter, digit, '_', "'" or '-' (so
    not at the text's start). Leading with a character class lets the regex engine skip to
    candidate characters in C, and an ASCII-only class is one bitmap test per character. It
    also takes the non-ASCII characters that `_word_before_cue` tells `_cues` to skip."""
    return re.compile(rf"[^A-Za-z0-9_'-](?:{_cue_forms()})(?![\w'’-])")


def _word_before_cue(ch: str) -> bool:
    r"""Whether `ch` is one of `_cue_pattern`'s look-behind characters: `\w` (for a str pattern,
    `str.isalnum` or '_'), "'", '’' or '-'."""
    return ch.isalnum() or ch in "_'’-"


def _abbreviations_only(text: str, lo: int, hi: int) -> bool:
    """Whether every full stop in text[lo:hi] closes an abbreviation or an initial."""
    dot = text.find(".", lo, hi)
    while dot >= 0:
        if dot == lo or not text[dot - 1].isalpha() or not is_abbreviation(text, dot):
            return False
        dot = text.find(".", dot + 1, hi)
    return True


def _cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) of every match of `_cue_pattern` in `text`, in text order."""
    first = _cue_pattern().match(text)
    cues = [(0, first.end(), first.group())] if first else []
    # A scanner match is `_cue_pattern`'s (one character later) unless its first character is
    # a word character; then the search resumes at the next character, so every match found is
    # the first `_cue_pattern` match after the last. A cue ends in a letter, so the character
    # before the next one lies after it.
    search = _cue_scanner().search
    match = search(text, first.end() if first else 0)
    while match is not None:
        at = match.start()
        if _word_before_cue(text[at]):
            match = search(text, at + 1)
            continue
        cues.append((at + 1, match.end(), match.group()[1:]))
        match = search(text, match.end())
    return cues


@lru_cache(maxsize=1)
def _cue_kinds() -> dict[str, tuple[bool, bool, bool, bool]]:
    """Every form `_cues` finds -> (source phrase, naming verb, title verb, a form of 'call'),
    as `_Attributor._cue` asks of the matched form, once per process."""
    lex = coref.lexicon()
    forms = [*lex["speech"], *lex["source_phrases"],
             *(p[0].upper() + p[1:] for p in lex["source_phrases"])]
    return {form: (form.lower() in lex["source_phrases"], form in lex["naming"],
                   form in lex["titles"], form.lower() in _CALL) for form in forms}


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    word: str
    source: bool  # 'according to X': the speaker follows
    naming: bool  # 'dubbed it "..."': the quote characterises, it is not a statement
    title: bool = False  # 'named their robot "..."': the quote is a name or title


@dataclass(eq=False, slots=True)
class _Span:
    """A quotation: [start, end) of the words, and where its marks are."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark (paragraph start for a block quotation)
    after_mark: int  # offset just after the closing mark (paragraph end when left open)
    paragraph: int
    nested: bool = False
    block: bool = False
    open_ended: bool = False
    quote: Quote | None = None
    after_cue: _Cue | None = None
    before_cue: _Cue | None = None


def _starts_outside_quotations(starts: list[int], marks: list[tuple[int, int]]) -> list[int]:
    """The sorted `starts` that lie inside no quotation [open, after) of `marks` (sorted and
    disjoint) but at its opening mark: each quotation drops the starts strictly inside it, found
    by bisection, instead of a look-up of each start among the quotations."""
    kept: list[int] = []
    lo = 0
    for open_mark, after_mark in marks:
        inside = bisect.bisect_right(starts, open_mark, lo)
        kept += starts[lo:inside]
        lo = bisect.bisect_left(starts, after_mark, inside)
    kept += starts[lo:]
    return kept


@cache
def _first_words(limit: int) -> re.Pattern[str]:
    r"""Up to `limit` matches of `_WORD` in a row from a text's start, each after the non-word
    characters `finditer` skips, with an empty group after each: the last group matched is the
    count. Possessive quantifiers read each word whole, as `_WORD` does (no backtracking splits
    one into two)."""
    pattern = ""
    for _ in range(limit):
        pattern = rf"(?:\W*+\w[\w'’-]*+(){pattern})?"
    return re.compile(pattern)


def _count_words(text: str, limit: int) -> int:
    """min(len(_WORD.findall(text)), limit), in one regex match (a long quote need not be read
    to its end to know it has more than a few words)."""
    match = _first_words(limit).match(text)
    return (match.lastindex or 0) if match else 0


def _single_quote_opens(text: str, begin: int, end: int) -> bool:
    """Whether `_SINGLE_QUOTE_OPEN` matches in text[begin:end]. Its look-behind is tried at every
    position, so the search runs only when one of its marks is there (found by `str.find`)."""
    return (text.find("'", begin, end) >= 0 or text.find("‘", begin, end) >= 0
            or text.find("‹", begin, end) >= 0) \
        and _SINGLE_QUOTE_OPEN.search(text, begin, end) is not None


# white space (`text.WHITE`: with NBSP and zero-width spaces) as a set, for the per-mark loops
_SPACES: Final = frozenset(WHITE)


def _ends_with(text: str, pos: int, chars: str) -> bool:
    """Whether text[:pos], white space stripped from its end, ends in one of `chars`."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos > 0 and text[pos - 1] in chars


_START_END: Final = attrgetter("start", "end")  # a span's sort key, read in C


# --- quotation marks ------------------------------------------------------------------------

def _marks(at: list[int], lo: int, hi: int) -> list[int]:
    """The offsets in the sorted list `at` that lie in [lo, hi)."""
    return at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]


def _double_spans(text: str, marks: list[int], p_start: int, p_end: int, next_opens: bool,
                  paragraph: int) -> list[_Span]:
    """Double-quoted spans of one paragraph, pairing its `marks` left to right."""
    spans: list[_Span] = []
    open_at: int | None = None
    for pos in marks:
        ch = text[pos]
        left = text[pos - 1] if pos > p_start else " "
        right = text[pos + 1] if pos + 1 < p_end else " "
        if open_at is None:
            if ch == '"' and left.isdigit():
                continue  # an inch mark: 6" or 5'11"
            if ch in _CLOSERS and (right in _SPACES or right in ".,;:!?)"):
                continue  # a stray closing mark
            open_at = pos
        elif ch in _OPENERS and (left in _SPACES or pos == p_start) and right not in _SPACES:
            open_at = pos  # the earlier mark was never closed: drop it, start again here
        else:
            spans.append(_Span(open_at + 1, pos, open_at, pos + 1, paragraph))
            open_at = None
    if open_at is not None and (next_opens or open_at == p_start):
        spans.append(_Span(open_at + 1, p_end, open_at, p_end, paragraph, open_ended=True))
    return spans


def _single_spans(text: str, marks: list[int], lo: int, hi: int, paragraph: int, nested: bool
                  ) -> list[_Span]:
    """Single-quoted spans in [lo, hi), from the single `marks` of the text: an opening mark
    after space or an opening bracket, a closing one before space or punctuation. A mark between
    letters (an apostrophe), after a digit (a prime) or before a year ('90s) is neither, and
    marks around a lone letter are an elision ('n' for 'and'), not a quotation."""
    spans: list[_Span] = []
    open_at: int | None = None
    for pos in _marks(marks, lo, hi):
        ch = text[pos]
        left = text[pos - 1] if pos > lo else " "
        right = text[pos + 1] if pos + 1 < hi else " "
        if left.isalnum() and right.isalnum():
            continue  # between letters or digits (it's, Okafor's): it neither opens nor closes
        opens = (ch in "'‘‹" and (left in _SPACES or left in "([{—–\"“«" or pos == lo)
                 and (right.isalpha() or right in ".…")
                 and not _TWO_DIGITS.match(text, pos + 1, pos + 3))
        closes = (ch in "'’›" and left not in _SPACES and not left.isdigit()
                  and (right in _SPACES or right in ".,;:!?)]—–\"”»" or pos + 1 == hi))
        if open_at is not None and closes and pos == open_at + 2 and text[pos - 1].isalpha():
            open_at = None  # a lone letter between marks is an elision: rock 'n' roll
        elif open_at is not None and closes and pos > open_at + 1:
            spans.append(_Span(open_at + 1, pos, open_at, pos + 1, paragraph, nested=nested))
            open_at = None
        elif opens:
            open_at = pos
    return spans


def _find_spans(analysis: Analysis) -> list[_Span]:
    text, paragraphs = analysis.text, analysis.paragraphs
    found: list[_Span] = []
    # every mark of the text, once; a paragraph's (or a part's) are found by bisection
    double_at, single_at = offsets(text, _DOUBLE_MARKS), offsets(text, _SINGLE_MARKS)
    # Every mark is in a paragraph (marks are no white space), so a paragraph's marks follow the
    # last one's: one bisection each. Most paragraphs have no marks at all: nothing to pair.
    d_end = s_end = 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        d_first, d_end = d_end, bisect.bisect_left(double_at, p_end, d_end)
        s_first, s_end = s_end, bisect.bisect_left(single_at, p_end, s_end)
        marks = double_at[d_first:d_end]
        if marks:
            next_opens = index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in '"“«„'
            doubles = _double_spans(text, marks, p_start, p_end, next_opens, index)
        else:
            doubles = []
            if index > 0:
                prev_start, prev_end = paragraphs[index - 1]
                if text[prev_end - 1] == ":" and _cue_pattern().search(text, prev_start, prev_end):
                    doubles = [_Span(p_start, p_end, p_start, p_end, index, block=True)]
        if s_first == s_end:  # no single marks: only the double-quoted spans
            found.extend(doubles)
            continue
        singles = single_at[s_first:s_end]
        lo = p_start
        for span in doubles:
            found.extend(_single_spans(text, singles, lo, span.open_mark, index, nested=False))
            found.append(span)
            found.extend(_single_spans(text, singles, span.start, span.end, index, nested=True))
            lo = span.after_mark
        found.extend(_single_spans(text, singles, lo, p_end, index, nested=False))
    spans = []
    for span in found:
        span.start, span.end = strip_span(text, span.start, span.end)
        if span.start < span.end:
            spans.append(span)
    return sorted(spans, key=_START_END)


# --- attribution ----------------------------------------------------------------------------

class _Attributor:
    """Kinds and speakers for the quotations of one article, in text order."""

    def __init__(self, analysis: Analysis, found: Extraction, document_id: str,
                 spans: list[_Span]) -> None:
        self.analysis, self.found, self.document_id = analysis, found, document_id
        self.text = analysis.text
        self.top = [s for s in spans if not s.nested]
        self.marks = [(s.open_mark, s.after_mark) for s in self.top]
        self.opens = {s.open_mark for s in self.top}
        # Sentence starts that are not inside a quotation: the sentences of the narrative.
        self.boundaries = _starts_outside_quotations(analysis.sentence_starts, self.marks)
        self.cue_speakers: dict[int, tuple[Entity | None, str]] = {}
        # Top-level quotes are disjoint and sorted, so their closing marks are ascending too.
        self._afters = [a for _, a in self.marks]
        self._open_marks = sorted(self.opens)
        # The stage looks up mentions in the extraction's sorted index, but sees only those it
        # has taken in (the first `_seen` of `found.mentions`): ones coref adds while resolving
        # a pronoun stay out of sight until the next description or name is resolved.
        self._seen = len(found.mentions)
        self._hidden: set[int] = set()
        self._hidden_at = self._seen
        # Folded person names and their word-final parts -> the first such person (see
        # `_person_named`); which entities and how many of `found.mentions` it has seen.
        self._people: dict[str, Entity] = {}
        self._people_seen: set[int] = set()
        self._people_mentions: int | None = None  # None: not built yet
        self.lexicon = coref.lexicon()
        self._all_cues = _cues(self.text)
        self._cue_starts = [c[0] for c in self._all_cues]

    # context ------------------------------------------------------------------------------
    def _sentence(self, span: _Span) -> tuple[int, int]:
        p_start, p_end = self.analysis.paragraphs[span.paragraph]
        i = bisect.bisect_right(self.boundaries, span.open_mark) - 1
        lo = max(self.boundaries[i] if i >= 0 else p_start, p_start)
        j = bisect.bisect_right(self.boundaries, span.after_mark - 1)
        hi = min(self.boundaries[j] if j < len(self.boundaries) else p_end, p_end)
        return lo, hi

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.marks, (pos, 1 << 62)) - 1
        return i >= 0 and self.marks[i][0] <= pos < self.marks[i][1]

    def _clause_start(self, lo: int, pos: int) -> int:
        """Where the clause holding `pos` begins: after the last quotation closing in [lo, pos],
        else at `lo`."""
        i = bisect.bisect_right(self._afters, pos) - 1
        return self._afters[i] if i >= 0 and self._afters[i] >= lo else lo

    def _cue(self, index: int, lo: int, hi: int) -> _Cue | None:
        """The cue of match `index` in the window [lo, hi), or None when it is no cue there."""
        start, end, word = self._all_cues[index]
        if end > hi or self._in_quote(start):
            return None
        source, naming, title, call = _cue_kinds()[word]
        if not source:
            before = _WORD.findall(self.text[max(lo, start - 30):start])
            if before and before[-1].lower() in _NO_SUBJECT:
                return None  # 'the claims', 'has been told': no speaker is the subject here
        if call and _CALL_PARTICLE.match(self.text, end):
            return None  # 'calling on X to ...', 'called for talks': an appeal, not a naming
        return _Cue(start, end, word, source, naming, title)

    def _first_cue(self, lo: int, hi: int) -> _Cue | None:
        """The first cue in [lo, hi), among the matches starting there (found by bisection).
        Every window here ends at a mark, a sentence end or the text's end, so the matches of
        one pass over the whole text are the window's own."""
        starts = self._cue_starts
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            cue = self._cue(i, lo, hi)
            if cue is not None:
                return cue
        return None

    def _last_cue(self, lo: int, hi: int) -> _Cue | None:
        """The last cue in [lo, hi) (as `_first_cue`)."""
        starts = self._cue_starts
        for i in range(bisect.bisect_left(starts, hi) - 1, bisect.bisect_left(starts, lo) - 1,
                       -1):
            cue = self._cue(i, lo, hi)
            if cue is not None:
                return cue
        return None

    # mentions -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Take in the mentions coref has added since the last look."""
        self._seen = self._hidden_at = len(self.found.mentions)
        self._hidden = set()

    def _hidden_now(self) -> set[int]:
        """The ids of the mentions not yet taken in (coref's, added since the last look)."""
        if len(self.found.mentions) != self._hidden_at:  # coref added some since
            self._hidden.update(id(m) for m in self.found.mentions[self._hidden_at:])
            self._hidden_at = len(self.found.mentions)
        return self._hidden

    def _visible(self, mentions: list[Mention]) -> list[Mention]:
        """`mentions` (from the extraction's index) without those not yet taken in."""
        hidden = self._hidden_now()
        if not hidden:
            return mentions
        return [m for m in mentions if id(m) not in hidden]

    def mentions_after(self, pos: int) -> list[Mention]:
        """Mentions starting 1 to 5 characters after `pos` (the object of a verb ending there),
        in text order."""
        return self._visible(self.found.mentions_starting(pos + 1, pos + 6))

    # speakers -----------------------------------------------------------------------------
    def _method(self, mention: Mention) -> str:
        if mention.entity.table == ORGANISATION:
            return "organisation"
        return "description" if mention.mention_type == "description" else (
            "pronoun" if mention.mention_type == "pronoun" else "name")

    def _speaker_mention(self, lo: int, hi: int, at_end: bool) -> Mention | None:
        """The longest actor/organisation mention ending at `hi` (at_end) or starting at `lo`."""
        if at_end:  # it ends at hi - 2 or later, so starts at most the longest span before that
            # (the index's bound on the longest mention: a mention longer than every one seen
            # yet is one coref added since, which `_visible` drops)
            near = self.found.mentions_between(max(lo, hi - 2 - self.found.longest_span), hi)
            end_lo, end_hi = hi - 2, hi
        else:
            near = self.found.mentions_starting(lo, lo + 2)
            end_lo, end_hi = lo, hi  # (a mention starting at lo or later ends after lo)
        hidden = self._hidden_now()
        # the longest (the first of equal length, as `max` gives) in one pass, no lists
        best: Mention | None = None
        longest = -1
        for m in near:
            if end_lo <= m.end <= end_hi and m.end - m.start > longest \
                    and m.entity.table != PLACE and (not hidden or id(m) not in hidden):
                best, longest = m, m.end - m.start
        return best

    def _name_fallback(self, start: int, end: int) -> tuple[Entity, str] | None:
        """A capitalised name the entity stage did not mark: an earlier person it abbreviates
        ('Ortega' for 'Ana María Ortega'), else a new person."""
        words = self.text[start:end].split()
        if not words or len(words) > 4 or words[0] in _NOT_NAMES \
                or words[0].lower() in names.STOP:  # 'However, ...': no name
            return None
        name = " ".join(words)
        entity = self._person_named(fold(name))
        if entity is not None:
            return self.found.add_mention(start, end, entity, "name").entity, "name"
        return self.found.add_mention(start, end, Entity(ACTOR, "person", name), "name").entity, \
            "name"

    def _person_named(self, folded: str) -> Entity | None:
        """The first person of the article, in the order entities were added, whose folded name
        is `folded` or ends in it as whole words ('ortega' for 'ana maria ortega')."""
        entities = self.found.entities
        if self._people_mentions is not None and len(self._people_seen) != len(entities):
            # Entities arrive with their first mention, so the new mentions hold the new
            # entities in the order they were added; anything else means indexing them all.
            for m in self.found.mentions[self._people_mentions:]:
                if id(m.entity) not in self._people_seen and entities.get(m.entity.key) is m.entity:
                    self._index_person(m.entity)
        if self._people_mentions is None or len(self._people_seen) != len(entities):
            self._people, self._people_seen = {}, set()
            for entity in entities.values():
                self._index_person(entity)
        self._people_mentions = len(self.found.mentions)
        return self._people.get(folded)

    def _index_person(self, entity: Entity) -> None:
        self._people_seen.add(id(entity))
        if entity.table == ACTOR and entity.kind == "person":
            # names do not change meanwhile: the entities this stage adds carry no Wikidata
            # id, so they merge only into ones with the same folded name
            name = fold(entity.name)
            self._people.setdefault(name, entity)
            for i, ch in enumerate(name):
                if ch == " ":
                    self._people.setdefault(name[i + 1:], entity)

    def _resolve_phrase(self, start: int, end: int, backward: bool) -> tuple[Entity | None, str]:
        """The speaker named by the noun phrase at the end (backward) or start of [start, end)."""
        text = self.text
        start, end = strip_span(text, start, end)
        while start < end and text[start] in ",;:—–-":
            start, end = strip_span(text, start + 1, end)
        while end > start and text[end - 1] in ",;:—–-":
            start, end = strip_span(text, start, end - 1)
        if start >= end:
            return None, "none"
        if not backward:  # 'said the post by an unknown author': the author is the speaker
            by = _BY.search(text[start:end])
            if by and by.start() < 30:
                start = start + by.end()
        mention = self._speaker_mention(start, end, at_end=backward)
        if mention is None and not backward:  # 'said Ambassador Mohib': titles, then the name
            after_titles = start  # (or 'said analyst Wolfango Piccoli': a role in lower case)
            for w in _WORD.finditer(text, start, end):
                low = w.group().lower()
                if w.start() != after_titles or (low not in names.TITLE_WORDS
                                                  and low not in names.ROLE_MODIFIERS):
                    break  # ('said former President X': a modifier of the title too)
                after_titles = w.end() + 1 + (text[w.end():w.end() + 1] == ".")
            # 'said union leader Ana Ruiz': lower-case words to a title word
            after_titles = _after_lower_role(text, after_titles, end)
            if after_titles > start:
                mention = self._speaker_mention(after_titles, end, at_end=False)
                if mention is None:  # 'tweeted Mayor of London Sadiq Khan': a title's 'of X'
                    mention = next((m for m in self._visible(
                                        self.found.mentions_between(after_titles, end))
                                    if m.entity.table == ACTOR and _OFFICE_OF.fullmatch(
                                        text, after_titles, m.start)), None)
        if mention is not None and backward:
            of = _OWNER_BEFORE.search(text[start:mention.start])
            owner = of and self._speaker_mention(start, start + of.start(), at_end=True)
            if owner and owner.entity.table == ACTOR:  # 'Jane Roe of The Daily Planet'
                mention = owner
        if mention is not None:
            return mention.entity, self._method(mention)
        words = list(_WORD.finditer(text, start, end))
        if not words:
            return None, "none"
        word = words[-1] if backward else words[0]
        if word.group().lower() in coref.PRONOUNS:
            entity = coref.resolve_pronoun(self.analysis, self.found, word.start(), word.group(),
                                           self.document_id)
            return (entity, "pronoun") if entity is not None else (None, "none")
        if word.group().lower() in ("who", "which"):  # 'the woman, who admitted'
            comma = text.rfind(",", 0, word.start())
            return self._resolve_phrase(max(comma - 60, 0), comma, True) if comma > 0 else (
                None, "none")
        phrase_start = start
        if backward:  # the noun phrase ending here starts at most 5 words back
            tail = words[-5:]
            dets = [w for w in tail if w.group().lower() in coref.DETERMINERS]
            phrase_start = dets[-1].start() if dets else tail[0].start()
            comma = text.rfind(",", phrase_start, end)
            phrase_start = comma + 1 if comma >= 0 else phrase_start
        if not backward and words[0].group().lower() in coref.DETERMINERS:
            # 'in the words of the prosecutor, Mark Tedeschi': the name in apposition to the
            # description is the speaker
            apposed = _APPOSED_NAME.match(text, end)
            named = self._speaker_mention(apposed.end(), apposed.end() + 80, False) \
                if apposed is not None else None
            if named is not None and named.mention_type == "name" and named.entity.table == ACTOR:
                return named.entity, self._method(named)
        described = coref.resolve_description(self.analysis, self.found, *strip_span(
            text, phrase_start, end), self.document_id)
        if described is not None:
            self._refresh()
            return described
        if not backward:  # 'quoting Cuba's state news agency Prensa Latina': the first actor named
            inside = [m for m in self._visible(self.found.mentions_between(start, end))
                      if m.entity.table != PLACE]
            if inside:
                return inside[0].entity, self._method(inside[0])
        if backward:
            name = _CAPITALISED.search(text, start, end)
            if name is None:
                return None, "none"
            n_start, n_end = name.span()
        else:
            name = re.match(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]*", text[start:end])
            if name is None:
                return None, "none"
            n_start, n_end = start + name.start(), start + name.end()
        if text[n_end:n_end + 2] in ("'s", "’s") or self.found.mention_covering(n_start, n_end):
            return None, "none"  # a possessor or a place, not a speaker
        hit = self._name_fallback(n_start, n_end)
        if hit is None:
            return None, "none"
        self._refresh()
        return hit

    def _subject_before(self, lo: int, cue: _Cue) -> tuple[Entity | None, str]:
        """The subject of a cue verb: the noun phrase just before it, skipping adverbs ('also')
        and an appositive between commas ('Jeff Rathke, the spokesman, said')."""
        text = self.text
        semicolon = text.rfind(";", lo, cue.start)
        if semicolon >= 0 and cue.word.endswith("ing") \
                and _WORD.search(text, semicolon + 1, cue.start) is None:
            # 'X denied it; arguing "...": a participle opening its clause has the sentence's
            # subject, as after a comma
            return self._participle_subject(lo, semicolon)
        lo = max(lo, semicolon + 1)
        words = list(_WORD.finditer(text, lo, cue.start))
        while words and words[-1].group().lower() in _SKIP_BEFORE_CUE:
            words.pop()
        if words and words[-1].group().lower() in _TIME_WORDS:  # 'X on Tuesday said'
            words.pop()
            if words and words[-1].group().lower() in ("on", "last", "this"):
                words.pop()
            while words and words[-1].group().lower() in _SKIP_BEFORE_CUE:
                words.pop()
        if not words:
            return None, "none"
        end = words[-1].end()
        gap = text[end:cue.start]
        if cue.word.endswith("ing") and "," in gap:  # 'X admitted ..., writing "..."'
            return self._participle_subject(lo, end)
        if "," in gap or text[end:end + 1] == ",":
            comma = text.rfind(",", lo, end)
            if comma > lo and _WORD.search(text, lo, comma):
                named = self._speaker_mention(comma + 1, end, at_end=True)
                if named is not None and named.mention_type == "name" \
                        and named.entity.table == ACTOR and named.entity.kind == "person" \
                        and not _WORD.search(text, comma + 1, named.start):
                    # 'The delegate to the House, Aumua Amata, said': the name in apposition
                    return named.entity, self._method(named)
                candidate = self._resolve_phrase(lo, comma, True)
                if candidate[0] is not None:
                    return candidate
        return self._resolve_phrase(lo, end, True)

    def _participle_subject(self, lo: int, end: int) -> tuple[Entity | None, str]:
        """The subject of a participle cue ('X admitted ..., writing'): the sentence's first
        noun phrase, in [lo, end)."""
        text = self.text
        first_words = _WORD.search(text, lo, end)
        if first_words is None:
            return None, "none"
        start = first_words.start()
        comma = text.find(",", start, end)
        if comma > 0 and first_words.group().lower() in coref.DETERMINERS:
            # 'The mayor, Ana Ruiz, left ..., saying': the description ends at its comma,
            # where the name in apposition to it may follow
            apposed = self._resolve_phrase(start, comma, False)
            if apposed[0] is not None:
                return apposed
        return self._resolve_phrase(start, end, False)

    def _speaker_of_cue(self, cue: _Cue, clause_lo: int, clause_hi: int
                        ) -> tuple[Entity | None, str]:
        if cue.start in self.cue_speakers:
            return self.cue_speakers[cue.start]
        if cue.source:
            hi = clause_hi
            stop = re.search(r"[,;.(]\s", self.text[cue.end:clause_hi])
            if stop:
                hi = cue.end + stop.start()
            result = self._resolve_phrase(cue.end, hi, False)
        else:
            result = self._subject_before(clause_lo, cue)
        self.cue_speakers[cue.start] = result
        return result

    def _addressee(self, cue: _Cue) -> Entity | None:
        if cue.word.lower() not in coref.lexicon()["addressee_verbs"]:
            return None
        for m in self.mentions_after(cue.end):
            if m.entity.table in (ACTOR, ORGANISATION):
                gap = self.text[cue.end:m.start].strip(" \u00a0")
                if gap and gap.lower() not in ("the", "el", "la", "le", "les", "los", "las", "al"):
                    continue  # only an article may stand between: 'told the/el/la ...'
                return m.entity
        return None

    # cues around a quote ------------------------------------------------------------------
    def _after_cue(self, index: int, span: _Span, hi: int) -> tuple[_Cue, bool] | None:
        """A cue right after the quote: (cue, speaker follows it)."""
        if span.open_ended or span.block:
            return None
        text = self.text
        nxt = self.top[index + 1] if index + 1 < len(self.top) else None
        if nxt is not None and nxt.paragraph == span.paragraph:
            hi = min(hi, nxt.open_mark)
        # (the text after the quote is copied only for a quote ending in a full stop)
        if text[span.start:span.end].rstrip().endswith(".") \
                and text[span.after_mark:hi].lstrip(" \u00a0")[:1].isupper():
            return None  # the quote ended its sentence; what follows is a new one
        cue = self._first_cue(span.after_mark, hi)
        if cue is None:
            return None
        gap = text[span.after_mark:cue.start]
        if ";" in gap or _count_words(gap, _MAX_SUBJECT_WORDS + 1) > _MAX_SUBJECT_WORDS \
                or "." in gap.strip(" \u00a0,\"”'’") \
                and not _abbreviations_only(text, span.after_mark, cue.start):
            return None  # (a full stop ends the sentence; 'Marcos Jr.', 'N. Singh' do not)
        if _NEW_VERB.match(gap):
            return None  # '"...", and told the police': a new verb of the sentence's subject
        if cue.word.endswith("ing") and not cue.source and not _WORD.search(gap):
            return None  # 'X said, "...", adding, "..."': the participle's subject is X
        return cue, cue.source or not _WORD.search(gap)

    def _before_cue(self, span: _Span, lo: int) -> tuple[_Cue, bool] | None:
        """The last cue before the quote in its sentence: (cue, introduces it directly)."""
        cue = self._last_cue(lo, span.open_mark)
        if cue is None:
            return None
        gap = self.text[cue.end:span.open_mark]
        i = bisect.bisect_left(self._open_marks, cue.end)  # another quote opening in the gap
        adjacent = (_count_words(gap, _MAX_GAP_WORDS + 1) <= _MAX_GAP_WORDS
                    and not (i < len(self._open_marks) and self._open_marks[i] < span.open_mark))
        return cue, adjacent

    # the kinds ----------------------------------------------------------------------------
    def attribute(self) -> None:
        last_speaker: dict[int, tuple[Entity, str]] = {}  # paragraph -> its last speaker
        for index, span in enumerate(self.top):
            quote = span.quote
            assert quote is not None
            self._attribute(index, span, quote, last_speaker)
            if quote.kind == "scare":
                span.after_cue = None  # a title's neighbouring cue governs no quote split by it
            if quote.speaker is not None and quote.kind != "scare":
                last_speaker[span.paragraph] = (quote.speaker, quote.speaker_method)
        # a quote left open takes the next one's speaker
        for index in [i for i, span in enumerate(self.top) if span.open_ended]:
            span = self.top[index]
            quote = span.quote
            assert quote is not None
            if quote.speaker is None and index + 1 < len(self.top):
                following = self.top[index + 1].quote
                assert following is not None
                if following.speaker is not None:
                    quote.speaker, quote.speaker_method = following.speaker, "continuation"

    def _set(self, quote: Quote, kind: str, who: tuple[Entity | None, str],
             cue: _Cue | None) -> None:
        quote.kind = kind
        entity, method = who
        if entity is not None and entity.table in (ACTOR, ORGANISATION):
            quote.speaker, quote.speaker_method = entity, method
        if cue is not None:
            quote.cue, quote.cue_start, quote.cue_end = cue.word, cue.start, cue.end
            quote.addressee = self._addressee(cue)

    def _introduced_by_paragraph_before(self, span: _Span, quote: Quote) -> bool:
        """A quote whose cue ends the paragraph before, with a colon: its speaker is the cue's.
        Whether that paragraph has a cue."""
        prev = self.analysis.paragraphs[span.paragraph - 1]
        last = self._last_cue(*prev)
        if last is None:
            return False
        lo = self.analysis.sentence_of(last.start)[0]
        self._set(quote, "direct", self._speaker_of_cue(last, lo, prev[1]), last)
        return True

    def _speaker_after(self, index: int, span: _Span, after: tuple[_Cue, bool], s_hi: int
                       ) -> tuple[Entity | None, str]:
        """The speaker of the cue after quote `index` (whose sentence ends at `s_hi`)."""
        cue, follows = after
        if cue.start in self.cue_speakers:
            return self.cue_speakers[cue.start]
        nxt = self.top[index + 1] if index + 1 < len(self.top) else None
        hi = s_hi if nxt is None or nxt.paragraph != span.paragraph else min(
            s_hi, nxt.open_mark)
        if follows:
            stop = _PHRASE_STOP.search(self.text[cue.end:hi])
            result = self._resolve_phrase(cue.end, cue.end + stop.start() if stop else hi,
                                          False)
        else:
            result = self._subject_before(span.after_mark, cue)
        self.cue_speakers[cue.start] = result
        return result

    def _speaker_before(self, index: int, cue: _Cue, s_lo: int, s_hi: int
                        ) -> tuple[Entity | None, str]:
        """The speaker of the cue before quote `index` (in the sentence [s_lo, s_hi))."""
        if cue.start in self.cue_speakers:
            return self.cue_speakers[cue.start]
        lo = self._clause_start(s_lo, cue.start)  # after any quote before the cue
        result = self._speaker_of_cue(cue, lo, s_hi)
        if result[0] is None and re.search(r"\band\s*$|,\s*$", self.text[lo:cue.start]):
            for k in range(index - 1, -1, -1):  # 'and told the police': same subject
                earlier = self.top[k]
                if earlier.open_mark < s_lo:
                    break  # the quotes before it opened earlier still
                if earlier.quote and earlier.quote.speaker:
                    result = (earlier.quote.speaker, earlier.quote.speaker_method)
                    break
        return result

    def _attribute(self, index: int, span: _Span, quote: Quote,
                   last_speaker: dict[int, tuple[Entity, str]]) -> None:
        text = self.text
        s_lo, s_hi = self._sentence(span)
        if span.block:  # the cue is in the paragraph before, ending in a colon
            self._introduced_by_paragraph_before(span, quote)
            return
        prev_span = self.top[index - 1] if index else None
        same_para_prev = prev_span if prev_span and prev_span.paragraph == span.paragraph else None
        quoted = text[span.start:span.end]
        words = _count_words(quoted, 4)  # compared with 1, 3 and 4 only
        first = _LETTER.search(quoted)
        lower = first is not None and first.group().islower()
        terminal = quoted.rstrip()[-1:] in ".!?…"

        after = self._after_cue(index, span, s_hi)
        if after is not None:
            span.after_cue = after[0]
        before = self._before_cue(span, s_lo)
        if before is not None:
            span.before_cue = before[0]
            if after is not None and after[0].source and before[1] and not (
                    before[0].naming or before[0].title or before[0].source) \
                    and self._speaker_before(index, before[0], s_lo, s_hi)[0] is not None:
                after = None  # 'X told reporters "...", according to Y': X's words, Y's report

        if before is not None and after is None and prev_span is not None and (
                prev_span.after_cue is not None and prev_span.after_cue.start == before[0].start
                and not _SPLIT_BREAK.search(
                                  text[before[0].end:span.open_mark])):
            # '"...," she said, "..."': the second half of a quote split around its cue
            assert prev_span.quote is not None
            self._set(quote, "continuation", (prev_span.quote.speaker, "continuation"), before[0])
            return
        if words <= 1 and not terminal:  # a single word in quotes is never a statement,
            who = self._speaker_before(index, before[0], s_lo, s_hi) \
                if lower and before is not None else (None, "none")
            if who[0] is not None:  # but may be a speaker's word: 'X called it "dangerous"'
                assert before is not None
                self._set(quote, "partial", who, before[0])
            else:
                self._set(quote, "scare", (None, "none"), None)
            return
        if lower and words >= 4 and before is not None and before[1] and not (
                before[0].naming or before[0].title or before[0].source) \
                and _CUE_THEN_MARK.fullmatch(text, before[0].end, span.open_mark):
            # 'X said "a discussion table will be opened ..."', 'The city reasoned, "because
            # ..."': a whole clause quoted right after its cue is a statement, lower case or not
            self._set(quote, "direct", self._speaker_before(index, before[0], s_lo, s_hi),
                      before[0])
            return
        if lower:  # a fragment woven into the sentence
            if after is not None:
                self._set(quote, "partial", self._speaker_after(index, span, after, s_hi), after[0])
            elif before is not None:
                self._set(quote, "partial", self._speaker_before(index, before[0], s_lo, s_hi),
                          before[0])
            elif words <= 3:
                self._set(quote, "scare", (None, "none"), None)
            else:
                self._set(quote, "partial", (None, "none"), None)
            if quote.speaker is None and words <= 3:
                self._set(quote, "scare", (None, "none"), None)
                quote.cue, quote.cue_start, quote.cue_end, quote.addressee = "", None, None, None
            return
        adjacent_before = before is not None and before[1]
        introduced = adjacent_before and _ends_with(text, span.open_mark, ":,")
        # 'said "We can't win," and': a short clause right after its cue is speech (words in
        # lower case after the first), a short title or name in quotes is not
        spoken = before is not None and before[1] and words >= 2 \
            and not (before[0].naming or before[0].title) \
            and any(w[:1].islower() for w in quoted.split()[1:])
        if words <= 3 and not terminal and after is None and not introduced and not spoken:
            self._set(quote, "scare", (None, "none"), None)  # a title or a name in quotes
            return
        if before is not None and before[0].title and after is None and adjacent_before:
            self._set(quote, "scare", (None, "none"), None)  # 'named it "Robogee"': a title
            return
        if before is not None and before[0].naming and after is None:
            who = self._speaker_before(index, before[0], s_lo, s_hi)
            self._set(quote, "partial" if who[0] is not None else "scare",
                      who if who[0] is not None else (None, "none"),
                      before[0] if who[0] is not None else None)
            return
        if after is not None:
            self._set(quote, "direct", self._speaker_after(index, span, after, s_hi), after[0])
            return
        if adjacent_before:
            assert before is not None
            self._set(quote, "direct", self._speaker_before(index, before[0], s_lo, s_hi),
                      before[0])
            return
        p_start = self.analysis.paragraphs[span.paragraph][0]
        if span.open_mark == p_start and before is None and span.paragraph > 0 \
                and text[self.analysis.paragraphs[span.paragraph - 1][1] - 1] == ":" \
                and self._introduced_by_paragraph_before(span, quote):
            return  # 'Obama tweeted:' and then the quote as a paragraph of its own
        if same_para_prev is not None and same_para_prev.quote is not None and (
                same_para_prev.quote.speaker is not None
                and same_para_prev.quote.kind != "scare") and (
                not _WORD.search(text, same_para_prev.after_mark, span.open_mark)
                or span.open_mark == s_lo):
            self._set(quote, "continuation", (same_para_prev.quote.speaker, "continuation"), None)
            return
        if span.open_mark == p_start and span.paragraph - 1 in last_speaker:
            self._set(quote, "continuation", (last_speaker[span.paragraph - 1][0],
                                              "continuation"), None)
            return
        if before is not None:
            self._set(quote, "direct", self._speaker_before(index, before[0], s_lo, s_hi),
                      before[0])
            return
        if _ends_with(text, span.open_mark, ":"):  # 'Her deputy, Tom Baker, disagrees: "..."'
            self._set(quote, "direct", self._colon_subject(s_lo, span.open_mark), None)
            return
        self._set(quote, "direct", (None, "none"), None)

    def _colon_subject(self, s_lo: int, mark: int) -> tuple[Entity | None, str]:
        """The speaker of a quote introduced by a colon with no verb of saying before it: the
        actor or body that opens the clause, when at most three words stand between it and
        the colon ('Her deputy, Tom Baker, disagrees:'), besides an apposition set off by
        commas ('Tom Baker, a spokesman for the ministry, disagreed:')."""
        text = self.text
        lo = self._clause_start(s_lo, mark)
        while lo < mark and text[lo] in " \u00a0\n":
            lo += 1
        colon = text.rfind(":", lo, mark)
        mention = self._speaker_mention(lo, colon, at_end=False) if colon > lo else None
        if mention is None or mention.entity.table == PLACE:
            return None, "none"
        after = mention.end
        if text.startswith(",", after):  # ('Tom Baker, a spokesman for the ministry, disagreed:')
            close = text.find(",", after + 1, colon)
            if close > 0 and len(_WORD.findall(text, after, close)) <= 8:
                after = close
        if len(_WORD.findall(text, after, colon)) > 3:
            return None, "none"
        return mention.entity, self._method(mention)


def find(analysis: Analysis, found: Extraction, document_id: str) -> None:
    """Add every quotation of the article, with kind, speaker and cue, to `found.quotes`."""
    text = analysis.text
    spans = _find_spans(analysis)
    for span in spans:
        span.quote = Quote(span.start, span.end, "direct", span.paragraph)
        found.quotes.append(span.quote)
    attributor = _Attributor(analysis, found, document_id, spans)
    attributor.attribute()
    for span in spans:
        if span.nested:  # a quote inside a quote: a title or term unless it is a sentence
            assert span.quote is not None
            quoted = text[span.start:span.end]
            long = _count_words(quoted, 5) > 4 or quoted.rstrip()[-1:] in ".!?"
            span.quote.kind = "direct" if long else "scare"
    _indirect(analysis, found, attributor)
    # a headline's quote takes the kind and speaker of the same words quoted in the body (the
    # body's quotes are folded only when the headline has one)
    headline = [span.quote for span in spans if span.paragraph == 0 and span.quote is not None]
    if not headline:
        return
    body: dict[str, Quote] = {}
    for span in spans:
        if span.paragraph > 0 and span.quote is not None and span.quote.kind != "scare":
            body.setdefault(_folded(text[span.start:span.end]), span.quote)
    for quote in headline:
        echo = body.get(_folded(text[quote.start:quote.end]))
        if echo is not None:
            quote.kind, quote.speaker = echo.kind, echo.speaker
            quote.speaker_method = echo.speaker_method


# Reported speech: 'X warned (on Monday) that ...', 'X told Reuters (that) ...'.
_THAT: Final = re.compile(r"(?:[ \u00a0]+(?:on|in|at|during|after|before|last|this|yesterday|today|"
                          r"earlier|later|via|through|to)(?:[ \u00a0]+[\w'’-]+){0,4}?)?"
                          r"[ \u00a0]+that[ \u00a0]+")
_OBJECT_PRONOUN: Final = re.compile(r"[ \u00a0]+(?:him|her|them|us|me|reporters|journalists)\b")
_OPTIONAL_THAT: Final = re.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?")
# Words that cannot open a reported clause ('told Reuters on Monday', 'told him about ...').
_NOT_CLAUSE = frozenset(("on", "in", "at", "about", "of", "for", "to", "with", "after", "before",
                         "during", "by", "from", "last", "and", "or", "but", "so", "what", "how",
                         "whether", "if", "why", "when", "where", "who", "not"))


def _reported_clause(attributor: _Attributor, cue: _Cue) -> int | None:
    """Where the clause a speech verb reports begins, or None when it reports no clause."""
    text = attributor.text
    that = _THAT.match(text, cue.end)
    if that is not None:
        between = text[cue.end:that.end()]
        if "," not in between and ";" not in between and ":" not in between:
            return that.end()
    if cue.word.lower() not in attributor.lexicon["addressee_verbs"]:
        return None
    obj_end: int | None = None
    for m in attributor.mentions_after(cue.end):  # 'told Reuters', 'told the newspaper El País'
        if m.entity.table in (ACTOR, ORGANISATION) \
                and text[cue.end:m.start].strip(" \u00a0").lower() in ("", "the"):
            obj_end = m.end if obj_end is None else max(obj_end, m.end)
    pronoun = _OBJECT_PRONOUN.match(text, cue.end)
    if obj_end is None and pronoun is not None:
        obj_end = pronoun.end()
    if obj_end is None:
        return None
    start = _OPTIONAL_THAT.match(text, obj_end)
    if start is None:
        return None
    first = _WORD.match(text, start.end())
    if first is None or first.group().lower() in _NOT_CLAUSE:
        return None
    return start.end()


class _Intervals:
    """A union of non-empty intervals [a, b), kept as sorted disjoint runs, that answers
    'does [start, end) overlap any of them' by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):  # quotes are never empty
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # the last run starting before `end`
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Add an interval that overlaps none of them."""
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _indirect(analysis: Analysis, found: Extraction, attributor: _Attributor) -> None:
    """Reported speech: the clause after a speech verb ('that' ...) to the end of its sentence,
    when no quotation mark is in it (a quoted clause is a partial quote instead)."""
    text = analysis.text
    taken = _Intervals((q.start, q.end) for q in found.quotes)
    used = {q.cue_start for q in found.quotes if q.cue_start is not None}
    sentences, sentence_starts = analysis.sentences, analysis.sentence_starts
    # each cue in its sentence (sentences are sorted and disjoint): the cues of each sentence in
    # turn, without a look-up of every sentence's cues
    for index, cue_start in enumerate(attributor._cue_starts):
        if cue_start in used:
            continue  # a quotation's cue reports no clause of its own (skip it unread)
        k = bisect.bisect_right(sentence_starts, cue_start) - 1
        if k < 0 or cue_start >= sentences[k][1]:
            continue  # (in no sentence)
        s_start, s_end = sentences[k]
        cue = attributor._cue(index, s_start, s_end)
        if cue is None or cue.source or cue.naming:
            continue
        begin = _reported_clause(attributor, cue)
        if begin is None or begin >= s_end:
            continue
        end = s_end
        if text[end - 1] == ".":
            end -= 1
        begin, end = strip_span(text, begin, end)
        if not _WORD.search(text, begin, end) or _DOUBLE.search(text, begin, end) \
                or _single_quote_opens(text, begin, end) \
                or taken.overlaps(begin, end):
            continue
        lo = attributor._clause_start(s_start, cue.start)  # after any quote before the cue
        quote = Quote(begin, end, "indirect", analysis.paragraph_of(begin))
        attributor._set(quote, "indirect", attributor._speaker_of_cue(cue, lo, s_end), cue)
        found.quotes.append(quote)
        taken.add(begin, end)
        used.add(cue.start)


_NON_WORD: Final = re.compile(r"\W+")


# What `\W` matches among ASCII characters (all but letters, digits and '_') turned to spaces, as
# a bytes translation: an ASCII text's runs of word characters are then its `split`, with no
# regex scan (which enters the matcher at every character).
_ASCII_NON_WORD: Final = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128)) \
    + b" " * 128


def _folded(quoted: str) -> str:
    """The folded quote's runs of word characters, joined by single spaces."""
    folded = fold(quoted)
    if folded.isascii():
        return b" ".join(folded.encode().translate(_ASCII_NON_WORD).split()).decode()
    return _NON_WORD.sub(" ", folded).strip()


def _after_lower_role(text: str, start: int, end: int) -> int:
    """Where a name may begin after up to three lower-case words from `start` that end in a
    title word ('union leader Ana Ruiz', 'senior party official Tom Baker'); `start` if none
    do."""
    after = start
    for n, w in enumerate(_WORD.finditer(text, start, end)):
        word = w.group()
        if n > 2 or n == 0 and w.start() != start or not word.islower():
            break
        if word in names.TITLE_WORDS:
            after = w.end() + 1
    return after if text[after:after + 1].isupper() else start
