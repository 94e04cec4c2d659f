"""Word tables of the rules baseline: cue verbs, titles, organisation cues, countries, ...

The rules read words only through these tables. Entries are lower case; lookups lower-case the
token first.
"""

from __future__ import annotations

import re

from llmextract.baseline.verb_forms import verb_forms


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _phrases(block: str) -> list[str]:
    return [p.strip() for p in block.split(",")]


# Verbs (all forms in use) that introduce what someone said, wrote, believes or wants. Reported
# speech in news goes far beyond "said": polls "show", aides "argue", candidates "vow".
CUE_VERBS = _words(
    """
    said says say saying told tells tell telling added adds adding wrote writes write writing
    asked asks asking noted notes noting explained explains explaining warned warns warning
    argued argues argue arguing claimed claims claim claiming insisted insists insist insisting
    stated states stating declared declares declaring announced announces announcing
    suggested suggests suggest suggesting acknowledged acknowledges acknowledging admitted admits
    believes believe believed thinks think thought contended contends replied replies responded
    tweeted tweets posted predicted predicts predicting promised promises promising pledged pledges
    vowed vows recalled recalls recalling confirmed confirms denied denies reported reports
    revealed reveals stressed stresses emphasized emphasised maintained maintains complained
    complains conceded concedes concluded concludes observed observes indicated indicates hinted
    alleged alleges urged urges urging continued countered cautioned estimated estimates
    found finds show shows showed shown feared fears fear hopes hoped hope expects expected
    worried worries wants wanted knows knew feels felt mentioned mentions joked boasted
    charged lamented quipped wondered testified reiterated repeated agreed disagreed
    announced predicted accused accuses criticized criticised criticizes blasted slammed praised
    praises defended defends endorsed endorses supported supports opposed opposes rejected
    rejects dismissed dismisses denounced condemned questioned demanded demands proposed
    proposes called calls calling described describes describing insisted assured told
    declined declines refused refuses seemed seems appeared appears support supporting backing
    backed backs want expressed expresses see sees sought seeks seeking referring referred spoke
    offered voted call talking talked plans planned know cited citing showing named hoping
    decided signed blamed blames feel focused raised ordered pushed discussed mocked mention
    mentioned filed agree agrees attacked attacks touted touts highlighted emphasizing
    echoed endorse vote appear shared criticizing pointing looking considered released gave
    provided respond responds discuss questioning recommended recommends acknowledge explain
    pointed
    """
)

# Verbs of speech, writing and thought that report what someone said or believes, in every form
# (``verb_forms``): "notes", "noted", "noting". Verbs that are as often nouns or titles ("rule",
# "judge", "figure", "project") are left out.
CUE_LEMMAS = _words(
    """
    learn recognize recognise assert speculate remark suspect anticipate imply calculate foresee
    predict bemoan decry fret muse surmise grumble concur posit theorize theorise opine affirm
    reaffirm profess acknowledge disclose divulge inform notify caution advise remind stipulate
    specify determine deem imagine reckon wonder contemplate pronounce proclaim mutter whisper
    shout yell scream protest retort rebut counter snap fume scoff vent concede note expect warn
    indicate find worry insist confirm hint allege admit predict recall repeat reiterate explain
    announce declare argue claim suggest believe think know hope fear say tell write ask add
    reply respond tweet post promise pledge vow deny reveal stress emphasize emphasise maintain
    complain conclude observe urge estimate testify lament quip boast agree disagree describe
    assure understand
    praise defend denounce condemn blame accuse slam blast refuse demand reject criticize
    criticise endorse support oppose dismiss question propose decline seem appear want plan
    describe offer cite mention discuss favor favour advocate embrace threaten thank request
    encourage portray applaud highlight underscore welcome mock challenge assail recommend
    """
)
CUE_VERBS = CUE_VERBS | frozenset(form for lemma in CUE_LEMMAS for form in verb_forms(lemma))

# Cues that may come before their speaker: "..., said Hulusi Akar." / "..., says the report."
INVERTING_CUES = _words("said says added asked wrote writes explained noted continued told tweeted replied")

# Cues that stay cues when capitalised in a title-case headline ("Akar Says Talks Will Resume").
HEADLINE_CUES = INVERTING_CUES | _words("tells warns urges vows admits denies insists slams blasts")

