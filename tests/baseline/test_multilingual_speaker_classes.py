"""fr/de/es speakers of the kinds wire copy, press conferences and court reports write.

A description after the cue ("a dit le jeune maçon", "antwortete die 47-Jährige") is the person
named before, anywhere outside a quotation; a title of a club names no one; hyphen incises; a
sentence opening on its cue verb; a null-subject cue before a circumstance; "Pour X, … « … »";
a quoted object right after its cue with words after it; a spokesperson of a body "für" something.
"""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract


def _speaker_of(text: str, lang: str, words: str) -> str | None:
    [quote] = [q for q in baseline_extract(text, lang).quotes if words in q.text and q.kind == "direct"]
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "lang", "words", "speaker"),
    [
        (
            "Devant le tribunal de Brenne, Rémi Tardieu a gardé le silence. "
            "« Je regrette tout », a dit le jeune maçon.",
            "fr",
            "Je regrette tout",
            "Rémi Tardieu",
        ),
        (
            "Sylvain Roche défend la famille. "
            "L’avocat de la partie civile a réclamé « une peine exemplaire ».",
            "fr",
            "une peine exemplaire",
            "Sylvain Roche",
        ),
        ("« Le pari est gagné », s’est félicité Hugo Barrère.", "fr", "Le pari est gagné", "Hugo Barrère"),
        (
            "Pour le député Alain Verdier, la réforme est « un contresens total ».",
            "fr",
            "un contresens total",
            "Alain Verdier",
        ),
        (
            "Die Kritik ließ Jana Wilmers kalt. Auf die Frage nach dem Rücktritt antwortete die "
            "47-Jährige knapp: „Ich bleibe im Amt.“",
            "de",
            "Ich bleibe im Amt",
            "Jana Wilmers",
        ),
        (
            "Nach dem Spiel war Erik Sandmann bedient. "
            "„Das war zu wenig“, sagte der Trainer des VfL Ostheim.",
            "de",
            "Das war zu wenig",
            "Erik Sandmann",
        ),
        (
            "Auch Petra Lindner äußerte sich. „Ein verdienter Sieg“, sagte die Ostheimer Trainerin.",
            "de",
            "Ein verdienter Sieg",
            "Petra Lindner",
        ),
        (
            "Bergers Anwältin, Rechtsanwältin Heike Bruns, widersprach deutlich. "
            "„Das ist reine Spekulation“, sagte sie.",
            "de",
            "Das ist reine Spekulation",
            "Heike Bruns",
        ),
        (
            "Der Rat stimmte zu. Ihr Kollege Martin Vogt sah das anders. „Wir brauchen mehr Zeit“, sagte er.",
            "de",
            "Wir brauchen mehr Zeit",
            "Martin Vogt",
        ),
        (
            "„Die Mauer bleibt stehen“, teilte eine Sprecherin des Landesamts für Denkmalpflege mit.",
            "de",
            "Die Mauer bleibt stehen",
            "Landesamts für Denkmalpflege",
        ),
        (
            "«No firmaremos -ha advertido el consejero de Pesca, Andrés Cubillo-, "
            "mientras no haya garantías».",
            "es",
            "No firmaremos",
            "Andrés Cubillo",
        ),
        (
            "El alcalde, Jorge Peral, defendió el plan. Declaró después la directora del colegio, "
            "Lidia Sarrión. «Nadie nos consultó nunca», aseguró.",
            "es",
            "Nadie nos consultó",
            "Lidia Sarrión",
        ),
        (
            "La jueza Clara Ibarra escuchó a las partes. "
            "«Decidiré el lunes sin falta», dijo al término de la vista.",
            "es",
            "Decidiré el lunes",
            "Clara Ibarra",
        ),
        (
            "El concejal Luis Ferrán ha exigido «transparencia total» al equipo de gobierno.",
            "es",
            "transparencia total",
            "Luis Ferrán",
        ),
        (
            "„Das Konzept trägt nicht“, sagte Kreisrat Holger Lamprecht von der Wählergemeinschaft.",
            "de",
            "Das Konzept trägt nicht",
            "Holger Lamprecht",
        ),
        (
            "«Las obras acabarán en mayo», dijo ayer en Onda Vega la directora de la Mancomunidad, "
            "Sara Ledo.",
            "es",
            "Las obras acabarán en mayo",
            "Sara Ledo",
        ),
        (
            "Tomás Brea habló con los vecinos. Interrogado por el retraso, contestó: «Llegará en junio».",
            "es",
            "Llegará en junio",
            "Tomás Brea",
        ),
        (
            "Le directeur de la Fédération Valmaraise, lui, a dénoncé « une facture injuste » aux familles.",
            "fr",
            "une facture injuste",
            "le directeur de la Fédération Valmaraise",
        ),
        (
            "Die Ampel fiel aus. „Niemand wurde verletzt“, sagte eine Gerichtssprecherin.",
            "de",
            "Niemand wurde verletzt",
            "Gericht",
        ),
        (
            "« Le projet est abandonné. » C’est en ces termes que la présidente, Irène Vautrin, a conclu.",
            "fr",
            "Le projet est abandonné",
            "Irène Vautrin",
        ),
        (
            "« Le marché ne rouvrira pas. » Ainsi s’exprime Jacques Orsoni, maraîcher à Belcastel.",
            "fr",
            "Le marché ne rouvrira pas",
            "Jacques Orsoni",
        ),
        (
            "Mme Claire Vidal a pris la parole. Pour l’élue écologiste, le budget est « insincère ».",
            "fr",
            "insincère",
            "Claire Vidal",
        ),
        (
            "Junto a él, su hermana Nerea, de 30 años, escucha.\n\n—Aquí ya no queda nadie —dice.",
            "es",
            "Aquí ya no queda nadie",
            "Nerea",
        ),
    ],
)
def test_the_speaker_of_each_kind(text: str, lang: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, lang, words) == speaker


def test_a_view_needs_a_named_holder() -> None:
    """ "Pour la première fois" holds no view: the quoted words get no speaker."""
    text = "Pour la première fois, la commune publie « un budget vert et solidaire » en ligne."
    assert not [q for q in baseline_extract(text, "fr").quotes if q.speaker]
