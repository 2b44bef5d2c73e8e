"""People, organisations and places: mentions found in the text, resolved into one entity each.

1. Runs of capitalised words (`names.runs`) are split into reference matches (`reference.py`),
   organisations and places by their head word (`... Embassy`, `Church of ...`, `... Base`),
   people (two or more name words, titles such as `Colonel` moved aside) and single words.
2. Within the article, a single word or a shorter name that is part of one found name is that
   entity (`Núñez`, `Nunez`, `García Márquez`, `Márquez` -> the full names).
3. `Peru's army`, `the Chilean military`, `the Lula government` are the country's armed
   forces or government (through the reference's `represents` and `heads`).
4. Unnamed people become anonymous and group actors (`descriptions.py`); titles, roles and
   affiliations come from pre-modifiers and appositions (`affiliations.py`).
5. An unknown single name is an organisation when its sentence says so (`a spokesman for X`,
   `a member of X`, `X said in a statement`, `X officials`, `the X group`), and then wherever
   else it stands alone in the article. A capitalised word for people (`Officials said`) is
   never a name. Organisation names that differ only by a leading `the` or by an abbreviated
   first part (`LA ...` / `Los Angeles ...`: initials, or one reference entry) are merged.

Group actors. A plural noun for people is a group when it refers: with a determiner, number,
nationality or adjective (`the nurses`, `three former officers`, `French officials`), bare
(`protesters`), or with the body it belongs to (`members of X`, `commanders of the X`, `critics
of X`, whose mention and name run to the end of X). Nouns that only state a relation to a body
(`members`, `employees`, `representatives`) are a group only with that body named: `the
members` or `other members` alone refers to nothing and gives no actor. `X` must be a mention of
an organisation or place; `senior members of the armed forces` of an unnamed country is nothing.
Membership nouns (`members`, `commanders`, `officials`, `soldiers`...) of an organisation also
give the group an affiliation with it (`former` makes it former); `critics of X` do not.
Headlines and datelines are title-cased, so there only known names and names found in the body
count.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import attrgetter, sub
from typing import Any, Final, NamedTuple

from . import affiliations, coref, countries, events, names, possessives, pronouns
from .descriptions import (
    ADJECTIVES,
    COLLECTIVE,
    GENERIC,
    HEADS,
    PERSON_NOUNS,
    Description,
    descriptions,
)
from .model import ACTOR, ORGANISATION, PLACE, Affiliation, Entity, Extraction, Mention
from .names import ORG_HEADS, PLACE_HEADS
from .reference import Known, Reference, fold, load
from .text import ABBREVIATIONS, Analysis, initials, offsets, trie

SPEECH = re.compile(r"[ \u00a0]+(?:said|says|told|tells|stated|states|wrote|writes|added|adds|"
                    r"asked|asks|explained|claimed|claims|warned|argued)\b")
OWNED: Final = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:(?:political|national|armed|new|interim|current|transitional|"
    r"caretaker|federal|central|elected|civilian|ruling)[ \u00a0]+)?"
    r"(government|administration|regime|junta|military|army|armed[ \u00a0]+forces|navy|"
    r"air[ \u00a0]+force|opposition|parliament|congress)\b", re.IGNORECASE)
# "Peru's foreign ministry", "the Peruvian interior ministry" (lower case: a capitalised one is
# a name of its own); "the interior ministry" alone is the one of the article's country
_PORTFOLIO: Final = (r"(?P<portfolio>(?:foreign|interior|defen[cs]e|finance|health|justice|economy|"
                     r"education|trade|energy|agriculture|culture|environment|transport|labou?r|"
                     r"information|home)(?:[ \u00a0]+affairs)?)[ \u00a0]+ministry\b")
OWNED_MINISTRY: Final = re.compile(rf"(?:['’]s)?[ \u00a0]+{_PORTFOLIO}")
BARE_MINISTRY: Final = re.compile(rf"(?<![\w-])[Tt]he[ \u00a0]+{_PORTFOLIO}")
BARE_GOVERNMENT: Final = re.compile(r"(?<![\w-])[Tt]he[ \u00a0](?P<noun>[Gg]overnment)\b")
# 'the federal government', 'the central government': the national one too
NATIONAL_GOVERNMENT: Final = re.compile(
    r"(?<![\w-])[Tt]he[ \u00a0](?P<noun>(?:federal|national|central)[ \u00a0]government)\b")
GOVERNED: Final = re.compile(r"[ \u00a0]+(government|administration|regime|junta)\b")  # lower case
# a town's or region's own body, named by the place and lower-case words after it
LOCAL_BODY: Final = re.compile(r"[ \u00a0]+(?P<level>provincial|regional|city|municipal|district|"
                               r"county|state|local|town)[ \u00a0]+(?:council|government|assembly|"
                               r"police)\b")
OFFICE: Final = re.compile(r"['’]s[ \u00a0]+(?:office|department|station)\b")
OWNED_NOUNS = frozenset({"government", "administration", "regime", "junta", "military", "army",
                         "forces", "navy", "opposition", "parliament", "congress"})
_SPACES: Final = re.compile(r"[ \u00a0]+")
# 'the company Hitwise UK', 'the newspaper El País': a common noun says what the name is.
# A name starting where a match ends is of that kind (matches: `_kind_nouns`).
KIND_OF_NOUN: Final = {"company": "company", "firm": "company", "website": "platform",
                       "site": "platform", "platform": "platform", "newspaper": "media",
                       "magazine": "media", "journal": "media", "broadcaster": "media",
                       "channel": "media", "think tank": "other", "charity": "other",
                       "watchdog": "other",
                       "agency": "government", "party": "political", "group": "other",
                       "organization": "other", "organisation": "other", "movement": "political"}
KIND_NOUN: Final = re.compile(rf"\b(?P<noun>{'|'.join(KIND_OF_NOUN)})[ \u00a0]+")
_NAME_HEADS: Final = {**ORG_HEADS, **PLACE_HEADS}  # the last words that say what a name is
# Words that begin a place's name: 'Mount Kenya', 'Lake Chad', 'Fort Worth', 'Port Said'
PLACE_FIRST: Final = dict.fromkeys(["mount", "mt.", "lake", "cape", "gulf", "isle", "mountains"],
                                   "other") | dict.fromkeys(["fort", "port"], "city") | {
                                       "greater": "region"}  # 'Greater Manchester'
# a hyphenated modifier that says who controls or backs what it names ('Republican-controlled',
# 'Saudi-led', 'Iran-backed'): no word of the name after it
_LED_SUFFIXES: Final = ("-controlled", "-led", "-backed", "-dominated", "-based", "-owned", "-run",
                        "-allied", "-aligned", "-linked", "-funded", "-sponsored", "-held")
# the first words of a sea's name before 'of' ('Gulf of Aden', 'Sea of Azov', 'Bay of Bengal')
WATERS: Final = frozenset(["gulf", "sea", "bay", "strait", "straits"])
# adjectives of officials that open a sentence ('Local officials said'), no body's name
_OPENING_ADJECTIVES: Final = frozenset(ADJECTIVES.split()) | names.ROLE_MODIFIERS | frozenset(
    ["federal", "regional", "provincial", "municipal", "western", "eastern", "northern",
     "southern", "central", "many", "some", "other", "several", "both", "all"])
# kinds of body every country has one of, of the same name ('Democratic Party', 'Coast Guard')
LOCAL_KINDS: Final = frozenset({"political", "military"})
# 'German firms including Deutsche Bahn, Daimler and Siemens': each name of the list is of
# the noun's kind
PLURAL_KINDS: Final = {(f"{n[:-1]}ies" if n.endswith("y") and n[-2] not in "aeiou" else f"{n}s"): n
                       for n in KIND_OF_NOUN}  # (companies, agencies, charities, think tanks)
_LIST_NAME: Final = r"[A-Z][\w&'’.-]*(?:[ \u00a0](?:&[ \u00a0])?[A-Z][\w&'’.-]*)*"
KIND_LIST: Final = re.compile(rf"(?:including|such[ \u00a0]as)[ \u00a0]+(?P<names>{_LIST_NAME}"
                              rf"(?:(?:,[ \u00a0]|,?[ \u00a0]and[ \u00a0]){_LIST_NAME})*)")
LIST_NAME: Final = re.compile(_LIST_NAME)
_S: Final = r"[ \u00a0]+"
# ', the main business association in Turkey': a description of one body after its name, up to
# its head word, which ends the phrase ('a party official' is no body). Heads that are often no
# body's noun in a description ('a former air force pilot', 'a press officer') are left out.
_NOT_APPOSED_HEADS: Final = frozenset([
    "air", "press", "times", "post", "daily", "weekly", "org", "operation", "campaign",
    "initiative", "command", "force", "project", "exchange", "management", "group", "front",
    "office", "center", "centre", "court", "trust", "fund", "wire", "tv", "inc", "corp", "ltd",
    "llc", "guard", "guards"])
# (and of one place: 'Kora Dasht, a small town in Ghazni')
APPOSED_PLACES: Final = {"town": "city", "city": "city", "village": "city", "province": "region",
                         "region": "region", "district": "region"}
_APPOSED_OPENERS: Final = tuple(f",{space}{det}{space}" for det in ("the", "a", "an")
                        for space in " \u00a0")  # (how every `APPOSED_BODY` match begins)
_APPOSED_HEADS: Final = "|".join(sorted({*ORG_HEADS, *KIND_OF_NOUN, *APPOSED_PLACES}
                                        - _NOT_APPOSED_HEADS, key=len, reverse=True))
APPOSED_BODY: Final = re.compile(  # (no preposition before the head: 'X, a spokesman for the firm')
    rf",{_S}(?:the|a|an){_S}(?:(?!(?:for|of|at|with|from|to|by|on|in)\b)[\w-]+{_S}){{0,3}}?"
    rf"(?P<news>news{_S})?(?P<head>{_APPOSED_HEADS})"
    rf"(?=[,.;:)]|{_S}(?:in|of|that|which|based|founded|for|with|and|from|on)\b)")
# A person's description in apposition after a name: 'X, a spokesman for the firm,'.
APPOSED_PERSON: Final = re.compile(
    rf",{_S}(?:the|a|an){_S}(?:[\w'’-]+{_S}){{0,2}}?(?:{trie(PERSON_NOUNS)})\b")
# Offices held in a company: the name before one is the company's ('Siemens CEO Ana Ruiz').
COMPANY_OFFICES: Final = frozenset({"ceo", "founder", "co-founder", "cofounder", "chairman",
                                    "chairwoman", "chairperson"})
_COMPANY_OFFICE: Final = "|".join(sorted(COMPANY_OFFICES))
# Words around an unknown single name that make it an organisation (see `_Finder.org_cue`).
ORG_BEFORE: Final = re.compile(
    rf"\b(?:spokes(?:man|woman|person)|representative|member|official|attorney|lawyer|"
    rf"executive|employee|director|leader|head|chief|secretary[ -]general|{_COMPANY_OFFICE})"
    rf"s?{_S}"
    rf"(?:for|of|at|from){_S}(?:the{_S})?\Z", re.IGNORECASE)
# "'s Nathan Law won": a possessive before a person's full name and a lower-case word
NAMED_AFTER = re.compile(r"['’]s[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0]+[A-Z][\w-]+){1,2}[ \u00a0]+[a-z]")
# 'the Zulu tribe', 'the Velu people': a word before these names a people, not a body
KIN_AFTER: Final = re.compile(rf"{_S}(?:tribe|clan|ethnic{_S}group|people)s?\b")
THE_BEFORE = re.compile(rf"\bthe{_S}\Z", re.IGNORECASE)  # (an organisation if 'group' follows)
GROUP_AFTER: Final = re.compile(rf"{_S}(?:group|organization|organisation)\b")
# 'the Hells Angels biker gang', 'the Proud Boys militia': a kind of body after a name of
# several words (one word before 'group' is `GROUP_AFTER`'s), an adjective allowed between
BODY_AFTER: Final = re.compile(
    rf"{_S}(?:[a-z]+{_S})?(?:gang|group|militia|cartel|movement|network|faction|sect|cult|"
    rf"syndicate|organi[sz]ation)s?\b")
STATEMENT: Final = re.compile(rf"{_S}(?:said|says|stated|announced){_S}in{_S}a{_S}statement\b")
# nouns for people after a name that make it the body they speak or act for
# ('manager', 'coach': a club's or a team's, as in 'Arsenal manager Mikel Arteta', except for a
# single word opening a sentence, which may be a common noun: 'Campaign manager Ana Ruiz')
_TEAM_OFFICES: Final = ("manager", "coach")
_ORG_AFTER_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "officials", "representatives",
                    "representative", "prosecutors", "prosecutor", *_TEAM_OFFICES)
ORG_AFTER: Final = re.compile(
    rf"{STATEMENT.pattern}|(?:['’]s)?{_S}(?:{'|'.join(_ORG_AFTER_NOUNS)}|"
    rf"(?i:{_COMPANY_OFFICE}|chief{_S}executive))\b")
ACRONYM_OFFICE: Final = re.compile(rf"{_S}(?:president|chairman|chairwoman|chair|chief|director|"
                                   rf"head|boss|secretary-general|general[ \u00a0]secretary)\b")
# the first words of `ORG_AFTER`'s matches that follow a run after a space
_ORG_AFTER_WORDS: Final = frozenset([*_ORG_AFTER_NOUNS, "chief"]) | COMPANY_OFFICES
# Group nouns that say only how people relate to a body: a group only with the body named
# ('members of the party'); 'the members' alone refers to nothing this table can hold.
RELATIONAL: Final = frozenset({"member", "employee", "representative"})
# Group nouns whose 'of X' makes them part of X (an affiliation); 'critics of X' are not.
MEMBERSHIP: Final = RELATIONAL | {"commander", "official", "officer", "soldier", "leader", "worker",
                                  "agent", "spokesman", "spokeswoman", "spokesperson", "minister"}
STORMS: Final = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical"})
_CALENDAR: Final = names.CALENDAR  # 'On Friday, United States District Judge ...'
# days and months that open no name ('May Street', 'March Madness' keep theirs)
_NAME_MONTHS: Final = frozenset({"may", "march", "august"})
_OPENING_DATES: Final = _CALENDAR - _NAME_MONTHS
# words after which those months are months ('In May', 'since March')
_TIME_PREPOSITIONS = frozenset({"in", "on", "since", "by", "during", "until", "from", "early",
                                "late", "last", "next", "this", "mid"})
FAITHS: Final = frozenset({
    "catholic", "muslim", "protestant", "orthodox", "jewish", "islamic", "buddhist", "hindu",
    "sunni", "shia", "shiite", "evangelical", "anglican", "lutheran", "methodist", "presbyterian",
    "pentecostal", "coptic"})
# Nouns for people who speak or act for the body named before them ('a German government source')
OF_BODY: Final = frozenset({
    "source", "aide", "staffer", "adviser", "advisor", "lawyer", "attorney", "diplomat", "envoy",
    "negotiator", "investigator", "prosecutor", "insider", "personnel", "detective"})
# plurals that end names of other things than teams ('the Golan Heights', 'the Baltic States')
_TEAM_NOT: Final = frozenset({
    "heights", "states", "territories", "emirates", "lands", "hills", "falls", "springs", "keys",
    "isles", "highlands", "lowlands", "plains", "affairs", "relations", "services", "nations",
    "games", "olympics", "awards", "talks", "times", "news", "studies", "sciences", "arts"})
# those who fight for a body named before them ('Taliban fighters', 'Houthi rebels')
FIGHTERS: Final = frozenset({"fighter", "militant", "rebel", "insurgent", "gunman", "guerrilla",
                             "loyalist", "supporter"})
# 'a spokesman for the', 'a source within the central': a person noun's link to the body after
BODY_LINK = re.compile(rf"{_S}(?:for|of|from|within|with|at|in){_S}(?:the{_S})?(?:[a-z]+{_S})?")
# nouns for someone who speaks or acts for a body ('a member of X' may be any of its members)
SPEAKS_FOR = OF_BODY | {"spokesman", "spokeswoman", "spokesperson", "official", "representative"}
RELATIVE_AFTER: Final = re.compile(r"[ \u00a0]+(?:who|whom|whose|that)\b")
# (not a verb in -ing: 'accused the army of attacking civilians' says what the army did)
COMPLEMENT: Final = re.compile(rf"{_S}(?:of|from){_S}(?:the{_S})?(?![a-z]+ing\b)")
# 'Tempe, Arizona': an unknown word before a known place is a town in it.
# 'Irving Independent School District': districts that are bodies (US special districts), not
# areas.
DISTRICT_BODIES: Final = frozenset({"school", "water", "fire", "transit", "hospital", "sanitation",
                                    "irrigation", "utility"})
# 'Gary Chan of DAB': the words between a person's name and the body the person belongs to.
_BODY_GAP: Final = re.compile(r"[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
PLACE_AFTER: Final = re.compile(r",[ \u00a0]+")
TOWN_BEFORE: Final = re.compile(r"\b(?:(?:town|city|village|port|capital)[ \u00a0]+of|capital,)"
                                r"[ \u00a0]+$")  # ('the town of X', 'the capital, X')
# 'located in Mountain View, California': a preposition of place before a town's name
TOWN_IN: Final = re.compile(r"\b(?:in|near|outside)[ \u00a0]+$")
TOWN_PREPOSITION: Final = re.compile(r"\b(?:in|near|outside|from|of)[ \u00a0]+$")
_REGION_WORDS: Final = frozenset(["region", "province", "county", "district", "prefecture",
                                  "governorate", "oblast", "state"])
# lower-case words after unknown capitalised ones that say what they name, as (kind, sub): a
# party ('the ruling Georgian Dream party') or a place of nature ('the High Atlas mountains')
_KIND_AFTER: Final = dict.fromkeys(["party", "alliance"], ("org", "political")) | dict.fromkeys(
    ["mountains", "valley", "desert", "peninsula", "plateau", "basin", "delta", "river", "range",
     "highlands"], ("place", "region"))
# the words after a run that may make it a place: a region's, or a local body's level
_PLACE_AFTER_WORDS = _REGION_WORDS | frozenset(["provincial", "regional", "city", "municipal",
                                               "local", "town"])
REGION_AFTER: Final = re.compile(  # 'the Lombardy region', 'Rakhine state'
    rf"[ \u00a0]+(?:{'|'.join(_REGION_WORDS)})\b")
REGION_BEFORE: Final = re.compile(  # 'the southern state of Kerala', 'the province of Lleida'
    rf"\b(?:{'|'.join(_REGION_WORDS)})[ \u00a0]+of[ \u00a0]+$")
REPRESENTS = {"government": "government", "administration": "government", "regime": "government",
              "junta": "government",
              "military": "armed_forces", "army": "armed_forces", "armed forces": "armed_forces",
              "parliament": "legislature", "congress": "legislature"}
ACRONYM_DEF: Final = re.compile(r"[ \u00a0]*\((?P<acr>[A-Z][A-Z.]{1,8})\)")
# 'Economist Jane Roe': a first word with an agent-noun ending may be a description.
ROLE_ENDINGS: Final = ("ist", "ite", "ian", "crat", "can", "er", "or")
# 'US military aid': 'military' is an adjective there, not the armed forces.
ADJECTIVAL: Final = re.compile(
    r"[ \u00a0]+(?:[a-z]+(?:ance|ence|tion|sion|ment|ity|ship|ing)|units?|aid|forces?|bases?|"
    r"officers?|leaders?|personnel|support|budget|exercises?|vehicles?|equipment|hardware|"
    r"coup|courts?|chiefs?|commanders?|revolt|uprising|service|attach[eé]s?|spending|"
    r"sources?|officials?|spokesm[ae]n|spokesperson|figures?|member|members)\b")
# the people ADJECTIVAL names: 'a German government source' names the government it is of
PERSON_AFTER: Final = re.compile(r"[ \u00a0]+(?:officers?|leaders?|personnel|chiefs?|commanders?|"
                                 r"attach[eé]s?|sources?|officials?|spokesm[ae]n|spokesperson|"
                                 r"members?)\b")
LINKS: Final = names.CONNECTORS | names.PARTICLES
_ENTITY, _START, _END = attrgetter("entity"), attrgetter("start"), attrgetter("end")
_STOP: Final = names.STOP
TITLE_WORDS: Final = names.TITLE_WORDS
# offices whose 'of' names a portfolio, not a body or place ('Minister of the Interior')
PORTFOLIO_OFFICES: Final = frozenset({"minister", "secretary", "undersecretary"})
POSSESSIVE_GAP: Final = re.compile(r"['’]s?[ \u00a0]")
_WHITE: Final = re.compile(r"\s")
_APOSTROPHES: Final = frozenset("'’")
BLOCK: Final = frozenset([
    "day", "week", "year", "war", "act", "law", "cup", "games", "award", "prize", "festival",
    "summit", "conference", "olympics", "treaty", "accord", "agreement", "protocol", "revolution",
    "crisis", "era", "age", "category", "section", "history", "video", "statement", "report",
    "system", "systems", "fair", "expo", "exhibition", "tournament", "championship",
    "championships", "marathon"
])


@dataclass(slots=True)
class Cand:
    """A name found in a run, before it is resolved into an entity."""

    start: int
    end: int
    kind: str  # known | person | org | place | single | nationality
    words: tuple[str, ...]  # folded words
    known: Known | None = None
    sub: str = ""  # organisation or place kind
    country: str = ""
    title: str = ""
    headline: bool = False
    entity: Entity | None = None


# The plural heads two bodies may share ('the State and Homeland Security Departments'), folded,
# with the singular each body's name takes.
_SHARED_HEADS: Final = {"departments": "Department", "ministries": "Ministry", "agencies": "Agency"}


def _kind_nouns(text: str) -> dict[int, tuple[int, str]]:
    """Where each `KIND_NOUN` match ends -> where it begins and its noun: the matches of
    `KIND_NOUN.finditer`, found by a plain search for each noun (much faster than the pattern's
    scan). No noun begins another or ends in spaces, so the matches cannot overlap. Each name
    of a list after the noun's plural and 'including' or 'such as' (`KIND_LIST`) -> where that
    name begins and the noun (a name of a list is known by that)."""
    found: dict[int, tuple[int, str]] = {}
    for noun in KIND_OF_NOUN:
        at = text.find(noun)
        while at >= 0:
            before = text[at - 1:at]  # (\b: no word character before the noun)
            if not (before.isalnum() or before == "_"):
                spaces = _SPACES.match(text, at + len(noun))
                if spaces is not None:
                    found[spaces.end()] = (at, noun)
            at = text.find(noun, at + 1)
    for at in offsets(text, ("including", "such as")):
        words = text[max(0, at - 16):at].replace(",", " ").split()
        nouns = words[-1].lower() if words else ""  # (the word before the cue)
        hit = KIND_LIST.match(text, at) if nouns in PLURAL_KINDS else None
        if hit is None:
            continue
        noun = PLURAL_KINDS[nouns]
        for item in LIST_NAME.finditer(text, hit.start("names"), hit.end("names")):
            if not item.group().endswith(("'s", "’s")):  # (not 'X's members')
                found.setdefault(item.start(), (item.start(), noun))
    return found


def _org_before_word_end(text: str, end: int) -> int:
    """Where the word before the spaces that end at `end` ends, if an `ORG_BEFORE` or
    `THE_BEFORE` match may end at `end` (every one ends in a preposition or 'the' and spaces);
    -1 if none may. A cheap test before the patterns' search of 40 positions."""
    word_end = end
    while word_end > 0 and text[word_end - 1] in names.SPACES:
        word_end -= 1
    if word_end < end and text[max(0, word_end - 4):word_end].lower().endswith(
            ("for", "of", "at", "from", "the")):
        return word_end
    return -1


