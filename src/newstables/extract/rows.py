"""Turning one article's `Extraction` into table rows with content-derived ids."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..ids import make_id
from ..raw import Article
from .model import ACTOR, ORGANISATION, PLACE, Entity, Extraction

ENTITY_TABLE = {ACTOR: "actors", ORGANISATION: "organisations", PLACE: "places"}
ID_COLUMN = {ACTOR: "actor_id", ORGANISATION: "organisation_id", PLACE: "place_id"}


def _refs(entity: Entity | None) -> dict[str, str | None]:
    """One column per entity table, exactly one of them set."""
    refs: dict[str, str | None] = dict.fromkeys(ID_COLUMN.values())
    if entity is not None:
        refs[ID_COLUMN[entity.table]] = entity.id
    return refs


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


def entity_row(entity: Entity, mention_count: int) -> dict[str, Any]:
    row: dict[str, Any] = {ID_COLUMN[entity.table]: entity.id, "name": entity.name,
                           "kind": entity.kind}
    if entity.table == ACTOR:
        row |= {"title": entity.title, "role": entity.role}
    row |= {"country": entity.country, "wikidata_id": entity.wikidata_id,
            "mention_count": mention_count}
    return row


def to_rows(article: Article, found: Extraction) -> dict[str, list[dict[str, Any]]]:
    doc_id, text = article.document_id, article.text
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [document_row(article)], "actors": [], "organisations": [], "places": [],
        "mentions": [], "quotes": [], "events": [], "event_participants": [],
        "affiliations": []}

    seen_mentions: set[str] = set()
    counts: Counter[str] = Counter()
    for m in sorted(found.mentions, key=lambda m: (m.start, m.end)):
        mention_id = make_id("men", doc_id, m.start, m.end, m.entity.table)
        if mention_id in seen_mentions:
            continue
        seen_mentions.add(mention_id)
        counts[m.entity.id] += 1
        rows["mentions"].append({
            "mention_id": mention_id, "document_id": doc_id, "start": m.start, "end": m.end,
            "text": text[m.start:m.end], "entity_kind": m.entity.table,
            "mention_type": m.mention_type, **_refs(m.entity)})
    for entity in found.entities.values():
        if counts[entity.id]:
            rows[ENTITY_TABLE[entity.table]].append(entity_row(entity, counts[entity.id]))

    seen_quotes: set[str] = set()
    for q in sorted(found.quotes, key=lambda q: (q.start, q.end)):
        quote_id = make_id("quo", doc_id, q.start, q.end)
        if quote_id in seen_quotes:
            continue
        seen_quotes.add(quote_id)
        speaker = q.speaker if q.speaker is not None and q.speaker.table == ACTOR else None
        org = q.speaker if q.speaker is not None and q.speaker.table == ORGANISATION else None
        addressee = _refs(q.addressee)
        rows["quotes"].append({
            "quote_id": quote_id, "document_id": doc_id, "start": q.start, "end": q.end,
            "text": text[q.start:q.end], "kind": q.kind, "paragraph": q.paragraph,
            "speaker_id": speaker.id if speaker else None,
            "speaker_organisation_id": org.id if org else None,
            "speaker_method": q.speaker_method, "cue": q.cue or None,
            "cue_start": q.cue_start, "cue_end": q.cue_end,
            "addressee_actor_id": addressee["actor_id"],
            "addressee_organisation_id": addressee["organisation_id"]})

    seen_events: set[str] = set()
    for e in sorted(found.events, key=lambda e: (e.trigger_start, e.event_type)):
        event_id = make_id("evt", doc_id, e.trigger_start, e.trigger_end, e.event_type)
        if event_id in seen_events:
            continue
        seen_events.add(event_id)
        rows["events"].append({
            "event_id": event_id, "document_id": doc_id, "event_type": e.event_type,
            "cameo_code": e.cameo_code, "trigger": text[e.trigger_start:e.trigger_end],
            "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
            "evidence": text[e.evidence_start:e.evidence_end],
            "evidence_start": e.evidence_start, "evidence_end": e.evidence_end,
            "date": e.date or None, "date_precision": e.date_precision or None,
            "date_text": e.date_text or None, "place_id": e.place.id if e.place else None,
            "modality": e.modality})
        seen_participants: set[str] = set()
        for p in e.participants:
            participant_id = make_id("par", event_id, p.role, p.entity.id)
            if participant_id not in seen_participants:
                seen_participants.add(participant_id)
                rows["event_participants"].append({
                    "participant_id": participant_id, "event_id": event_id, "role": p.role,
                    "entity_kind": p.entity.table, **_refs(p.entity)})

    seen_affiliations: set[tuple[str, str]] = set()
    for a in sorted(found.affiliations, key=lambda a: (a.evidence_start, a.evidence_end)):
        pair = (a.actor.id, a.organisation.id)
        if pair in seen_affiliations:
            continue
        seen_affiliations.add(pair)
        rows["affiliations"].append({
            "actor_id": a.actor.id, "organisation_id": a.organisation.id, "document_id": doc_id,
            "role": a.role or None, "status": a.status, "evidence_start": a.evidence_start,
            "evidence_end": a.evidence_end, "evidence": text[a.evidence_start:a.evidence_end]})
    return rows
