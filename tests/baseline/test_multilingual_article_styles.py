"""French, German and Spanish articles in styles the first tuning articles lack (tests/baseline/articles/).

Wire copy with datelines, press conferences with speakers alternating, court reporting, speakers
introduced by role then name or named after the quotation, quotations split around their cue and
pronouns carried across paragraphs. Each direct quote is a fragment of its article and the names its
speaker may go by; it counts when a predicted direct quote overlaps it with that speaker.
"""

from __future__ import annotations

import pytest

from llmextract.evaluation.matching import normalize_name
from tests.baseline.test_multilingual_articles import _extracted, _speaker_names

Expected = tuple[str, tuple[str, ...]]

VASSEUR = ("Thierry Vasseur",)
CORDIER = ("Agnès Cordier",)
MORVAN = ("Stéphane Morvan",)
MBEKI = ("Yohan Mbeki",)
LACHAUD = ("Kevin Lachaud",)
DELMAS = ("Françoise Delmas",)
KERVELLA = ("Sandrine Kervella",)
KOLLWITZ = ("Bernd Kollwitz",)
SAALFELD = ("Ulrike Saalfeld",)
REINHARDT = ("Thomas Reinhardt",)
OBERLE = ("Jannik Oberle",)
KUEHNEL = ("Dagmar Kühnel",)
LINARES = ("Óscar Linares",)
ESCRIBANO = ("Pilar Escribano",)
LOZANO = ("Víctor Lozano",)
MANCEBO = ("Hugo Mancebo",)
CARRASCO = ("Eusebio Carrasco",)
BERZAL = ("Antonio Berzal",)