_HEADLINE_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")


def _is_headline(text: str, start: int, end: int) -> bool:
    """A title-cased line without a final stop (headline) or a dateline: at least 0.6 of its
    words capitalised, not counting lower-case stop words."""
    while end > start and text[end - 1].isspace():  # (`str.rstrip`, without a copy)
        end -= 1
    if end == start or text[end - 1] in ".!?\"”" or end - start > 200:
        return False
    capitalised = counted = 0
    for word in _HEADLINE_WORD.findall(text, start, end):  # (no anchor: as in a slice)
        if word[0].isupper():
            capitalised += 1
            counted += 1
        elif word.lower() not in names.STOP:
            counted += 1
    return counted > 0 and capitalised / counted >= 0.6


class _Finder:
    def __init__(self, analysis: Analysis, found: Extraction, document_id: str) -> None:
        self.text = analysis.text
        self.analysis = analysis
        self.found = found
        self.doc = document_id
        self.ref: Reference = load()
        self.sentence_starts = {s for s, _ in analysis.sentences}
        self.sentence_ends = {e for _, e in analysis.sentences}
        self.headlines = [p for p in analysis.paragraphs if _is_headline(self.text, *p)]
        self._headline_starts = [s for s, _ in self.headlines]
        self._headlines_end = self.headlines[-1][1] if self.headlines else 0
        self.cands: list[Cand] = []
        self._cands_at: dict[int, list[Cand]] | None = None  # (`_cands_starting`)
        self.words = analysis.words()
        self.kind_nouns = _kind_nouns(self.text)
        # where an apposed description may begin (', the ...'): found once, looked up per run
        self.apposed_at = frozenset(offsets(self.text, _APPOSED_OPENERS))
        # Running summaries of `found` for questions asked once per mention or phrase (see
        # `mentioned`, `affiliated`, `focal_country`): each is extended with what was appended
        # since it was last asked, and rebuilt after mentions are removed or reassigned (`stale`).
        self._entity_ids: set[int] = set()
        self._countries: Counter[str] = Counter()  # countries named
        self._places: Counter[str] = Counter()  # the countries of all places named
        self._mentions_seen = 0
        self._pairs: set[tuple[int, int]] = set()
        self._affiliations_seen = 0

    def stale(self) -> None:
        """Forget the summaries of `found` (mentions were removed or changed entity)."""
        self._entity_ids, self._countries, self._places = set(), Counter(), Counter()
        self._mentions_seen = 0
        self._pairs, self._affiliations_seen = set(), 0

    def _sync_mentions(self) -> None:
        mentions = self.found.mentions
        if len(mentions) < self._mentions_seen:
            self.stale()
        if len(mentions) == self._mentions_seen:
            return
        added = list(map(_ENTITY, mentions[self._mentions_seen:]))
        self._entity_ids.update(map(id, added))
        places = [e for e in added if e.table == PLACE and e.country]
        if places:  # (counted in order: ties keep the first named)
            self._countries.update([e.country for e in places if e.kind == "country"])
            self._places.update([e.country for e in places])
        self._mentions_seen = len(mentions)

    def mentioned(self, entity: Entity) -> bool:
        """Whether some mention of the article is of this entity."""
        self._sync_mentions()
        return id(entity) in self._entity_ids

    def affiliated(self, actor: Entity, org: Entity) -> bool:
        """Whether the article already has an affiliation of this actor with this organisation."""
        found = self.found.affiliations
        if len(found) < self._affiliations_seen:
            self.stale()
        for a in found[self._affiliations_seen:]:
            self._pairs.add((id(a.actor), id(a.organisation)))
        self._affiliations_seen = len(found)
        return (id(actor), id(org)) in self._pairs

    # -- step 1: runs into candidates -------------------------------------------------------
    def initial_at(self, start: int) -> bool:
        """Whether the word at `start` opens a sentence, a quotation or a clause after a colon."""
        if start in self.sentence_starts:
            return True
        before = self.text[max(0, start - 3):start].rstrip(" \u00a0")
        return not before or before[-1] in "\"“‘'(:—–-\n\r"

    def _common_opener(self, run: list[int]) -> bool:
        """'Nonpartisan Paul Tse', 'Pan-democrat Lam Cheuk-ting': a run's first word that opens
        a sentence is capitalised for that alone when the article writes it elsewhere with a
        lower-case first letter ('pro-Beijing'), and is no first name ('Mark' in 'Mark
        Rathbun', although "mark" is a word).
        Asked of runs of three words or more, and of two when the first is hyphenated
        ('Pro-Beijing DAB'): two words are often a body's whole name ('Democratic Party'), a
        hyphenated modifier before a name seldom."""
        words, text = self.words, self.text
        low = words.lowers[run[0]]
        if not self.initial_at(words.starts[run[0]]) or low in coref.first_names() \
                or low.rstrip(".") in TITLE_WORDS:
            return False  # ('Minister of Education X': a title is capitalised before a name)
        word = words.texts[run[0]]
        return (self._written(low) or word[1:] != low[1:] and self._written(low[0] + word[1:])) \
            and self.ref.lookup(text[words.starts[run[0]]:words.ends[run[-1]]]) is None

    def _written(self, word: str) -> bool:
        """Whether the text holds `word` as written, as a word of its own ('pro-Beijing')."""
        text, size = self.text, len(word)
        at = text.find(word)
        while at >= 0 and (text[at - 1:at].isalnum() or text[at + size:at + size + 1].isalnum()):
            at = text.find(word, at + 1)
        return at >= 0

    def _office_of_the(self, prev: list[int], begin: int) -> bool:
        """'Minister' + 'of the' + 'Interior Ana Ruiz': a run of title words only, then 'of
        the' one space apart, begins the office named by the run after it (`_Planner.plan`
        reads the office, the body and the name apart)."""
        text, starts, ends, lowers = self.text, self.words.starts, self.words.ends, \
            self.words.lowers
        # (the run's words after its last link: 'Then the Secretary' opening a sentence)
        k = max((n + 1 for n, i in enumerate(prev) if lowers[i] in LINKS), default=0)
        return lowers[begin - 2] == "of" and lowers[begin - 1] == "the" and k < len(prev) \
            and all(_title_word(lowers[i]) for i in prev[k:]) \
            and all(starts[i + 1] - ends[i] == 1 and text[ends[i]] in names.SPACES
                    for i in range(prev[-1], begin))

    def joined(self, runs: list[list[int]]) -> list[list[int]]:
        """'People' + 's + 'Liberation Army' is one name when known or headed as an organisation.
        Runs are lists of word indices (`names.runs`)."""
        text, starts, ends, lowers = self.text, self.words.starts, self.words.ends, \
            self.words.lowers
        out: list[list[int]] = []
        for run in runs:
            # ('s is one word of `Words`: the gap of 's and a space is one word between runs)
            if out and run[0] - out[-1][-1] == 2:
                prev = out[-1]
                gap = ends[prev[-1]], starts[run[0]]
                if (gap[1] - gap[0] == 3 or gap[1] - gap[0] == 2 and text[gap[0] - 1] == "s") \
                        and POSSESSIVE_GAP.fullmatch(text, *gap):  # ('Workers' Union')
                    whole = text[starts[prev[0]]:ends[run[-1]]]
                    owned = text[starts[prev[0]]:ends[prev[-1]]]
                    owner = self.ref.lookup(owned)
                    if self.ref.lookup(whole) is not None or (
                            lowers[run[-1]] in ORG_HEADS and owner is None
                            and not self.ref.country_of(owned)):
                        # (the word after `prev` is the 's between them)
                        out[-1] = [*prev, prev[-1] + 1, *run]
                        continue
            if out and run[0] - out[-1][-1] == 2 and lowers[run[0] - 1] in ("in", "at") \
                    and self.ref.lookup(text[starts[out[-1][0]]:ends[run[-1]]]) is not None:
                # 'Organization for Security and Co-operation' + 'in' + 'Europe': one name
                # when known whole
                out[-1] = [*out[-1], run[0] - 1, *run]
                continue
            if out and run[0] - out[-1][-1] == 3 and lowers[run[0] - 2] in names.CONNECTORS \
                    and lowers[run[0] - 1] in names.CONNECTORS:
                # 'Islamic State of Iraq' + 'and the' + 'Levant': one name when known whole
                prev = out[-1]
                first = prev[1] if lowers[prev[0]] == "the" and len(prev) > 1 else prev[0]
                if self.ref.lookup(text[starts[first]:ends[run[-1]]]) is not None \
                        or self._office_of_the(prev, run[0]):
                    out[-1] = [*prev, run[0] - 2, run[0] - 1, *run]
                    continue
            out.append(run)
        return out

    def in_headline(self, offset: int) -> bool:
        # headlines are paragraphs: disjoint and in text order
        i = bisect.bisect_right(self._headline_starts, offset) - 1
        return i >= 0 and offset < self.headlines[i][1]

    def runs(self, runs: list[list[int]]) -> None:
        """Candidates from runs of words (lists of indices into `words`)."""
        text, words, cands = self.text, self.words, self.cands
        texts, lowers, starts, ends = words.texts, words.lowers, words.starts, words.ends
        for run in runs:
            if text[starts[run[0]] - 1:starts[run[0]]] in ("#", "@"):
                run = run[1:]  # '#IStandWithAhmed', '@POTUS': a hashtag or a handle
                if not run:
                    continue
            if (lowers[run[0]] in _STOP and self.initial_at(starts[run[0]])
                    and self.ref.lookup(text[starts[run[0]]:ends[run[-1]]]) is None
                    and not (len(run) > 1 and ends[run[0]] == starts[run[1]])) \
                    or ((len(run) >= 3 or len(run) == 2 and "-" in texts[run[0]])
                        and self._common_opener(run)):
                run = run[1:]
            if run and lowers[run[0]].endswith(_LED_SUFFIXES):
                run = run[1:]  # ('the Republican-controlled House': a modifier, no name's word)
            while run and (lowers[run[0]] in LINKS and texts[run[0]].islower()
                           or lowers[run[0]] in _OPENING_DATES and len(run) > 1
                           or lowers[run[0]] in _NAME_MONTHS and len(run) > 1 and run[0] > 0
                           and lowers[run[0] - 1] in _TIME_PREPOSITIONS
                           and lowers[run[-1]] not in PLACE_HEADS
                           and lowers[run[-1]] not in ORG_HEADS):
                # ('On Monday Ana Ruiz said', 'In May Tom Baker left': a day or month opens no
                # name; 'on May Street' and 'March Madness' keep theirs)
                run = run[1:]
            if not run:
                continue
            begin, end = starts[run[0]], ends[run[-1]]
            headline = begin < self._headlines_end and self.in_headline(begin)
            noun = self.kind_nouns.get(begin)  # (where the noun begins, the noun)
            if noun and noun[0] == begin and len(run) > 2 and "and" in lowers[run[0]:run[-1]]:
                # a name of a list ('firms including Daimler and Siemens'): to its 'and'
                k = next(k for k, i in enumerate(run) if lowers[i] == "and")
                self.runs([run[:k]])
                self.runs([run[k + 1:]])
                continue
            if noun and noun[0] >= begin - 20 and not headline \
                    and all(texts[i][0].isalnum() or texts[i] == "&" for i in run) \
                    and self.ref.lookup(text[begin:end]) is None:  # ('the news agency AFP')
                news = noun[1] == "agency" and text[max(0, noun[0] - 5):noun[0]] == "news "
                cands.append(Cand(begin, end, "org", tuple([fold(texts[i]) for i in run]),
                                  sub="media" if news else KIND_OF_NOUN[noun[1]]))
                continue
            kind = self._apposed_kind(run, begin, end) \
                if end in self.apposed_at and not headline else None
            if kind is not None:  # 'TUSIAD, the main business association in Turkey'
                cands.append(Cand(begin, end, kind[0], tuple([fold(texts[i]) for i in run]),
                                  sub=kind[1]))
                continue
            after = run[-1] + 1  # (the word after the run: the tests below look at it first)
            kind_after = _KIND_AFTER.get(texts[after]) if after < len(lowers) else None
            if kind_after and len(run) <= 3 and not headline \
                    and text[end:end + 1] in names.SPACES \
                    and lowers[run[0]] not in coref.first_names() \
                    and self.ref.lookup(text[begin:end]) is None:
                # ('the ruling Georgian Dream party', 'the High Atlas mountains')
                cands.append(Cand(begin, end, kind_after[0],
                                  tuple([fold(texts[i]) for i in run]), sub=kind_after[1]))
                continue
            if len(run) >= 2 and not headline and (
                    after < len(lowers) and lowers[after] in _ORG_AFTER_WORDS
                    and text[end:end + 1] in names.SPACES and ORG_AFTER.match(text, end)
                    or self._workplace(begin)) \
                    and self._unknown_body(run, begin, end) \
                    and not any(_title_word(lowers[i]) for i in run):
                # 'Cal Fire spokesman Tom Baker', 'Velta Unity officials', 'analysts at Morgan
                # Stanley': the body they speak, act or work for
                cands.append(Cand(begin, end, "org", tuple([fold(texts[i]) for i in run]),
                                  sub="other"))
                continue
            if len(run) >= 2 and not headline and self._after_the(begin) \
                    and self._team(run, begin, end):
                # 'the Velmont Tigers', 'the Los Angeles Lakers': a team or a band, named by its
                # members in the plural
                cands.append(Cand(begin, end, "org", tuple([fold(texts[i]) for i in run]),
                                  sub="other"))
                continue
            if len(run) >= 2 and not headline and self._after_the(begin) \
                    and BODY_AFTER.match(text, end) and self._unknown_body(run, begin, end):
                cands.append(Cand(begin, end, "org", tuple([fold(texts[i]) for i in run]),
                                  sub="other"))
                continue
            if len(run) >= 2 and not headline:
                # (each test is asked only where a plain look at the text finds its cue)
                town = len(run) if len(run) <= 3 and text[end:end + 1] == "," \
                    and self._town_run(run, begin, end) else 0
                if not town and _preposition_of_place_before(text, begin):
                    town = self._town_in(run, begin)
                if town:
                    cands.append(Cand(begin, ends[run[town - 1]], "place",
                                      tuple([fold(texts[i]) for i in run[:town]]), sub="city"))
                    if town < len(run):
                        self.runs([run[town:]])  # ('in Maidan Shahr on Monday')
                    continue
                sub = self._region_run(run, begin, end) if len(run) <= 3 \
                    and after < len(lowers) and lowers[after] in _PLACE_AFTER_WORDS else ""
                if not sub and len(run) <= 3 and "of" in text[max(0, begin - 12):begin] \
                        and TOWN_BEFORE.search(text, max(0, begin - 20), begin) \
                        and self._unknown_place(run, begin, end):
                    sub = "city"  # ('the village of Moulay Brahim')
                if sub:
                    cands.append(Cand(begin, end, "place", tuple([fold(texts[i]) for i in run]),
                                      sub=sub))
                    continue
            # The rest depends only on the run's words, what follows it and `headline`: planned
            # once per process for each such run (`_plan`), repeated names cost a lookup.
            # (most runs are one word: its bounds need no loop)
            bounds = ((0, end - begin),) if len(run) == 1 else tuple(
                [(starts[i] - begin, ends[i] - begin) for i in run])
            for first, last, fields in _plan(text[begin:end], bounds, text[end:end + 1] == "$",
                                             headline):
                if fields is None:
                    self.runs([run[first:last + 1]])  # 'Church of X and' [Y Z]
                else:
                    cands.append(Cand(starts[run[first]], ends[run[last]], *fields))

    def _apposed_kind(self, run: list[int], begin: int, end: int) -> tuple[str, str] | None:
        """'TUSIAD, the main business association in Turkey', 'Rudaw, a Kurdish news
        agency,', 'Kora Dasht, a small town in Ghazni': the candidate kind and kind of body or
        place a description in apposition after an unknown name says it is (`APPOSED_BODY`),
        or None. Not for a name whose first word is a first name ('Ana Ruiz, a party
        official')."""
        hit = APPOSED_BODY.match(self.text, end)
        if hit is None or self.words.lowers[run[0]] in coref.first_names() \
                or self.ref.lookup(self.text[begin:end]) is not None:
            return None
        head = hit["head"].lower()
        if head in APPOSED_PLACES:
            return "place", APPOSED_PLACES[head]
        if head == "agency" and hit["news"]:
            return "org", "media"
        return "org", ORG_HEADS.get(head) or KIND_OF_NOUN[head]

    def _after_the(self, start: int) -> bool:
        """Whether 'the ' (or 'The ') stands right before `start`."""
        return self.text[max(0, start - 4):start] in ("the ", "The ")

    def _workplace(self, begin: int) -> bool:
        """Whether a noun for people and 'at' stand right before `begin` ('analysts at')."""
        text = self.text
        if not text.endswith(" at ", max(0, begin - 4), begin):
            return False
        before = text[max(0, begin - 30):begin - 4].split()
        noun = before[-1].lower() if before else ""
        return noun in HEADS or noun in TITLE_WORDS or noun[:-1] in TITLE_WORDS

    def _team(self, run: list[int], begin: int, end: int) -> bool:
        """Whether a run after 'the' ends in a capitalised plural that is no known word of
        places, bodies, people or peoples ('Tigers', 'Lakers'; not 'Islands', 'Forces',
        'Democrats', 'Americans'), after a place or plain unknown words, the whole unknown."""
        words, ref = self.words, self.ref
        last, low = words.texts[run[-1]], words.lowers[run[-1]]
        if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "'s", "’s")) \
                or low in ORG_HEADS or low in PLACE_HEADS or low[:-1] in PLACE_HEADS \
                or low in _TEAM_NOT or ref.lookup(last) is not None \
                or ref.country_of(last) or coref.is_person_noun(low)[0]:
            return False
        first = ref.lookup(words.texts[run[0]])
        return ref.lookup(self.text[begin:end]) is None \
            and all(_plain_name_text(words.texts[i]) for i in run) \
            and not any(_title_word(words.lowers[i]) for i in run) \
            and words.lowers[run[0]] not in coref.first_names() \
            and (first is None or first.table == PLACE)

    def _unknown_body(self, run: list[int], begin: int, end: int) -> bool:
        """Whether a run before a kind of body (`BODY_AFTER`) is that body's name: plain name
        words, no known name, no first name first (whose group it may be)."""
        words = self.words
        return all(_plain_name_text(words.texts[i]) for i in run) \
            and words.lowers[run[0]] not in coref.first_names() \
            and self.ref.lookup(self.text[begin:end]) is None \
            and not (len(run) > 2 and words.lowers[run[1]] in coref.first_names()
                     and self.ref.lookup(words.texts[run[0]]) is not None)
        # ('at Google Ana Ruiz': a known body and a person, `_Planner.named_after_body`)

    def _town_in(self, run: list[int], begin: int) -> int:
        """'a base in Maidan Shahr (on Monday)': an unknown run of two or three town words
        right after 'in', 'near' or 'outside' (to the run's first link word), whose first word
        is no first name, and not a possessive ('in Ana Ruiz's view'), is a town: people are
        rarely what something is 'in'. How many words of the run it is (0: none)."""
        text, words = self.text, self.words
        if not self._town_in_at(begin):
            return 0
        town = next((k for k, i in enumerate(run) if words.lowers[i] in LINKS
                     and words.texts[i].islower()), len(run))
        if not 2 <= town <= 3:
            return 0
        run = run[:town]
        end = words.ends[run[-1]]
        if text[end:end + 1] in _APOSTROPHES or not self._unknown_place(run, begin, end) \
                or not all(not _lower_compound(words.texts[i])
                           and words.lowers[i] not in PLACE_HEADS for i in run) \
                or any(self.ref.lookup(words.texts[i]) is not None for i in run):
            # (no modifier: 'in Muslim-majority Mindanao'; no 'Lake' or 'Street', no town; no
            # known word, which the planner reads)
            return 0
        # ('his leadership in Civic Passion': named elsewhere in another way, a body)
        surface = text[begin:end]
        return town if all(self._town_in_at(at) for at in offsets(text, (surface,))) else 0

    def _region_run(self, run: list[int], begin: int, end: int) -> str:
        """"Afghanistan's Maidan Wardak province", 'the Maidan Wardak provincial council': an
        unknown run of plain name words, whose first word is no first name, before a lower-case
        word for a region, or for a local body, is a place: 'region', or 'city' before a city's
        or town's body ('' if none; a single word is `_single`'s; 'state' alone is left out, as
        in 'Ana Ruiz state media')."""
        text = self.text
        if not self._unknown_place(run, begin, end):
            return ""
        local = LOCAL_BODY.match(text, end)
        if local is not None:
            return "city" if local["level"] in ("city", "municipal", "town") else "region"
        hit = REGION_AFTER.match(text, end)
        return "region" if hit is not None and not hit.group().endswith("state") else ""

    def _unknown_place(self, run: list[int], begin: int, end: int) -> bool:
        """Whether a run may name a place the reference does not know: town words only
        (`_town_word`), no first name first, not known as a whole."""
        words = self.words
        return words.lowers[run[0]] not in coref.first_names() \
            and all(_town_word(words.texts[i], words.lowers[i]) for i in run) \
            and self.ref.lookup(self.text[begin:end]) is None

    def _placed(self, at: int) -> bool:
        """Whether 'in', 'near' or 'outside', perhaps with a compass word ('in central'),
        stands right before `at`: what follows is where something is."""
        before = self.text[max(0, at - 20):at].split()
        if before and before[-1].lower() in names.COMPASS:
            before.pop()
        return bool(before) and before[-1] in ("in", "near", "outside")

    def _town_in_at(self, at: int) -> bool:
        """Whether 'in', 'near' or 'outside' stands right before `at`, not after a capitalised
        word ('the Autonomous Region in Muslim Mindanao': the preposition of a name)."""
        text = self.text
        if not _preposition_of_place_before(text, at):
            return False
        hit = TOWN_IN.search(text, max(0, at - 8), at)
        if hit is None:
            return False
        end = hit.start()
        while end > 0 and text[end - 1] in names.SPACES:
            end -= 1
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        return not text[start:start + 1].isupper() or self.initial_at(start)

    def _town_run(self, run: list[int], begin: int, end: int) -> bool:
        """'located in Mountain View, California': an unknown run of town words after a
        preposition of place, followed by a comma and a known region or country (not its
        possessive: 'of Ana Ruiz, Spain's envoy'), is a town too small for the gazetteer (the
        one-word case is `_single`'s)."""
        text, words = self.text, self.words
        if not TOWN_PREPOSITION.search(text, max(0, begin - 9), begin) \
                or not all(_town_word(words.texts[i], words.lowers[i]) for i in run) \
                or self.ref.lookup(text[begin:end]) is not None:
            return False
        after = PLACE_AFTER.match(text, end)
        first = run[-1] + 2  # (the word after the comma)
        if after is None or first >= len(words) or words.starts[first] != after.end():
            return False
        last = first
        while True:
            known = self.ref.lookup(text[words.starts[first]:words.ends[last]])
            if known is not None and known.table == PLACE and known.kind in ("region", "country"):
                return text[words.ends[last]:words.ends[last] + 1] not in _APOSTROPHES
            nxt = last + 1
            if last - first >= 2 or nxt >= len(words) or not words.capitalised(nxt) \
                    or words.starts[nxt] - words.ends[last] != 1:
                return False
            last = nxt

    # -- step 2: resolution -----------------------------------------------------------------
    def _bodies_of_people(self) -> None:
        """'Raymond Chan of People Power', 'Gary Chan of DAB', 'Cyd Ho from the Labour Party':
        an unknown name right after a person's name and 'of' or 'from' is the body the person
        belongs to, not another person ('Ana Roe of Tempe, Arizona': a town, left alone); so is
        an unknown acronym whose person follows ('FTU's Alice Mak')."""
        text, cands = self.text, self.cands
        people = [c for c in cands if c.kind == "person" or (
            c.kind == "known" and c.known is not None and c.known.table == ACTOR)]
        if not people:
            return
        person_ends = {c.end for c in people}
        person_starts = {c.start for c in people}
        for c in cands:
            if c.kind not in ("person", "single") or c.headline or c.title:
                continue
            before = text[max(0, c.start - 12):c.start]
            if "of" not in before and "from" not in before and text[c.end:c.end + 2] not in (
                    "'s", "’s"):
                continue  # (neither rule can apply: most names)
            if c.kind == "single" and text[c.end:c.end + 2] in ("'s", "’s") \
                    and c.end + 3 in person_starts and names.is_acronym(text[c.start:c.end]):
                c.kind, c.sub = "org", "other"  # 'FTU's Alice Mak'
                continue
            gap = _BODY_GAP.search(text, max(0, c.start - 12), c.start)
            if gap is None or gap.start() not in person_ends:
                continue
            after = PLACE_AFTER.match(text, c.end)
            if after and any(o.kind == "place" or o.known is not None and o.known.table == PLACE
                             for o in self._cands_starting(after.end())):
                continue
            c.kind, c.sub = "org", "other"

    def _shared_heads(self, of: Callable[[Known], Entity]) -> None:
        """'the State and Homeland Security Departments', 'the Health and Education Ministries':
        two bodies that share a plural head are two organisations, 'State Department' and
        'Homeland Security Department' (each the reference's entry when it has one), the first
        mentioned by its own words, the second by its words and the head."""
        shared = [c for c in self.cands if c.kind == "org" and c.words[-1] in _SHARED_HEADS
                  and "and" in c.words[1:-2]]  # (a word on each side of 'and', then the head)
        if not shared:
            return  # (nearly every article)
        words = self.words
        for c in shared:
            k = c.words.index("and")
            first = bisect.bisect_left(words.starts, c.start)  # (the run's words: `Words`')
            head, end = _SHARED_HEADS[c.words[-1]], c.end
            parts = ((first, first + k), (first + k + 1, first + len(c.words) - 1))
            for n, (i, j) in enumerate(parts):
                name = " ".join([*words.texts[i:j], head])
                known = self.ref.lookup(name)
                if known is not None and known.table != ORGANISATION:
                    known = None
                part = c if n == 0 else Cand(0, 0, c.kind, (), sub=c.sub, country=c.country,
                                             headline=c.headline)
                if n:
                    self.cands.insert(self.cands.index(c) + 1, part)
                # the first body by its own words, the second by its words and the head
                part.start, part.end = words.starts[i], end if n else words.ends[j - 1]
                part.words = _folded_words(name)
                part.entity = of(known) if known is not None else Entity(
                    ORGANISATION, c.sub, name, country=c.country)
                if known is not None:
                    part.kind, part.known = "known", known
        self._cands_at = None

    def _bodies_everywhere(self) -> None:
        """A name the article shows to be a body somewhere ('localist group Civic Passion') is
        that body wherever else it stands, not a person ('his leadership in Civic Passion')."""
        bodies = {c.words: c.sub for c in self.cands if c.kind == "org"}
        for c in self.cands:
            if c.kind == "person" and c.words in bodies:
                c.kind, c.sub = "org", bodies[c.words]

    def _no_person_after_the(self) -> None:
        """'In the Kowloon West geographical constituency': an unknown name right after 'the'
        whose first word is no first name is a modifier naming something, not a person ('the
        Tom Cruise video' is one)."""
        text, first_names = self.text, coref.first_names()
        for c in self.cands:
            if c.kind == "person" and not c.title and text[max(0, c.start - 4):c.start] in (
                    "the ", "the\u00a0") and c.words[0] not in first_names:
                c.kind = "dropped"

    def _no_person_of_faith_or_storm(self) -> None:
        """'the Roman Catholic cathedral', 'Muslim-majority Mindanao': a faith's adjective is
        no part of a person's name; 'Typhoon Phanfone' is a storm's."""
        for c in self.cands:
            if c.kind == "person" and (c.words[0] in STORMS or any(
                    w.partition("-")[0] in FAITHS for w in c.words)):
                c.kind = "dropped"

    def _no_person_of_place_and_party(self) -> None:
        """'a Florida Republican', 'a Texas Democrat': a known place and a party's member noun
        describe a member of the party from the place, no person of that name."""
        for c in self.cands:
            if c.kind == "person" and 2 <= len(c.words) <= 3 and not c.title:
                words = self.text[c.start:c.end].split()
                place = self.ref.lookup(" ".join(words[:-1]))
                if place is not None and place.table == PLACE and self._party_word(words[-1]):
                    c.kind = "dropped"

    def resolve(self) -> None:
        self._bodies_of_people()
        self._bodies_everywhere()
        self._no_person_after_the()
        self._no_person_of_faith_or_storm()
        self._no_person_of_place_and_party()
        people = [c for c in self.cands if c.kind == "person"]
        tuples = {c.words for c in people}
        for c in people:  # 'Economist Jane Roe' when 'Jane Roe' stands alone elsewhere
            if len(c.words) >= 3 and c.words[1:] in tuples and c.words[0].endswith(ROLE_ENDINGS):
                c.title = self.text[c.start:c.start + len(c.words[0])]
                c.start += len(c.words[0]) + 1
                c.words = c.words[1:]
        full: dict[tuple[str, ...], tuple[str, ...]] = {}
        # every shorter contiguous part of a name seen so far -> the full names of its holders
        parts: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for words in sorted({c.words for c in people}, key=len, reverse=True):
            owners = set(parts.get(words, ()))
            full[words] = owners.pop() if len(owners) == 1 else words
            for size in range(1, len(words)):
                for i in range(len(words) - size + 1):
                    parts.setdefault(words[i:i + size], set()).add(full[words])
        first: dict[tuple[str, ...], Cand] = {}
        for p in people:
            first.setdefault(p.words, p)
        entities: dict[tuple[str, ...], Entity] = {}
        for c in sorted(people, key=lambda c: -len(c.words)):
            canon = full[c.words]
            if canon not in entities:
                display = self.text[first[canon].start:first[canon].end]
                entities[canon] = Entity(ACTOR, "person", " ".join(display.split()))
            c.entity = entities[canon]
            if c.title and not c.entity.title:
                c.entity.title = c.title
        by_part = _owner_index(entities)
        # One entity per reference entry for all its candidates: nothing changes them before
        # `emit`, where each would be merged into the first added (equal fields, equal key);
        # the first added is then also the one kept, without an enrichment pass per mention.
        made: dict[int, Entity] = {}

        def of(known: Known) -> Entity:
            entity = made.get(id(known))
            if entity is None:
                entity = made[id(known)] = _from_known(known)
            return entity

        for c in self.cands:
            if c.kind == "known":
                c.entity = made.get(id(c.known)) or of(c.known)  # type: ignore[arg-type]
                if len(c.words) == 1 and c.known.table != ACTOR:  # type: ignore[union-attr]
                    owner = _owner(c.words, by_part)
                    if owner is not None:  # 'Paris' of 'Ana Paris', not the city
                        c.entity = owner
            elif c.kind in ("org", "place"):
                table = ORGANISATION if c.kind == "org" else PLACE
                name = " ".join(self.text[c.start:c.end].split())
                c.entity = Entity(table, c.sub, _place_name(name) if table == PLACE else name,
                                  country=c.country)
            elif c.kind == "nationality":
                country = self.ref.countries.get(c.country)
                c.entity = of(country) if country else None
        self._shared_heads(of)
        self._acronyms()
        # known people and organisations by their folded words; singles still unresolved
        known_people: dict[tuple[str, ...], Entity] = {}
        orgs: dict[tuple[str, ...], Entity] = {}
        singles: list[Cand] = []
        for c in self.cands:
            kind, entity = c.kind, c.entity
            if entity is None:
                if kind == "single":
                    singles.append(c)
            elif kind == "known" and entity.table == ACTOR:
                known_people[_folded_words(entity.name)] = entity
            elif kind in ("org", "known") and entity.table == ORGANISATION:
                orgs[_folded_words(entity.name)] = entity
        if known_people.keys().isdisjoint(entities):
            _owner_index(known_people, by_part)  # (`_owner_index(entities | known_people)`)
        else:
            by_part = _owner_index(entities | known_people)
        org_by_word: dict[str, list[Entity]] = {}  # word -> orgs whose name has it, in order
        for words, org in orgs.items():
            for word in dict.fromkeys(words):
                org_by_word.setdefault(word, []).append(org)
        for c in singles:
            c.entity = self._single(c, by_part, org_by_word)
        # A word the article once shows to be a name is that name wherever else it stands
        # alone ('X said in a statement' ... 'a X attorney').
        named = {c.words: c.entity for c in singles if c.entity is not None
                 and c.entity.table != PLACE}
        for c in singles:
            if c.entity is None and c.words in named and self.text[c.start:c.end].lower() \
                    not in names.STOP:
                c.entity = named[c.words]

    def _acronyms(self) -> None:
        """'Agence France-Presse (AFP)': the bracketed acronym names the organisation."""
        if "(" not in self.text:
            return  # (no bracket, no acronym defined)
        singles: dict[str, list[Cand]] | None = None  # made for the first acronym found
        for c in self.cands:
            if c.entity is None or c.entity.table != ORGANISATION:
                continue
            m = ACRONYM_DEF.match(self.text, c.end)
            if m:
                if singles is None:
                    singles = {}
                    for other in self.cands:
                        if other.kind == "single":
                            singles.setdefault(self.text[other.start:other.end], []).append(other)
                for other in singles.get(m["acr"], ()):
                    other.entity = c.entity

    def _single(self, c: Cand, people: dict[tuple[str, ...], dict[int, Entity]],
                org_by_word: dict[str, list[Entity]]) -> Entity | None:
        word = self.text[c.start:c.end]
        owner = _owner(c.words, people) or _owner_as_written(word, c.words, people)
        if owner is not None:
            return owner
        if self.text[c.end:c.end + 1] == "," and c.words[0] not in _CALENDAR \
                and self._town_before_place(c):
            # 'Irving, Texas' beside the 'Irving Police Department'
            return Entity(PLACE, "city", _place_name(word))
        holders = org_by_word.get(c.words[0], [])
        if c.words[0] in ORG_HEADS:
            heads = {id(org): org for org in holders}
            if len(heads) == 1:
                return next(iter(heads.values()))  # 'the Bank' after 'the Bank of England'
        elif holders and c.words[0] not in names.STOP and not self._placed(c.start):
            return holders[0]  # ('Velmont' after 'Velmont Corp'; not 'in central Tarrow')
        low = word.lower()
        if c.headline or low in BLOCK or _person_noun(low):
            return None  # 'Officials said': a common noun opening a sentence
        if low in names.STOP:  # ('the founder of FIRST': a word written all in capitals after
            # an organisation's role is a name)
            return Entity(ORGANISATION, "other", word) if len(word) > 2 and word.isupper() \
                and self.org_cue(c) else None
        if c.title or self._honorific_before(c.start) or APPOSED_PERSON.match(self.text, c.end):
            # 'Mr X said in a statement', 'X, a spokesman for the firm,': a person, whatever
            # the words around would make of a bare name
            return Entity(ACTOR, "person", word, title=c.title)
        if self.org_cue(c):
            return Entity(ORGANISATION, "other", word)
        if SPEECH.match(self.text, c.end) and not names.is_acronym(word):
            return Entity(ACTOR, "person", word, title=c.title)
        if names.is_camel(word):
            return Entity(ORGANISATION, "platform", word)
        before = self.text[max(0, c.start - 20):c.start]
        if ("of" in before or "capital," in before) \
                and TOWN_BEFORE.search(self.text, max(0, c.start - 20), c.start):
            return Entity(PLACE, "city", _place_name(word))  # 'the town of X', 'the capital, X'
        if REGION_AFTER.match(self.text, c.end) or "of" in before and REGION_BEFORE.search(
                self.text, max(0, c.start - 20), c.start):
            return Entity(PLACE, "region", _place_name(word))
        return None

    def _honorific_before(self, start: int) -> bool:
        """Whether the word before `start`, a space apart, is an honorific ('Mr', 'Dr.'), which
        the title of a single name leaves out."""
        before = self.text[max(0, start - 8):start]
        return before[-1:].isspace() and bool(before.split()) \
            and before.split()[-1].rstrip(".").lower() in names.HONORIFICS

    def _town_before_place(self, c: Cand) -> bool:
        """'Tempe, Arizona': an unknown word and a comma before a known place."""
        after = PLACE_AFTER.match(self.text, c.end)
        # (not 'On Monday, Hungarian ...': a nationality is no place the town is in)
        return after is not None and any(o.entity is not None and o.entity.table == PLACE
                                         and o.kind != "nationality"
                                         for o in self._cands_starting(after.end()))

    def _cands_starting(self, start: int) -> list[Cand]:
        """The candidates that begin at `start` (an index made on the first question: only a
        name followed by a comma asks)."""
        if self._cands_at is None:
            self._cands_at = {}
            for c in self.cands:
                self._cands_at.setdefault(c.start, []).append(c)
        return self._cands_at.get(start, [])

    def org_cue(self, c: Cand) -> bool:
        """An unknown single name the sentence makes an organisation: 'a spokesman for X',
        'a member of X', 'X said in a statement', 'X officials', 'the X group'."""
        text, word = self.text, self.text[c.start:c.end]
        if text[c.end:c.end + 2] in ("'s", "’s") and not ORG_AFTER.match(text, c.end):
            # 'a member of Smith's team': the owner of something else; 'Demosisto's Nathan
            # Law won': of a person named, a body the person is of
            return NAMED_AFTER.match(text, c.end) is not None
        if KIN_AFTER.match(text, c.end):
            return False  # 'a member of the Zulu tribe': a people, not an organisation
        word_end = _org_before_word_end(text, c.start)
        if word_end >= 0:
            # 'the' is tried where it must begin, not searched for; only a word that is not
            # 'the' may end in a preposition of `ORG_BEFORE`
            pos = max(0, c.start - 40)
            at = word_end - 3
            if ORG_BEFORE.search(text, pos, c.start):
                return True  # 'a spokesman for X', 'the founder of the X'
            if at >= pos and THE_BEFORE.match(text, at, c.start) \
                    and GROUP_AFTER.match(text, c.end):
                return True
        if names.is_acronym(word) and ACRONYM_OFFICE.match(text, c.end):
            return True  # 'FIFA president Gianni Infantino': an unknown acronym's office
        after = ORG_AFTER.match(text, c.end)
        return after is not None and (
            not names.is_acronym(word) or STATEMENT.match(text, c.end) is not None) \
            and not ((word.lower() in _OPENING_ADJECTIVES
                      or after.group().split()[-1].lower() in _TEAM_OFFICES)
                     and self.initial_at(c.start))  # ('Campaign manager Ana Ruiz')

    # -- step 3: mentions, owned organisations, descriptions, affiliations -------------------
    def emit(self) -> None:
        spans: list[tuple[int, int, Entity, str]] = []  # added at once (`add_mentions`)
        add = spans.append
        for c in sorted(self.cands, key=_START):
            entity = c.entity
            if entity is None:
                continue
            if c.kind != "nationality":
                add((c.start, c.end, entity, "name"))
            elif self.text[c.end - 1] == "s" \
                    and fold(self.text[c.start:c.end]) in self.ref.plural_demonyms:
                group = Entity(ACTOR, "group", self.text[c.start:c.end], country=c.country,
                               scope=self.doc)
                add((c.start, c.end, group, "name"))
            else:
                add((c.start, c.end, entity, "nationality"))
        self.found.add_mentions(spans)

    def local_bodies(self) -> None:
        """'the Democratic Party' in an article about Hong Kong, 'the Coast Guard' in one about
        the Philippines: a party or armed service of the reference named only by words any
        country's may bear (no country or nationality in them, no acronym) is the reference's
        where the article names its country; in an article about another country that never
        names it, it is that country's body of the name (the article's focal country, no
        Wikidata id, named as the article names it), not the reference's."""
        focal = self.focal_country()  # (syncs the counts of countries named)
        if not focal:
            return
        named, text = self._countries, self.text
        generic: dict[int, tuple[Entity, str]] = {}
        specific: set[int] = set()
        for m in self.found.mentions:
            e = m.entity
            if e.table != ORGANISATION or e.kind not in LOCAL_KINDS or not e.country \
                    or e.country == focal or named[e.country]:
                continue
            surface = text[m.start:m.end]
            if m.mention_type != "name" or names.is_acronym(surface) \
                    or any(self.ref.country_of(w) for w in surface.split()):
                specific.add(id(e))
            else:
                generic.setdefault(id(e), (e, surface))
        for key, (e, surface) in generic.items():
            if key not in specific:
                self.found.entities.pop(e.key, None)
                e.country, e.wikidata_id = focal, ""
                if e.name not in text:  # ('United States Coast Guard': the reference's name)
                    e.name = " ".join(surface.split()).removeprefix("the ").removeprefix("The ")
                self.found.entities.setdefault(e.key, e)

    def owned(self) -> None:
        """'Peru's army', 'the Chilean military', 'the Lula government'."""
        # Mentions replaced by their office are removed together at the end (nothing here asks
        # about mentions, so the result is that of removing each at once).
        replaced: list[Mention] = []
        text = self.text
        for m in list(self.found.mentions):
            # (`OFFICE` begins with an apostrophe, `OWNED` with one or a space)
            after = text[m.end:m.end + 1]
            if after in _APOSTROPHES:
                office = OFFICE.match(text, m.end)
                if office and m.entity.table == ORGANISATION and m.mention_type == "name":
                    name = " ".join(text[m.start:office.end()].split())
                    replaced.append(m)  # the office is the organisation named
                    self.found.add_mention(m.start, office.end(), Entity(
                        ORGANISATION, m.entity.kind, name, country=m.entity.country), "name")
                    continue
            elif after not in names.SPACES:
                continue
            if m.entity.table == ORGANISATION:
                continue
            if m.entity.table == PLACE and m.entity.kind != "country":
                local = LOCAL_BODY.match(text, m.end)
                if local is not None:  # 'the Kunduz provincial council'
                    name = " ".join(text[m.start:local.end()].split())
                    self.found.add_mention(m.start, local.end(), Entity(
                        ORGANISATION, "government", name, country=m.entity.country), "name")
                    continue
            ministry = OWNED_MINISTRY.match(text, m.end) \
                if m.entity.table == PLACE and m.entity.kind == "country" else None
            if ministry is not None:  # "Montenegro's foreign ministry", "the Serbian foreign
                # ministry": a ministry of that country's government
                self.found.add_mention(m.start, ministry.end(), self.ministry(
                    ministry["portfolio"], m.entity.country), "description")
                continue
            hit = OWNED.match(text, m.end)
            if hit is None:
                continue
            modifier = ADJECTIVAL.match(text, hit.end())
            if modifier is not None and not (PERSON_AFTER.match(text, hit.end())
                                             and m.entity.table == PLACE):
                continue  # 'Peru's army units': the army is not what is named
            # ('a German government source': the government is named, the source one of its)
            noun = " ".join(hit.group(1).lower().split())
            org = self._owned_org(m, noun)
            if org is not None:
                kind = "name" if hit.group(1)[0].isupper() else "description"
                if kind == "name":  # ('Peru's Congress': not the 'Congress' of the reference)
                    replaced += [x for x in self.found.mentions_between(m.end, hit.end())
                                 if x.entity.table == ORGANISATION]
                self.found.add_mention(m.start, hit.end(), org, kind)
        for c in self.cands:
            if c.entity is None and c.kind == "single" and not c.headline \
                    and self._after_the(c.start):
                self._named_government(c)
        if replaced:
            self.found.remove_mentions(replaced)
            self.stale()
        self._bare_government()

    def _bare_government(self) -> None:
        """'the government announced ...': with no country before it, the government is the one
        of the country the article is about (its national government, as 'the Turkish
        government' would name it); 'the government officials' only modifies a noun."""
        text, found = self.text, self.found
        government: Entity | None = None
        for hit in _bare_government_hits(text):
            if found.mention_covering(hit.start(), hit.end()) is not None \
                    or ADJECTIVAL.match(text, hit.end()):
                continue
            of = COMPLEMENT.match(text, hit.end())
            if of is not None:  # 'the government of Samoa': that country's, if a country's
                place = found.mention_covering(of.end(), of.end() + 1)
                if place is not None and place.start == of.end() and place.entity.table == PLACE \
                        and place.entity.kind == "country":
                    owner = self.national(place.entity.country, "government")
                    if owner is not None:
                        found.add_mention(hit.start("noun"), hit.end(), owner, "description")
                continue
            government = government or self.national(self.focal_country(), "government")
            if government is None:
                return
            # (the mention is the noun's, as it is in 'members of the government')
            government = found.add_mention(hit.start("noun"), hit.end(), government,
                                           "description").entity

    def _named_government(self, c: Cand) -> None:
        """'the Monti government', 'the Labor government': an unknown word that names nothing
        else in the article, after 'the' and before a lower-case 'government', 'administration'
        or 'regime' (not a modifier of a noun after it: 'the X government officials'), names a
        government of its own, by the word (its leader or its party)."""
        text = self.text
        hit = GOVERNED.match(text, c.end)
        if hit is None or ADJECTIVAL.match(text, hit.end()):
            return
        word = text[c.start:c.end]
        if word.lower() in BLOCK or self.ref.country_of(word) or not word[0].isupper():
            return
        # 'the Conservative government': a party's is the national government of the country
        # the article is about
        national = self.national(self.focal_country(), "government") \
            if self._party_word(word) else None
        name = f"{word} {hit.group(1)}"
        self.found.add_mention(c.start, hit.end(), national or Entity(
            ORGANISATION, "government", name), "name")

    def _party_word(self, word: str) -> bool:
        """Whether a word names a political party of the reference ('Conservative', 'Labor')."""
        known = self.ref.lookup(f"{word} Party") or self.ref.lookup(f"{word}s")
        return known is not None and known.table == ORGANISATION and known.kind == "political"

    def _owned_org(self, owner: Mention, noun: str) -> Entity | None:
        entity, ref = owner.entity, self.ref
        country = entity.country if entity.table == PLACE and entity.kind == "country" else ""
        if entity.table == ACTOR and entity.kind == "person":
            known = ref.lookup(entity.name)
            country = known.heads if known is not None else ""
            if not country:
                return Entity(ORGANISATION, "government", f"{entity.name} {noun}")
        if not country:
            return None
        place = ref.countries.get(country)
        country_name = place.name if place else country
        represents = REPRESENTS.get(noun)
        if represents:
            return self.national(country, represents)
        if noun == "opposition":
            return Entity(ORGANISATION, "political", f"Opposition in {country_name}",
                          country=country)
        surface = self.text[owner.start:owner.end]
        return Entity(ORGANISATION, "military", f"{surface} {noun.title()}", country=country)

    def ministry(self, portfolio: str, country: str) -> Entity:
        """The ministry of a portfolio ('foreign', 'interior') of a country's government."""
        place = self.ref.countries.get(country)
        return Entity(ORGANISATION, "government",
                      f"{' '.join(portfolio.split()).title()} Ministry of "
                      f"{place.name if place else country}", country=country)

    def national(self, country: str, represents: str) -> Entity | None:
        """The country's government, armed forces or legislature (reference, else by name)."""
        if not country:
            return None
        known = self.ref.national.get((country, represents))
        if known is not None:
            return _from_known(known)
        place = self.ref.countries.get(country)
        kind = "military" if represents == "armed_forces" else "government"
        label = {"government": "Government", "armed_forces": "Armed forces",
                 "legislature": "Parliament"}[represents]
        return Entity(ORGANISATION, kind, f"{label} of {place.name if place else country}",
                      country=country)

    @staticmethod
    def from_known(known: Known) -> Entity:
        """A new entity for a reference entry (added to `found` by the caller)."""
        return _from_known(known)

    def party_named_by(self, word: str) -> Entity | None:
        """The political party of the reference that a capitalised adjective or member noun
        names ('Republican', 'Democrat', 'Labour'), if the article names that party."""
        for name in (f"{word} Party", f"{word}s", word):
            known = self.ref.lookup(name)
            if known is not None and known.table == ORGANISATION and known.kind == "political":
                party = self.found.entities.get(_from_known(known).key)
                return party if party is not None and self.mentioned(party) else None
        return None

    def complement(self, end: int) -> Mention | None:
        """The organisation or place a plural person noun belongs to: 'members of X',
        'commanders of the X', 'critics of X'."""
        link = COMPLEMENT.match(self.text, end)
        if link is None:
            return None
        m = self.found.mention_covering(link.end(), link.end() + 1)
        if m is None or m.start != link.end() or m.entity.table == ACTOR:
            return None
        return m

    def focal_country(self) -> str:
        """The country the article names most often, counting its towns and regions as
        mentions of their country ('protests in Caracas ... the United States called on', an
        article about Venezuela); the first named of equals."""
        self._sync_mentions()
        return self._places.most_common(1)[0][0] if self._places else ""

    def unnamed(self) -> None:
        """Anonymous and group actors from descriptions, and roles of the people they name."""
        text = self.text
        named = sorted([m for m in self.found.mentions if m.mention_type == "name"],
                       key=_START)
        # the last anonymous actor introduced, overall and per head noun
        last_anonymous: Entity | None = None
        anonymous: dict[str, Entity] = {}
        bodied: dict[str, Entity] = {}  # head noun -> the last group named with its body
        apposed: set[str] = set()  # heads whose last anonymous actor is a named person
        collectives: dict[str, Entity] = {}  # head -> the last group of 'a police unit'
        counts: Counter[str] = Counter()
        starts = list(map(_START, named))
        longest = max(map(sub, map(_END, named), starts), default=0)
        titles = [(a, b) for a, b in coref.quotation_marks(text)
                  if len(text[a:b].split()) <= 3] if '"' in text or "“" in text else []
        for d in descriptions(text, self.words):
            if titles and any(a <= d.start and d.end <= b for a, b in titles) \
                    or text[d.start - 1:d.start] in ("'", "‘") and text[d.end:d.end + 1] in (
                        "'", "’"):
                continue  # (a law 'on "foreign agents"': a phrase in quotes is no one's group)
            # named mentions that may overlap the description, then those that may be apposed
            near = named[bisect.bisect_right(starts, d.start - longest):
                         bisect.bisect_left(starts, d.end)]
            if near and any(m.start < d.end and d.start < m.end and not (d.start <= m.start
                            and m.end <= d.end) or m.end == d.end for m in near):
                continue  # (a head that ends a name is the name's: 'the Revolutionary Guards')
            if not d.plural or text[d.start:d.end].split()[-1][:1].isupper():
                # 'said Ambassador Mohib', 'Senators Ana Ruiz and ...': a title of the name
                # that follows
                k = bisect.bisect_left(starts, d.end)
                if k < len(named) and named[k].entity.table == ACTOR \
                        and named[k].entity.kind == "person" \
                        and text[d.end:named[k].start] in (" ", "\u00a0"):
                    continue
            country = next(filter(None, map(self.ref.country_of, d.mods.split())), "") \
                if d.mods else ""
            if d.head in COLLECTIVE and not d.plural:
                self._collective(d, country, collectives, counts)
                continue
            if d.head in COLLECTIVE and not d.det and not d.mods \
                    and self.complement(d.end) is None:
                continue  # bare 'units' may be housing units: a body needs more words
            near = named[bisect.bisect_right(starts, d.start - 40):
                         bisect.bisect_left(starts, d.end + 200)]
            people = affiliations.apposed_people(text, d.start, d.end, near)
            if people:
                for person in people:
                    affiliations.from_phrase(self, person, d.start, d.end, d.head, d.mods)
                if not d.plural:
                    # 'X, a student, ... the student': the description names X later on
                    anonymous[d.head] = people[0].entity
                    apposed.add(d.head)
                    continue
                if len(people) >= 2:  # 'two nurses, A and B': the group of A and B
                    group = coref.group_of(self.found, people, self.doc)
                    self.found.add_mention(d.start, d.end, group, "description")
                    continue
            if d.plural:
                body = self.complement(d.end)
                if body is None and d.head in RELATIONAL:
                    continue  # 'the rescued members': a relation with nothing to relate to
                # Only a nationality or 'former' just before the noun names the group, or the
                # body its fighters fight for ('Taliban fighters', not the Hamas ones)
                last = d.mods.split()[-1:]
                mods = [w if self.ref.country_of(w) else "former" for w in last
                        if self.ref.country_of(w) or w.lower() == "former"]
                fighting_for = [] if mods or d.head not in FIGHTERS else [
                    text[m.start:m.end] for m in self.found.mentions_between(d.start, d.end)
                    if m.entity.table == ORGANISATION and len(text[m.end:d.end].split()) == 1]
                mods = mods or fighting_for[:1]
                head = " ".join(text[d.start:d.end].split()[-len(d.head.split()):])
                head = head if head[:1].islower() else head.lower()
                end = d.end if body is None else body.end
                name = " ".join([*mods, head, *text[d.end:end].split()])
                group = Entity(ACTOR, "group", name, country=country, scope=self.doc)
                if body is None and not mods and d.head in bodied:
                    group = bodied[d.head]  # 'rebels from X' ... 'the rebels'
                added = self.found.add_mention(d.start, end, group, "description")
                group = added.entity
                if fighting_for:  # ('Houthi rebels' ... 'the rebels')
                    bodied[d.head] = group
                if body is None:  # 'German officials', 'US military officials'
                    affiliations.from_phrase(self, added, d.start, d.end, d.head, d.mods)
                    self._of_body_inside(added, d)
                else:
                    bodied[d.head] = group
                if body is not None and body.entity.table == ORGANISATION \
                        and d.head in MEMBERSHIP:
                    status = "former" if names.FORMER.search(d.mods) else "current"
                    self.found.affiliations.append(Affiliation(
                        group, body.entity, status, d.start, end, role=d.head))
                    for person in affiliations.included_people(self, end):
                        if not self.affiliated(person.entity, body.entity):
                            self.found.affiliations.append(Affiliation(
                                person.entity, body.entity, status, d.start, person.end,
                                role=d.head))
                continue
            if d.definite:
                earlier = last_anonymous if d.head in GENERIC else anonymous.get(d.head)
                if d.head in apposed and RELATIVE_AFTER.match(text, d.end):
                    continue  # ('the member who wishes to leave': any member, not X)
                if earlier is not None:
                    self.found.add_mention(d.start, d.end, earlier, "description")
                continue
            body = self._body_after(d)
            if body is None:
                counts[d.head] += 1
                base = " ".join(["unnamed", *[w for w in d.mods.split() if w.islower()],
                                 d.head])
                name = base if counts[d.head] == 1 else f"{base} {counts[d.head]}"
            else:  # named, and mentioned, to the body's end, as 'members of X' is
                name = " ".join(text[d.start:body.end].split()[1 if d.det else 0:])
            nameless = Entity(ACTOR, "anonymous", name, country=country, scope=self.doc)
            added = self.found.add_mention(d.start, body.end if body else d.end, nameless,
                                           "description")
            anonymous[d.head] = last_anonymous = added.entity
            apposed.discard(d.head)
            affiliations.from_phrase(self, added, d.start, d.end, d.head, d.mods)
            self._of_body_inside(added, d)
            org = self._body_of(body) if body is not None else None
            if org is not None and not self.affiliated(added.entity, org):
                status = "former" if names.FORMER.search(d.mods) else "current"
                self.found.affiliations.append(Affiliation(
                    added.entity, org, status, d.start, added.end, role=d.head))

    def _body_after(self, d: Description) -> Mention | None:
        """'a spokesman for the Interior Ministry', 'a source within the central Interior
        Ministry', 'a spokesperson for President X': the body, or the head of state, named
        right after a noun for someone who speaks or acts for one."""
        if d.head not in SPEAKS_FOR:
            return None
        link = BODY_LINK.match(self.text, d.end)
        if link is None:
            return None
        at = link.end()
        return next((m for m in self.found.mentions_starting(at, at + 40)
                     if m.entity.table == ORGANISATION and m.start == at
                     or self._titled_at(at, m.start) and self._body_of(m) is not None), None)

    def _titled_at(self, at: int, start: int) -> bool:
        """Whether only a title ('President', 'Prime Minister') stands between `at` and `start`."""
        return all(w.lower().rstrip(".") in TITLE_WORDS for w in self.text[at:start].split())

    def _body_of(self, m: Mention) -> Entity | None:
        """The organisation a mention stands for: itself, or the government of the country the
        reference says a person named heads, if the article mentions that government."""
        if m.entity.table == ORGANISATION:
            return m.entity
        if m.entity.table != ACTOR or m.entity.kind != "person":
            return None
        known = self.ref.lookup(m.entity.name)
        government = self.national(known.heads, "government") if known is not None else None
        if government is None:
            return None
        government = self.found.entities.get(government.key)
        return government if government is not None and self.mentioned(government) else None

    def _of_body_inside(self, actor: Mention, d: Description) -> None:
        """'a German government source': a description whose modifiers name an organisation
        describes someone of it, whatever the head noun ('source' is no office)."""
        if d.head not in MEMBERSHIP and d.head not in OF_BODY and d.head not in FIGHTERS:
            return  # ('Peruvian Army veterans' have left it)
        for m in self.found.mentions_between(d.start, d.end):
            org = m.entity  # (right before the head noun: not 'officers from X's army')
            if org.table == ORGANISATION and len(self.text[m.end:d.end].split()) == 1 \
                    and not self.affiliated(actor.entity, org):
                status = "former" if names.FORMER.search(d.mods) else "current"
                self.found.affiliations.append(Affiliation(
                    actor.entity, org, status, d.start, d.end, role=d.head))

    def _collective(self, d: Description, country: str,
                    collectives: dict[str, Entity], counts: Counter[str]) -> None:
        """'a police unit' is a new group actor ('police unit'); 'the unit' the last one."""
        if d.definite:
            earlier = collectives.get(d.head)
            if earlier is not None:
                self.found.add_mention(d.start, d.end, earlier, "description")
            return
        mods = [w for w in d.mods.split() if w.islower()]
        if d.head == "unit" and not mods:
            return  # 'a unit' alone may be a flat or a measure
        counts[d.head] += 1
        base = " ".join([*mods, d.head])
        name = base if counts[d.head] == 1 else f"{base} {counts[d.head]}"
        group = Entity(ACTOR, "group", name, country=country, scope=self.doc)
        group = self.found.add_mention(d.start, d.end, group, "description").entity
        collectives[d.head] = group


