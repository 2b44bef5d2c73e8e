"""Proper-name candidates: runs of capitalised words, and the word lists that classify them.

A run is a sequence of capitalised words joined by single spaces, allowing surname particles
(`de`, `van`, `bin`...) inside and keeping `'s` out (`Peru's army` is a possessive, not one
name). Runs are split and typed later by `entities.py` using the reference and these lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, compress, count
from typing import Any, Final

from nameparser.config import CONSTANTS

from .stopwords import STOP_WORDS

# A word: dotted acronyms (U.S., D.C.), an initial (L.), or letters with inner hyphens/apostrophes
# (Jong-un, O'Brien) but not a possessive 's, which is its own token.
TOKEN: Final = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \u00a0][A-Z])|\d+[A-Za-z]\w*|[^\W\d_][\w]*"
    r"(?:[-'’](?![sS]\b)[^\W\d_]\w*)*(?:\.(?:com|org|net|gov)\b)?|['’][sS]\b|[^\w\s]")
JOIN: Final = " \u00a0"  # words of one name are separated by exactly one of these characters
# the same as a set, for a character that may be past the text's end ('' is not in it)
SPACES: Final = frozenset(JOIN)

PARTICLES = frozenset({"de", "del", "della", "di", "da", "dos", "das", "do", "van", "von", "der",
                       "den", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "y", "ter",
                       "dela", "delos"})
# Words that join the parts of an organisation's name ('Bank of England', 'The Globe and
# Mail'); a run is split at them unless the whole is a known or structurally an organisation.
CONNECTORS: Final = frozenset({"of", "and", "&", "for", "the", "on"})
MONTHS: Final = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
])
DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Capitalised words that are never a name on their own.
NOT_NAMES: Final = frozenset({"internet", "web", "gmt", "utc", "am", "pm", "yesterday", "today",
                              "tomorrow", "god", "i", "mr", "mrs", "ms", "dr", "sir", "madam"}) \
    | frozenset(f"i{q}{end}" for q in "'’" for end in ("m", "d", "ll", "ve")) \
    | frozenset([  # sentence adverbs, capitalised only to open a sentence ('Later Ana Ruiz said'),
        "later", "earlier", "instead", "separately", "additionally", "finally", "subsequently",
        "previously", "currently", "recently", "eventually", "initially", "ultimately",
        "nonetheless", "nevertheless", "moreover", "furthermore", "overnight", "afterwards",
        "afterward", "elsewhere", "likewise", "similarly", "reportedly", "allegedly",
        "apparently", "officially", "notably", "specifically", "ironically", "surprisingly",
        "unfortunately", "fortunately", "tonight", "meanwhile",
        # and adjectives that open one ('Neighbouring Tarrow offered aid')
        "neighbouring", "neighboring", "nearby", "fellow"])
COMPASS: Final = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest"
])
HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mister"})

# The last word of an organisation's name says what it is.
ORG_HEADS: Final[dict[str, str]] = {}
for _kind, _words in {
    "media": "news herald times post journal magazine gazette tribune broadcasting television "
             "tv radio press daily weekly telegraph chronicle observer wire newspaper",
    "military": "army navy military marines corps brigade regiment battalion command force forces "
                "guard guards gendarmerie militia",
    "government": "ministry department agency office embassy consulate government "
                  "administration parliament congress senate assembly police court council "
                  "commission committee bureau authority sheriff cabinet regime departments "
                  "ministries agencies board municipality municipalities directorate service "
                  "secretariat tribunal",
    # ('departments': 'the State and Homeland Security Departments')
    "political": "party front movement opposition coalition alliance",
    "company": "inc corp corporation company ltd llc bank air airlines airways motors holdings "
               "technologies group exchange management railway railways co plc llp gmbh",
    "other": "church project foundation institute association union organization "
             "organisation society university college federation club league centre center "
             "network org operation fund trust initiative campaign charity academy school "
             "hospital museum chamber confederation syndicate cooperative consortium "
             "observatory laboratory institution",
    "platform": "wiki",
    "international": "nations",
}.items():
    ORG_HEADS.update(dict.fromkeys(_words.split(), _kind))
# Lower-case nouns that make an organisation of the name before them ('the Macron government',
# 'Peru's army', 'the Dallas Sheriff's office').
ORG_NOUNS: Final[dict[str, str]] = {
    "government": "government", "administration": "government", "regime": "government",
    "military": "armed_forces", "army": "armed_forces", "armed forces": "armed_forces",
    "navy": "navy", "air force": "air force", "parliament": "legislature",
    "congress": "legislature", "opposition": "opposition", "office": "office",
    "embassy": "embassy", "police": "police", "ministry": "ministry",
}
PLACE_HEADS: Final[dict[str, str]] = dict.fromkeys(
    [
        "base", "tower", "towers", "building", "square", "palace", "airport", "port", "bridge",
        "street", "avenue", "park", "hotel", "stadium", "prison", "island", "islands", "river",
        "mountain", "mountains", "lake", "sea", "ocean", "bay", "valley", "road", "boulevard",
        "highway", "plaza", "hall", "lane", "station", "terminal", "cathedral", "mosque",
        "temple", "synagogue", "shrine", "monument", "memorial", "cemetery", "market", "mall"
    ],
    "other") | dict.fromkeys(["province", "county", "district", "state", "region"], "region") \
    | {"city": "city"}
# Place heads that are also common surnames: 'John Hall' is a person, 'Constitution Hall' a place.
SURNAME_HEADS: Final = frozenset({"hall", "lane"})

# Words that name an office or an occupation, before or after a name.
_NOISE: Final = frozenset([
    "law", "tax", "risk", "rock", "film", "flag", "high", "air", "wing", "host", "heir", "most",
    "maid", "poet", "british"  # ('British' is a nationality: 'the British government')
]) | frozenset(  # fields and adjectives, no office or title: 'Social Welfare', 'Science'
    ["advertising", "analytics", "appellate", "ballet", "banner", "baseball", "behavioral",
     "bench", "biblical", "blues", "burlesque", "business", "civil", "classical", "computer",
     "corporate", "credit", "criminal", "customs", "discovery", "division", "docket", "english",
     "excellent", "family", "field", "financial", "flying", "information", "judicial", "kingdom",
     "knowledge", "legal", "literary", "marketing", "mathematics", "mystery", "opera",
     "operating", "personality", "radio", "revenue", "right", "social", "soccer", "software",
     "strategy", "technical", "television", "theater", "theatre", "travel", "united", "voice",
     "states"])
# abbreviated titles, read without their period ('Sen. Ana Ruiz', 'Lt. Col. Tom Baker')
ABBREVIATED_TITLES = frozenset(["sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "adm",
                                "maj", "cpl", "cmdr", "supt", "insp", "det", "atty", "pres"])
ROLE_WORDS: Final = frozenset(w for w in CONSTANTS.titles if w.isalpha() and len(w) >= 4
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
        "chancellor", "king", "queen", "prince", "pope", "mr", "mrs", "ms", "dr", "co-founder",
        "cofounder", "creator", "ceo", "legislator", "mp", "mps", "mep", "meps", "mla", "mlas",
        "undersecretary", "negotiator", "mediator", "aide", "strategist", "campaigner",
        "organiser", "organizer", "coordinator", "chairperson", "inspector", "superintendent",
        "councilor", "presenter", "commentator", "pundit", "auditor", "ombudsman", "lobbyist",
        "trader", "worker", "volunteer", "employee", "staffer", "medic", "paramedic",
        "firefighter", "rescuer", "striker", "goalkeeper", "midfielder", "defender", "winger",
        "quarterback", "pitcher", "batsman", "bowler", "student", "pupil", "intern", "trustee",
        "fellow"
    ]) | ABBREVIATED_TITLES
TITLE_WORDS: Final = ROLE_WORDS | HONORIFICS | frozenset([  # words of a title before a name, and
    "senators", "ministers", "presidents", "governors", "representatives", "lawmakers",
    "generals", "mayors", "judges"])  # the plural ones before a list ('Senators A, B and C')
# words that join offices into one hyphenated office ('vice-president', 'editor-in-chief')
_OFFICE_JOINERS: Final = frozenset(["vice", "in", "of", "co", "deputy", "under"])


def hyphenated_office(low: str, offices: frozenset[str], heads: frozenset[str]) -> bool:
    """Whether a lower-case hyphenated word is an office made of `offices` and joining words,
    one of them in `heads`: 'secretary-general', 'lieutenant-colonel', 'vice-president',
    'editor-in-chief'."""
    parts = low.split("-")
    return len(parts) > 1 and not heads.isdisjoint(parts) \
        and all(p in offices or p in _OFFICE_JOINERS for p in parts)
# Relatives: a role only with its owner ("Paris's father")
KIN: Final = frozenset([
    "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "grandmother",
    "grandfather", "grandson", "granddaughter", "uncle", "aunt", "cousin", "nephew", "niece",
    "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "widow", "widower",
    "mum", "mom", "dad", "stepfather", "stepmother"])
# Modifiers that may come between a title and a name ('French foreign minister').
ROLE_MODIFIERS: Final = frozenset(
    [
        "national", "security", "foreign", "defense", "defence", "top", "chief", "senior", "deputy",
        "former", "interim", "acting", "self-declared", "self-proclaimed", "military", "state",
        "general", "vice", "prime", "supreme", "high-ranking", "then-president", "then-", "current",
        "retired", "opposition", "interior", "finance", "justice", "economy", "health", "education",
        "trade", "science", "fiction", "public", "policy", "energy", "climate", "competition",
        "migration", "intelligence"
    ])
NOT_ROLE = frozenset({"the", "of", "and", "a", "an", "national", "state", "security", "public",
                      "general"})
FORMER: Final = re.compile(r"\b(?:former|ex-|retired|erstwhile|then-)", re.IGNORECASE)
STOP: Final = frozenset(STOP_WORDS) | MONTHS | DAYS | NOT_NAMES
CALENDAR = MONTHS | DAYS  # (no run joins one across a link: 'on Monday the ...', '... on Monday')
_LINKS: Final = PARTICLES | CONNECTORS


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


# `TOKEN` as one pass of `split` (C speed, no match objects, one flat list of strings): the text
# between words alternates with the words, so the offsets are running sums of the lengths. Plain
# words and single punctuation marks are tried first: where they match, `TOKEN` matches the same
# (its other branches begin with a capital and a dot, a digit or an apostrophe), only faster.
# No word begins with a space; saying so first (`(?! )`) lets the engine leave each space
# between words after one test instead of one per branch (about a quarter of the split's time).
_SPLIT = re.compile(rf"(?! )((?:[a-z]|[A-Z][a-z])\w*+(?![-'’.])|[,.;:\"“”()?!]|{TOKEN.pattern})")
_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# Two ways of cutting a text into words, `_split` and `_cut`, give the same words. Compiled by
# mypyc, the character loop of `_cut` reads each character as an integer (`ord(text[i])`, no
# object made) and costs about a third of what the split does; interpreted, each step of the
# loop is a bytecode and it costs about four times as much. So the module cuts by the loop when
# it runs compiled (mypyc sets `__file__` to the extension module's file), else by the split.
COMPILED: Final = not __file__.endswith((".py", ".pyc"))
# the characters of `TOKEN` by their code (ASCII), for the loop of `_cut` (Final: mypyc puts
# the numbers in the code rather than looking up a global)
_A: Final = 65
_Z: Final = 90
_a: Final = 97
_z: Final = 122
_0: Final = 48
_9: Final = 57
_SPACE: Final = 32
# the domains `TOKEN` lets end a word (".com")
_DOMAINS: Final = frozenset(["com", "org", "net", "gov"])


def _is_word_char(c: str) -> bool:
    """`\\w`: what `str.isalnum` accepts, and '_'."""
    return c.isalnum() or c == "_"


def _is_letter(c: str) -> bool:
    """`[^\\W\\d_]`: a word character that is no decimal digit and not '_' (any letter, and
    numerals such as '½')."""
    o = ord(c)
    if o < 128:
        return _a <= o <= _z or _A <= o <= _Z
    return c.isalnum() and not c.isdecimal()


def _is_decimal(text: str, i: int) -> bool:
    """`\\d` of the character at `i`."""
    o = ord(text[i])
    return _0 <= o <= _9 or o >= 128 and text[i].isdecimal()


def _word_chars_end(text: str, i: int, n: int) -> int:
    """Where the run of word characters (`\\w*`) that begins at `i` ends."""
    while i < n:
        o = ord(text[i])
        if _a <= o <= _z or _A <= o <= _Z or _0 <= o <= _9 or o == 95:
            i += 1
        elif o < 128 or not text[i].isalnum():
            return i
        else:
            i += 1
    return i


def _token_end(text: str, i: int, n: int) -> int:
    """Where `TOKEN`'s match at `i` ends, or `i` if it has none there: its branches tried in
    their order, each written as a test of the characters it reads."""
    o = ord(text[i])
    if _A <= o <= _Z and i + 1 < n and text[i + 1] == ".":
        j = i + 2  # '(?:[A-Z]\.){2,}': dotted capitals ('U.S.')
        while j + 1 < n and _A <= ord(text[j]) <= _Z and text[j + 1] == ".":
            j += 2
        if j - i >= 4:
            return j
        # '[A-Z]\.(?=[ \u00a0][A-Z])': an initial
        if i + 3 < n and text[i + 2] in JOIN and _A <= ord(text[i + 3]) <= _Z:
            return i + 2
    if _is_decimal(text, i):
        # '\d+[A-Za-z]\w*' ('3rd', '90s'); a bare number is no token
        j = i + 1
        while j < n and _is_decimal(text, j):
            j += 1
        if j < n and (_a <= ord(text[j]) <= _z or _A <= ord(text[j]) <= _Z):
            return _word_chars_end(text, j + 1, n)
        return i
    if _a <= o <= _z or _A <= o <= _Z or o >= 128 and _is_letter(text[i]):
        # a word: letters, then '[-'’]' and more letters (not a possessive 's), then a domain
        j = _word_chars_end(text, i + 1, n)
        while j + 1 < n and text[j] in "-'’":
            c = text[j + 1]
            if c in "sS" and (j + 2 == n or not _is_word_char(text[j + 2])) \
                    or not _is_letter(c):
                break
            j = _word_chars_end(text, j + 2, n)
        if j + 4 <= n and text[j] == "." and text[j + 1:j + 4] in _DOMAINS \
                and (j + 4 == n or not _is_word_char(text[j + 4])):
            j += 4
        return j
    if o == 95 or o >= 128 and _is_word_char(text[i]) or text[i].isspace():
        return i  # ('_' or another word character no branch begins with; white space)
    if text[i] in "'’" and i + 1 < n and text[i + 1] in "sS" \
            and (i + 2 == n or not _is_word_char(text[i + 2])):
        return i + 2  # a possessive "'s"
    return i + 1  # any other mark


def _split(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of `TOKEN`'s matches in `text`, left to right: one `_SPLIT`."""
    pieces = _SPLIT.split(text)  # [between, word, between, word, ..., between]
    bounds = list(accumulate(map(len, pieces)))
    return bounds[0:-1:2], bounds[1::2], pieces[1::2]


