"""People, organisations and places: mentions found in the text, resolved into one entity each.

1. Runs of capitalised words (`names.runs`) are split into reference matches (`reference.py`),
   organisations and places by their head word (`... Embassy`, `Church of ...`, `... Base`),
   people (two or more name words, titles such as `Colonel` moved aside) and single words.
2. Within the article, a single word or a shorter name that is part of one found name is that
   entity (`Guaidó`, `Guaido`, `Guillen Martinez`, `Martinez` -> the full names).
3. `Venezuela's army`, `the Venezuelan military`, `the Maduro government` are the country's armed
   forces or government (through the reference's `represents` and `heads`).
4. Unnamed people become anonymous and group actors (`descriptions.py`); titles, roles and
   affiliations come from pre-modifiers and appositions (`affiliations.py`).
Headlines and datelines are title-cased, so there only known names and names found in the body
count.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from . import affiliations, names
from .descriptions import GENERIC, descriptions
from .model import ACTOR, ORGANISATION, PLACE, Entity, Extraction, Mention
from .names import ORG_HEADS, PLACE_HEADS, Token
from .reference import Known, Reference, fold, load
from .text import Analysis

SPEECH = re.compile(r"[ \u00a0]+(?:said|says|told|tells|stated|states|wrote|writes|added|adds|"
                    r"asked|asks|explained|claimed|claims|warned|argued)\b")
OWNED = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:(?:political|national|armed)[ \u00a0]+)?"
    r"(government|administration|regime|military|army|armed[ \u00a0]+forces|navy|"
    r"air[ \u00a0]+force|opposition|parliament)\b", re.IGNORECASE)
OFFICE = re.compile(r"['’]s[ \u00a0]+(?:office|department|station)\b")
OWNED_NOUNS = frozenset({"government", "administration", "regime", "military", "army", "forces",
                         "navy", "opposition", "parliament"})
# 'the company Hitwise UK', 'the newspaper El País': a common noun says what the name is.
KIND_NOUN = re.compile(r"\b(?:the[ \u00a0]+)?(?P<noun>company|firm|website|site|newspaper|"
                       r"magazine|broadcaster|agency|party|platform|channel)[ \u00a0]+$")
KIND_OF_NOUN = {"company": "company", "firm": "company", "website": "platform",
                "site": "platform", "platform": "platform", "newspaper": "media",
                "magazine": "media", "broadcaster": "media", "channel": "media",
                "agency": "government", "party": "political"}
# 'Clearwater, Florida': an unknown word before a known place is a town in it.
PLACE_AFTER = re.compile(r",[ \u00a0]+")
TOWN_BEFORE = re.compile(r"\b(?:town|city|village|port|capital)[ \u00a0]+of[ \u00a0]+$")
REPRESENTS = {"government": "government", "administration": "government", "regime": "government",
              "military": "armed_forces", "army": "armed_forces", "armed forces": "armed_forces",
              "parliament": "legislature"}
ACRONYM_DEF = re.compile(r"[ \u00a0]*\((?P<acr>[A-Z][A-Z.]{1,8})\)")
# 'Scientologist Tom Cruise': a first word with an agent-noun ending may be a description.
ROLE_ENDINGS = ("ist", "ite", "ian", "crat", "can", "er", "or")
# 'US military assistance': 'military' is an adjective there, not the armed forces.
ADJECTIVAL = re.compile(
    r"[ \u00a0]+(?:[a-z]+(?:ance|ence|tion|sion|ment|ity|ship|ing)|units?|aid|forces?|bases?|"
    r"officers?|leaders?|personnel|support|budget|exercises?|vehicles?|equipment|hardware|"
    r"coup|courts?|chiefs?|commanders?|revolt|uprising|service|attach[eé]s?|spending|"
    r"sources?|officials?|spokesm[ae]n|spokesperson|figures?|member|members)\b")
BLOCK = frozenset([
    "day", "week", "year", "war", "act", "law", "cup", "games", "award", "prize", "festival",
    "summit", "conference", "olympics", "treaty", "accord", "agreement", "protocol", "revolution",
    "crisis", "era", "age", "category", "section", "history", "video", "statement", "report"
])


@dataclass
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


def _is_headline(text: str, start: int, end: int) -> bool:
    """A title-cased line without a final stop (headline) or a dateline."""
    line = text[start:end].rstrip()
    if line[-1:] in ".!?\"”" or len(line) > 200:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in names.STOP
             or w[0].isupper()]
    if not words or line[-1:] in ".!?\"”":
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) >= 0.6


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
        self.cands: list[Cand] = []
        self.toks = names.tokens(self.text)
        self._tok_starts = [t.start for t in self.toks]

    def tokens_before(self, offset: int, count: int) -> list[Token]:
        """Up to `count` words ending at or before `offset`."""
        i = bisect.bisect_left(self._tok_starts, offset)
        return self.toks[max(0, i - count):i]

    # -- step 1: runs into candidates -------------------------------------------------------
    def initial(self, tok: Token) -> bool:
        """Whether the word opens a sentence, a quotation or a clause after a colon."""
        if tok.start in self.sentence_starts:
            return True
        before = self.text[max(0, tok.start - 3):tok.start].rstrip(" \u00a0")
        return not before or before[-1] in "\"“‘'(:—–-\n\r"

    def joined(self, runs: list[list[Token]]) -> list[list[Token]]:
        """'Korean People' + 's + 'Army' is one name when known or headed as an organisation."""
        out: list[list[Token]] = []
        for run in runs:
            if out:
                prev = out[-1]
                gap = self.text[prev[-1].end:run[0].start]
                if re.fullmatch(r"['’]s[ \u00a0]", gap):
                    whole = self.text[prev[0].start:run[-1].end]
                    owner = self.ref.lookup(self.span(prev))
                    if self.ref.lookup(whole) is not None or (
                            run[-1].lower in ORG_HEADS and owner is None
                            and not self.ref.country_of(self.span(prev))):
                        i = bisect.bisect_left(self._tok_starts, prev[-1].end)
                        out[-1] = [*prev, self.toks[i], *run]
                        continue
            out.append(run)
        return out

    def in_headline(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.headlines)

    def span(self, toks: list[Token]) -> str:
        return self.text[toks[0].start:toks[-1].end]

    def cand(self, toks: list[Token], kind: str, **kw: object) -> Cand:
        words = tuple(fold(t.text) for t in toks)
        return Cand(toks[0].start, toks[-1].end, kind, words, **kw)  # type: ignore[arg-type]

    def run(self, run: list[Token]) -> None:
        ref = self.ref
        if self.initial(run[0]) and run[0].lower in names.STOP \
                and ref.lookup(self.span(run)) is None:
            run = run[1:]
        while run and run[0].text.islower() and run[0].lower in names.CONNECTORS | names.PARTICLES:
            run = run[1:]
        if not run:
            return
        headline = self.in_headline(run[0].start)
        noun = KIND_NOUN.search(self.text, max(0, run[0].start - 20), run[0].start)
        if noun and not headline and all(t.text[0].isalnum() for t in run):
            self.cands.append(self.cand(run, "org", sub=KIND_OF_NOUN[noun["noun"]]))
            return
        if not headline and self._structural(run):
            return
        pieces: list[tuple[list[Token], Known | None]] = []
        i = 0
        while i < len(run):
            known, j = None, i + 1
            if run[i].lower not in names.CONNECTORS | names.PARTICLES:
                for j in range(min(len(run), i + ref.max_words), i, -1):
                    if run[j - 1].lower in names.CONNECTORS | names.PARTICLES:
                        continue
                    known = ref.lookup(self.span(run[i:j]))
                    if known is not None and self.text[run[j - 1].end:run[j - 1].end + 1] == "$":
                        known = None  # 'US$ 20': a currency
                    if known is not None:
                        break
            if known is None:
                j = i + 1
            pieces.append((run[i:j], known))
            i = j
        pieces = self._name_over_place(pieces)
        segment: list[Token] = []
        for toks, known in [*pieces, ([], None)]:
            if known is None and toks and toks[0].lower not in names.CONNECTORS:
                segment.extend(toks)
                continue
            if segment:
                self.segment(segment, headline)
                segment = []
            if known is not None:
                self.cands.append(self.cand(toks, "known", known=known, headline=headline))

    def _name_over_place(self, pieces: list[tuple[list[Token], Known | None]]
                         ) -> list[tuple[list[Token], Known | None]]:
        """'Valeska Paris': a one-word city or person next to unknown name words is a name."""
        out = list(pieces)
        for i, (toks, known) in enumerate(out):
            if known is None or len(toks) != 1 or known.kind == "country":
                continue
            if known.table == ORGANISATION:
                continue
            nearby = [out[k] for k in (i - 1, i + 1) if 0 <= k < len(out)]
            if any(k is None and _plain_name(t[0]) for t, k in nearby):
                out[i] = (toks, None)
        return out

    def _structural(self, run: list[Token]) -> bool:
        """An organisation or place by its head word: 'Washington D.C. Embassy', 'Church of X'."""
        lows = [t.lower for t in run]
        if len(run) >= 2 and lows[-1] in ORG_HEADS and lows[-1] not in names.CONNECTORS:
            owner = self.ref.lookup(self.span(run[:-1]))
            if lows[-1] in OWNED_NOUNS and owner is not None and (
                    owner.table == ACTOR or owner.kind == "country"):
                return False  # 'Trump Administration': the owner's national body, later
            if self.ref.lookup(self.span(run)) is not None:
                return False
            country = self.ref.country_of(run[0].text)
            self.cands.append(self.cand(run, "org", sub=ORG_HEADS[lows[-1]], country=country))
            return True
        for k in range(len(run) - 2):
            if lows[k] in ORG_HEADS and lows[k + 1] == "of":
                end = k + 2
                while end < len(run) and (lows[end] not in names.CONNECTORS or lows[end] == "the"):
                    end += 1
                if end > k + 2 and self.ref.lookup(self.span(run[:end])) is None:
                    self.cands.append(self.cand(run[:end], "org", sub=ORG_HEADS[lows[k]]))
                    if end < len(run) - 1:
                        self.run(run[end + 1:])
                    return True
        if len(run) >= 2 and lows[0] in ORG_HEADS and all(_plain_name(t) for t in run[1:]):
            self.cands.append(self.cand(run, "org", sub=ORG_HEADS[lows[0]]))
            return True
        if len(run) >= 2 and lows[-1] in PLACE_HEADS and self.ref.lookup(self.span(run)) is None \
                and not _role_word(run[0]):
            self.cands.append(self.cand(run, "place", sub=PLACE_HEADS[lows[-1]]))
            return True
        return False

    def segment(self, seg: list[Token], headline: bool) -> None:
        """Unmatched words of a run: title words, nationalities, then a person or one word."""
        k = 0
        while k < len(seg) - 1 and seg[k].lower.rstrip(".") in names.ROLE_WORDS | names.HONORIFICS:
            k += 1
        title = self.span(seg[:k]) if k else ""
        if title and seg[0].lower.rstrip(".") in names.HONORIFICS:
            title = " ".join(t.text for t in seg[:k] if t.lower.rstrip(".") not in
                             names.HONORIFICS)
        rest = seg[k:]
        if all(_role_word(t) for t in seg):
            return  # 'Prime Minister', 'Secretary': an office, not a person
        while rest:
            two = fold(self.span(rest[:2])) if len(rest) >= 2 else ""
            size = 2 if two in self.ref.demonyms else 1
            country = self.ref.demonyms.get(two) or self.ref.demonyms.get(fold(rest[0].text))
            if not country:
                break
            self.cands.append(self.cand(rest[:size], "nationality", country=country))
            rest = rest[size:]
        if not rest:
            return
        if rest[0].lower in names.COMPASS:
            if len(rest) >= 2 and not headline:
                self.cands.append(self.cand(rest, "place", sub="region"))
            return
        if len(rest) >= 2 and not headline:
            if all(_plain_name(t) for t in rest) and not any(t.lower in BLOCK for t in rest):
                self.cands.append(self.cand(rest, "person", title=title))
            return
        if len(rest) == 1:
            self.cands.append(self.cand(rest, "single", title=title, headline=headline))

    # -- step 2: resolution -----------------------------------------------------------------
    def resolve(self) -> None:
        people = [c for c in self.cands if c.kind == "person"]
        tuples = {c.words for c in people}
        for c in people:  # 'Scientologist Tom Cruise' when 'Tom Cruise' stands alone elsewhere
            if len(c.words) >= 3 and c.words[1:] in tuples and c.words[0].endswith(ROLE_ENDINGS):
                c.title = self.text[c.start:c.start + len(c.words[0])]
                c.start += len(c.words[0]) + 1
                c.words = c.words[1:]
        full: dict[tuple[str, ...], tuple[str, ...]] = {}
        for words in sorted({c.words for c in people}, key=len, reverse=True):
            owners = {full[n] for n in full if _inside(words, n)}
            full[words] = owners.pop() if len(owners) == 1 else words
        entities: dict[tuple[str, ...], Entity] = {}
        for c in sorted(people, key=lambda c: -len(c.words)):
            canon = full[c.words]
            if canon not in entities:
                display = next(self.text[p.start:p.end] for p in people if p.words == canon)
                entities[canon] = Entity(ACTOR, "person", " ".join(display.split()))
            c.entity = entities[canon]
            if c.title and not c.entity.title:
                c.entity.title = c.title
        for c in self.cands:
            if c.kind == "known":
                c.entity = _from_known(c.known)  # type: ignore[arg-type]
                if len(c.words) == 1 and c.known.table != ACTOR:  # type: ignore[union-attr]
                    owner = _owner(c.words, entities)
                    if owner is not None:  # 'Paris' of 'Valeska Paris', not the city
                        c.entity = owner
            elif c.kind in ("org", "place"):
                table = ORGANISATION if c.kind == "org" else PLACE
                c.entity = Entity(table, c.sub, " ".join(self.text[c.start:c.end].split()),
                                  country=c.country)
            elif c.kind == "nationality":
                country = self.ref.countries.get(c.country)
                c.entity = _from_known(country) if country else None
        self._acronyms()
        known_people = {tuple(fold(c.entity.name).split()): c.entity for c in self.cands
                        if c.kind == "known" and c.entity and c.entity.table == ACTOR}
        orgs = {tuple(fold(c.entity.name).split()): c.entity for c in self.cands
                if c.kind in ("org", "known") and c.entity and c.entity.table == ORGANISATION}
        for c in self.cands:
            if c.kind == "single" and c.entity is None:
                c.entity = self._single(c, entities | known_people, orgs)

    def _acronyms(self) -> None:
        """'Korean Central News Agency (KCNA)': the bracketed acronym names the organisation."""
        for c in self.cands:
            if c.entity is None or c.entity.table != ORGANISATION:
                continue
            m = ACRONYM_DEF.match(self.text, c.end)
            if m:
                for other in self.cands:
                    if other.kind == "single" and self.text[other.start:other.end] == m["acr"]:
                        other.entity = c.entity

    def _single(self, c: Cand, people: dict[tuple[str, ...], Entity],
                orgs: dict[tuple[str, ...], Entity]) -> Entity | None:
        word = self.text[c.start:c.end]
        owner = _owner(c.words, people)
        if owner is not None:
            return owner
        heads = {id(org): org for words, org in orgs.items() if c.words[0] in words}
        if c.words[0] in ORG_HEADS and len(heads) == 1:
            return next(iter(heads.values()))  # 'the Church' after 'the Church of Scientology'
        for words, org in orgs.items():
            if c.words[0] in words and c.words[0] not in ORG_HEADS \
                    and c.words[0] not in names.STOP:
                return org
        if c.headline or word.lower() in names.STOP or word.lower() in BLOCK:
            return None
        if c.title or (SPEECH.match(self.text, c.end) and not names.is_acronym(word)):
            return Entity(ACTOR, "person", word, title=c.title)
        if names.is_camel(word):
            return Entity(ORGANISATION, "platform", word)
        after = PLACE_AFTER.match(self.text, c.end)
        if after and any(o.start == after.end() and o.entity is not None
                         and o.entity.table == PLACE for o in self.cands) \
                or TOWN_BEFORE.search(self.text, max(0, c.start - 20), c.start):
            return Entity(PLACE, "city", word)
        return None

    # -- step 3: mentions, owned organisations, descriptions, affiliations -------------------
    def emit(self) -> None:
        for c in sorted(self.cands, key=lambda c: c.start):
            if c.entity is None:
                continue
            kind = "nationality" if c.kind == "nationality" else "name"
            if c.kind == "nationality" and self.text[c.end - 1] == "s" \
                    and fold(self.text[c.start:c.end]) in self.ref.plural_demonyms:
                group = Entity(ACTOR, "group", self.text[c.start:c.end], country=c.country,
                               scope=self.doc)
                self.found.add_mention(c.start, c.end, group, "name")
                continue
            self.found.add_mention(c.start, c.end, c.entity, kind)

    def owned(self) -> None:
        """'Venezuela's army', 'the Venezuelan military', 'the Maduro government'."""
        for m in list(self.found.mentions):
            office = OFFICE.match(self.text, m.end)
            if office and m.entity.table == ORGANISATION and m.mention_type == "name":
                name = " ".join(self.text[m.start:office.end()].split())
                self.found.mentions.remove(m)  # the office is the organisation named
                self.found.add_mention(m.start, office.end(), Entity(
                    ORGANISATION, m.entity.kind, name, country=m.entity.country), "name")
                continue
            hit = OWNED.match(self.text, m.end)
            if hit is None or m.entity.table == ORGANISATION \
                    or ADJECTIVAL.match(self.text, hit.end()):
                continue
            noun = " ".join(hit.group(1).lower().split())
            org = self._owned_org(m, noun)
            if org is not None:
                kind = "name" if hit.group(1)[0].isupper() else "description"
                self.found.add_mention(m.start, hit.end(), org, kind)

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

    def focal_country(self) -> str:
        counts = Counter(m.entity.country for m in self.found.mentions
                         if m.entity.table == PLACE and m.entity.kind == "country")
        return counts.most_common(1)[0][0] if counts else ""

    def unnamed(self) -> None:
        """Anonymous and group actors from descriptions, and roles of the people they name."""
        text = self.text
        named = sorted((m for m in self.found.mentions if m.mention_type == "name"),
                       key=lambda m: m.start)
        anonymous: list[tuple[str, Entity]] = []
        counts: Counter[str] = Counter()
        for d in descriptions(text, self.toks):
            if any(m.start < d.end and d.start < m.end and not (d.start <= m.start
                   and m.end <= d.end) for m in named):
                continue
            people = affiliations.apposed_people(text, d.start, d.end, named)
            if people:
                for person in people:
                    affiliations.from_phrase(self, person, d.start, d.end, d.head, d.mods)
                if not d.plural:
                    continue
            country = next((self.ref.country_of(w) for w in d.mods.split()
                            if self.ref.country_of(w)), "")
            if d.plural:
                # Only a nationality or 'former' just before the noun names the group.
                last = d.mods.split()[-1:]
                mods = [w for w in last if self.ref.country_of(w) or w.lower() == "former"]
                head = " ".join(text[d.start:d.end].split()[-len(d.head.split()):])
                name = " ".join([*mods, head if head[:1].islower() else head.lower()])
                group = Entity(ACTOR, "group", name, country=country, scope=self.doc)
                self.found.add_mention(d.start, d.end, group, "description")
                continue
            if d.definite:
                earlier = next((e for head, e in reversed(anonymous)
                                if head == d.head or d.head in GENERIC), None)
                if earlier is not None:
                    self.found.add_mention(d.start, d.end, earlier, "description")
                continue
            counts[d.head] += 1
            base = " ".join(["unnamed", *[w for w in d.mods.split() if w.islower()], d.head])
            name = base if counts[d.head] == 1 else f"{base} {counts[d.head]}"
            person = Entity(ACTOR, "anonymous", name, country=country, scope=self.doc)
            mention = self.found.add_mention(d.start, d.end, person, "description")
            anonymous.append((d.head, mention.entity))
            affiliations.from_phrase(self, mention, d.start, d.end, d.head, d.mods)


