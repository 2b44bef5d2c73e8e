"""Political events: who did what to whom, when and where, coded to PLOVER and CAMEO.

Triggers come from the documented lexicon `reference/event_lexicon.yaml` (verbs, nouns and
phrases with their PLOVER type and CAMEO code). Each sentence is read as a list of word tokens;
participants are the article's entity mentions found by light clause rules (subject before the
trigger, object after it, the "by" agent of a passive), the date comes from time expressions
(`dates.py`) in the trigger's clause, at the start of its sentence or in a one-line time header
above its section, and modality from negation and condition cues in the clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from . import dates
from .model import ACTOR, ORGANISATION, PLACE, Entity, Event, Extraction, Mention, Participant
from .text import Analysis

LEXICON = Path(__file__).resolve().parents[1] / "reference" / "event_lexicon.yaml"

_TOKEN = re.compile(r"[\w’'.-]*\w|[^\w\s]")
_SEP = r"[\s\u00a0]+"
_GAP = r"(?:[\s\u00a0]+[\w’'-]+){0,4}?"

# Words that end a clause for subject and object search (commas are handled separately).
_STRONG = frozenset(";:—–()\"“”") | {
    "that", "which", "who", "whom", "whose", "because", "after", "before", "while", "when",
    "where", "although", "though", "if", "unless", "since", "until", "but", "as", "whereas"}
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PREPOSITIONS = frozenset({
    "of", "from", "in", "at", "on", "to", "for", "with", "against", "by", "into", "near",
    "outside", "inside", "over", "under", "about", "toward", "towards", "among", "between",
    "across", "through", "throughout", "during", "within", "behind", "upon", "like", "including",
    "than", "via", "per"})
# A target after these prepositions is a place or a time, not who is acted on.
_NOT_TARGET_PREP = frozenset({"in", "at", "near", "outside", "inside", "into", "during", "over",
                              "under", "across", "through", "throughout", "within", "from",
                              "via", "including", "like", "than", "about", "between", "among"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
_DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "any", "no", "every", "each", "some", "another", "such", "in", "of"})
# Before a plural word these make it a noun ("armed forces", "security forces").
_NOUN_MODIFIERS = frozenset({"armed", "security", "police", "military", "special", "air"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets",
                 "getting", "'s", "’s"})
_FUNCTION = frozenset({
    "the", "a", "an", "and", "or", "but", "has", "have", "had", "is", "are", "was", "were", "be",
    "been", "will", "would", "could", "can", "may", "might", "should", "must", "did", "do",
    "does", "not", "also", "who", "which", "that", "to", "said", "says", "told"}) | _PREPOSITIONS
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "me", "us", "him", "them"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "-", "—", "–"})
_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "dozens", "hundreds", "thousands", "several", "many", "few"})
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                     "could", "do", "does", "did"})
_MODALS = frozenset({"would", "could", "might", "may", "will"})
# Past tenses that end in neither -ed nor -ing, for "the attack left five dead".
_IRREGULAR_PAST = frozenset({"left", "took", "began", "came", "went", "saw", "made", "hit",
                             "led", "caused", "drew", "sparked", "forced", "killed", "brought",
                             "broke", "spread", "became", "got", "put", "set"})


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
    needs_target: tuple[str, ...] = ()  # tables one of whose entities must be the target
    sense: tuple[str, str, tuple[str, ...]] | None = None  # (type, cameo, unless cues)


@dataclass(frozen=True)
class Pattern:
    entry: Entry
    kind: str  # verb | noun | phrase
    regex: re.Pattern[str]
    participles: frozenset[str]  # forms of the first word that can be a past participle


@dataclass(frozen=True)
class Lexicon:
    by_first: dict[str, list[Pattern]]
    first_words: re.Pattern[str]  # every first word of a trigger, one regex (a trie)
    noun_before: frozenset[str]
    noun_after: frozenset[str]
    negators: frozenset[str]
    hypothetical: tuple[str, ...]  # each cue as " w1 w2 ", to find in a joined window
    speech: frozenset[str]
    request_heads: frozenset[str]
    hypothetical_heads: frozenset[str]


def _inflect(verb: str, irregular: dict[str, list[str]]) -> tuple[set[str], set[str]]:
    """(all forms, past-participle forms) of a regular or listed irregular English verb."""
    if verb in irregular:
        past, participle = irregular[verb]
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
        ing = (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"
        return {verb, third, past, participle, ing}, {participle}
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif (len(verb) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb)):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"  # ban -> banned
    else:
        past, ing = verb + "ed", verb + "ing"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    else:
        third = verb + "s"
    return {verb, third, past, ing}, {past}


def _trie_regex(words: list[str]) -> str:
    """One alternation for many words, factored by shared prefixes ("attack|attacked|
    attacking" -> "attack(?:ed|ing)?"): the regex engine then tries each letter once instead of
    every word at every position of the text."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


def _words_regex(words: list[str]) -> str:
    parts = []
    for word in words:
        if word == "...":
            parts.append(_GAP)
            continue
        literal = re.escape(word).replace("'", "['’]").replace("’", "['’]")
        parts.append(_SEP + literal if parts else literal)
    return "".join(parts)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (read once per process: it is reference data, not article state)."""
    data: dict[str, Any] = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    irregular = data.get("irregular", {})
    by_first: dict[str, list[Pattern]] = {}

    def add(first_forms: set[str], rest: list[str], kind: str, entry: Entry,
            participles: set[str], plural: bool = False) -> None:
        tail = _words_regex(["x", *rest])[1:] if rest else ""
        suffix = "(?:e?s)?" if plural else ""
        for form in first_forms:
            body = re.escape(form).replace("'", "['’]").replace("’", "['’]")
            if plural and not rest:
                body += suffix
            regex = re.compile(rf"{body}{tail}{suffix if rest and plural else ''}\b",
                               re.IGNORECASE)
            key = form.lower().replace("’", "'")
            keys = {key, key + "s", key + "es"} if plural and not rest else {key}
            for k in keys:
                by_first.setdefault(k, []).append(
                    Pattern(entry, kind, regex, frozenset(participles & {form})))

    for raw in data["entries"]:
        refine = tuple((r.get("type", raw["type"]), str(r["cameo"]),
                        tuple(c.lower() for c in r["cues"])) for r in raw.get("refine", []))
        entry = Entry(raw["type"], str(raw["cameo"]), raw.get("source", "subject"),
                      raw.get("target", "object"), raw.get("complement", ""), refine,
                      tuple(c.lower() for c in raw.get("requires", [])),
                      bool(raw.get("active_only", False)), bool(raw.get("passive_only", False)),
                      tuple(c.lower() for c in raw.get("requires_after", [])),
                      tuple(raw.get("needs_target", [])),
                      (raw["sense"]["type"], str(raw["sense"]["cameo"]),
                       tuple(c.lower() for c in raw["sense"]["unless"])) if "sense" in raw
                      else None)
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
        patterns.sort(key=lambda p: -len(p.regex.pattern))
    # a first word stands where a token of `_TOKEN` starts and ends
    # (run on the lower-cased text with straight apostrophes: case-insensitive matching
    # costs three times as much)
    first_words = re.compile(rf"(?<![\w'.-])(?:{_trie_regex(sorted(by_first))})"
                             r"(?![\w]|['.-]+\w)")
    return Lexicon(
        by_first, first_words,
        frozenset(data["noun_context"]["before"]), frozenset(data["noun_context"]["after"]),
        frozenset(data["negators"]),
        tuple(" " + " ".join(h.lower().split()) + " " for h in data["hypothetical"]),
        frozenset(data["speech"]), frozenset(data["request_heads"]),
        frozenset(data["hypothetical_heads"]))


# ---------------------------------------------------------------- sentence reading


class Token(NamedTuple):
    start: int
    end: int
    text: str
    low: str


@dataclass
class Trigger:
    pattern: Pattern
    start: int
    end: int
    first: int  # token index of the trigger's first word
    last: int  # token index of its last word
    passive: bool = False
    event: Event | None = None
    sources: list[Entity] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    candidates: list[Mention]  # outermost mentions in the sentence, in text order
    ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ends = [t.end for t in self.tokens]

    def index_at(self, offset: int) -> int:
        """Index of the first token that ends after `offset`."""
        return bisect.bisect_right(self.ends, offset)


def _tokens(text: str, low: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of text[start:end]; `low` is the text lower-cased with
    straight apostrophes (same length: one call per article)."""
    new = tuple.__new__  # a plain tuple build: tokenizing is the stage's largest cost
    return [new(Token, (s, e, text[s:e], low[s:e]))
            for s, e in (m.span() for m in _TOKEN.finditer(text, start, end))]


def _outermost(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _find_triggers(text: str, sent: Sentence, lex: Lexicon, at: list[int]) -> list[Trigger]:
    """The triggers of a sentence; `at` holds the offsets where the lexicon's first words
    stand (found for the whole text by one regex)."""
    triggers: list[Trigger] = []
    covered = -1
    toks = sent.tokens
    starts = [t.start for t in toks]
    low_sentence = text[sent.start:sent.end].lower()
    low = low_sentence
    for offset in at:
        i = bisect.bisect_left(starts, offset)
        if i == len(toks) or toks[i].start != offset:
            continue
        tok = toks[i]
        if tok.start < covered:
            continue
        patterns = lex.by_first.get(tok.low)
        if not patterns:
            continue
        prev = toks[i - 1].low if i else ""
        if i and tok.text[:1].isupper() and toks[i - 1].low not in _OPENERS:
            continue  # a capitalised word inside a sentence is part of a name
        if tok.text[:1].isupper() and any(m.start <= tok.start < m.end for m in sent.candidates):
            continue  # a word of an entity's name ("Force Command said")
        nounish = prev in _DETERMINERS or prev.endswith(("'s", "s'")) or prev.isdigit() or (
            prev in _NUMBERS) or (prev in _NOUN_MODIFIERS and tok.low.endswith("s"))
        if (not nounish and any(p.kind == "noun" for p in patterns)
                and not tok.low.endswith(("ed", "ing")) and re.fullmatch(r"[a-z-]+", prev)
                and prev not in _FUNCTION and not prev.endswith(("ly", "s"))):
            nounish = True  # "a true military revolt": an adjective before the word
        if (not nounish and i >= 2 and toks[i - 2].low in ("a", "an", "the")
                and re.fullmatch(r"[a-z-]+", prev) and prev not in _FUNCTION
                and not (prev.endswith("s") and not prev.endswith(("ss", "ous", "is", "us")))
                and tok.low == tok.low.rstrip("sd")
                and not tok.low.endswith("ing")):
            nounish = True  # "a religious retreat": article, adjective, then a base form
        chosen = None
        for pattern in sorted(patterns, key=lambda p: (p.kind == "noun") != nounish):
            match = pattern.regex.match(text, tok.start, sent.end)
            if not match:
                continue
            if pattern.entry.requires and not any(c in low_sentence
                                                  for c in pattern.entry.requires):
                continue
            if pattern.entry.requires_after and not _cue_regex(
                    pattern.entry.requires_after).search(low, match.end() - sent.start):
                continue
            if (pattern.kind == "verb" and nounish and prev not in ("'s", "’s")
                    and not tok.low.endswith("ing")):  # "of turning away boats" is a verb
                continue
            if pattern.kind == "noun" and not (_noun_context(toks, i, match.end(), lex)
                                               or _in_rejection(toks, i, triggers)):
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
        passive = bool(pattern.participles) and tok.low in pattern.participles and any(
            t.low in _BE for t in toks[max(0, i - 3):i])
        if passive and pattern.entry.active_only or not passive and pattern.entry.passive_only:
            covered = match.end()
            continue
        triggers.append(Trigger(pattern, match.start(), match.end(), i, last, passive))
        covered = match.end()
    return triggers


_DEMONSTRATIVES = frozenset({"this", "these", "those", "such"})  # not "that": a conjunction too
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                          "can", "could", "may", "might", "should", "must"})
_PURPOSE = frozenset({"order", "purpose", "bid", "effort", "attempt"})


