"""Per-language tables of the rules baseline for French, German and Spanish.

English keeps its own, richer rules (``llmextract.baseline.attribution``); these tables drive the
quotation reader in ``llmextract.baseline.multilingual``.
"""

from __future__ import annotations

from llmextract.baseline.languages.french import FRENCH
from llmextract.baseline.languages.german import GERMAN
from llmextract.baseline.languages.rules import LanguageRules
from llmextract.baseline.languages.spanish import SPANISH

__all__ = ["LANGUAGES", "LanguageRules"]

LANGUAGES: dict[str, LanguageRules] = {r.code: r for r in (FRENCH, GERMAN, SPANISH)}
