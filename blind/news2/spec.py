# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""The hand-written gold of the second news set, one entry per article file ``<id>.txt``.

Each entry: ``lang``; ``actors`` as (name, type, aliases); ``quotes`` in reading order as (text,
speaker, speaker mention, cue, kind), the text exactly as the article writes it (plain spaces for its
no-break ones) or a tuple of its parts when the cue or the speaker interrupts it, a mention ending in
"<" meaning the nearest one before the quote; ``stances`` as (holder, target, polarity, evidence
sentence). ``make_gold.py`` turns these into offsets (``gold.jsonl``).
"""

from __future__ import annotations

from typing import Any

DIRECT, INDIRECT = "direct", "indirect"
ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["fr-kerbihan-dragage-pollution"] = {
    "lang": "fr",
    "actors": [
        ("préfecture du Morbihan-Ouest", "organization", []),
        ("Antoine Guerlain", "person", []),
        ("Solenn Le Bihan", "person", []),
        ("Corentin Maréchal", "person", []),
        ("Dragages de l’Atlantique", "organization", []),
        ("Pierre-Yves Caradec", "person", []),
        ("parquet de Lorient", "organization", []),
        ("Mathieu Rolland", "person", []),
    ],
    "quotes": [
        ("Les travaux de dragage du port de Kerbihan ont été suspendus jeudi après la découverte d’une nappe d’hydrocarbures près du bassin des pêcheurs", "préfecture du Morbihan-Ouest", "préfecture du Morbihan-Ouest", "a annoncé", INDIRECT),
        ("« Aucun chantier ne reprendra tant que l’origine de la fuite n’est pas établie »", "Antoine Guerlain", "Antoine Guerlain", "a déclaré", DIRECT),
        ("que des prélèvements avaient été confiés à un laboratoire de Brest", "Antoine Guerlain", "Il", "a précisé", INDIRECT),
        ("une quarantaine de bateaux ne peuvent plus sortir depuis lundi", "Solenn Le Bihan", "elle", "Selon", INDIRECT),
        ("« On nous avait promis un chantier propre. »", "Corentin Maréchal", "Corentin Maréchal", None, DIRECT),
        ("« Nos engins sont contrôlés chaque semaine »", "Pierre-Yves Caradec", "Pierre-Yves Caradec", "assure", DIRECT),
        ("que la nappe provient d’un navire de passage", "Dragages de l’Atlantique", "Le groupe", "affirme", INDIRECT),
        ("que les premiers résultats seraient connus la semaine prochaine", "Mathieu Rolland", "Mathieu Rolland", "a indiqué", INDIRECT),
        ("« Chaque jour perdu coûte plus de 2 000 euros à un patron »", "Solenn Le Bihan", "elle", "a-t-elle rappelé", DIRECT),
    ],
    "stances": [
        ("Solenn Le Bihan", "décision", "support", "La présidente du comité local des pêches, Solenn Le Bihan, a salué la décision."),
        ("Solenn Le Bihan", "indemnisation", "support", "Solenn Le Bihan, elle, réclame une indemnisation."),
    ],
}

ARTICLES["fr-lycees-professionnels-reforme"] = {
    "lang": "fr",
    "actors": [
        ("Élisabeth Vautrin", "person", []),
        ("SNEP-Pro", "organization", []),
        ("Karima Benali", "person", []),
        ("fédération des parents d’élèves", "organization", ["FNPE"]),
        ("Hugues Darnal", "person", []),
        ("rectorat de Lyon", "organization", []),
        ("Frédéric Lhomme", "person", []),
    ],
    "quotes": [
        ("« Les élèves de la voie professionnelle méritent mieux qu’un diplôme sans débouché »", "Élisabeth Vautrin", "elle", "a-t-elle lancé", DIRECT),
        ("que les établissements recevraient 300 millions d’euros pour accompagner le changement", "Élisabeth Vautrin", "La ministre", "a ajouté", INDIRECT),
        (("« Cette réforme,", "c’est moins d’heures de français et de maths pour les enfants qui en ont le plus besoin. »"), "Karima Benali", "Karima Benali", "résume", DIRECT),
        ("que les entreprises ne pourront pas accueillir autant de stagiaires", "Hugues Darnal", "Hugues Darnal", "estime", INDIRECT),
        ("que « certaines filières auront du mal »", "rectorat de Lyon", "on", "reconnaît", INDIRECT),
        ("que des dérogations seront possibles", "Élisabeth Vautrin", "Un conseiller de la ministre", "assure", INDIRECT),
        ("« Nous ne laisserons pas casser l’enseignement professionnel »", "Frédéric Lhomme", "Frédéric Lhomme", "a promis", DIRECT),
    ],
    "stances": [
        ("Élisabeth Vautrin", "réforme des lycées professionnels", "support", "Devant les sénateurs, mardi, elle a défendu la réforme des lycées professionnels, qui doit allonger de moitié les stages en entreprise dès la rentrée prochaine."),
        ("Karima Benali", "réforme", "oppose", "« Cette réforme, résume sa secrétaire générale, Karima Benali, c’est moins d’heures de français et de maths pour les enfants qui en ont le plus besoin. »"),
    ],
}

ARTICLES["fr-proces-clinique-vetrane"] = {
    "lang": "fr",
    "actors": [
        ("tribunal correctionnel de Sarlandes", "organization", []),
        ("Bernard Jouvenel", "person", []),
        ("clinique Saint-Roch de Vétrane", "organization", ["clinique de Vétrane"]),
        ("parquet", "organization", ["le parquet"]),
        ("Hélène Grassin", "person", []),
        ("Thierry Baudoin", "person", []),
        ("caisse primaire d’assurance maladie", "organization", ["caisse primaire"]),
        ("Claire Ferrand", "person", []),
    ],
    "quotes": [
        ("la clinique a facturé pendant six ans des actes qui n’avaient jamais été pratiqués", "parquet", "parquet", "Selon", INDIRECT),
        ("« Ce n’est pas une erreur comptable, c’est un système »", "Hélène Grassin", "Hélène Grassin", "a lancé", DIRECT),
        ("que l’accusé soit interdit de gérer une entreprise pendant dix ans", "Hélène Grassin", "Elle", "a demandé", INDIRECT),
        ("« J’ai signé ce qu’on me présentait. »", "Bernard Jouvenel", "Le prévenu<", None, DIRECT),
        ("qu’il ignorait tout des fausses factures", "Bernard Jouvenel", "L’ancien directeur", "assure", INDIRECT),
        ("« Mon client a servi de fusible »", "Thierry Baudoin", "Me Thierry Baudoin", "a plaidé", DIRECT),
        ("la caisse primaire d’assurance maladie aurait dû repérer les anomalies dès 2017", "Thierry Baudoin", "lui", "Pour", INDIRECT),
        ("que plusieurs patients avaient découvert sur leurs relevés des opérations qu’ils n’avaient jamais subies", "Claire Ferrand", "Me Claire Ferrand", "a rappelé", INDIRECT),
    ],
    "stances": [
        ("caisse primaire d’assurance maladie", "remboursement intégral des sommes", "support", "La caisse primaire, partie civile, réclame le remboursement intégral des sommes."),
        ("Bernard Jouvenel", "adjoint comptable", "oppose", "L’ancien directeur assure qu’il ignorait tout des fausses factures et accuse son adjoint comptable."),
    ],
}

ARTICLES["de-geburtsstation-sankt-ulrich"] = {
    "lang": "de",
    "actors": [
        ("Kreisklinik Sankt Ulrich", "organization", []),
        ("Georg Wimmer", "person", ["Wimmer"]),
        ("Klinikum Haldenburg", "organization", []),
        ("Kleine Wege", "organization", []),
        ("Anja Reisinger", "person", []),
        ("Luise Brandner", "person", []),
        ("Gesundheitsministerium", "organization", ["Ministerium"]),
        ("Grünen", "organization", []),
        ("Tobias Eder", "person", []),
    ],
    "quotes": [
        ("Die Geburtsstation der Kreisklinik Sankt Ulrich wird zum Jahresende geschlossen", "Kreisklinik Sankt Ulrich", "Klinikleitung", "teilte", INDIRECT),
        ("Grund sei der Mangel an Hebammen und Kinderärzten", "Kreisklinik Sankt Ulrich", "Klinikleitung<", "hieß es", INDIRECT),
        ("Im vergangenen Jahr seien nur noch 310 Kinder in dem Haus zur Welt gekommen", "Kreisklinik Sankt Ulrich", "Klinikleitung<", None, INDIRECT),
        ("„Eine Station, die wir nachts nicht sicher besetzen können, ist keine sichere Station“", "Georg Wimmer", "er", "sagte", DIRECT),
        ("Schwangere würden künftig im 25 Kilometer entfernten Klinikum Haldenburg betreut", "Georg Wimmer", "Wimmer", "kündigte", INDIRECT),
        ("Man sammle bereits Unterschriften für ein Bürgerbegehren", "Anja Reisinger", "Anja Reisinger", "sagte", INDIRECT),
        ("Die Anfahrt sei im Winter für viele Familien zu gefährlich", "Anja Reisinger", "Anja Reisinger<", None, INDIRECT),
        ("„Wer hier ein Kind bekommt, soll nicht im Auto entbinden müssen.“", "Luise Brandner", "Luise Brandner", None, DIRECT),
        ("die Entscheidung liege allein beim Träger", "Gesundheitsministerium", "Gesundheitsministerium", "erklärte", INDIRECT),
        ("erhalten kleine Geburtsstationen seit 2024 einen Zuschlag von bis zu 1,5 Millionen Euro im Jahr", "Gesundheitsministerium", "Ministerium", "Laut", INDIRECT),
        ("Die Station sei wirtschaftlich zu retten", "Tobias Eder", "Tobias Eder", "so", INDIRECT),
    ],
    "stances": [
        ("Georg Wimmer", "Entscheidung", "support", "Landrat Georg Wimmer (CSU) verteidigte die Entscheidung."),
        ("Kleine Wege", "Schließung", "oppose", "Der Elternverein „Kleine Wege“ will die Schließung nicht hinnehmen."),
        ("Grünen", "Gutachten", "support", "Die Kreistagsfraktion der Grünen fordert ein Gutachten."),
    ],
}

ARTICLES["de-vollrath-stahl-kurzarbeit"] = {
    "lang": "de",
    "actors": [
        ("Vollrath Stahl AG", "organization", ["Vollrath Stahl"]),
        ("Martin Oberländer", "person", ["Oberländer"]),
        ("Betriebsrat", "organization", []),
        ("Sabine Kolbe", "person", []),
        ("IG Werkstoff", "organization", []),
        ("Polen", "state", []),
        ("Ralf Stenzel", "person", []),
        ("Wirtschaftsministerium", "organization", []),
    ],
    "quotes": [
        ("Die Auftragseingänge seien im dritten Quartal um ein Viertel eingebrochen", "Martin Oberländer", "Martin Oberländer<", None, INDIRECT),
        ("„Wir reden hier über eine Brücke, nicht über einen Abbau“", "Martin Oberländer", "Oberländer", "sagte", DIRECT),
        ("„Kein Arbeitsplatz steht zur Disposition.“", "Martin Oberländer", "Oberländer<", None, DIRECT),
        ("dass die Kurzarbeit im Frühjahr ende", "Martin Oberländer", "Er", "gehe davon aus", INDIRECT),
        ("dass der Konzern das Kurzarbeitergeld auf 90 Prozent des Nettolohns aufstockt", "Sabine Kolbe", "Sabine Kolbe", "verlangte", INDIRECT),
        ("Die Belegschaft habe in den vergangenen Jahren genug Opfer gebracht", "Sabine Kolbe", "sie", "sagte", INDIRECT),
        ("plant das Unternehmen längst die Verlagerung einer Walzstraße nach Polen", "IG Werkstoff", "IG Werkstoff<", "Nach ihren Angaben", INDIRECT),
        ("„Das Management sagt Brücke und meint Abriss“", "Ralf Stenzel", "Ralf Stenzel", "erklärte", DIRECT),
        ("Es gebe keine Pläne für eine Verlagerung", "Vollrath Stahl AG", "er", "sagte", INDIRECT),
        ("die Lage in Rennbach genau zu beobachten", "Wirtschaftsministerium", "Wirtschaftsministerium", "kündigte", INDIRECT),
    ],
    "stances": [
        ("Betriebsrat", "Maßnahme", "support", "Der Betriebsrat trägt die Maßnahme mit, stellt aber Bedingungen."),
    ],
}

ARTICLES["de-prozess-buergermeister-talheim"] = {
    "lang": "de",
    "actors": [
        ("Landgericht Bergstadt", "organization", ["Gericht"]),
        ("Werner Hausmann", "person", ["Hausmann"]),
        ("Staatsanwaltschaft", "organization", []),
        ("Jens Ackermann", "person", []),
        ("Petra Lindner", "person", []),
    ],
    "quotes": [
        ("Im Gegenzug soll er dafür gesorgt haben, dass die Firma den Auftrag für ein neues Schulzentrum erhielt", "Staatsanwaltschaft", "Staatsanwaltschaft<", None, INDIRECT),
        ("die Ermittlungen hätten mehr als zwei Jahre gedauert", "Staatsanwaltschaft", "Eine Sprecherin der Staatsanwaltschaft", "sagte", INDIRECT),
        ("Man habe über 40 Zeugen vernommen", "Staatsanwaltschaft", "Eine Sprecherin der Staatsanwaltschaft<", None, INDIRECT),
        ("fanden Ermittler bei einer Durchsuchung Bargeld in einem Schließfach", "Staatsanwaltschaft", "Eine Sprecherin der Staatsanwaltschaft<", "Demnach", INDIRECT),
        ("„Ich habe in 18 Jahren nicht einen Cent genommen“", "Werner Hausmann", "er", "erklären", DIRECT),
        ("auf Freispruch zu plädieren", "Jens Ackermann", "Jens Ackermann", "kündigte", INDIRECT),
        ("Das Geld stamme aus einer Erbschaft", "Jens Ackermann", "er", "sagte", INDIRECT),
        ("„schweren Tag für unsere Stadt“", "Petra Lindner", "Petra Lindner", "sprach", DIRECT),
        ("dass der Prozess schnell Klarheit bringe", "Petra Lindner", "Sie", "hoffe", INDIRECT),
    ],
    "stances": [
        ("Werner Hausmann", "Vorwürfe", "oppose", "Hausmann weist die Vorwürfe zurück."),
        ("Staatsanwaltschaft", "Werner Hausmann", "oppose", "Die Staatsanwaltschaft wirft dem 61-Jährigen vor, von einem Bauunternehmer 80.000 Euro angenommen zu haben."),
    ],
}

ARTICLES["es-estibadores-almazara-huelga"] = {
    "lang": "es",
    "actors": [
        ("Gobierno regional", "organization", []),
        ("Terminales del Sur", "organization", []),
        ("EFE", "organization", []),
        ("Iván Cortés", "person", []),
        ("Autoridad Portuaria", "organization", []),
        ("Marta Lozano", "person", []),
        ("Ramón Ibarra", "person", []),
        ("Alberto Ruiz Salcedo", "person", []),
    ],
    "quotes": [
        ("«No vamos a firmar un convenio que nos recorta un 15 % el sueldo»", "Iván Cortés", "Iván Cortés", "aseguró", DIRECT),
        ("que la plantilla está dispuesta a seguir parada «todo el tiempo que haga falta»", "Iván Cortés", "Iván Cortés<", "Añadió", INDIRECT),
        ("que la rebaja es inevitable", "Terminales del Sur", "Terminales del Sur", "sostiene", INDIRECT),
        ("las pérdidas del último ejercicio superaron los ocho millones de euros", "Terminales del Sur", "la compañía", "Según", INDIRECT),
        ("que unos 40 buques han desviado su ruta a otros puertos", "Autoridad Portuaria", "Autoridad Portuaria", "calcula", INDIRECT),
        ("que vuelvan a la mesa «sin condiciones previas»", "Marta Lozano", "Marta Lozano", "pidió", INDIRECT),
        ("«La ciudad no puede permitirse otra semana así»", "Ramón Ibarra", "Ramón Ibarra", "dijo", DIRECT),
        ("que el ayuntamiento estudia ayudas para los negocios afectados", "Ramón Ibarra", "Ramón Ibarra<", "Explicó", INDIRECT),
        ("que un acuerdo es posible antes del fin de semana", "Alberto Ruiz Salcedo", "Alberto Ruiz Salcedo<", "Considera", INDIRECT),
    ],
    "stances": [
        ("Alberto Ruiz Salcedo", "mediación", "support", "El consejero de Economía, Alberto Ruiz Salcedo, respaldó la mediación."),
        ("Iván Cortés", "convenio", "oppose", "«No vamos a firmar un convenio que nos recorta un 15 % el sueldo», aseguró a EFE el portavoz del comité de huelga, Iván Cortés."),
    ],
}

ARTICLES["es-ley-vivienda-riberas"] = {
    "lang": "es",
    "actors": [
        ("Parlamento de Riberas", "organization", []),
        ("Gobierno", "organization", ["Ejecutivo"]),
        ("Nuria Castell", "person", []),
        ("Partido Liberal de Riberas", "organization", []),
        ("Diego Almansa", "person", []),
        ("Asprovi", "organization", []),
        ("Tribunal Constitucional", "organization", []),
        ("Enrique Toledo", "person", []),
        ("Sindicato de Inquilinas", "organization", []),
        ("Lucía Ferrer", "person", []),
    ],
    "quotes": [
        ("«Hoy damos a los jóvenes una razón para quedarse»", "Nuria Castell", "Nuria Castell<", "dijo", DIRECT),
        ("que el alquiler medio ha subido un 38 % en cinco años", "Nuria Castell", "Nuria Castell<", "Recordó", INDIRECT),
        ("la ley «no es contra nadie»", "Nuria Castell", "la consejera", "Según", INDIRECT),
        ("que el Ejecutivo construirá 6.000 viviendas públicas antes de 2030", "Nuria Castell", "la consejera<", "Aseguró", INDIRECT),
        ("que el control de precios reducirá la oferta", "Diego Almansa", "Diego Almansa", "advirtió", INDIRECT),
        ("«Esta ley va a vaciar el mercado de pisos»", "Diego Almansa", "Diego Almansa<", "sostuvo", DIRECT),
        ("que recurrirá la norma ante el Tribunal Constitucional", "Asprovi", "Asprovi", "anunció", INDIRECT),
        ("la ley vulnera el derecho a la propiedad", "Enrique Toledo", "Enrique Toledo", "Según", INDIRECT),
        ("«Es un primer paso, pero llega tarde»", "Lucía Ferrer", "Lucía Ferrer", "lamentó", DIRECT),
    ],
    "stances": [
        ("Parlamento de Riberas", "ley de vivienda", "support", "El Parlamento de Riberas aprobó este jueves la nueva ley de vivienda, que limitará el precio del alquiler en 34 municipios."),
        ("Nuria Castell", "texto", "support", "La consejera de Vivienda, Nuria Castell, defendió el texto en la tribuna."),
        ("Partido Liberal de Riberas", "ley de vivienda", "oppose", "El Partido Liberal de Riberas votó en contra."),
        ("Asprovi", "norma", "oppose", "La patronal de propietarios, Asprovi, anunció que recurrirá la norma ante el Tribunal Constitucional."),
        ("Sindicato de Inquilinas", "votación", "support", "El Sindicato de Inquilinas celebró la votación, aunque la considera insuficiente."),
    ],
}

ARTICLES["es-atletico-marjal-destitucion"] = {
    "lang": "es",
    "actors": [
        ("Atlético Marjal", "organization", []),
        ("Sergio Valdés", "person", ["Valdés"]),
        ("Unión Cabrera", "organization", []),
        ("Pablo Ochoa", "person", []),
        ("Joaquín Berrocal", "person", []),
        ("Raúl Montoya", "person", []),
        ("Federación de Peñas del Atlético Marjal", "group", []),
        ("Ana Gil", "person", []),
    ],
    "quotes": [
        ("que el segundo entrenador, Pablo Ochoa, dirigirá al equipo de forma interina", "Atlético Marjal", "El club", "informó", INDIRECT),
        ("«No ha sido una decisión fácil, pero los resultados mandan»", "Joaquín Berrocal", "Joaquín Berrocal<", "afirmó", DIRECT),
        ("que el vestuario «necesitaba un cambio de aire»", "Joaquín Berrocal", "Joaquín Berrocal<", "dijo", INDIRECT),
        ("«Me voy con la conciencia tranquila»", "Sergio Valdés", "el técnico asturiano", "escribió", DIRECT),
        ("«Los que fallamos en el campo somos nosotros»", "Raúl Montoya", "Raúl Montoya", None, DIRECT),
        ("que no pierdan la paciencia", "Raúl Montoya", "Raúl Montoya<", "pidió", INDIRECT),
        ("la afición llevaba semanas pidiendo un revulsivo", "Ana Gil", "Ana Gil", "Según", INDIRECT),
    ],
    "stances": [
        ("Federación de Peñas del Atlético Marjal", "decisión del presidente", "support", "La Federación de Peñas del Atlético Marjal respaldó la decisión del presidente."),
    ],
}
