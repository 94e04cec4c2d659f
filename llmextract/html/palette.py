"""Speaker colours for one article's view: one colour per actor, none repeated.

The stylesheet holds ten hand-picked pairs (``.spk-0`` .. ``.spk-9``: a strong colour for
lines and text, a pale one for highlights). An article with more actors gets further pairs drawn
here, hue stepped by the golden angle so neighbours differ, and written into the page's own style,
so two speakers never share a colour on one page.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup

__all__ = ["BASE_COLORS", "actor_colors", "color_pair", "extra_palette_css"]

BASE_COLORS = 10
"""Pairs the stylesheet defines (``view.css``)."""

_GOLDEN_ANGLE = 137.50776405


def actor_colors(actor_ids: Iterable[str]) -> dict[str, int]:
    """Palette index by actor id, in the order given: 0, 1, 2, ... with no index used twice."""
    return {actor_id: i for i, actor_id in enumerate(dict.fromkeys(actor_ids))}


def color_pair(index: int) -> tuple[str, str]:
    """The strong and the pale colour drawn for a palette index past the stylesheet's."""
    hue = round((index * _GOLDEN_ANGLE) % 360, 1)
    lightness = (32, 40, 26)[index % 3]
    return f"hsl({hue} 62% {lightness}%)", f"hsl({hue} 70% 90%)"


def extra_palette_css(count: int) -> Markup:
    """CSS rules for the indexes ``BASE_COLORS .. count - 1`` (empty when the stylesheet's suffice)."""
    rules = []
    for index in range(BASE_COLORS, count):
        strong, pale = color_pair(index)
        rules.append(f".spk-{index} {{ --c: {strong}; --bg: {pale}; }}")
    return Markup("\n".join(rules))
