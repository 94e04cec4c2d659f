"""German: „Anführungszeichen“ and »Guillemets«, „…“, so X, laut X, X zufolge, dass."""

from __future__ import annotations

from llmextract.baseline.languages.rules import LanguageRules, words
from llmextract.baseline.languages.verb_forms import german_forms

GERMAN = LanguageRules(
    code="de",
    marks=(("„", "“"), ("»", "«"), ("«", "»"), ("‚", "‘"), ("“", "”"), ('"', '"')),
    cue_verbs=words(
        """
        sagte sagt sagten sagen gesagt erklärte erklärt erklärten erklären erklärt betonte betont
        betonten betonen betont fügte fügt ergänzte ergänzt meinte meint sagte warnte warnt
        kritisierte kritisiert forderte fordert versicherte versichert bekräftigte bekräftigt
        räumte räumt unterstrich unterstreicht teilte teilt antwortete antwortet berichtete
        berichtet verwies verweist kündigte kündigt so hieß heißt schrieb schreibt erläuterte
        erläutert mahnte mahnt sprach spricht bestätigte bestätigt hoffte hofft befürchtete
        befürchtet kündigten teilten erklärten betonten forderten kritisieren warnten warnen
        bedauerte bedauert versprach verspricht klagte klagt beklagte beklagt räumten
        argumentierte argumentiert entgegnete entgegnet widersprach widerspricht lobte
        begründete begründet unterstrichen sagten bekräftigten ergänzten glaubt glaubte meinen
        fürchtet fürchtete rechnet rechnete erwartet erwartete beschreibt beschrieb schildert schilderte
        """
        + german_forms(
            """
            beton erklär bekräftig versicher kritisier forder warn ergänz antwort bericht
            bestätig mahn beklag bedauer lob begründ argumentier hoff befürcht fürcht glaub erwart
            klag schilder äußer kommentier bilanzier resümier präzisier relativier räum stell
            kündig teil füg monier bemängel beanstand appellier plädier droh sicher unterstreich verlang
            beteuer erinner
            """
        )
        + " wies hob rief riet reagierte reagiert reagierten"
    ),
    fillers=words("hat haben hatte hatten auch noch am dann zudem weiter außerdem bereits nun"),
    source_before=words("laut"),
    source_phrases=(("nach", "ansicht", "von"), ("nach", "einschätzung", "von"), ("nach", "worten", "von")),
    source_after=words("zufolge"),
    complementisers=words("dass daß"),
    determiners=words(
        "der die das dem den des ein eine einer einem dessen deren sein seine ihr ihre dieser diese dieses"
    ),
    titles=words(
        """
        minister ministerin bürgermeister bürgermeisterin sprecher sprecherin präsident präsidentin
        kanzler kanzlerin abgeordnete abgeordneter vorsitzende vorsitzender chef chefin direktor
        direktorin staatssekretär staatssekretärin landrat landrätin senator senatorin richter
        richterin anwalt anwältin professor professorin dr. dr prof. prof herr frau geschäftsführer
        geschäftsführerin leiter leiterin stadträtin stadtrat anwohner anwohnerin händler händlerin
        vertreter vertreterin trainer trainerin coach kapitän kapitänin spieler spielerin torwart
        angeklagte angeklagter verteidiger verteidigerin staatsanwalt staatsanwältin landwirt
        landwirtin bäuerin unternehmer unternehmerin inhaber inhaberin ökonom ökonomin experte
        expertin arzt ärztin gründer gründerin kandidat kandidatin sekretär sekretärin dezernent
        dezernentin gemeinderat gemeinderätin kreisrat kreisrätin ortsvorsteher ortsvorsteherin
        """
    ),
    particles=words("von van der zu"),
    pronouns=words("er sie es"),
    stop_capitals=words(
        """
        der die das den dem des ein eine er sie es wir ihr ich und aber oder doch denn wenn als
        laut so am im in an auf mit für nach vor bei seit montag dienstag mittwoch donnerstag
        freitag samstag sonntag januar februar märz april mai juni juli august september oktober
        november dezember dann auch noch zudem gestern heute morgen dies diese dieser man
        solche solcher viele alle einige mehrere beide jede jeder jedes kein keine unser unsere
        sein seine ihre wie was wer wo ob weil da nun bislang inzwischen bereits damit deshalb
        trotzdem zum zur vom beim nachdem während bis
        """
    ),
    org_cues=words(
        """
        ministerium partei verband gewerkschaft stadt amt gemeinde rat verein gmbh ag
        staatsanwaltschaft verkehrsbetriebe stadtwerke polizei landkreis gericht fc sv vfb vfl tsv
        sc fsv eintracht borussia se kg
        """
    ),
    descriptors=words("unternehmen konzern firma geschäftsführung vorstand unternehmensleitung"),
    institutions=words(
        """
        staatsanwaltschaft verkehrsbetriebe stadtwerke stadt stadtverwaltung polizei gemeinde
        landkreis kreis ministerium regierung bundesregierung landesregierung unternehmen konzern
        firma verein gericht landgericht amtsgericht oberlandesgericht rathaus behörde gewerkschaft
        verband bahn klinik klinikum universität feuerwehr verwaltung senat bezirksamt landratsamt
        geschäftsführung vorstand unternehmensleitung betriebsrat brauerei bank sparkasse verlag
        werk klub kammer initiative vertretung verbund ausschuss kommission stiftung genossenschaft
        versicherung
        """
    ),
    compound_titles=True,
    institution_synonyms=(("rathaus", "stadt"), ("stadtverwaltung", "stadt")),
    spokespersons=words("sprecher sprecherin"),
    statement_pronouns=words("das dies"),
    quote_references=words("worte worten satz sätze aussage"),
    infinitive_cues=words(
        "kündigte kündigt kündigten versprach verspricht forderte fordert forderten sicherte sichert"
    ),
    feminine=words("die eine frau"),
    masculine=words("der ein herr"),
    pronoun_genders=(("er", "m"), ("sie", "f")),
    subjunctive=words(
        """
        sei seien habe werde könne müsse solle wolle dürfe möge gebe stehe gehe liege komme
        bleibe fehle brauche wisse handle handele lasse sehe plane rechne prüfe arbeite
        erwarte halte koste gelte leiste richte warte
        """
    ),
    # Konjunktiv II in place of a Konjunktiv I that looks indicative, only after a statement
    continuing=words("soll sollen demnach müssten könnten dürften hätten wären würden"),
    impersonal=words("man"),
)
