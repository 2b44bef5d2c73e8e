"""Political events: who did what to whom, when and where, coded to PLOVER and CAMEO.

Triggers come from the documented lexicon `reference/event_lexicon.yaml` (verbs, nouns and
phrases with their PLOVER type and CAMEO code). Each sentence is read as a list of word tokens;
participants are the article's entity mentions found by light clause rules (subject before the
trigger, object after it, the "by" agent of a passive), the date comes from time expressions
(`dates.py`) in the trigger's clause, at the start of its sentence or in a one-line time header
above its section, and modality from negation and condition cues in the clause.

Speed (the stage runs on every article of a corpus): the tokens are not cut again but derived
from the words the entity stage cut (`Analysis.words`, `_tokens`): the two cuts differ only in
the few runs a regex search finds, which are cut again alone. A sentence is read further only
when one of its words starts a trigger, and only then are its clause boundaries marked (found by
bisection over the marked indices).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, compress, count
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

from . import dates
from .coref import resolve_pronoun as coref_resolve
from .descriptions import GROUP_HEADS
from .model import ACTOR, ORGANISATION, PLACE, Entity, Event, Extraction, Mention, Participant
from .names import Words
from .reference import load_yaml
from .text import Analysis

LEXICON: Final = Path(__file__).resolve().parents[1] / "reference" / "event_lexicon.yaml"

_TOKEN: Final = re.compile(r"[\w’'.-]*\w|[^\w\s]")
# The same tokens, written so that the regex engine backtracks less, in a group so that
# `re.split` returns them between the gaps (tests check both give the same tokens). Possessive
# runs; words without leading marks (nearly all) tried first, so a word is not first tried as a
# run of marks; and no token begins with a space (`(?! )`), so a space is left after one test.
# A word character is matched as `_W`, the same set as \w: the ASCII ones, listed first, are
# told by a bitmap before the Unicode category is looked up (callgrind: the split 6% cheaper).
_W: Final = r"[0-9A-Z_a-z\w]"
_TOKEN_SPLIT: Final = re.compile(
    rf"(?! )({_W}++(?:[’'.-]+{_W}++)*+|[’'.-]++{_W}++(?:[’'.-]+{_W}++)*+|[^\w\s])")
_SEP: Final = r"[\s\u00a0]+"
# A gap of up to four words, as few as let the pattern match. Runs of spaces and of word
# characters alternate, and what follows either run cannot begin inside it, so they are read
# with no backtracking into them (possessive): the same matches, found with fewer steps (a test
# checks every pattern against the gap written plainly, `(?:[\s\u00a0]+[\w’'-]+){0,4}?`).
_GAP: Final = r"(?:[\s\u00a0]++[\w’'-]++){0,4}?"

# Words that end a clause for subject and object search (commas are handled separately).
_STRONG: Final = frozenset(";:—–()\"“”") | {
    "that", "which", "who", "whom", "whose", "because", "after", "before", "while", "when",
    "where", "although", "though", "if", "unless", "since", "until", "but", "as", "whereas"}
_RELATIVE: Final = frozenset({"who", "which", "that", "whom"})
# words that open a clause put before the main one ('After Russia invaded Ukraine, ...')
# (not 'if' or 'unless': a condition may hold a comma of its own, 'If X were able to shut it
# down, or hack inside', and its clause start is what makes its events hypothetical)
_SUBORDINATORS = frozenset({"after", "when", "while", "although", "though", "because", "since",
                            "before", "once", "until", "whereas"})
_PREPOSITIONS: Final = frozenset({
    "of", "from", "in", "at", "on", "to", "for", "with", "against", "by", "into", "near",
    "outside", "inside", "over", "under", "about", "toward", "towards", "among", "between",
    "across", "through", "throughout", "during", "within", "behind", "upon", "like", "including",
    "than", "via", "per"})
# A target after these prepositions is a place or a time, not who is acted on.
_NOT_TARGET_PREP = frozenset({"in", "at", "near", "outside", "inside", "into", "during", "over",
                              "under", "across", "through", "throughout", "within", "from",
                              "via", "including", "like", "than", "about", "between", "among"})
_LOCATIVE: Final = frozenset({"in", "at", "near", "outside", "inside"})
_DETERMINERS: Final = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "any", "no", "every", "each", "some", "another", "such", "in", "of"})
# Before a plural word these make it a noun ("armed forces", "security forces", "foreign
# forces"), as does a demonym ("Afghan forces": `_demonym_before`).
_NOUN_MODIFIERS: Final = frozenset({
    "armed", "security", "police", "military", "special", "air", "foreign", "government",
    "coalition", "allied", "enemy", "rebel", "opposition", "federal", "ground", "naval", "elite"})
# Adverbs without -ly, which come before a verb as an adjective comes before a noun: "they
# still demand" is a verb.
_ADVERBS: Final = frozenset({"still", "now", "then", "again", "just", "even", "never", "already",
                             "often", "soon", "ever", "always", "once", "later", "together"})
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets",
                        "getting", "'s", "’s"})
_FUNCTION: Final = frozenset({
    "the", "a", "an", "and", "or", "but", "has", "have", "had", "is", "are", "was", "were", "be",
    "been", "will", "would", "could", "can", "may", "might", "should", "must", "did", "do",
    "does", "not", "also", "who", "which", "that", "to", "said", "says", "told"}) | _PREPOSITIONS
_PRONOUNS: Final = frozenset({"i", "we", "he", "she", "they", "it", "me", "us", "him", "them"})
_SUBJECT_PRONOUNS: Final = _PRONOUNS - {"me", "him", "them", "us"}
_FIRST_PERSON: Final = frozenset({"i", "we", "me", "us"})
_OPENERS: Final = frozenset({'"', "“", "‘", "'", "(", "[", ":", "-", "—", "–"})
_NUMBERS: Final = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                             "ten", "dozens", "hundreds", "thousands", "several", "many", "few"})
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                     "could", "do", "does", "did"})
_MODALS: Final = frozenset({"would", "could", "might", "may", "will"})
# Past tenses that end in neither -ed nor -ing, for "the attack left five dead".
_IRREGULAR_PAST: Final = frozenset({
    "left", "took", "began", "came", "went", "saw", "made", "hit", "led", "caused", "drew",
    "sparked", "forced", "killed", "brought", "broke", "spread", "became", "got", "put", "set"})


@dataclass(frozen=True)
class Entry:
    """One trigger family of the lexicon."""

    event_type: str
    cameo: str
    source: str
    target: str
    complement: str
    refine: tuple[tuple[str, str, tuple[str, ...]], ...]
    requires: tuple[str, ...]
    active_only: bool = False
    passive_only: bool = False
    requires_after: tuple[str, ...] = ()
    needs_target: tuple[str, ...] = ()  # tables (or kinds) one of whose entities is the target
    sense: tuple[str, str, tuple[str, ...]] | None = None  # (type, cameo, unless cues)
    untargeted: tuple[str, str] | None = None  # (type, cameo) when nothing but waters is hit


@cache
def _compiled(source: str) -> re.Pattern[str]:
    """A lexicon regex, compiled on first use: an article holds few of the lexicon's ~1,700
    forms, and compiling them all cost every process (every worker, every small rebuild) most
    of a second at start-up."""
    return re.compile(source, re.IGNORECASE)


@dataclass(frozen=True)
class Pattern:
    entry: Entry
    kind: str  # verb | noun | phrase
    source: str  # the regex (case-insensitive), compiled when a sentence first needs it
    participles: frozenset[str]  # forms of the first word that can be a past participle
    after_gap: int = 0  # the number of words after a gap ("..."), when the pattern has one


@dataclass(frozen=True)
class Lexicon:
    by_first: dict[str, list[Pattern]]
    noun_before: frozenset[str]
    noun_after: frozenset[str]
    negators: frozenset[str]
    hypothetical: tuple[str, ...]  # each cue as " w1 w2 ", to find in a joined window
    speech: frozenset[str]
    request_heads: frozenset[str]
    hypothetical_heads: frozenset[str]
    # derived once, for speed:
    # a first word's patterns in the order they are tried: (nouns last, nouns first)
    ordered: dict[str, tuple[tuple[Pattern, ...], tuple[Pattern, ...]]]
    with_noun: frozenset[str]  # first words with a noun pattern
    # for a first word with a pattern of several words, all its patterns in one regex (its
    # source, compiled on first use by `_compiled`): a sentence is read only when one of them
    # matches ("in" without "contact with" is not)
    any_pattern: dict[str, str]
    hypothetical_re: re.Pattern[str]  # finds any of `hypothetical`
    hypothetical_first: frozenset[str]  # the first words of `hypothetical`
    not_modified: frozenset[str]  # words after an event noun that show it is no modifier
    intent: frozenset[str] = frozenset()  # "wants to", "planned to": a stated wish or plan
    undergo: frozenset[str] = frozenset()  # "faced", "received": its subject undergoes a noun
    undergo_of: frozenset[str] = frozenset()  # "the subject of": so does the subject of its clause
    third_party: frozenset[str] = frozenset()  # "brokered": its "by X" did not make the event


def _inflect(verb: str, irregular: dict[str, list[str]]) -> tuple[set[str], set[str]]:
    """(all forms, past-participle forms) of an English verb: the regular rules, or the forms
    listed in `irregular` ([past, past participle] and, where the rules miss it, the -ing form:
    "confer" doubles its consonant, "offer" does not)."""
    if verb.endswith("ee"):  # agree -> agreed, agreeing
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif (len(verb) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb)):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"  # ban -> banned
    else:
        past, ing = verb + "ed", verb + "ing"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):  # (veto -> vetoes, go -> goes)
        third = verb + "es"
    else:
        third = verb + "s"
    participle = past
    if verb in irregular:
        past, participle, *listed_ing = irregular[verb]
        ing = listed_ing[0] if listed_ing else ing
    return {verb, third, past, participle, ing}, {participle}


def _word_set(spec: list[str] | dict[str, list[str]], irregular: dict[str, list[str]]
              ) -> frozenset[str]:
    """A word list of the lexicon: as written, or {verbs, words}: every form of each verb
    (`_inflect`; of its first word, for a phrase such as "plan to") and the words as written."""
    if isinstance(spec, list):
        return frozenset(spec)
    words = set(spec.get("words", []))
    for verb in spec.get("verbs", []):
        first, _, rest = verb.partition(" ")
        words.update(f"{form} {rest}".strip() for form in _inflect(first, irregular)[0])
    return frozenset(words)


@cache
def verb_forms(verbs: tuple[str, ...]) -> frozenset[str]:
    """Every form of each verb, inflected as the lexicon's own verbs are (with its list of
    irregular forms): for word lists kept outside the lexicon."""
    return _word_set({"verbs": list(verbs)}, load_yaml(LEXICON).get("irregular", {}))


def _plural(regex: str) -> str:
    """The regex of a noun (ending in the noun's last letter), widened to its plural too:
    attack(s), clash(es), rall(y|ies)."""
    if regex.endswith("y") and regex[-2:-1] not in "aeiou":
        return regex[:-1] + "(?:y|ies)"
    return regex + "(?:e?s)?"


def _words_regex(words: list[str]) -> str:
    parts = []
    for word in words:
        if word == "...":
            parts.append(_GAP)
            continue
        literal = re.escape(word).replace("'", "['’]").replace("’", "['’]")
        parts.append(_SEP + literal if parts else literal)
    return "".join(parts)


def _any_source(sources: list[str]) -> str:
    """One regex that matches where any of `sources` (a first word's patterns) matches: only
    whether it matches is asked, not where it ends. The patterns with a gap after the same first
    words read the gap once, then their rests as alternatives: a sentence with "want", "hold" or
    "seek" and none of the patterns' later words was tried once per pattern at every length of
    the gap (tests check both regexes agree)."""
    gapped: dict[str, list[str]] = {}
    plain = []
    for source in sources:
        head, gap, rest = source.partition(_GAP + _SEP)
        if gap:
            gapped.setdefault(head, []).append(rest)
        else:
            plain.append(source)
    parts = [f"{head}{_GAP}{_SEP}(?:{'|'.join(rests)})" for head, rests in gapped.items()]
    return "|".join(f"(?:{part})" for part in parts + plain)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon (read once per process: it is reference data, not article state). Its
    regexes are kept as sources and compiled by `_compiled` when first matched."""
    data: dict[str, Any] = load_yaml(LEXICON)
    irregular = data.get("irregular", {})
    by_first: dict[str, list[Pattern]] = {}
    multi_word: set[str] = set()

    def add(first_forms: set[str], rest: list[str], kind: str, entry: Entry,
            participles: set[str], plural: bool = False) -> None:
        tail = _words_regex(["x", *rest])[1:] if rest else ""
        after_gap = len(rest) - rest.index("...") - 1 if "..." in rest else 0
        if plural and rest:
            tail = _plural(tail)
        for form in first_forms:
            body = re.escape(form).replace("'", "['’]").replace("’", "['’]")
            key = form.lower().replace("’", "'")
            keys = {key}
            if plural and not rest:
                body = _plural(body)
                keys |= {key[:-1] + "ies"} if body.endswith("(?:y|ies)") else {key + "s",
                                                                               key + "es"}
            source = rf"{body}{tail}\b"
            for k in keys:
                by_first.setdefault(k, []).append(
                    Pattern(entry, kind, source, frozenset(participles & {form}), after_gap))
                if rest:
                    multi_word.add(k)

    for raw in data["entries"]:
        refine = tuple((r.get("type", raw["type"]), str(r["cameo"]),
                        tuple(c.lower() for c in r["cues"])) for r in raw.get("refine", []))
        entry = Entry(raw["type"], str(raw["cameo"]), raw.get("source", "subject"),
                      raw.get("target", "object"), raw.get("complement", ""), refine,
                      tuple(c.lower() for c in raw.get("requires", [])),
                      bool(raw.get("active_only", False)), bool(raw.get("passive_only", False)),
                      tuple(c.lower() for c in raw.get("requires_after", [])),
                      tuple(raw.get("needs_target", [])),
                      sense=(raw["sense"]["type"], str(raw["sense"]["cameo"]),
                             tuple(c.lower() for c in raw["sense"]["unless"]))
                      if "sense" in raw else None,
                      untargeted=(raw["untargeted"]["type"], str(raw["untargeted"]["cameo"]))
                      if "untargeted" in raw else None)
        for phrase in raw.get("verbs", []):
            first, *rest = phrase.split()
            forms, participles = _inflect(first, irregular)
            add(forms, rest, "verb", entry, participles)
        for phrase in raw.get("nouns", []):
            first, *rest = phrase.split()
            add({first}, rest, "noun", entry, set(), plural=True)
        for phrase in raw.get("phrases", []):
            first, *rest = phrase.split()
            add({first}, rest, "phrase", entry, set())
    for patterns in by_first.values():  # longest pattern first: "opposed to" before "oppose"
        patterns.sort(key=lambda p: -len(p.source))
    hypothetical = tuple(sorted(" " + " ".join(h.lower().split()) + " "
                                for h in _word_set(data["hypothetical"], irregular)))
    noun_after = _word_set(data["noun_context"]["after"], irregular)
    return Lexicon(
        by_first, _word_set(data["noun_context"]["before"], irregular), noun_after,
        _word_set(data["negators"], irregular), hypothetical,
        frozenset(data["speech"]), _word_set(data["request_heads"], irregular),
        _word_set(data["hypothetical_heads"], irregular),
        ordered={k: (tuple(sorted(ps, key=lambda p: p.kind == "noun")),
                     tuple(sorted(ps, key=lambda p: p.kind != "noun")))
                 for k, ps in by_first.items()},
        with_noun=frozenset(k for k, ps in by_first.items() if any(p.kind == "noun" for p in ps)),
        any_pattern={k: _any_source([p.source for p in by_first[k]]) for k in multi_word},
        hypothetical_re=re.compile("|".join(map(re.escape, hypothetical))),
        hypothetical_first=frozenset(h.split()[0] for h in hypothetical),
        not_modified=_FUNCTION | noun_after | _AUXILIARIES | _IRREGULAR_PAST,
        intent=_word_set(data["intent"], irregular),
        undergo=_word_set(data["undergo"], irregular),
        undergo_of=frozenset(data["undergo_of"]),
        third_party=_word_set(data["third_party"], irregular))


# ---------------------------------------------------------------- sentence reading


@dataclass(slots=True)
class Trigger:
    pattern: Pattern
    start: int
    end: int
    first: int  # token index of the trigger's first word
    last: int  # token index of its last word
    passive: bool = False
    event: Event | None = None
    sources: list[Entity] = field(default_factory=list)


_BREAKS: Final = _STRONG | {","}
# (a request's reach ends at a relative adverb too: in "persuaded to travel to Lima, where he
# was arrested" the arrest is no part of what he was persuaded to do)
_REQUEST_STOPS = frozenset({";", ":", "whom", "which", "who", "whose", "because", "but", "“", "”",
                            '"', "where", "when", "while"})
_MARKS: Final = _BREAKS | _REQUEST_STOPS


@dataclass(slots=True)
class Sentence:
    """A sentence's tokens as parallel lists (token k is lows[k], starts[k], ends[k]), with no
    object per token. A token as written is sliced from the text when asked for (`written`):
    the rules look at few."""

    start: int
    end: int
    lows: list[str]  # lower-cased, straight apostrophes
    starts: list[int]
    ends: list[int]
    candidates: list[Mention]  # outermost mentions in the sentence, in text order
    text: str  # the whole text
    # indices of the tokens that end a clause (commas not counted), the same with commas, and
    # those a request does not reach back over
    strong: list[int] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    # the same without a bracketed acronym's brackets, for where a clause begins
    strong_back: list[int] = field(default_factory=list)
    breaks_back: list[int] = field(default_factory=list)
    request_stops: list[int] = field(default_factory=list)
    # starts of the candidates that are not pronouns (ascending: candidates do not overlap)
    named_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        lows = self.lows
        marked = list(compress(count(), map(_MARKS.__contains__, lows)))  # (one pass)
        self.strong = [k for k in marked if lows[k] in _STRONG]
        self.breaks = [k for k in marked if lows[k] in _BREAKS]
        if ")" in lows and "-" in lows:  # ('LIMA, May 2 (Reuters) - The army ...': a dateline)
            dash = lows.index("-")
            if dash > 0 and lows[dash - 1] == ")":
                bisect.insort(self.strong, dash)
                bisect.insort(self.breaks, dash)
        if lows and lows[0] in _SUBORDINATORS and "," in lows:
            # ('After Russia invaded Ukraine, Germany imposed ...': the clause put first ends at
            # its comma, where the main clause and its subject begin)
            comma = lows.index(",")
            if comma not in self.strong:
                bisect.insort(self.strong, comma)
        self.strong_back, self.breaks_back = self.strong, self.breaks
        if "(" in lows:  # ('the Rapid Support Forces (RSF) agreed': a name's acronym in
            # brackets begins no clause after it; what follows the brackets may still end there)
            self.strong_back = [k for k in self.strong if not _acronym_bracket(lows, k)]
            self.breaks_back = [k for k in self.breaks if not _acronym_bracket(lows, k)]
        self.request_stops = [k for k in marked if lows[k] in _REQUEST_STOPS]
        self.named_starts = [m.start for m in self.candidates if m.mention_type != "pronoun"]

    def written(self, k: int) -> str:
        """Token k as written in the text."""
        return self.text[self.starts[k]:self.ends[k]]

    def index_at(self, offset: int) -> int:
        """Index of the first token that ends after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def last_before(self, marks: list[int], i: int) -> int:
        """Index of the last token before token i whose index is in `marks`, or -1."""
        k = bisect.bisect_left(marks, i)
        return marks[k - 1] if k else -1

    def next_after(self, marks: list[int], i: int) -> int:
        """Index of the next token after token i whose index is in `marks`, or the sentence's
        length."""
        k = bisect.bisect_right(marks, i)
        return marks[k] if k < len(marks) else len(self.lows)


def _acronym_bracket(lows: list[str], k: int) -> bool:
    """Whether token k is a bracket around one word ('(RSF)') with no comma after it (a
    phrase before a comma may be an adjunct: 'quoting the news agency (KCNA), the army')."""
    if lows[k] == "(":
        k += 2
    return k < len(lows) and lows[k] == ")" and k >= 2 and lows[k - 2] == "(" \
        and lows[k - 1][0].isalnum() and (k + 1 == len(lows) or lows[k + 1] != ",")


def _split(low: str, start: int, end: int) -> list[str]:
    """The text's tokens (`_TOKEN`) in [start, end), alternating with the gaps between them
    (gap, token, gap, ..., gap): one `re.split` (a C loop). `low` is the text lower-cased with
    straight apostrophes, character by character, and is cut rather than the text: its
    characters stand where the text's do and lower-casing (or straightening an apostrophe)
    changes no character's class (word, space, mark or other: tests/test_scan_shortcuts.py
    checks every code point), so its tokens are the text's, lower-cased.

    [start, end) is a run of word characters and marks (`_tokens`) or a sentence: it has a
    character that is no part of a token, or one that is a token by itself, on both sides, so
    its tokens are the ones a cut of the whole text gives there (tests check both)."""
    return _TOKEN_SPLIT.split(low[start:end])


def _offsets(parts: list[str], start: int) -> tuple[list[int], list[int]]:
    """(starts, ends) of the tokens of `_split(low, start, end)`: running sums of the lengths."""
    offsets = list(accumulate(map(len, parts), initial=start))
    return offsets[1:-1:2], offsets[2::2]


# Where `_TOKEN` may cut a text otherwise than `names.Words` does: a run of word characters and
# marks (`_RUN`) that holds a digit, '_', a curly apostrophe (`Words` keeps it, `_TOKEN`'s
# tokens straighten it), a capital sigma or a dotted capital I (lower-cased alone, a word may
# differ from its part of the lower-cased text), or a mark before a word character
# ("let's", "U.S.", "'90s", "Jong-un"), or that begins with an initial ("J. Smith"). Any other
# run is letters, then marks that end it ("said." "soldiers'"): both cut it into the letters
# and each mark. A match begins at the first such character and takes the rest of its run.
# Its first character is sought in a class of listed characters (the digits of the Basic
# Multilingual Plane, every character beyond it), which the engine tests with a table, where
# `\d` in the class would cost a look-up of each character's category (callgrind: the search
# about a third cheaper); `\d` is asked only of the characters that pass.
_BMP_DIGITS: Final = "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())
_RUN: Final = re.compile(r"[\w’'.-]*")
_OTHERWISE_CUT: Final = re.compile(
    f"[{_BMP_DIGITS}_’Σ\u0130.'\\-\U00010000-\U0010ffff]"
    r"(?:(?<=[\d_’Σ\u0130])|(?<=[.'-])(?=\w)|(?<=(?<![\w’'.-])[A-Z]\.))[\w’'.-]*")


def _tokens(text: str, low: str, words: Words) -> tuple[list[str], list[int], list[int]]:
    """The text's tokens (`_TOKEN`): their lower-cased forms (`low`'s, as `_split` gives
    them), starts and ends. Taken from the text's `names.Words`, but for the runs the two cut
    otherwise (`_OTHERWISE_CUT`), which are cut again alone (`_split`): a few per article."""
    lows: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    w_lows, w_starts, w_ends = words.lowers, words.starts, words.ends
    n, done, backwards = len(text), 0, ""  # (the text reversed, to find where a run begins)
    for match in _OTHERWISE_CUT.finditer(text):
        if not backwards:
            backwards = text[::-1]
        before = _RUN.match(backwards, n - match.start())  # (the run's part before the match)
        assert before is not None  # (`_RUN` matches the empty string too)
        run_start, run_end = n - before.end(), match.end()
        first = bisect.bisect_left(w_starts, run_start, done)
        lows += w_lows[done:first]
        starts += w_starts[done:first]
        ends += w_ends[done:first]
        parts = _split(low, run_start, run_end)
        run_starts, run_ends = _offsets(parts, run_start)
        lows += parts[1::2]
        starts += run_starts
        ends += run_ends
        done = bisect.bisect_left(w_starts, run_end, first)
    lows += w_lows[done:]
    starts += w_starts[done:]
    ends += w_ends[done:]
    return lows, starts, ends


def _token_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """[first, last): the indices of the tokens (by their `starts`) in [start, end) of the text."""
    first = bisect.bisect_left(starts, start)
    return first, bisect.bisect_left(starts, end, first)


def _sentence(text: str, start: int, end: int, tokens: tuple[list[str], list[int], list[int]],
              candidates: list[Mention]) -> Sentence:
    """The sentence [start, end) of `text`, with its part of the text's `_tokens`."""
    lows, starts, ends = tokens
    first, last = _token_range(starts, start, end)
    return Sentence(start, end, lows[first:last], starts[first:last], ends[first:last],
                    candidates, text)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    # by start, the longest first (two stable sorts with C keys: no tuple per mention)
    by_end = sorted(mentions, key=attrgetter("end"), reverse=True)
    for m in sorted(by_end, key=attrgetter("start")):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