def _backgrounded(sent: Sentence, i: int, last: int, pattern: Pattern, lex: Lexicon) -> bool:
    """True for a trigger that names no new event of its own:
    - "these allegations", "such attacks": a demonstrative refers back to an event already
      reported;
    - "a rescue effort", "attack helicopters": an event noun modifying the next noun;
    - "the boat rescued on Friday was turned around": a participle after a noun, before the
      clause's own verb, describes the noun (a reduced relative clause);
    - "travelled to Geneva to meet with X", "in order to attack": an infinitive of purpose
      after a name or a purpose noun states an aim, not an event."""
    toks = sent.tokens
    prev = toks[i - 1].low if i else ""
    if pattern.kind == "noun":
        if prev in _DEMONSTRATIVES:
            return True
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        return (nxt is not None and not toks[i].low.endswith("s")
                and re.fullmatch(r"[a-z]+", nxt.text) is not None
                and nxt.low not in _FUNCTION | lex.noun_after | _AUXILIARIES | _IRREGULAR_PAST
                and not nxt.low.endswith(("ed", "ing", "ly")))
    tok = toks[i]
    if (i and tok.low in pattern.participles and re.fullmatch(r"[a-z]+", toks[i - 1].text)
            and prev not in _FUNCTION and prev not in _AUXILIARIES and prev not in _PRONOUNS
            and not prev.endswith("ly") and prev not in _BE):
        for nxt in toks[last + 1:last + 8]:
            if nxt.low in _STRONG or nxt.low in (",", "and", "or"):
                break
            if nxt.low in _AUXILIARIES:
                return True
    if prev == "to" and i >= 2:
        before = toks[i - 2]
        if before.low in _PURPOSE or any(m.end == before.end for m in sent.candidates):
            return True
    return prev == "be" and i >= 3 and toks[i - 2].low == "to" and toks[i - 3].low in _PURPOSE


