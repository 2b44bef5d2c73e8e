"""Proper-name candidates: runs of capitalised words, and the word lists that classify them.

A run is a sequence of capitalised words joined by single spaces, allowing surname particles
(`de`, `van`, `bin`...) inside and keeping `'s` out (`Venezuela's army` is a possessive, not one
name). Runs are split and typed later by `entities.py` using the reference and these lists.
"""

from __future__ import annotations

import re

from nameparser.config import CONSTANTS
from spacy.lang.en.stop_words import STOP_WORDS

# A word: dotted acronyms (U.S., D.C.), an initial (L.), or letters with inner hyphens/apostrophes
# (Jong-un, O'Brien) but not a possessive 's, which is its own token.
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \u00a0][A-Z])|\d+[A-Za-z]\w*|[^\W\d_][\w]*"
    r"(?:[-'’](?![sS]\b)[^\W\d_]\w*)*(?:\.(?:com|org|net|gov)\b)?|['’][sS]\b|[^\w\s]")
JOIN = re.compile(r"[ \u00a0]")  # words of one name are separated by exactly one space

PARTICLES = frozenset({"de", "del", "della", "di", "da", "dos", "das", "do", "van", "von", "der",
                       "den", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "y", "ter"})
# Words that join the parts of an organisation's name ('Bank of England', 'The Globe and
# Mail'); a run is split at them unless the whole is a known or structurally an organisation.
CONNECTORS = frozenset({"of", "and", "&", "for", "the", "on"})
MONTHS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
])
DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Capitalised words that are never a name on their own.
NOT_NAMES = frozenset({"internet", "web", "gmt", "utc", "am", "pm", "yesterday", "today",
                       "tomorrow", "god", "i", "mr", "mrs", "ms", "dr", "sir", "madam"})
COMPASS = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest"
])
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mister"})

# The last word of an organisation's name says what it is.
ORG_HEADS: dict[str, str] = {}
for _kind, _words in {
    "media": "news herald times post journal magazine gazette tribune broadcasting television "
             "tv radio press daily weekly telegraph chronicle observer wire newspaper",
    "military": "army navy military marines corps brigade regiment battalion command force forces",
    "government": "ministry department agency office embassy consulate government "
                  "administration parliament congress senate assembly police court council "
                  "commission committee bureau authority sheriff cabinet regime",
    "political": "party front movement opposition",
    "company": "inc corp corporation company ltd llc bank airlines airways motors holdings "
               "technologies group",
    "other": "church project foundation institute association union organization "
             "organisation society university college federation club league centre center "
             "network org operation fund trust initiative campaign",
    "platform": "wiki",
    "international": "nations",
}.items():
    ORG_HEADS.update(dict.fromkeys(_words.split(), _kind))
# Lower-case nouns that make an organisation of the name before them ('the Maduro government',
# 'Venezuela's army', 'the LA Sheriff's office').
ORG_NOUNS: dict[str, str] = {
    "government": "government", "administration": "government", "regime": "government",
    "military": "armed_forces", "army": "armed_forces", "armed forces": "armed_forces",
    "navy": "navy", "air force": "air force", "parliament": "legislature",
    "congress": "legislature", "opposition": "opposition", "office": "office",
    "embassy": "embassy", "police": "police", "ministry": "ministry",
}
PLACE_HEADS: dict[str, str] = dict.fromkeys(
    [
        "base", "tower", "towers", "building", "square", "palace", "airport", "port", "bridge",
        "street", "avenue", "park", "hotel", "stadium", "prison", "island", "islands", "river",
        "mountain", "mountains", "lake", "sea", "ocean", "bay", "valley"
    ],
    "other") | dict.fromkeys(["province", "county", "district", "state", "region"], "region") \
    | {"city": "city"}