_LOWER_WORD: Final = re.compile(r"[a-z-]+")
_OPENING_MARKS: Final = frozenset({'"', "“", "'", "‘", "("})
_LETTERS: Final = re.compile(r"[a-z]+")


def _find_triggers(text: str, sent: Sentence, lex: Lexicon, at: list[int]) -> list[Trigger]:
    """The triggers of a sentence; `at` holds the indices of its tokens that are the lexicon's
    first words."""
    triggers: list[Trigger] = []
    covered = -1
    lows, starts = sent.lows, sent.starts
    low = ""  # the sentence lower-cased, made when a pattern needs it
    for i in at:
        tok_start = starts[i]
        if tok_start < covered:
            continue
        word = lows[i]
        if word not in lex.by_first:
            continue
        prev = lows[i - 1] if i else ""
        capital = text[tok_start:tok_start + 1].isupper()
        if i and capital and prev not in _OPENERS:
            continue  # a capitalised word inside a sentence is part of a name
        if capital and any(m.start <= tok_start < m.end for m in sent.candidates):
            continue  # a word of an entity's name ("Force Command said")
        nounish = prev in _DETERMINERS or prev.endswith(("'s", "s'")) or (
            prev.isdigit() or prev in _NUMBERS) and not _past_verb(word) or (
            prev in ("'", "’") and i > 1 and lows[i - 2].endswith("s")) or (
            word.endswith("s") and (
                prev in _NOUN_MODIFIERS or i > 0 and text[starts[i - 1]].isupper()
                and _demonym_before(sent, i)))
        if not nounish and prev in _PREPOSITIONS and prev != "to" \
                and not word.endswith(("ed", "ing", "s")):
            nounish = True  # "clashed with riot police": a base form after a preposition
        if not nounish and word in GROUP_HEADS and prev not in _SUBJECT_PRONOUNS \
                and prev not in ("who", "that", "which"):
            nounish = True  # "troops fought rebels": people, not the -s form of "rebel"
        if not nounish and word.endswith("s") and not word.endswith("ss") and (
                i == 0 or prev in _OPENING_MARKS):
            nounish = True  # "Sanctions imposed by ...": a sentence opens with no verb's -s form
        if not nounish and word.endswith("s") and i + 1 < len(lows) \
                and lows[i + 1] in _AUXILIARIES:
            nounish = True  # "Coalition forces are in Iraq": a verb's -s form before an
            # auxiliary is a plural noun ("he forces are" is no English)
        if (not nounish and word in lex.with_noun
                and not word.endswith(("ed", "ing")) and _LOWER_WORD.fullmatch(prev)
                and prev not in _FUNCTION and prev not in _ADVERBS
                and not prev.endswith(("ly", "s"))):
            nounish = True  # "a sudden violent riot": an adjective before the word
        if (not nounish and i >= 2 and lows[i - 2] in ("a", "an", "the")
                and _LOWER_WORD.fullmatch(prev) and prev not in _FUNCTION
                and not (prev.endswith("s") and not prev.endswith(("ss", "ous", "is", "us")))
                and word == word.rstrip("sd")
                and not word.endswith("ing")
                and not any(word in p.participles for p in lex.by_first[word])):
            nounish = True  # "a religious retreat": article, adjective, then a base form
            # (not "the police shot": an irregular past form)
        chosen = None
        for pattern in lex.ordered[word][nounish]:
            match = _compiled(pattern.source).match(text, tok_start, sent.end)
            if not match:
                continue
            if pattern.after_gap and "to" in lows[
                    i + 1:sent.index_at(match.end() - 1) + 1 - pattern.after_gap]:
                continue  # "wanted to issue her support": a gap holds no infinitive
            if (pattern.entry.requires or pattern.entry.requires_after) and not low:
                low = text[sent.start:sent.end].lower()
            if pattern.entry.requires and not any(c in low for c in pattern.entry.requires):
                continue
            if pattern.entry.requires_after and not _cue_regex(
                    pattern.entry.requires_after).search(low, match.end() - sent.start):
                continue
            if (pattern.kind == "verb" and nounish and prev not in ("'s", "’s")
                    and not (word.endswith("ing") and not _participle_adjective(sent, i))):
                continue  # "of turning away boats" is a verb, "the opposing party" none
            if pattern.kind == "noun" and not (_noun_context(sent, i, match.end(), lex)
                                               or _in_rejection(sent, i, triggers)):
                continue
            chosen = (pattern, match)
            break
        if chosen is None:
            continue
        pattern, match = chosen
        last = sent.index_at(match.end() - 1)
        if _backgrounded(sent, i, last, pattern, lex):
            covered = match.end()
            continue
        passive = bool(pattern.participles) and word in pattern.participles and (
            not _BE.isdisjoint(lows[max(0, i - 3):i]) or _coordinated_passive(sent, i)
            or _reduced_relative(sent, i))
        if passive and pattern.entry.active_only or not passive and pattern.entry.passive_only:
            covered = match.end()
            continue
        triggers.append(Trigger(pattern, match.start(), match.end(), i, last, passive))
        covered = match.end()
    return triggers