def _cut(text: str) -> tuple[list[int], list[int], list[str]]:
    """The same as `_split`, found by a loop over the characters (`_token_end`)."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    n, i = len(text), 0
    while i < n:
        if ord(text[i]) == _SPACE:  # (what most often stands between words)
            i += 1
            continue
        end = _token_end(text, i, n)
        if end > i:
            starts.append(i)
            ends.append(end)
            texts.append(text[i:end])
            i = end
        else:
            i += 1
    return starts, ends, texts


class WordMemo(dict[str, Any]):
    """word -> `of(word)` for a pure function `of`, filled as words are met (bounded: cleared
    when full).

    Most words of an article were met before: looking one up costs less than computing it
    again. For `str.lower` it also gives the string met first, whose hash is then already known
    to the word sets it is looked up in (`Words.among`, stop words...), rather than a new string
    to hash.
    """

    def __init__(self, of: Callable[[str], Any]) -> None:
        super().__init__()
        self.of = of

    def __missing__(self, word: str) -> Any:
        if len(self) >= 200_000:
            self.clear()
        value = self[word] = self.of(word)
        return value


def _may_start_name(word: str) -> bool:
    """The `is_name_word` test of a word's text: not punctuation, not a bare numeral, not a
    common prefix and a lower-case word ('Pro-government', 'Pan-democrat' opening a
    sentence)."""
    first = word[0]
    return (first in _CAPITALS or first.isalpha() and first.isupper()) \
        and PREFIXED.match(word) is None \
        or first.isdigit() and word.lower() != word \
        or first in "ae" and ARTICLE_NAME.match(word) is not None


# 'Pro-government', 'Anti-war', 'Pan-democrat': a prefix that makes a common word
PREFIXED: Final = re.compile(r"(?:Pro|Anti|Pan|Ex|Non|Pre|Post|Neo|Semi|Counter|Far)-[a-z]")


# 'al-Qaeda', 'al-Assad': an Arabic name whose article is written in lower case
ARTICLE_NAME: Final = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")


_LOWER: Final = WordMemo(str.lower)
_NAME_WORDS: Final = WordMemo(_may_start_name)


class Words:
    """The words (`TOKEN`) of one text as parallel lists of offsets, texts and lower-case forms.

    Found in one regular-expression pass; a `Token` object is made only for a word asked for
    (`token`), since most words of an article are never looked at one by one.
    """

    __slots__ = ("text", "starts", "ends", "texts", "lowers", "_tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.ends, self.texts = _cut(text) if COMPILED else _split(text)
        self.lowers: list[str] = list(map(_LOWER.__getitem__, self.texts))  # (`str.lower`)
        self._tokens: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def token(self, i: int) -> Token:
        tok = self._tokens.get(i)
        if tok is None:
            tok = self._tokens[i] = Token(self.starts[i], self.ends[i], self.texts[i])
        return tok

    def tokens(self, begin: int, end: int) -> list[Token]:
        """The words with indices in [begin, end)."""
        return [self.token(i) for i in range(max(begin, 0), min(end, len(self.texts)))]

    def capitalised(self, i: int) -> bool:
        """`Token.capitalised` of word `i`."""
        word = self.texts[i]
        first = word[0]
        return first.isupper() or (first.isdigit() and self.lowers[i] != word)

    def among(self, lowers: frozenset[str]) -> list[int]:
        """Indices of the words whose lower-case form is in `lowers`, in text order."""
        return list(compress(count(), map(lowers.__contains__, self.lowers)))

    def name_words(self) -> list[int]:
        """Indices of the words `is_name_word` accepts, in text order (its answer for each
        word is cached: `_NAME_WORDS`)."""
        return list(compress(count(), map(_NAME_WORDS.__getitem__, self.texts)))


def is_name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a name (not punctuation, not a bare numeral)."""
    return tok.capitalised and (tok.text[0].isalpha() or tok.text[0].isdigit()) \
        and tok.text not in ("'s", "’s", "'S") or ARTICLE_NAME.match(tok.text) is not None