@lru_cache(maxsize=65_536)  # a pure test of a word (the lexicon is read once)
def _person_noun(low: str) -> bool:
    """'officials', 'witnesses', 'police officer': words for people, not names of them."""
    return low in HEADS or coref.is_person_noun(low)[0] or (
        low.endswith("es") and low[:-2] in HEADS)


@lru_cache(maxsize=65_536)  # a pure function of a name, asked again for each pair of names
def _org_words(name: str) -> tuple[str, ...]:
    words = fold(name).split()
    return tuple(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


@lru_cache(maxsize=65_536)  # (as `_org_words`)
def _last_word(name: str) -> str:
    words = _org_words(name)
    return words[-1] if words else ""


_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in names.CONNECTORS)


@lru_cache(maxsize=65_536)  # a pure function of two names (the reference is read once)
def _variant(short: str, long: str) -> bool:
    """Whether two organisation names in one article name one body: equal but for a leading
    'the', or equal but for a first part that is an abbreviation ('NY Port Authority' /
    'New York Port Authority': initials, or one reference entry for both parts)."""
    ref = load()
    a, b = _org_words(short), _org_words(long)
    if a == b:
        return True
    for i in range(1, len(a)):
        rest = a[i:]
        if len(b) <= len(rest) or b[len(b) - len(rest):] != rest:
            continue
        head_a, head_b = a[:i], b[:len(b) - len(rest)]
        acronym = "".join(head_a).replace(".", "")
        if len(head_a) == 1 and len(head_b) >= 2 and acronym == _initials(head_b):
            return True
        known_a, known_b = ref.lookup(" ".join(head_a)), ref.lookup(" ".join(head_b))
        if known_a is not None and known_a == known_b:
            return True
    return False


