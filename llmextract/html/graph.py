"""Stance graph layout: actors on an upright ellipse, topics in the middle, holder -> target edges.

The ellipse is narrower than it is tall to leave room for labels at its sides.

Only geometry and labels are computed here; the template draws the SVG, so every label passes
through autoescaping. The layout is deterministic (same extraction, same picture), which keeps
screenshots and tests stable.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field

from llmextract.html.quoting import in_marks
from llmextract.schema import Extraction

__all__ = ["POLARITY_VERBS", "Edge", "Graph", "Node", "stance_graph"]

WIDTH, HEIGHT = 480, 370
CX, CY = WIDTH / 2, HEIGHT / 2
RING_X, RING_Y, INNER = 100.0, 128.0, 46.0
ACTOR_R, TOPIC_R = 10.0, 9.0
LABEL_CHARS, LABEL_LINES, LINE_HEIGHT = 16, 2, 13.0
POLARITY_VERBS = {"support": "supports", "oppose": "opposes", "neutral": "is neutral on"}


@dataclass
class Node:
    key: str
    name: str
    kind: str  # "actor" or "topic"
    actor_id: str | None
    color: int | None
    x: float = 0.0
    y: float = 0.0
    anchor: str = "middle"
    label_x: float = 0.0
    label_y: float = 0.0
    lines: list[str] = field(default_factory=list)

    @property
    def radius(self) -> float:
        return ACTOR_R if self.kind == "actor" else TOPIC_R


@dataclass(frozen=True)
class Edge:
    stance_id: str
    path: str
    polarity: str
    title: str


@dataclass(frozen=True)
class Graph:
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]


def wrap_label(name: str) -> list[str]:
    lines = textwrap.wrap(name, LABEL_CHARS, break_long_words=True) or [""]
    if len(lines) > LABEL_LINES:
        rest = " ".join(lines[LABEL_LINES - 1 :])
        lines = [*lines[: LABEL_LINES - 1], rest[: LABEL_CHARS - 1].rstrip() + "…"]
    return lines


def _ring(nodes: list[Node], rx: float, ry: float, phase: float) -> None:
    for i, node in enumerate(nodes):
        angle = phase + 2 * math.pi * i / len(nodes)
        node.x, node.y = CX + rx * math.cos(angle), CY + ry * math.sin(angle)


def _place_label(node: Node, outward: bool) -> None:
    node.lines = wrap_label(node.name)
    extra = (len(node.lines) - 1) * LINE_HEIGHT
    dx, dy = node.x - CX, node.y - CY
    dist = math.hypot(dx, dy)
    cos, sin = (dx / dist, dy / dist) if dist > 1e-9 else (0.0, 1.0)
    gap = node.radius + 5
    if outward and cos > 0.35:
        node.anchor, node.label_x, node.label_y = "start", node.x + gap, node.y + 4 - extra / 2
    elif outward and cos < -0.35:
        node.anchor, node.label_x, node.label_y = "end", node.x - gap, node.y + 4 - extra / 2
    elif outward and sin < 0:
        node.anchor, node.label_x, node.label_y = "middle", node.x, node.y - gap - 3 - extra
    else:
        node.anchor, node.label_x, node.label_y = "middle", node.x, node.y + gap + 11


def _edge_path(a: Node, b: Node, offset: float) -> str:
    if a is b:
        x, y, r = a.x, a.y - a.radius, a.radius
        top = y - 4 * r
        return (
            f"M{x - 4:.1f},{y:.1f} C{x - 3 * r:.1f},{top:.1f} {x + 3 * r:.1f},{top:.1f} {x + 4:.1f},{y:.1f}"
        )
    first, second = sorted((a, b), key=lambda n: n.key)
    nx, ny = -(second.y - first.y), second.x - first.x
    norm = math.hypot(nx, ny) or 1.0
    cx = (a.x + b.x) / 2 + 2 * offset * nx / norm
    cy = (a.y + b.y) / 2 + 2 * offset * ny / norm

    def toward(n: Node, gap: float) -> tuple[float, float]:
        dx, dy = cx - n.x, cy - n.y
        d = math.hypot(dx, dy) or 1.0
        return n.x + gap * dx / d, n.y + gap * dy / d

    x1, y1 = toward(a, a.radius + 1)
    x2, y2 = toward(b, b.radius + 2)
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"


def _pair(a: Node, b: Node) -> tuple[str, str]:
    return (a.key, b.key) if a.key <= b.key else (b.key, a.key)


def stance_graph(
    extraction: Extraction, colors: Mapping[str, int], evidence: Mapping[str, str]
) -> Graph | None:
    """Lay out the stances of ``extraction``; None when it has none.

    ``colors`` maps actor ids to palette indexes; ``evidence`` maps stance ids to their text.
    """
    if not extraction.stances:
        return None
    names = {a.id: a.name for a in extraction.actors}
    order = {a.id: i for i, a in enumerate(extraction.actors)}
    actors: dict[str, Node] = {}
    topics: dict[str, Node] = {}

    def actor_node(actor_id: str, fallback: str) -> Node:
        if actor_id not in actors:
            actors[actor_id] = Node(
                f"actor:{actor_id}", names.get(actor_id, fallback), "actor", actor_id, colors.get(actor_id)
            )
        return actors[actor_id]

    ends: list[tuple[Node, Node]] = []
    for s in extraction.stances:
        holder = actor_node(s.holder_id, s.holder)
        if s.target_id is not None:
            target = actor_node(s.target_id, s.target)
        else:
            key = f"topic:{s.target.casefold().strip()}"
            target = topics.setdefault(key, Node(key, s.target, "topic", None, None))
        ends.append((holder, target))

    ring = sorted(actors.values(), key=lambda n: order.get(n.actor_id or "", len(order)))
    _ring(ring, RING_X, RING_Y, -math.pi / 2)
    inner = list(topics.values())
    if len(inner) == 1:
        inner[0].x, inner[0].y = CX, CY
    elif inner:
        _ring(inner, INNER, INNER, -math.pi / 2 + math.pi / len(inner))
    for node in ring:
        _place_label(node, outward=True)
    for node in inner:
        _place_label(node, outward=False)

    pairs: dict[tuple[str, str], list[int]] = {}
    for i, (a, b) in enumerate(ends):
        pairs.setdefault(_pair(a, b), []).append(i)
    edges: list[Edge] = []
    for i, (s, (a, b)) in enumerate(zip(extraction.stances, ends, strict=True)):
        group = pairs[_pair(a, b)]
        # Actor-to-actor edges bow a little so they do not run through a topic in the middle.
        bow = 16.0 if a.kind == b.kind == "actor" else 0.0
        offset = bow + (group.index(i) - (len(group) - 1) / 2) * 14.0
        verb = POLARITY_VERBS[s.polarity]
        title = f"{a.name} {verb} {b.name}"
        if evidence.get(s.id):
            title += f": {in_marks(evidence[s.id])}"
        edges.append(Edge(s.id, _edge_path(a, b, offset), s.polarity, title))
    return Graph(WIDTH, HEIGHT, [*ring, *inner], edges)
