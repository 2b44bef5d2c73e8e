"""The in-memory results of extracting one article, before they become table rows.

Stages add to one `Extraction`: entities first (people, organisations, places and their mentions),
then quotes and events, which point at those entities and may add anonymous actors of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ids import fold, make_id

ACTOR, ORGANISATION, PLACE = "actor", "organisation", "place"
ID_PREFIX = {ACTOR: "act", ORGANISATION: "org", PLACE: "plc"}


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
        if self.wikidata_id:
            return (self.table, "wikidata", self.wikidata_id)
        if self.table == PLACE and self.kind == "country" and self.country:
            return (self.table, "country", self.country)
        return (self.table, self.kind if self.scope else "", self.scope, fold(self.name))

    @property
    def id(self) -> str:
        return make_id(ID_PREFIX[self.table], *self.key)


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    entity: Entity
    mention_type: str = "name"  # name | nationality | description | pronoun


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
    """Everything found in one article. Entities are deduplicated by key as they are added."""

    entities: dict[tuple[str, ...], Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)

    def add_entity(self, entity: Entity) -> Entity:
        """The article's entity with this key: the one already there (enriched) or this one."""
        known = self.entities.get(entity.key)
        if known is None:
            self.entities[entity.key] = entity
            return entity
        for attr in ("title", "role", "country"):
            if not getattr(known, attr) and getattr(entity, attr):
                setattr(known, attr, getattr(entity, attr))
        if len(entity.name) > len(known.name) and fold(entity.name).endswith(fold(known.name)):
            known.name = entity.name
        return known

    def add_mention(self, start: int, end: int, entity: Entity, mention_type: str = "name"
                    ) -> Mention:
        mention = Mention(start, end, self.add_entity(entity), mention_type)
        self.mentions.append(mention)
        return mention

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside [start, end), in text order."""
        return sorted((m for m in self.mentions if start <= m.start and m.end <= end),
                      key=lambda m: (m.start, -m.end))

    def mention_covering(self, start: int, end: int) -> Mention | None:
        """The longest mention that overlaps [start, end)."""
        hits = [m for m in self.mentions if m.start < end and start < m.end]
        return max(hits, key=lambda m: (m.end - m.start, -m.start), default=None)
