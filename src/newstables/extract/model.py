"""The in-memory results of extracting one article, before they become table rows.

Stages add to one `Extraction`: entities first (people, organisations, places and their mentions),
then quotes and events, which point at those entities and may add anonymous actors of their own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Final

from ..ids import fold as _fold
from ..ids import make_id

ACTOR, ORGANISATION, PLACE = "actor", "organisation", "place"
_FIRST: Final = itemgetter(0)
ID_PREFIX: Final = {ACTOR: "act", ORGANISATION: "org", PLACE: "plc"}
# Keys and ids are asked for many times per entity (every mention, every row); they depend only on
# a few strings, so both are memoised on those strings (entities stay mutable: a changed name
# simply gives another cache entry).
fold = lru_cache(maxsize=65_536)(_fold)


@lru_cache(maxsize=65_536)
def _key(table: str, kind: str, name: str, country: str, wikidata_id: str, scope: str
         ) -> tuple[str, ...]:
    if wikidata_id:
        return (table, "wikidata", wikidata_id)
    if table == PLACE and kind == "country" and country:
        return (table, "country", country)
    return (table, kind if scope else "", scope, fold(name))


@lru_cache(maxsize=65_536)
def _id(key: tuple[str, ...]) -> str:
    return make_id(ID_PREFIX[key[0]], *key)


@dataclass(eq=False)
class Entity:
    """A person, group, organisation or place as resolved within one article."""

    table: str  # actor | organisation | place
    kind: str  # actor: person/group/anonymous; organisation: media/...; place: country/city/...
    name: str
    title: str = ""
    role: str = ""
    country: str = ""
    wikidata_id: str = ""
    scope: str = ""  # a document id for entities that exist only in that article (anonymous, group)

    @property
    def key(self) -> tuple[str, ...]:
        """What makes two entities the same, within an article and across the corpus."""
        return _key(self.table, self.kind, self.name, self.country, self.wikidata_id, self.scope)

    @property
    def id(self) -> str:
        return _id(self.key)


@dataclass(eq=False, slots=True)  # (one made per mention: no attribute dict to fill)
class Mention:
    start: int
    end: int
    entity: Entity
    mention_type: str = "name"  # name | nationality | description | pronoun
    # A plural phrase that names several entities at once ('both countries'): all of them, in
    # text order. `entity` is the first (a mention row names one entity); empty otherwise.
    members: tuple[Entity, ...] = ()


@dataclass(eq=False)
class Quote:
    start: int
    end: int
    kind: str  # direct | partial | continuation | scare | indirect
    paragraph: int
    speaker: Entity | None = None
    # name | pronoun | description | continuation | organisation | none
    speaker_method: str = "none"
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    addressee: Entity | None = None


@dataclass(eq=False)
class Participant:
    role: str  # source | target | other
    entity: Entity


@dataclass(eq=False)
class Event:
    event_type: str  # PLOVER
    cameo_code: str
    trigger_start: int
    trigger_end: int
    evidence_start: int
    evidence_end: int
    modality: str = "asserted"  # asserted | negated | hypothetical
    date: str = ""  # ISO date, empty when the text gives no time
    date_precision: str = ""
    date_text: str = ""
    place: Entity | None = None
    participants: list[Participant] = field(default_factory=list)


@dataclass(eq=False)
class Affiliation:
    actor: Entity
    organisation: Entity
    status: str  # current | former | unknown
    evidence_start: int
    evidence_end: int
    role: str = ""


@dataclass
class Extraction:
    """Everything found in one article. Entities are deduplicated by key as they are added.

    Mentions are added with `add_mention` (and removed with `remove_mention`); a sorted index of
    them answers `mentions_between`, `mentions_starting` and `mention_covering`. The index is a
    plain list kept sorted with `bisect` (found in O(log n); an insertion moves the later items,
    a C memmove that stays cheaper than a balanced tree's Python code for the few thousand
    mentions of even a long article; most mentions are added in text order, at the end). The
    index is rebuilt if `mentions` was changed directly (its length no longer matches).
    """

    entities: dict[tuple[str, ...], Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    # (start, -end, order added, mention) for every mention: text order, ties in insertion order
    _sorted: list[tuple[int, int, int, Mention]] = field(
        default_factory=list, repr=False, compare=False)
    # the starts of `_sorted`, item by item: look-ups by offset bisect plain ints, cheaper to
    # compare than tuples
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _seq: dict[int, int] = field(default_factory=dict, repr=False, compare=False)  # id -> order
    _next: int = field(default=0, repr=False, compare=False)
    _longest: int = field(default=0, repr=False, compare=False)  # never less than the longest
    # (number of quotes, their sorted spans): quotes are only ever appended, and a quote's kind
    # never turns to or from "indirect" after it is added, so the count dates the spans.
    _quote_spans: tuple[int, list[tuple[int, int]]] = field(
        default=(0, []), repr=False, compare=False)

    def quotation_spans(self) -> list[tuple[int, int]]:
        """Sorted spans of the quotations found so far (reported speech excluded), computed
        once per batch of added quotes rather than once per question."""
        if self._quote_spans[0] != len(self.quotes):
            self._quote_spans = (len(self.quotes), sorted(
                (q.start, q.end) for q in self.quotes if q.kind != "indirect"))
        return self._quote_spans[1]

    @property
    def longest_span(self) -> int:
        """A bound on the length of the longest mention (never less than it): a mention ending
        at an offset starts at most this far before it."""
        return self._longest

    def add_entity(self, entity: Entity) -> Entity:
        """The article's entity with this key: the one already there (enriched) or this one."""
        key = _key(entity.table, entity.kind, entity.name, entity.country, entity.wikidata_id,
                   entity.scope)  # (`entity.key` without the property call)
        known = self.entities.get(key)
        if known is None:
            self.entities[key] = entity
            return entity
        if known is entity:
            return known  # (nothing to enrich it with)
        for attr in ("title", "role", "country"):
            if not getattr(known, attr) and getattr(entity, attr):
                setattr(known, attr, getattr(entity, attr))
        if len(entity.name) > len(known.name) and fold(entity.name).endswith(fold(known.name)):
            known.name = entity.name
        return known

    def add_mention(self, start: int, end: int, entity: Entity, mention_type: str = "name"
                    ) -> Mention:
        mention = Mention(start, end, self.add_entity(entity), mention_type)
        mentions = self.mentions
        if len(self._sorted) != len(mentions):
            self._index()
        mentions.append(mention)
        self._insert(mention)
        return mention

    def add_mentions(self, spans: list[tuple[int, int, Entity, str]]) -> None:
        """`add_mention` of each (start, end, entity, mention type) in turn, indexed at once:
        the index is the sorted list of its unique items, whatever the order of insertion, so
        extending and sorting it (one linear pass when the spans come in text order after the
        last mention) ends as inserting each did."""
        mentions = self.mentions
        if len(self._sorted) != len(mentions):
            self._index()
        add_entity, seqs, items, seq = self.add_entity, self._seq, [], self._next
        longest = self._longest
        for start, end, entity, mention_type in spans:
            mention = Mention(start, end, add_entity(entity), mention_type)
            mentions.append(mention)
            seqs[id(mention)] = seq
            items.append((start, -end, seq, mention))  # seq is unique: no Mention compared
            seq += 1
            if end - start > longest:
                longest = end - start
        self._next, self._longest = seq, longest
        index = self._sorted
        index += items
        index.sort()  # (Timsort: one linear pass when the items come in order after the last)
        self._starts = list(map(_FIRST, index))

    def _insert(self, mention: Mention) -> None:
        seq = self._next
        self._next = seq + 1
        self._seq[id(mention)] = seq
        start, end = mention.start, mention.end
        item = (start, -end, seq, mention)  # seq is unique: no Mention compared
        index = self._sorted
        if not index or index[-1] < item:
            index.append(item)
            self._starts.append(start)
        else:
            at = bisect.bisect_right(index, item)  # where `insort` puts it
            index.insert(at, item)
            self._starts.insert(at, start)
        if end - start > self._longest:
            self._longest = end - start

    def remove_mention(self, mention: Mention) -> None:
        """Take a mention out (the first one that is this object)."""
        self.remove_mentions([mention])

    def remove_mentions(self, mentions: list[Mention]) -> None:
        """Take several mentions out in one pass over the list (each the first that is it)."""
        self._index()
        if len(mentions) == 1:
            self.mentions.remove(mentions[0])
        elif mentions:
            drop, kept = {id(m) for m in mentions}, []
            for m in self.mentions:
                if id(m) in drop:
                    drop.discard(id(m))  # the first occurrence only
                else:
                    kept.append(m)
            self.mentions[:] = kept
        for m in mentions:
            seq = self._seq.pop(id(m), None)
            if seq is not None:
                at = bisect.bisect_left(self._sorted, (m.start, -m.end, seq))
                del self._sorted[at], self._starts[at]

    def _index(self) -> None:
        if len(self._sorted) != len(self.mentions):
            self._sorted, self._starts = [], []
            self._seq, self._next, self._longest = {}, 0, 0
            for m in self.mentions:
                self._insert(m)

    def added_order(self, mentions: list[Mention]) -> list[Mention]:
        """`mentions` (indexed ones) in the order they were added, as `mentions` lists them."""
        self._index()
        return sorted(mentions, key=lambda m: self._seq[id(m)])

    def _slice(self, lo: int, hi: int) -> list[Mention]:
        return [item[3] for item in self._sorted[lo:hi]]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside [start, end), in text order."""
        index = self._sorted
        if len(index) != len(self.mentions):
            self._index()
            index = self._sorted
        starts = self._starts  # (start,) sorts before every item that begins at `start`
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end + 1, lo)
        return [item[3] for item in index[lo:hi] if -item[1] <= end]

    def mentions_starting(self, start: int, end: int) -> list[Mention]:
        """Mentions that begin in [start, end), in text order."""
        index = self._sorted
        if len(index) != len(self.mentions):
            self._index()
            index = self._sorted
        starts = self._starts
        lo = bisect.bisect_left(starts, start)
        return [item[3] for item in index[lo:bisect.bisect_left(starts, end, lo)]]

    def mention_covering(self, start: int, end: int) -> Mention | None:
        """The longest mention that overlaps [start, end)."""
        self._index()
        lo = bisect.bisect_left(self._starts, start - self._longest + 1)
        hi = bisect.bisect_left(self._starts, end)
        best: Mention | None = None
        best_key = (-1, 0)
        for m in self._slice(lo, hi):
            # the first of equal keys in insertion order, as `max` over the list gives
            key = (m.end - m.start, -m.start)
            if start < m.end and key > best_key:
                best, best_key = m, key
        return best