def _plain_name(tok: Token) -> bool:
    """A word that can be part of a person's name."""
    low = tok.lower.rstrip(".")
    return (tok.text[0].isalpha() and not names.is_acronym(tok.text.rstrip("."))
            or len(tok.text) == 2 and tok.text.endswith(".")) \
        and low not in names.STOP and low not in ORG_HEADS and low not in PLACE_HEADS \
        and low not in BLOCK or tok.lower in names.PARTICLES


def _role_word(tok: Token) -> bool:
    low = tok.lower.rstrip(".")
    return low in names.ROLE_WORDS or low in names.HONORIFICS


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `short` is a contiguous part of `long` (a surname form of a full name)."""
    n = len(short)
    return n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _owner(words: tuple[str, ...], people: dict[tuple[str, ...], Entity]) -> Entity | None:
    owners = {id(e): e for full, e in people.items() if _inside(words, full)
              and words[0] not in names.PARTICLES}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _from_known(known: Known) -> Entity:
    return Entity(known.table, known.kind, known.name, title=known.title, role=known.role,
                  country=known.country, wikidata_id=known.wikidata_id)


def find(analysis: Analysis, found: Extraction, document_id: str) -> None:
    """Add the article's people, organisations and places (with their mentions) to `found`."""
    finder = _Finder(analysis, found, document_id)
    for run in finder.joined(names.runs(analysis.text, finder.toks)):
        finder.run(run)
    finder.resolve()
    finder.emit()
    finder.owned()
    affiliations.roles(finder)
    finder.unnamed()