def merge_variants(finder: _Finder) -> None:
    """One organisation for the variants of its name used in the article (see `_variant`):
    mentions and affiliations move to the reference entry if one of them is, else to the longer
    name, except that of two names differing by a leading 'the' the one without it is kept."""
    found = finder.found
    alive = [e for e in found.entities.values() if e.table == ORGANISATION and not e.scope]
    # Two variants end in the same word (`_variant`): each name is compared only with the names
    # sharing its last word, kept in the order of `alive`.
    by_last: dict[str, list[Entity]] = {}
    for e in alive:
        by_last.setdefault(_last_word(e.name), []).append(e)
    alive_ids = {id(e) for e in alive}
    merged: dict[int, Entity] = {}  # id of a dropped organisation -> the one that took it
    for short in sorted(alive, key=lambda e: len(e.name)):
        if id(short) not in alive_ids:
            continue
        same_last = by_last[_last_word(short.name)]
        target = next((o for o in same_last if o is not short and len(o.name) >= len(short.name)
                       and not (short.wikidata_id and o.wikidata_id)
                       and _variant(short.name, o.name)), None)
        if target is None and _ACRONYM.fullmatch(short.name) and not short.wikidata_id:
            # 'the Rapid Support Forces ... the RSF': an unknown acronym of a body's initials
            target = next((o for o in alive if id(o) in alive_ids and o is not short
                           and _initials(_org_words(o.name)) == short.name.lower()), None)
        if target is None:
            continue
        drop, keep = short, target
        if short.wikidata_id or (not target.wikidata_id and _org_words(short.name) == _org_words(
                target.name) and fold(target.name).startswith("the ")):
            drop, keep = target, short
        alive_ids.discard(id(drop))
        by_last[_last_word(drop.name)].remove(drop)
        merged[id(drop)] = keep
        found.entities.pop(drop.key, None)
    if not merged:
        return

    def final(entity: Entity) -> Entity:
        while id(entity) in merged:  # a name merged into one that was merged in turn
            entity = merged[id(entity)]
        return entity

    # (every dropped organisation stays referenced until here, so no id is reused)
    for m in found.mentions:
        if id(m.entity) in merged:
            m.entity = final(m.entity)
    for a in found.affiliations:
        if id(a.organisation) in merged:
            a.organisation = final(a.organisation)
    finder.stale()


