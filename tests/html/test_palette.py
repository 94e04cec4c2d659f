"""Speaker colours: no two actors of one article share one, however many there are."""

from __future__ import annotations

import re

from llmextract.html.palette import BASE_COLORS, actor_colors, color_pair, extra_palette_css


def test_each_actor_gets_its_own_index_in_order() -> None:
    ids = [f"a{i}" for i in range(1, 41)]
    colors = actor_colors(ids)
    assert list(colors.values()) == list(range(40))
    assert actor_colors(["a2", "a1", "a2"]) == {"a2": 0, "a1": 1}


def test_drawn_colours_differ_from_each_other() -> None:
    pairs = [color_pair(i) for i in range(BASE_COLORS, 200)]
    assert len({strong for strong, _ in pairs}) == len(pairs)
    assert len({pale for _, pale in pairs}) == len(pairs)


def test_css_has_a_rule_for_each_index_past_the_stylesheets() -> None:
    assert extra_palette_css(BASE_COLORS) == ""
    css = str(extra_palette_css(BASE_COLORS + 3))
    assert re.findall(r"\.spk-(\d+) ", css) == [str(BASE_COLORS + i) for i in range(3)]
