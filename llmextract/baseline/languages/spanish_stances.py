"""Spanish stance words: «apoya a», «es respaldado por», «pidió el fin del apoyo a»."""

from __future__ import annotations

from llmextract.baseline.languages.stance_words import StanceWords, phrases, words

SPANISH_STANCES = StanceWords(
    code="es",
    support=words(
        """
        apoya apoyan apoyó apoyaron apoyado apoyada apoyados apoyadas apoyaba respalda respaldan
        respaldó respaldaron respaldado respaldada respaldados respaldadas elogia elogian elogió
        elogiado elogiada alaba alabó alabado aplaude aplaudió aplaudido celebra celebró
        agradece agradeció defiende defendió defendido defendida reconoce reconoció
        felicita felicitó
        """
    ),
    oppose=words(
        """
        critica critican criticó criticaron criticado criticada criticados criticadas condena
        condenan condenó condenaron condenado condenada rechaza rechazan rechazó rechazaron
        rechazado rechazada acusa acusan acusó acusaron acusado acusada denuncia denuncian
        denunció denunciado arremete arremetió ataca atacó atacado reprocha reprochó
        """
    ),
    oppose_phrases=phrases(
        """
        pide el * fin * del, pidió el * fin * del, piden el * fin * del, pidieron el * fin * del,
        exige el * fin * del, exigió el * fin * del, reclama el * fin * del, reclamó el * fin * del,
        pide poner fin al, pidió poner fin al, se opone a, se opuso a, se oponen a,
        se opusieron a, votó en contra de, votaron en contra de
        """
    ),
    support_phrases=phrases("votó a favor de, votaron a favor de, dio su apoyo a, mostró su apoyo a"),
    fillers=words(
        """
        ha han había habían también además duramente abiertamente públicamente firmemente ayer
        hoy el lunes martes miércoles jueves viernes sábado domingo
        """
    ),
    object_words=words(
        """
        a al el la los las su sus del presidente presidenta ministro ministra alcalde
        alcaldesa jefe jefa líder don doña sr sra duramente abiertamente públicamente ayer hoy
        también
        """
    ),
    via_words=words(
        """
        el la los las del de al a todo toda cualquier apoyo ayuda armas militar militares
        extranjero extranjera financiero injerencia para
        """
    ),
    negations=words("no nunca jamás ni tampoco"),
    conditionals=words("si por qué cómo"),
    passive_aux=words("es son fue fueron era eran sido ha han está están también abiertamente"),
    agents=words("por"),
    and_words=words("y e"),
    joiners=words("y , así como también el la los las e"),
    relatives=words("que quien , es fue ha sido"),
    backer_nouns=words("patrocinadores partidarios aliados valedores"),
    stop_verbs=words("dejar cesar parar detener"),
    modals=words("deben debe deberían debería tienen tiene"),
    urge_verbs=words("instó insta exhortó exhorta pidió pide"),
    infinitive=words("a que de"),
    first_person=words("yo nosotros nosotras"),
    pronouns=words("él ella ellos ellas"),
    support_nouns=words("apoyo respaldo elogios"),
    oppose_nouns=words("críticas condena"),
    receive_verbs=words("recibió recibe cosechó cosecha sufrió"),
    sources=words("de del"),
    ally_nouns=words("aliado aliada aliados partidario partidaria defensor defensora"),
    critic_nouns=words("crítico crítica críticos detractor detractora opositor opositora adversario"),
    of_words=words("de del"),
    copulas=words("es era fue sigue"),
    praise=words("excelente valiente honesto honesta competente extraordinario extraordinaria"),
    blame=words(
        """
        corrupto corrupta peligroso peligrosa irresponsable incompetente inaceptable
        vergonzoso vergonzosa mentiroso mentirosa criminal
        """
    ),
)
