"""German stance words: „unterstützt“, „wird von … unterstützt“, „forderte ein Ende der Unterstützung für“."""

from __future__ import annotations

from llmextract.baseline.languages.stance_words import StanceWords, phrases, words

GERMAN_STANCES = StanceWords(
    code="de",
    support=words(
        """
        unterstützt unterstützte unterstützten unterstützen befürwortet befürwortete befürworten
        lobt lobte lobten gelobt begrüßt begrüßte begrüßten begrüßen würdigt würdigte gewürdigt
        verteidigt verteidigte verteidigten dankte dankt gedankt anerkannt anerkennt erkennt
        """
    ),
    oppose=words(
        """
        kritisiert kritisierte kritisierten kritisieren verurteilt verurteilte verurteilten
        verurteilen lehnt lehnte lehnten abgelehnt wirft warf beschuldigt beschuldigte
        beschuldigten attackiert attackierte greift griff angegriffen angriff verurteilt
        """
    ),
    oppose_phrases=phrases(
        """
        forderte ein * ende der, fordert ein * ende der, forderten ein * ende der,
        fordern ein * ende der, verlangte ein * ende der, verlangt ein * ende der,
        rief zu einem * ende der, spricht sich gegen, sprach sich gegen, stimmte gegen,
        stimmten gegen, wandte sich gegen, wendet sich gegen
        """
    ),
    support_phrases=phrases(
        """
        spricht sich für, sprach sich für, stimmte für, stimmten für, stellte sich hinter,
        stellt sich hinter
        """
    ),
    fillers=words(
        """
        hat haben hatte hatten auch erneut scharf heftig deutlich öffentlich ausdrücklich am
        montag dienstag mittwoch donnerstag freitag samstag sonntag zudem bereits
        """
    ),
    object_words=words(
        """
        den die das dem der des seinen seine ihren ihre präsident präsidentin
        minister ministerin kanzler kanzlerin chef chefin bürgermeister bürgermeisterin herr frau
        am montag dienstag mittwoch donnerstag freitag scharf heftig erneut auch
        """
    ),
    via_words=words(
        """
        der die das des den dem jeglicher jeder ausländischen militärischen finanziellen
        unterstützung hilfe waffenlieferungen waffen für an von
        """
    ),
    negations=words("nicht nie niemals kein keine keinen keinem keiner weder"),
    conditionals=words("wenn falls ob warum wie"),
    passive_aux=words("wird wurde werden wurden worden ist sind war waren auch offen"),
    agents=words("von vom"),
    and_words=words("und"),
    joiners=words("und , sowie als auch der die das den dem"),
    relatives=words("der die das , wird wurde"),
    backer_nouns=words("unterstützer unterstützern förderer verbündeten"),
    stop_verbs=words("aufhören einstellen beenden stoppen"),
    modals=words("sollten sollte müssen muss müssten"),
    urge_verbs=words("forderte fordert forderten rief ruft"),
    infinitive=words("auf zu"),
    first_person=words("ich wir"),
    pronouns=words("er sie"),
    support_nouns=words("unterstützung lob"),
    oppose_nouns=words("kritik"),
    receive_verbs=words("erhielt erhält erntete erntet bekam bekommt"),
    sources=words("von vom aus"),
    ally_nouns=words("verbündeter verbündete unterstützer anhänger"),
    critic_nouns=words("kritiker kritikerin gegner gegnerin"),
    of_words=words("von des der"),
    copulas=words("ist war sei bleibt"),
    praise=words("hervorragend hervorragende mutig mutige ehrlich kompetent großartig"),
    blame=words(
        "korrupt korrupte gefährlich gefährliche verantwortungslos inkompetent unfähig inakzeptabel skandalös"
    ),
    verb_final_aux=words("hat haben hatte hatten wird wurde werden wurden ist sind"),
)
