"""Stance graph layout: one node per actor or topic, deterministic, labels kept short."""

from __future__ import annotations

import re

from conftest import make_extraction

from llmextract.html.graph import HEIGHT, LABEL_CHARS, WIDTH, stance_graph, wrap_label
from llmextract.schema import Stance


def test_nodes_for_actors_and_topics_and_one_edge_per_stance() -> None:
    ex = make_extraction("Ana Reyes said no. Bo Lind said yes.", [("q1", "no", "a1")])
    topic_again = Stance(
        id="s3", holder_id="a1", holder="Ana Reyes", target="<SVG onload=x>", polarity="neutral"
    )
    ex = ex.model_copy(update={"stances": [*ex.stances, topic_again]})
    graph = stance_graph(ex, {"a1": 0, "a2": 1}, {"s1": "no"})
    assert graph is not None
    assert [(n.kind, n.name) for n in graph.nodes] == [
        ("actor", "Ana Reyes"),
        ("actor", "Bo Lind"),
        ("topic", "<svg onload=x>"),  # the same topic, however cased, is one node
    ]
    assert [e.polarity for e in graph.edges] == ["oppose", "support", "neutral"]
    assert graph.edges[0].title == "Ana Reyes opposes Bo Lind: “no”"
    for node in graph.nodes:
        assert 0 <= node.x <= WIDTH and 0 <= node.y <= HEIGHT
    for edge in graph.edges:
        coords = [float(x) for x in re.findall(r"-?\d+\.\d", edge.path)]
        assert all(-1 <= c <= max(WIDTH, HEIGHT) + 1 for c in coords)
    assert stance_graph(ex, {"a1": 0, "a2": 1}, {}) == stance_graph(ex, {"a1": 0, "a2": 1}, {})


def test_no_stances_no_graph() -> None:
    ex = make_extraction("Ana Reyes said no.", [("q1", "no", "a1")])
    assert stance_graph(ex.model_copy(update={"stances": []}), {}, {}) is None


def test_self_stance_draws_a_loop() -> None:
    ex = make_extraction("Ana Reyes said no.", [("q1", "no", "a1")])
    loop = Stance(
        id="s1", holder_id="a1", holder="Ana Reyes", target="Ana Reyes", target_id="a1", polarity="support"
    )
    graph = stance_graph(ex.model_copy(update={"stances": [loop]}), {"a1": 0}, {})
    assert graph is not None and len(graph.nodes) == 1 and " C" in graph.edges[0].path


def test_long_labels_wrap_to_two_lines_with_an_ellipsis() -> None:
    assert wrap_label("Dana Kessler") == ["Dana Kessler"]
    lines = wrap_label("spokesperson for Prime Minister Anton Reyes of the Northern Republic")
    assert len(lines) == 2 and lines[1].endswith("…") and all(len(x) <= LABEL_CHARS for x in lines)
