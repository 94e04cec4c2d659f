"""French: « guillemets » with (narrow) no-break spaces, « …, a-t-il dit », selon X, que."""

from __future__ import annotations

from llmextract.baseline.languages.rules import LanguageRules, words
from llmextract.baseline.languages.verb_forms import french_forms

_VERB_FORMS = """
dit dire disait déclaré déclare déclarait déclarent déclarer affirmé affirme affirmait affirment
ajouté ajoute ajoutait ajoutent expliqué explique expliquait expliquent estimé estime estimait
estiment souligné souligne soulignait assuré assure assurait rappelé rappelle rappelait
indiqué indique indiquait précisé précise précisait insisté insiste lancé lance confié confie
répondu répond répondait annoncé annonce annonçait prévenu prévient averti avertit martelé
martèle jugé juge reconnu reconnaît regretté regrette dénoncé dénonce promis promet
confirmé confirme démenti dément poursuivi poursuit conclu conclut raconté raconte
commenté commente observé observe noté note écrit écrivait écrit-il écrit-elle
ironisé ironise accusé accuse déploré déplore plaidé plaide détaillé détaille concédé concède
admis admet tranché tranche relevé relève résumé résume répété répète signalé signale
souhaité souhaite réclamé réclame demandé demande interrogé interroge nuancé nuance
prévenu prévient fait-il fait-elle glisse glissé avancé avance argumenté argumente
lâche lâché défend défendu réagi réagit ajouter conclure préciser expliquer insister souligner lancer
inquiète inquiété inquiète-t-il inquiète-t-elle
croit croyait pense pensait considère considéré craint craignait espère espérait redoute
redouté raconté exprime exprimait décrit décrire décrivait décrivent décrit-il décrit-elle
"""
# "a-t-il dit", "a-t-elle ajouté", "affirme-t-il", "ont-ils déclaré": the inverted subject is in the token
_INVERTED = (
    " ".join(
        f"{verb}-t-{p} {verb}-{p}"
        for verb in (
            "a",
            "affirme",
            "ajoute",
            "explique",
            "estime",
            "souligne",
            "assure",
            "précise",
            "indique",
            "rappelle",
            "insiste",
            "lance",
            "déclare",
            "poursuit",
            "conclut",
            "note",
            "dit",
            "répond",
            "ironise",
            "accuse",
            "déplore",
            "plaide",
            "détaille",
            "concède",
            "admet",
            "tranche",
            "relève",
            "résume",
            "glisse",
            "avance",
            "nuance",
            "prévient",
            "martèle",
            "juge",
            "regrette",
            "reconnaît",
            "raconte",
            "confie",
            "souhaite",
            "réclame",
            "demande",
            "lâche",
        )
        for p in ("il", "elle", "on")
    )
    + " ont-ils ont-elles disent-ils disent-elles"
)

_REGULAR = french_forms(
    """
    souligner insister expliquer affirmer ajouter estimer assurer indiquer préciser confier
    annoncer juger regretter dénoncer raconter commenter observer noter ironiser accuser
    déplorer plaider détailler trancher résumer signaler souhaiter réclamer demander interroger
    nuancer glisser lâcher déclarer confirmer tempérer alerter constater pointer fustiger
    critiquer témoigner analyser avouer jurer certifier rassurer tonner fulminer redouter
    menacer exhorter inviter proposer recommander préconiser rétorquer répliquer objecter
    contester protester étonner clamer proclamer penser trouver justifier informer communiquer
    souffler enchaîner continuer relativiser minimiser abonder insinuer soupirer agacer emporter
    alarmer râler pester indigner insurger désoler exclamer offusquer féliciter réjouir
    """
)
FRENCH = LanguageRules(
    code="fr",
    marks=(("«", "»"), ("“", "”"), ("‹", "›"), ('"', '"')),
    cue_verbs=words(_VERB_FORMS + _INVERTED + _REGULAR),
    fillers=words("a ont avait avaient aurait encore aussi également ensuite alors ainsi lui leur y a-t-il"),
    source_before=words("selon d’après d'après"),
    opinion_sources=words("pour"),
    source_phrases=(("aux", "yeux", "de"), ("pour", "reprendre", "les", "mots", "de")),
    source_after=frozenset(),
    complementisers=words("que qu qu’ qu'"),
    determiners=words("le la les l l’ l' un une son sa ses du des ce cet cette"),
    titles=words(
        """
        ministre président présidente maire porte-parole député députée sénateur sénatrice
        directeur directrice secrétaire général générale premier première adjoint adjointe
        préfet préfète chef cheffe délégué déléguée conseiller conseillère juge procureur
        procureure avocat avocate docteur professeur professeure m. mme dr pr monsieur madame
        maître me me. commissaire gouverneur ambassadeur ambassadrice responsable syndicaliste
        adjoint adjointe maraîcher maraîchère habitant habitante
        entraîneur entraîneuse capitaine joueur joueuse sélectionneur technicien accusé accusée
        prévenu prévenue magistrat magistrate pdg patron patronne élu élue édile commerçant
        commerçante agriculteur agricultrice éleveur éleveuse viticulteur viticultrice riverain
        riveraine salarié salariée opérateur opératrice recteur rectrice médecin chercheur
        chercheuse économiste expert experte militant militante candidat candidate opposant
        fils fille père mère frère sœur
        opposante gérant gérante fondateur fondatrice vice-président vice-présidente sous-préfet
        """
    ),
    particles=words("de du des d’ d' la le"),
    pronouns=words("il elle ils elles on lui eux"),
    stop_capitals=words(
        """
        le la les l un une des ce cette ces il elle ils elles on nous vous je mais et ou donc or
        ni car si quand lorsque selon pour dans en au aux avec sans sur sous lundi mardi mercredi
        jeudi vendredi samedi dimanche depuis après avant cependant pourtant ainsi enfin hier
        aujourd’hui demain
        """
    ),
    org_cues=words(
        """
        ministère parti mairie conseil syndicat association fédération société groupe agence
        préfecture parquet tribunal commune fc as olympique stade racing sa sas
        """
    ),
    spokespersons=words("porte-parole"),
    quote_references=words("mots propos paroles phrase termes"),
    infinitive_cues=words("promis promet demandé demande appelé appelle exhorté exhorte proposé propose"),
    feminine=words(
        """
        la une cette mme mme. madame mlle mlle. présidente directrice députée sénatrice adjointe
        conseillère préfète cheffe déléguée avocate procureure professeure ambassadrice habitante
        maraîchère secrétaire générale première gérante
        """
    ),
    masculine=words(
        """
        le un m. monsieur président directeur député sénateur adjoint conseiller préfet chef
        délégué avocat procureur professeur ambassadeur habitant maraîcher général premier gérant
        """
    ),
    pronoun_genders=(("il", "m"), ("ils", "m"), ("lui", "m"), ("eux", "m"), ("elle", "f"), ("elles", "f")),
    descriptors=words("société groupe entreprise firme direction enseigne"),
    institutions=words(
        """
        préfecture parquet mairie municipalité commune ministère gouvernement tribunal cour police
        gendarmerie direction département région conseil syndicat entreprise société groupe club
        association fédération agence rectorat hôpital université ville intercommunalité métropole
        enseigne chambre caisse
        """
    ),
)