def _demonym_before(sent: Sentence, i: int) -> bool:
    """ "the Afghan forces", "the subject of United States sanctions": token i follows the
    mention of a country by a word other than its name (a demonym or an alias), or a name
    right after a preposition: a modifier, not the subject of a verb ("Peru forces")."""
    end = sent.ends[i - 1]
    for m in sent.candidates:
        if m.end == end:
            k = sent.index_at(m.start) - 1
            return (m.entity.table == PLACE and m.entity.kind == "country"
                    and sent.text[m.start:m.end] != m.entity.name) or (
                k >= 0 and sent.lows[k] in _PREPOSITIONS)
    return False


def _participle_adjective(sent: Sentence, i: int) -> bool:
    """ "the opposing political party": an -ing form between an article and a noun phrase
    describes the noun (not "a meeting with", "the shelling of")."""
    lows = sent.lows
    return (i > 0 and lows[i - 1] in ("the", "a", "an") and i + 1 < len(lows)
            and _LETTERS.fullmatch(sent.written(i + 1)) is not None
            and lows[i + 1] not in _FUNCTION)


def _reduced_relative(sent: Sentence, i: int) -> bool:
    """ "X was among the 40 people arrested on Wednesday", "people detained by police": a
    participle right after a common noun, when its clause has had its finite verb already or
    a "by" agent follows, describes the noun (who was arrested), as a passive does."""
    lows = sent.lows
    prev = lows[i - 1] if i else ""
    if (not _LOWER_WORD.fullmatch(prev) or prev in _FUNCTION or prev in _ADVERBS
            or prev.endswith("ly") or not sent.written(i - 1).islower()):
        return False
    if i + 1 < len(lows) and lows[i + 1] == "by":
        return True
    clause = lows[_clause_start(sent, i, commas=True):i - 1]
    return not _FINITE.isdisjoint(clause) and _RELATIVE.isdisjoint(clause) and (
        "and" not in clause and "or" not in clause)


def _coordinated_passive(sent: Sentence, i: int) -> bool:
    """ "he was questioned by a lawyer and then arrested": a participle after "and" (or "and
    then") shares the passive of the verb before it in its clause."""
    lows = sent.lows
    k = i - 2 if i >= 2 and lows[i - 1] == "then" else i - 1
    if k < 1 or lows[k] != "and":
        return False
    return not _BE.isdisjoint(lows[_clause_start(sent, k, commas=True):k])


_DEMONSTRATIVES = frozenset({"this", "these", "those", "such"})  # not "that": a conjunction too
_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                 "can", "could", "may", "might", "should", "must"})
_PURPOSE: Final = frozenset({"order", "purpose", "bid", "effort", "attempt",
                             # what is wanted or given for an aim ('weapons to fight the army')
                             "weapons", "arms", "ammunition", "money", "funds", "means",
                             "resources"})


# verbs that say what something is ("described the law as an attack on free speech")
_CHARACTERISING = ("describe", "call", "brand", "criticise", "criticize", "condemn", "denounce",
                   "label", "characterise", "characterize", "view", "regard", "dismiss", "decry")


def _characterised(lows: list[str], i: int) -> bool:
    """Whether the noun at token i follows 'as a(n)' (and an adjective) after a verb that says
    what something is, within a few words ('branded the ban as a new attack')."""
    k = i - 1
    if k > 0 and lows[k] not in ("a", "an"):
        k -= 1  # (an adjective)
    if k < 1 or lows[k] not in ("a", "an") or lows[k - 1] != "as":
        return False
    return not verb_forms(_CHARACTERISING).isdisjoint(lows[max(0, k - 6):k - 1])


def _backgrounded(sent: Sentence, i: int, last: int, pattern: Pattern, lex: Lexicon) -> bool:
    """True for a trigger that names no new event of its own:
    - "these allegations", "such attacks": a demonstrative refers back to an event already
      reported;
    - "criticised it as an attack on companies": what something is called, not what happened;
    - "a rescue effort", "attack helicopters": an event noun modifying the next noun;
    - "the boat rescued on Friday was turned around": a participle after a noun, before the
      clause's own verb, describes the noun (a reduced relative clause);
    - "travelled to Geneva to meet with X", "in order to attack": an infinitive of purpose
      after a name or a purpose noun states an aim, not an event."""
    lows = sent.lows
    prev = lows[i - 1] if i else ""
    if pattern.kind == "noun":
        if prev in _DEMONSTRATIVES or _characterised(lows, i):
            return True
        if last + 1 >= len(lows) or lows[last] in _FUNCTION:  # ("charge of murder")
            return False
        nxt = lows[last + 1]
        return (not lows[i].endswith("s")
                and _LETTERS.fullmatch(sent.written(last + 1)) is not None
                and nxt not in lex.not_modified
                and not nxt.endswith(("ed", "ing", "ly")))
    if (i and lows[i] in pattern.participles and _LETTERS.fullmatch(sent.written(i - 1))
            and prev not in _FUNCTION and prev not in _AUXILIARIES and prev not in _PRONOUNS
            and not prev.endswith("ly") and prev not in _BE):
        for nxt in lows[last + 1:last + 8]:
            if nxt in _STRONG or nxt in (",", "and", "or"):
                break
            if nxt in _AUXILIARIES:
                return True
    if prev == "to" and i >= 2:
        end = sent.ends[i - 2]
        if lows[i - 2] in _PURPOSE or any(m.end == end for m in sent.candidates):
            return True
    return prev == "be" and i >= 3 and lows[i - 2] == "to" and lows[i - 3] in _PURPOSE


def _in_rejection(sent: Sentence, i: int, triggers: list[Trigger]) -> bool:
    """True when token i is in the complement of a rejection earlier in its clause."""
    return any(t.pattern.entry.complement == "negates" and t.last < i and not any(
        map(_BREAKS.__contains__, sent.lows[t.last + 1:i])) for t in triggers)


_OWNERS: Final = frozenset({"'s", "’s", "his", "her", "its", "their"})


