"""Per-language tables of the rules baseline for French, German and Spanish.

English keeps its own, richer rules (``llmextract.baseline.attribution``); these tables drive the
quotation reader in ``llmextract.baseline.multilingual``. The stance words of every language,
English too, are in ``*_stances`` modules read by ``llmextract.baseline.stance_rules``.
"""

from __future__ import annotations

from llmextract.baseline.languages.english_stances import ENGLISH_STANCES
from llmextract.baseline.languages.french import FRENCH
from llmextract.baseline.languages.french_stances import FRENCH_STANCES
from llmextract.baseline.languages.german import GERMAN
from llmextract.baseline.languages.german_stances import GERMAN_STANCES
from llmextract.baseline.languages.rules import LanguageRules
from llmextract.baseline.languages.spanish import SPANISH
from llmextract.baseline.languages.spanish_stances import SPANISH_STANCES
from llmextract.baseline.languages.stance_words import StanceWords

__all__ = ["LANGUAGES", "STANCE_WORDS", "LanguageRules", "StanceWords"]

LANGUAGES: dict[str, LanguageRules] = {r.code: r for r in (FRENCH, GERMAN, SPANISH)}

STANCE_WORDS: dict[str, StanceWords] = {
    w.code: w for w in (ENGLISH_STANCES, FRENCH_STANCES, GERMAN_STANCES, SPANISH_STANCES)
}
