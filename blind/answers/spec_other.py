# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""Gold annotations of the French, German and Spanish articles, written by hand (see spec.py).

Texts are written with plain spaces; the articles' no-break spaces beside « » and before : are matched
by the builder (one character for one, so offsets do not move).
"""

from __future__ import annotations

from typing import Any

ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["fr-retraites"] = {
    "lang": "fr",
    "actors": [
        ("Assemblée nationale", "organization", None, [], None),
        ("Claire Dumesnil", "person", "ministre du Travail", [], None),
        ("socialistes", "organization", None, [], "Parti socialiste"),
        ("Olivier Ramdane", "person", "chef de file des socialistes", [], None),
        ("Conseil constitutionnel", "organization", None, [], None),
        ("Les Républicains", "organization", None, [], None),
        ("Hélène Moreau-Vasseur", "person", "élue de la Manche", [], None),
        ("Rassemblement national", "organization", None, [], None),
        ("CGT", "organization", None, [], "Confédération générale du travail"),
        ("Nadia Belkacem", "person", "secrétaire générale de la CGT", [], None),
        ("Laurent Fabre-Daguerre", "person", "Premier ministre", [], None),
        ("Sénat", "organization", None, [], None),
    ],
    "quotes": [
        ("« un vote de responsabilité »", "Claire Dumesnil", "Claire Dumesnil", "a salué", "direct"),
        (
            "« Nous ne demandons pas aux Français de travailler plus pour le plaisir, mais pour que leurs enfants "
            "aient encore une retraite »",
            "Claire Dumesnil",
            "elle",
            "déclaré",
            "direct",
        ),
        ("« injuste et brutal »", "socialistes", "Les socialistes", "ont dénoncé", "direct"),
        (
            "que le gouvernement avait « choisi de faire payer ceux qui ont commencé à travailler le plus tôt »",
            "Olivier Ramdane",
            "Olivier Ramdane",
            "a estimé",
            "indirect",
        ),
        (
            "que son groupe saisirait le Conseil constitutionnel",
            "Olivier Ramdane",
            "Il",
            "a annoncé",
            "indirect",
        ),
        (
            "« On ne peut pas dire aux maçons et aux aides-soignantes qu’ils partiront au même âge que les "
            "cadres »",
            "Hélène Moreau-Vasseur",
            "Hélène Moreau-Vasseur",
            "a expliqué",
            "direct",
        ),
        (
            "que la mobilisation « ne faiblira pas » et que les syndicats resteraient « unis jusqu’au retrait »",
            "Nadia Belkacem",
            "Nadia Belkacem",
            "a affirmé",
            "indirect",
        ),
        ("« comprendre la colère »", "Laurent Fabre-Daguerre", "Laurent Fabre-Daguerre", "a dit", "direct"),
        ("« indispensable »", "Laurent Fabre-Daguerre", "Laurent Fabre-Daguerre", "jugeant", "direct"),
    ],
    "stances": [
        (
            "Assemblée nationale",
            "le projet de loi",
            "support",
            "PARIS — L’Assemblée nationale a adopté mardi, par 289 voix contre 264, le projet de loi repoussant "
            "l’âge légal de départ à la retraite à 64 ans, au terme de trois semaines de débats houleux.",
        ),
        (
            "Claire Dumesnil",
            "la réforme",
            "support",
            "La ministre du Travail, Claire Dumesnil, a salué « un vote de responsabilité ».",
        ),
        (
            "socialistes",
            "la réforme",
            "oppose",
            "Les socialistes ont dénoncé un texte « injuste et brutal ».",
        ),
        (
            "Olivier Ramdane",
            "le gouvernement",
            "oppose",
            "Leur chef de file, Olivier Ramdane, a estimé que le gouvernement avait « choisi de faire payer ceux qui "
            "ont commencé à travailler le plus tôt ».",
        ),
        (
            "Hélène Moreau-Vasseur",
            "la réforme",
            "oppose",
            "« On ne peut pas dire aux maçons et aux aides-soignantes qu’ils partiront au même âge que les cadres », "
            "a expliqué Hélène Moreau-Vasseur, élue de la Manche.",
        ),
        (
            "Rassemblement national",
            "la réforme",
            "oppose",
            "Le Rassemblement national, qui a voté contre, a réclamé un référendum.",
        ),
        (
            "Laurent Fabre-Daguerre",
            "la réforme",
            "support",
            "Le Premier ministre, Laurent Fabre-Daguerre, a dit « comprendre la colère », tout en jugeant la réforme "
            "« indispensable ».",
        ),
    ],
}

ARTICLES["fr-videosurveillance"] = {
    "lang": "fr",
    "actors": [
        ("Conseil constitutionnel", "organization", None, ["Sages", "Conseil"], None),
        ("Thibault Marchal-Roux", "person", "ministre de l’Intérieur", [], None),
        ("Radio Cité", "organization", None, [], None),
        ("écologistes", "organization", None, [], "Les Écologistes"),
        ("La France insoumise", "organization", None, [], None),
        ("Margaux Lefranc", "person", "députée écologiste", [], None),
        ("Vigie Numérique", "organization", None, [], None),
        ("Bertrand Auclair", "person", "rapporteur du texte", [], None),
    ],
    "quotes": [
        (
            "que plusieurs articles portaient « une atteinte disproportionnée » à la vie privée",
            "Conseil constitutionnel",
            "Le Conseil constitutionnel",
            "estimant",
            "indirect",
        ),
        (
            "que le législateur n’a pas prévu de « garanties suffisantes » contre les erreurs d’identification",
            "Conseil constitutionnel",
            "le Conseil",
            "relève",
            "indirect",
        ),
        ("« pris acte »", "Thibault Marchal-Roux", "Thibault Marchal-Roux", None, "direct"),
        (
            "« Nous réécrirons ces articles, mais nous ne renoncerons pas à protéger les Français »",
            "Thibault Marchal-Roux",
            "il",
            "assuré",
            "direct",
        ),
        ("« victoire pour les libertés »", "écologistes", "Les écologistes", "ont salué", "direct"),
        (
            "« Le Conseil vient de rappeler au gouvernement que la sécurité ne justifie pas tout »",
            "Margaux Lefranc",
            "Margaux Lefranc",
            "s’est félicitée",
            "direct",
        ),
        (
            "que la décision restait « insuffisante »",
            "Vigie Numérique",
            "L’association Vigie Numérique",
            "a jugé",
            "indirect",
        ),
        (
            "« Les caméras resteront dans les gares et les stades, et c’est bien là le problème. »",
            "Vigie Numérique",
            "L’association Vigie Numérique",
            None,
            "direct",
        ),
        (
            "« qui fragilise le travail des policiers »",
            "Bertrand Auclair",
            "Bertrand Auclair",
            "a regretté",
            "direct",
        ),
        ("« avant l’été »", "Bertrand Auclair", "Il", "a promis", "direct"),
    ],
    "stances": [
        (
            "Conseil constitutionnel",
            "la loi sur la vidéosurveillance algorithmique",
            "oppose",
            "Le Conseil constitutionnel a censuré jeudi une partie de la loi sur la vidéosurveillance algorithmique, "
            "estimant que plusieurs articles portaient « une atteinte disproportionnée » à la vie privée.",
        ),
        (
            "écologistes",
            "la décision",
            "support",
            "Les écologistes, à l’origine de la saisine avec La France insoumise, ont salué une « victoire pour les "
            "libertés ».",
        ),
        (
            "Margaux Lefranc",
            "gouvernement",
            "oppose",
            "« Le Conseil vient de rappeler au gouvernement que la sécurité ne justifie pas tout », s’est félicitée "
            "la députée écologiste Margaux Lefranc.",
        ),
        (
            "Vigie Numérique",
            "la décision",
            "oppose",
            "L’association Vigie Numérique, qui défend les libertés en ligne, a jugé que la décision restait "
            "« insuffisante » : « Les caméras resteront dans les gares et les stades, et c’est bien là le "
            "problème. »",
        ),
        (
            "Bertrand Auclair",
            "la décision",
            "oppose",
            "Du côté de la majorité, le rapporteur du texte, Bertrand Auclair, a regretté une décision « qui "
            "fragilise le travail des policiers ».",
        ),
    ],
}

ARTICLES["de-heizungsgesetz"] = {
    "lang": "de",
    "actors": [
        ("Bundestag", "organization", None, [], "Deutscher Bundestag"),
        ("Katrin Hartmann", "person", "Wirtschaftsministerin", ["Hartmann"], None),
        ("Die Grünen", "organization", None, ["Grüne"], "Bündnis 90/Die Grünen"),
        (
            "Wirtschaftsministerium",
            "organization",
            None,
            [],
            "Bundesministerium für Wirtschaft und Klimaschutz",
        ),
        ("Union", "organization", None, [], "CDU/CSU"),
        ("Markus Brenninger", "person", "CDU-Fraktionsvize", [], None),
        ("CSU-Landesgruppe", "organization", None, [], None),
        ("FDP", "organization", None, [], "Freie Demokratische Partei"),
        ("Lukas Feldmeier", "person", "Energieexperte der FDP", [], None),
        ("Mieterverband Deutschland", "organization", None, [], None),
        ("Sabine Oltmanns", "person", "Präsidentin", [], None),
        ("Jan-Ole Petersen", "person", "Fraktionschef", [], None),
        ("Bundesrat", "organization", None, [], None),
        ("Verband Wohneigentum Plus", "organization", None, [], None),
        ("Georg Stallmann", "person", "Verbandschef", [], None),
    ],
    "quotes": [
        ("„Meilenstein für den Klimaschutz“", "Katrin Hartmann", "Katrin Hartmann", "sprach von", "direct"),
        (
            "„Wir lassen niemanden allein, der sich eine neue Heizung nicht leisten kann“",
            "Katrin Hartmann",
            "Hartmann",
            "sagte",
            "direct",
        ),
        (
            "die Förderanträge würden ab Januar bearbeitet",
            "Wirtschaftsministerium",
            "Das Wirtschaftsministerium",
            "kündigte an",
            "indirect",
        ),
        (
            "Hausbesitzer „mit der Brechstange“ zum Umstieg zu zwingen",
            "Markus Brenninger",
            "Markus Brenninger",
            "warf der Regierung vor",
            "indirect",
        ),
        (
            "„Dieses Gesetz ist handwerklich schlecht gemacht und sozial ungerecht“",
            "Markus Brenninger",
            "er",
            "sagte",
            "direct",
        ),
        (
            "man habe „das Schlimmste verhindert“, aber das Gesetz bleibe „ein Kompromiss, kein Wurf“",
            "Lukas Feldmeier",
            "Lukas Feldmeier",
            "sagte",
            "indirect",
        ),
        (
            "„Mieterinnen und Mieter dürfen nicht die Zeche für die Wärmewende zahlen.“",
            "Sabine Oltmanns",
            "Präsidentin Sabine Oltmanns",
            "sagte",
            "direct",
        ),
        (
            "„Wer jetzt von ‚Heizungsverbot‘ spricht, hat das Gesetz nicht gelesen.“",
            "Jan-Ole Petersen",
            "Fraktionschef Jan-Ole Petersen",
            "sagte",
            "direct",
        ),
        (
            "„einer Welle von Zwangssanierungen“",
            "Verband Wohneigentum Plus",
            "Der Verband Wohneigentum Plus",
            "warnte",
            "direct",
        ),
        (
            "Viele ältere Eigentümer könnten die Kosten auch mit Förderung nicht stemmen",
            "Georg Stallmann",
            "Verbandschef Georg Stallmann",
            "sagte",
            "indirect",
        ),
        ("das Gesetz im Bundesrat zu stoppen", "Georg Stallmann", "Er", "rief", "indirect"),
    ],
    "stances": [
        (
            "Bundestag",
            "das neue Gebäudeenergiegesetz",
            "support",
            "BERLIN – Der Bundestag hat am Freitag nach monatelangem Streit das neue Gebäudeenergiegesetz "
            "beschlossen.",
        ),
        (
            "Katrin Hartmann",
            "das Gesetz",
            "support",
            "Wirtschaftsministerin Katrin Hartmann (Grüne) sprach von einem „Meilenstein für den Klimaschutz“.",
        ),
        ("Union", "das Gesetz", "oppose", "Die Union kritisierte das Gesetz scharf."),
        (
            "Markus Brenninger",
            "das Gesetz",
            "oppose",
            "„Dieses Gesetz ist handwerklich schlecht gemacht und sozial ungerecht“, sagte er.",
        ),
        ("FDP", "Nachbesserungen", "support", "Die FDP hatte wochenlang Nachbesserungen verlangt."),
        (
            "Mieterverband Deutschland",
            "die Obergrenze für Umlagen auf die Miete",
            "support",
            "Der Mieterverband Deutschland begrüßte die Obergrenze für Umlagen auf die Miete.",
        ),
        (
            "Georg Stallmann",
            "das Gesetz",
            "oppose",
            "Er rief die Länder auf, das Gesetz im Bundesrat zu stoppen.",
        ),
    ],
}

ARTICLES["de-parteienfinanzierung"] = {
    "lang": "de",
    "actors": [
        ("Bundesverfassungsgericht", "organization", None, [], None),
        ("Ursula Kämmerer", "person", "Gerichtspräsidentin", [], "Dr. Ursula Kämmerer"),
        ("FDP", "organization", None, [], "Freie Demokratische Partei"),
        ("Miriam Vogelsang", "person", "FDP-Generalsekretärin", [], None),
        ("Sozialdemokraten", "organization", None, ["SPD"], "Sozialdemokratische Partei Deutschlands"),
        ("Helmut Wendisch", "person", "SPD-Schatzmeister", [], None),
        ("Offene Kassen", "organization", None, [], "Verein Offene Kassen"),
        ("Tobias Reinhold", "person", "Vorsitzender", [], None),
        ("Bundestagsverwaltung", "organization", None, [], "Verwaltung des Deutschen Bundestages"),
        ("Die Grünen", "organization", None, [], "Bündnis 90/Die Grünen"),
        ("Leonie Brandt", "person", "Parlamentarische Geschäftsführerin", [], None),
    ],
    "quotes": [
        (
            "Der Gesetzgeber habe nicht ausreichend begründet, warum die Parteien 25 Millionen Euro zusätzlich im "
            "Jahr benötigten",
            "Bundesverfassungsgericht",
            "die Richterinnen und Richter des Zweiten Senats",
            "urteilten",
            "indirect",
        ),
        (
            "die Parteien dürften sich „nicht selbst bedienen, ohne dies nachvollziehbar zu machen“",
            "Ursula Kämmerer",
            "Gerichtspräsidentin Dr. Ursula Kämmerer",
            "sagte",
            "indirect",
        ),
        (
            "„eine schallende Ohrfeige für die große Koalition“",
            "Miriam Vogelsang",
            "FDP-Generalsekretärin Miriam Vogelsang",
            "nannte",
            "direct",
        ),
        (
            "„Wer in die Staatskasse greift, muss erklären können, wofür“",
            "Miriam Vogelsang",
            "sie",
            "sagte",
            "direct",
        ),
        (
            "man werde das Urteil „sorgfältig prüfen“",
            "Helmut Wendisch",
            "SPD-Schatzmeister Helmut Wendisch",
            "sagte",
            "indirect",
        ),
        (
            "Die Parteien seien aber auf eine „verlässliche Finanzierung“ angewiesen, um ihre Aufgaben zu erfüllen",
            "Helmut Wendisch",
            "SPD-Schatzmeister Helmut Wendisch",
            None,
            "indirect",
        ),
        (
            "„Karlsruhe hat heute gezeigt, dass auch Parteien Regeln haben“",
            "Tobias Reinhold",
            "Vorsitzender Tobias Reinhold",
            "erklärte",
            "direct",
        ),
        (
            "künftig jede Erhöhung von einer unabhängigen Kommission prüfen zu lassen",
            "Tobias Reinhold",
            "Er",
            "forderte",
            "indirect",
        ),
        ("geht es um rund 75 Millionen Euro", None, "eines Sprechers", "Nach Angaben", "indirect"),
        (
            "zusammen mit den anderen Fraktionen einen neuen Gesetzentwurf mit einer ausführlichen Begründung "
            "vorzulegen",
            "Die Grünen",
            "Die Grünen",
            "kündigten an",
            "indirect",
        ),
        (
            "„Wir nehmen das Urteil ernst und werden nachbessern, und zwar gründlich“",
            "Leonie Brandt",
            "Parlamentarische Geschäftsführerin Leonie Brandt",
            "sagte",
            "direct",
        ),
    ],
    "stances": [
        (
            "Bundesverfassungsgericht",
            "die Erhöhung der staatlichen Parteienfinanzierung",
            "oppose",
            "KARLSRUHE – Das Bundesverfassungsgericht hat die Erhöhung der staatlichen Parteienfinanzierung für "
            "verfassungswidrig erklärt.",
        ),
        (
            "Miriam Vogelsang",
            "das Urteil",
            "support",
            "FDP-Generalsekretärin Miriam Vogelsang nannte das Urteil „eine schallende Ohrfeige für die große "
            "Koalition“.",
        ),
        (
            "Helmut Wendisch",
            "das Urteil",
            "neutral",
            "SPD-Schatzmeister Helmut Wendisch sagte, man werde das Urteil „sorgfältig prüfen“.",
        ),
        (
            "Offene Kassen",
            "die Entscheidung",
            "support",
            "Der Verein Offene Kassen begrüßte die Entscheidung.",
        ),
    ],
}

ARTICLES["es-ley-vivienda"] = {
    "lang": "es",
    "actors": [
        ("Congreso", "organization", None, [], "Congreso de los Diputados"),
        ("socialistas", "organization", None, [], "Partido Socialista Obrero Español"),
        ("Sumar", "organization", None, [], None),
        ("populares", "organization", None, ["PP"], "Partido Popular"),
        ("Tribunal Constitucional", "organization", None, [], None),
        ("Isabel Carrasco", "person", "ministra de Vivienda", ["Carrasco"], None),
        ("Álvaro Ríos Montaner", "person", "portavoz del PP", [], "Álvaro Ríos"),
        ("Vox", "organization", None, [], None),
        ("Lucía Ferrándiz", "person", "diputada de Vox", [], None),
        ("Federación de Propietarios Urbanos", "organization", None, ["FPU"], None),
        ("Ramón Echegaray", "person", "presidente de la FPU", [], None),
        ("Plataforma de Inquilinos de Madrid", "organization", None, [], None),
        ("Marta Iglesias", "person", "portavoz", [], None),
    ],
    "quotes": [
        (
            "que la recurrirán ante el Tribunal Constitucional",
            "populares",
            "Los populares",
            "anunciaron",
            "indirect",
        ),
        (
            "que la norma «pone por fin límites a la especulación» y que protegerá a «millones de inquilinos que "
            "hoy viven con miedo a la próxima subida»",
            "Isabel Carrasco",
            "Isabel Carrasco",
            "defendió",
            "indirect",
        ),
        ("«Una casa no es un lujo, es un derecho»", "Isabel Carrasco", "Carrasco", "dijo", "direct"),
        ("«intervencionista»", "Álvaro Ríos Montaner", "Álvaro Ríos Montaner", "calificó", "direct"),
        (
            "que «reducirá la oferta de alquiler, como ha pasado en todas partes donde se ha probado»",
            "Álvaro Ríos Montaner",
            "Álvaro Ríos Montaner",
            "aseguró",
            "indirect",
        ),
        ("«atacar la propiedad privada»", "Lucía Ferrándiz", "Lucía Ferrándiz", "acusó", "direct"),
        (
            "«respeto a los que han ahorrado toda su vida»",
            "Lucía Ferrándiz",
            "Lucía Ferrándiz",
            "pidió",
            "direct",
        ),
        (
            "que muchos pequeños caseros retirarán sus pisos del mercado",
            "Federación de Propietarios Urbanos",
            "La Federación de Propietarios Urbanos",
            "advirtió",
            "indirect",
        ),
        (
            "«No somos fondos buitre, somos jubilados con un piso heredado»",
            "Ramón Echegaray",
            "Ramón Echegaray",
            "afirmó",
            "direct",
        ),
        (
            "«tímida»",
            "Plataforma de Inquilinos de Madrid",
            "La Plataforma de Inquilinos de Madrid",
            "consideró",
            "direct",
        ),
        (
            "que la ley «llega tarde para miles de familias» y que «el verdadero examen será en los ayuntamientos»",
            "Marta Iglesias",
            "Marta Iglesias",
            "señaló",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Congreso",
            "la ley de vivienda",
            "support",
            "MADRID — El Congreso aprobó este jueves la ley de vivienda con los votos de socialistas, Sumar y los "
            "grupos nacionalistas.",
        ),
        (
            "populares",
            "la ley de vivienda",
            "oppose",
            "Los populares anunciaron que la recurrirán ante el Tribunal Constitucional.",
        ),
        (
            "Isabel Carrasco",
            "la norma",
            "support",
            "La ministra de Vivienda, Isabel Carrasco, defendió que la norma «pone por fin límites a la "
            "especulación» y que protegerá a «millones de inquilinos que hoy viven con miedo a la próxima subida».",
        ),
        (
            "Álvaro Ríos Montaner",
            "la ley",
            "oppose",
            "El portavoz del PP, Álvaro Ríos Montaner, calificó la ley de «intervencionista» y aseguró que "
            "«reducirá la oferta de alquiler, como ha pasado en todas partes donde se ha probado».",
        ),
        (
            "Lucía Ferrándiz",
            "Gobierno",
            "oppose",
            "Su diputada Lucía Ferrándiz acusó al Gobierno de «atacar la propiedad privada» y pidió «respeto a los "
            "que han ahorrado toda su vida».",
        ),
        (
            "Plataforma de Inquilinos de Madrid",
            "la aprobación",
            "support",
            "La Plataforma de Inquilinos de Madrid celebró la aprobación, aunque la consideró «tímida».",
        ),
    ],
}

ARTICLES["es-absolucion-supremo"] = {
    "lang": "es",
    "actors": [
        ("Tribunal Supremo", "organization", None, ["Supremo"], None),
        ("Jaime Llorente", "person", "exalcalde de Villanueva del Río", ["Llorente"], None),
        ("Sala de lo Penal", "organization", None, [], "Sala de lo Penal del Tribunal Supremo"),
        (
            "Fiscalía Anticorrupción",
            "organization",
            None,
            ["Fiscalía"],
            "Fiscalía Especial contra la Corrupción y la Criminalidad Organizada",
        ),
        ("Francisco Ortega Lluch", "person", "magistrado ponente", [], "Francisco Ortega"),
        ("PSOE", "organization", None, [], "Partido Socialista Obrero Español"),
        ("Vox", "organization", None, [], None),
        ("Tribunal Europeo de Derechos Humanos", "organization", None, [], None),
        ("Ignacio Barrenechea", "person", "abogado", [], None),
    ],
    "quotes": [
        (
            "que las pruebas «no acreditan más allá de toda duda razonable» que el dinero acabara en manos privadas",
            "Sala de lo Penal",
            "La Sala de lo Penal",
            "considerar",
            "indirect",
        ),
        (
            "que la investigación «estuvo plagada de errores desde el primer día»",
            "Francisco Ortega Lluch",
            "Francisco Ortega Lluch",
            "escribe",
            "indirect",
        ),
        (
            "los informes periciales se contradecían «en aspectos esenciales»",
            "Tribunal Supremo",
            "el tribunal",
            "Según",
            "indirect",
        ),
        ("«respeto»", "Fiscalía Anticorrupción", "La Fiscalía Anticorrupción", "expresó", "direct"),
        ("No vamos a ocultar que esperábamos otro resultado", None, "un fiscal", "reconoció", "direct"),
        (
            "«He vivido seis años con una etiqueta que no merecía. Hoy se me devuelve el nombre»",
            "Jaime Llorente",
            "Llorente<",
            "dijo",
            "direct",
        ),
        ("«disculpas públicas»", "PSOE", "El PSOE", "pidió", "direct"),
        ("«incomprensible»", "Vox", "Vox", "calificó", "direct"),
        ("que estudiará acudir al Tribunal Europeo de Derechos Humanos", "Vox", "Vox", "anunció", "indirect"),
        (
            "que pedirá una indemnización al Estado por el tiempo que su cliente pasó en prisión",
            "Ignacio Barrenechea",
            "La defensa de Llorente",
            "anunció",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Tribunal Supremo",
            "la absolución",
            "support",
            "MADRID — El Tribunal Supremo confirmó este martes la absolución del exalcalde de Villanueva del Río, "
            "Jaime Llorente, acusado de desviar 1,2 millones de euros de fondos europeos.",
        ),
        (
            "Sala de lo Penal",
            "el recurso",
            "oppose",
            "La Sala de lo Penal rechazó el recurso de la Fiscalía al considerar que las pruebas «no acreditan más "
            "allá de toda duda razonable» que el dinero acabara en manos privadas.",
        ),
        (
            "Francisco Ortega Lluch",
            "la investigación",
            "oppose",
            "El magistrado ponente, Francisco Ortega Lluch, escribe en la sentencia que la investigación «estuvo "
            "plagada de errores desde el primer día».",
        ),
        (
            "Jaime Llorente",
            "el fallo",
            "support",
            "Llorente, que pasó cuatro meses en prisión preventiva, celebró el fallo a las puertas del Supremo.",
        ),
        (
            "Vox",
            "la sentencia",
            "oppose",
            "Vox, que ejerció la acusación popular, calificó la sentencia de «incomprensible» y anunció que "
            "estudiará acudir al Tribunal Europeo de Derechos Humanos.",
        ),
    ],
}
