"""One article's review page: the text with its extraction drawn on it, legend, graph, tables.

Every string that comes from the package or the article goes through `e()` (html.escape with
quote=True) or `spans.escape_text`; the page's own script only clones nodes written here.
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass, field

from . import codes, graph, spans
from .data import Package, Row

SPEAKER_COLOURS = 8
# The quote backgrounds of review.css (.spk-0 ... .spk-7), for the graph's speaker boxes.
SPEAKER_FILLS = ("#fde7b0", "#cfe6ff", "#d6f2c7", "#fbd3e4", "#e2d8ff", "#c8eeea", "#ffdcc7",
                 "#e8e3c4")
# The PLOVER-coded tables the page links to the words; also the toggles' layers.
LAYERS = (("quote", "Quotes"), ("mention", "Mentions"), ("event", "Events"))


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def as_int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass
class Entities:
    """Every actor, organisation and place of the package, by id."""

    rows: dict[str, tuple[str, Row]]  # id -> (entity_kind, row)

    @classmethod
    def of(cls, package: Package) -> Entities:
        rows: dict[str, tuple[str, Row]] = {}
        for kind, table, key in (("actor", "actors", "actor_id"),
                                 ("organisation", "organisations", "organisation_id"),
                                 ("place", "places", "place_id")):
            for row in package.rows(table):
                rows[row.get(key, "")] = (kind, row)
        return cls(rows)

    def name(self, entity_id: str) -> str:
        found = self.rows.get(entity_id)
        return found[1].get("name", "") or entity_id if found else entity_id

    def kind(self, entity_id: str) -> str:
        found = self.rows.get(entity_id)
        return found[0] if found else "unknown"

    def label(self, entity_id: str) -> str:
        """'Name (kind)' for tooltips."""
        found = self.rows.get(entity_id)
        if not found:
            return f"{entity_id} (not in the package)"
        sub = found[1].get("kind", "")
        return f"{self.name(entity_id)} ({found[0]}{', ' + sub if sub else ''})"


def entity_of(row: Row) -> str:
    return row.get("actor_id") or row.get("organisation_id") or row.get("place_id") or ""


@dataclass
class ArticleView:
    """Everything the page shows for one document, computed once."""

    package: Package
    doc: Row
    entities: Entities
    text: str | None
    quotes: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    participants: dict[str, list[Row]] = field(default_factory=dict)  # event_id -> rows
    affiliations: list[Row] = field(default_factory=list)
    speakers: dict[str, int] = field(default_factory=dict)  # speaker key -> colour index
    problems: list[str] = field(default_factory=list)
    anchors: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, package: Package, doc: Row, entities: Entities) -> ArticleView:
        doc_id = doc.get("document_id", "")
        view = cls(package, doc, entities, package.texts.get(doc_id))
        key = _offset_key
        view.quotes = sorted(package.rows("quotes", doc_id), key=key("start", "quote_id"))
        view.mentions = sorted(package.rows("mentions", doc_id), key=key("start", "mention_id"))
        view.events = sorted(package.rows("events", doc_id),
                             key=key("trigger_start", "event_id"))
        event_ids = {ev.get("event_id", "") for ev in view.events}
        for row in package.rows("event_participants"):
            if row.get("event_id") in event_ids:
                view.participants.setdefault(row["event_id"], []).append(row)
        for rows in view.participants.values():
            rows.sort(key=lambda r: ({"source": 0, "target": 1}.get(r.get("role", ""), 2),
                                     entities.name(entity_of(r)), r.get("participant_id", "")))
        view.affiliations = sorted(package.rows("affiliations", doc_id),
                                   key=key("evidence_start", "actor_id"))
        for quote in view.quotes:
            speaker = speaker_key(quote)
            if speaker and speaker not in view.speakers:
                view.speakers[speaker] = len(view.speakers)
        return view

    def speaker_class(self, quote: Row) -> str:
        speaker = speaker_key(quote)
        if not speaker:
            return "spk-none"
        return f"spk-{self.speakers[speaker] % SPEAKER_COLOURS}"

    # -- annotations -----------------------------------------------------------------------
    def annotations(self) -> list[spans.Annotation]:
        text = self.text or ""
        anns: list[spans.Annotation] = []

        def add(what: str, row_id: str, layer: str, start_s: str, end_s: str, expected: str,
                **kw: object) -> None:
            start, end = as_int(start_s), as_int(end_s)
            if start is None or end is None or not spans.drawable(text, start, end):
                self.problems.append(f"{what} {row_id}: offsets [{start_s}, {end_s}) are not "
                                     "a span of the text; not drawn")
                return
            if expected and text[start:end] != expected:
                self.problems.append(f"{what} {row_id}: the text at [{start}, {end}) differs "
                                     "from the row's text")
            anns.append(spans.Annotation(layer, start, end, (row_id,), **kw))  # type: ignore[arg-type]

        for q in self.quotes:
            qid = q.get("quote_id", "")
            add("quote", qid, "quote", q.get("start", ""), q.get("end", ""), q.get("text", ""),
                classes=(self.speaker_class(q), f"q-{q.get('kind', '')}"))
            if q.get("cue_start") and q.get("cue_end"):
                add("quote cue", qid, "cue", q["cue_start"], q["cue_end"], q.get("cue", ""))
        for m in self.mentions:
            add("mention", m.get("mention_id", ""), "mention", m.get("start", ""),
                m.get("end", ""), m.get("text", ""),
                classes=(f"k-{m.get('entity_kind', '')}",),
                attrs=(("data-entity", entity_of(m)),))
        for ev in self.events:
            eid, fam = ev.get("event_id", ""), codes.family(ev.get("event_type", ""),
                                                            ev.get("cameo_code", ""))
            add("event", eid, "evidence", ev.get("evidence_start", ""),
                ev.get("evidence_end", ""), ev.get("evidence", ""), classes=(f"f-{fam}",))
            add("event", eid, "trigger", ev.get("trigger_start", ""), ev.get("trigger_end", ""),
                ev.get("trigger", ""), classes=(f"f-{fam}",), label=ev.get("event_type", ""))
        return anns

    def text_html(self) -> str:
        if self.text is None:
            return ""
        body, self.anchors = spans.render(self.text, self.annotations())
        return body

    # -- rows as descriptions (tooltips and aria-describedby) -------------------------------
    def descriptions(self) -> str:
        out = []
        names = self.entities
        for q in self.quotes:
            speaker = q.get("speaker_id") or q.get("speaker_organisation_id")
            addressee = q.get("addressee_actor_id") or q.get("addressee_organisation_id")
            pairs = [("words", clip(q.get("text", ""), 160)), ("kind", q.get("kind", "")),
                     ("speaker", names.label(speaker) if speaker else "none found"),
                     ("speaker id", speaker), ("speaker_method", q.get("speaker_method", "")),
                     ("cue", _with_offsets(q.get("cue", ""), q.get("cue_start", ""),
                                           q.get("cue_end", ""))),
                     ("addressee", names.label(addressee) if addressee else ""),
                     ("offsets", f"[{q.get('start', '')}, {q.get('end', '')})"),
                     ("paragraph", q.get("paragraph", ""))]
            out.append(_desc(q.get("quote_id", ""), "Quote", pairs))
        for m in self.mentions:
            entity = entity_of(m)
            pairs = [("words", m.get("text", "")), ("refers to", names.label(entity)),
                     ("entity id", entity), ("entity_kind", m.get("entity_kind", "")),
                     ("mention_type", m.get("mention_type", "")),
                     ("offsets", f"[{m.get('start', '')}, {m.get('end', '')})")]
            out.append(_desc(m.get("mention_id", ""), "Mention", pairs))
        for ev in self.events:
            eid = ev.get("event_id", "")
            parts = "; ".join(f"{p.get('role', '')}: {names.label(entity_of(p))}"
                              for p in self.participants.get(eid, []))
            date = ev.get("date", "")
            pairs = [("event_type", f"{ev.get('event_type', '')} (PLOVER)"),
                     ("cameo_code", codes.describe_cameo(ev.get("cameo_code", ""))),
                     ("trigger", _with_offsets(ev.get("trigger", ""), ev.get("trigger_start", ""),
                                               ev.get("trigger_end", ""))),
                     ("participants", parts or "none found"),
                     ("date", date or "none given in the text"),
                     ("date_precision", ev.get("date_precision", "")),
                     ("date_text", ev.get("date_text", "")),
                     ("place", names.label(ev["place_id"]) if ev.get("place_id") else ""),
                     ("modality", ev.get("modality", "")),
                     ("evidence", f"[{ev.get('evidence_start', '')}, "
                                  f"{ev.get('evidence_end', '')})")]
            out.append(_desc(eid, "Event", pairs))
        return "\n".join(out)

    # -- graph ------------------------------------------------------------------------------
    def graph(self) -> graph.Graph:
        ents: dict[str, graph.Entity] = {}

        def known(entity_id: str) -> str:
            if entity_id and entity_id not in ents:
                ents[entity_id] = graph.Entity(entity_id, self.entities.name(entity_id),
                                               self.entities.kind(entity_id))
            return entity_id

        g = graph.Graph(ents)
        # mentions by start offset, so each quote finds the ones inside it by bisection
        spans = sorted((ms, me, i) for i, m in enumerate(self.mentions)
                       if (ms := as_int(m.get("start", ""))) is not None
                       and (me := as_int(m.get("end", ""))) is not None)
        starts = [ms for ms, _, _ in spans]
        for q in self.quotes:
            speaker = known(q.get("speaker_id") or q.get("speaker_organisation_id") or "")
            if not speaker:
                continue
            g.quoted[speaker] = g.quoted.get(speaker, 0) + 1
            g.fills[speaker] = SPEAKER_FILLS[self.speakers[speaker] % SPEAKER_COLOURS]
            addressee = known(q.get("addressee_actor_id") or q.get("addressee_organisation_id")
                              or "")
            g.add_speech(speaker, addressee, "told")
            start, end = as_int(q.get("start", "")), as_int(q.get("end", ""))
            if start is None or end is None:
                continue
            for _, me, i in spans[bisect.bisect_left(starts, start):
                                  bisect.bisect_left(starts, end)]:
                if me <= end:
                    g.add_speech(speaker, known(entity_of(self.mentions[i])), "speaks of")
        for ev in self.events:
            parts = tuple((p.get("role", ""), known(entity_of(p)))
                          for p in self.participants.get(ev.get("event_id", ""), [])
                          if entity_of(p))
            g.events.append(graph.EventNode(
                ev.get("event_id", ""), ev.get("event_type", ""), ev.get("trigger", ""),
                codes.family(ev.get("event_type", ""), ev.get("cameo_code", "")), parts))
        return g


def speaker_key(quote: Row) -> str:
    return quote.get("speaker_id") or quote.get("speaker_organisation_id") or ""


def _offset_key(offset: str, row_id: str):
    def key(row: Row) -> tuple[int, str]:
        value = as_int(row.get(offset, ""))
        return (value if value is not None else -1, row.get(row_id, ""))
    return key


def _with_offsets(words: str, start: str, end: str) -> str:
    return f"{words} [{start}, {end})" if words else ""


def _desc(row_id: str, what: str, pairs: list[tuple[str, str | None]]) -> str:
    items = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in pairs if v)
    return (f'<div class="desc" id="d-{e(row_id)}"><h4>{e(what)} '
            f'<code>{e(row_id)}</code></h4><dl>{items}</dl></div>')