_COMPASS_POINTS: Final = names.COMPASS - {"northern", "southern", "eastern", "western", "central"}


def _ends_in_compass(lows: list[str]) -> bool:
    """Whether a run of two words or more ends in a point of the compass ('... West')."""
    return len(lows) >= 2 and lows[-1] in _COMPASS_POINTS


def _title_word(low: str) -> bool:
    """A word of a title before a name: 'Colonel', 'Dr.', 'Ex-Prime' (a former one),
    'President-elect' (one to be), 'Secretary-General' (offices joined)."""
    word = low.rstrip(".").removeprefix("ex-").removesuffix("-elect").removesuffix("-designate")
    return word in TITLE_WORDS or "-" in word \
        and names.hyphenated_office(word, TITLE_WORDS, TITLE_WORDS)


def _preposition_of_place_before(text: str, at: int) -> bool:
    """Whether the text before `at` may end in 'in', 'near' or 'outside' and spaces (a plain
    test of a few characters, before `TOWN_IN` is tried: most runs follow no such word)."""
    return text[max(0, at - 9):at].rstrip(" \u00a0").endswith(("in", "near", "outside"))


def _lower_compound(word: str) -> bool:
    """'Muslim-majority', 'Kremlin-backed': a compound whose last part is in lower case, a
    modifier ('Stratford-upon-Avon' ends in a capital)."""
    return "-" in word and word.rpartition("-")[2].islower()


