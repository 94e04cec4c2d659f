# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""The hand-written gold of the third news set, one entry per article file ``<id>.txt``.

The format is the second set's (``blind/news2/spec.py``): ``lang``; ``actors`` as (name, type,
aliases); ``quotes`` in reading order as (text, speaker, speaker mention, cue, kind), a tuple of parts
when the cue or the speaker interrupts the quotation, a mention ending in "<" meaning the nearest one
before the quote; ``stances`` as (holder, target, polarity, evidence sentence).
``python blind/news2/make_gold.py blind/news3`` turns these into offsets (``gold.jsonl``).
"""

from __future__ import annotations

from typing import Any

DIRECT, INDIRECT = "direct", "indirect"
ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["fr-pont-dourbie-poids-lourds"] = {
    "lang": "fr",
    "actors": [
        ("préfecture de la Haute-Lizonne", "organization", []),
        ("Laurent Quéméneur", "person", []),
        ("Odile Ferracci", "person", ["Ferracci"]),
        ("Gilles Armanet", "person", []),
        ("Fédération des transporteurs de la Lizonne", "organization", []),
        ("conseil départemental", "organization", []),
        ("Bastien Lhuillier", "person", []),
    ],
    "quotes": [
        (
            "« La sécurité des usagers passe avant tout »",
            "Laurent Quéméneur",
            "Laurent Quéméneur",
            "a déclaré",
            DIRECT,
        ),
        (
            "que l’interdiction resterait en vigueur « au moins jusqu’à l’été »",
            "Laurent Quéméneur",
            "Le préfet",
            "a précisé",
            INDIRECT,
        ),
        (
            "les réparations coûteront près de quatre millions d’euros",
            "Laurent Quéméneur",
            "lui",
            "Selon",
            INDIRECT,
        ),
        (
            "« On nous prévient un lundi matin pour une fermeture le jour même »",
            "Odile Ferracci",
            "elle",
            "s’indigne-t-elle",
            DIRECT,
        ),
        (
            "que la commune avait signalé les fissures dès 2023",
            "Odile Ferracci",
            "Mme Ferracci",
            "affirme",
            INDIRECT,
        ),
        (
            "« Nos chauffeurs vont faire quarante kilomètres de détour par jour »",
            "Gilles Armanet",
            "Gilles Armanet",
            "regrette",
            DIRECT,
        ),
        (
            "que les entreprises du secteur perdront « des dizaines de milliers d’euros » chaque mois",
            "Gilles Armanet",
            "Il",
            "estime",
            INDIRECT,
        ),
        (
            "que les travaux commenceront en avril",
            "conseil départemental",
            "conseil départemental",
            "assure",
            INDIRECT,
        ),
        (
            "« Nous n’avons pas attendu la préfecture pour agir »",
            "Bastien Lhuillier",
            "Bastien Lhuillier",
            "insiste",
            DIRECT,
        ),
    ],
    "stances": [
        (
            "Odile Ferracci",
            "mesure",
            "oppose",
            "La maire de Castelbriac, Odile Ferracci, s’oppose à la mesure.",
        ),
    ],
}

ARTICLES["fr-proces-tresorier-rugby-montaurel"] = {
    "lang": "fr",
    "actors": [
        ("Rugby Club Montaurelais", "organization", []),
        ("Yannick Doumergue", "person", []),
        ("tribunal correctionnel de Rivesac", "organization", []),
        ("parquet", "organization", []),
        ("Sandrine Obadia", "person", []),
        ("Martine Quillard", "person", []),
        ("Arnaud Pelissou", "person", []),
        ("Florian Ducasse", "person", ["Ducasse"]),
        ("Nadège Rouvier", "person", []),
    ],
    "quotes": [
        (
            "l’argent a servi à financer des voyages et une voiture de sport",
            "parquet",
            "parquet",
            "Selon",
            INDIRECT,
        ),
        (
            "« Ce club, c’était sa caisse personnelle »",
            "Sandrine Obadia",
            "Sandrine Obadia",
            "a résumé",
            DIRECT,
        ),
        (
            "Pourquoi ces virements vers votre compte ?",
            "Martine Quillard",
            "Martine Quillard<",
            "l’a interrogé",
            DIRECT,
        ),
        (
            "Je faisais des avances au club, et je me remboursais ensuite.",
            "Yannick Doumergue",
            "le prévenu<",
            None,
            DIRECT,
        ),
        ("« J’ai remboursé chaque centime »", "Yannick Doumergue", "il", "a-t-il insisté", DIRECT),
        (
            "que « la confiance des bénévoles a été trahie »",
            "Arnaud Pelissou",
            "Me Arnaud Pelissou",
            "a estimé",
            INDIRECT,
        ),
        ("« Nous avons failli déposer le bilan en 2022 »", "Florian Ducasse", "il", "confie-t-il", DIRECT),
        ("trois éducateurs ont dû être licenciés", "Florian Ducasse", "M. Ducasse", "Selon", INDIRECT),
        (
            ("« Mon client,", "n’a jamais caché ces mouvements. »"),
            "Nadège Rouvier",
            "Me Nadège Rouvier",
            "a plaidé",
            DIRECT,
        ),
    ],
    "stances": [
        (
            "Sandrine Obadia",
            "Yannick Doumergue",
            "oppose",
            "« Ce club, c’était sa caisse personnelle », a résumé la procureure, Sandrine Obadia, qui a requis deux ans de prison avec sursis.",
        ),
    ],
}

ARTICLES["fr-greve-fonderie-lanvenec"] = {
    "lang": "fr",
    "actors": [
        ("fonderie Brissac-Varenne", "organization", []),
        ("intersyndicale", "organization", []),
        ("Morgane Tessier", "person", []),
        ("CGT", "organization", []),
        ("Constance Abgrall", "person", []),
        ("Ferronor", "organization", []),
        ("Rémi Kerjean", "person", []),
    ],
    "quotes": [
        (
            "« Huit cents euros, c’est le prix d’un plein d’essence par mois pendant un an »",
            "Morgane Tessier",
            "Morgane Tessier",
            "ironise",
            DIRECT,
        ),
        (
            "seule une hausse des salaires de 6 % mettra fin au conflit",
            "Morgane Tessier",
            "elle",
            "Pour",
            INDIRECT,
        ),
        (
            "que l’entreprise avait perdu deux clients allemands cette année",
            "Constance Abgrall",
            "Constance Abgrall",
            "a fait valoir",
            INDIRECT,
        ),
        (
            "« Si nous augmentons les salaires de 6 %, nous fermons dans deux ans »",
            "Constance Abgrall",
            "elle",
            "a-t-elle averti",
            DIRECT,
        ),
        ("que la porte reste « ouverte »", "Constance Abgrall", "La dirigeante", "assure", INDIRECT),
        (
            "qu’« aucune fermeture n’est envisagée »",
            "Ferronor",
            "Un porte-parole du groupe Ferronor",
            "a indiqué",
            INDIRECT,
        ),
        ("à reprendre les discussions", "Rémi Kerjean", "Rémi Kerjean", "a appelé", INDIRECT),
        (
            "« Sans la fonderie, Lanvénec perd 400 emplois directs »",
            "Rémi Kerjean",
            "l’élu",
            "souligne",
            DIRECT,
        ),
        (
            "« Nous tiendrons jusqu’à Noël s’il le faut. »",
            "Morgane Tessier",
            "Morgane Tessier",
            "a prévenu",
            DIRECT,
        ),
    ],
    "stances": [
        (
            "intersyndicale",
            "prime exceptionnelle",
            "oppose",
            "La direction a proposé jeudi une prime exceptionnelle de 800 euros, que l’intersyndicale a aussitôt rejetée.",
        ),
        (
            "fonderie Brissac-Varenne",
            "prime exceptionnelle",
            "support",
            "La direction a proposé jeudi une prime exceptionnelle de 800 euros, que l’intersyndicale a aussitôt rejetée.",
        ),
    ],
}

ARTICLES["de-deich-reitling"] = {
    "lang": "de",
    "actors": [
        ("Landratsamt Oberwessing", "organization", []),
        ("Brigitte Vormwald", "person", []),
        ("Korbinian Stadler", "person", ["Stadler"]),
        ("Bauernverband", "organization", []),
        ("Wasserwirtschaftsamt", "organization", []),
        ("Gemeinde Reitling", "organization", []),
        ("Anton Greiml", "person", []),
    ],
    "quotes": [
        ("die Planung sei abgeschlossen", "Landratsamt Oberwessing", "Die Behörde", "teilte", INDIRECT),
        (
            "Der Baubeginn sei für den Herbst vorgesehen",
            "Landratsamt Oberwessing",
            "Die Behörde<",
            None,
            INDIRECT,
        ),
        (
            "„Wir können nicht auf das nächste Jahrhunderthochwasser warten“",
            "Brigitte Vormwald",
            "Brigitte Vormwald",
            "sagte",
            DIRECT,
        ),
        ("dass der Freistaat 80 Prozent der Kosten trage", "Brigitte Vormwald", "Sie", "betonte", INDIRECT),
        ("„Man nimmt uns die besten Böden weg“", "Korbinian Stadler", "Korbinian Stadler", "klagt", DIRECT),
        ("Der Deich könne auch weiter östlich verlaufen", "Korbinian Stadler", "Stadler", "sagte", INDIRECT),
        ("Dort lägen ohnehin nur Wiesen", "Korbinian Stadler", "Stadler<", None, INDIRECT),
        (
            "ist die östliche Variante technisch möglich, aber zwei Millionen Euro teurer",
            "Wasserwirtschaftsamt",
            "Wasserwirtschaftsamt",
            "Laut",
            INDIRECT,
        ),
        (
            "der Gemeinderat werde sich am Donnerstag mit dem Projekt befassen",
            "Gemeinde Reitling",
            "Eine Sprecherin der Gemeinde Reitling",
            "sagte",
            INDIRECT,
        ),
        ("„Ich will erst alle Gutachten sehen“", "Anton Greiml", "er", "sagte", DIRECT),
    ],
    "stances": [
        (
            "Landratsamt Oberwessing",
            "Deich",
            "support",
            "Das Landratsamt Oberwessing will in Reitling einen neuen Deich bauen und dafür zwölf Hektar Ackerland kaufen.",
        ),
    ],
}

ARTICLES["de-insolvenz-harzholm"] = {
    "lang": "de",
    "actors": [
        ("Harzholm", "organization", []),
        ("Friedemann Klausing", "person", ["Klausing"]),
        ("Uwe Pfannstiel", "person", ["Pfannstiel"]),
        ("Gewerkschaft Holz und Raum", "organization", []),
        ("Carola Heimbürge", "person", []),
        ("Ingeborg Sailer", "person", []),
    ],
    "quotes": [
        ("sollen rund 300 der 850 Stellen wegfallen", "Harzholm", "Unternehmens", "Nach Angaben", INDIRECT),
        ("Die Produktion laufe vorerst weiter", "Harzholm", "Harzholm", "teilte", INDIRECT),
        ("„Es gibt zwei ernsthafte Interessenten“", "Friedemann Klausing", "er", "sagte", DIRECT),
        (
            "er wolle bis Ende März einen Käufer finden",
            "Friedemann Klausing",
            "Klausing",
            "erklärte",
            INDIRECT,
        ),
        (
            "Die Löhne seien bis dahin über das Insolvenzgeld gesichert",
            "Friedemann Klausing",
            "Klausing<",
            None,
            INDIRECT,
        ),
        (
            "Das Management habe Warnsignale jahrelang ignoriert",
            "Uwe Pfannstiel",
            "Pfannstiel",
            "so",
            INDIRECT,
        ),
        ("„Jetzt zahlen die Beschäftigten die Zeche.“", "Uwe Pfannstiel", "Pfannstiel<", None, DIRECT),
        (
            "mit einer Bürgschaft einzuspringen",
            "Gewerkschaft Holz und Raum",
            "Gewerkschaft Holz und Raum",
            "forderte",
            INDIRECT,
        ),
        ("man prüfe alle Möglichkeiten", "Carola Heimbürge", "Carola Heimbürge", "sagte", INDIRECT),
        (
            "Eine Bürgschaft gebe es aber nur mit einem tragfähigen Konzept",
            "Carola Heimbürge",
            "Carola Heimbürge<",
            None,
            INDIRECT,
        ),
        ("„Wir stehen an der Seite der Familien.“", "Ingeborg Sailer", "Ingeborg Sailer", "sagte", DIRECT),
    ],
    "stances": [
        (
            "Uwe Pfannstiel",
            "Geschäftsführung",
            "oppose",
            "Betriebsratschef Uwe Pfannstiel kritisierte die Geschäftsführung scharf.",
        ),
        (
            "Gewerkschaft Holz und Raum",
            "Bürgschaft",
            "support",
            "Die Gewerkschaft Holz und Raum forderte das Land auf, mit einer Bürgschaft einzuspringen.",
        ),
    ],
}

ARTICLES["de-polizeireform-landtag"] = {
    "lang": "de",
    "actors": [
        ("Burkhard Rothkegel", "person", ["Rothkegel"]),
        ("Neue Mitte", "organization", []),
        ("Mareike Hollstein", "person", ["Hollstein"]),
        ("Gewerkschaft der Polizeibeamten", "organization", ["GdPB"]),
        ("Holger Brünink", "person", []),
        ("Innenministerium", "organization", []),
    ],
    "quotes": [
        (
            "Die Zusammenlegung von 14 Revieren spare jährlich neun Millionen Euro",
            "Burkhard Rothkegel",
            "Rothkegel",
            "sagte",
            INDIRECT,
        ),
        (
            "„Keine Bürgerin und kein Bürger wird länger auf die Polizei warten“",
            "Burkhard Rothkegel",
            "der Minister",
            "versprach",
            DIRECT,
        ),
        (
            "„Auf dem Land dauert es schon heute 40 Minuten, bis ein Streifenwagen kommt“",
            "Mareike Hollstein",
            "sie",
            "sagte",
            DIRECT,
        ),
        (
            "Die Reform sei ein Sparprogramm auf Kosten der Sicherheit",
            "Mareike Hollstein",
            "sie<",
            None,
            INDIRECT,
        ),
        ("Die Zahlen der Opposition seien veraltet", "Burkhard Rothkegel", "er", "erklärte", INDIRECT),
        (
            "sie beziehe sich auf den Polizeibericht des vergangenen Jahres",
            "Mareike Hollstein",
            "Hollstein",
            "konterte",
            INDIRECT,
        ),
        (
            "dass Beamte künftig längere Anfahrtswege haben",
            "Gewerkschaft der Polizeibeamten",
            "Gewerkschaft der Polizeibeamten",
            "befürchtet",
            INDIRECT,
        ),
        (
            "viele Kollegen dächten über eine Versetzung nach",
            "Holger Brünink",
            "Holger Brünink",
            "sagte",
            INDIRECT,
        ),
        ("„Die Stimmung ist so schlecht wie nie“", "Holger Brünink", "er", "fügte", DIRECT),
        ("soll die Reform bis 2028 umgesetzt sein", "Innenministerium", "Innenministerium", "Laut", INDIRECT),
    ],
    "stances": [
        (
            "Burkhard Rothkegel",
            "Polizeireform",
            "support",
            "Im Landtag hat Innenminister Burkhard Rothkegel (CDU) am Donnerstag seine umstrittene Polizeireform verteidigt.",
        ),
    ],
}

ARTICLES["es-piscina-valdecastro"] = {
    "lang": "es",
    "actors": [
        ("Ayuntamiento de Valdecastro", "organization", ["Ayuntamiento"]),
        ("Rocío Manzanares", "person", ["Manzanares"]),
        ("asociación de vecinos del barrio de La Solana", "organization", []),
        ("Emilio Carrascosa", "person", []),
        ("Partido Vecinal", "organization", []),
        ("Gonzalo Iturbe", "person", []),
    ],
    "quotes": [
        (
            "solo se han presentado dos candidatos a las seis plazas ofertadas",
            "Ayuntamiento de Valdecastro",
            "consistorio",
            "Según",
            INDIRECT,
        ),
        (
            "«No podemos abrir sin garantizar la seguridad de los bañistas»",
            "Rocío Manzanares",
            "Rocío Manzanares",
            "explicó",
            DIRECT,
        ),
        (
            "que el servicio se reanudará «en cuanto haya personal suficiente»",
            "Rocío Manzanares",
            "Rocío Manzanares<",
            "Añadió",
            INDIRECT,
        ),
        (
            "que el Ayuntamiento no haya previsto el problema",
            "Emilio Carrascosa",
            "Emilio Carrascosa",
            "lamentó",
            INDIRECT,
        ),
        (
            "«Llevamos dos veranos con el mismo cuento»",
            "Emilio Carrascosa",
            "Emilio Carrascosa<",
            "aseguró",
            DIRECT,
        ),
        (
            "que el equipo de gobierno «ha dejado morir» las instalaciones deportivas",
            "Gonzalo Iturbe",
            "Gonzalo Iturbe<",
            "Considera",
            INDIRECT,
        ),
        (
            "«Hemos subido el sueldo un 20 % y aun así no hay candidatos»",
            "Rocío Manzanares",
            "la edil",
            "dijo",
            DIRECT,
        ),
        ("el problema afecta a toda la comarca", "Rocío Manzanares", "ella", "Según", INDIRECT),
    ],
    "stances": [
        (
            "asociación de vecinos del barrio de La Solana",
            "decisión",
            "oppose",
            "La asociación de vecinos del barrio de La Solana criticó la decisión.",
        ),
    ],
}

ARTICLES["es-juicio-exalcalde-torrecilla"] = {
    "lang": "es",
    "actors": [
        ("Fiscalía Anticorrupción", "organization", ["Fiscalía"]),
        ("Baltasar Echeverrieta", "person", ["Echeverrieta"]),
        ("Inmaculada Rebollo", "person", []),
        ("EFE", "organization", []),
        ("Teodoro Saldaña", "person", []),
        ("Marcos Bellido", "person", []),
    ],
    "quotes": [
        (
            ("«Los hechos", "no dejan lugar a dudas»"),
            "Inmaculada Rebollo",
            "Inmaculada Rebollo",
            "subrayó",
            DIRECT,
        ),
        (
            "el Ayuntamiento perdió más de 1,2 millones de euros con la operación",
            "Fiscalía Anticorrupción",
            "Fiscalía",
            "Según",
            INDIRECT,
        ),
        (
            "«Yo firmaba lo que me traían los técnicos»",
            "Baltasar Echeverrieta",
            "Echeverrieta<",
            "declaró",
            DIRECT,
        ),
        (
            "que nunca supo que el comprador era su cuñado",
            "Baltasar Echeverrieta",
            "Echeverrieta<",
            "Aseguró",
            INDIRECT,
        ),
        (
            "¿Conocía usted el precio de mercado de la parcela?",
            "Teodoro Saldaña",
            "Teodoro Saldaña<",
            "preguntó",
            DIRECT,
        ),
        ("No. Nadie me lo explicó.", "Baltasar Echeverrieta", "Echeverrieta<", None, DIRECT),
        ("«El pueblo merece saber la verdad»", "Marcos Bellido", "Marcos Bellido<", "dijo", DIRECT),
    ],
    "stances": [
        (
            "Fiscalía Anticorrupción",
            "Baltasar Echeverrieta",
            "oppose",
            "TORRECILLA DE ALCOR, 3 dic. (EFE).- La Fiscalía Anticorrupción pidió este martes cuatro años de prisión para el exalcalde de Torrecilla de Alcor, Baltasar Echeverrieta, acusado de vender suelo público por debajo de su valor a una constructora de su cuñado.",
        ),
    ],
}

ARTICLES["es-olivareros-autovia"] = {
    "lang": "es",
    "actors": [
        ("Paula Olmedo", "person", []),
        ("Unión de Olivareros", "organization", []),
        ("Fermín Aldecoa", "person", ["Aldecoa"]),
        ("Consejería de Agricultura", "organization", []),
        ("Remedios Galindo", "person", []),
        ("Olivar del Sur", "organization", []),
        ("Adisur", "organization", []),
    ],
    "quotes": [
        ("«Nos están echando del campo»", "Paula Olmedo", "Paula Olmedo", "gritaba", DIRECT),
        (
            "«Vendemos por debajo de lo que nos cuesta producir»",
            "Fermín Aldecoa",
            "Fermín Aldecoa",
            "denunció",
            DIRECT,
        ),
        (
            "que la Consejería de Agricultura fije un precio mínimo",
            "Fermín Aldecoa",
            "Aldecoa",
            "exigió",
            INDIRECT,
        ),
        (
            "«Un precio mínimo es ilegal en el mercado europeo»",
            "Remedios Galindo",
            "Remedios Galindo<",
            "afirmó",
            DIRECT,
        ),
        (
            "que su departamento ha aprobado ayudas de 30 millones para el sector",
            "Remedios Galindo",
            "Remedios Galindo<",
            "Recordó",
            INDIRECT,
        ),
        (
            "que las grandes cadenas de distribución «imponen» los precios",
            "Olivar del Sur",
            "Un portavoz de la cooperativa Olivar del Sur",
            "explicó",
            INDIRECT,
        ),
        ("el precio en los lineales ha bajado un 8 % este año", "Adisur", "Adisur", "Según", INDIRECT),
        (
            "«Si no hay respuesta, volveremos la semana que viene»",
            "Fermín Aldecoa",
            "Fermín Aldecoa<",
            "dijo",
            DIRECT,
        ),
    ],
    "stances": [
        (
            "Remedios Galindo",
            "medida",
            "oppose",
            "La consejera de Agricultura, Remedios Galindo, descartó esa medida.",
        ),
        (
            "Adisur",
            "acusaciones",
            "oppose",
            "La patronal de la distribución, Adisur, rechazó las acusaciones.",
        ),
    ],
}
