"""Grounding beyond English: offsets stay exact in any Unicode text, and every language's marks enclose.

Offsets are Python ``str`` indices (code points): an emoji, a CJK character or a combining mark
counts as what it is, never as its UTF-8 or UTF-16 length.
"""

from __future__ import annotations

import pytest

from llmextract.grounding.aligner import Grounder
from llmextract.grounding.span_policy import canonical_span


def grounded(text: str, snippet: str) -> tuple[str, str]:
    """(alignment, text[start:end]) of ``snippet`` after the span policy."""
    hit = Grounder(text).locate(snippet)
    assert hit is not None, snippet
    start, end = canonical_span(text, hit.start, hit.end)
    return hit.alignment, text[start:end]


@pytest.mark.parametrize(
    ("text", "snippet", "expected"),
    [
        # French guillemets with narrow no-break spaces; the model copies plain spaces and marks
        (
            "La maire a déclaré\u202f: «\u202fNous tiendrons le calendrier.\u202f» Puis elle est partie.",
            '"Nous tiendrons le calendrier."',
            "«\u202fNous tiendrons le calendrier.\u202f»",
        ),
        ("Il a dit «\u00a0non\u00a0merci\u00a0» hier.", "non merci", "«\u00a0non\u00a0merci\u00a0»"),
        # German „…“, »…« and ‚…‘; the comma after the closing mark stays outside
        ("„Die Brücke ist marode“, sagte Schmidt.", '"Die Brücke ist marode",', "„Die Brücke ist marode“"),
        ("»Wir zahlen«, so Becker.", "Wir zahlen", "»Wir zahlen«"),
        ("Sie sagte ‚nie wieder‘ und ging.", "nie wieder", "‚nie wieder‘"),
        # Swiss and Spanish « », single ‹ ›
        ("«Cumpliremos el plazo», aseguró Ruiz.", "Cumpliremos el plazo", "«Cumpliremos el plazo»"),
        ("Er meinte ‹alles bleibt› und lachte.", "alles bleibt", "‹alles bleibt›"),
        # Japanese corner brackets, CJK text and emoji before the quote
        ("🙂🙂 市長は「橋は三か月閉鎖します」と述べた。", "橋は三か月閉鎖します", "「橋は三か月閉鎖します」"),
        # Spanish dialogue dashes are not part of the speech
        (
            "—No habrá cierre parcial —dijo la alcaldesa—. Lo decidimos ayer.",
            "—No habrá cierre parcial —",
            "No habrá cierre parcial",
        ),
    ],
)
def test_marks_of_each_language_enclose_the_span(text: str, snippet: str, expected: str) -> None:
    assert grounded(text, snippet)[1] == expected


def test_offsets_count_code_points_after_emoji_and_zwj_sequences() -> None:
    text = "Familie 👩‍👩‍👧 und 🇩🇪: „Wir bleiben hier“, sagte sie."
    hit = Grounder(text).locate("Wir bleiben hier")
    assert hit is not None and hit.alignment == "exact"
    start, end = canonical_span(text, hit.start, hit.end)
    assert (start, end) == (text.index("„"), text.index("“") + 1)
    assert text[start:end] == "„Wir bleiben hier“"


def test_combining_accents_ground_whichever_way_the_snippet_writes_them() -> None:
    text = "Le cafe\u0301 de Zoe\u0308 ferme, a dit le maire."
    assert grounded(text, "Le cafe\u0301 de Zoe\u0308 ferme") == ("exact", "Le cafe\u0301 de Zoe\u0308 ferme")
    assert grounded(text, "Le café de Zoë ferme") == ("normalized", "Le cafe\u0301 de Zoe\u0308 ferme")
    assert grounded(text, "Zoë")[1] == "Zoe\u0308"  # the combining mark belongs to the last letter


def test_precomposed_article_and_decomposed_snippet() -> None:
    text = "« Ça suffit », a lancé Hélène Noël."
    assert grounded(text, "He\u0301le\u0300ne Noe\u0308l")[1] == "Hélène Noël"