def _in_rejection(toks: list[Token], i: int, triggers: list[Trigger]) -> bool:
    """True when token i is in the complement of a rejection earlier in its clause."""
    return any(t.pattern.entry.complement == "negates" and t.last < i and not any(
        k.low in _STRONG or k.low == "," for k in toks[t.last + 1:i]) for t in triggers)


def _noun_context(toks: list[Token], i: int, end: int, lex: Lexicon) -> bool:
    """A noun trigger reports an event only when a light or happening verb is next to it."""
    before = [t.low for t in toks[max(0, i - 5):i]]
    after = [t.low for t in toks if t.start >= end][:3]
    return (any(w in lex.noun_before for w in before)
            or any(w in lex.noun_after for w in after))


# ---------------------------------------------------------------- clauses and participants


def _clause_start(toks: list[Token], i: int, commas: bool = False) -> int:
    """Index of the first token of the clause holding token i (after the last boundary)."""
    j = i - 1
    while j >= 0:
        low = toks[j].low
        if low in _STRONG or (commas and low == ","):
            return j + 1
        j -= 1
    return 0


def _strong_end(sent: Sentence, i: int) -> int:
    """Offset where the clause of token i ends, commas not counted (for "A, B and C")."""
    for tok in sent.tokens[i + 1:]:
        if tok.low in _STRONG:
            return tok.start
    return sent.end


