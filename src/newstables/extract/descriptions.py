"""Unnamed people as actors: `one nurse` ... `the man` (anonymous), `French officials` (group).

An indefinite description of a person (`one nurse`, `a senior official`) introduces an anonymous
actor; a later definite one (`the nurse`, `the man`) refers back to the most recent compatible
anonymous actor. A plural description (`protesters`, `the nurses`) is a group actor, one per
head noun and nationality within the article. A collective noun for a body of people (`a police
unit`, `two battalions`, `a militia`) is a group actor too, singular or plural.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from .names import WordMemo, Words
from .stopwords import STOP_WORDS
from .text import trie

PERSON_NOUNS: Final = [
    "soldier", "officer", "official", "man", "woman", "source", "diplomat", "resident", "witness",
    "poster", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "detective",
    "investigator", "defector", "activist", "protester", "journalist", "reporter", "analyst",
    "doctor", "student", "worker", "employee", "member", "leader", "commander", "general",
    "colonel", "minister", "guard", "policeman", "agent", "person", "boy", "girl", "teenager",
    "civilian", "migrant", "refugee", "fisherman", "hacker", "critic", "citizen", "voter", "rebel",
    "militant", "insider", "aide", "adviser", "advisor", "lawmaker", "politician", "supporter",
    "officer", "smuggler", "participant", "representative", "minister", "negotiator",
    "mediator", "strategist", "campaigner", "organiser", "organizer", "coordinator", "economist",
    "inspector", "commissioner", "councillor", "lobbyist", "trader", "banker", "executive",
    "manager", "consultant", "commentator", "gunman", "demonstrator", "attacker", "assailant",
    "bomber", "fighter", "insurgent", "separatist", "terrorist", "jihadist", "suspect", "hostage",
    "prisoner", "detainee", "villager", "settler", "passenger", "farmer", "teacher", "nurse",
    "pilot", "survivor", "victim", "firefighter", "paramedic", "volunteer", "prosecutor", "judge",
    "senator", "juror", "pirate", "kidnapper", "trafficker", "looter", "rioter", "sniper",
    "shooter", "perpetrator", "inmate", "captive", "deserter", "guerrilla", "mourner",
    "worshipper", "pilgrim", "observer", "peacekeeper", "delegate"
]
# Collective nouns for bodies of people ('a police unit', 'two battalions'): groups, not persons.
COLLECTIVE_NOUNS = ["unit", "squad", "platoon", "battalion", "brigade", "regiment", "militia",
                    "gang", "faction"]
COLLECTIVE: Final = frozenset(COLLECTIVE_NOUNS)
PLURALS = {"man": "men", "woman": "women", "fisherman": "fishermen", "policeman": "policemen",
           "spokesman": "spokesmen", "person": "people", "child": "children", "gunman": "gunmen"}
GROUP_NOUNS: Final = sorted({PLURALS.get(n, n + "s") for n in PERSON_NOUNS}
                            | {"troops", "asylum seekers", "people-smugglers"}
                            | {"militias" if n == "militia" else n + "s" for n in COLLECTIVE_NOUNS},
                            key=len, reverse=True)
GENERIC: Final = frozenset({"man", "woman", "person"})  # `the man` may be any anonymous person
ADJECTIVES: Final = (
    "former senior junior top high-ranking low-ranking local foreign military government cabinet "
    "opposition willing angry disgruntled armed young old retired active other unnamed "
    "anonymous rank-and-file veteran elite special police security rebel paramilitary "
    "criminal militant suicide masked unidentified unknown injured wounded alleged suspected "
    "federal")
_ADJ: Final = rf"(?:{trie(ADJECTIVES.split())})"
# A modifier: an adjective, a capitalised word or an age ('a 14-year-old student').
_MOD: Final = rf"(?:(?:{_ADJ}|(?-i:[A-Z][\w-]+)|\d+-year-old)[ \u00a0]+)"
_NUMBER = (r"(?:(?:tens|hundreds)[ \u00a0]of[ \u00a0]thousands|two|three|four|five|six|seven|"
           r"eight|nine|ten|dozens|hundreds|thousands|"
           r"millions|\d+(?:,\d{3})*(?:\.\d+)?(?:[ \u00a0]million)?)")

INDEFINITE: Final = re.compile(
    rf"\b(?P<det>[Oo]ne|[Aa]n?|[Aa]nother)[ \u00a0]+(?P<mods>{_MOD}{{0,3}})"
    rf"(?P<head>{trie(PERSON_NOUNS + COLLECTIVE_NOUNS)})\Z")
DEFINITE: Final = re.compile(
    rf"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat)[ \u00a0]+(?P<mods>{_MOD}{{0,2}})"
    rf"(?P<head>{trie(PERSON_NOUNS + COLLECTIVE_NOUNS)})\Z")
GROUP: Final = re.compile(
    rf"(?<![\w-])(?P<det>(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Ss]everal|[Aa]ll|[Bb]oth|"
    rf"(?:[Oo]ver[ \u00a0]|[Mm]ore[ \u00a0]than[ \u00a0]|[Aa]bout[ \u00a0])?(?:a[ \u00a0]dozen|"
    rf"{_NUMBER})(?:[ \u00a0]of)?)[ \u00a0]+)?(?P<mods>{_MOD}{{0,3}})"
    rf"(?P<head>{trie(GROUP_NOUNS)})\Z",
    re.IGNORECASE)
# Head nouns are found first among the article's words; the patterns above then read the words
# before them.
HEADS: Final = frozenset(h.split()[-1].lower() for h in (*PERSON_NOUNS, *COLLECTIVE_NOUNS,
                                                         *GROUP_NOUNS))
_SINGULAR_HEADS: Final = frozenset(PERSON_NOUNS) | COLLECTIVE
GROUP_HEADS: Final = frozenset(g.split()[-1].lower() for g in GROUP_NOUNS)
WINDOW: Final = 90
# A description is at most ten words ('more than a dozen of ... asylum seekers'), of which one
# (a numeral) may have no word token: 14 tokens back is always before its first word. The window
# starts after a space so that the patterns' word-boundary tests see what they see in the text.
_SPAN_WORDS: Final = 14
# A predicate or a comparison is not a new person: 'he was a nurse', 'worked as a lawyer'.
PREDICATE = re.compile(r"\b(?:is|was|were|are|be|been|being|became|become|as|like)[ \u00a0]+$",
                       re.IGNORECASE)

# the words of a count ('thousands of', 'tens of thousands of', '2 million')
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "dozen", "dozens", "hundreds", "thousands", "millions", "million",
                          "tens", "of"])
# Words that may stand between the start of a description and its head noun (determiners and
# numbers of all three patterns, the adjectives): a window word outside these (and not
# capitalised, not a numeral) is not inside a description ending at the head, so the patterns
# need not be tried before it (see `_floor`).
_BETWEEN: Final = frozenset((
    "one a an another the this that these those some many several all both over more than about "
    + ADJECTIVES).split()) | _COUNT_WORDS


# the last words of the head nouns of two words: only before them is the word before the last
# part of the head
_SECOND_WORDS: Final = frozenset(h.split()[-1].lower() for h in GROUP_NOUNS if " " in h)


def _may_precede_head(chunk: str) -> bool:
    """Whether the space-delimited `chunk` may be a whole word of a description before its
    head (generous: anything not plain ASCII, capitalised or numeric may be, unless it ends
    in a mark: every word of a description ends in a word character or '-', so 'Friday,'
    or '24.' stands outside any)."""
    last = chunk[-1]
    if not (last.isalnum() or last in "_-"):
        return False
    return not chunk.isascii() or chunk.lower() in _BETWEEN or chunk[0].isupper() \
        or chunk[0].isdigit()


# `_may_precede_head` of each chunk asked for, remembered (a pure test of a string, asked for
# the same words again and again: a look-up is cheaper than its four string tests)
_PRECEDES: Final = WordMemo(_may_precede_head)


def _floor(window: str) -> int:
    """A position of `window` before which no description pattern can match: each ends at the
    window's end with its head (one word; two before a word of `_SECOND_WORDS`) and has only
    `_BETWEEN` words, capitalised words and numerals, separated by spaces, before the head.
    Searching from there finds what a search of the whole window finds, in fewer steps."""
    stop, passed, head_words = len(window), 0, 1
    for chunk in reversed(window.replace("\u00a0", " ").split(" ")):
        start = stop - len(chunk)
        if chunk:
            if not passed and (not chunk.isascii() or chunk.lower() in _SECOND_WORDS):
                head_words = 2  # 'street vendors'
            if passed >= head_words and not _PRECEDES[chunk]:
                # a match may still begin after a mark inside it ('"Kenyan', '(two')
                k = 0 if chunk.isalnum() else len(chunk)
                while k and (chunk[k - 1].isalnum() or chunk[k - 1] in "_-"):
                    k -= 1
                return start + k if k else stop
            passed += 1
        stop = start - 1
    return 0


@dataclass(slots=True)
class Description:
    start: int
    end: int
    head: str  # singular head noun, lower case ('nurse')
    mods: str  # the modifiers as written ('senior', 'Kenyan', 'former')
    definite: bool
    plural: bool
    det: str = ""  # the determiner or number as written ('a', 'some', 'two'), if any


_SINGULAR_OF: Final = {plural: single for single, plural in PLURALS.items()}
# a number before 'people' ('30 people', 'dozens of people', 'more than 100 people')
_COUNTED = re.compile(rf"(?:(?:[Oo]ver|[Mm]ore than|[Aa]bout)[ \u00a0])?(?:{_NUMBER}|a dozen)"
                      r"(?:[ \u00a0]of)?[ \u00a0]+", re.IGNORECASE)

# A person noun right before one of these nouns modifies it ('a refugee camp', 'a student
# protest', 'a general strike', 'a source code leak'): no person is described. Nouns that such
# compounds commonly end in; a word with a noun-forming ending counts too (`_COMPOUND_ENDINGS`).
_COMPOUNDS: Final = (
    "camp camps crisis protest protests strike strikes election elections assembly public code "
    "state states status visa visas rights union unions centre center centres centers march "
    "marches group groups population community communities boat boats route routes flow flows "
    "policy policies influx quota quotas shelter shelters vote votes council body network "
    "numbers wave jet jets plane planes aircraft project scheme program programme package "
    "device exchange swap train flight flights ship outpost")
COMPOUND_NOUNS: Final = frozenset(_COMPOUNDS.split())
_COMPOUND_ENDINGS: Final = ("tion", "sion", "ment", "ity", "ship", "ism", "ance", "ence")


def _modifies_next(text: str, words: Words, index: int,
                   nouns: frozenset[str] | None = None) -> bool:
    """Whether the head noun at word `index` is followed by a noun it modifies, after one
    space ('refugee camp'), rather than being the head of a description (one of `nouns`, if
    given, else of `COMPOUND_NOUNS` or with a noun's ending)."""
    nxt = index + 1
    if nxt == len(words.lowers) or words.starts[nxt] != words.ends[index] + 1 \
            or text[words.ends[index]] != " " or not words.texts[nxt].islower():
        return False
    low = words.lowers[nxt]
    if nouns is not None:
        return low in nouns
    return low in COMPOUND_NOUNS or low.endswith(_COMPOUND_ENDINGS)


# nouns a plural noun for people may modify, none of them a verb the people could do ('a foreign
# agents bill'; not 'protesters march', 'workers strike')
_PLURAL_COMPOUNDS: Final = frozenset({"bill", "bills", "law", "laws", "camp", "camps", "crisis",
                                      "union", "unions", "rights", "status", "quota", "quotas",
                                      "association", "federation"})


def _singular(head: str) -> str:
    head = head.lower()
    single = _SINGULAR_OF.get(head)
    if single is not None:
        return single
    return head[:-1] if head.endswith("s") else head


def _trim(text: str, start: int, mods: str) -> tuple[int, str]:
    """Drop function words caught as modifiers ('As French farmers'), but not 'former',
    which spaCy lists as a stop word and which says the group's status."""
    words = mods.split()
    while words and words[0].lower() in STOP_WORDS and words[0].lower() != "former":
        start = text.index(words[0], start) + len(words[0])
        while text[start] in " \u00a0":
            start += 1
        words.pop(0)
    return start, " ".join(words)


_ONE: Final = re.compile(b"\x01")
_PLURAL_POSSESSIVE: Final = re.compile(r"['’][ \u00a0]")


def _head_indices(words: Words) -> list[int]:
    """`words.among(HEADS)`: one byte per word (1 for a head) and a search for the 1s, cheaper
    than making an index object for every word of the article when only a few are heads."""
    return [m.start() for m in _ONE.finditer(bytes(map(HEADS.__contains__, words.lowers)))]


def _may_count(before: str) -> bool:
    """Whether the text before 'people' may end a count of them ('30 ', 'million ', 'of ')."""
    last = before.split()[-1:]
    return bool(last) and (last[0][:1].isdigit() or last[0].lower() in _COUNT_WORDS)


def descriptions(text: str, words: Words) -> list[Description]:
    """Person descriptions in text order; plural ones are groups."""
    found: list[Description] = []
    starts, ends, texts, lowers = words.starts, words.ends, words.texts, words.lowers
    for index in _head_indices(words):
        word_start, word_end, low = starts[index], ends[index], lowers[index]
        if low == "people" and not _may_count(text[max(0, starts[index] - 12):starts[index]]):
            continue  # (only a counted number of people is a group: `_COUNTED`)
        singular_head, group_head = texts[index] in _SINGULAR_HEADS, low in GROUP_HEADS
        if not (singular_head or group_head) or text[word_end:word_end + 1] in ("-", "'", "’") \
                and not (group_head and low.endswith("s") and _PLURAL_POSSESSIVE.match(
                    text, word_end)):
            continue  # ('Man', 'General': no pattern has the word as written as its head;
            # but "the protesters' demands" names the protesters)
        if singular_head and _modifies_next(text, words, index):
            singular_head = False
            if not group_head:
                continue
        if group_head and _modifies_next(text, words, index, _PLURAL_COMPOUNDS):
            continue  # ('a foreign agents bill', 'the migrants crisis')
        begin = max(0, word_start - WINDOW)
        if index > _SPAN_WORDS:  # no description spans more words: read no further back
            space = text.rfind(" ", begin, starts[index - _SPAN_WORDS])
            begin = max(begin, space + 1)
        window = text[begin:word_end]
        singular = None
        # (each pattern is slow to try at every position: all start where they may match)
        floor = _floor(window)
        # the patterns end in the head noun itself: try only those that have this word as head
        for pattern, definite in ((INDEFINITE, False), (DEFINITE, True)) if singular_head else ():
            m = pattern.search(window, floor)
            if m and not (not definite and PREDICATE.search(
                    text, max(0, begin + m.start() - 12), begin + m.start())):
                singular = Description(begin + m.start(), word_end, m["head"].lower(),
                                       m["mods"].strip(), definite, False, m["det"])
                break
        if singular is not None:
            found.append(singular)
            continue
        m = GROUP.search(window, floor) if group_head else None
        if m is None:
            continue
        if m["head"].lower() == "people" and not _COUNTED.fullmatch(m["det"] or ""):
            continue  # ('the people', 'people said': anyone; '30 people' are a group)
        start, mods = begin + m.start(), m["mods"]
        if not m["det"]:
            start, mods = _trim(text, start, mods)
        found.append(Description(start, word_end, _singular(m["head"]), mods.strip(),
                                 (m["det"] or "").lower() in ("the", "these", "those"), True,
                                 m["det"] or ""))
    return sorted(found, key=attrgetter("start"))
