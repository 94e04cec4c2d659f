"""A second, plain reading of text as a model takes it, to check the fence's folding against.

It folds the whole string at once with the standard library (the homoglyphs NFKC would change
mapped first, NFKC over the whole text, every format or default-ignorable character dropped, the
homoglyph table, html.unescape), where ``llmextract.llm.lookalikes`` folds piece by piece and keeps
a map back to raw offsets.
"""

from __future__ import annotations

import html
import unicodedata

from llmextract.llm.lookalikes import CONFUSABLES

# Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties.txt) beyond general category Cf.
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_TABLE = str.maketrans(CONFUSABLES)
_FIRST = str.maketrans({ch: a for ch, a in CONFUSABLES.items() if unicodedata.normalize("NFKC", ch) != ch})


def ignorable(ch: str) -> bool:
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or any(a <= code <= b for a, b in _DEFAULT_IGNORABLE)


def reader_view(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.translate(_FIRST))
    text = "".join(ch for ch in text if not ignorable(ch)).translate(_TABLE)
    return html.unescape(text)