# Sources that speak through "In the latest poll, ...".
DATA_SOURCES = _words(
    "poll polls survey surveys study studies report analysis census data results memo filing book"
    " filings records documents emails figures numbers estimates statistics tallies projections"
)

# Cues that are also nouns ("the conference call", "Trump's claims"): they need a plain speaker.
NOUN_CUES = _words(
    """
    call calls claim claims show shows support report reports fear fears hope hopes want plans
    vote attacks states notes tweets warns points statement criticism question questions
    offer offers demand demands request requests favor favors favour challenge challenges
    welcome blast blasts slam slams decline declines praise mention mentions plan embrace
    thanks highlight highlights support supports appears
    """
)

# Headlines report in the present: any cue verb's third person that is no noun too ("Endorses",
# "Praises"; never "Shows", "Claims").
HEADLINE_CUES = HEADLINE_CUES | frozenset(
    w for w in CUE_VERBS if w.endswith("s") and not w.endswith("ss") and w not in NOUN_CUES
)

# Cues whose listener comes right after them: "told reporters", "warned the council".
RECIPIENT_CUES = _words(
    "told tells tell telling asked asks asking warned warns assured urged reminded informed"
)

# Cues in -ing that continue an attribution: "..., adding that ...", "..., saying ...".
PARTICIPLE_CUES = _words("saying adding noting arguing telling asking warning calling") | frozenset(
    w for w in CUE_VERBS if w.endswith("ing") and w not in ("seeking", "looking", "showing", "offering")
)

# Listeners that follow a recipient cue without a capital: "told reporters".
LISTENER_WORDS = _words(
    "him her them us me you reporters journalists supporters listeners viewers voters lawmakers"
)

PREPOSITIONS = _words("on in at during via to after before over through with from")