def _clause_end(toks: list[Token], i: int) -> int:
    j = i + 1
    while j < len(toks):
        if toks[j].low in _STRONG or toks[j].low == ",":
            return j
        j += 1
    return len(toks)


def _is_modifier(sent: Sentence, m: Mention, text: str, limit: int) -> bool:
    """True for a possessive ("Venezuela's army") or a name modifying a later name in one
    noun phrase ("US national security advisor John Bolton")."""
    after = text[m.end:m.end + 2]
    if after[:2] in ("'s", "’s") or after[:1] in ("'", "’"):
        return True
    for other in sent.candidates:
        if other.start >= m.end and other.start < limit:
            gap = text[m.end:other.start].split()
            return 0 < len(gap) <= 4 and not any(
                w.lower().strip(",.") in _FUNCTION or not re.fullmatch(r"[\w.’'-]+", w)
                for w in gap)
    return False


def _heads(sent: Sentence, text: str, lo: int, hi: int, skip_preps: frozenset[str] | None
           ) -> list[Mention]:
    """Candidate mentions in [lo, hi) that head a noun phrase: not possessive or modifying
    another name; when `skip_preps` is given, not governed by one of those prepositions."""
    heads = []
    for m in sent.candidates:
        if not (lo <= m.start and m.end <= hi):
            continue
        if _is_modifier(sent, m, text, hi):
            continue
        if skip_preps is not None:
            k = sent.index_at(m.start) - 1
            while k >= 0 and (sent.tokens[k].low in _DETERMINERS - {"in", "of"}
                              or re.fullmatch(r"[a-z][\w-]*", sent.tokens[k].text)
                              and sent.tokens[k].low not in _FUNCTION
                              and sent.tokens[k].end > lo
                              and sent.tokens[k].low not in ("and", "or")):
                k -= 1  # skip determiners and adjectives back to the governing word
            if k >= 0 and sent.tokens[k].start >= lo and sent.tokens[k].low in skip_preps:
                continue
        heads.append(m)
    return heads


def _with_coordinated(first: Mention, sent: Sentence, text: str, hi: int) -> list[Entity]:
    """The mention and those coordinated with it ("Brazil, Colombia and Peru")."""
    group = [first.entity]
    last = first
    for m in sent.candidates:
        if m.start < last.end or m.end > hi:
            continue
        gap = text[last.end:m.start].strip().lower()
        if gap in (",", "and", ", and", "or", ", or", "as well as", "and the", ", and the"):
            group.append(m.entity)
            last = m
            continue
        break
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
        self.pronoun_mentions = {(m.start, m.end): m for m in found.mentions
                                 if m.mention_type == "pronoun"}

    def speaker_at(self, offset: int) -> list[Entity]:
        """The speaker of the quote that holds `offset`, if the quote stage found one."""
        for quote in self.found.quotes:
            if quote.start <= offset < quote.end and quote.speaker is not None:
                return [quote.speaker]
        return []

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """The entity a pronoun refers to: the article's own pronoun mention when entity
        resolution made one, the speaker for I/we in a quote, else the nearest fitting name."""
        known = self.pronoun_mentions.get((token.start, token.end))
        if known is not None:
            return known.entity
        if token.low in _FIRST_PERSON:
            for quote in self.found.quotes:
                if quote.start <= token.start < quote.end and quote.speaker is not None:
                    return quote.speaker
            return None
        if coref_resolve is not None:
            return coref_resolve(self.analysis, self.found, token.start, token.low,
                                 self.document_id)
        if token.low in ("he", "she", "him"):
            fits = {ACTOR: ("person", "anonymous")}
        elif token.low in ("they", "them"):
            fits = {ACTOR: ("group",), ORGANISATION: ()}
        else:
            fits = {ORGANISATION: (), PLACE: ("country",)}
        window = token.start - 600
        best = None
        for m in self.found.mentions:
            if window <= m.start and m.end <= token.start and m.entity.table in fits:
                kinds = fits[m.entity.table]
                if (not kinds or m.entity.kind in kinds) and m.mention_type != "pronoun" and (
                        best is None or m.start > best.start):
                    best = m
        return best.entity if best else None