# Words that name an office or an occupation, before or after a name.
_NOISE = frozenset([
    "law", "tax", "risk", "rock", "film", "flag", "high", "air", "wing", "host", "heir", "most",
    "maid", "poet"
])
ROLE_WORDS = frozenset(w for w in CONSTANTS.titles if w.isalpha() and len(w) >= 4
                       and w not in STOP_WORDS and w not in _NOISE) | frozenset(
    [
        "advisor", "adviser", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "official", "attaché", "attache", "representative", "president", "minister",
        "secretary", "ambassador", "diplomat", "envoy", "soldier", "officer", "commander",
        "general", "colonel", "lieutenant", "captain", "sergeant", "major", "admiral", "founder",
        "member", "leader", "head", "chief", "director", "editor", "reporter", "correspondent",
        "columnist", "writer", "analyst", "lawyer", "attorney", "detective", "investigator",
        "musician", "actor", "singer", "activist", "professor", "emeritus", "governor", "mayor",
        "senator", "lawmaker", "judge", "prosecutor", "candidate", "deputy", "premier",
        "chancellor", "king", "queen", "prince", "pope", "mr", "mrs", "ms", "dr"
    ])
# Modifiers that may come between a title and a name ('US national security advisor').
ROLE_MODIFIERS = frozenset(
    [
        "national", "security", "foreign", "defense", "defence", "top", "chief", "senior", "deputy",
        "former", "interim", "acting", "self-declared", "self-proclaimed", "military", "state",
        "general", "vice", "prime", "supreme", "high-ranking", "then-president", "then-", "current",
        "retired", "opposition", "interior", "finance", "justice", "economy", "health", "education",
        "trade", "science", "fiction", "public"
    ])
NOT_ROLE = frozenset({"the", "of", "and", "a", "an", "national", "state", "security", "public",
                      "general"})
FORMER = re.compile(r"\b(?:former|ex-|retired|erstwhile|then-)", re.IGNORECASE)
STOP = frozenset(STOP_WORDS) | MONTHS | DAYS | NOT_NAMES
_LINKS = PARTICLES | CONNECTORS


class Token:
    """A word or punctuation mark at [start, end) of the text, with its lower-case form.

    A plain class with slots (not a dataclass with `__post_init__`): one is made for every word
    of every article, so a single constructor call per word matters.
    """

    __slots__ = ("start", "end", "text", "lower", "capitalised")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.lower = lower = text.lower()
        first = text[0]
        self.capitalised = first.isupper() or (first.isdigit() and lower != text)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.start, self.end, self.text) == (
            other.start, other.end, other.text)

    __hash__ = None  # type: ignore[assignment]  # unhashable, as the dataclass it replaced


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def is_name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a name (not punctuation, not a bare numeral)."""
    return tok.capitalised and (tok.text[0].isalpha() or tok.text[0].isdigit()) \
        and tok.text not in ("'s", "’s", "'S")


def runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Maximal sequences of capitalised words joined by one space, with particles inside."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(toks):
        joined = bool(current) and JOIN.fullmatch(text[current[-1].end:tok.start]) is not None
        if is_name_word(tok):
            if current and not joined:
                found.append(current)
                current = []
            current.append(tok)
        elif ((tok.lower in PARTICLES or tok.lower in CONNECTORS) and current and joined
              and i + 1 < len(toks)
              and is_name_word(toks[i + 1])
              and JOIN.fullmatch(text[tok.end:toks[i + 1].start]) is not None):
            current.append(tok)
        else:
            if current:
                found.append(current)
            current = []
    if current:
        found.append(current)
    # A particle or connector never ends a run.
    trimmed = [r[:-1] if len(r) > 1 and r[-1].lower in _LINKS else r for r in found]
    return [r for r in trimmed if r]


def is_acronym(word: str) -> bool:
    bare = word.replace(".", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def is_camel(word: str) -> bool:
    """Brand-like words with an inner capital (YouTube, PayPal) or a web domain."""
    return (len(word) > 3 and word[0].isupper() and any(c.isupper() for c in word[1:])
            and any(c.islower() for c in word) and "-" not in word) \
        or bool(re.fullmatch(r"\w+\.(?:com|org|net|gov)", word))
