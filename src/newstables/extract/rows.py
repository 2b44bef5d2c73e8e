"""Turning one article's `Extraction` into table rows with content-derived ids.

Speed: every row needs an id (a sha256) and most rows name an entity, whose id is a hash of its
key; each entity's id is computed once per article (`_EntityIds`) and row ids hash their parts
joined in one f-string (`hash_id`), the same text `make_id` would hash; a row's key text is
tested for duplicates before it is hashed.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Final

from ..ids import SEP, hash_id
from ..raw import Article
from .model import ACTOR, ORGANISATION, PLACE, Entity, Extraction

ENTITY_TABLE: Final = {ACTOR: "actors", ORGANISATION: "organisations", PLACE: "places"}
ID_COLUMN: Final = {ACTOR: "actor_id", ORGANISATION: "organisation_id", PLACE: "place_id"}
_NO_COLUMNS: Final[tuple[str, None, None, None]] = ("", None, None, None)  # no entity


class _EntityIds(dict[int, str]):
    """Entity ids of one article, computed once per entity (keyed by object identity: the
    entities live as long as the `Extraction`, and nothing changes them while rows are made)."""

    def __init__(self) -> None:
        super().__init__()
        # id(entity) -> (its id, the actor_id, organisation_id and place_id of a row naming it)
        self.columns: dict[int, tuple[str, str | None, str | None, str | None]] = {}

    def of(self, entity: Entity) -> str:
        known = self.get(id(entity))
        if known is None:
            known = self[id(entity)] = entity.id
        return known

    def column_ids(self, entity: Entity) -> tuple[str, str | None, str | None, str | None]:
        """The entity's id and a row's three id columns: its own holds the id, the others None."""
        columns = self.columns.get(id(entity))
        if columns is None:
            entity_id, table = self.of(entity), entity.table
            columns = self.columns[id(entity)] = (
                entity_id, entity_id if table == ACTOR else None,
                entity_id if table == ORGANISATION else None,
                entity_id if table == PLACE else None)
        return columns


def document_row(article: Article) -> dict[str, Any]:
    meta = article.meta
    return {
        "document_id": article.document_id, "title": meta["title"],
        "publisher": meta["publisher"], "attribution": meta["attribution"],
        "source_url": meta["source_url"], "published_date": meta["published_date"] or None,
        "published_date_basis": meta["published_date_basis"],
        "published_date_note": meta["published_date_note"], "language": meta["language"],
        "license": meta["license"], "char_count": len(article.text), "sha256": article.sha256,
        "path": article.path,
    }


def entity_row(entity: Entity, mention_count: int, entity_id: str | None = None
               ) -> dict[str, Any]:
    row: dict[str, Any] = {ID_COLUMN[entity.table]: entity_id or entity.id, "name": entity.name,
                           "kind": entity.kind}
    if entity.table == ACTOR:
        row |= {"title": entity.title, "role": entity.role}
    row |= {"country": entity.country, "wikidata_id": entity.wikidata_id,
            "mention_count": mention_count}
    return row


def to_rows(article: Article, found: Extraction) -> dict[str, list[dict[str, Any]]]:
    doc_id, text = article.document_id, article.text
    ids = _EntityIds()
    return {
        "documents": [document_row(article)], **_entity_and_mention_rows(found, doc_id, text, ids),
        "quotes": _quote_rows(found, doc_id, text, ids),
        **_event_rows(found, doc_id, text, ids),
        "affiliations": _affiliation_rows(found, doc_id, text, ids)}


def _entity_and_mention_rows(found: Extraction, doc_id: str, text: str, ids: _EntityIds
                             ) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {"actors": [], "organisations": [], "places": [],
                                             "mentions": []}
    mention_rows = rows["mentions"]
    # A mention's id hashes its key text, so equal keys are equal ids: duplicates are told by
    # the key (a set of strings) before hashing, and only new keys are hashed.
    seen: set[str] = set()
    counts: dict[str, int] = {}
    prefix = f"{doc_id}{SEP}"
    columns, column_ids = ids.columns.get, ids.column_ids
    for m in sorted(found.mentions, key=attrgetter("start", "end")):
        start, end, entity = m.start, m.end, m.entity
        table = entity.table
        key = f"{prefix}{start}{SEP}{end}{SEP}{table}"
        if key in seen:
            continue
        seen.add(key)
        ref = columns(id(entity)) or column_ids(entity)
        entity_id = ref[0]
        counts[entity_id] = counts.get(entity_id, 0) + 1
        mention_rows.append({
            "mention_id": hash_id("men", key), "document_id": doc_id,
            "start": start, "end": end, "text": text[start:end], "entity_kind": table,
            "mention_type": m.mention_type, "actor_id": ref[1], "organisation_id": ref[2],
            "place_id": ref[3]})
    for entity in found.entities.values():
        entity_id = ids.of(entity)
        if entity_id in counts:
            rows[ENTITY_TABLE[entity.table]].append(
                entity_row(entity, counts[entity_id], entity_id))
    return rows


def _quote_rows(found: Extraction, doc_id: str, text: str, ids: _EntityIds
                ) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    prefix = f"{doc_id}{SEP}"
    for q in sorted(found.quotes, key=attrgetter("start", "end")):
        quote_id = hash_id("quo", f"{prefix}{q.start}{SEP}{q.end}")
        if quote_id in seen:
            continue
        seen.add(quote_id)
        speaker = _NO_COLUMNS if q.speaker is None else ids.column_ids(q.speaker)
        addressee = _NO_COLUMNS if q.addressee is None else ids.column_ids(q.addressee)
        rows.append({
            "quote_id": quote_id, "document_id": doc_id, "start": q.start, "end": q.end,
            "text": text[q.start:q.end], "kind": q.kind, "paragraph": q.paragraph,
            "speaker_id": speaker[1], "speaker_organisation_id": speaker[2],
            "speaker_method": q.speaker_method, "cue": q.cue or None,
            "cue_start": q.cue_start, "cue_end": q.cue_end,
            "addressee_actor_id": addressee[1], "addressee_organisation_id": addressee[2]})
    return rows


def _event_rows(found: Extraction, doc_id: str, text: str, ids: _EntityIds
                ) -> dict[str, list[dict[str, Any]]]:
    events: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    seen: set[str] = set()
    prefix = f"{doc_id}{SEP}"
    column_ids = ids.column_ids
    for e in sorted(found.events, key=attrgetter("trigger_start", "event_type")):
        key = f"{prefix}{e.trigger_start}{SEP}{e.trigger_end}{SEP}{e.event_type}"
        if key in seen:  # equal keys are equal ids: only new ones are hashed
            continue
        seen.add(key)
        event_id = hash_id("evt", key)
        events.append({
            "event_id": event_id, "document_id": doc_id, "event_type": e.event_type,
            "cameo_code": e.cameo_code, "trigger": text[e.trigger_start:e.trigger_end],
            "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
            "evidence": text[e.evidence_start:e.evidence_end],
            "evidence_start": e.evidence_start, "evidence_end": e.evidence_end,
            "date": e.date or None, "date_precision": e.date_precision or None,
            "date_text": e.date_text or None, "place_id": ids.of(e.place) if e.place else None,
            "modality": e.modality})
        seen_participants: set[str] = set()
        for p in e.participants:
            entity, role = p.entity, p.role
            ref = column_ids(entity)
            key = f"{event_id}{SEP}{role}{SEP}{ref[0]}"
            if key not in seen_participants:
                seen_participants.add(key)
                participants.append({
                    "participant_id": hash_id("par", key),
                    "event_id": event_id, "role": role, "entity_kind": entity.table,
                    "actor_id": ref[1], "organisation_id": ref[2], "place_id": ref[3]})
    return {"events": events, "event_participants": participants}


def _affiliation_rows(found: Extraction, doc_id: str, text: str, ids: _EntityIds
                      ) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for a in sorted(found.affiliations, key=attrgetter("evidence_start", "evidence_end")):
        pair = (ids.of(a.actor), ids.of(a.organisation))
        if pair in seen:
            continue
        seen.add(pair)
        rows.append({
            "actor_id": pair[0], "organisation_id": pair[1], "document_id": doc_id,
            "role": a.role or None, "status": a.status, "evidence_start": a.evidence_start,
            "evidence_end": a.evidence_end, "evidence": text[a.evidence_start:a.evidence_end]})
    return rows