try:  # the shared pronoun resolver (extract/coref.py); the fallback above when it is absent
    from .coref import resolve_pronoun as coref_resolve
except ImportError:  # pragma: no cover - depends on the checkout
    coref_resolve = None


def _subject(ctx: _Context, sent: Sentence, trig: Trigger, triggers: list[Trigger]
             ) -> list[Entity]:
    toks, text = sent.tokens, ctx.text
    i = trig.first
    start = _clause_start(toks, i)
    boundary = toks[start - 1].low if start > 0 else ""
    lo = toks[start].start if start < len(toks) else trig.start
    # a clause after a speech verb begins after it (and after its addressee: "told CNN they")
    for k in range(start, i):
        if toks[k].low in lexicon().speech:
            nxt = k + 1
            ends = [m.end for m in sent.candidates if m.start == toks[nxt].start] \
                if nxt < len(toks) else []
            lo = max(ends) if ends and toks[k].low == "told" else toks[k].end
    finite = [t for t in toks[start:i] if t.low in _FINITE]
    if boundary in _RELATIVE and len(finite) >= 2 and start >= 2:
        # "Defectors who are loyal to X have called": the relative clause closed at its second
        # finite verb; the subject comes before the relative pronoun
        outer = _clause_start(toks, start - 1)
        lo = toks[outer].start
        heads = _heads(sent, text, lo, toks[start - 1].start, _PREPOSITIONS)
        if heads:
            return _with_coordinated(heads[0], sent, text, toks[start - 1].start)
    heads = _heads(sent, text, lo, trig.start, _PREPOSITIONS)
    heads = [m for m in heads if not _inside_relative(sent, m, lo, trig.start)]
    opener = boundary == "as" or (start < i and toks[start].low == "as")
    if opener:
        comma = next((t for t in toks[start:i] if t.low == ","), None)
        if comma is not None:  # "As Venezuelan soldiers, we ...": an adjunct, not the subject
            heads = [m for m in heads if m.start > comma.start]
            lo = comma.end
    if heads:
        return _with_coordinated(heads[0], sent, text, trig.start)
    pronoun = next((t for t in toks if lo <= t.start < trig.start and t.low in _PRONOUNS
                    and t.low not in ("me", "him", "them", "us")), None)
    if pronoun is not None:
        entity = ctx.resolve_pronoun(pronoun)
        return [entity] if entity else []
    if boundary in _RELATIVE and start >= 2:
        before = [m for m in sent.candidates if m.end <= toks[start - 1].start]
        if before:  # "defectors who want ...": the relative clause's antecedent
            return [before[-1].entity]
    # a participle or coordinated verb ("..., urging", "and appealed") shares the subject of
    # the event before it in the sentence
    lead = [t for t in toks[_clause_start(toks, i, commas=True):i] if t.low[0].isalnum()]
    joined = i > 0 and (toks[i - 1].low in (",", "and") or len(lead) <= 1 and lead
                        and lead[0].low in ("and", "then", "also"))
    earlier = [t for t in triggers if t.end <= trig.start and t.sources]
    if earlier and joined and trig.pattern.kind == "verb":
        return list(earlier[-1].sources)
    return []


def _inside_relative(sent: Sentence, m: Mention, lo: int, limit: int) -> bool:
    """True when a relative clause opened (after `lo`) before `m` is closed before `limit`
    ("Defectors ... who are loyal to Guaidó have called": Guaidó is not the subject)."""
    opened = None
    for tok in sent.tokens:
        if tok.start >= m.start:
            break
        if tok.start < lo:
            continue
        if tok.low in ("who", "which", "whose", "whom"):
            opened = tok
        elif tok.low == "," and opened is not None:
            opened = None
    if opened is None:
        return False
    # the clause is closed again if a verb-like word after m precedes the trigger's own clause
    between = [t.low for t in sent.tokens if m.end <= t.start < limit]
    return bool(between) and any(w in ("have", "has", "had", "are", "is", "were", "was")
                                 for w in between)