EXPECTED: dict[str, list[Expected]] = {
    "fr-depeche-barrage-valmorin": [
        ("Il n’y a pas de danger immédiat", VASSEUR),
        ("Mais nous ne prendrons aucun risque", VASSEUR),
        ("Nous avons préparé nos sacs hier soir", ("Odile Parmentier",)),
        ("On ne dort plus vraiment", ("Odile Parmentier",)),
        ("superficielles", ("Hydroval", "la société Hydroval")),
        ("Les mesures de ce matin sont rassurantes", ("Fabrice Lemonnier",)),
        ("Cela fait dix ans que nous alertons", CORDIER),
        ("Nous demandons une expertise indépendante", CORDIER),
        ("L’État sera au rendez-vous", ("Valérie Ducasse",)),
    ],
    "fr-conference-presse-fc-lornac": [
        ("On a été trop gentils", MORVAN),
        ("Sur les trois buts", MORVAN),
        ("Je ne suis pas inquiet", MORVAN),
        ("Stéphane reste notre entraîneur", ("Alain Quérel",)),
        ("On doit relever la tête", MBEKI),
        ("Il reste douze matchs", MBEKI),
        ("Le groupe vit bien", ("Lucas Ferreira",)),
        ("Mes joueurs ont été parfaits", ("Patrick Gallet",)),
    ],
    "fr-assises-braquage-sorbieres": [
        ("Je n’ai jamais voulu blesser", LACHAUD),
        ("Pourquoi l’aviez-vous chargée", ("Martine Aubrac",)),
        ("Je ne sais pas. J’avais peur", LACHAUD),
        ("dix minutes d’enfer", DELMAS),
        ("Il m’a mis le canon sur la tempe", DELMAS),
        ("aucune place au doute", KERVELLA),
        ("L’accusé avait repéré les lieux", KERVELLA),
        ("Mon client a fait une énorme bêtise", ("Julien Castagné",)),
        ("ne pas briser une vie de 23 ans", ("Julien Castagné",)),
    ],
    "de-dpa-hochwasser-elsbach": [
        ("Die Lage ist ernst, aber beherrschbar", KOLLWITZ),
        ("Wir haben", KOLLWITZ),
        ("alle verfügbaren Kräfte im Einsatz", KOLLWITZ),
        (
            "Der Höchststand wird in der Nacht",
            ("Landesamt für Umwelt", "Landesamts für Umwelt", "eine Sprecherin des Landesamts für Umwelt"),
        ),
        ("Seit Jahren fordern wir mehr Rückhaltebecken", SAALFELD),
        ("Passiert ist nichts", SAALFELD),
        ("Das ist nicht der Moment für Schuldzuweisungen", KOLLWITZ),
        ("Niemand wird mit dem Schaden allein gelassen", ("Joachim Brandstätter",)),
        ("So etwas habe ich in 40 Jahren nicht erlebt", ("Gerhard Pöschl",)),
    ],
    "de-pressekonferenz-sv-haldern": [
        ("Wir haben heute in allen Bereichen", REINHARDT),
        ("Das müssen wir klar ansprechen", REINHARDT),
        ("Die Jungs haben genau das umgesetzt", ("Mehmet Aydın",)),
        ("Uns fehlen sieben Spieler", REINHARDT),
        ("Ich mache mir keine Sorgen um meinen Job", REINHARDT),
        ("Thomas ist der richtige Mann", ("Lars Wittkamp",)),
        ("Wir müssen uns alle hinterfragen", OBERLE),
        ("Am Samstag in Grävenbach zählt nur ein Sieg", OBERLE),
    ],
    "de-landgericht-kaemmerer-steinweiler": [
        ("Ich habe mir keinen Cent", ("Walter Emmerich",)),
        ("Die Unterlagen sprechen eine eindeutige Sprache", KUEHNEL),
        ("Der Angeklagte hat über Jahre", KUEHNEL),
        ("Von diesen Zahlungen wusste ich nichts", ("Horst Weidinger",)),
        ("Herr Weidinger hat jedes Dokument", ("Florian Sattler",)),
        ("Wir wollen, dass das Geld zurückkommt", ("Anja Roth-Becker",)),
        (
            "Das Verfahren ist umfangreich",
            ("Landgericht Hagenau", "Landgerichts", "ein Sprecher des Landgerichts"),
        ),
    ],
    "es-efe-estibadores-almenara": [
        ("No nos dejan otra salida", ("Ismael Fajardo",)),
        ("inaceptable", ("Ismael Fajardo",)),
        ("El volumen de contenedores", LINARES),
        ("O nos adaptamos, o cerramos", LINARES),
        ("Vamos a mediar entre las partes", ("Rafael Ortuño",)),
        ("porque una huelga en el puerto", ("Rafael Ortuño",)),
        ("calma y diálogo", ESCRIBANO),
        ("El puerto es el corazón económico", ESCRIBANO),
        ("Llevo 25 años descargando barcos", ("Francisco Moya",)),
    ],
    "es-rueda-prensa-cd-arenales": [
        ("Me voy contento con la actitud", LOZANO),
        ("En la segunda parte hemos tenido", LOZANO),
        ("No voy a hablar del árbitro", LOZANO),
        ("Tenía que haber marcado el segundo", MANCEBO),
        ("Pero el equipo está vivo", MANCEBO),
        ("Hemos merecido más", ("Sergio Campillo",)),
        ("Víctor tiene toda nuestra confianza", ("Manuel Ordóñez",)),
    ],
    "es-audiencia-cooperativa-penalverde": [
        ("Durante seis años, el acusado", ("Rosa Montalbán",)),
        ("Todo lo que hice lo aprobó", CARRASCO),
        ("Yo nunca escondí nada", CARRASCO),
        ("La acusación se basa en suposiciones", ("Nuria Calvente",)),
        ("Los socios han perdido sus ahorros", BERZAL),
        ("Hay familias que no han podido pagar", BERZAL),
        ("Confiamos plenamente en la justicia", ("Unión de Cooperativas del Valle",)),
    ],
    "fr-table-ronde-agriculteurs-vezenne": [
        ("Mes vaches n’ont plus rien à manger", ("Gilles Ravanel",)),
        ("Cette année, on travaille à perte", ("Léa Fournier",)),
        ("Les premières indemnités seront versées", ("Arnaud Delorme",)),
        ("Sans stockage, nous revivrons", ("Brigitte Sarrazin",)),
        ("un manque de coordination", ("Jean-Pierre Mazet", "le maire de Vézenne")),
        ("Chacun renvoie la balle à l’autre", ("Jean-Pierre Mazet",)),
    ],
    "de-interview-buergermeisterin-talheim": [
        ("Wir haben einen soliden Plan vorgelegt", ("Carola Henninger",)),
        ("Dieser Haushalt verschiebt die Probleme", ("Uwe Brenner",)),
        ("Die Schulden sind unter Kontrolle", ("Carola Henninger",)),
        ("Ein Bad ist keine Luxusausgabe", ("Selin Aksoy",)),
        ("Hier lernen unsere Kinder schwimmen", ("Selin Aksoy",)),
        ("Wer das Bad schließt", ("Martin Ebel",)),
        ("Wir prüfen die Unterlagen zügig", ("Landratsamt", "das Landratsamt", "der Behörde")),
    ],
    "es-entrevista-radio-presa-almonte": [
        ("No hay ningún riesgo para la población", ("Julián Esparza",)),
        ("La presa está diseñada", ("Julián Esparza",)),
        ("Entendemos su preocupación", ("Julián Esparza",)),
        ("Cada vez que sueltan agua", ("Rosario Quintero",)),
        ("Nadie nos indemnizó", ("Rosario Quintero",)),
        ("Con dos horas no da tiempo a nada", ("Fermín Ocaña",)),
    ],
    "fr-communique-prefecture-lavandou": [
        (
            "Cette mesure est prise par précaution",
            ("la préfecture", "préfecture du Vaucluse-Nord", "la préfecture du Vaucluse-Nord"),
        ),
        ("Nous avons constaté des rejets suspects", ("Maud Lestrade",)),
        ("Notre station fonctionne normalement", ("Hubert Sablon",)),
        ("Juillet sans baignade", ("Nadine Coulomb",)),
        ("On nous prévient toujours au dernier moment", ("Nadine Coulomb",)),
        ("Toutes les pistes seront examinées", ("Olivier Taillade",)),
    ],
    "de-polizei-unfall-bruckweiler": [
        ("Die Unfallursache ist noch völlig unklar", ("Polizei", "die Polizei", "ein Polizeisprecher")),
        ("Wir fordern hier seit 2019", ("Rainer Stolzenberg",)),
        (
            "Die Strecke ist kein Unfallschwerpunkt",
            ("Verkehrsministerium", "das Verkehrsministerium", "das Ministerium"),
        ),
        ("Das sehen die Menschen hier anders", ("Rainer Stolzenberg",)),
        ("Die Bergung war schwierig", ("Tobias Kramm",)),
        ("Alle haben Hand in Hand gearbeitet", ("Tobias Kramm",)),
    ],
    "es-ayuntamiento-fiestas-villacastro": [
        (
            "La seguridad de los vecinos y del monte",
            ("Ayuntamiento de Villacastro", "el consistorio", "el ayuntamiento"),
        ),
        ("Llevamos cuarenta años con fuegos", ("Anselmo Rivera",)),
        ("Con esta ola de calor no podemos", ("Marisa Domínguez",)),
        ("Es una decisión sensata", ("Eduardo Salcedo",)),
        ("Aquel fuego empezó por una chispa", ("Eduardo Salcedo",)),
        ("Se sabía desde hace semanas", ("Raúl Cienfuegos",)),
    ],
    "fr-conseil-municipal-honorifiques-brevans": [
        ("C’est un équipement attendu", ("Odette Lamarche",)),
        ("Les commerçants le réclament", ("Odette Lamarche",)),
        ("disproportionné", ("Bruno Chaillou",)),
        ("Avec cette somme, on rénove deux écoles", ("Bruno Chaillou",)),
        ("Les écoles sont déjà financées", ("Denis Forestier",)),
        ("Nous votons pour l’avenir du centre-ville", ("Odette Lamarche",)),
    ],
    "de-schweiz-guillemets-seewalden": [
        ("Eine Sanierung würde uns über drei Millionen", ("Ruth Ammann",)),
        ("Das Schulhaus gehört zu Seewalden", ("Walter Hürlimann",)),
        ("Wir haben bereits 400 Unterschriften", ("Walter Hürlimann",)),
        ("und es werden täglich mehr", ("Walter Hürlimann",)),
        ("Das Gebäude ist schützenswert", ("Monika Zbinden",)),
        ("Niemand will das Schulhaus abreissen", ("Ruth Ammann",)),
    ],
    "es-dialogo-entrevista-pescadores-arenal": [
        ("No habíamos visto nada igual", ("Benito Carreño",)),
        ("Hay días que volvemos con las cajas vacías", ("Benito Carreño",)),
        ("Yo quería seguir con el barco", ("Damián",)),
        ("Las sardinas se están desplazando", ("Alicia Torrente",)),
        ("Vamos a estar al lado del sector", ("Gloria Arrieta",)),
        ("Eso ya lo hemos oído otras veces", ("Benito Carreño",)),
    ],
}

CASES = [(name, *case) for name, cases in EXPECTED.items() for case in cases]


@pytest.mark.parametrize(
    ("name", "fragment", "speakers"),
    CASES,
    ids=[c[1][:30] for c in CASES],
)
def test_direct_quote_found_with_its_speaker(name: str, fragment: str, speakers: tuple[str, ...]) -> None:
    text, extraction = _extracted(name)
    start = text.index(fragment)
    end = start + len(fragment)
    hits = [q for q in extraction.quotes if q.start < end and start < q.end and q.kind == "direct"]
    assert hits, f"not found: {fragment}"
    wanted = {normalize_name(s) for s in speakers}
    got = [_speaker_names(extraction, q.speaker_id, q.speaker) for q in hits]
    assert any(g & wanted for g in got), (fragment, [q.speaker for q in hits])


def test_fragments_are_written_once() -> None:
    for name, cases in EXPECTED.items():
        text = _extracted(name)[0]
        for fragment, _ in cases:
            assert text.count(fragment) == 1, (name, fragment)
