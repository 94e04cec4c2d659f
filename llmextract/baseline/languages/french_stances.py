"""French stance words: « soutient », « est soutenu par », « a appelé à la fin du soutien à »."""

from __future__ import annotations

from llmextract.baseline.languages.stance_words import StanceWords, phrases, words

FRENCH_STANCES = StanceWords(
    code="fr",
    support=words(
        """
        soutient soutiennent soutenu soutenue soutenus soutenues soutenait soutint appuie appuient
        appuyé appuyée appuyés appuyées appuyait salue saluent salué saluée salués saluées saluait
        félicite félicitent félicité félicitée félicités remercie remercient remercié remerciée
        défend défendent défendu défendue défendait approuve approuvent approuvé approuvée
        reconnaît reconnaissent reconnu reconnue encourage encouragent encouragé encouragée
        """
    ),
    oppose=words(
        """
        critique critiquent critiqué critiquée critiqués critiquées critiquait condamne condamnent
        condamné condamnée condamnés condamnées condamnait dénonce dénoncent dénoncé dénoncée
        dénonçait rejette rejettent rejeté rejetée rejetés rejetées accuse accusent accusé accusée
        accusés accusées accusait fustige fustigent fustigé fustigée attaque attaquent attaqué
        attaquée désavoue désavoué blâme blâmé
        """
    ),
    oppose_phrases=phrases(
        """
        appelle à la * fin * du, appelle à la * fin * de, a appelé à la * fin * du, a appelé à la * fin * de,
        appelé à la * fin * du, réclame la * fin * du, réclame la * fin * de, a réclamé la * fin * du,
        exige la * fin * du, a exigé la * fin * du, demande la * fin * du, a demandé la * fin * du,
        s'oppose à, s’oppose à, s'est opposé à, s’est opposé à, s'est opposée à, s’est opposée à,
        s'opposent à, s’opposent à, a voté contre, ont voté contre, se dresse contre
        """
    ),
    support_phrases=phrases(
        """
        a voté pour, ont voté pour, apporte son soutien à, a apporté son soutien à,
        apportent leur soutien à, ont apporté leur soutien à
        """
    ),
    fillers=words(
        """
        a ont avait avaient aurait également aussi encore déjà vivement fermement ouvertement
        publiquement durement sévèrement lundi mardi mercredi jeudi vendredi samedi dimanche
        """
    ),
    object_words=words(
        """
        le la les l l' l’ son sa ses leur leurs à au aux président présidente ministre
        premier première chef maire général m. mme m mme monsieur madame vivement fermement
        ouvertement publiquement durement sévèrement aussi également
        """
    ),
    via_words=words(
        """
        le la les l' l’ tout toute tous toutes soutien appui aide aides armes militaire
        militaires financier étranger étrangère étrangers ingérence à au aux de du des d' d’ pour
        """
    ),
    negations=words("ne n' n’ pas plus jamais guère aucun aucune ni"),
    conditionals=words("si s' s’ pourquoi comment est-ce"),
    passive_aux=words("est sont était étaient été fut a ont être largement ouvertement aussi notamment"),
    agents=words("par"),
    and_words=words("et"),
    joiners=words("et , ainsi que de même le la les l' l’ aussi"),
    relatives=words("qui , est sont était a été"),
    backer_nouns=words("soutiens partisans alliés parrains"),
    stop_verbs=words("cesser arrêter stopper"),
    modals=words("doivent doit devraient devrait faut"),
    urge_verbs=words("exhorte exhorté appelle appelé invite invité somme sommé"),
    infinitive=words("à de d' d’"),
    first_person=words("je j' j’ nous"),
    pronouns=words("il elle ils elles"),
    support_nouns=words("soutien appui éloges"),
    oppose_nouns=words("critiques condamnation"),
    receive_verbs=words("reçu reçoit essuyé essuie subi subit suscité"),
    sources=words("de du des d' d’"),
    ally_nouns=words("allié alliée alliés partisan partisane défenseur"),
    critic_nouns=words("critique détracteur détractrice détracteurs opposant opposante adversaire"),
    of_words=words("de du des d' d’"),
    copulas=words("est était sont reste"),
    praise=words(
        "excellent excellente formidable courageux courageuse honnête compétent compétente remarquable"
    ),
    blame=words(
        """
        corrompu corrompue dangereux dangereuse irresponsable incompétent incompétente honteux
        honteuse inacceptable scandaleux scandaleuse menteur menteuse criminel criminelle
        """
    ),
)
