"""Time expressions in news text, resolved against the article's publication date.

The spans are found with one compiled regex (dateparser's `search_dates` swallows neighbouring
words); relative expressions (weekdays, yesterday, last week, two days ago) are resolved by
calendar arithmetic, and month-day expressions by dateparser, called only on the matched words
and cached per call.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

# the numbers written as words before 'days ago', 'weeks ago' ('a week ago')
_COUNTS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH: Final = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t?\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART: Final = r"(?:[ \u00a0](?:morning|afternoon|evening|night))?"
_LEAD: Final = r"(?:(?:on|since|from|by|until|as[ \u00a0]of|early|late)[ \u00a0]+)?"

# Alternatives are tried in order: the most specific (month-day with year) first. Every match
# begins with a digit or with one of the letters in _FIRST (the first letters of the lead words,
# month and weekday names and the other words, in either case): a word that begins otherwise
# is passed over after one test, not tried against each alternative.
_FIRST: Final = r"(?=[0-9]|(?i:[abdefijlmnopstuwy]))"
TIME: Final = re.compile(
    rf"\b{_FIRST}(?i:{_LEAD})(?:"
    rf"(?P<md>{_MONTH}[ \u00a0]+{_DAY}\b(?:,?[ \u00a0]+{_YEAR})?)"
    rf"|(?P<dm>{_DAY}[ \u00a0]+{_MONTH}\b(?:,?[ \u00a0]+{_YEAR})?)"
    rf"|(?P<rel>(?i:last|this|next|past)[ \u00a0]+(?P<rel_unit>(?i:week(?:end)?|month|year)))"
    rf"|(?P<relwd>(?i:last|this|next|past)[ \u00a0]+(?P<relwd_day>{_WEEKDAY}){_PART})"
    rf"|(?P<wd>{_WEEKDAY}){_PART}\b"
    rf"|(?P<yest>(?i:yesterday|today|tonight|(?:earlier|later)[ \u00a0]+today|last[ \u00a0]+night))"
    rf"|(?P<ago>(?P<ago_n>(?i:{'|'.join(_COUNTS)})|[1-9][0-9]?)[ \u00a0]+"
    rf"(?P<ago_unit>(?i:day|week|month|year))s?[ \u00a0]+(?i:ago))"
    rf"|(?i:in|during|since|early|late)[ \u00a0]+(?:(?P<my>{_MONTH}[ \u00a0]+{_YEAR})"
    rf"|(?P<mo>(?:January|February|March|April|May|June|July|August|September|October"
    rf"|November|December))(?![ \u00a0]+[0-9])|(?P<yr>{_YEAR}))"
    rf")\b")


# Every expression of TIME holds one of these strings (weekdays, today and yesterday end in
# "day"). The full regex is slow when tried at every position of a text, so it runs only on short
# stretches around them, found with str.find (a C loop) in the lower-cased text.
_ANCHORS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            "day", "night", "week", "month", "year", "18", "19", "20")
_INSIDE_WORDS: Final = frozenset({"day", "night"})  # "Monday", "tonight"; the others begin a word
_CHARS_BEFORE: Final = 24  # "since early ", "as of last ", "late last "
_CHARS_AFTER: Final = 24  # "uary 14th, 2019 morning"
_SPACE_CHAR: Final = re.compile(r"\s")
_MONTH_ANCHORS: Final = frozenset(_ANCHORS[:12])
_BEFORE_DAY: Final = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun", "yester", "to")


def _is_key(text: str, low: str, at: int, word: str) -> bool:
    """False for an anchor that cannot be what makes a time expression one: a month name not
    written capitalised ("may", "decided": TIME's month names are case-sensitive), "day" not
    ending a weekday, "yesterday" or "today" ("holiday", "days"), "18", "19" or "20" not
    starting four digits (TIME's years). Every match of TIME holds a key anchor (its month,
    weekday, day word, unit, night or year), and a stretch of anchors none of which is a key
    holds no match: it is not searched."""
    if word in _MONTH_ANCHORS:
        return text[at:at + 3] == word.capitalize()
    if word == "day":  # ('two days ago')
        return low.endswith(_BEFORE_DAY, 0, at) or low.startswith(("days ago", "day ago"), at)
    if word in ("18", "19", "20"):
        digits = text[at + 2:at + 4]
        return len(digits) == 2 and digits.isascii() and digits.isdigit()
    return True


def _stretches(text: str, start: int, end: int, low: str | None = None
               ) -> list[tuple[int, int]]:
    """Non-overlapping stretches of text[start:end] around the anchors, from a word start some
    characters before each to a word end some characters after it (stretches without a key
    anchor left out). `low` is the text lower-cased character by character (straight
    apostrophes or not: anchors hold none)."""
    if low is None:
        low = text.lower()
        if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    anchors = []
    for word in _ANCHORS:
        inside = word in _INSIDE_WORDS
        at = low.find(word, start, end)
        while at >= 0:
            if inside or at == 0 or not low[at - 1].isalnum():
                anchors.append((at, at + len(word), word))
            at = low.find(word, at + 1, end)
    spans: list[tuple[int, int, bool]] = []
    for a_start, a_end, word in sorted(anchors):
        lo = max(start, a_start - _CHARS_BEFORE)
        space = _SPACE_CHAR.search(text, lo, a_start) if lo > start else None
        lo = space.end() if space else lo
        hi = min(end, a_end + _CHARS_AFTER)
        space = _SPACE_CHAR.search(text, hi, end)
        hi = space.start() if space else end
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]),
                         spans[-1][2] or _is_key(text, low, a_start, word))
        else:
            spans.append((lo, hi, _is_key(text, low, a_start, word)))
    return [(lo, hi) for lo, hi, key in spans if key]


YEAR: Final = re.compile(_YEAR)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    date: str  # ISO date; the first day of the week (Monday), month or year for coarser ones
    precision: str  # day | week | month | year
    relative: bool  # resolved from the publication date (no year written)
    has_year: bool


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _past_weekday(base: dt.date, weekday: int, last: bool) -> dt.date:
    """The most recent such weekday on or before `base` (strictly before when `last`)."""
    back = (base.weekday() - weekday) % 7
    if last and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


_MONTHS: Final = {name: i + 1 for i, name in enumerate((
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_PARTS: Final = re.compile(r"[A-Za-z]+|[0-9]+")


def _calendar(words: str, base: dt.date) -> dt.date | None:
    """Month-day(-year) or month-year words read directly: the common forms cost microseconds,
    where dateparser costs milliseconds. A date without a year lies on or before `base`."""
    parts = _PARTS.findall(words)
    month = next((_MONTHS.get(p[:3].lower()) for p in parts if p[0].isalpha()
                  and p.lower() not in ("st", "nd", "rd", "th")), None)
    numbers = [int(p) for p in parts if p.isdigit()]
    year = next((n for n in numbers if n >= 1800), None)
    days = [n for n in numbers if n < 1800]
    if month is None:
        return None
    try:
        day = dt.date(year or base.year, month, days[0] if days else 1)
        if year is None and day > base:
            day = dt.date(base.year - 1, month, day.day)
    except ValueError:
        return None
    return day


class _Parser:
    """Calendar words read directly; dateparser (imported on first use and cached per
    article, never globally) for whatever the direct reading cannot resolve."""

    def __init__(self, base: dt.date) -> None:
        self.base = base
        self.cache: dict[str, dt.date | None] = {}

    def parse(self, words: str) -> dt.date | None:
        direct = _calendar(words, self.base)
        if direct is not None:
            return direct
        if words not in self.cache:
            import dateparser  # slow to import: only when a month-day expression occurs

            base = dt.datetime.combine(self.base, dt.time(12))
            parsed = dateparser.parse(words, languages=["en"], settings={
                "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]})
            self.cache[words] = parsed.date() if parsed else None
        return self.cache[words]


def _resolve(match: re.Match[str], base: dt.date, parser: _Parser
             ) -> tuple[dt.date, str, bool] | None:
    """(date, precision, relative) of one matched expression."""
    g = match.groupdict()
    if g["md"] or g["dm"]:
        words = (g["md"] or g["dm"]).replace("\u00a0", " ")
        day = parser.parse(words)
        return (day, "day", not YEAR.search(words)) if day else None
    if g["rel"]:
        which, unit = g["rel"].split()[0].lower(), g["rel_unit"].lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit.startswith("week"):
            return _monday(base) + dt.timedelta(weeks=step), "week", True
        if unit == "month":
            return _shift_month(base.replace(day=1), step), "month", True
        return dt.date(base.year + step, 1, 1), "year", True
    if g["relwd"] or g["wd"]:
        name = (g["relwd_day"] or g["wd"]).lower()
        which = g["relwd"].split()[0].lower() if g["relwd"] else ""
        weekday = _WEEKDAYS.index(name)
        if which == "next":
            return base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7), "day", True
        if which == "this":
            return _monday(base) + dt.timedelta(days=weekday), "day", True
        return _past_weekday(base, weekday, which in ("last", "past")), "day", True
    if g["yest"]:
        back = 1 if g["yest"].lower().startswith(("yesterday", "last")) else 0
        return base - dt.timedelta(days=back), "day", True
    if g["ago"]:
        written, unit = g["ago_n"].lower(), g["ago_unit"].lower()
        n = int(written) if written.isdigit() else _COUNTS[written]
        if unit == "day":
            return base - dt.timedelta(days=n), "day", True
        if unit == "week":
            return _monday(base) - dt.timedelta(weeks=n), "week", True
        if unit == "month":
            return _shift_month(base.replace(day=1), -n), "month", True
        return dt.date(base.year - n, 1, 1), "year", True
    if g["my"]:
        day = parser.parse(g["my"].replace("\u00a0", " "))
        return (day.replace(day=1), "month", False) if day else None
    if g["mo"]:
        day = parser.parse(g["mo"])
        return (day.replace(day=1), "month", True) if day else None
    if g["yr"]:
        return dt.date(int(g["yr"]), 1, 1), "year", False
    return None


def find(text: str, published: str, start: int = 0, end: int | None = None,
         low: str | None = None, wanted: Callable[[int, int], bool] | None = None
         ) -> list[TimeExpression]:
    """Every time expression in text[start:end] that can be resolved, in text order.

    Relative expressions need the publication date; without one only those that carry their
    own year are resolved. `low`, when the caller has it, is the text lower-cased character by
    character (each character that lower-cases to several kept as it is), to spare a second
    lower-casing. `wanted`, when given, tells whether the caller needs the expressions of a
    stretch [lo, hi) of text (`_stretches`): one not wanted is not searched. (Every expression
    lies in one stretch, and a stretch's expressions do not depend on the others.)
    """
    try:
        base = dt.date.fromisoformat(published) if published else None
    except ValueError:
        base = None
    parser = _Parser(base or dt.date(1900, 1, 1))
    found: list[TimeExpression] = []
    end = len(text) if end is None else end
    stretches = _stretches(text, start, end, low)
    if wanted is not None:
        stretches = [s for s in stretches if wanted(*s)]
    matches = (m for lo, hi in stretches for m in TIME.finditer(text, lo, hi))
    for match in matches:
        has_year = bool(YEAR.search(match.group()))
        if base is None and not has_year:
            continue
        resolved = _resolve(match, base or dt.date(1900, 1, 1), parser)
        if resolved is None:
            continue
        day, precision, relative = resolved
        found.append(TimeExpression(match.start(), match.end(), match.group(), day.isoformat(),
                                    precision, relative, has_year))
    return found
