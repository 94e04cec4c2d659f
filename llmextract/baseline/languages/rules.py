"""What the quotation rules need to know about one language: its marks, cue verbs and name words.

Every set holds lower-case words; the reader lower-cases a token before looking it up.
"""

from __future__ import annotations

from dataclasses import dataclass


def words(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block`` as a set."""
    return frozenset(block.split())


@dataclass(frozen=True)
class LanguageRules:
    """One language's tables for ``llmextract.baseline.multilingual``."""

    code: str
    #: (opening, closing) quotation marks, outermost style first.
    marks: tuple[tuple[str, str], ...]
    #: conjugated forms (and participles) of verbs that introduce speech: "déclaré", "sagte", "dijo".
    cue_verbs: frozenset[str]
    #: auxiliaries and adverbs that may stand between a speaker and the cue: "a", "hat", "ha".
    fillers: frozenset[str]
    #: prepositions naming a source after them: "selon", "laut", "según".
    source_before: frozenset[str]
    #: postpositions naming a source before them: "zufolge".
    source_after: frozenset[str]
    #: the word opening reported speech after a cue: "que", "dass".
    complementisers: frozenset[str]
    #: articles and determiners that open a speaker phrase: "le", "die", "la".
    determiners: frozenset[str]
    #: titles kept as the actor's role: "ministre", "Bürgermeisterin", "alcaldesa".
    titles: frozenset[str]
    #: lower-case words inside a name: "de", "von", "del".
    particles: frozenset[str]
    #: subject pronouns, resolved to the last named speaker.
    pronouns: frozenset[str]
    #: capitalised words that never start a name (sentence openers, days, months).
    stop_capitals: frozenset[str]
    #: words that mark a speaker as an organisation.
    org_cues: frozenset[str]
    #: whether a paragraph opening with a dash is dialogue (Spanish: "—No habrá cierre —dijo ella—.").
    dialogue_dashes: bool = False
    #: nouns of bodies that speak without a proper name: "préfecture", "Staatsanwaltschaft", "ayuntamiento".
    institutions: frozenset[str] = frozenset()
    #: institution nouns that describe a named body ("la société TransVanne", "das Unternehmen"):
    #: the name is the body's own, and the noun alone refers back to the body named last.
    descriptors: frozenset[str] = frozenset()
    #: other words for an institution the article names: "consistorio" -> "ayuntamiento".
    institution_synonyms: tuple[tuple[str, str], ...] = ()
    #: whether a finite verb may have no subject ("Explicó que …", "«…», añadió."): Spanish.
    null_subject: bool = False
    #: whether titles are compounds whose last part is a title ("Oberbürgermeister", "Fraktionschefin").
    compound_titles: bool = False
    #: verb forms that report speech without a cue (German Konjunktiv I: "sei", "werde", "prüfe").
    subjunctive: frozenset[str] = frozenset()
    #: forms that carry on the previous sentence's statement only ("soll", "sollen").
    continuing: frozenset[str] = frozenset()
    #: a word opening a reported verb form after an impersonal subject ("man prüfe").
    impersonal: frozenset[str] = frozenset()
    #: cues whose content may be an infinitive ("a promis de …", "kündigte an, … zu prüfen").
    infinitive_cues: frozenset[str] = frozenset()
    #: titles of people who speak for a body: "un porte-parole de TransVanne" speaks for TransVanne.
    spokespersons: frozenset[str] = frozenset()
    #: articles, honorifics and titles that say a person is a woman ("la", "Mme", "alcaldesa") ...
    feminine: frozenset[str] = frozenset()
    #: ... or a man ("le", "M.", "alcalde"), so that "elle" and "il" find the right one.
    masculine: frozenset[str] = frozenset()
    #: the gender of each subject pronoun: "il" -> "m", "ella" -> "f".
    pronoun_genders: tuple[tuple[str, str], ...] = ()
    #: phrases naming a source after them, as words: ("a", "juicio", "de"), ("en", "palabras", "de").
    source_phrases: tuple[tuple[str, ...], ...] = ()
    #: nouns for the words just quoted, opening the sentence that names their speaker: « … » Ces
    #: propos sont ceux du maire, X. / „…“ Mit diesen Worten wandte sich X … / «…». La frase es de X.
    quote_references: frozenset[str] = frozenset()
    #: prepositions opening a sentence with the holder of the view it quotes: "Pour l’avocate
    #: générale, Sandrine Kervella, les faits ne laissent « aucune place au doute »", "Para X, «…»".
    opinion_sources: frozenset[str] = frozenset()
    #: pronouns for the statement just made, opening a sentence that names its source: "Das teilte
    #: die Stadt mit."
    statement_pronouns: frozenset[str] = frozenset()