def _noun_context(sent: Sentence, i: int, end: int, lex: Lexicon) -> bool:
    """A noun trigger reports an event only when a light or happening verb is next to it,
    when a year dates it ("the 2014 protests"), or when it has an owner, who is its agent:
    "Trump's travel ban", "the church's requests", "his attack" (one modifier may stand between
    them)."""
    after = bisect.bisect_left(sent.starts, end)
    if (not lex.noun_before.isdisjoint(sent.lows[max(0, i - 5):i])
            or not lex.noun_after.isdisjoint(sent.lows[after:after + 3])):
        return True
    lows, k = sent.lows, i - 1
    if k >= 0 and dates.YEAR.fullmatch(lows[k]):
        return True  # 'the 2014 protests': a dated noun names an event that took place
    if _undergone(sent, i, lex):
        return True  # 'the target of criticism': someone underwent it, so it took place
    if k >= 0 and lows[k] == "the" and after + 1 < len(lows) and lows[after] == "of":
        at = sent.starts[after + 2] if lows[after + 1] == "the" and after + 2 < len(lows) \
            else sent.starts[after + 1]
        if any(m.start == at for m in sent.candidates):
            return True  # 'the arrest of Ana Ruiz': whom it was done to names the event
            # (not 'an invasion of X', which may be only possible)
    if k > 0 and _LOWER_WORD.fullmatch(lows[k]) and lows[k] not in _OWNERS \
            and lows[k] not in _FUNCTION:
        k -= 1  # 'travel' in "travel ban"
    return k >= 0 and (lows[k] in _OWNERS or lows[k].endswith(("'s", "’s", "s'")))


# ---------------------------------------------------------------- clauses and participants


def _clause_start(sent: Sentence, i: int, commas: bool = False) -> int:
    """Index of the first token of the clause holding token i (after the last boundary)."""
    return sent.last_before(sent.breaks_back if commas else sent.strong_back, i) + 1


def _strong_end(sent: Sentence, i: int) -> int:
    """Offset where the clause of token i ends, commas not counted (for "A, B and C")."""
    k = sent.next_after(sent.strong, i)
    return sent.starts[k] if k < len(sent.lows) else sent.end


def _clause_end(sent: Sentence, i: int) -> int:
    return sent.next_after(sent.breaks, i)


_NAME_WORD: Final = re.compile(r"[\w.’'-]+")


def _is_modifier(sent: Sentence, m: Mention, text: str, limit: int) -> bool:
    """True for a possessive ("Peru's army") or a name modifying a later name in one
    noun phrase ("French foreign minister Jean Dupont")."""
    after = text[m.end:m.end + 2]
    if after[:2] in ("'s", "’s") or after[:1] in ("'", "’"):
        return True
    # the next candidate after m that is not a pronoun (a pronoun is never the head noun a name
    # could modify: "X imprisoned her"), found by bisection: candidates are in text order
    named = sent.named_starts
    k = bisect.bisect_left(named, m.end)
    if k == len(named) or named[k] >= limit:
        return False
    gap = text[m.end:named[k]].split()
    if not gap and m.mention_type == "nationality" and named[k] == m.end + 1:
        return True  # ('Kenyan police': the police are Kenya's)
    if gap and gap[-1].endswith(",") and len(gap[-1]) > 1 and _apposed_person(sent, text, k):
        gap[-1] = gap[-1][:-1]  # 'the United Nations envoy, Kim Lee,': the envoy is Kim Lee
    return 0 < len(gap) <= 4 and not any(
        w.lower().strip(",.") in _FUNCTION or not _NAME_WORD.fullmatch(w) or _past_verb(w)
        for w in gap)


def _past_verb(word: str) -> bool:
    """Whether a lower-case word between two names is a past-tense verb, so the first name is
    a subject, not a modifier ('X claimed Y believed', not 'French foreign minister Y')."""
    return word in _IRREGULAR_PAST or len(word) > 4 and word.endswith("ed") \
        and word not in _NOUN_MODIFIERS


def _apposed_person(sent: Sentence, text: str, k: int) -> bool:
    """Whether the `k`-th named candidate of the sentence is a person set off by commas (in
    apposition to the noun before it)."""
    m = next(c for c in sent.candidates if c.start == sent.named_starts[k])
    return m.entity.table == ACTOR and m.entity.kind == "person" \
        and text[m.end:m.end + 1] == ","


_ARTICLES_ETC: Final = _DETERMINERS - {"in", "of"}
# nouns of a place before its name and 'of' ('the city of Jeddah', 'the province of Lleida')
_PLACE_OF: Final = frozenset({"city", "town", "village", "province", "region", "state", "capital",
                              "port", "island", "district", "county", "municipality"})
_MODIFIER_WORD: Final = re.compile(r"[a-z][\w-]*")


def _heads(sent: Sentence, text: str, lo: int, hi: int, skip_preps: frozenset[str] | None
           ) -> Iterator[Mention]:
    """Candidate mentions in [lo, hi) that head a noun phrase: not possessive or modifying
    another name; when `skip_preps` is given, not governed by one of those prepositions.
    Lazily, in text order: the rules read the first head (that passes their own tests)."""
    lows = sent.lows
    skipped = -1  # where the last name governed by a skipped preposition ends
    for m in sent.candidates:
        if m.end > hi:
            break  # (candidates are in text order and do not overlap: the later end later)
        if m.start < lo:
            continue
        if _is_modifier(sent, m, text, hi):
            continue
        if skip_preps is not None:
            if skipped >= 0 and text[skipped:m.start].strip().lower() in _JOINING:
                skipped = m.end  # ('brokered by Egypt and Qatar': Qatar is governed by 'by';
                continue  # not 'after leaving Peru, Ana Ruiz': a comma alone joins no names)
            k = sent.index_at(m.start) - 1
            while k >= 0 and (lows[k] in _ARTICLES_ETC
                              or _MODIFIER_WORD.fullmatch(sent.written(k))
                              and lows[k] not in _FUNCTION
                              and sent.ends[k] > lo
                              and lows[k] not in ("and", "or")
                              or _at_least(lows, k)):
                k -= 1  # skip determiners and adjectives back to the governing word
            if k > 1 and lows[k] == "of" and lows[k - 1] in _PLACE_OF:
                k -= 2  # ('in the Saudi city of Jeddah': the city's preposition governs it)
                while k >= 0 and sent.ends[k] > lo and (
                        lows[k] in _ARTICLES_ETC or sent.written(k)[:1].isupper()
                        or _MODIFIER_WORD.fullmatch(lows[k]) and lows[k] not in _FUNCTION):
                    k -= 1
            if k >= 0 and sent.starts[k] >= lo and lows[k] in skip_preps:
                skipped = m.end
                continue
        yield m


def _own_subject(sent: Sentence, start: int, verb: int) -> bool:
    """Whether the clause from token `start` has a subject of its own before its verb: after
    a relative pronoun, "which the council criticised" (a determiner, a pronoun, a name or a
    number first) but not "which has long criticised" or "that in May received"."""
    lows = sent.lows
    k = start
    while k < verb and (lows[k] in _ADVERBS or lows[k].endswith("ly")):
        k += 1
    if k >= verb:
        return False
    word = lows[k]
    return word in _ARTICLES_ETC or word in _SUBJECT_PRONOUNS or word[0].isdigit() \
        or sent.written(k)[:1].isupper()


_JOINING: Final = frozenset(("and", ", and", "or", ", or", "as well as", "and the", ", and the"))
_COORDINATING: Final = frozenset((",", "and", ", and", "or", ", or", "as well as", "and the",
                                  ", and the"))


def _antecedent(before: list[Mention], text: str, pronoun: int, relative: str) -> list[Entity]:
    """What a relative pronoun at offset `pronoun` stands for, of the mentions `before` it: the
    last of them (with those coordinated with it), unless a comma stands between them
    ('..., the US said, after weeks of fighting that has killed': a thing the article does not
    name), or it is a place and the pronoun 'who': then the last person or body after which
    only a phrase of where stands ('protesters in Lima, who'), if any."""
    last = before[-1]
    between = text[last.end:pronoun]
    adjacent = not between.strip(" ,\u00a0")  # ('France and Spain, which')
    if (adjacent or "," not in between) and not (
            relative == "who" and last.entity.table == PLACE):
        return _coordinated_before(before, text)
    for m in reversed(before):
        if m.entity.table != PLACE or relative != "who":
            words = text[m.end:pronoun].split()
            return [m.entity] if 0 < len(words) <= 5 and words[0].lower() in _LOCATIVE else []
    return []


def _coordinated_before(before: list[Mention], text: str) -> list[Entity]:
    """The last of the mentions `before` (in text order) and those coordinated with it before
    it ("France and Spain, which ...": both)."""
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if text[m.end:group[-1].start].strip().lower() not in _COORDINATING:
            break
        group.append(m)
    return [m.entity for m in reversed(group)]


def _said_after(sent: Sentence, m: Mention) -> bool:
    """Whether a verb of saying follows the mention, after at most two lower-case words
    ('officials said', 'Peruvian media reported')."""
    lows, speech = sent.lows, lexicon().speech
    k = sent.index_at(m.end - 1) + 1
    for j in range(k, min(k + 3, len(lows))):
        if lows[j] in speech:
            return True
        if not _LOWER_WORD.fullmatch(sent.written(j)):
            return False
    return False


# adjectives of the bodies of force and politics that stand before a coordinated name
_BODY_ADJECTIVE: Final = re.compile(r"\s+(?:paramilitary|rebel|militant|armed|opposition|ruling|"
                                    r"rival|separatist|islamist|regional|national|federal|main)\Z")
_AGE: Final = re.compile(r"\A,\s*\d{1,3}(?=\s*,)")
_KIN = re.compile(r"\s+(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|mother|"
                  r"father|partner|fiancée?)\Z")


def _with_coordinated(first: Mention, sent: Sentence, text: str, hi: int) -> list[Entity]:
    """The mention and those coordinated with it ("France, Spain and Italy"); a mention of
    several ("both countries") stands for all its members."""
    group = list(first.members) or [first.entity]
    last = first
    modifier: Mention | None = None  # a coordinated name that modifies the next ('German')
    for m in sent.candidates:
        if m.start < last.end or m.end > hi:
            continue
        if modifier is not None:  # ('... and German Chancellor Angela Merkel': her, not Germany)
            group.append(m.entity)
            last, modifier = m, None
            continue
        gap = text[last.end:m.start].strip().lower()
        if gap not in _COORDINATING:
            gap = _AGE.sub("", gap)  # 'Tom Sam, 42, and his wife Ana Sam': the age and
            if m.entity.table == ACTOR:  # the kinship are no part of the coordination
                gap = _KIN.sub("", gap)
            gap = _BODY_ADJECTIVE.sub("", gap)  # ('X and the paramilitary RSF')
        if gap in _COORDINATING:
            if gap == "," and _said_after(sent, m):
                break  # ('killing 12 people, officials said', '..., Peruvian media reported':
                # the speakers are no part)
            if _is_modifier(sent, m, text, hi):
                modifier = last = m
                continue
            group.append(m.entity)
            last = m
            continue
        break
    if modifier is not None:
        group.append(modifier.entity)  # (nothing after it: the name stands for itself)
    seen: list[Entity] = []
    for entity in group:
        if all(entity is not e for e in seen):
            seen.append(entity)
    return seen


class _Context:
    """What the participant rules need about the article."""

    def __init__(self, analysis: Analysis, found: Extraction, document_id: str) -> None:
        self.analysis = analysis
        self.document_id = document_id
        self.found = found
        self.text = analysis.text
        self.pronoun_mentions: dict[tuple[int, int], Mention] | None = None  # on first use

    def speaker_at(self, offset: int) -> list[Entity]:
        """The speaker of the quote that holds `offset`, if the quote stage found one."""
        for quote in self.found.quotes:
            if quote.start <= offset < quote.end and quote.speaker is not None:
                return [quote.speaker]
        return []

    def in_quote(self, offset: int) -> bool:
        """Whether `offset` lies inside a quotation the quote stage found."""
        return any(q.start <= offset < q.end for q in self.found.quotes)

    def resolve_pronoun(self, sent: Sentence, k: int) -> Entity | None:
        """The entity the pronoun token k refers to: the article's own pronoun mention when
        entity resolution made one, the speaker for I/we in a quote, else the nearest fitting
        name."""
        start, end, low = sent.starts[k], sent.ends[k], sent.lows[k]
        if self.pronoun_mentions is None:
            self.pronoun_mentions = {(m.start, m.end): m for m in self.found.mentions
                                     if m.mention_type == "pronoun"}
        known = self.pronoun_mentions.get((start, end))
        if known is not None:
            return known.entity
        if low in _FIRST_PERSON:
            for quote in self.found.quotes:
                if quote.start <= start < quote.end and quote.speaker is not None:
                    return quote.speaker
            return None
        return coref_resolve(self.analysis, self.found, start, low, self.document_id)


