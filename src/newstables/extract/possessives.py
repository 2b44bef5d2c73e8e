"""People described through someone else: `Thailand's foreign minister`, `Paris's mother`,
`her parents`.

A possessive (a name's `'s`, or `his`/`her` resolved to a person) followed by a few modifiers
and a noun for a role or a relative is a mention of a person:
- the person an apposition names (`Thailand's foreign minister, Jane Doe,`; `Jane Doe,
  Thailand's foreign minister`; also after a complement: `X's envoy at the Y Embassy, Z`);
- else an anonymous actor named by the description and its owner (`foreign minister of
  Thailand`, `mother of Ana Ruiz`), or a group for plural relatives (`parents of ...`).
  Within an article the same description of the same owner is the same actor.
A name right after the description (`France's President Emmanuel Macron`) is the person's own
mention already, so the description adds nothing there.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from . import affiliations, coref
from .descriptions import ADJECTIVES
from .model import ACTOR, PLACE, Entity, Mention
from .names import KIN, ROLE_MODIFIERS, SPACES
from .text import offsets

if TYPE_CHECKING:
    from .entities import _Finder


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())

KIN_PLURAL: Final = _words("""parents children sons daughters brothers sisters relatives
    grandparents""")
ROLES: Final = _words("""minister president premier chancellor secretary ambassador attaché attache
    envoy diplomat spokesman spokeswoman spokesperson leader chief head commander general
    adviser advisor aide deputy lawyer attorney director chairman chairwoman founder king queen
    prince princess governor mayor official representative editor owner executive coach
    captain manager counsel""")
HEADS: Final = KIN | KIN_PLURAL | ROLES
MODIFIERS: Final = ROLE_MODIFIERS | frozenset(ADJECTIVES.split()) | _words(
    """future late new elder younger eldest youngest longtime long-time estranged intelligence
    first""")
_S: Final = r"[ \u00a0]+"
_WORD: Final = r"(?:[Ee]x-)?[^\W\d_][\w-]*"
# after the owner: 's, up to three modifiers, the head noun (not itself a modifier: 'X's
# president-elect' is fine, 'X's minister's' is left alone)
AFTER_NAME: Final = re.compile(rf"['’]s{_S}(?P<phrase>(?:{_WORD}{_S}){{0,3}}{_WORD})(?![\w'’-])")
# the word boundary before it is checked in code (see `_pronoun_hits`)
PRONOUN = re.compile(rf"[Hh](?:is|er){_S}(?P<phrase>(?:{_WORD}{_S}){{0,3}}{_WORD})(?![\w'’-])")
COMPLEMENT: Final = re.compile(rf"{_S}(?:at|of|in|for|to|with){_S}(?:the{_S})?")
# between an office and the name it is the title of: spaces, or an 'of'/'for' complement in
# capitals and a comma ("Spain's Minister of the Interior, Ana Ruiz")
TITLE_GAP: Final = re.compile(rf"{_S}(?:(?:of|for){_S}(?:the{_S})?[A-Z][\w'’-]*"
                              rf"(?:{_S}(?:and{_S})?[A-Z][\w'’-]*)*,?{_S})?")
APPOSITION_END: Final = re.compile(r"[ \u00a0]*(?:[,.;:)\]—–]|$)")
SPEECH: Final = re.compile(rf"{_S}(?:said|says|told|tells|added|adds|wrote|writes|stated)\b")
# ', who served' / ', who was appointed' between a person and 'as' and the description
WHO_VERB: Final = re.compile(rf",{_S}who(?:{_S}[a-z]+){{1,3}}")


def _head(phrase: str) -> tuple[int, str] | None:
    """The end (within `phrase`) of the description and its head noun: the first head word,
    every word before it a modifier."""
    pos = 0
    words = phrase.split()
    for k, word in enumerate(words):
        pos = phrase.index(word, pos) + len(word)
        low = word.lower()
        noun = low.removeprefix("ex-")
        if noun in HEADS and not (k + 1 < len(words) and words[k + 1] in ROLES):
            return pos, noun  # (not 'general' in 'general counsel', 'chief executive')
        if low not in MODIFIERS and noun not in ROLES:
            return None
    return None


def _described(finder: _Finder, owner: Entity, start: int, end: int, head: str) -> Entity:
    """The anonymous actor (or group of relatives) the words at [start, end) name."""
    words = finder.text[start:end].split()
    kind = "group" if head in KIN_PLURAL else "anonymous"
    return Entity(ACTOR, kind, f"{' '.join(words)} of {owner.name}", country=owner.country,
                  role=head if head in ROLES else "", scope=finder.doc)


def _apposed(finder: _Finder, owner: Entity, start: int, end: int) -> Mention | None:
    """The one person an apposition names, after a complement ('at the Y Embassy') if any."""
    text, found = finder.text, finder.found
    stop = end
    link = COMPLEMENT.match(text, end)
    if link is not None:
        body = found.mention_covering(link.end(), link.end() + 1)
        if body is not None and body.start == link.end() and body.entity.table != ACTOR:
            stop = body.end
    near = [m for m in found.mentions_starting(max(0, start - 60), stop + 120)
            if m.mention_type == "name"]
    people = affiliations.apposed_people(text, start, stop, near)
    if len(people) != 1 or people[0].entity is owner:
        return None  # 'to speak with his mother, Ortega was ...': a clause, not apposition
    person = people[0]
    # an apposition closes with punctuation or goes on to a speech verb ('..., Jean Dupont said')
    if person.start > start and not (APPOSITION_END.match(text, person.end)
                                     or SPEECH.match(text, person.end)):
        return None
    return person


def _add(finder: _Finder, owner: Entity, start: int, phrase: int, end: int, head: str) -> None:
    found, text = finder.found, finder.text
    if text[end:end + 1] in SPACES and any(
            m.entity.table == ACTOR and TITLE_GAP.fullmatch(text, end, m.start)
            for m in found.mentions_starting(end + 1, end + 80)):
        return  # 'France's President Emmanuel Macron': the name is the mention
    # ('Kent Walker, the company's lawyer': the apposition begins at the owner's 'the')
    lead = start - 4 if text[max(0, start - 4):start] in ("the ", "The ") else start
    person = _apposed(finder, owner, lead, end) if head not in KIN_PLURAL else None
    if person is None and text.endswith(" as ", max(0, start - 4), start):
        # 'named Tom Baker as her chief of staff', 'Tom Baker, who served as her chief of
        # staff': the description is the person's
        person = next((m for m in found.mentions_starting(max(0, start - 64), start - 4)
                       if (m.end == start - 4 or WHO_VERB.fullmatch(text, m.end, start - 4))
                       and m.entity.table == ACTOR and m.entity.kind == "person"
                       and m.entity is not owner), None)
    if person is not None:  # (the person's role is the whole phrase: 'foreign minister')
        mention = found.add_mention(start, end, person.entity, "description")
        if head in ROLES:
            affiliations.from_phrase(finder, mention, start, end)
        return
    mention = found.add_mention(start, end, _described(finder, owner, phrase, end, head),
                                "description")
    if head in ROLES:
        affiliations.from_phrase(finder, mention, start, end, head, "")


def _all(text: str, mark: str) -> list[int]:
    """Every offset where `mark` occurs in `text`."""
    found, at = [], text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _pronoun_hits(text: str) -> list[re.Match[str]]:
    """The matches of `PRONOUN` that begin a word, in text order and not overlapping: every
    match begins with one of the words below, so only their places (found with `str.find`) are
    tried. The end of a longer word ('this', 'whether') is not tried, so it cannot hide the
    pronoun after it ('whether his brother')."""
    hits: list[re.Match[str]] = []
    resume = 0
    for at in offsets(text, ("his", "His", "her", "Her")):
        if at >= resume and text.startswith((" ", "\u00a0"), at + 3) \
                and not (at and text[at - 1].isalnum()):
            hit = PRONOUN.match(text, at)
            if hit is not None:
                hits.append(hit)
                resume = hit.end()
    return hits


def find(finder: _Finder) -> None:
    """Mentions for descriptions after a possessive name or a possessive 'his'/'her'."""
    text, found = finder.text, finder.found
    # (start, owner or None for a pronoun at start, description start, end, head noun)
    hits: list[tuple[int, Entity | None, int, int, str]] = []
    # Only mentions followed by 's can own: the places of 's are found once.
    owned_at = {at for mark in ("'s", "’s") for at in _all(text, mark)}
    for owner in [m for m in found.mentions if m.end in owned_at]:
        if owner.mention_type not in ("name", "description") or owner.members \
                or owner.entity.table == ACTOR and owner.entity.kind not in ("person", "group") \
                or owner.entity.table == PLACE and owner.entity.kind != "country":
            continue
        hit = AFTER_NAME.match(text, owner.end)
        if hit is None:
            continue
        parsed = _head(hit["phrase"])
        if parsed is None:
            continue
        end = hit.start("phrase") + parsed[0]
        if found.mention_covering(owner.end, end) is not None:
            continue  # 'Peru's army': already something else
        # the outermost owner only: 'the Bank of England's governor', not 'England's'
        if any(m.end == owner.end and m.end - m.start > owner.end - owner.start
               for m in found.mentions_starting(owner.start - 120, owner.start + 1)):
            continue
        hits.append((owner.start, owner.entity, hit.start("phrase"), end, parsed[1]))
    for hit in _pronoun_hits(text):
        parsed = _head(hit["phrase"])
        if parsed is None or coref.in_quotation(finder.analysis, found, hit.start()):
            continue
        end = hit.start("phrase") + parsed[0]
        if found.mention_covering(hit.start(), end) is not None:
            continue
        hits.append((hit.start(), None, hit.start("phrase"), end, parsed[1]))
    for start, owner_entity, phrase, end, head in sorted(hits, key=itemgetter(0)):
        if owner_entity is None:  # resolved in text order: 'her mother' may name an earlier actor
            word = text[start:start + 3].lower()
            owner_entity = coref.resolve_pronoun(finder.analysis, found, start, word, finder.doc)
            if owner_entity is None or owner_entity.table != ACTOR or owner_entity.kind != "person":
                continue
        _add(finder, owner_entity, start, phrase, end, head)
