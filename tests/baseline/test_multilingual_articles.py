"""French, German and Spanish articles written for tuning the rules (tests/baseline/articles/).

Each expected quote is a fragment of its article, its kind, and the names its speaker may go by (the
actor's name or an alias the article writes); ``None`` where any speaker will do (a source that is no
actor). A quote counts as found when a predicted quote overlaps the fragment; direct quotes and
named speakers must also be attributed right, through the quote's speaker or its actor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from llmextract import Article, extract
from llmextract.baseline.model import baseline_extract
from llmextract.evaluation.matching import normalize_name
from llmextract.schema import Extraction

ARTICLES = Path(__file__).resolve().parent / "articles"

Expected = tuple[str, str, tuple[str, ...] | None]

PREFECTURE = ("la préfecture", "préfecture de l’Orvane", "la préfecture de l’Orvane")
LANCELIN = ("Hervé Lancelin",)
MAILLOL = ("Bertrand Maillol",)
VERKEHRSBETRIEBE = ("Verkehrsbetriebe Lindental", "die Verkehrsbetriebe")
STAATSANWALTSCHAFT = ("Staatsanwaltschaft Lindental", "die Staatsanwaltschaft")
AYUNTAMIENTO = ("ayuntamiento de Valdemora", "el ayuntamiento", "el consistorio")
BELTRAN = ("Joaquín Beltrán",)
CASADO = ("Elena Casado",)

EXPECTED: dict[str, list[Expected]] = {
    "fr-marvignac-pont": [
        ("La sécurité des usagers passe avant tout", "direct", PREFECTURE),
        ("prise dans la précipitation", "direct", LANCELIN),
        ("On nous prévient trois jours avant", "direct", LANCELIN),
        ("que la commune demanderait un délai", "indirect", LANCELIN),
        ("Nous avons des camions qui font", "direct", ("Sophie Garnier",)),
        ("que la fermeture coûtera", "indirect", ("Sophie Garnier",)),
        (
            "les travaux dureront au moins six mois",
            "indirect",
            ("la direction départementale des territoires",),
        ),
        ("que l’État participerait au financement", "indirect", MAILLOL),
        ("Ce pont sera réparé", "direct", MAILLOL),
        ("Aucune poursuite n’est envisagée", "direct", ("le parquet de Vaudran", "le parquet")),
        ("Le département savait depuis 2019", "direct", ("Claire Fontenay",)),
        ("que deux rapports avaient alerté", "indirect", ("Claire Fontenay",)),
    ],
    "de-lindental-strassenbahn": [
        ("Grund seien Lieferprobleme", "indirect", VERKEHRSBETRIEBE),
        ("soll die Linie 2029 in Betrieb gehen", "indirect", VERKEHRSBETRIEBE),
        ("Wir bedauern die Verzögerung sehr", "direct", ("Katrin Wendisch",)),
        ("Man prüfe derzeit", "indirect", ("Katrin Wendisch",)),
        ("Das ist für die Fahrgäste eine bittere Nachricht", "direct", ("Frank Jaschke",)),
        ("Die Stadt werde die Mehrkosten", "indirect", ("Frank Jaschke",)),
        ("lagen die Kosten bereits im Frühjahr", "indirect", None),
        ("wurden bislang 60 Prozent der Gleise verlegt", "indirect", VERKEHRSBETRIEBE),
        ("Wir gehen mehreren Hinweisen nach", "direct", STAATSANWALTSCHAFT),
        ("Ein Ergebnis sei in diesem Jahr", "indirect", STAATSANWALTSCHAFT),
        ("Die Stadt hat viel zu spät reagiert", "direct", ("Mira Oltmanns",)),
        ("dass der Stadtrat einen Untersuchungsausschuss", "indirect", ("Mira Oltmanns",)),
        ("dass die Anwohner an der Baustelle", "indirect", ("Heike Brandl",)),
        ("Wir lassen niemanden allein", "direct", ("Heike Brandl",)),
    ],
    "es-valdemora-piscina": [
        ("Las filtraciones ponen en riesgo", "direct", AYUNTAMIENTO),
        ("No vamos a arriesgar la seguridad", "direct", BELTRAN),
        ("que las obras costarán", "indirect", BELTRAN),
        ("Es una chapuza de principio a fin", "direct", CASADO),
        ("Llevamos dos años avisando", "direct", CASADO),
        ("que el gobierno municipal no haya presentado", "indirect", CASADO),
        ("el contrato de mantenimiento venció", "indirect", CASADO),
        ("Los socios pagan la cuota", "direct", ("Rubén Iglesias",)),
        ("que se habilite la piscina", "indirect", ("Club Natación Valdemora", "el club")),
        ("la reapertura está prevista", "indirect", None),
        ("Haremos lo posible por adelantar", "direct", AYUNTAMIENTO),
    ],
    "fr-saint-lizier-usine": [
        ("Cette décision, douloureuse", "direct", ("Carvel",)),
        ("On a donné vingt ans", "direct", ("Martine Ribeiro",)),
        ("un mépris total", "direct", ("Didier Aubry",)),
        ("la direction prépare la fermeture", "indirect", ("Didier Aubry",)),
        ("qu’elle chercherait un repreneur", "indirect", ("Nadia Berthomieu",)),
        ("L’État ne laissera pas tomber", "direct", ("Nadia Berthomieu",)),
        ("Personne ne nous a prévenus", "direct", ("Jacques Ferrand",)),
        ("que des mesures d’accompagnement", "indirect", ("Carvel",)),
    ],
    "de-hollweg-brauerei": [
        ("Bis zu 120 Arbeitsplätze seien in Gefahr", "indirect", ("Uwe Kessler",)),
        ("Die Geschäftsführung habe die Pläne", "indirect", ("Uwe Kessler",)),
        ("Es gibt keine Pläne für Entlassungen", "direct", ("Brauerei Hollweg",)),
        ("Man sei aber gezwungen", "indirect", ("Brauerei Hollweg",)),
        ("Wir werden nicht tatenlos zusehen", "direct", ("Petra Albers",)),
        ("dass die Beschäftigten am Freitag", "indirect", ("Petra Albers",)),
        ("verhandelt Hollweg mit einem Investor", "indirect", None),
        ("Demnach könnte ein Verkauf", "indirect", None),
        ("Er habe Vertrauen in die Gespräche", "indirect", ("Klaus Reinholt",)),
        ("Die Landesregierung steht bereit", "direct", ("Klaus Reinholt",)),
    ],
    "es-castrelo-juicio": [
        ("El acusado actuó con pleno conocimiento", "direct", ("Marta Villaseñor",)),
        ("que los pagos se hicieron", "indirect", ("Marta Villaseñor",)),
        ("Nunca cobré un euro", "direct", ("Anselmo Quiroga",)),
        ("las facturas «están todas justificadas»", "indirect", ("Tomás Berrocal",)),
        ("Mi cliente es víctima", "direct", ("Tomás Berrocal",)),
        ("Lo demostraremos", "direct", ("Tomás Berrocal",)),
        ("Respetamos el trabajo de la justicia", "direct", ("Inés Carballo",)),
        ("que el ayuntamiento se personará", "indirect", ("Inés Carballo",)),
        ("que colaborarán con el tribunal", "indirect", ("Aguas del Norte",)),
        ("Es un caso de manual", "direct", ("Julián Esteve",)),
        ("El juicio continuará el jueves", "indirect", ("el tribunal",)),
    ],
    "es-olmeda-incendio": [
        ("Los medios llegaron en el tiempo previsto", "direct", ("Lucía Ferrándiz Soler",)),
        ("que el gobierno regional contratará", "indirect", ("Lucía Ferrándiz Soler",)),
        ("Aquí estuvimos solos", "direct", ("Ramón Aguirre Blasco",)),
        ("Nadie nos avisó de que el fuego", "direct", ("Ramón Aguirre Blasco",)),
        ("Los vecinos apagaron las llamas", "direct", ("Ramón Aguirre Blasco",)),
        ("el ayuntamiento pidió ayuda", "indirect", ("Ramón Aguirre Blasco",)),
        ("No descartamos ninguna hipótesis", "direct", ("Guardia Civil", "la Guardia Civil")),
        ("que la respuesta llegó tarde", "indirect", ("Carmen Olivares",)),
        ("Si no llega a ser por los vecinos", "direct", ("Carmen Olivares",)),
    ],
    "es-racing-salinar-destitucion": [
        ("El club agradece a Gonzalo", "direct", ("Racing Salinar",)),
        ("Ha sido la decisión más difícil", "direct", ("Arturo Medina Salas",)),
        ("que la directiva buscará", "indirect", ("Arturo Medina Salas",)),
        ("Me voy con la conciencia tranquila", "direct", ("Gonzalo Pizarro",)),
        ("Los jugadores lo han dado todo", "direct", ("Gonzalo Pizarro",)),
        ("No hay que buscar culpables", "direct", ("Gonzalo Pizarro",)),
        ("Nos sentimos responsables", "direct", ("Iker Santamaría",)),
        ("el nuevo entrenador podría ser presentado", "indirect", None),
    ],
    "de-urteil-notar-bergstetten": [
        ("Der 61-Jährige habe Gelder", "indirect", ("Sabine Hartlieb",)),
        ("Der Angeklagte hat das Vertrauen", "direct", ("Sabine Hartlieb",)),
        ("Zu seinen Gunsten spreche jedoch", "indirect", ("Sabine Hartlieb",)),
        ("das Urteil prüfen zu wollen", "indirect", ("Martin Gerlach",)),
        ("Eine Revision sei nicht ausgeschlossen", "indirect", ("Martin Gerlach",)),
        ("ausgewogenen Urteil", "direct", ("Holger Freytag",)),
        ("Sein Mandant bereue die Taten", "indirect", ("Holger Freytag",)),
        ("Solche Fälle beschädigen das Ansehen", "direct", ("Notarkammer", "die Notarkammer")),
        ("hat sie die Kontrollen inzwischen verschärft", "indirect", ("Notarkammer",)),
    ],
    "fr-proces-directeur-vauclerc": [
        ("M. Mallet a organisé un système", "direct", ("Hélène Dutertre",)),
        ("le préjudice pour l’office dépasse", "indirect", ("Hélène Dutertre",)),
        ("Mon client n’a jamais touché", "direct", ("Pascal Roussel",)),
        ("monté de toutes pièces", "direct", ("Pascal Roussel",)),
        ("erreurs de procédure", "direct", ("Gérard Mallet",)),
        ("J’ai voulu aller vite", "direct", ("Gérard Mallet",)),
    ],
    "de-windpark-ostermoor": [
        ("Die Anlagen stünden zu nah", "indirect", ("Maren Tiedje",)),
        ("Wir halten alle Abstände ein", "direct", ("Nordlicht Energie GmbH",)),
        ("Das Projekt sei rechtlich einwandfrei", "indirect", ("Nordlicht Energie GmbH",)),
        ("Der Kreis brauche die Einnahmen", "indirect", ("Henning Vosshage",)),
        ("dass die Gemeinde jährlich", "indirect", ("Henning Vosshage",)),
        (
            "wird frühestens im Herbst verhandelt",
            "indirect",
            ("Verwaltungsgericht", "des Verwaltungsgerichts"),
        ),
        ("Wir geben nicht auf", "direct", ("Maren Tiedje",)),
        ("Notfalls werde die Initiative", "indirect", ("Maren Tiedje",)),
    ],
    "fr-municipales-berlanges": [
        ("qu’elle briguerait un troisième mandat", "indirect", ("Sylvie Andrieu",)),
        ("Le travail n’est pas fini", "direct", ("Sylvie Andrieu",)),
        ("une rupture", "direct", ("Romain Lescure",)),
        ("La ville s’endette depuis dix ans", "direct", ("Romain Lescure",)),
        ("de vendre une partie du patrimoine", "indirect", ("Romain Lescure",)),
        ("Notre dette est deux fois inférieure", "direct", ("Sylvie Andrieu",)),
        ("que les listes devaient être déposées", "indirect", ("la préfecture de la Sarthe",)),
        ("la maire sortante recueillerait", "indirect", None),
        ("Les électeurs jugeront", "direct", ("Patrick Nouvel",)),
    ],
    "es-lonja-puerto-vidreres": [
        ("Nos quitan el único sitio", "direct", ("Andrés Lluch",)),
        ("que la lonja no cumple la normativa", "indirect", ("Consejería de Pesca",)),
        ("las obras de adecuación costarían", "indirect", ("Consejería de Pesca",)),
        ("No es una cuestión de dinero", "direct", ("Andrés Lluch",)),
        ("que muchos clientes ya compran", "indirect", ("una vendedora",)),
        ("Si cierran la lonja, cerramos todos", "direct", ("una vendedora",)),
        ("que el ayuntamiento ofrecerá un local", "indirect", ("Montserrat Vidal",)),
        ("No vamos a dejar tirado a nadie", "direct", ("Montserrat Vidal",)),
    ],
    "fr-greve-sncv": [
        ("perturbera fortement le trafic jeudi", "indirect", ("SNCV",)),
        ("Nous n’avons pas eu d’autre choix", "direct", ("Karim Benali",)),
        ("des propositions seront faites", "direct", ("Laurent Pichon",)),
        ("une grève de plus", "direct", ("Catherine Moreau-Leclerc",)),
        ("Les usagers sont une nouvelle fois", "direct", ("Catherine Moreau-Leclerc",)),
        ("Je vais encore devoir poser", "direct", ("Julie",)),
    ],
    "de-haushalt-nordhausen": [
        ("Ohne Investitionen verlieren wir", "direct", ("Claudia Wenzel",)),
        ("Mit seiner Partei sei das nicht zu machen", "indirect", ("Jonas Ebert",)),
        ("Er sei zuversichtlich", "indirect", ("Stefan Korte",)),
        ("Alle Seiten müssten sich bewegen", "indirect", ("Stefan Korte",)),
        ("Die Zinslast wird kommende Generationen", "direct", ("Rainer Holz",)),
    ],
    "es-sequia-campo-turia": [
        ("Nunca había visto los árboles así", "direct", ("Tomás Bellver",)),
        ("No pedimos limosna", "direct", ("Carles Peris",)),
        ("que el Consell aprobará el viernes", "indirect", ("María José Mira",)),
        ("Las ayudas llegarán antes del verano", "direct", ("María José Mira",)),
        ("Siempre dicen lo mismo", "direct", ("Amparo Giner",)),
    ],
    "de-kita-gebuehren-altenau": [
        ("Die Gemeinde könne die steigenden", "indirect", ("Henrik Albrecht",)),
        ("Uns fällt diese Entscheidung nicht leicht", "direct", ("Henrik Albrecht",)),
        ("Der Landkreis habe seine Zuschüsse", "indirect", ("Henrik Albrecht",)),
        ("Die Zuschüsse seien lediglich", "indirect", ("Landkreis", "der Landkreis")),
        ("Viele Familien wissen schon jetzt nicht", "direct", ("Sandra Kühn",)),
        ("Sie sammle bereits Unterschriften", "indirect", ("Sandra Kühn",)),
        ("falschen Signal", "direct", ("Marco Feld",)),
    ],
    "fr-hopital-vernal": [
        ("La sécurité des mères", "direct", ("ARS",)),
        ("C’est une catastrophe pour tout le territoire", "direct", ("Olivier Castan",)),
        ("un abandon de la ruralité", "direct", ("Olivier Castan",)),
        ("les futures mères devront parcourir", "indirect", ("Olivier Castan",)),
        ("que les consultations prénatales", "indirect", ("Muriel Bonnefoy",)),
        ("On nous a laissés nous épuiser", "direct", ("une sage-femme",)),
    ],
    "es-tranvia-miraflores": [
        ("Preferimos llegar tarde", "direct", ("Álvaro Quintana",)),
        ("el proyecto “se ha convertido", "indirect", ("Beatriz Lorente",)),
        ("Llevamos seis años de obras", "direct", ("Beatriz Lorente",)),
        ("que los primeros vagones llegarán", "indirect", ("Ferrovías del Sur",)),
        ("Hemos perdido un tercio", "direct", ("Rocío Benítez",)),
    ],
    "fr-cantine-lormiere": [
        ("C’est un choix de santé publique", "direct", ("Jean-Baptiste Roussillon",)),
        ("n’augmentera pas pour les familles", "direct", ("Jean-Baptiste Roussillon",)),
        ("que la commune prendrait en charge", "indirect", ("Jean-Baptiste Roussillon",)),
        ("On finance une vitrine", "direct", ("Véronique Lesage",)),
        ("la ville aurait dû d’abord rénover", "indirect", ("Véronique Lesage",)),
        ("Les cuisines seront rénovées en 2027", "direct", ("Jean-Baptiste Roussillon",)),
        ("que ce calendrier avait déjà été promis", "indirect", ("Véronique Lesage",)),
        ("Nous n’avons pas été consultés", "direct", ("Pascale Ternois",)),
        ("que plusieurs familles s’inquiètent", "indirect", ("Pascale Ternois",)),
        ("que quinze producteurs locaux", "indirect", ("Chambre d’agriculture de la Sarthe-Est",)),
        ("C’est une bonne nouvelle pour nos fermes", "direct", ("Chambre d’agriculture de la Sarthe-Est",)),
    ],
    "de-buslinie-gersheim": [
        ("Die Linie sei seit Jahren unwirtschaftlich", "indirect", ("Stadtwerke Gersheim",)),
        ("Wir können keinen leeren Bus", "direct", ("Konrad Eschweiler",)),
        ("Der werde per App bestellt", "indirect", ("Konrad Eschweiler",)),
        ("Viele ältere Menschen haben kein Smartphone", "direct", ("Gertrud Hambach",)),
        ("dass die Linie zumindest vormittags", "indirect", ("Gertrud Hambach",)),
        ("Die Entscheidung sei bitter, aber richtig", "indirect", ("Felix Lautenbach",)),
        ("Wir müssen das Geld dort einsetzen", "direct", ("Felix Lautenbach",)),
        ("Man sammle bereits Unterschriften", "indirect", ("Gertrud Hambach",)),
        ("haben schon 1.200 Menschen unterschrieben", "indirect", ("Seniorenvertretung der Stadt",)),
        ("der Rufbus werde vom Land gefördert", "indirect", ("Verkehrsverbunds Mittelsaar",)),
        ("Das Modell hat sich in anderen Städten bewährt", "direct", ("Verkehrsverbunds Mittelsaar",)),
    ],
    "es-mercado-abastos-linares": [
        (
            "El mercado de abastos de Villanueva del Coto cerrará sus puertas",
            "indirect",
            ("el ayuntamiento",),
        ),
        ("Es una obra que el mercado necesitaba", "direct", ("Álvaro Peñalosa",)),
        ("que los 32 puestos se trasladarán", "indirect", ("Álvaro Peñalosa",)),
        ("En una carpa perderemos", "direct", ("Carmen Villalobos",)),
        ("que el traslado se haga en verano", "indirect", ("Carmen Villalobos",)),
        ("Las subvenciones europeas obligan", "direct", ("Álvaro Peñalosa",)),
        ("que el ayuntamiento rebajará un 50 %", "indirect", ("Álvaro Peñalosa",)),
        ("¿Y quién paga la carpa?", "direct", None),
        ("La paga el ayuntamiento", "direct", ("Álvaro Peñalosa",)),
        ("que la reforma atraerá turismo", "indirect", ("Cámara de Comercio de Villanueva del Coto",)),
        (
            "El mercado puede ser el motor del centro",
            "direct",
            ("Cámara de Comercio de Villanueva del Coto",),
        ),
    ],
    "fr-conservatoire-haubrac": [
        ("que la structure coûtait", "indirect", ("Michel Daubrée",)),
        ("Nous cherchons une solution, pas un coupable", "direct", ("Michel Daubrée",)),
        ("que les cours pourraient être regroupés", "indirect", ("Michel Daubrée",)),
        ("c’est la fin de la musique pour nos enfants", "direct", ("Armelle Cosnier",)),
        ("ne savent pas s’ils auront un poste", "direct", ("Sophie Raynal",)),
        ("onze enseignants sont concernés", "indirect", ("Sophie Raynal",)),
        ("que le conseil communautaire reporte le vote", "indirect", ("Hélène Porquet",)),
        ("qu’il était « prêt à discuter »", "indirect", ("Michel Daubrée",)),
    ],
    "de-kita-streik-lorsbach": [
        ("Die Kolleginnen arbeiten seit Jahren am Limit", "direct", ("Marion Feldhaus",)),
        ("Die Stadt habe auf kein einziges Angebot reagiert", "indirect", ("Marion Feldhaus",)),
        ("notfalls auch in der kommenden Woche zu streiken", "indirect", ("Marion Feldhaus",)),
        ("Man habe ein faires Angebot vorgelegt", "indirect", ("Jochen Albrecht",)),
        ("Eine Erhöhung um acht Prozent sei", "indirect", ("Jochen Albrecht",)),
        ("Ich muss mir schon wieder freinehmen", "direct", ("Tanja Brettschneider",)),
        ("dass sich beide Seiten schnell einigten", "indirect", ("Tanja Brettschneider",)),
        ("gute Betreuung koste nun einmal Geld", "indirect", ("Dennis Wohlfahrt",)),
    ],
    "es-hospital-comarcal-huerta": [
        ("cerrará el paritorio del hospital comarcal", "indirect", ("Ignacio Bermejo",)),
        ("Preferimos cerrar dos meses", "direct", ("Ignacio Bermejo",)),
        ("que las embarazadas serán atendidas", "indirect", ("Ignacio Bermejo",)),
        ("Nos quitan el paritorio cada verano", "direct", ("Begoña Trillo",)),
        ("que el pleno aprobará una moción", "indirect", ("Begoña Trillo",)),
        ("que hay dos plazas de matrona vacantes", "indirect", ("Noelia Prado",)),
        ("Nadie quiere venir con contratos", "direct", ("Noelia Prado",)),
        ("que el cierre es «temporal»", "indirect", ("Ignacio Bermejo",)),
    ],
    "fr-festival-jazz-ormeville": [
        ("nous annulerons la moitié des concerts", "direct", ("Damien Lecorre",)),
        ("Et ce sont les petits groupes locaux", "direct", ("Damien Lecorre",)),
        ("Nous avons dû arbitrer entre quarante festivals", "direct", ("Nathalie Guéret",)),
        ("que le dossier pourra être réexaminé", "indirect", ("Nathalie Guéret",)),
        ("c’est après le festival", "direct", ("Damien Lecorre",)),
        ("On a l’habitude de se battre", "direct", None),
        ("Le festival fait vivre nos terrasses", "direct", ("Yves Marchal",)),
    ],
    "es-feria-ganadera-robledo": [
        ("se celebrará este año en el nuevo recinto ferial", "indirect", ("Tomás Garrido",)),
        ("Los animales necesitan espacio", "direct", ("Tomás Garrido",)),
        ("No es una decisión contra nadie", "direct", ("Tomás Garrido",)),
        ("Nos mandan al quinto pino", "direct", ("Lucía Fuentes",)),
        ("la mitad de los expositores podría no acudir", "indirect", ("Lucía Fuentes",)),
        ("Cada media hora, y gratis", "direct", ("Tomás Garrido",)),
        ("Es una inversión para los próximos veinte años", "direct", ("Andrés Calvo",)),
    ],
}

_CACHE: dict[str, tuple[str, Extraction]] = {}


def _extracted(name: str) -> tuple[str, Extraction]:
    if name not in _CACHE:
        text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        article = Article(text=text, id=name, metadata={"lang": name[:2]})
        _CACHE[name] = (text, extract(article, model="baseline"))
    return _CACHE[name]


def _speaker_names(extraction: Extraction, speaker_id: str | None, speaker: str | None) -> set[str]:
    names = [speaker] if speaker else []
    names += [n for a in extraction.actors if a.id == speaker_id for n in [a.name, *a.aliases]]
    return {normalize_name(n) for n in names}


CASES = [(name, *case) for name, cases in EXPECTED.items() for case in cases]


@pytest.mark.parametrize(("name", "fragment", "kind", "speakers"), CASES, ids=[c[1][:30] for c in CASES])
def test_quote_found_with_its_speaker(
    name: str, fragment: str, kind: str, speakers: tuple[str, ...] | None
) -> None:
    text, extraction = _extracted(name)
    start = text.index(fragment)
    end = start + len(fragment)
    hits = [q for q in extraction.quotes if q.start < end and start < q.end]
    assert hits, f"not found: {fragment}"
    if speakers is not None:
        wanted = {normalize_name(s) for s in speakers}
        got = [_speaker_names(extraction, q.speaker_id, q.speaker) for q in hits]
        assert any(g & wanted for g in got), (fragment, [q.speaker for q in hits])
    if kind == "direct":
        assert any(q.kind == "direct" for q in hits), [q.kind for q in hits]


def test_no_quote_where_the_article_reports_no_speech() -> None:
    """A subject with its title before a plain verb, a noun object, a self-description: no quote."""
    text, extraction = _extracted("fr-proces-directeur-vauclerc")
    for words in ("a plaidé la relaxe", "réclame 200 000 euros", "Le jugement a été mis en délibéré"):
        start = text.index(words)
        sentence = (text.rfind(".", 0, start) + 1, text.index(".", start + len(words)))
        assert not [
            q
            for q in extraction.quotes
            if q.start < sentence[1] and sentence[0] < q.end and "«" not in q.text
        ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le conseil départemental de Sarne a voté. « Nous attendrons », souligne-t-on au conseil.",
            "Conseil départemental de Sarne",
        ),
        (
            "Das Landratsamt Wehrfeld prüft. „Wir warten ab“, hieß es aus dem Landratsamt.",
            "Landratsamt Wehrfeld",
        ),
    ],
)
def test_impersonal_cues_take_the_body_they_name(text: str, speaker: str) -> None:
    lang = "fr" if "«" in text else "de"
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]


def test_fragments_are_written_once() -> None:
    for name, cases in EXPECTED.items():
        text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        for fragment, _, _ in cases:
            assert text.count(fragment) == 1, fragment


def test_a_dateline_of_several_words_stays_out_of_the_statement() -> None:
    _, extraction = _extracted("es-feria-ganadera-robledo")
    [quote] = [q for q in extraction.quotes if "recinto ferial" in q.text]
    assert quote.text.startswith("La Feria Ganadera de Robledo se celebrará")


def test_a_question_they_asked_is_no_named_speakers() -> None:
    _, extraction = _extracted("es-feria-ganadera-robledo")
    [question] = [q for q in extraction.quotes if "autobuses" in q.text]
    assert question.speaker_id is None