# "accused X of shelling", "blamed X for attacking": X is said to have done it
_CHARGING = frozenset({"accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming",
                       "blame", "charged", "suspected", "convicted", "condemned", "criticised",
                       "criticized"})


# speech verbs whose object may be the act itself ("announced a ceasefire", "declared war")
_DECLARING = frozenset({"announced", "announces", "announce", "declared", "declares", "declare"})


_AUXILIARY_LEAD: Final = _FINITE | _ADVERBS | frozenset({"since", "also", "not", "been", "later"})


def _they_named_before(sent: Sentence, text: str, pronoun: int) -> list[Entity]:
    """'Peru and Chile said they would hold talks': the bodies or places named together first
    in the sentence, before a 'they' that the actors' coreference leaves unresolved."""
    first = next(_heads(sent, text, sent.start, sent.starts[pronoun], _PREPOSITIONS), None)
    if first is None:
        return []
    group = _with_coordinated(first, sent, text, sent.starts[pronoun])
    return group if len(group) >= 2 else []


def _charged_with(sent: Sentence, i: int) -> list[Entity]:
    """The one charged with the act a gerund names ('accused Kyiv of shelling the plant': Kyiv
    shelled it), with those coordinated before it; none for another word."""
    lows = sent.lows
    if i < 3 or not lows[i].endswith("ing") or lows[i - 1] not in ("of", "for"):
        return []
    before = [m for m in sent.candidates if m.end <= sent.starts[i - 1]]
    if not before or before[-1].end != sent.ends[i - 2]:
        return []
    group = _coordinated_before(before, sent.text)
    k = sent.index_at(before[-len(group)].start) - 1  # (the word before the first of them)
    return group if k >= 0 and lows[k] in _CHARGING else []


def _with_subject(sent: Sentence, i: int) -> Mention | None:
    """ "With the US encouraging firms to leave, ...": a name between 'with' and a verb in
    '-ing' right after it is that verb's subject, not the object of a preposition."""
    lows = sent.lows
    if not lows[i].endswith("ing") or i < 2:
        return None
    at = next((n for n, c in enumerate(sent.candidates) if c.end == sent.ends[i - 1]), -1)
    if at < 0:
        return None
    m = sent.candidates[at]
    while at > 0 and sent.text[sent.candidates[at - 1].end:m.start].strip().lower() \
            in _COORDINATING:
        at -= 1  # ('With Russia and China blocking it': the first of them)
        m = sent.candidates[at]
    k = sent.index_at(m.start) - 1
    if k >= 0 and lows[k] == "the":
        k -= 1
    return m if k >= 0 and lows[k] == "with" else None


def _unnamed_subject(sent: Sentence, trig: Trigger) -> bool:
    """ "..., and authorities imposed a curfew": a lower-case plural noun between 'and' (or a
    comma) and a verb is the verb's own subject, which names no entity; the subject of the
    clause before is not its."""
    i, lows = trig.first, sent.lows
    if trig.pattern.kind != "verb" or trig.passive or i < 2 or lows[i - 2] not in (",", "and"):
        return False
    word = lows[i - 1]
    return _LOWER_WORD.fullmatch(sent.written(i - 1)) is not None and word.endswith("s") \
        and not word.endswith(("ss", "ly")) and word not in _FUNCTION \
        and word not in _AUXILIARY_LEAD \
        and not any(m.end == sent.ends[i - 1] for m in sent.candidates)


def _modified_by_participle(sent: Sentence, trig: Trigger) -> Mention | None:
    """ "arrested protesters demanding reforms": a verb in '-ing' right after a name (no comma
    or verb between) says what the named do; they are its subject."""
    i = trig.first
    if trig.pattern.kind != "verb" or not sent.lows[i].endswith("ing") or i == 0:
        return None
    end = sent.ends[i - 1]
    return next((m for m in sent.candidates if m.end == end), None)


def _subject(ctx: _Context, sent: Sentence, trig: Trigger, triggers: list[Trigger]
             ) -> list[Entity]:
    lows, starts, text = sent.lows, sent.starts, ctx.text
    n = len(lows)
    i = trig.first
    charged = _charged_with(sent, i)
    if charged:
        return charged
    absolute = _with_subject(sent, i)
    if absolute is not None:
        return _with_coordinated(absolute, sent, text, trig.start)
    modified = _modified_by_participle(sent, trig)
    if modified is not None:
        return [modified.entity]
    if _unnamed_subject(sent, trig):
        return []
    start = _clause_start(sent, i)
    boundary = lows[start - 1] if start > 0 else ""
    lo = starts[start] if start < n else trig.start
    # a clause after a speech verb begins after it (and after its addressee: "told Reuters they")
    speech = lexicon().speech
    for k in range(start, i) if not speech.isdisjoint(lows[start:i]) else ():
        if lows[k] in speech and not sent.written(k)[0].isupper():  # (not "United States")
            if trig.pattern.kind == "noun" and lows[k] in _DECLARING and all(
                    w in _ARTICLES_ETC or _LOWER_WORD.fullmatch(w) and w not in _FUNCTION
                    for w in lows[k + 1:i]):
                continue  # "announced a ceasefire": the noun is what the subject announced
            nxt = k + 1
            addressee = [m.end for m in sent.candidates if m.start == starts[nxt]] \
                if nxt < n else []
            lo = max(addressee) if addressee and lows[k] == "told" else sent.ends[k]
    if boundary in _RELATIVE and start >= 2 and (
            sum(map(_FINITE.__contains__, lows[start:i])) >= 2 or _relative_closed(sent, start, i)):
        # "Nurses who are unhappy with X have demanded": the relative clause closed at its second
        # finite verb (or at its closing comma); the subject comes before the relative pronoun
        outer = _clause_start(sent, start - 1)
        lo = starts[outer]
        head = next(_heads(sent, text, lo, starts[start - 1], _PREPOSITIONS), None)
        if head is not None:
            return _with_coordinated(head, sent, text, starts[start - 1])
    after = -1  # heads must start after this offset
    comma = None
    if boundary == "as" or (start < i and lows[start] == "as") \
            or lows[start:start + 2] == ["according", "to"]:
        # "As French farmers, we ...", "According to X, six people were killed": an adjunct
        # before the comma, not the subject
        comma = next((k for k in range(start, i) if lows[k] == ","), None)
        if comma is not None:
            after = starts[comma]
    head = next((m for m in _heads(sent, text, lo, trig.start, _PREPOSITIONS)
                 if m.start > after and not _inside_relative(sent, m, lo, trig.start)), None)
    if head is not None:
        return _with_coordinated(head, sent, text, trig.start)
    if comma is not None:
        lo = sent.ends[comma]
    a = bisect.bisect_left(starts, lo)
    pronoun = next(compress(count(a), map(_SUBJECT_PRONOUNS.__contains__,
                                          lows[a:bisect.bisect_left(starts, trig.start)])), None)
    if pronoun is not None:
        entity = ctx.resolve_pronoun(sent, pronoun)
        if entity is None and lows[pronoun] == "they":
            return _they_named_before(sent, text, pronoun)
        return [entity] if entity else []
    if boundary in _RELATIVE and start >= 2 and not (boundary == "that"
                                                     and lows[start - 2] in speech) \
            and not _own_subject(sent, start, i):
        # (only a relative pronoun that is the clause's subject: "X, which the council
        # criticised" has a subject of its own)
        # ('reported that the talks had stalled': the clause a verb of saying reports, no
        # relative clause of the name before it)
        before = [m for m in sent.candidates if m.end <= starts[start - 1]]
        if before:  # "nurses who seek ...": the relative clause's antecedent
            return _antecedent(before, text, starts[start - 1], boundary)
    # a participle or coordinated verb ("..., demanding", "and threatened") shares the subject of
    # the event before it in the sentence
    lead = [w for w in lows[_clause_start(sent, i, commas=True):i] if w[0].isalnum()]
    k = i - 1
    while k > 0 and lows[k] in _AUXILIARY_LEAD and not trig.passive:
        k -= 1  # ('and has since eased', 'but would later lift': auxiliaries and adverbs)
    joined = i > 0 and (lows[k] in (",", "and", "but") or len(lead) <= 1 and lead
                        and lead[0] in ("and", "then", "also", "but", "yet"))
    if not joined or trig.pattern.kind != "verb":
        return []
    earlier = [t for t in triggers if t.end <= trig.start and t.sources]
    if earlier:
        return list(earlier[-1].sources)
    # "Ana Ruiz spoke to reporters but rejected it", '"...," she said, but refused': the
    # subject of the verb it is coordinated with, the sentence's first head (or subject
    # pronoun) outside quotes and prepositional phrases, after "X said that" when one comes
    k = next((k for k in range(i - 1, 0, -1) if lows[k] == "that" and speech.intersection(
        lows[max(0, k - 4):k])), -1)
    lo = sent.ends[k] if k >= 0 else sent.start
    head = next((m for m in _heads(sent, text, lo, trig.start, _SUBJECT_SKIP)
                 if not ctx.in_quote(m.start)), None)
    a = bisect.bisect_left(starts, lo)
    pronoun = next((p for p in compress(count(a), map(
        _SUBJECT_PRONOUNS.__contains__, lows[a:i])) if not ctx.in_quote(starts[p])), None)
    if pronoun is not None and (head is None or starts[pronoun] < head.start):
        entity = ctx.resolve_pronoun(sent, pronoun)
        return [entity] if entity else []
    return [head.entity] if head is not None else []


def _relative_closed(sent: Sentence, start: int, i: int) -> bool:
    """ "X, who heads the party, was critical of": a relative clause set off by commas (it
    opens at token `start`) closes at its second comma, before the trigger (token i) or the
    finite verb of the trigger's clause."""
    lows = sent.lows
    return lows[start - 2] == "," and any(
        lows[k] == "," and (k + 1 == i or lows[k + 1] in _FINITE) for k in range(start, i))


_SUBJECT_SKIP: Final = _NOT_TARGET_PREP | {"on", "of", "for", "to", "with", "by", "after", "before",
                                           "against", "since", "until"}


def _inside_relative(sent: Sentence, m: Mention, lo: int, limit: int) -> bool:
    """True when a relative clause opened (after `lo`) before `m` is closed before `limit`
    ("Nurses ... who are unhappy with Ms Ortiz have demanded": she is not the subject)."""
    lows, starts = sent.lows, sent.starts
    opened = False
    for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, m.start)):
        if lows[k] in ("who", "which", "whose", "whom"):
            opened = True
        elif lows[k] == ",":
            opened = False
    if not opened:
        return False
    # the clause is closed again if a verb-like word after m precedes the trigger's own clause
    between = lows[bisect.bisect_left(starts, m.end):bisect.bisect_left(starts, limit)]
    return any(w in ("have", "has", "had", "are", "is", "were", "was") for w in between)


_NOT_TARGET_OR_AGENT: Final = _NOT_TARGET_PREP | {"by"}
# force aimed "at" or "into" a name is aimed at its target ("fired shells at KPA posts",
# "fired rockets into Israel")
_NOT_ASSAULTED: Final = _NOT_TARGET_OR_AGENT - {"at", "into"}
# whom a state expels, deports or extradites is not where it sends them ("extradited X to Y")
_NOT_EXPELLED: Final = _NOT_TARGET_OR_AGENT | {"to", "back"}
# what talks, agreements and cooperation are "on" is their topic ("talks on Kashmir")
_NOT_DISCUSSED: Final = _NOT_TARGET_OR_AGENT | {"on"}
_WATER_WORDS: Final = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "waters"})
_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them", "us", "me", "it"})


def _new_speaker(sent: Sentence, text: str, lo: int, m: Mention) -> bool:
    """ "denied the charges and his lawyers said ...": a name after 'and' that a verb of saying
    follows is the subject of a clause of its own, not an object of the verb before."""
    return " and " in text[lo:m.start] and _said_after(sent, m)


