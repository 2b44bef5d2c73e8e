"""The article's actors as an inline SVG: who speaks to or about whom, who acts on whom.

Two bands, laid out deterministically. Quotes: speakers on the left, on the right whom they
spoke to (the addressee) or named inside the quote. Events that have participants: sources on
the left, the event in the middle, targets and others on the right. Drawn on the server, so the
picture needs no script and no library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

NODE_H, GAP = 30, 10
COL_X = (8, 214, 400)
COL_W = (178, 150, 178)
WIDTH = COL_X[2] + COL_W[2] + 8


@dataclass(frozen=True)
class Entity:
    entity_id: str
    name: str
    kind: str  # actor / organisation / place


@dataclass(frozen=True)
class EventNode:
    event_id: str
    event_type: str
    trigger: str
    family: str  # CSS family class suffix: vcoop / mcoop / vconf / mconf
    participants: tuple[tuple[str, str], ...]  # (role, entity_id)


@dataclass
class Graph:
    entities: dict[str, Entity]
    speech: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (from, to, verb)
    events: list[EventNode] = field(default_factory=list)
    quoted: dict[str, int] = field(default_factory=dict)  # speaker -> number of quotes
    fills: dict[str, str] = field(default_factory=dict)  # speaker -> colour of their quotes

    def add_speech(self, speaker: str, other: str, verb: str) -> None:
        if speaker and other and speaker != other and {speaker, other} <= self.entities.keys():
            key = (speaker, other, verb)
            self.speech[key] = self.speech.get(key, 0) + 1


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def relations(graph: Graph) -> list[str]:
    """The graph as sentences, for readers who cannot see the picture."""
    name = {k: e.name for k, e in graph.entities.items()}
    lines = [f"{name[k]} is quoted {n} time{'s' if n > 1 else ''}"
             for k, n in sorted(graph.quoted.items(), key=lambda kv: (name[kv[0]], kv[0]))]
    lines += [f"{name[a]} {verb} {name[b]}" + (f" ({n} quotes)" if n > 1 else "")
             for (a, b, verb), n in sorted(graph.speech.items(), key=lambda kv: (
                 name[kv[0][0]], kv[0][2], name[kv[0][1]]))]
    for ev in graph.events:
        parts = "; ".join(f"{role}: {name.get(eid, eid)}" for role, eid in ev.participants)
        lines.append(f"{ev.event_type} ({ev.trigger}): {parts}")
    return lines


def draw(graph: Graph) -> str:
    """Inline SVG markup ('' when there is nothing to draw): a band for speech, one for events."""
    events = [ev for ev in graph.events if ev.participants]
    if not graph.quoted and not events:
        return ""
    body: list[str] = []
    y = 0
    if graph.quoted:
        y = _speech_band(graph, body, y)
    if events:
        y = _event_band(graph, events, body, y + (14 if graph.quoted else 0))
    head = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {y + 6}" '
            f'role="img" aria-labelledby="graph-title graph-desc">',
            '<title id="graph-title">Who speaks to or about whom, and who acts on whom</title>',
            '<desc id="graph-desc">' + escape("; ".join(relations(graph)), quote=True)
            + "</desc>",
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
            'fill="#6b6b6b"/></marker></defs>']
    return "\n".join(head + body + ["</svg>"])


def _by_name(graph: Graph, keys: list[str]) -> list[str]:
    return sorted(dict.fromkeys(keys), key=lambda k: (graph.entities[k].name.casefold(), k))


def _heads(out: list[str], y: int, title: str, heads: dict[int, str]) -> int:
    out.append(f'<text x="8" y="{y + 16}" font-size="12" font-weight="700" '
               f'fill="#1b1b1f">{escape(title)}</text>')
    for col, head in heads.items():
        out.append(f'<text x="{COL_X[col] + COL_W[col] / 2:.0f}" y="{y + 34}" '
                   f'text-anchor="middle" font-size="11" fill="#55575e">{escape(head)}</text>')
    return y + 42


def _speech_band(graph: Graph, out: list[str], y: int) -> int:
    top = _heads(out, y, "Quotes", {0: "speaker · quotes", 2: "told, or named in the quote"})
    left = _by_name(graph, list(graph.quoted))
    right = _by_name(graph, [b for _a, b, _v in graph.speech])
    where = {("L", k): (0, top + i * (NODE_H + GAP)) for i, k in enumerate(left)}
    where |= {("R", k): (2, top + i * (NODE_H + GAP)) for i, k in enumerate(right)}
    for (a, b, verb), n in sorted(graph.speech.items()):
        dash = "" if verb == "told" else ' stroke-dasharray="5 3"'
        out.append(_edge(_port(where[("L", a)], "out"), _port(where[("R", b)], "in"),
                         f"×{n}" if n > 1 else "", dash))
    for (side, key), (col, ky) in where.items():
        ent = graph.entities[key]
        if side == "L":
            n = graph.quoted[key]
            out.append(_box(COL_X[col], ky, COL_W[col], f"{ent.name} · {n}",
                            f"g-{ent.kind}", _ENTITY_COLOURS.get(ent.kind, "#55575e"),
                            graph.fills.get(key, "#ffffff"),
                            f"{ent.name} ({ent.kind}, {ent.entity_id}): {n} quotes"))
        else:
            out.append(_entity_box(ent, col, ky))
    return top + max(len(left), len(right)) * (NODE_H + GAP)


def _event_band(graph: Graph, events: list[EventNode], out: list[str], y: int) -> int:
    top = _heads(out, y, "Events", {0: "source (acts)", 1: "event",
                                    2: "target or other"})
    left = _by_name(graph, [eid for ev in events for role, eid in ev.participants
                            if role == "source"])
    right = _by_name(graph, [eid for ev in events for role, eid in ev.participants
                             if role != "source"])
    where = {("L", k): (0, top + i * (NODE_H + GAP)) for i, k in enumerate(left)}
    where |= {("R", k): (2, top + i * (NODE_H + GAP)) for i, k in enumerate(right)}
    for i, ev in enumerate(events):
        box = (1, top + i * (NODE_H + GAP))
        for role, eid in ev.participants:
            if role == "source":
                out.append(_edge(_port(where[("L", eid)], "out"), _port(box, "in"), "", ""))
            else:
                dash = "" if role == "target" else ' stroke-dasharray="2 3"'
                out.append(_edge(_port(box, "out"), _port(where[("R", eid)], "in"),
                                 "" if role == "target" else role, dash))
    for (_side, key), (col, ky) in where.items():
        out.append(_entity_box(graph.entities[key], col, ky))
    for i, ev in enumerate(events):
        colour = _FAMILY_COLOURS.get(ev.family, "#55575e")
        out.append(_box(COL_X[1], top + i * (NODE_H + GAP), COL_W[1],
                        f"{ev.event_type} · {ev.trigger}", f"g-event f-{ev.family}", colour,
                        colour, f"{ev.event_type} ({ev.event_id}): {ev.trigger}",
                        text_fill="#ffffff"))
    return top + max(len(left), len(events), len(right)) * (NODE_H + GAP)


def _port(box: tuple[int, int], side: str) -> tuple[float, float]:
    col, y = box
    return COL_X[col] + (COL_W[col] if side == "out" else 0), y + NODE_H / 2


def _entity_box(ent: Entity, col: int, y: int) -> str:
    return _box(COL_X[col], y, COL_W[col], ent.name, f"g-{ent.kind}",
                _ENTITY_COLOURS.get(ent.kind, "#55575e"), "#ffffff",
                f"{ent.name} ({ent.kind}, {ent.entity_id})")


_ENTITY_COLOURS = {"actor": "#4c1d95", "organisation": "#065f46", "place": "#9a3412"}
_FAMILY_COLOURS = {"vcoop": "#0e7490", "mcoop": "#3f6212", "vconf": "#a15c00",
                   "mconf": "#b91c1c"}


def _box(x: float, y: float, w: int, label: str, cls: str, stroke: str, fill: str, title: str,
         text_fill: str = "#1b1b1f") -> str:
    limit = max(8, int(w / 6.6))
    return (f'<g class="{escape(cls, quote=True)}"><title>{escape(title, quote=True)}</title>'
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{w}" height="{NODE_H}" rx="6" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>'
            f'<text x="{x + w / 2:.0f}" y="{y + NODE_H / 2 + 4:.0f}" text-anchor="middle" '
            f'font-size="12" fill="{text_fill}">{escape(_clip(label, limit), quote=True)}</text>'
            "</g>")


def _edge(a: tuple[float, float], b: tuple[float, float], label: str, dash: str) -> str:
    (x1, y1), (x2, y2) = a, b
    bend = max(40.0, abs(x2 - x1) / 2)
    path = (f'<path d="M{x1:.0f},{y1:.0f} C{x1 + bend:.0f},{y1:.0f} {x2 - bend:.0f},{y2:.0f} '
            f'{x2 - 2:.0f},{y2:.0f}" fill="none" stroke="#6b6b6b" stroke-width="1.4"{dash} '
            'marker-end="url(#arrow)"/>')
    if not label:
        return path
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2 - 4
    return (path + f'<text x="{mx:.0f}" y="{my:.0f}" text-anchor="middle" font-size="10.5" '
            f'fill="#3a3a3a" paint-order="stroke" stroke="#fcfbf8" stroke-width="3">'
            f"{escape(label, quote=True)}</text>")