def _place_name(name: str) -> str:
    """A place's name as written, but in title case when written in capitals ('MARRAKECH,
    Morocco (AP)': a dateline's); an acronym of four letters or fewer stays."""
    return name.title() if name.isupper() and len(name) > 4 else name


def _town_word(word: str, low: str) -> bool:
    """A word of a town's name: a name word ('Mountain', 'View', 'de'), no head of a body."""
    return low in names.PARTICLES or word[0].isalpha() and low not in names.STOP \
        and low not in ORG_HEADS and low not in BLOCK


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """The surnames of the US census list shipped with the `names` package, in lower case, read
    once per process."""
    lines = (resources.files("names") / "dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split(" ", 1)[0].lower() for line in lines.splitlines())


@lru_cache(maxsize=1)
def word_surnames() -> frozenset[str]:
    """The stop words and `BLOCK` words that are also census surnames ('law', 'to', 'or',
    'may'). Days are left out: after a first name they name a holiday ('Victoria Day', 'Easter
    Monday')."""
    return census_surnames() & ((names.STOP | BLOCK) - names.DAYS - {"day"})


@lru_cache(maxsize=65_536)  # a pure test of a word, asked for the same words again and again
def _plain_name_text(text: str) -> bool:
    """A word that can be part of a person's name."""
    low = text.lower()
    bare = low.rstrip(".")
    return (text[0].isalpha() and not names.is_acronym(text.rstrip("."))
            or len(text) == 2 and text.endswith(".")
            # initials written together ('J.K. Rowling'), not a dotted abbreviation ('U.S.')
            or len(bare) > 1 and text.endswith(".") and text.isupper() and initials(bare)
            and bare not in ABBREVIATIONS) \
        and bare not in names.STOP and bare not in ORG_HEADS \
        and (bare not in PLACE_HEADS or bare in names.SURNAME_HEADS) \
        and bare not in BLOCK or low in names.PARTICLES


def _owner_index(people: dict[tuple[str, ...], Entity],
                 index: dict[tuple[str, ...], dict[int, Entity]] | None = None
                 ) -> dict[tuple[str, ...], dict[int, Entity]]:
    """Every shorter contiguous part of each full name -> the people whose name holds it;
    added to `index` if given (the index of other full names: the one of both)."""
    if index is None:
        index = {}
    for full, entity in people.items():
        for size in range(1, len(full)):
            for i in range(len(full) - size + 1):
                index.setdefault(full[i:i + size], {})[id(entity)] = entity
    return index


@lru_cache(maxsize=65_536)  # a pure function of a name
def _folded_words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `short` is a contiguous part of `long` (a surname form of a full name)."""
    n = len(short)
    return n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _owner(words: tuple[str, ...], index: dict[tuple[str, ...], dict[int, Entity]]
           ) -> Entity | None:
    """The one person whose full name holds `words` as a part (`_owner_index`), if just one."""
    owners = index.get(words)
    if not owners or len(owners) != 1 or words[0] in names.PARTICLES:
        return None
    return next(iter(owners.values()))


def _owner_as_written(word: str, words: tuple[str, ...],
                      index: dict[tuple[str, ...], dict[int, Entity]]) -> Entity | None:
    """Of several people whose names hold `words` folded ('Şahin' and 'Sahin'), the one
    whose name holds `word` as written, if just one does."""
    owners = index.get(words)
    if not owners or len(owners) < 2:
        return None
    exact = [e for e in owners.values() if word in e.name.split()]
    return exact[0] if len(exact) == 1 else None


class _Step(NamedTuple):
    """A candidate of a run's words [first, last] (`Cand`'s fields), or with no `kind`, a
    run of the words from `first` on to take as a run of its own."""

    first: int
    last: int
    kind: str
    words: tuple[str, ...] = ()
    known: Known | None = None
    sub: str = ""
    country: str = ""
    title: str = ""
    headline: bool = False


class _Planner:
    """`_plan` of one run: its words as offsets into its text (`surface`)."""

    def __init__(self, surface: str, bounds: tuple[tuple[int, int], ...], headline: bool
                 ) -> None:
        self.surface, self.bounds, self.headline = surface, bounds, headline
        self.texts = [surface[a:b] for a, b in bounds]
        self.lows = [w.lower() for w in self.texts]
        self.ref = load()
        self.steps: list[_Step] = []

    def span(self, first: int, stop: int) -> str:
        """The text of words [first, stop)."""
        return self.surface[self.bounds[first][0]:self.bounds[stop - 1][1]]

    def add(self, first: int, stop: int, kind: str, **kw: Any) -> None:
        words = tuple([fold(w) for w in self.texts[first:stop]])
        self.steps.append(_Step(first, stop - 1, kind, words, **kw))

    def plan(self, dollar: bool) -> None:
        """`_Finder.runs` after its context tests, on the words [0, n)."""
        n = len(self.bounds)
        if n == 1:
            self.one_word(dollar)
            return
        if not _WHITE.search(self.surface):
            # 'AT&T', 'P&G': words joined by '&' with no space (`names.runs` joins no other
            # words without one) are one word
            known = self.ref.lookup(self.surface)
            if known is not None:
                self.add(0, n, "known", known=known, headline=self.headline)
            else:
                self.steps.append(_Step(0, n - 1, "single", (fold(self.surface),),
                                        headline=self.headline))
            return
        if not self.headline and not self.office_first() and self.structural():
            return
        if _ends_in_compass(self.lows):
            known = self.ref.lookup(self.span(0, n - 1))
            if known is not None and known.table == PLACE:
                # 'New Territories West', 'Jerusalem East': a part of a known place
                self.add(0, n, "place", sub="region", country=known.country)
                return
        segment: list[int] = []
        office: list[int] = []  # a segment of title words only, before 'of' or 'for'
        for i, j, known in [*_pieces(self.surface, self.bounds, dollar), (n, n, None)]:
            if known is None and i < j and self.lows[i] not in names.CONNECTORS:
                segment.extend(range(i, j))
                continue
            if segment:
                self.segment(segment, office)
                office = segment if known is None and i < n and self.lows[i] in ("of", "for") \
                    and all([self.lows[w].rstrip(".") in TITLE_WORDS for w in segment]) else []
                segment = []
            elif not (known is None and i < n and self.lows[i] == "the"):
                office = []  # ('Minister of the Interior ...' keeps it)
            if known is not None:
                self.add(i, j, "known", known=known, headline=self.headline)

    def one_word(self, dollar: bool) -> None:
        word, low, ref = self.texts[0], self.lows[0], self.ref
        known = None
        if low not in LINKS and ref.may_begin(word):
            known = ref.lookup(word)
            if known is not None and dollar:
                known = None  # 'US$ 20': a currency
        if known is not None:
            self.add(0, 1, "known", known=known, headline=self.headline)
        elif low not in names.CONNECTORS:
            self.segment([0])

    def office_first(self) -> bool:
        """Whether the run begins with title words and then 'of' or 'for' ('President of the
        European Council'): an office and what it is of, which the pieces of `plan` read apart,
        not an organisation by the run's last word."""
        lows = self.lows
        k = 0
        while k < len(lows) and _title_word(lows[k]):
            k += 1
        return 0 < k < len(lows) and lows[k] in ("of", "for")

    def structural(self) -> bool:
        """An organisation or place by its head word: 'Berlin Embassy', 'Church of X'."""
        lows, ref, n = self.lows, self.ref, len(self.lows)
        if n > 3 and ("in" in lows or "at" in lows) and ref.lookup(self.surface) is not None:
            return False  # (a known name joined over 'in' is read whole by `plan`)
        k = lows.index("and") if "and" in lows else -1
        if 1 < k < n - 2 and _NAME_HEADS.get(lows[k - 1]) and _NAME_HEADS.get(lows[-1]) \
                and ref.lookup(self.surface) is None:
            # 'Victoria Station and Kora Cathedral': two named by their heads, not one
            self.steps += [_Step(0, k - 1, ""), _Step(k + 1, n - 1, "")]
            return True
        if 2 <= n <= 3 and self.party_of_members():
            self.add(0, n, "org", sub="political")
            return True
        named = self.named_after_body()
        if named:  # 'Velmont University Ana Ruiz': a body, then a person named after it
            self.steps += [_Step(0, named - 1, ""), _Step(named, n - 1, "")]
            return True
        if 0 < k < n - 1 and lows[k + 1] not in names.CONNECTORS and self.known_body(0, k) \
                and ref.lookup(self.surface) is None:
            # 'Daily Mail and Velmont Post': a known body and another name, not one body
            self.steps += [_Step(0, k - 1, ""), _Step(k + 1, n - 1, "")]
            return True
        if n >= 2 and lows[-1] in ORG_HEADS and lows[-1] not in names.CONNECTORS:
            if self.member_of_body(n):
                return True
            owner = ref.lookup(self.span(0, n - 1))
            if lows[-1] in OWNED_NOUNS and owner is not None and (
                    owner.table == ACTOR or owner.kind == "country"):
                return False  # 'Biden Administration': the owner's national body, later
            if ref.lookup(self.span(0, n)) is not None:
                return False
            country = ref.country_of(self.texts[0])
            self.add(0, n, "org", sub=ORG_HEADS[lows[-1]], country=country)
            return True
        for k in range(n - 2):  # ('Ministry of X', 'Directorate for Security', 'Council on X')
            if lows[k] in ORG_HEADS and lows[k + 1] in ("of", "for", "on"):
                end = k + 2
                while end < n and (lows[end] not in names.CONNECTORS or lows[end] == "the"):
                    end += 1
                if end > k + 2 and ORG_HEADS[lows[k]] in ("government", "other") \
                        and self.shared_of(end):
                    end = n  # 'Ministry of Trade and Industry': one body
                if end > k + (3 if lows[k + 1] == "on" else 2) \
                        and ref.lookup(self.span(0, end)) is None:
                    # ('on' takes two words: 'Council on Foreign Relations', not a run cut
                    # short, 'Council on American')
                    self.add(0, end, "org", sub=ORG_HEADS[lows[k]])
                    if end < n - 1:
                        self.steps.append(_Step(end + 1, n - 1, ""))
                    return True
        if n >= 2 and lows[0] in ORG_HEADS and all(_plain_name_text(w) for w in self.texts[1:]) \
                and not any(_title_word(w) for w in lows[1:]):
            # (not 'Senate President Ana Ruiz', 'Senate Majority Leader Mitch McConnell')
            self.add(0, n, "org", sub=ORG_HEADS[lows[0]])
            return True
        if n >= 2 and lows[-1] == "district" and lows[-2] in DISTRICT_BODIES \
                and ref.lookup(self.span(0, n)) is None:
            self.add(0, n, "org", sub="government")  # 'Irving Independent School District'
            return True
        if n >= 2 and lows[-1] in PLACE_HEADS and ref.lookup(self.span(0, n)) is None \
                and lows[0].rstrip(".") not in TITLE_WORDS \
                and not (lows[-1] in names.SURNAME_HEADS and lows[0] in coref.first_names()):
            self.add(0, n, "place", sub=PLACE_HEADS[lows[-1]])
            return True
        if 3 <= n <= 4 and lows[0] in WATERS and lows[1] == "of" \
                and ref.lookup(self.span(0, n)) is None \
                and all(_plain_name_text(w) for w in self.texts[2:]):
            self.add(0, n, "place", sub="region")  # 'Gulf of Oman', 'Sea of Japan': no country
            return True
        if 2 <= n <= 3 and lows[0] in PLACE_FIRST and ref.lookup(self.span(0, n)) is None \
                and all(_plain_name_text(w) for w in self.texts[1:]):
            self.add(0, n, "place", sub=PLACE_FIRST[lows[0]])  # 'Mount Kora', 'Fort Velo'
            return True
        return False

    def party_of_members(self) -> bool:
        """'the Neo Democrats', 'Christian Democrats': unknown plain words before a known
        party's plural member noun name a party of their own; not a place, a known body or a
        title ('Senate Democrats', 'Texas Republicans', 'President Democrats')."""
        ref, lows = self.ref, self.lows
        if not lows[-1].endswith("s") or ref.lookup(self.surface) is not None:
            return False
        known = ref.lookup(self.texts[-1])
        return known is not None and known.table == ORGANISATION and known.kind == "political" \
            and all(_plain_name_text(w) and ref.lookup(w) is None and not ref.country_of(w)
                    and not _title_word(w.lower()) for w in self.texts[:-1])

    def named_after_body(self) -> int:
        """Where a person's name begins right after a body's head word or a known body in the
        run ('Velmont University Ana Ruiz', 'Google Ana Ruiz'): a first name and one or two
        plain name words, ending the run; 0 when none does."""
        lows, n = self.lows, len(self.lows)
        for k in range(max(1, n - 3), n - 1):
            if (lows[k - 1] in ORG_HEADS or self.known_body(0, k)) \
                    and lows[k] in coref.first_names() \
                    and all(_plain_name_text(w) for w in self.texts[k:]) \
                    and self.ref.lookup(self.surface) is None:
                return k
        return 0

    def known_body(self, first: int, stop: int) -> bool:
        """Whether words [first, stop), without a 'the' before them, name a known organisation."""
        if self.lows[first] == "the" and stop - first > 1:
            first += 1
        known = self.ref.lookup(self.span(first, stop))
        return known is not None and known.table == ORGANISATION

    def shared_of(self, end: int) -> bool:
        """Whether the words after 'and' at `end` end the 'of' phrase of the body before it
        ('Ministry of Trade and Industry', 'Department of Health and Human Services') rather
        than name something else ('Department of Justice and Microsoft', '... and the Federal
        Trade Commission', '... and Ana Ruiz'; a company's 'Bank of England and Barclays' is
        not asked): one to three plain name words that end the run, no head of a body of their
        own, no first name first, and no known name, after a body that is no known name
        either."""
        lows, n = self.lows, len(self.lows)
        rest = range(end + 1, n)
        return end < n and lows[end] in ("and", "&") and 1 <= len(rest) <= 3 \
            and all(lows[w] not in names.CONNECTORS and _plain_name_text(self.texts[w])
                    for w in rest) \
            and lows[-1] not in ORG_HEADS and lows[end + 1] not in coref.first_names() \
            and self.ref.lookup(self.span(end + 1, n)) is None \
            and self.ref.lookup(self.span(0, end)) is None

    def member_of_body(self, n: int) -> bool:
        """'Eunice Yung of New People's Party', 'Cyd Ho from the Labour Party': a run that ends
        in an organisation's head word, and in which two or three plain name words stand
        before its last 'of' or 'from' (after the run's start or an 'and'), is a name and the
        body it belongs to. Words before an 'and' are a run of their own ('Claudia Mo of the
        Civic Party and Wong Pik-wan of the Democratic Party': two such pairs)."""
        lows, texts = self.lows, self.texts
        if "of" not in lows and "from" not in lows:
            return False  # (most runs)
        k = max((i for i in range(2, n - 1) if lows[i] in ("of", "from")), default=-1)
        if k < 0:
            return False
        begin = k
        while begin > 0 and lows[begin - 1] != "and":
            begin -= 1
        name = range(begin, k)
        if not 2 <= len(name) <= 3 or any(lows[i] in ORG_HEADS or lows[i] in names.CONNECTORS
                                          or not _plain_name_text(texts[i]) for i in name):
            return False
        if begin > 1:
            self.steps.append(_Step(0, begin - 2, ""))  # (before the 'and')
        self.steps.append(_Step(begin, k - 1, ""))
        body = k + 2 if lows[k + 1] == "the" and k + 2 < n else k + 1
        known = self.ref.lookup(self.span(body, n))
        if known is not None:
            self.add(body, n, "known", known=known)
        else:
            self.add(body, n, "org", sub=ORG_HEADS[lows[-1]],
                     country=self.ref.country_of(texts[body]))
        return True

    def _titles(self, words: list[int]) -> int:
        """How many of `words` (indices) are title words before the last one."""
        k = 0
        while k < len(words) - 1 and _title_word(self.lows[words[k]]):
            k += 1
        return k

    def segment(self, seg: list[int], office: list[int] | None = None) -> None:
        """Unmatched words of a run: title words, nationalities, then a person or one word.
        `office`: a segment of title words that stands before this one and 'of' or 'for'."""
        lows, texts, headline = self.lows, self.texts, self.headline
        portfolio = ""
        if office and lows[office[-1]] in PORTFOLIO_OFFICES and len(seg) <= 2 \
                and not headline and lows[seg[-1]] not in ORG_HEADS \
                and lows[seg[0]] not in coref.first_names():
            # 'Secretary of Public Security', 'Minister of the Interior': a portfolio (of a
            # company's or a town's office, a name: 'CEO of Velmont', 'Mayor of Tarrow')
            return
        if office and len(seg) >= 3 and not headline:
            # 'Minister of Education Stefania Giannini': the portfolio ends where the name
            # begins, at a first name or else two words before the end
            first = coref.first_names()
            j = next((n for n in range(1, len(seg) - 1) if lows[seg[n]] in first),
                     len(seg) - 2)
            portfolio, seg = self.span(office[0], seg[j - 1] + 1), seg[j:]
        k = self._titles(seg)
        title = self.span(seg[0], seg[k - 1] + 1) if k else portfolio
        if title and lows[seg[0]].rstrip(".") in names.HONORIFICS:
            title = " ".join(texts[i] for i in seg[:k] if lows[i].rstrip(".") not in
                             names.HONORIFICS)
        rest = seg[k:]
        if all([lows[i].rstrip(".") in TITLE_WORDS for i in seg]):  # (`_role_word`)
            return  # 'Prime Minister', 'Secretary': an office, not a person
        demonyms = self.ref.demonyms
        while rest:
            two = fold(self.span(rest[0], rest[1] + 1)) if len(rest) >= 2 else ""
            size = 2 if two in demonyms else 1
            country = demonyms.get(two) or demonyms.get(fold(texts[rest[0]]))
            if not country:
                break
            part = rest[:size]
            self.add(part[0], part[-1] + 1, "nationality", country=country)
            rest = rest[size:]
        if not rest or lows[rest[-1]].rstrip(".") in TITLE_WORDS and all(
                lows[i].rstrip(".") in TITLE_WORDS or lows[i] in names.ROLE_MODIFIERS
                for i in rest):
            return  # ('Israeli Defence Minister' before a known name: an office, no person)
        if not title and len(rest) < len(seg) - k:  # 'Afghan Ambassador Hamdullah Mohib'
            t = self._titles(rest)
            title, rest = self.span(rest[0], rest[t - 1] + 1) if t else "", rest[t:]
        t = self._inner_title(rest)
        if t:  # 'Environment Minister John Baird': the portfolio and office are its title
            inner = self.span(rest[0], rest[t - 1] + 1)
            if lows[rest[t - 1]] in COMPANY_OFFICES and not headline and all(
                    _plain_name_text(texts[i]) for i in rest[:t - 1]):
                # 'Siemens CEO Ana Ruiz': before a company office, the company's name
                self.add(rest[0], rest[t - 2] + 1, "org", sub="company")
            title, rest = f"{title} {inner}" if title else inner, rest[t:]
        if len(rest) >= 3 and lows[rest[0]] == "chief" and lows[rest[1]] in coref.first_names():
            # ('Allen Police Chief Brian Harvey': 'Chief' before a first name is a title's word)
            title, rest = f"{title} {texts[rest[0]]}" if title else texts[rest[0]], rest[1:]
        if lows[rest[0]] in names.COMPASS:
            if len(rest) >= 2 and not headline:
                self.add(rest[0], rest[-1] + 1, "place", sub="region")
            return
        if len(rest) >= 2 and lows[rest[-1]] in ORG_HEADS and not headline:
            # 'Civic Party' in 'Civic Party and Wong Pik-wan': the head word names a body
            self.add(rest[0], rest[-1] + 1, "org", sub=ORG_HEADS[lows[rest[-1]]])
            return
        if len(rest) >= 2 and lows[rest[-1]].endswith("s") \
                and lows[rest[-1]][:-1] in TITLE_WORDS:
            return  # 'Two Democratic Representatives': an office held by several, no name
        if len(rest) >= 2 and not headline:
            if all(_plain_name_text(texts[i]) for i in rest) \
                    and not any(lows[i] in BLOCK for i in rest) and self._surname(rest) \
                    or self._word_surname(rest):
                self.add(rest[0], rest[-1] + 1, "person", title=title)
            return
        if len(rest) == 1:
            if title and all(w.lower().rstrip(".") in names.ROLE_MODIFIERS
                             for w in title.split()):
                title = ""  # 'Foreign Affairs minister': 'Foreign' is no title of 'Affairs'
            self.add(rest[0], rest[0] + 1, "single", title=title, headline=headline)

    def _inner_title(self, rest: list[int]) -> int:
        """How many of `rest` (indices) are a title that ends in an office word with two or
        more name words after it: 'Environment Minister' in 'Environment Minister John Baird'
        (the office's first word, a portfolio, is no title word of its own)."""
        if len(rest) < 4 or self.lows[rest[0]].rstrip(".") in TITLE_WORDS:
            return 0  # (a leading title word was taken by `_titles`)
        last = max((n for n in range(1, len(rest) - 2)
                    if self.lows[rest[n]].rstrip(".") in names.ROLE_WORDS
                    and self.lows[rest[n]] not in names.ROLE_MODIFIERS), default=0)
        return last + 1 if last else 0

    def _word_surname(self, rest: list[int]) -> bool:
        """'Nathan Law', 'James To', 'Wilson Or': a first name and a capitalised word that is
        otherwise a stop word or a blocked word but also a surname of the census list; or 'Will
        Smith': a first name that is otherwise a stop word and a census surname. Inside a
        run the second word is not capitalised for opening a sentence, so the capital marks a
        name (a headline, title-cased throughout, is not asked)."""
        if len(rest) != 2:
            return False
        first, last = self.texts[rest[0]], self.texts[rest[1]]
        if not (last[0].isupper() and last[1:].islower()
                and self.lows[rest[0]] in coref.first_names()):
            return False
        # ('Will Smith': a first name that is also a stop word, before a census surname; a
        # run opening a sentence has lost such a word before it gets here)
        return self.lows[rest[1]] in word_surnames() and _plain_name_text(first) \
            or self.lows[rest[0]] in names.STOP and self.lows[rest[1]] in census_surnames() \
            and _plain_name_text(last) and first[1:].islower()

    def _surname(self, rest: list[int]) -> bool:
        """Whether the last of `rest` may end a person's name: not a nationality ('Sensitive
        Canadian' opening a headline), and not one letter ('Protected B') unless it follows a
        first name alone: 'Stefan W', 'Anna K.' (a suspect named as the law of many countries
        allows)."""
        word = self.texts[rest[-1]].rstrip(".")
        if len(word) == 1:
            return len(rest) == 2 and word.isupper() and self.lows[rest[0]] in coref.first_names()
        return fold(word) not in self.ref.demonyms


Planned = tuple[int, int, "tuple[Any, ...] | None"]  # a step as `_Finder.runs` reads it


@lru_cache(maxsize=65_536)  # a pure function of the run (and the read-once reference)
def _plan(surface: str, bounds: tuple[tuple[int, int], ...], dollar: bool, headline: bool
          ) -> tuple[Planned, ...]:
    """The candidates of a run (its text `surface`, its words' offsets in it `bounds`), as
    `_Finder.runs` finds them once the run's context is read: `dollar`, whether a '$' follows
    the run; `headline`, whether it stands in a headline or dateline. Each step is given as
    its words [first, last] and its fields after them (`Cand`'s, in order), or None for a run
    of its own."""
    planner = _Planner(surface, bounds, headline)
    planner.plan(dollar)
    return tuple([(step.first, step.last, tuple(step[2:]) if step.kind else None)
                  for step in planner.steps])


Piece = tuple[int, int, "Known | None"]  # words [i, j) of a run, and the entry they name


@lru_cache(maxsize=65_536)  # a pure function of the run (and the read-once reference)
def _pieces(surface: str, bounds: tuple[tuple[int, int], ...], dollar: bool
            ) -> tuple[Piece, ...]:
    """A run of several words split into reference matches, longest first from each word,
    and single unknown words: `surface` is the run's text, `bounds` its words' offsets in it,
    `dollar` whether a '$' follows the run ('US$ 20': a currency)."""
    ref = load()
    pieces: list[Piece] = []
    words = [surface[a:b] for a, b in bounds]
    lows = [w.lower() for w in words]
    i = 0
    while i < len(bounds):
        known, j = None, i + 1
        begin = bounds[i][0]
        # Spans that go past the first word need no lookup if no alias begins with it (the
        # first word: up to the first white space, as an alias's first word is).
        if lows[i] not in LINKS or (lows[i] in names.PARTICLES or lows[i] == "the") \
                and words[i][:1].isupper():
            # ('Al Jazeera', 'De Beers', 'The Hague': a capitalised particle or 'The' may open a
            # known name)
            space = _WHITE.search(surface, begin)
            first_end = space.start() if space else len(surface)
            limit = min(len(bounds), i + ref.max_words)
            if not ref.may_begin(surface[begin:first_end]):
                while limit > i and bounds[limit - 1][1] >= first_end:
                    limit -= 1  # (ends grow with j: the spans left are inside the word)
            for j in range(limit, i, -1):
                if lows[j - 1] in LINKS:
                    continue
                known = ref.lookup(surface[begin:bounds[j - 1][1]])
                if known is not None and dollar and j == len(bounds):
                    known = None
                if known is not None:
                    break
        if known is None:
            j = i + 1
        elif j - i >= 2 and lows[i].rstrip(".") in TITLE_WORDS \
                and _longer_after_titles(surface, bounds, lows, i, j):
            # 'President Xi' + 'Jinping': a title and a name of the reference that is longer
            # without it ('Xi Jinping'); the title is a word of its own
            pieces.append((i, i + 1, None))
            i += 1
            continue
        pieces.append((i, j, known))
        i = j
    if len(pieces) > 1:  # (a lone piece has no neighbours)
        _name_over_place(words, pieces)
    return tuple(pieces)


def _longer_after_titles(surface: str, bounds: tuple[tuple[int, int], ...], lows: list[str],
                         i: int, j: int) -> bool:
    """Whether a known name begins after the title words that open the known span [i, j) and
    ends past it."""
    t = i
    while t < j - 1 and lows[t].rstrip(".") in TITLE_WORDS:
        t += 1
    ref = load()
    return any(ref.lookup(surface[bounds[t][0]:bounds[k - 1][1]]) is not None
               for k in range(min(len(bounds), t + ref.max_words), j, -1))


def _name_over_place(words: list[str], pieces: list[Piece]) -> None:
    """'Ana Paris': a one-word city or person next to unknown name words is a name."""
    for k, (i, j, known) in enumerate(pieces):
        if known is None or j - i != 1 or known.kind == "country":
            continue
        if known.table == ORGANISATION:
            continue
        nearby = [pieces[n] for n in (k - 1, k + 1) if 0 <= n < len(pieces)]
        if any(other is None and _plain_name_text(words[start])
               and words[start].lower().rstrip(".") not in TITLE_WORDS  # 'Texas Attorney ...'
               for start, _, other in nearby):
            pieces[k] = (i, j, None)


def _from_known(known: Known) -> Entity:
    return Entity(known.table, known.kind, known.name, title=known.title, role=known.role,
                  country=known.country, wikidata_id=known.wikidata_id)


_POLICE: Final = re.compile(r"\b(?:[Tt]he[ \u00a0]+)?[Pp]olice\b")
# 'police chief Ana Ruiz', 'Police Commissioner Tom Vale': a rank of the force before a name
_POLICE_RANK = re.compile(r"[ \u00a0]+(?i:chief|officer|commissioner|superintendent|inspector|"
                          r"sergeant|constable|spokes(?:man|woman|person))[ \u00a0]+")
_FORCE_WORDS: Final = frozenset({"police", "sheriff", "gendarmerie", "constabulary"})
# What follows a bare 'police' that is the force itself: a verb, a preposition or a stop
# ('police arrested', 'police said', 'handcuffed by the police.'), not a noun it modifies.
_FORCE_ACTS: Final = re.compile(
    r"[ \u00a0]*(?:[,.;:!?)\"”’']|$)|[ \u00a0]+(?:\w+ed|say|said|have|had|were|are|will|would|"
    r"did|do|could|can|may|might|must|should|later|also|then|in|on|at|from|to|for|with|after|"
    r"and|or|but|as|about|over|during|when|while|who|that)\b")


def _bare_government_hits(text: str) -> list[re.Match[str]]:
    """`BARE_GOVERNMENT.finditer(text)` (and `NATIONAL_GOVERNMENT`'s), tried only where
    'overnment' stands after 'the ' (or 'the federal ')."""
    hits = []
    for at in offsets(text, ("overnment",)):
        hit = BARE_GOVERNMENT.match(text, max(0, at - 5)) \
            or NATIONAL_GOVERNMENT.search(text, max(0, at - 18), at + 9)
        if hit is not None:
            hits.append(hit)
    return hits


def _police_hits(text: str) -> list[re.Match[str]]:
    """`_POLICE.finditer(text)`: every match holds 'olice', so the pattern is tried only where
    `str.find` finds it (from the 'the' and spaces before it, if they stand there, else from
    the 'P'), not at every character of the text (no match can hold two of them)."""
    hits: list[re.Match[str]] = []
    for at in offsets(text, ("olice",)):
        initial = at - 1
        if initial < 0 or text[initial] not in "Pp":
            continue
        spaced = initial
        while spaced > 0 and text[spaced - 1] in names.SPACES:
            spaced -= 1
        hit = _POLICE.match(text, spaced - 3) \
            if 3 <= spaced < initial and text[spaced - 3:spaced] in ("the", "The") else None
        hit = hit or _POLICE.match(text, initial)
        if hit is not None:
            hits.append(hit)
    return hits


def _bare_police(finder: _Finder) -> None:
    """'Police arrested the student', 'handcuffed by the police': the bare word names the
    article's police force when the article names exactly one ('the Irving Police
    Department'), and an unnamed force of the article's own when it names none."""
    text, found = finder.text, finder.found
    if "olice" not in text:
        return
    forces = {id(m.entity): m.entity for m in found.mentions
              if m.entity.table == ORGANISATION and m.mention_type == "name"
              and _FORCE_WORDS.intersection(fold(m.entity.name).replace("'s", "").split())}
    if len(forces) > 1:
        return  # (which one is meant is not known)
    force = next(iter(forces.values()), None)
    unnamed = force is None
    officers: list[tuple[Mention, int]] = []  # ('police chief Ana Ruiz', where 'police' starts)
    for hit in _police_hits(text):
        officer = _police_officer(finder, hit.end())
        if officer is not None:
            officers.append((officer, hit.start()))
        if found.mention_covering(hit.start(), hit.end()) is not None \
                or found.mentions_between(hit.start(), hit.end()):
            continue
        if unnamed and not _FORCE_ACTS.match(text, hit.end()):
            continue  # 'police posts', 'police officers': a modifier, not the force
        if force is None:
            force = Entity(ORGANISATION, "government", "police", scope=finder.doc)
        force = found.add_mention(hit.start(), hit.end(), force, "description").entity
    if force is not None:
        _police_officers(finder, force, officers)


# 'the army', 'the ministry': a body named by its head noun alone (the government and the
# police have rules of their own; 'the group' may be any group of people, and 'the
# organisation' any body, not the last one named outside the state)
_BARE_BODY_NOUNS = frozenset(coref.BODY_NOUNS) - {"government", "police"} - coref.NON_STATE_NOUNS
_BARE_OR_OWNING: Final = _BARE_BODY_NOUNS | coref.NON_STATE_NOUNS  # (the latter only as owners)
# Nouns that name a kind of body: 'the company' may be any company named before. Any other
# noun refers back only to a body named with it ('the court' to 'the Supreme Court', 'the army'
# to 'the Syrian army'), since 'the court' is no ministry and 'the army' no coast guard.
_BARE_BY_KIND: Final = frozenset({"military", "company", "firm", "airline", "party", "newspaper",
                                  "broadcaster", "network"})
# a noun (or a name) after the body noun, which it modifies: 'the court case', 'the party Vox'
_BARE_MODIFIES = re.compile(r"[ \u00a0]+(?:[A-Z]|(?:case|cases|ruling|rulings|decision|order|"
                            r"building|headquarters|system|staff|employees|workers)\b)")


def _bare_ministries(finder: _Finder) -> None:
    """'the interior ministry said': a lower-case ministry named by its portfolio alone is the
    one of the country the article is about, as 'the government' is."""
    text, found = finder.text, finder.found
    if "inistry" not in text:
        return
    for hit in BARE_MINISTRY.finditer(text):
        start = hit.start("portfolio")
        if found.mention_covering(start, hit.end()) is not None:
            continue
        country = finder.focal_country()
        if not country:
            return
        found.add_mention(start, hit.end(), finder.ministry(hit["portfolio"], country),
                          "description")


# 'security forces', 'government troops' named without a country: the state's armed forces
_STATE_FORCES = re.compile(r"(?<![\w'’-])(?<!\d[ \u00a0])(?:[Ss]ecurity|[Gg]overnment|[Ss]tate)"
                           r"[ \u00a0]+(?:forces|troops)\b")  # (not '150 security forces' killed)


def _state_forces(finder: _Finder) -> None:
    """'Security forces raided the camp in Baghdad': forces of the state named with no country
    before them are the armed forces of the country the article is about, as 'the government'
    is its government; after a country or a nationality ('Iraqi security forces') the country
    already names them."""
    text, found = finder.text, finder.found
    # (the pattern is tried only where its first word may begin, before a space and 'forces'
    # or 'troops': 'Government', 'Security' or 'State' -- cheaper than a scan of the text)
    for at in offsets(text, (" forces", " troops", "\u00a0forces", "\u00a0troops")):
        hit = next(filter(None, (_STATE_FORCES.match(text, at - n) for n in (10, 8, 5)
                                 if at >= n)), None)
        if hit is None or hit.end() != at + 7:
            continue
        start, end = hit.span()
        before = found.mentions_starting(max(0, start - 30), start)
        if found.mention_covering(start, end) is not None \
                or any(m.end >= start - 1 and m.entity.table == PLACE for m in before):
            continue
        forces = finder.national(finder.focal_country(), "armed_forces")
        if forces is None:
            return
        found.add_mention(start, end, forces, "description")


def _bare_bodies(finder: _Finder) -> None:
    """'The army shelled the town': a lower-case body noun after 'the' is a mention of the
    organisation the article named last with that noun in its name or in a mention of it, or,
    for a noun of `_BARE_BY_KIND`, of that noun's kind ('the group's director': any body outside
    the state). Not a noun that modifies another ('the army officers') or has its own complement
    ('the ministry of X')."""
    text, found, words = finder.text, finder.found, finder.words
    lowers, starts, ends = words.lowers, words.starts, words.ends
    for i in compress(range(len(lowers)), map(_BARE_OR_OWNING.__contains__, lowers)):
        start, end, noun = starts[i], ends[i], lowers[i]
        if not i or lowers[i - 1] != "the" or text[start] != noun[0] \
                or text[ends[i - 1]:start] not in (" ", "\u00a0"):
            continue
        if noun in coref.NON_STATE_NOUNS and not text.startswith(("'s ", "’s "), end):
            continue  # ('the group' may be people; 'the group's director' is a body's)
        if ADJECTIVAL.match(text, end) or COMPLEMENT.match(text, end) \
                or _BARE_MODIFIES.match(text, end) or found.mention_covering(start, end):
            continue
        body = coref.body_referred(found, start, noun, text,
                                   by_kind=noun in _BARE_BY_KIND or noun in coref.NON_STATE_NOUNS)
        if body is not None:  # (the noun's mention, as for 'the government')
            found.add_mention(start, end, body, "description")


# What a national capital does or has done to it as its country's voice: 'Moscow said', 'Beijing
# has warned', 'accused Kyiv', 'talks with Tehran', 'Washington's decision'.
_STATE_VERBS = ("say", "announce", "warn", "accuse", "deny", "reject", "condemn", "criticise",
                "criticize", "demand", "insist", "respond", "retaliate", "vow", "threaten",
                "urge", "welcome", "protest", "refuse", "agree", "expel", "recall", "impose",
                "summon", "blame", "dismiss", "claim", "sanction", "pledge", "promise", "offer",
                "signal", "approve", "back", "support", "oppose", "halt", "suspend", "launch",
                "send")


@lru_cache(maxsize=1)
def _state_acts() -> re.Pattern[str]:
    """'Moscow said', 'Beijing has warned', 'saw Beijing impose': a state's verb after a name,
    in any of its forms (`events.verb_forms`), after an auxiliary or an adverb or none."""
    forms = "|".join(sorted(events.verb_forms(_STATE_VERBS), key=len, reverse=True))
    return re.compile(
        rf"[ \u00a0]+(?:(?:has|have|had|will|would|also|has[ \u00a0]+also|had[ \u00a0]+also|"
        rf"did[ \u00a0]+not|does[ \u00a0]+not|has[ \u00a0]+not|repeatedly|quickly)[ \u00a0]+)?"
        rf"(?:{forms})\b")


_STATE_ACTED_ON: Final = re.compile(
    r"\b(?:accused|accuses|accusing|urged|urges|urging|warned|warns|warning|criticised|"
    r"criticized|condemned|blamed|pressed|pressing|thanked|praised|sanctioned|told|asked|"
    r"called[ \u00a0]+on|calls[ \u00a0]+on|(?:talks|relations|ties|dialogue|negotiations|"
    r"tensions|deal|agreement)[ \u00a0]+with|(?:sanctions|embargo|pressure)[ \u00a0]+"
    r"(?:on|against))[ \u00a0]+$")
_LOCATED: Final = re.compile(r"\b(?:in|at|from|to|near|outside|into|inside|via|towards?|across|"
                             r"around)[ \u00a0]+$", re.IGNORECASE)
_STATE_OWNS: Final = re.compile(
    r"['’]s[ \u00a0]+(?:decision|response|position|policy|policies|demands?|sanctions|support|"
    r"refusal|claims?|stance|offer|plans?|envoy|ambassador|allies|ally|backing|invasion|troops|"
    r"forces|military|army|government|leadership|officials|diplomats|foreign[ \u00a0]+minister)"
    r"\b")


def _capitals_as_states(finder: _Finder) -> None:
    """A national capital that speaks or acts for its state ('Moscow accused Kyiv of ...',
    'Washington's decision') is a mention of its country, as the country's name would be,
    not of the city; a capital where something happens ('in Moscow') stays a place."""
    text, found, ref = finder.text, finder.found, finder.ref
    replaced: list[Mention] = []
    countries: list[tuple[Mention, Entity]] = []
    named_countries = {m.entity.country for m in found.mentions
                       if m.entity.table == PLACE and m.entity.kind == "country"}
    for m in found.mentions:
        entity = m.entity
        if entity.table != PLACE or entity.kind != "city" or m.mention_type != "name":
            continue
        known = ref.lookup(entity.name)
        if known is None or not known.capital or known.country not in ref.countries:
            continue
        if not (_state_acts().match(text, m.end) or _STATE_OWNS.match(text, m.end)
                or _STATE_ACTED_ON.search(text, max(0, m.start - 30), m.start)):
            continue
        if _LOCATED.search(text, max(0, m.start - 12), m.start):
            continue  # ('officials in Moscow said')
        if " " not in entity.name and fold(entity.name) in coref.first_names() \
                and known.country not in named_countries:
            continue  # ('Victoria said', 'Sofia said': a person, unless the country is named)
        replaced.append(m)
        countries.append((m, _from_known(ref.countries[known.country])))
    if replaced:
        found.remove_mentions(replaced)
        for m, country in countries:
            found.add_mention(m.start, m.end, country, "name")


def _police_officers(finder: _Finder, force: Entity, officers: list[tuple[Mention, int]]
                     ) -> None:
    """Affiliate each person a police rank names with the article's force."""
    text = finder.text
    for officer, start in officers:
        if not finder.affiliated(officer.entity, force):
            former = names.FORMER.search(text, max(0, start - 10), start) is not None
            finder.found.affiliations.append(Affiliation(
                officer.entity, force, "former" if former else "current", start, officer.end,
                role=text[start:officer.start].strip()))


def _police_officer(finder: _Finder, end: int) -> Mention | None:
    """The person a police rank before a name names ('police chief Ana Ruiz')."""
    rank = _POLICE_RANK.match(finder.text, end)
    if rank is None:
        return None
    return next((m for m in finder.found.mentions_starting(rank.end(), rank.end() + 1)
                 if m.entity.table == ACTOR and m.entity.kind == "person"), None)


def find(analysis: Analysis, found: Extraction, document_id: str) -> None:
    """Add the article's people, organisations and places (with their mentions) to `found`."""
    finder = _Finder(analysis, found, document_id)
    finder.runs(finder.joined(names.runs(analysis.text, finder.words)))
    finder.resolve()
    finder.emit()
    finder.local_bodies()
    finder.owned()
    affiliations.roles(finder)
    finder.unnamed()
    merge_variants(finder)
    _bare_police(finder)
    _bare_bodies(finder)
    _bare_ministries(finder)
    _state_forces(finder)
    _capitals_as_states(finder)
    countries.find(finder)
    possessives.find(finder)
    pronouns.find(finder)
    affiliations.joiners(finder)
    affiliations.led_by(finder)
