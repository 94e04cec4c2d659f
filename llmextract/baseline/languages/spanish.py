"""Spanish: «comillas» and “…”, dialogue dashes (—No habrá cierre —dijo ella—.), según X, que."""

from __future__ import annotations

from llmextract.baseline.languages.rules import LanguageRules, words
from llmextract.baseline.languages.verb_forms import spanish_forms

SPANISH = LanguageRules(
    code="es",
    marks=(("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"')),
    cue_verbs=words(
        """
        dijo dice dicen dijeron decía declaró declara declaraban declararon afirmó afirma afirman
        afirmaron afirmaba aseguró asegura aseguraron añadió añade agregó agrega explicó explica
        señaló señala indicó indica advirtió advierte subrayó subraya insistió insiste sostuvo
        sostiene manifestó manifiesta apuntó apunta recordó recuerda respondió responde comentó
        comenta destacó destaca precisó precisa admitió admite reconoció reconoce criticó critica
        lamentó lamenta prometió promete anunció anuncia concluyó concluye dicho declarado
        afirmado asegurado explicado señalado pidió pide pidieron exigió exige reclamó reclama
        pedido exigido calculó calcula estimó estima denunció denuncia lamentaron criticaron defendió defiende
        insistieron advirtieron anunciaron aclaró aclara detalló detalla avisó avisa agregaron
        añadieron explicaron aseguró informó informa informaron apostilló replicó replica
        resumió resume decir zanjó zanja avanzó avanza relató relata contó cuenta narró
        cree creen creía considera consideró opina opinó teme temió espera esperaba confía
        confió sospecha sospechó advirtió advierte defiende sostiene sostuvo manifiesta
        """
        + spanish_forms(
            """
            remarcar matizar puntualizar confesar sentenciar bromear ironizar valorar celebrar
            reivindicar alertar argumentar justificar razonar completar rematar resaltar
            enfatizar recalcar reiterar vaticinar pronosticar augurar garantizar adelantar desvelar
            revelar confirmar cuestionar censurar reprochar expresar destacar apuntar señalar
            indicar explicar afirmar asegurar declarar comentar precisar recordar lamentar
            criticar anunciar reclamar denunciar avisar aclarar detallar informar replicar zanjar
            avanzar relatar narrar considerar opinar esperar sospechar calcular estimar subrayar
            agregar plantear apostillar contestar insinuar discrepar exclamar ratificar
            responder añadir insistir admitir rebatir aludir asumir coincidir defender sostener
            reaccionar protestar quejar gritar clamar suspirar reconocer prometer temer comprender
            recordar contar calificar advertir
            """
        )
    ),
    fillers=words("ha han había habían también luego después además entonces"),
    source_before=words("según"),
    opinion_sources=words("para"),
    source_phrases=(("a", "juicio", "de"), ("en", "palabras", "de"), ("de", "acuerdo", "con")),
    source_after=frozenset(),
    complementisers=words("que"),
    determiners=words("el la los las un una su sus del al este esta ese esa aquel aquella"),
    titles=words(
        """
        ministro ministra presidente presidenta alcalde alcaldesa portavoz diputado diputada
        senador senadora director directora secretario secretaria general consejero consejera
        concejal concejala juez jueza fiscal abogado abogada doctor doctora profesor profesora
        sr. sra. dr. dra. don doña jefe jefa delegado delegada gobernador gobernadora
        entrenador entrenadora técnico técnica capitán capitana jugador jugadora delantero
        portero acusado acusada procesado procesada magistrado magistrada comerciante vendedor
        vendedora agricultor agricultora regante ganadero ganadera vecino vecina empresario
        empresaria economista experto experta médico médica fundador fundadora candidato
        candidata edil gerente responsable dirigente hijo hija padre madre hermano hermana
        """
    ),
    particles=words("de del la las los y"),
    pronouns=words("él ella ellos ellas"),
    stop_capitals=words(
        """
        el la los las un una y o pero si cuando según en con sin por para de del al lunes martes
        miércoles jueves viernes sábado domingo ayer hoy mañana además también este esta estos
        estas ese esa no lo le así tras durante hasta desde entre sobre ante bajo aunque porque
        mientras ya sólo solo incluso nadie todo todos cada otro otra ahora después antes a ante hacia
        contra
        """
    ),
    org_cues=words(
        """
        ministerio partido ayuntamiento consejo sindicato asociación federación empresa grupo
        consistorio club fiscalía real atlético deportivo racing unión cd cf ud sd fc sa sl
        """
    ),
    dialogue_dashes=True,
    descriptors=words("empresa compañía grupo dirección entidad departamento"),
    institutions=words(
        """
        ayuntamiento consistorio club gobierno fiscalía policía guardia empresa consejería junta
        diputación ministerio tribunal juzgado sindicato asociación federación universidad hospital
        generalitat xunta cabildo patronal compañía grupo comunidad dirección entidad directiva
        departamento cofradía cámara
        """
    ),
    spokespersons=words("portavoz"),
    quote_references=words("palabras frase declaraciones"),
    infinitive_cues=words("pidió pide prometió promete instó insta exigió exige propuso propone"),
    feminine=words(
        """
        la una esta esa aquella sra. sra doña ministra presidenta alcaldesa diputada senadora
        directora secretaria consejera concejala jueza abogada doctora profesora dra. jefa delegada
        gobernadora
        """
    ),
    masculine=words(
        """
        el un este ese aquel sr. sr don ministro presidente alcalde diputado senador director
        secretario consejero concejal juez abogado doctor profesor dr. jefe delegado gobernador
        """
    ),
    pronoun_genders=(("él", "m"), ("ella", "f")),
    institution_synonyms=(("consistorio", "ayuntamiento"),),
    statement_pronouns=words("así eso esto"),
    null_subject=True,
)