def runs(text: str, words: Words) -> list[list[int]]:
    """Maximal sequences of capitalised words joined by one space, with particles inside, as
    lists of word indices (no `Token` made: the caller reads the `Words` lists directly).

    Only the name words are visited: two of them are in one run when they are next to each
    other one space apart, or one particle or connector (itself one space from each) apart,
    or two particles ('von der'), or joined by an '&' with no space ('A&M').
    (Two words are one space apart when the gap is one character of `JOIN`.)
    """
    starts, ends, lowers = words.starts, words.ends, words.lowers
    found: list[list[int]] = []
    current: list[int] = []
    for i in words.name_words():
        if current:
            last = current[-1]
            end = ends[last]
            if i == last + 1:
                if starts[i] - end == 1 and text[end] in JOIN:
                    current.append(i)
                    continue
            elif i == last + 2 and lowers[last + 1] in _LINKS and lowers[i] not in CALENDAR \
                    and not (lowers[last + 1] == "the" and lowers[last] in CALENDAR) and (
                    starts[last + 1] - end == 1 and text[end] in JOIN
                    and starts[i] - ends[last + 1] == 1 and text[ends[last + 1]] in JOIN
                    or lowers[last + 1] == "&" and starts[last + 1] == end
                    and starts[i] == ends[last + 1]):  # ('Texas A&M', 'AT&T': one word)
                current += (last + 1, i)
                continue
            elif i == last + 3 and lowers[last + 1] in PARTICLES and lowers[last + 2] in PARTICLES \
                    and all(starts[k + 1] - ends[k] == 1 and text[ends[k]] in JOIN
                            for k in (last, last + 1, last + 2)):
                current += (last + 1, last + 2, i)  # ('Ursula von der Leyen', 'de la Cruz')
                continue
            found.append(current)
        current = [i]
    if current:
        found.append(current)
    # A particle or connector never ends a run.
    return [r[:-1] if len(r) > 1 and lowers[r[-1]] in _LINKS else r for r in found]


def word_ends(text: str, end: int) -> bool:
    r"""`\b` at `end` after a word character: the text ends there or a non-word character
    follows (`\w` is what `str.isalnum` accepts, and '_')."""
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


# (both tests below are pure functions of a word, asked again and again for the same words)
@lru_cache(maxsize=65_536)
def is_acronym(word: str) -> bool:
    """'UN', 'U.S.', 'AT&T'."""
    bare = word.replace(".", "").replace("&", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


_DOMAIN: Final = re.compile(r"\w+\.(?:com|org|net|gov)")


@lru_cache(maxsize=65_536)
def is_camel(word: str) -> bool:
    """Brand-like words with an inner capital (YouTube, PayPal) or a web domain."""
    return (len(word) > 3 and word[0].isupper() and any(c.isupper() for c in word[1:])
            and any(c.islower() for c in word) and "-" not in word) \
        or bool(_DOMAIN.fullmatch(word))
