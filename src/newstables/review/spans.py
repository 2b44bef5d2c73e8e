"""Drawing overlapping annotations on a text as properly nested HTML elements.

Annotations may nest (a mention inside a quote inside an event's sentence) or cross (a quote
that starts inside one sentence and ends in the next). HTML needs a tree, so annotations are
placed outermost-first and one that crosses the end of its enclosing element is cut there; its
rest is placed again. Every piece carries the offsets of the words it covers, so that
`raw_text[data-start:data-end]` equals the piece's text content, and the ids of its rows.
"""

from __future__ import annotations

import heapq
import html
from collections.abc import Iterable
from dataclasses import dataclass, field

# Outer first when two annotations cover the same words.
LAYER_RANK = {"evidence": 0, "quote": 1, "cue": 2, "trigger": 3, "mention": 4}


@dataclass(frozen=True)
class Annotation:
    """One span to draw: its layer, offsets, the row ids it stands for and its own attributes."""

    layer: str
    start: int
    end: int
    ids: tuple[str, ...]
    classes: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()  # extra data-* attributes
    label: str = ""  # badge after the last piece (e.g. an event type), shown by CSS


@dataclass
class _Node:
    start: int
    end: int
    ann: Annotation | None = None
    children: list[_Node] = field(default_factory=list)
    first: bool = True
    last: bool = True


def escape_text(text: str) -> str:
    """Escaped text; a CR becomes a character reference so the DOM keeps it (CRLF stays 2)."""
    return html.escape(text, quote=True).replace("\r", "&#13;")


def merge(annotations: Iterable[Annotation]) -> list[Annotation]:
    """One annotation per (layer, start, end): rows that cover the same words share a piece."""
    groups: dict[tuple[str, int, int], list[Annotation]] = {}
    for ann in annotations:
        groups.setdefault((ann.layer, ann.start, ann.end), []).append(ann)
    merged = []
    for (layer, start, end), anns in sorted(groups.items(), key=lambda kv: (
            kv[0][1], -kv[0][2], LAYER_RANK[kv[0][0]])):
        first = anns[0]
        ids = tuple(dict.fromkeys(i for a in anns for i in a.ids))
        attrs: dict[str, list[str]] = {}
        for a in anns:
            for key, value in a.attrs:
                attrs.setdefault(key, [])
                if value not in attrs[key]:
                    attrs[key].append(value)
        labels = list(dict.fromkeys(a.label for a in anns if a.label))
        merged.append(Annotation(layer, start, end, ids, first.classes,
                                 tuple((k, " ".join(v)) for k, v in attrs.items()),
                                 " + ".join(labels)))
    return merged


def build_tree(text_length: int, annotations: list[Annotation]) -> _Node:
    """Nest the annotations, cutting any that cross the end of the element they start in."""
    root = _Node(0, text_length)
    heap = [(a.start, -a.end, LAYER_RANK[a.layer], n, a, True)
            for n, a in enumerate(annotations)]
    heapq.heapify(heap)
    stack = [root]
    pieces: dict[int, list[_Node]] = {}
    while heap:
        start, neg_end, rank, n, ann, first = heapq.heappop(heap)
        end = -neg_end
        while stack[-1].end <= start:
            stack.pop()
        parent = stack[-1]
        if end > parent.end:  # crosses: keep the part inside, place the rest again later
            heapq.heappush(heap, (parent.end, neg_end, rank, n, ann, False))
            end = parent.end
        node = _Node(start, end, ann, first=first)
        parent.children.append(node)
        stack.append(node)
        pieces.setdefault(n, []).append(node)
    for nodes in pieces.values():
        for node in nodes[:-1]:
            node.last = False
    return root


def render(text: str, annotations: Iterable[Annotation]
           ) -> tuple[str, dict[tuple[str, str], str]]:
    """The text as HTML with every annotation drawn, and the element id of the first piece of
    each (layer, row id), for links that scroll to a row's words.

    Annotations outside the text or empty are skipped by the caller (see `drawable`).
    """
    tree = build_tree(len(text), merge(annotations))
    anchors: dict[tuple[str, str], str] = {}
    out: list[str] = []
    counter = 0

    def emit(node: _Node) -> None:
        nonlocal counter
        pos = node.start
        for child in node.children:
            out.append(escape_text(text[pos:child.start]))
            ann = child.ann
            assert ann is not None
            counter += 1
            element_id = f"s{counter}"
            for row_id in ann.ids:
                anchors.setdefault((ann.layer, row_id), element_id)
            out.append(_open_tag(child, ann, element_id))
            emit(child)
            out.append("</mark>")
            pos = child.end
        out.append(escape_text(text[pos:node.end]))

    emit(tree)
    return "".join(out), anchors


def _open_tag(node: _Node, ann: Annotation, element_id: str) -> str:
    classes = ["ann", f"ann-{ann.layer}", *ann.classes]
    if not node.first:
        classes.append("cont")
    if not node.last:
        classes.append("open")
    attrs: list[tuple[str, str]] = [
        ("id", element_id), ("class", " ".join(classes)), ("data-layer", ann.layer),
        ("data-ids", " ".join(ann.ids)), ("data-start", str(node.start)),
        ("data-end", str(node.end)),
        # One tab stop per row: the first piece; the others are reachable by pointer.
        ("tabindex", "0" if node.first else "-1"),
        ("aria-describedby", " ".join(f"d-{i}" for i in ann.ids)),
        *ann.attrs,
    ]
    if ann.label and node.last:
        attrs.append(("data-label", ann.label))
    rendered = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs)
    return f"<mark {rendered}>"


def drawable(text: str, start: int, end: int) -> bool:
    return 0 <= start < end <= len(text)