# Words that open an attribution's closing adjunct: "..., she said on Monday." / "..., he said of Trump."
TAIL_STARTS = PREPOSITIONS | _words(
    """
    of while when as last this yesterday today tonight earlier later recently afterward
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Words after "this" or "last" that make a time: "said this week", never "think this plan".
TIME_WORDS = _words(
    "week month year morning afternoon evening night weekend spring summer fall autumn winter time"
)

DETERMINERS = _words(
    "the a an one some many several two three most other its their his her our each every another these those"
)

# Sentence openers skipped when looking for the sentence's subject.
OPENERS = _words("but and so yet still however meanwhile also")

# Words that open an introductory phrase before a sentence's subject: "In an interview, ...".
INTRODUCING_WORDS = _words("in at on during after before since when while with for despite like under")

# Words that never head a speaker phrase.
FUNCTION_WORDS = _words(
    """
    and or but that which who whom whose what when where why how if as than not is was are were be
    been has had have would will could can should may might
    """
)

# Words that may stand between a speaker and the cue, or between the cue and the content.
ADJUNCT_WORDS = _words(
    """
    also both has had have previously later then repeatedly once reportedly publicly recently already
    again often frequently still first last earlier has also would will did does just even
    never only further quickly flatly bluntly simply openly privately long separately
    now always ever too all each himself herself themselves itself soon today yesterday
    """
)

PRONOUNS = _words("he she they we i it you who nobody everyone everybody someone somebody anyone")

# Common nouns that speak in the news: "officials said", "the report found".
SPEAKER_NOUNS = _words(
    """
    official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers
    advisor advisors analyst analysts expert experts critic critics source sources police
    campaign poll polls survey surveys study studies report reports statement researchers
    lawmakers legislators senators voters supporters opponents leaders leader candidates candidate
    president minister governor mayor senator judge court government administration committee
    department ministry agency party company group groups people residents witnesses activists
    democrats republicans conservatives liberals observers economists strategists prosecutors
    authorities officers investigators diplomats members member spokesmen director chief
    executive economist strategist organizers protesters demonstrators doctors scientists
    lawyer lawyers attorney attorneys newspaper paper network magazine website letter memo
    document documents data figures website organization organisation union council army
    military ministry office parliament congress others many some most few several percent
    majority half third respondents americans manager advocates allies donors insiders politicians
    employees executives fans rivals delegates filings records polling parties sides
    """
)

# Title words: kept as the actor's role, not part of the name ("Defence Minister Hulusi Akar").
TITLE_WORDS = _words(
    """
    president vice minister prime deputy foreign defence defense interior finance secretary state
    sen. sens. senator senators rep. reps. representative gov. govs. governor mayor chancellor
    king queen prince princess
    general gen. lt. col. colonel adm. admiral capt. captain sgt. commander chief director
    judge justice attorney ambassador spokesman spokeswoman chairman chairwoman chair ceo
    dr. mr. mrs. ms. prof. professor rev. pope bishop cardinal sheikh emir speaker leader
    commissioner superintendent sheriff officer inspector detective agent former acting
    senior supreme opposition party democratic republican democrat presidential candidate nominee
    u.s. us federal national regional economy economic health education justice trade
    homeland security lawmaker adviser advisor counsel congressman congresswoman
    councilman councilwoman councillor councilor principal headteacher headmaster headmistress
    dean provost coach
    """
)

# Words that mark a name span as an organisation.
ORG_CUES = _words(
    """
    ministry party council agency inc. inc corp. corp corporation company co. ltd. ltd llc
    university college institute foundation association committee commission department
    office bureau court parliament congress senate assembly union federation league bank
    group organization organisation network news times post journal tribune press service
    army navy police force forces command administration government campaign center centre
    school hospital church board fund society coalition alliance movement front pac fbi cia
    nato un eu cnn bbc nbc abc cbs fox reuters ap house energy airlines motors holdings media
    images brotherhood parenthood nations authority tribunal cabinet chamber club guard corps
    """
)

PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "off"})

# A small list of countries and state-like actors, matched as whole names.
STATES = _words(
    """
    afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh
    belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chad chile china
    colombia croatia cuba cyprus czechia denmark egypt estonia ethiopia finland france georgia
    germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy japan
    jordan kazakhstan kenya kosovo kuwait latvia lebanon libya lithuania malaysia mali mexico
    moldova mongolia montenegro morocco myanmar nepal netherlands nigeria norway oman pakistan
    palestine panama peru philippines poland portugal qatar romania russia rwanda serbia
    singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania
    thailand tunisia turkey türkiye uganda ukraine uruguay uzbekistan venezuela vietnam yemen
    zambia zimbabwe britain england scotland wales america
    """
) | frozenset(
    _phrases(
        """united states, united kingdom, saudi arabia, south africa, south korea, north korea,
        new zealand, united arab emirates, the united states, the u.s., u.s., u.k."""
    )
)

# Last words of capitalised runs that name places, events, days and texts, not actors.
NOT_ACTOR_ENDS = _words(
    """
    county street avenue road square city town village island islands valley river
    coast beach mountains district province region capitol monument room building
    airport stadium bridge station border day week war wars amendment constitution breakfast summit
    convention agreement treaty plan award awards prize games cup olympics election
    elections primary caucus caucuses debate program programme initiative
    """
)

# First words of place names: "South Carolina", "Middle East", "Capitol Hill".
PLACE_STARTS = _words(
    "north south east west northern southern eastern western middle central upper lower capitol"
)

# Capitalised sentence openers that never start a name run: "Both Blocher", "We Swiss".
NOT_NAME_STARTS = _words(
    "both we i you they he she it all each every neither either no not some many most several few"
)

# Lower-case words allowed inside a name: "Ursula von der Leyen", "Bashar al-Assad".
NAME_PARTICLES = _words("von van der de del della da dos du la le al bin ibn el of the")

# Capitalised words that start sentences or name days, never speakers by themselves.
STOP_CAPITALS = _words(
    """
    the a an and but or so yet if when while as after before since because although though
    in on at by for from with without into over under about against during this that these
    those there here it its his her their our my your monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december meanwhile however also still then now later earlier today
    yesterday tonight last next but
    """
)

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = _words(
    """
    mr. mrs. ms. dr. prof. sen. sens. rep. reps. gov. govs. gen. lt. col. capt. sgt. adm. st. jr. sr.
    rev. inc.
    corp. co. ltd. no. vs. v. u.s. u.k. u.n. e.u. d.c. a.m. p.m. jan. feb. mar. apr. aug.
    sept. sep. oct. nov. dec. fig. al. approx. dept. est. ft. mt. pres.
    """
)


NOT_NOUNS = CUE_VERBS | ADJUNCT_WORDS | PREPOSITIONS | FUNCTION_WORDS
AFTER_NAME = CUE_VERBS | _words("was is were are has had have would will could can should may might")

# Words before a name that say how many of a group: "Some Democrats", "Several observers" are
# some of a group, no actor (``actors.names.is_generic`` reads speakers so too).
QUANTIFIERS = _words("some several other others many most few both")

# Words before a name that tell the reader to do something or open a clause: "Follow Pam Key",
# "Whether Clinton": the actor is what follows.
LEADING_NOT_NAME = _words("follow whether unlike like once following")
# A name does not end in a day: "Ann Lee Friday" is Ann Lee, on Friday.
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# A legislator's party and state after the name ("Ann Lee, R-Wis.", "(D-N.Y.)"): no name of its own.
PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")

# A person's name does not end in a people's plural: "Muslim Americans", "African Americans",
# "Evangelical Christians" are groups.
GROUP_PLURALS = _words(
    """
    americans muslims christians jews catholics evangelicals latinos hispanics asians africans
    europeans immigrants voters supporters democrats republicans conservatives liberals
    progressives veterans women men students workers
    """
)

# Words the cue rules read between a speaker and a cue, and around "according to".
BE_WORDS = frozenset({"is", "are", "was", "were", "been", "be"})
GO_ON_WORDS = frozenset({"continued", "continues", "continue", "began", "begins", "begin"})
# Prepositions opening an adjunct between commas before a cue: "The council, in a statement, said".
ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "through", "via"})
# Words opening an aside between commas before a cue: "Several mayors, including Lee, said",
# "Its backers, however, say".
ASIDE_WORDS = frozenset({"however", "including", "though", "too", "meanwhile", "like", "unlike", "for", "by"})
# Number words that end a subject: "One in three said", "About one in five say".
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# "made clear", "made it clear": the speaker makes a statement plain.
MAKE_WORDS = frozenset({"made", "make", "makes", "making"})
# Modal verbs between a speaker and the cue ("may suggest"): the speaker must then be plain.
MODALS = frozenset({"could", "can", "may", "might", "should", "must", "shall"})
ADJUNCT_WORDS = ADJUNCT_WORDS | MODALS
# Words before "to" and a cue whose subject is the speaker's: "is trying to show", "are likely to say".
INFINITIVE_LEADS = frozenset(
    {"trying", "tried", "tries", "try", "sought", "seeks", "seek", "seeking", "wanted", "wants", "want"}
    | {"likely", "unlikely", "able", "unable", "eager", "quick", "ready", "willing", "going", "expected"}
    | {"refused", "refuses", "declined", "declines", "decided", "decides", "needs", "need", "used"}
)
# The speech and thought verbs a modal or "trying to" may stand before ("may suggest", "is trying to
# show"); other cues there are plans and abilities ("can offer", "could find").
SPEECH_AFTER_MODAL = frozenset(
    {"say", "tell", "argue", "claim", "suggest", "insist", "explain", "admit", "deny", "warn", "note"}
    | {"predict", "concede", "acknowledge", "contend", "recall", "believe", "think", "show", "prove"}
    | {"convince", "persuade", "demonstrate", "portray", "paint", "describe", "question", "ask", "agree"}
)
# Comparatives before those words: "are more likely to say".
DEGREE_WORDS = frozenset({"more", "less", "most", "least", "very", "so", "as"})
WENT_WORDS = frozenset({"went", "goes", "go"})
ACCORDANCE_WORDS = frozenset(
    {"law", "laws", "rule", "rules", "plan", "plans", "schedule", "procedure", "procedures", "protocol"}
    | {"tradition", "custom", "design", "policy", "guidelines", "regulations", "statute", "constitution"}
)
MAX_SOURCE_TOKENS = 20  # tokens of "according to X": "early results of exit polls conducted for the AP"
ASPECT_WORDS = frozenset({"continued", "continues", "continue", "began", "begins"})


# The subject of a cue read back to its clause's start ("The new poll of voters in all 50 states
# revealed"): words that open the clause, the prepositions and quantifiers a subject may hold
# ("in both coastal districts"), and its length.
SUBJECT_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "—", "--", "-", "that", "but", "and", "while"})
SUBJECT_INNER_WORDS = frozenset({"in", "from", "at", "with", "across", "over", "both", "all", "each"})
MAX_SUBJECT_TOKENS = 12
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