def _object(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    toks, text = sent.tokens, ctx.text
    end = _clause_end(toks, trig.last)
    if trig.pattern.entry.complement == "content":  # "urged X to recognize Y": Y is content
        for k in range(trig.last + 1, end - 1):
            nxt = toks[k + 1]
            if toks[k].low == "to" and nxt.text.islower() and nxt.low not in _DETERMINERS:
                end = k
                break
    hi = toks[end].start if end < len(toks) else sent.end
    heads = _heads(sent, text, trig.end, hi, _NOT_TARGET_PREP | {"by"})
    pronoun = next((t for k, t in enumerate(toks) if trig.end <= t.start < hi
                    and t.low in ("him", "her", "them", "us", "me", "it")
                    and not (t.low == "her" and k + 1 < len(toks)  # "her passport"
                             and re.fullmatch(r"[a-z]+", toks[k + 1].text)
                             and toks[k + 1].low not in _FUNCTION)), None)
    for m in heads:
        if pronoun is not None and pronoun.end <= m.start:
            break  # "imprisoned her aboard the Company's ship": the pronoun comes first
        return _with_coordinated(m, sent, text, _strong_end(sent, trig.last))
    if pronoun is not None:
        entity = ctx.resolve_pronoun(pronoun)
        return [entity] if entity else []
    return []


def _accused(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    """The subject of the clause a claim introduces: the first name after the trigger (and
    after "that"), up to the next strong boundary after it."""
    toks = sent.tokens
    k = trig.last + 1
    if k < len(toks) and toks[k].low == "that":
        k += 1
    if k >= len(toks):
        return []
    hi = _strong_end(sent, k)
    heads = _heads(sent, ctx.text, toks[k].start, hi, _PREPOSITIONS)
    return [heads[0].entity] if heads else []


def _agent(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    """The "by X" agent after a passive verb or an event noun."""
    toks = sent.tokens
    end = _clause_end(toks, trig.last)
    for k in range(trig.last + 1, end):
        if toks[k].low == "by":
            hi = toks[end].start if end < len(toks) else sent.end
            heads = _heads(sent, ctx.text, toks[k].end, hi, None)
            if heads:
                return _with_coordinated(heads[0], sent, ctx.text, hi)
            break
    return []


def _relative_antecedent(sent: Sentence, trig: Trigger) -> Mention | None:
    """For "Guaidó, whom the US has recognized": the name before an object relative pronoun."""
    start = _clause_start(sent.tokens, trig.first)
    if start >= 1 and sent.tokens[start - 1].low in ("whom", "which", "that"):
        pronoun = start - 1
        k = pronoun - 1 if pronoun >= 1 and sent.tokens[pronoun - 1].low == "," else pronoun
        before = [m for m in sent.candidates if m.end <= sent.tokens[pronoun].start]
        # the antecedent ends right before the pronoun: after "claimed that" it is no relative
        if before and k >= 1 and before[-1].end == sent.tokens[k - 1].end:
            return before[-1]
    return None


def _noun_source(ctx: _Context, sent: Sentence, trig: Trigger) -> list[Entity]:
    """Possessor or modifier of an event noun: "the church's requests", "US intervention"."""
    text = ctx.text
    for m in reversed(sent.candidates):
        if m.end > trig.start:
            continue
        gap = text[m.end:trig.start]
        words = gap.split()
        if re.fullmatch(r"['’]s?\s*", gap.split(" ")[0] if gap else "") or (
                words and words[0] in ("'s", "’s")):
            return [m.entity]
        if gap[:2] in ("'s", "’s") and len(words) <= 3:
            return [m.entity]
        if len(words) <= 2 and all(w.islower() and w not in _FUNCTION for w in words):
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
    if entry.sense is not None:  # "a magazine attacked the defectors": words, not force
        event_type, cameo, unless = entry.sense
        if not _cue_regex(unless).search(text[sent.start:sent.end].lower()):
            return event_type, cameo
    # a phrase's own words count ("let's not" + "attack" is an appeal not to attack)
    rest = text[trig.start if trig.pattern.kind == "phrase" else trig.end:sent.end].lower()
    for event_type, cameo, cues in entry.refine:
        if _cue_regex(cues).search(rest):
            return event_type, cameo
    return entry.event_type, entry.cameo


def _window(toks: list[Token], i: int, size: int) -> list[str]:
    """The last `size` words before token i within its clause (punctuation not counted)."""
    words = [t.low for t in toks[_clause_start(toks, i, commas=True):i] if t.low[0].isalnum()]
    return words[-size:]


def _modality(trig: Trigger, sent: Sentence, triggers: list[Trigger], lex: Lexicon) -> str:
    toks = sent.tokens
    before = _window(toks, trig.first, 6)
    if any(w in lex.negators or w.endswith("n't") for w in before):
        return "negated"
    for other in triggers:  # inside what a rejection or denial rejects ("denied that ...")
        between = toks[other.last + 1:trig.first]
        if (other is not trig and other.end <= trig.start
                and other.pattern.entry.complement == "negates"
                and not any((t.low in _STRONG or t.low == ",")
                            and not (t.low == "that" and t is between[0]) for t in between)):
            return "negated"
    start = _clause_start(toks, trig.first)
    if start > 0 and toks[start - 1].low in ("if", "unless", "whether"):
        return "hypothetical"
    if (start > 1 and toks[start - 1].low == "that"
            and toks[start - 2].low in lex.hypothetical_heads):
        return "hypothetical"  # "it is possible that ...", "feared that ..."
    near = " " + " ".join(before[-4:]) + " "
    if any(cue in near for cue in lex.hypothetical):
        return "hypothetical"
    if trig.pattern.kind == "noun":  # "violence against X ... would be met"
        for tok in toks[trig.last + 1:]:
            if tok.low in (";", ":", "that", "which", "because", "if"):
                break
            if tok.low in _MODALS:
                return "hypothetical"
    return "asserted"


def _request_content(trig: Trigger, sent: Sentence, triggers: list[Trigger],
                     lex: Lexicon) -> bool:
    """True for the content of a request ("urged X to recognize Y", "let's not attack"):
    not an event itself."""
    toks = sent.tokens
    for other in triggers:
        if (other is not trig and other.pattern.entry.complement == "content"
                and 0 <= trig.first - other.last <= 2):
            return True
    seen_to = False
    for k in range(trig.first - 1, -1, -1):
        low = toks[k].low
        if low in (";", ":", "whom", "which", "who", "whose", "because", "but") or low in "“”\"":
            return False
        if low == "to":
            seen_to = True
        elif low in lex.request_heads and seen_to:
            return True
    return False


_COARSENESS = ("year", "month", "week", "day")


@dataclass
class _Header:
    """A paragraph that is only a relative time expression ("Last week"): dates its section."""

    start: int
    expression: dates.TimeExpression


def _headers(analysis: Analysis, times: list[dates.TimeExpression]) -> list[_Header]:
    headers = []
    for p_start, p_end in analysis.paragraphs:
        inside = [t for t in times if p_start <= t.start and t.end <= p_end]
        if (len(inside) == 1 and not inside[0].has_year
                and not analysis.text[p_start:p_end].replace(inside[0].text, "").strip(" .,:")):
            headers.append(_Header(p_end, inside[0]))
    return headers


def _assign_dates(events: list[tuple[Trigger, Sentence]], times: list[dates.TimeExpression],
                  headers: list[_Header]) -> None:
    """Each time expression dates the nearest event in its clause; one that opens a sentence
    dates all its events; a section's time header dates the rest."""
    by_sentence: dict[int, list[tuple[Trigger, Sentence]]] = {}
    for trig, sent in events:
        by_sentence.setdefault(sent.start, []).append((trig, sent))
    for group in by_sentence.values():
        sent = group[0][1]
        inside = [t for t in times if sent.start <= t.start and t.end <= sent.end]
        # coarse first, so that "February 6 - this year" keeps the day
        for expr in sorted(inside, key=lambda t: _COARSENESS.index(t.precision)):
            first = sent.index_at(expr.start)
            opening = all(t.low in (",",) for t in sent.tokens[:first])
            if opening:
                for trig, _ in group:
                    _set_date(trig, expr, keep=True)
                continue
            lo = _clause_start(sent.tokens, first)
            hi = _clause_end(sent.tokens, sent.index_at(expr.end - 1))
            lo_off = sent.tokens[lo].start if lo < len(sent.tokens) else sent.start
            hi_off = sent.tokens[hi].start if hi < len(sent.tokens) else sent.end
            near = [trig for trig, _ in group
                    if trig.start >= lo_off - 1 and trig.end <= hi_off + 1]
            if not near:
                near = [trig for trig, _ in group]
            best = min(near, key=lambda t: min(abs(t.start - expr.end), abs(expr.start - t.end)))
            _set_date(best, expr, keep=False)
    for trig, _ in events:
        event = trig.event
        if event is None or event.date:
            continue
        header = next((h for h in reversed(headers) if h.start <= trig.start), None)
        if header is not None:
            _set_date(trig, header.expression, keep=True)


def _set_date(trig: Trigger, expr: dates.TimeExpression, keep: bool) -> None:
    event = trig.event
    if event is None or (keep and event.date):
        return
    event.date, event.date_precision, event.date_text = expr.date, expr.precision, expr.text


def _place(ctx: _Context, sent: Sentence, trig: Trigger) -> Entity | None:
    """A place named after in/at/near: after the trigger in its clause, or opening the
    sentence ("In Caracas, ..."); a place inside a description before the verb ("the attaché
    in Washington") is where someone works, not where the event happened."""
    toks = sent.tokens
    hi_i = _clause_end(toks, trig.last)
    lo = trig.end
    hi = toks[hi_i].start if hi_i < len(toks) else sent.end
    if toks and toks[0].low in _LOCATIVE:
        lo = sent.start
    best = None
    for m in sent.candidates:
        if m.entity.table != PLACE or not (lo <= m.start and m.end <= hi):
            continue
        k = sent.index_at(m.start) - 1
        while k >= 0 and toks[k].low in ("the", "a", "an", "an"):
            k -= 1
        if k >= 0 and toks[k].low in _LOCATIVE and (
                best is None or abs(m.start - trig.start) < abs(best.start - trig.start)):
            best = m
    return best.entity if best else None


# ---------------------------------------------------------------- the stage


def find(analysis: Analysis, found: Extraction, document_id: str, published: str) -> None:
    """Add the article's events (with participants, date, place and modality) to `found`."""
    lex = lexicon()
    text = analysis.text
    ctx = _Context(analysis, found, document_id)
    times = dates.find(text, published)
    headers = _headers(analysis, times)
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    mentions = _outermost(found.mentions)
    mention_starts = [m.start for m in mentions]
    located: list[tuple[Trigger, Sentence]] = []
    title_end = analysis.paragraphs[0][1] if len(analysis.paragraphs) > 1 else -1
    # one pass of the lexicon's regex over the text; only sentences with a hit are read further
    hits: dict[int, list[int]] = {}
    sent_starts = [s for s, _ in analysis.sentences]
    for match in lex.first_words.finditer(low):
        patterns = lex.by_first.get(match.group(), ())
        if not any(p.regex.match(text, match.start()) for p in patterns):
            continue  # "in" without "contact with", "high" without "alert"
        k = bisect.bisect_right(sent_starts, match.start()) - 1
        if k >= 0 and match.start() < analysis.sentences[k][1]:
            hits.setdefault(k, []).append(match.start())
    for k, at in hits.items():
        s_start, s_end = analysis.sentences[k]
        if s_end <= title_end:
            continue  # the headline restates the lead: its events are reported below it
        lo = bisect.bisect_left(mention_starts, s_start)
        hi = bisect.bisect_left(mention_starts, s_end)
        sent = Sentence(s_start, s_end, _tokens(text, low, s_start, s_end),
                        [m for m in mentions[lo:hi] if m.end <= s_end])
        triggers = _find_triggers(text, sent, lex, at)
        for trig in triggers:
            if _request_content(trig, sent, triggers, lex):
                continue
            event_type, cameo = _code(trig, text, sent)
            event = Event(event_type, cameo, trig.start, trig.end, s_start, s_end,
                          modality=_modality(trig, sent, triggers, lex))
            entry = trig.pattern.entry
            antecedent = _relative_antecedent(sent, trig) if trig.pattern.kind == "verb" else None
            if trig.pattern.kind == "noun":
                sources = _noun_source(ctx, sent, trig) or _agent(ctx, sent, trig) \
                    or _subject(ctx, sent, trig, triggers)
                targets = _object(ctx, sent, trig)
            elif trig.passive:
                sources = _agent(ctx, sent, trig)
                targets = _subject(ctx, sent, trig, [])
            else:
                sources = _subject(ctx, sent, trig, triggers)
                targets = [antecedent.entity] if antecedent else _object(ctx, sent, trig)
            if trig.pattern.kind == "phrase" and sent.tokens[trig.first].low == "let's":
                sources = ctx.speaker_at(trig.start)  # "let's not ...": the quote's speaker
            if entry.requires_after:  # "claimed (that) X imprisoned her": X is accused
                targets = _accused(ctx, sent, trig) or targets
            if entry.source == "none":
                sources = []
            if entry.target == "none":
                targets = []
            trig.sources = sources
            if (event_type == "ASSAULT" and event.modality == "hypothetical"
                    and _stated_intent(sent, trig, lex)):
                event.event_type, event.cameo_code, event.modality = "THREATEN", "138", "asserted"
            for entity in sources:
                event.participants.append(Participant("source", entity))
            for entity in targets:
                if all(entity is not s for s in sources):
                    event.participants.append(Participant("target", entity))
            if entry.needs_target and not any(p.role == "target" and p.entity.table in
                                              entry.needs_target for p in event.participants):
                continue  # "kept at the base" is a detention only when someone is kept
            event.place = _place(ctx, sent, trig)
            if _restates(sent, trig, event, [(t, t.event) for t in triggers if t.event]):
                continue
            trig.event = event
            found.events.append(event)
            located.append((trig, sent))
    _assign_dates(located, times, headers)


def _restates(sent: Sentence, trig: Trigger, event: Event,
              earlier: list[tuple[Trigger, Event]]) -> bool:
    """True when `event` repeats an earlier event of its sentence: the same code, joined to it
    by "and", "by" or a comma ("retaliated by firing", "raided and their computers seized")
    and with no participant of its own."""
    for other, previous in earlier:
        if (previous.event_type, previous.cameo_code) != (event.event_type, event.cameo_code) \
                or other.end > trig.start:
            continue
        between = [t.low for t in sent.tokens[other.last + 1:trig.first]]
        if any(w in _STRONG for w in between) or not any(w in ("and", "by", ",")
                                                         for w in between):
            continue
        known = {id(p.entity) for p in previous.participants}
        if all(id(p.entity) in known for p in event.participants):
            return True
    return False


def _stated_intent(sent: Sentence, trig: Trigger, lex: Lexicon) -> bool:
    """ "X stated it would attack": a declared intent to use force is a threat."""
    toks = sent.tokens
    near = [t.low for t in toks[max(0, trig.first - 2):trig.first]]
    if not any(w in ("would", "will") for w in near) or trig.pattern.kind != "verb":
        return False
    return any(t.low in lex.speech for t in toks[:trig.first])