def _at_least(lows: list[str], k: int) -> bool:
    """Whether token k is a word of 'at least' or 'at most' (a count's, no preposition)."""
    word = lows[k]
    if word == "at":
        return k + 1 < len(lows) and lows[k + 1] in ("least", "most")
    return word in ("least", "most") and k > 0 and lows[k - 1] == "at"


def _maker_of_object(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    """ "rejected an appeal by Google", "condemned the attack by Hamas": who made the thing an
    active verb acts on (a noun right after it, with its article and modifiers, then 'by' and
    a name) is what the verb is aimed at."""
    lows, k = sent.lows, trig.last + 1
    if k < len(lows) and lows[k] in _ARTICLES_ETC:
        k += 1
    first = k
    while k < len(lows) and k - first < 3 and _LOWER_WORD.fullmatch(lows[k]) \
            and lows[k] not in _FUNCTION and not _past_verb(lows[k]):
        k += 1  # (not into a participle: 'a ceasefire brokered by Egypt')
    if k == first or k >= len(lows) or lows[k] != "by":
        return []
    return [e for e in _named_after(ctx, sent, k)
            if e.table != PLACE or e.kind == "country"]  # (not 'a man by the Thames')


def _object(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    lows, starts, text = sent.lows, sent.starts, ctx.text
    n = len(lows)
    if trig.pattern.kind == "verb" and not trig.passive:
        maker = _maker_of_object(ctx, sent, trig)
        if maker:
            return maker
    end = _clause_end(sent, trig.last)
    if trig.pattern.entry.complement == "content":  # "urged X to arrest Y": Y is content
        for k in range(trig.last + 1, end - 1):
            if (lows[k] == "to" and sent.written(k + 1).islower()
                    and lows[k + 1] not in _DETERMINERS):
                end = k
                break
    hi = starts[end] if end < n else sent.end
    # ('shot him dead', 'take Ana Ruiz into custody': the object stands in the trigger's gap)
    lo = sent.ends[trig.first] if _GAP in trig.pattern.source else trig.end
    entry = trig.pattern.entry  # (force and riot control aimed "at" someone: its target)
    skip = _NOT_ASSAULTED if entry.event_type == "ASSAULT" or entry.cameo == "175" \
        else _NOT_EXPELLED if entry.cameo == "174" \
        else _NOT_DISCUSSED if entry.event_type in _MUTUAL_TYPES else _NOT_TARGET_OR_AGENT
    head = next((m for m in _heads(sent, text, lo, hi, skip)
                 if not _on_whose_behalf(sent, m)
                 and not (entry.cameo == "175" and m.entity.table == PLACE)
                 and not _new_speaker(sent, text, lo, m)), None)
    # an object pronoun before the first head ("imprisoned her aboard the Company's ship"):
    # the pronoun is the object
    a = bisect.bisect_left(starts, lo)
    b = bisect.bisect_left(starts, hi) if head is None else bisect.bisect_right(sent.ends,
                                                                                head.start)
    pronoun = next((k for k in compress(count(a), map(_OBJECT_PRONOUNS.__contains__, lows[a:b]))
                    if not (lows[k] == "her" and k + 1 < n  # "her passport"
                            and _LETTERS.fullmatch(sent.written(k + 1))
                            and lows[k + 1] not in _FUNCTION)), None)
    if pronoun is None and head is not None:
        owner = _owner_of_modifier(sent, text, head)
        if owner is not None:  # "block Sweden's NATO membership": Sweden's, not NATO
            return [owner.entity]
        return _with_coordinated(head, sent, text, _strong_end(sent, trig.last))
    if pronoun is not None:
        entity = ctx.resolve_pronoun(sent, pronoun)
        return [entity] if entity else []
    # (not for an entry that needs a target: "met Google's engineers" is no meeting with Google)
    owner = None if trig.pattern.entry.needs_target else _owner(sent, text, lo, hi)
    return [owner.entity] if owner is not None else []


def _owner_of_modifier(sent: Sentence, text: str, head: Mention) -> Mention | None:
    """The possessor right before a name that only modifies a common noun after it
    ("Sweden's NATO membership"), if there is one: the possession acted on is the owner's."""
    k = sent.index_at(head.end - 1) + 1
    if head.entity.table == PLACE or k >= len(sent.lows) \
            or not _LOWER_WORD.fullmatch(sent.written(k)) or sent.lows[k] in _FUNCTION:
        return None  # (a place before its kind, 'Nigeria's Zamfara state', is itself)
    return next((m for m in sent.candidates if m.end < head.start
                 and text[m.end:head.start] in ("'s ", "’s ", "'s\u00a0", "’s\u00a0")), None)


_BEHALF = frozenset({"support", "behalf", "favour", "favor", "defence", "defense", "solidarity"})


def _on_whose_behalf(sent: Sentence, m: Mention) -> bool:
    """ "a rally in support of X", "on behalf of X": X is whom the event serves, not
    whom it acts on."""
    k = sent.index_at(m.start)
    return k >= 2 and sent.lows[k - 1] == "of" and sent.lows[k - 2] in _BEHALF


def _owner(sent: Sentence, text: str, lo: int, hi: int) -> Mention | None:
    """The first possessor in [lo, hi), when no name heads the object: the owner of what is
    acted on is acted on ("suspended Mahan's permit", "complied with the church's requests")."""
    for m in sent.candidates:
        if m.start >= hi:
            break
        if m.start >= lo and (text[m.end:m.end + 2] in ("'s", "’s") or text[m.end - 1:m.end]
                              == "s" and text[m.end:m.end + 2] in ("' ", "’ ")):
            return m  # (or a plural's: "the protesters' demands")
    return None


def _accused(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    """The subject of the clause a claim introduces: the first name after the trigger (and
    after "that"), up to the next strong boundary after it."""
    k = trig.last + 1
    if k < len(sent.lows) and sent.lows[k] == "that":
        k += 1
    if k >= len(sent.lows):
        return []
    hi = _strong_end(sent, k)
    head = next(_heads(sent, ctx.text, sent.starts[k], hi, _PREPOSITIONS), None)
    return [head.entity] if head is not None else []


def _agent(ctx: _Context, sent: Sentence, trig: Trigger, word: str = "by", reach: int = 0
           ) -> list[Entity]:
    """The "by X" agent after a passive verb or an event noun (or the "from X" of one
    undergone: "received threats from X", `word` within `reach` words of the trigger)."""
    end = _clause_end(sent, trig.last)
    if reach:
        end = min(end, trig.last + 1 + reach)
    noun = trig.pattern.kind == "noun"
    for k in range(trig.last + 1, end):
        if sent.lows[k] == word:
            if noun and k - 1 > trig.last and sent.lows[k - 1] in lexicon().third_party:
                return []  # ("a ceasefire brokered by Egypt": Egypt brokered it, made none;
                # but "an attack carried out by X", "sanctions imposed by X": X made them)
            return _named_after(ctx, sent, k)
        if noun and sent.lows[k] in _FINITE and (
                k + 1 >= end or sent.lows[k + 1] not in lexicon().noun_after):
            break  # ("the demands were rejected by X": X rejected them, made none; but "the
            # attack was launched by X": X launched it)
    return []


def _named_after(ctx: _Context, sent: Sentence, k: int) -> list[Entity]:
    """Who is named after token k in its clause ('by X', 'between X and Y', 'blamed on X'),
    with those coordinated with it; no one when a preposition of `_AGENT_GAP` stands between
    ('by police in Lima': the place is no agent)."""
    end = _clause_end(sent, k)
    hi = sent.starts[end] if end < len(sent.lows) else sent.end
    head = next(_heads(sent, ctx.text, sent.ends[k], hi, None), None)
    if head is None or not _AGENT_GAP.isdisjoint(sent.lows[k + 1:sent.index_at(head.start)]):
        return []
    return _with_coordinated(head, sent, ctx.text, hi)


def _between(ctx: _Context, sent: Sentence, trig: Trigger, reach: int = 1) -> list[Entity]:
    """The parties named after an event noun and 'between' ('talks between X and Y', 'clashes
    between police and protesters'), when there are two or more; 'between' within `reach`
    words after the trigger ('mediated talks between X and Y')."""
    stop = min(len(sent.lows), trig.last + 1 + reach)
    k = next((k for k in range(trig.last + 1, stop) if sent.lows[k] == "between"), None)
    if k is None:
        return []
    parties = _named_after(ctx, sent, k)
    return parties if len(parties) >= 2 else []


# event types whose verb may take the parties 'between' whom it is as its targets ('mediated
# between X and Y', 'brokered a truce between X and Y')
_BETWEEN_VERBS: Final = frozenset({"CONSULT", "AGREE"})


# "the bombing was blamed on X": X is said to have done it
_BLAMED: Final = frozenset({"blamed", "attributed"})


def _noun_agent(ctx: _Context, sent: Sentence, trig: Trigger, lex: Lexicon) -> list[Entity]:
    """Who did what an event noun names, from the words after it: "the attack, reportedly
    carried out by X" (a reduced relative clause after a comma: a past participle of the
    lexicon's `noun_context` verbs after a noun) or "the attack was blamed on X"."""
    lows, k = sent.lows, trig.last + 1
    if k < len(lows) and lows[k] == ",":
        k += 1
    if k < len(lows) and lows[k].endswith("ly"):
        k += 1  # 'reportedly', 'allegedly'
    if k < len(lows) and lows[k] in _BE and lows[k] not in ("'s", "’s"):
        k += 1
        if k < len(lows) and lows[k].endswith("ly"):
            k += 1
        if k + 1 < len(lows) and lows[k] in _BLAMED and lows[k + 1] in ("on", "to"):
            return _named_after(ctx, sent, k + 1)
        return []
    if k < len(lows) and lows[k].endswith("ed") and lows[k] in lex.noun_after:
        k += 1
        if k < len(lows) and lows[k] == "out":
            k += 1
        if k < len(lows) and lows[k] == "by":
            return _named_after(ctx, sent, k)
    return []


# Prepositions that end the "by" phrase before a later name ("arrested by police in Lima"):
# those that keep a name from being a subject, but 'of' ("by supporters of X") and 'by'.
_AGENT_GAP: Final = _SUBJECT_SKIP - {"of", "by"}


def _relative_antecedent(sent: Sentence, trig: Trigger) -> list[Entity]:
    """For "Ms Ortiz, whom the council has endorsed": the name before an object relative pronoun
    (with those coordinated with it: "Brazil and Peru, which the council criticised")."""
    lows = sent.lows
    start = _clause_start(sent, trig.first)
    if start >= 1 and (lows[start - 1] == "whom" or lows[start - 1] in ("which", "that")
                       and _own_subject(sent, start, trig.first)):
        # ('which has attacked X': the pronoun is its subject)
        pronoun = start - 1
        k = pronoun - 1 if pronoun >= 1 and lows[pronoun - 1] == "," else pronoun
        before = [m for m in sent.candidates if m.end <= sent.starts[pronoun]]
        # the antecedent ends right before the pronoun: after "claimed that" it is no relative,
        # nor after "told Reuters that", where the name is the one told
        if before and k >= 1 and before[-1].end == sent.ends[k - 1] and not (
                lows[pronoun] == "that" and _told_before(sent, before[-1])):
            return _coordinated_before(before, sent.text)
    return []


def _told_before(sent: Sentence, m: Mention) -> bool:
    """Whether a verb of saying stands right before the mention ('told Reuters')."""
    k = sent.index_at(m.start) - 1
    return k >= 0 and sent.lows[k] in lexicon().speech


_POSSESSIVE: Final = re.compile(r"['’]s?\s*")


def _noun_source(ctx: _Context, sent: Sentence, trig: Trigger, lo: int = 0) -> list[Entity]:
    """Possessor or modifier of an event noun: "the church's requests", "NATO airstrikes"
    (a mention from offset `lo` on)."""
    text = ctx.text
    for m in reversed(sent.candidates):
        if m.end > trig.start:
            continue
        if m.start < lo:
            break
        gap = text[m.end:trig.start]
        words = gap.split()
        if _POSSESSIVE.fullmatch(gap.split(" ")[0] if gap else "") or (
                words and words[0] in ("'s", "’s")):
            return [m.entity]
        if gap[:2] in ("'s", "’s") and len(words) <= 3:
            return [m.entity]
        if len(words) <= 2 and all(w.islower() and w not in _FUNCTION and w not in _STRONG
                                   for w in words):  # (not 'the hostages after talks')
            return [m.entity]
        break
    return []


# ---------------------------------------------------------------- coding, modality, time


@lru_cache(maxsize=512)
def _cue_regex(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A cue of five or more letters matches as a word prefix, a shorter one as a word."""
    return re.compile("|".join(r"\b" + re.escape(c) + ("" if len(c) >= 5 else r"\b")
                               for c in cues))


def _code(trig: Trigger, text: str, sent: Sentence) -> tuple[str, str]:
    entry = trig.pattern.entry
    if entry.sense is not None:  # "a magazine attacked the senators": words, not force
        event_type, cameo, unless = entry.sense
        if not _cue_regex(unless).search(text[sent.start:sent.end].lower()):
            return event_type, cameo
    if not entry.refine:
        return entry.event_type, entry.cameo
    # a phrase's own words count ("let's not" + "shoot" is an appeal not to shoot)
    rest = text[trig.start if trig.pattern.kind == "phrase" else trig.end:sent.end].lower()
    for event_type, cameo, cues in entry.refine:
        # (a cue's regex matches only where the cue is: the plain search, a C loop over the
        # cues, rules most out)
        if any(map(rest.__contains__, cues)) and _cue_regex(cues).search(rest):
            return event_type, cameo
    return entry.event_type, entry.cameo


def _window(sent: Sentence, i: int, size: int) -> list[str]:
    """The last `size` words before token i within its clause (punctuation not counted), in
    lower case; a capitalised 'May' or 'Will' is left out, being a name or a month ('Theresa
    May resigned', 'In May he left'), not the modal verb."""
    start = _clause_start(sent, i, commas=True)
    near = max(start, i - 2 * size)  # most clauses: the words are among the last tokens
    lows = sent.lows
    found = [k for k in range(near, i) if lows[k][0].isalnum()]
    if len(found) < size and near > start:
        found = [k for k in range(start, i) if lows[k][0].isalnum()]
    return [lows[k] for k in found[-size:]
            if lows[k] not in _NAME_MODALS or not sent.written(k)[:1].isupper()]


_NAME_MODALS: Final = frozenset({"may", "will"})  # modal verbs that are also names or months


def _modality(trig: Trigger, sent: Sentence, triggers: list[Trigger], lex: Lexicon) -> str:
    lows = sent.lows
    before = _window(sent, trig.first, 6)
    # (a word ends in "n't" when "n't " is in the words joined and closed by spaces)
    if not lex.negators.isdisjoint(before) or "n't " in " ".join(before) + " ":
        return "negated"
    # ('rejected the results and called for protests': a verb in the past after 'and' shares
    # the rejection's subject and is no part of what is rejected, unless it follows another
    # verb there: 'rejected calls to attack and invade', 'denied that troops attacked and
    # killed')
    coordinated = trig.first > 0 and lows[trig.first - 1] in ("and", "but") \
        and trig.pattern.kind == "verb" and bool(trig.pattern.participles)
    for other in triggers:  # inside what a rejection or denial rejects ("denied that ...")
        if coordinated and other is not trig and other.last + 1 < len(lows) \
                and lows[other.last + 1] != "that" \
                and not any(other.last < t.first and t.last < trig.first for t in triggers):
            continue
        if (other is not trig and other.end <= trig.start
                and other.pattern.entry.complement == "negates"
                and not any(w in _BREAKS and not (w == "that" and k == 0)
                            for k, w in enumerate(lows[other.last + 1:trig.first]))):
            return "negated"
    for other in triggers:  # ('threatened Iran with sanctions', 'warned X against invading':
        # what a threat or a warning is made with or against has not happened)
        if other.end > trig.start or other.pattern.entry.event_type != "THREATEN":
            continue
        between = lows[other.last + 1:trig.first]
        if len(between) <= 6 and _BREAKS.isdisjoint(between) \
                and ("with" in between or "against" in between):
            return "hypothetical"
    start = _clause_start(sent, trig.first)
    if start > 0 and lows[start - 1] in ("if", "unless", "whether"):
        return "hypothetical"
    if (start > 1 and lows[start - 1] == "that"
            and lows[start - 2] in lex.hypothetical_heads):
        return "hypothetical"  # "it is possible that ...", "feared that ..."
    # (a cue, closed by spaces, is found in the words joined only if its first word is one
    # of them: tokens hold no space)
    last4 = before[-4:]
    if (not lex.hypothetical_first.isdisjoint(last4)
            and lex.hypothetical_re.search(" " + " ".join(last4) + " ")):
        return "hypothetical"
    if trig.pattern.kind == "noun" and not _MODALS.isdisjoint(lows[trig.last + 1:]):
        # "an attack on X ... would bring"
        for k in range(trig.last + 1, len(lows)):
            w = lows[k]
            if w in (";", ":", "that", "which", "because", "if"):
                break
            if w in _MODALS and not (w in _NAME_MODALS and sent.written(k)[:1].isupper()):
                return "hypothetical"
    return "asserted"


# the words that link a request noun to its content ("demands for the release", "calls to end")
_LINKS_CONTENT: Final = frozenset({"to", "for", "that", "of"})


def _request_content(trig: Trigger, sent: Sentence, triggers: list[Trigger],
                     lex: Lexicon) -> bool:
    """True for the content of a request ("urged X to arrest Y", "let's not shoot"):
    not an event itself: a request head, then "to", before the trigger and after the last
    word that ends the request's reach."""
    for other in triggers:
        if (other is not trig and other.pattern.entry.complement == "content"
                and 0 <= trig.first - other.last <= 2
                and (other.pattern.kind != "noun"
                     or not _LINKS_CONTENT.isdisjoint(sent.lows[other.last + 1:trig.first]))):
            return True  # (not "the demands were rejected": a noun's content follows a link)
    reach = sent.lows[sent.last_before(sent.request_stops, trig.first) + 1:trig.first]
    if "to" not in reach:
        return False
    last_to = len(reach) - 1 - reach[::-1].index("to")
    return any(w in lex.request_heads and w != "to" for w in reach[:last_to])


_COARSENESS: Final = ("year", "month", "week", "day")


@dataclass
class _Header:
    """A paragraph that is only a relative time expression ("Last month"): dates its section."""

    start: int
    expression: dates.TimeExpression


def _headers(analysis: Analysis, times: list[dates.TimeExpression], starts: list[int]
             ) -> list[_Header]:
    """`starts` are the times' starts (in text order)."""
    headers = []
    for p_start, p_end in analysis.paragraphs:
        lo = bisect.bisect_left(starts, p_start)
        hi = bisect.bisect_left(starts, p_end, lo)
        if lo == hi:  # (most paragraphs hold no time)
            continue
        inside = [t for t in times[lo:hi] if t.end <= p_end]
        if (len(inside) == 1 and not inside[0].has_year
                and not analysis.text[p_start:p_end].replace(inside[0].text, "").strip(" .,:")):
            headers.append(_Header(p_end, inside[0]))
    return headers


# Every character a time expression can hold (dates.TIME: letters, digits, spaces and the
# commas and dots of "Jan. 5, 2019") and those a time header holds around it.
_HEADER_TEXT: Final = re.compile(r"[\w .,:\u00a0]*+")


class _DatedStretches:
    """Whether `_assign_dates` needs the time expressions of a stretch of text: when it
    reaches the sentence of an event, or a paragraph that may be a time header (`_headers`;
    the few stretches that reach no event are tested against their paragraphs)."""

    def __init__(self, analysis: Analysis, located: list[tuple[Trigger, Sentence]]) -> None:
        spans = sorted({(sent.start, sent.end) for _, sent in located})
        self.starts = [lo for lo, _ in spans]
        self.reach = list(accumulate((hi for _, hi in spans), max))  # furthest end so far
        self.analysis = analysis
        self.paragraph_starts = [lo for lo, _ in analysis.paragraphs]

    def __call__(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.starts, hi)  # the sentences that start before `hi`
        if k and self.reach[k - 1] > lo:
            return True
        # the paragraphs that start before `hi`, from the last that starts by `lo`
        first = max(bisect.bisect_right(self.paragraph_starts, lo) - 1, 0)
        last = bisect.bisect_left(self.paragraph_starts, hi)
        return any(_may_be_header(self.analysis.text, *self.analysis.paragraphs[j])
                   for j in range(first, last))


def _may_be_header(text: str, start: int, end: int) -> bool:
    """False for a paragraph that cannot be a time header (`_headers`: an expression without
    a year, and nothing but spaces, commas, dots and colons around it)."""
    return (_HEADER_TEXT.fullmatch(text, start, end) is not None
            and not dates.YEAR.search(text, start, end))


# words that may stand before a time expression that opens its sentence ('Earlier this year,',
# 'Back in 2015,', 'But on Monday,')
_OPENING_TIME: Final = frozenset({",", "earlier", "later", "early", "late", "back", "and", "but",
                                  "then", "also", "in", "on", "at", "during"})


def _assign_dates(events: list[tuple[Trigger, Sentence]], times: list[dates.TimeExpression],
                  analysis: Analysis) -> None:
    """Each time expression dates the nearest event in its clause (none, if its clause has no
    event: 'left in 2015, during the unrest in which X was attacked' does not date the attack);
    one that opens a sentence dates all its events; a section's time header (`_headers`) dates
    the rest."""
    by_sentence: dict[int, list[tuple[Trigger, Sentence]]] = {}
    for trig, sent in events:
        by_sentence.setdefault(sent.start, []).append((trig, sent))
    starts = [t.start for t in times]  # in text order
    for group in by_sentence.values():
        sent = group[0][1]
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end, lo)
        if lo == hi:  # (most sentences hold no time)
            continue
        inside = [t for t in times[lo:hi] if t.end <= sent.end]
        # coarse first, so that "February 6 - this year" keeps the day
        for expr in sorted(inside, key=lambda t: _COARSENESS.index(t.precision)):
            first = sent.index_at(expr.start)
            opening = all(w in _OPENING_TIME for w in sent.lows[:first])
            if opening:
                for trig, _ in group:
                    _set_date(trig, expr, keep=True)
                continue
            lo = _clause_start(sent, first)
            hi = _clause_end(sent, sent.index_at(expr.end - 1))
            lo_off = sent.starts[lo] if lo < len(sent.lows) else sent.start
            hi_off = sent.starts[hi] if hi < len(sent.lows) else sent.end
            near = [trig for trig, _ in group
                    if trig.start >= lo_off - 1 and trig.end <= hi_off + 1]
            if not near:
                continue
            best = min(near, key=lambda t: min(abs(t.start - expr.end), abs(expr.start - t.end)))
            _set_date(best, expr, keep=False)
    undated = [trig for trig, _ in events if trig.event is not None and not trig.event.date]
    headers = _headers(analysis, times, starts) if undated else []
    if not headers:
        return
    header_at = [h.start for h in headers]  # (where each header's paragraph ends)
    for trig in undated:
        k = bisect.bisect_right(header_at, trig.start) - 1  # the last header before the trigger
        if k >= 0:
            _set_date(trig, headers[k].expression, keep=True)


def _set_date(trig: Trigger, expr: dates.TimeExpression, keep: bool) -> None:
    event = trig.event
    if event is None or (keep and event.date):
        return
    event.date, event.date_precision, event.date_text = expr.date, expr.precision, expr.text


def _place(ctx: _Context, sent: Sentence, trig: Trigger) -> Entity | None:
    """A place named after in/at/near: after the trigger in its clause, or opening the
    sentence ("In Lima, ..."); a place inside a description before the verb ("the envoy
    in Madrid") is where someone works, not where the event happened."""
    lows = sent.lows
    hi_i = _clause_end(sent, trig.last)
    lo = trig.end
    hi = sent.starts[hi_i] if hi_i < len(lows) else sent.end
    if lows and lows[0] in _LOCATIVE:
        lo = sent.start
    best = None
    for m in sent.candidates:
        if m.end > hi:
            break  # (candidates are in text order and do not overlap: the later end later)
        if m.start < lo or m.entity.table != PLACE:
            continue
        k = sent.index_at(m.start) - 1
        while k >= 0 and lows[k] in ("the", "a", "an", "an"):
            k -= 1
        if k >= 0 and lows[k] in _LOCATIVE and (
                best is None or abs(m.start - trig.start) < abs(best.start - trig.start)):
            best = m
    return best.entity if best else None


# ---------------------------------------------------------------- the stage


def find(analysis: Analysis, found: Extraction, document_id: str, published: str) -> None:
    """Add the article's events (with participants, date, place and modality) to `found`."""
    lex = lexicon()
    text = analysis.text
    ctx = _Context(analysis, found, document_id)
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    mentions = _outermost(found.mentions)
    mention_starts = [m.start for m in mentions]
    located: list[tuple[Trigger, Sentence]] = []
    title_end = analysis.paragraphs[0][1] if len(analysis.paragraphs) > 1 else -1
    # a sentence is read further only when one of its words starts a trigger (a word whose
    # triggers are all one word long always starts a match; the others are checked against
    # their patterns: "in" without "contact with")
    by_first, any_pattern = lex.by_first, lex.any_pattern
    tokens = _tokens(text, low, analysis.words())
    lows, starts = tokens[0], tokens[1]
    firsts = [i for i in compress(count(), map(by_first.__contains__, lows))
              if lows[i] not in any_pattern
              or _compiled(any_pattern[lows[i]]).match(text, starts[i])]
    for s_start, s_end in analysis.sentences:
        if s_end <= title_end:
            continue  # the headline restates the lead: its events are reported below it
        first, last = _token_range(starts, s_start, s_end)
        at = firsts[bisect.bisect_left(firsts, first):bisect.bisect_left(firsts, last)]
        if not at:
            continue
        lo = bisect.bisect_left(mention_starts, s_start)
        hi = bisect.bisect_left(mention_starts, s_end)
        sent = _sentence(text, s_start, s_end, tokens,
                         [m for m in mentions[lo:hi] if m.end <= s_end])
        triggers = _find_triggers(text, sent, lex, [i - first for i in at])
        for trig in triggers:
            if _request_content(trig, sent, triggers, lex):
                continue
            event_type, cameo = _code(trig, text, sent)
            event = Event(event_type, cameo, trig.start, trig.end, s_start, s_end,
                          modality=_modality(trig, sent, triggers, lex))
            entry = trig.pattern.entry
            antecedent = _relative_antecedent(sent, trig) if trig.pattern.kind == "verb" else []
            if trig.pattern.kind == "noun" and _undergone(sent, trig.first, lex):
                # "X faced criticism": X is its target, the source a "by" or "from" agent or
                # the noun's modifier ("faced new US sanctions"; not X itself, "X faced ...")
                targets = _subject(ctx, sent, trig, triggers)
                verb = next(k for k in range(trig.first - 1, -1, -1)  # (the verb or the 'of')
                            if sent.lows[k] in lex.undergo or sent.lows[k] == "of")
                sources = [e for e in _noun_source(ctx, sent, trig, sent.ends[verb])
                           if e not in targets] \
                    or _agent(ctx, sent, trig) or _agent(ctx, sent, trig, "from", 2)
            elif trig.pattern.kind == "noun" and (between := _between(ctx, sent, trig)):
                sources, targets = between, []  # 'talks between X and Y': each with the other
            elif trig.pattern.kind == "noun":
                sources = _noun_source(ctx, sent, trig) or _agent(ctx, sent, trig) \
                    or _noun_agent(ctx, sent, trig, lex) or (
                    [] if _after_preposition(sent, trig) or _owned(sent, trig)
                    or _object_of_verb(sent, trig, triggers, lex)
                    else _subject(ctx, sent, trig, triggers))
                targets = _object(ctx, sent, trig)
            elif trig.passive:
                sources = _agent(ctx, sent, trig)
                targets = _subject(ctx, sent, trig, [])
            else:
                sources = _subject(ctx, sent, trig, triggers)
                targets = antecedent or (_between(ctx, sent, trig, reach=4)
                                         if event_type in _BETWEEN_VERBS else []) \
                    or _object(ctx, sent, trig)
            if trig.pattern.kind == "phrase" and sent.lows[trig.first] == "let's":
                sources = ctx.speaker_at(trig.start)  # "let's not ...": the quote's speaker
            if entry.requires_after:  # "claimed (that) X imprisoned her": X is accused
                targets = _accused(ctx, sent, trig) or targets
            elif event_type == "REQUEST" and trig.last + 1 < len(sent.lows) \
                    and sent.lows[trig.last + 1] == "that":  # "demanded that Russia release
                targets = _accused(ctx, sent, trig) or targets  # X": Russia, X the content
            if entry.target == "subject":  # "X stood trial": the subject is acted on
                sources, targets = [], sources
            if entry.source == "none":
                sources = []
            if entry.target == "none":
                targets = []
            if entry.untargeted and all(map(_waters, targets)):
                # "launched a missile into the sea": a test or a show of force, aimed at no one
                event.event_type, event.cameo_code = entry.untargeted
                targets = []
            trig.sources = sources
            if (event_type == "ASSAULT" and event.modality == "hypothetical"
                    and _stated_intent(sent, trig, lex)):
                event.event_type, event.cameo_code, event.modality = "THREATEN", "138", "asserted"
            elif (event_type == "CONSULT" and event.modality == "hypothetical"
                    and " ".join(sent.lows[max(0, trig.first - 2):trig.first]) in lex.intent):
                event.event_type, event.cameo_code, event.modality = "AGREE", "036", "asserted"
            if sources and targets:
                sources = _not_own_target(sources, targets)
            mutual = not targets and len(sources) >= 2 and _mutual(trig, event_type, text)
            if mutual:  # "North and South Korea exchanged fire": each is the other's target
                targets = sources
            for entity in sources:
                event.participants.append(Participant("source", entity))
            for entity in targets:
                if mutual or all(entity is not s for s in sources):
                    event.participants.append(Participant("target", entity))
            if entry.needs_target and not any(p.role == "target" and (
                    p.entity.table in entry.needs_target or p.entity.kind in entry.needs_target)
                    for p in event.participants):
                continue  # "kept at the base" is a detention only when someone is kept
            if _restates(sent, trig, event, [(t, t.event) for t in triggers if t.event]) \
                    or _refers_back(sent, trig, event, found.events):
                continue
            event.place = _place(ctx, sent, trig)  # (a restated event's place is not needed)
            trig.event = event
            found.events.append(event)
            located.append((trig, sent))
    if located:  # time expressions matter only to the events found
        times = dates.find(text, published, low=low, wanted=_DatedStretches(analysis, located))
        _assign_dates(located, times, analysis)


def _undergone(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """Whether the subject of the clause of the event noun at token `i` undergoes it: a verb of
    undergoing shortly before the noun ("faced criticism"), or a noun of it before "of" and the
    noun's modifiers ("the subject of United States sanctions", "the target of criticism")."""
    lows = sent.lows
    if not lex.undergo.isdisjoint(lows[max(0, i - 3):i]):
        return True
    k = i - 1
    while k > 0 and i - k <= 4 and (
            lows[k] in _ARTICLES_ETC or sent.written(k)[:1].isupper()
            or _MODIFIER_WORD.fullmatch(lows[k]) and lows[k] not in _FUNCTION):
        k -= 1
    return k > 0 and lows[k] == "of" and lows[k - 1] in lex.undergo_of


def _waters(entity: Entity) -> bool:
    """Whether a place is a sea, a gulf, a bay, a strait or an ocean ('the Sea of Japan')."""
    return entity.table == PLACE and entity.kind == "region" \
        and not _WATER_WORDS.isdisjoint(entity.name.lower().split())


def _not_own_target(sources: list[Entity], targets: list[Entity]) -> list[Entity]:
    """The sources but a country's own national body where the country is a target ('the
    government imposed sanctions on Russia' in an article mostly about Russia: the bare
    government read as Russia's cannot be what acts on Russia; better no source than a wrong
    one)."""
    countries = {t.country for t in targets if t.table == PLACE and t.kind == "country"}
    if not countries:
        return sources
    return [s for s in sources if not (s.table == ORGANISATION and s.country in countries
                                       and s.kind == "government")]


def _refers_back(sent: Sentence, trig: Trigger, event: Event, earlier: list[Event]) -> bool:
    """'called the stabbing "an act of barbarity"': 'the' before an event noun refers back to
    an event of its type the article has already reported; it is no new one."""
    return trig.pattern.kind == "noun" and trig.first > 0 and sent.lows[trig.first - 1] == "the" \
        and any(e.event_type == event.event_type for e in earlier)


def _owned(sent: Sentence, trig: Trigger) -> bool:
    """Whether a noun trigger has an owner that is no entity ("Monday's attack", "the
    country's protests"): the owner, not the clause's subject, would be its actor."""
    lows = sent.lows
    k = trig.first - 1
    if k > 0 and _LOWER_WORD.fullmatch(lows[k]) and lows[k] not in _FUNCTION:
        k -= 1  # one modifier between them ("Monday's deadly attack")
    return k >= 0 and lows[k].endswith(("'s", "s'"))


def _after_preposition(sent: Sentence, trig: Trigger) -> bool:
    """Whether a noun trigger is the object of a preposition ('a call about the attack',
    'after the protests'): then the clause's subject is no actor of it, as it is of 'launched
    an attack'. Looks back over up to three words of its noun phrase."""
    lows = sent.lows
    for k in range(trig.first - 1, max(-1, trig.first - 4), -1):
        if lows[k] in _PREPOSITIONS:
            return True
        if lows[k] not in _DETERMINERS and not _LOWER_WORD.fullmatch(lows[k]):
            return False
    return False


def _object_of_verb(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                    lex: Lexicon) -> bool:
    """Whether a noun trigger is the object of a verb other than a light one: "condemned the
    attack", "is investigating the bombing". The subject then condemns or investigates; it did
    not attack, as it did in "launched an attack". A rejection ("denied the attack") keeps its
    subject, which the rejection's modality already covers."""
    lows, k = sent.lows, trig.first - 1
    if k > 0 and _LOWER_WORD.fullmatch(lows[k]) and lows[k] not in _DETERMINERS:
        k -= 1  # one modifier ("condemned the deadly attack")
    if k < 1 or lows[k] not in _ARTICLES_ETC:
        return False
    verb = lows[k - 1]
    if verb in lex.noun_before or verb in lex.negators or not _LOWER_WORD.fullmatch(verb):
        return False
    for t in triggers:
        if t.last == k - 1:
            return t.pattern.kind == "verb" and t.pattern.entry.complement != "negates"
    return verb.endswith(("ed", "ing")) and verb not in _FUNCTION


_MUTUAL_TYPES: Final = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_MUTUAL_WORDS: Final = ("exchang", "swap", "clash", "fight", "fought")


def _mutual(trig: Trigger, event_type: str, text: str) -> bool:
    """Whether an event of several sources and no target is one they do to each other: talks,
    agreements and cooperation, fire or prisoners exchanged, clashes ("Brazil and Peru held
    talks")."""
    return event_type in _MUTUAL_TYPES or (
        event_type in ("ASSAULT", "RETREAT")
        and text[trig.start:trig.end].lower().startswith(_MUTUAL_WORDS))


def _restates(sent: Sentence, trig: Trigger, event: Event,
              earlier: list[tuple[Trigger, Event]]) -> bool:
    """True when `event` repeats an earlier event of its sentence: the same code, joined to it
    by "and", "by" or a comma ("retaliated by firing", "raided and their computers seized")
    and with no participant of its own."""
    for other, previous in earlier:
        if (previous.event_type, previous.cameo_code) != (event.event_type, event.cameo_code) \
                or other.end > trig.start:
            continue
        between = sent.lows[other.last + 1:trig.first]
        if any(w in _STRONG for w in between) or not any(w in ("and", "by", ",")
                                                         for w in between):
            continue
        known = {id(p.entity) for p in previous.participants}
        if all(id(p.entity) in known for p in event.participants):
            return True
    return False


def _stated_intent(sent: Sentence, trig: Trigger, lex: Lexicon) -> bool:
    """ "X stated it would attack": a declared intent to use force is a threat."""
    near = sent.lows[max(0, trig.first - 2):trig.first]
    if not any(w in ("would", "will") for w in near) or trig.pattern.kind != "verb":
        return False
    return any(w in lex.speech for w in sent.lows[:trig.first])
