"""Titles, roles and affiliations from the words around a person's name.

Three places state a role: a pre-modifier (`French foreign minister Jean Dupont`), an
apposition before the name (`Peru's ambassador at the ... Embassy, General Ana
Ruiz`) and one after it (`Ana Ruiz, spokeswoman for the Chilean navy,`). The role's
organisation is one named inside the phrase, else the national armed forces (military words) or
government (offices of state) of the country the phrase names. `former` makes the status former.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from . import coref, names
from .model import ACTOR, ORGANISATION, PLACE, Affiliation, Entity, Mention
from .reference import fold
from .text import offsets

if TYPE_CHECKING:
    from .entities import _Finder

MILITARY: Final = frozenset([
    "military", "army", "soldier", "soldiers", "troops", "armed", "colonel", "general",
    "lieutenant", "captain", "sergeant", "major", "admiral", "commander", "officer", "corporal",
    "private", "navy"
])
OFFICES: Final = frozenset([
    "president", "minister", "prime", "secretary", "advisor", "adviser", "ambassador", "attaché",
    "attache", "diplomat", "envoy", "chancellor", "premier", "spokesman", "spokeswoman",
    "spokesperson", "official", "undersecretary"
])
# offices of a government only (a 'president' or 'secretary general' may head any body)
MINISTERIAL: Final = frozenset({"minister", "prime", "premier", "chancellor", "undersecretary"})
# words that make an office one of a government, whose country the phrase need not name
GOVERNMENT_WORDS: Final = frozenset({"government", "cabinet"})
# a secretary of these is a cabinet minister ('Defence Secretary', 'Secretary of the Interior')
PORTFOLIOS: Final = frozenset({"foreign", "defence", "defense", "interior", "home", "finance",
                               "treasury", "justice", "health", "education", "trade", "environment",
                               "energy", "transport", "labour", "labor", "agriculture"})
DETERMINERS: Final = frozenset({"the", "a", "an", "one", "its", "his", "her", "their"})
PHRASE_WORDS: Final = frozenset({"'s", "’s", "at", "of", "for", "to", "in", "-"}) | DETERMINERS
_OPENING: Final = PHRASE_WORDS - DETERMINERS  # words a role phrase does not begin with
# 'Ambassador to ': the country after it is where the envoy is sent, not the one served
_POSTED: Final = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul)s?[ \u00a0]+to[ \u00a0]")
_WHO_BEFORE: Final = re.compile(r",[ \u00a0]+who(?:[ \u00a0]+later|[ \u00a0]+also)?\Z")
_JOINED: Final = re.compile(r"[ \u00a0](?P<verb>joined|joins)[ \u00a0]+(?:the[ \u00a0]+)?")
# marks an apposed role may hold: 'Gen.', 'the head of CEI (Italian Episcopal Conference)'
_LOOSE_MARKS: Final = frozenset({".", "(", ")"})
_COURTESY: Final = frozenset({"mr", "mrs", "ms", "dr", "miss"})  # titles of courtesy, no office
_TITLE_LINKS: Final = frozenset({"of", "to", "for"})  # between capitalised words of a title
_BODY_LINKS = _TITLE_LINKS | {"at"}  # between a role and its body ('student at Velmont University')
_POSSESSIVE_S: Final = re.compile(r"(?<!\w)['’]s\b")
_APPOSED_AFTER: Final = re.compile(r",[ \u00a0]+(?:[A-Z][\w.]*[ \u00a0]+)*")
_APPOSED_BEFORE: Final = re.compile(r",[ \u00a0]+(?:\d+,[ \u00a0]+)?")
_LIST_GAP: Final = re.compile(r",?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+")
# 'members of X, including musician A and actor B': the people a group is said to include,
# each perhaps after a lower-case word or two of their own role
_INCLUDING: Final = re.compile(r",?[ \u00a0]+(?:including|among[ \u00a0]+them|such[ \u00a0]+as)"
                               r"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}")
_INCLUDED_GAP: Final = re.compile(r"(?:,?[ \u00a0]+and|,)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}")
_PREP_BEFORE: Final = re.compile(r"[ \u00a0](?:at|for|of|with|in)[ \u00a0]+(?:the[ \u00a0]+)?$")
SOURCE: Final = re.compile(r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+$")
# 'Ana Ruiz, a (former) Democrat,': a member of a party (`_Finder.party_named_by`)
# ('Ana Ruiz, a Democrat,', 'Ana Ruiz, a Texas Democrat,': a place's name may come first)
APPOSED_MEMBER: Final = re.compile(r",[ \u00a0]+an?[ \u00a0]+(?P<former>former[ \u00a0]+)?"
                                   r"(?:[A-Z][a-z]+[ \u00a0]+){0,2}"
                                   r"(?P<word>[A-Z][a-z]+)(?=[,.;:)]|[ \u00a0]+(?:from|who|and)\b)")
OF_ORG = re.compile(r",?[ \u00a0]+(?:of|from)[ \u00a0]+(?:[Tt]he[ \u00a0]+)?")  # (', of the X,')
_OWNER_WORD: Final = re.compile(r"[a-z]+['’]s[ \u00a0]+")  # a lower-case owner: 'the army's X'
_ORG_POSSESSIVE: Final = re.compile(r"['’]s[ \u00a0]+\Z")  # 'DAB's Ben Chan': before the name
AS_ROLE = re.compile(r"[ \u00a0]+as[ \u00a0]+(?P<phrase>(?:the[ \u00a0]+)?[^,;:\"“”()]{3,80}?)"
                     r"(?=,|;|:|\.(?:\s|$)|$)")
# 'Environment Minister', 'Foreign Secretary': a portfolio and its office, as a name's title
PORTFOLIO: Final = re.compile(r"(?:[A-Z][\w-]*[ \u00a0]){1,2}(?:Minister|Secretary)")
# 'Secretary of State', 'Minister of Health': an office and its portfolio after it
OF_PORTFOLIO: Final = re.compile(r"(?:Minister|Secretary)[ \u00a0]of[ \u00a0](?:the[ \u00a0])?"
                                 r"(?P<portfolio>[A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)")
# 'Ana Ruiz (D-Calif.)', 'Tom Vale (R-TX)': a US legislator's party and state
US_PARTY: Final = re.compile(r"[ \u00a0]\((?P<party>[DR])[-–][ \u00a0]?[A-Z][A-Za-z.]{1,13}\)"
                             # ('Ana Ruiz, D-Ohio,': the state must be one, as 'D-Day' is not)
                             r"|,[ \u00a0](?P<comma>[DR])[-–](?P<state>[A-Z][A-Za-z.]{1,13})"
                             r"(?=[,;:)]|\.?(?:\s|$))")
_US_PARTIES: Final = {"D": "Democratic Party", "R": "Republican Party"}
# the states as AP style abbreviates them (their names and postal codes come from pycountry)
_AP_STATES: Final = frozenset([
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo."])
# "Ana Ruiz's former party Civic Platform": the body a person's possessive names as theirs
OWN_BODY: Final = re.compile(r"['’]s[ \u00a0]+(?:(?P<former>former|old)[ \u00a0]+)?(?P<noun>party|"
                             r"employer|company|firm|club|team|church|union|newspaper)"
                             r",?[ \u00a0]+(?:the[ \u00a0]+)?")
_CLAUSE_IN_PHRASE: Final = re.compile(r"[ \u00a0](?:to[ \u00a0]+(?:be|have)|by|who|which|that)\b")
# 'Ana Ruiz, who heads the Health Ministry': a relative clause stating the role.
WHO_LEADS: Final = re.compile(
    r",[ \u00a0]+who[ \u00a0]+(?:also[ \u00a0]+)?(?P<verb>heads|headed|leads|led|runs|ran|chairs|"
    r"chaired|directs|directed|founded|co-founded|works[ \u00a0]+(?:for|at)|worked[ \u00a0]+"
    r"(?:for|at)|represents|represented|serves[ \u00a0]+(?:in|with|on)|served[ \u00a0]+"
    r"(?:in|with|on)|resigned[ \u00a0]+from|quit|left)[ \u00a0]+(?:the[ \u00a0]+)?")
# "Turkey's main opposition party, the ": words that describe the body whose name follows
DESCRIBED_BODY: Final = re.compile(r"(?:[\w'’-]+[ \u00a0]+){0,5}(?:party|company|firm|group|union|"
                                   r"organi[sz]ation|movement|newspaper|church),?[ \u00a0]+"
                                   r"(?:the[ \u00a0]+)?")
# 'X was elected president of', 'X has been appointed as the head of': a role given, and the
# body it is in (whose name follows)
# (or after ', who'); 'X was elected to the European Parliament': a member of the body
ELECTED: Final = re.compile(
    r"(?:,[ \u00a0]+who)?[ \u00a0]+(?:was|is|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+"
    r"(?:re-?elected|elected|appointed|named|chosen)[ \u00a0]+(?:(?P<to>to)[ \u00a0]+|"
    r"(?:as[ \u00a0]+)?(?:the[ \u00a0]+|its[ \u00a0]+|a[ \u00a0]+)?"
    r"(?P<role>(?:[\w-]+[ \u00a0]+){1,3}?)(?:of|at|for)[ \u00a0]+)(?:the[ \u00a0]+)?")
BRACKETED_BODY: Final = re.compile(r"[ \u00a0]+\((?:the[ \u00a0]+)?")  # 'Ana Ruiz (Velmont Party)'
_OPPONENT_OF: Final = re.compile(r"\bcritics?[ \u00a0]+of\b")
# one to three lower-case words before a name ('the opposition', 'the far-right')
_LOWER_MODIFIERS: Final = re.compile(r"(?:[a-z][\w-]*[ \u00a0]+){1,3}(?=[A-Z])")
_LEADS_ROLE: Final = {"represents": "representative", "represented": "representative",
                      "heads": "head", "headed": "head", "leads": "leader", "led": "leader",
                      "runs": "head", "ran": "head", "chairs": "chair", "chaired": "chair",
                      "directs": "director", "directed": "director", "founded": "founder",
                      "co-founded": "co-founder", "run": "head", "serves": "member",
                      "served": "member", "resigned": "member", "quit": "member", "left": "member"}
_PAST: Final = frozenset({"headed", "led", "ran", "chaired", "directed", "worked", "represented",
                          "served", "resigned", "quit", "left"})
AFTER: Final = re.compile(r",[ \u00a0]+(?:\d+,[ \u00a0]+)?(?P<phrase>[^,;:\"“”()]{3,100}?)"
                          r"(?=,|;|:|\.(?:\s|$)|$)")


_ROLES: Final = names.ROLE_WORDS - names.NOT_ROLE


@lru_cache(maxsize=65_536)  # a pure test of a word, asked for the same words again and again
def _role_word(word: str) -> bool:
    low = word.lower().rstrip(".").removeprefix("ex-")  # 'ex-member': a former member
    if "-" in low and low not in names.ROLE_WORDS:  # 'secretary-general', 'vice-president'
        return names.hyphenated_office(low, names.ROLE_WORDS, _ROLES)
    return low in names.ROLE_WORDS and low not in names.NOT_ROLE \
        or len(low) > 7 and low.endswith(_OCCUPATION_ENDINGS) and word[:1].islower()


# the endings of words for occupations no list can hold ('hydrologist', 'statistician'), in
# lower case ('Scientologist' is a member of a body, `_member_of`)
_OCCUPATION_ENDINGS: Final = ("ologist", "ographer", "ician", "onomist")


def apposed_people(text: str, start: int, end: int, named: list[Mention]) -> list[Mention]:
    """People named in apposition to a description: 'two nurses, A and B' / 'A, a nurse'."""
    # Either a comma follows the description or one (and spaces) precedes it (see the patterns).
    if text[end:end + 1] != ",":
        before = start
        while before > 0 and text[before - 1] in " \u00a0":
            before -= 1
        if text[before - 1:before] != ",":
            return []
    people = [m for m in named if m.entity.table == ACTOR and m.entity.kind == "person"
              and start - 40 < m.start < end + 200]
    after = [m for m in people if m.start > end and _APPOSED_AFTER.fullmatch(text, end, m.start)]
    if after:
        first = min(after, key=attrgetter("start"))
        chain = [first]
        for m in sorted(people, key=attrgetter("start")):
            if m.start > chain[-1].end and _LIST_GAP.fullmatch(text, chain[-1].end, m.start):
                chain.append(m)
        return chain
    preceding = [m for m in people
                 if m.end < start and _APPOSED_BEFORE.fullmatch(text, m.end, start)
                 and not introduces_source(text, m)]
    return preceding[-1:]


def introduces_source(text: str, m: Mention) -> bool:
    """'According to X, a detective found ...': the comma ends the phrase that names a source,
    and what follows is the clause's subject; after 'said X,' or 'told X,' it is X's role."""
    return SOURCE.search(text, max(0, m.start - 20), m.start) is not None


def _country_possessive(finder: _Finder, word: str) -> bool:
    """Whether a word is a country's possessive: 'Turkey's interior minister'."""
    return word[-2:] in ("'s", "’s") and bool(finder.ref.country_of(word[:-2]))


def roles(finder: _Finder) -> None:
    """Roles of named people from pre-modifiers and appositions."""
    text, table = finder.text, finder.words
    texts = table.texts
    for m in [m for m in finder.found.mentions if m.mention_type == "name"
              and m.entity.table == ACTOR and m.entity.kind == "person"]:
        # (the apposition first: it rarely follows, and without it the opener does not matter)
        # (`AFTER` begins with a comma; `AS_ROLE` with a space, `OF_ORG` with either)
        after = text[m.end:m.end + 1]
        spaced = after in names.SPACES
        hit = AFTER.match(text, m.end) if after == "," else None
        if hit is not None and (introduces_source(text, m)
                                or _names_person(finder, hit.start("phrase"))):
            hit = None  # ('A, Pope Francis and B': a list of people, not A's role)
        hit = hit or (AS_ROLE.match(text, m.end) if spaced else None)
        if hit:
            words = hit["phrase"].split()
            first = words[0].lower() if words else ""
            if (first in DETERMINERS or _role_word(first) or first in names.ROLE_MODIFIERS
                    or _owned_by_body(finder, hit.start("phrase"))
                    or _country_possessive(finder, words[0])) \
                    and any(_role_word(w) for w in words[:6]):
                # ('the third President to be impeached by the House': the role ends before
                # a clause of its own)
                cut = _CLAUSE_IN_PHRASE.search(text, hit.start("phrase"), hit.end("phrase"))
                from_phrase(finder, m, hit.start("phrase"),
                            cut.start() if cut else hit.end("phrase"))
        if hit is not None and hit["phrase"].endswith("ist"):  # 'A, a former Scientologist'
            _member_of(finder, m, hit["phrase"].split()[-1], hit.start("phrase"),
                       hit.end("phrase"))
        # the 30 words before the name, as indices [low, end) into `words`
        end = bisect.bisect_left(table.starts, m.start)
        if end > 0 and texts[end - 1].endswith("ist"):  # 'Scientologist Tom Cruise'
            _member_of(finder, m, texts[end - 1], table.starts[max(0, end - 2)], m.start)
        low = max(0, end - 30)
        k = end
        while k > low and _role_word(texts[k - 1]) and table.capitalised(k - 1):
            k -= 1  # a title of the name itself ('Colonel', 'Prime Minister')
        if k > low and texts[k - 1] == ",":
            low = _after_last_person(finder, low, k - 1)
            phrase = _walk_back(finder, low, k - 1, loose=True)
        else:
            phrase = _walk_back(finder, low, end, loose=False)
            if phrase is not None and _after_last_person(finder, low, end) > low:
                # ('US President A to Facebook creator B': B's role is no part of A's)
                phrase = _walk_back(finder, _after_last_person(finder, low, end), end,
                                    loose=False)
        if phrase is not None:
            from_phrase(finder, m, phrase[0], phrase[1])
        led = WHO_LEADS.match(text, m.end) if after == "," else None
        if led is not None:  # 'Ana Ruiz, who heads the Health Ministry,'
            verb = led["verb"].split()[0]
            # ('who heads Turkey's main opposition party, the X': the body its kind names)
            described = DESCRIBED_BODY.match(text, led.end())
            at = described.end() if described else led.end()
            modified = _LOWER_MODIFIERS.match(text, at)  # ('leads the opposition X Party')
            for start in (at, modified.end()) if modified else (at,):
                if _affiliate_at(finder, m, start, _LEADS_ROLE.get(verb, ""),
                                 "former" if verb in _PAST else "current"):
                    break
        bracket = BRACKETED_BODY.match(text, m.end) if spaced else None
        if bracket is not None:  # 'Ana Ruiz (Velmont Party)': the body she is of
            _affiliate_at(finder, m, bracket.end(), "", "current")
        chosen = ELECTED.match(text, m.end) if spaced or after == "," else None
        if chosen is not None and chosen["to"]:  # 'X was elected to the Senate'
            _affiliate_at(finder, m, chosen.end(), "member", "current")
        elif chosen is not None and _role_word(chosen["role"].split()[-1]):
            # 'Tom Baker was elected president of the Velmont Football Federation'
            _affiliate_at(finder, m, chosen.end(), chosen["role"].strip(), "current")
        of_org = OF_ORG.match(text, m.end) if spaced or after == "," else None
        if of_org:  # 'a video of Tom Cruise from YouTube': a platform is where it comes from
            # ('Ana Ruiz of the army's Northern Command': the unit the owner's possessive names)
            owner = _OWNER_WORD.match(text, of_org.end())
            _affiliate_at(finder, m, owner.end() if owner else of_org.end(), "", "unknown",
                          platform="from" not in of_org[0])
        if PORTFOLIO.fullmatch(m.entity.title):
            _portfolio_body(finder, m)
        member = APPOSED_MEMBER.match(text, m.end) if after == "," else None
        if member is not None:  # 'Ana Ruiz, a Democrat,': a member of a party the article names
            party = finder.party_named_by(member["word"])
            if party is not None and not finder.affiliated(m.entity, party):
                finder.found.affiliations.append(Affiliation(
                    m.entity, party, "former" if member["former"] else "current", m.start,
                    member.end(), role="member"))
        initial = US_PARTY.match(text, m.end) if after in names.SPACES or after == "," \
            else None
        if initial is not None and (initial["party"] or _us_state(initial["state"])):
            _us_party(finder, m, initial)  # 'Ana Ruiz (D-Calif.)': the party, by its initial
        own = OWN_BODY.match(text, m.end) if after in ("'", "’") else None
        if own is not None:  # "Ana Ruiz's former party, the Labour Party"
            _affiliate_at(finder, m, own.end(), "member" if own["noun"] == "party" else "",
                          "former" if own["former"] else "current")
        elif after in ("'", "’") and text.startswith(("'s ", "’s "), m.end):
            _own_party(finder, m)
        owner = _ORG_POSSESSIVE.search(text, max(0, m.start - 4), m.start)
        if owner:
            org = next((o for o in finder.found.mentions_between(max(0, owner.start() - 80),
                                                                 owner.start())
                        if o.end == owner.start() and o.entity.table == ORGANISATION), None)
            if org is not None:
                for person in _listed_from(finder, m):  # 'DAB's Starry Lee and Holden Chow'
                    if not finder.affiliated(person.entity, org.entity):
                        finder.found.affiliations.append(Affiliation(
                            person.entity, org.entity, "unknown", org.start, person.end))


def _own_party(finder: _Finder, person: Mention) -> None:
    """ "Tusk's Civic Coalition", "Modi's Bharatiya Janata Party": a party named right after a
    person's possessive is the person's (its role not said)."""
    at = person.end + 3
    party = next((o for o in finder.found.mentions_starting(at, at + 1)
                  if o.entity.table == ORGANISATION and o.entity.kind == "political"), None)
    if party is not None and not finder.affiliated(person.entity, party.entity):
        finder.found.affiliations.append(Affiliation(person.entity, party.entity, "current",
                                                     person.start, party.end))


def _member_of(finder: _Finder, person: Mention, word: str, start: int, end: int) -> None:
    """'Scientologist Tom Cruise', 'Ana Ruiz, a former Methodist': a capitalised member noun
    makes the person a member of the body the article names by it ('Scientology', 'the
    Methodist Church'); `start`-`end` is the phrase, for its 'former'."""
    if len(word) < 6 or not word[0].isupper() or _role_word(word) \
            or coref.is_person_noun(word.lower())[0]:
        return  # ('Economist Ana Ruiz' names her occupation, not The Economist)
    stem = word[:-3]
    forms = {word, f"{stem}y", f"{stem}ism"}
    body = next((o.entity for o in finder.found.mentions if o.entity.table == ORGANISATION
                 and o.mention_type == "name"
                 and not forms.isdisjoint(finder.text[o.start:o.end].split())), None)
    if body is None or finder.affiliated(person.entity, body):
        return
    status = "former" if names.FORMER.search(finder.text, start, end) else "current"
    finder.found.affiliations.append(Affiliation(
        person.entity, body, status, min(start, person.start), max(end, person.end),
        role="member"))


def joiners(finder: _Finder) -> None:
    """'She joined the Sea Org aged 14', 'Ana Ruiz joined Greenpeace': the person (a name or a
    pronoun resolved to one) who joined a body named right after the verb is its member."""
    text, found = finder.text, finder.found
    for at in offsets(text, ("join",)):
        space = at - 1  # (where the pattern begins and the subject ends)
        verb = _JOINED.match(text, space) if space >= 0 else None
        if verb is None:
            continue
        # ('Ana Ruiz, who joined Google in 2010': the name before the relative pronoun)
        who = _WHO_BEFORE.search(text, max(0, space - 12), space)
        named = who.start() if who else space
        person = next((m for m in found.mentions_between(max(0, named - 60), named)
                       if m.end == named and m.entity.table == ACTOR
                       and m.entity.kind == "person"), None) or _pronoun_subject(finder, space)
        if person is not None:
            _affiliate_at(finder, person, verb.end(), "member",
                          "current" if verb["verb"] == "joins" else "unknown", platform=False)


# 'the army, led by General X,', 'a party headed by X': the body and the person who leads it
_LED_BY: Final = re.compile(r"(?P<verb>led|headed|run|chaired|directed|founded|co-founded)"
                            r"[ \u00a0]+by[ \u00a0]+(?:(?:[A-Z][\w.]*)[ \u00a0]+){0,2}")
_BODY_GAP: Final = re.compile(r",?[ \u00a0]+(?:(?:which|that)[ \u00a0]+(?:is|was)[ \u00a0]+)?\Z")


def led_by(finder: _Finder) -> None:
    """'The army, led by General Ana Ruiz,': the person named after a body and 'led by' (or
    'headed', 'chaired', 'founded' ... 'by') leads it, with that role."""
    text, found = finder.text, finder.found
    for at in offsets(text, (" by ",)):
        verb = _LED_BY.match(text, text.rfind(" ", 0, at) + 1)
        if verb is None or verb.start("verb") > at:
            continue
        gap = _BODY_GAP.search(text, max(0, verb.start() - 20), verb.start())
        if gap is None:
            continue
        body = next((m for m in found.mentions_between(max(0, gap.start() - 120), gap.start())
                     if m.end == gap.start() and m.entity.table == ORGANISATION), None)
        person = next((m for m in found.mentions_starting(at + 4, verb.end() + 1)
                       if m.entity.table == ACTOR and m.entity.kind == "person"), None)
        if body is not None and person is not None \
                and not finder.affiliated(person.entity, body.entity):
            found.affiliations.append(Affiliation(
                person.entity, body.entity, "current", body.start, person.end,
                role=_LEADS_ROLE.get(verb["verb"], "head")))


def _pronoun_subject(finder: _Finder, end: int) -> Mention | None:
    """'she' or 'he' ending at `end`, as a mention of the named person it refers to."""
    start = end - 3 if finder.text[end - 3:end].lower() == "she" else end - 2
    if finder.text[start:end].lower() not in ("she", "he") \
            or finder.text[start - 1:start].isalpha():
        return None
    entity = coref.resolve_pronoun(finder.analysis, finder.found, start,
                                   finder.text[start:end].lower(), finder.doc)
    if entity is None or entity.table != ACTOR or entity.kind != "person":
        return None
    return Mention(start, end, entity, "pronoun")


def _names_person(finder: _Finder, at: int) -> bool:
    """Whether a person's name begins at offset `at`."""
    return any(p.entity.table == ACTOR and p.entity.kind == "person"
               for p in finder.found.mentions_starting(at, at + 1))


def _after_last_person(finder: _Finder, low: int, end: int) -> int:
    """The first word index >= `low` after the last person named in words [low, end): a role
    apposed before a name holds no other person's name ('A's head B, Pope Francis'), unless
    as its owner ('Chancellor A's spokesperson, B')."""
    words, text = finder.words, finder.text
    people = [p for p in finder.found.mentions_between(words.starts[low], words.ends[end - 1])
              if p.entity.table == ACTOR and p.entity.kind == "person"
              and text[p.end:p.end + 2] not in ("'s", "’s")] if end > low else []
    return bisect.bisect_left(words.starts, people[-1].end, low) if people else low


def _portfolio_body(finder: _Finder, person: Mention) -> None:
    """'Environment Minister John Baird' beside 'Environment Canada', 'Foreign Secretary David
    Miliband' beside 'the Foreign and Commonwealth Office': a minister belongs to the one
    government body the article names whose name holds the portfolio's words."""
    entity, title = person.entity, person.entity.title
    # (the portfolio: the words before 'Minister' or 'Secretary')
    body = _portfolio_body_of(finder, title.split()[:-1])
    if body is None or finder.affiliated(entity, body):
        return
    before = person.start - len(title) - 1
    start = before if before >= 0 and finder.text[before:person.start - 1] == title \
        else person.start
    finder.found.affiliations.append(Affiliation(entity, body, "current", start, person.end,
                                                 role=title))


def _portfolio(role: str) -> list[str]:
    """The portfolio's words of a role: 'Environment Minister', 'Secretary of State'."""
    if PORTFOLIO.fullmatch(role):
        return role.split()[:-1]
    of = OF_PORTFOLIO.fullmatch(role)
    return of["portfolio"].split() if of else []


def _portfolio_body_of(finder: _Finder, portfolio: list[str]) -> Entity | None:
    """The one government body the article names whose name holds all the portfolio's words
    ('Environment' -> 'Environment Canada', 'State' -> 'the State Department'), if one."""
    bodies = [e for e in finder.found.entities.values()
              if e.table == ORGANISATION and e.kind == "government"
              and all(w in e.name.split() for w in portfolio) and finder.mentioned(e)]
    return bodies[0] if len(bodies) == 1 else None


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """US states and territories: their names and postal codes (pycountry), and AP style's
    abbreviations."""
    import pycountry

    subdivisions = pycountry.subdivisions.get(country_code="US") or []
    return frozenset({s.name for s in subdivisions} | {s.code[3:] for s in subdivisions}
                     | _AP_STATES)


def _us_state(word: str) -> bool:
    """Whether a word names a US state ('Ohio', 'OH', 'Calif.'; a sentence's period after
    it is no part of it)."""
    return word in _us_states() or word.endswith(".") and word[:-1] in _us_states()


def _us_party(finder: _Finder, person: Mention, initial: re.Match[str]) -> None:
    """The party the initial of 'Ana Ruiz (D-Calif.)' or 'Ana Ruiz, D-Ohio,' names is
    mentioned there, and is the person's."""
    group = "party" if initial["party"] else "comma"
    known = finder.ref.lookup(_US_PARTIES[initial[group]])
    if known is None:
        return
    party = finder.found.add_mention(initial.start(group), initial.end(group),
                                     finder.from_known(known), "name").entity
    if not finder.affiliated(person.entity, party):
        finder.found.affiliations.append(Affiliation(
            person.entity, party, "current", person.start, initial.end(), role="member"))


def _owned_by_body(finder: _Finder, at: int) -> bool:
    """Whether an organisation's possessive opens the phrase at `at` ("Amnesty's director")."""
    return any(o.entity.table == ORGANISATION and finder.text[o.end:o.end + 2] in ("'s", "’s")
               for o in finder.found.mentions_starting(at, at + 1))


def _affiliate_at(finder: _Finder, person: Mention, at: int, role: str, status: str,
                  platform: bool = True) -> bool:
    """Affiliate `person` with the organisation named at offset `at` (the first added of those
    named there), if one is; `platform`: whether a platform may be that organisation. Whether
    an organisation is named there."""
    # (a name that begins with its article, 'of The Globe and Mail', begins before `at`)
    lo = at - 4 if finder.text[max(0, at - 4):at] in ("The ", "the ") else at
    org = next((o for o in finder.found.added_order(finder.found.mentions_starting(lo, at + 1))
                if o.entity.table == ORGANISATION and o.start in (lo, at)), None)
    if org is not None and (platform or org.entity.kind != "platform") \
            and not finder.affiliated(person.entity, org.entity):
        finder.found.affiliations.append(Affiliation(person.entity, org.entity, status,
                                                     person.start, org.end, role=role))
    return org is not None


def _listed_from(finder: _Finder, first: Mention) -> list[Mention]:
    """`first` and the people named after it in one list ('A, B and C': it ends after the
    name that follows 'and')."""
    chain = [first]
    later = sorted([p for p in finder.found.mentions_between(first.end, first.end + 200)
                    if p.mention_type == "name" and p.entity.table == ACTOR
                    and p.entity.kind == "person"], key=attrgetter("start"))
    for p in later:
        if p.start <= chain[-1].end:
            continue
        gap = _LIST_GAP.fullmatch(finder.text, chain[-1].end, p.start)
        if gap is None:
            break
        chain.append(p)
        if "and" in gap[0]:
            break
    return chain


def included_people(finder: _Finder, end: int) -> list[Mention]:
    """The named people a group ending at `end` is said to include ('..., including A and B')."""
    opener = _INCLUDING.match(finder.text, end)
    if opener is None:
        return []
    people = sorted([p for p in finder.found.mentions_between(opener.end(), opener.end() + 300)
                     if p.mention_type == "name" and p.entity.table == ACTOR
                     and p.entity.kind == "person"], key=attrgetter("start"))
    if not people or people[0].start != opener.end():
        return []
    chain = people[:1]
    for p in people[1:]:
        if p.start < chain[-1].end:
            continue
        gap = _INCLUDED_GAP.fullmatch(finder.text, chain[-1].end, p.start)
        if gap is None:
            break
        chain.append(p)
        if "and" in gap[0].split():
            break
    return chain


def _walk_back(finder: _Finder, low: int, end: int, loose: bool) -> tuple[int, int] | None:
    """The role phrase ending at the word before index `end` and starting at `low` or later."""
    words = finder.words
    starts, ends, texts, lowers = words.starts, words.ends, words.texts, words.lowers
    last = end - 2 if end > low and texts[end - 1] == "." and _title_period(words, end - 1, low) \
        else end - 1
    if not loose and (last < low or not (_role_word(texts[last])
                                         or lowers[last] in names.ROLE_MODIFIERS
                                         or _title_complement(words, last, low))):
        return None  # (a strict phrase ends at word `last`, which must be one of these)
    kept: list[int] = []  # word indices, last word first
    for i in range(end - 1, low - 1, -1):
        low_word, word = lowers[i], texts[i]
        ok = low_word in names.ROLE_MODIFIERS or low_word in ("'s", "’s") \
            or words.capitalised(i) or _role_word(word) or bool(finder.ref.country_of(word)) \
            or word in _LOOSE_MARKS and (_title_period(words, i, low)
                                         or _bracketed_acronym(words, i))
        if loose:
            ok = ok or low_word in PHRASE_WORDS or word in _LOOSE_MARKS
        elif low_word in _BODY_LINKS and kept and i > low and (
                words.capitalised(i - 1) and low_word != "at" or _role_word(texts[i - 1])) \
                and lowers[i - 1] != "according":
            ok = True  # "US Secretary of State Ana Ruiz", "director of the FBI Ana Ruiz";
            # not "According to Ana Ruiz"
        elif low_word == "the" and kept and i - 1 > low and lowers[i - 1] in _BODY_LINKS \
                and (words.capitalised(i - 2) and lowers[i - 1] != "at"
                     or _role_word(texts[i - 2])):
            ok = True  # "Secretary of the Navy Ana Ruiz"
        if not ok or (kept and ends[i] in finder.sentence_ends):
            break
        kept.append(i)
        if starts[i] in finder.sentence_starts:
            break
    kept.reverse()
    while kept and lowers[kept[0]] in _OPENING:
        kept.pop(0)
    while kept and (lowers[kept[-1]] in _COURTESY or texts[kept[-1]] == "." and not (
            len(kept) > 1 and lowers[kept[-2]] in names.ABBREVIATED_TITLES)):
        kept.pop()  # 'Undersecretary for Education Mr. X': the courtesy title is no office
    if not kept or not any(_role_word(texts[i]) for i in kept):
        return None
    return starts[kept[0]], ends[kept[-1]]


def _bare_words(phrase: str) -> list[str]:
    """The words of a phrase without possessive 's ('Turkey's' -> 'Turkey')."""
    return phrase.replace("’s", " ").replace("'s", " ").split()


def _ministerial(lows: set[str]) -> bool:
    """Whether a role's words name a cabinet office: 'minister', 'Defence Secretary'."""
    return not MINISTERIAL.isdisjoint(lows) or "secretary" in lows \
        and not PORTFOLIOS.isdisjoint(lows)


def _headed_country(finder: _Finder, person: Entity) -> str:
    """The country the reference says a person heads or headed ('' if none)."""
    known = finder.ref.lookup(person.name)
    return known.heads if known is not None and known.table == ACTOR else ""


def _title_complement(words: names.Words, last: int, low: int) -> bool:
    """Whether word `last` ends the capitalised complement of a title ('Ambassador to
    Germany', 'Governor of New Mexico'): one to three capitalised words after 'of', 'to' or
    'for' after a capitalised office."""
    lowers = words.lowers
    for j in range(last, max(low, last - 4) - 1, -1):
        if lowers[j] in _BODY_LINKS:
            return low < j < last and _role_word(words.texts[j - 1])
        if lowers[j] == "the" and low < j < last and lowers[j - 1] in _BODY_LINKS:
            continue  # 'Director of the FBI'
        if not words.capitalised(j):
            return False
    return False


def _bracketed_acronym(words: names.Words, i: int) -> bool:
    """Whether word `i` is a bracket around an acronym: 'Organisation of Islamic Cooperation
    (OIC) head X' (the body's name and its acronym are one part of the phrase)."""
    texts = words.texts
    if texts[i] == ")":
        return i > 1 and texts[i - 2] == "(" and names.is_acronym(texts[i - 1])
    return texts[i] == "(" and i + 2 < len(texts) and texts[i + 2] == ")" \
        and names.is_acronym(texts[i + 1])


def _title_period(words: names.Words, i: int, low: int) -> bool:
    """Whether word `i` is the period of an abbreviated title ('Mr.', 'Dr.') in its phrase."""
    return i > low and words.texts[i] == "." and words.ends[i - 1] == words.starts[i] \
        and _role_word(words.texts[i - 1])


def _blank(phrase: str, start: int, end: int) -> str:
    return phrase[:start] + " " * (len(phrase[start:end])) + phrase[end:]


def _role_text(finder: _Finder, start: int, end: int, person: Mention) -> tuple[str, int]:
    """The office words of a phrase and where the organisation part begins."""
    text = finder.text
    cut = end
    for m in finder.found.mentions_starting(start, end):
        if m.entity.table in (ORGANISATION, PLACE) and m is not person:
            prep = _PREP_BEFORE.search(text, start, m.start)
            if prep:
                cut = min(cut, prep.start())
    phrase = text[start:cut]
    for m in finder.found.mentions_between(start, cut):
        if m.entity.table == PLACE and m.entity.kind == "country":
            # the country is the affiliation's, not the role's
            phrase = _blank(phrase, m.start - start, m.end - start)
        elif m.entity.table == ORGANISATION and m is not person and m.mention_type == "name":
            # 'Acme's spokesman', 'a Acme lawyer': the organisation names the affiliation
            stop = m.end + 2 if text[m.end:m.end + 2] in ("'s", "’s") else m.end
            phrase = _blank(phrase, m.start - start, stop - start)
    words = (_POSSESSIVE_S.sub(" ", phrase) if "'" in phrase or "’" in phrase else phrase).split()
    if "(" in phrase:  # (the brackets of a blanked acronym)
        words = [w for w in words if w not in ("(", ")")]
    # 'Later a lawyer': a determiner before the office word opens the role, as does an owner's
    # possessive ("the union's lead organiser": the owner is no part of the role, but of a
    # relative's: "Paris's father")
    office = next((i for i, w in enumerate(words) if _role_word(w)), -1)
    kin = office >= 0 and words[office].lower() in names.KIN
    opener = max((i for i, w in enumerate(words[:office]) if w.lower() in DETERMINERS
                  or not kin and w.endswith(("'s", "’s"))), default=-1)
    words = words[opener + 1:]
    while words and (words[0].lower() in DETERMINERS or finder.ref.country_of(words[0])):
        words.pop(0)
    # End at the last office word among the first six, keeping an 'of State'-like complement.
    last = max((i for i, w in enumerate(words[:6]) if _role_word(w)), default=-1)
    if last < 0:
        return "", cut
    # an office word and 'of' or 'for' end the office words: what follows is its complement
    # ('Minister of Foreign Affairs', whose 'Foreign' is no office of its own)
    last = next((i - 1 for i in range(1, last + 1) if words[i] in ("of", "for")
                 and _role_word(words[i - 1])), last)
    end = last + 1
    if end + 1 < len(words) and words[end] in ("of", "for"):
        # 'of State', 'of the Navy', 'for Human Rights': the capitalised words after it
        after = end + 2 if words[end + 1] == "the" else end + 1
        stop = after
        while stop < len(words) and words[stop][:1].isupper():
            stop += 1
        end = stop if stop > after else end
    return " ".join(words[:end]), cut


def from_phrase(finder: _Finder, person: Mention, start: int, end: int, head: str = "",
                mods: str = "") -> None:
    """Fill the person's role and country and add the affiliations a role phrase states."""
    text = finder.text
    phrase = text[start:end]
    if head and not _role_word(head):
        return  # a description's head noun is the role, if it names one ('three former officers')
    if _OPPONENT_OF.search(phrase):
        return  # ('a critic of the ruling party' opposes it; 'a film critic for X' works for X)
    role = head or _role_text(finder, start, end, person)[0]
    if not role:
        return
    entity = person.entity
    headed = ""
    # in the order they were added, as a scan of `found.mentions` gives them
    inside = finder.found.mentions_between(start, end)
    if len(inside) > 1:  # (one or none is in any order)
        inside = finder.found.added_order(inside)
    inside = [m for m in inside if m is not person]
    # the first country named inside, else the first one a word of the phrase names
    # ('US Ambassador to Germany': the country an envoy is sent to is not the one served)
    posted = _POSTED.search(phrase) if " to " in phrase else None
    stop = start + posted.start() if posted else end
    country = next((m.entity.country for m in inside if m.start < stop
                    and m.entity.table == PLACE and m.entity.kind == "country"), None)
    words = _bare_words(phrase)
    if country is None:
        served = _bare_words(phrase[:stop - start]) if posted else words
        country = next(filter(None, map(finder.ref.country_of, served)), "")
    if country and not entity.country:
        entity.country = country
    parties: list[Entity] = []  # 'Republican Senator Ana Ruiz': the party is no part of the role
    if not any(m.entity.kind == "political" for m in inside
               if m.entity.table == ORGANISATION):
        for word in [w for w in words if w[:1].isupper() and w.isalpha()]:
            party = finder.party_named_by(word)
            if party is not None:
                parties.append(party)
                role = " ".join(w for w in role.split() if w != word) or role
    if not entity.role:
        entity.role = role
    # (`head` is the singular of a plural noun: 'German officials' is of the government)
    lows = {w.strip(".,").lower() for w in phrase.split()} | {fold(entity.title), head}
    orgs = [m.entity for m in inside if m.entity.table == ORGANISATION]
    portfolio = _portfolio(role) if not orgs and ("Minister" in role or "Secretary" in role) \
        else []
    if portfolio:  # 'Ana Ruiz, the Secretary of State': of the State Department
        body = _portfolio_body_of(finder, portfolio)
        if body is not None:
            orgs.append(body)
    # (an armed group or party named in the phrase is whose commanders they are: 'Hamas
    # commanders' are no national army's; a ministry's military adviser still serves one)
    if not MILITARY.isdisjoint(lows) and not any(o.kind in ("military", "political")
                                                 for o in orgs):
        forces = finder.national(country or finder.focal_country(), "armed_forces")
        if forces is not None:
            orgs.append(forces)
    elif not orgs and not OFFICES.isdisjoint(lows) and (
            country or not GOVERNMENT_WORDS.isdisjoint(lows) or person.mention_type == "name" and (
                _ministerial(lows) or (headed := _headed_country(finder, entity)))):
        # 'Minister of Education Ana Ruiz': a named minister with no country in the phrase
        # serves that of the person, else the one the article is about, as 'government
        # officials' and 'cabinet ministers' do; 'President X' the country the reference says
        # X heads
        government = finder.national(
            country or headed or entity.country or finder.focal_country(), "government")
        if government is not None:
            orgs.append(government)
    orgs += parties
    evidence = (min(start, person.start), max(end, person.end))
    status = ""  # (read only for an affiliation added)
    for org in orgs:
        known = finder.found.entities.get(org.key)
        if known is None or not finder.mentioned(known):
            continue  # an organisation the text never names gets no row to point at
        org = finder.found.add_entity(org)
        if not finder.affiliated(entity, org):
            status = status or ("former" if names.FORMER.search(phrase) else "current")
            finder.found.affiliations.append(Affiliation(entity, org, status, *evidence,
                                                         role=role))
