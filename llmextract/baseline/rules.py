"""Word tables and token-level rules for the rules baseline (``llmextract.baseline.model``).

``baseline`` reads sentences and decides who said what; this module holds what it knows about
words: the tables (cue verbs, titles, organisation cues, countries, ...), tokens, quotation spans
and sentences, the small rules that read a name, a listener or an adjunct at one place in a
sentence, and how name spans become actors. Table entries are lower case; lookups lower-case the
token first. Every look-around is bounded, so the work stays linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from llmextract.llm.answer_schema import LLMActor
from llmextract.schema import ActorType


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
    """
)

# Cues that may come before their speaker: "..., said Hulusi Akar." / "..., says the report."
INVERTING_CUES = _words("said says added asked wrote writes explained noted continued told tweeted replied")

# Cues that stay cues when capitalised in a title-case headline ("Akar Says Talks Will Resume").
HEADLINE_CUES = INVERTING_CUES | _words("tells warns urges vows admits denies insists slams blasts")

# Sources that speak through "In the latest poll, ...".
DATA_SOURCES = _words(
    "poll polls survey surveys study studies report analysis census data results memo filing book"
)

# Cues that are also nouns ("the conference call", "Trump's claims"): they need a plain speaker.
NOUN_CUES = _words(
    """
    call calls claim claims show shows support report reports fear fears hope hopes want plans
    vote attacks states notes tweets warns points statement criticism question questions
    """
)

# Cues whose listener comes right after them: "told reporters", "warned the council".
RECIPIENT_CUES = _words(
    "told tells tell telling asked asks asking warned warns assured urged reminded informed"
)

# Cues in -ing that continue an attribution: "..., adding that ...", "..., saying ...".
PARTICIPLE_CUES = _words("saying adding noting arguing telling asking warning calling")

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

DETERMINERS = _words(
    "the a an one some many several two three most other its their his her our each every another these those"
)

# Sentence openers skipped when looking for the sentence's subject.
OPENERS = _words("but and so yet still however meanwhile also")

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
    majority half third respondents americans manager
    """
)

# Title words: kept as the actor's role, not part of the name ("Defence Minister Hulusi Akar").
TITLE_WORDS = _words(
    """
    president vice minister prime deputy foreign defence defense interior finance secretary state
    sen. senator rep. representative gov. governor mayor chancellor king queen prince princess
    general gen. lt. col. colonel adm. admiral capt. captain sgt. commander chief director
    judge justice attorney ambassador spokesman spokeswoman chairman chairwoman chair ceo
    dr. mr. mrs. ms. prof. professor rev. pope bishop cardinal sheikh emir speaker leader
    commissioner superintendent sheriff officer inspector detective agent former acting
    senior supreme opposition party democratic republican presidential candidate nominee
    u.s. us federal national regional economy economic health education justice trade
    homeland security lawmaker congressman congresswoman councilman councilwoman councillor councilor
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

# Capitalised sentence openers that never start a name run: "Both Blocher", "We Swiss".
NOT_NAME_STARTS = _words("both we i you they he she it all each every neither either no not")

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
    mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. adm. st. jr. sr. rev. inc.
    corp. co. ltd. no. vs. v. u.s. u.k. u.n. e.u. d.c. a.m. p.m. jan. feb. mar. apr. aug.
    sept. sep. oct. nov. dec. fig. al. approx. dept. est. ft. mt. pres.
    """
)

Span = tuple[int, int]
TOKEN = re.compile(r"''|(?:[A-Za-z]\.){2,}|\w[\w'’\-]*\.?|[^\w\s]")
QUOTE_MARK = re.compile(r"''|[“”\"]")
NAME_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’\-]*\.?(?:[ \t]+(?:(?:of|for|de|von|van|der|al|bin|the)[ \t]+)?[A-Z][\w'’\-]*\.?)*"
)
COLON_LINE = re.compile(r"^[ \t]*([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}):[ \t]+(\S[^\n]*)", re.M)
NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|ican|ench|ch|eli|aqi|ani|udi)$")
OPEN, CLOSE = "“", "”"
ENDS = frozenset(".!?")
QUOTES = frozenset(["“", "”", '"', "''"])
CLOSERS = frozenset([",", "”", '"', "''", "—", "“"])  # “ too: often mistyped for ”
NOT_NOUNS = CUE_VERBS | ADJUNCT_WORDS | PREPOSITIONS | FUNCTION_WORDS
AFTER_NAME = CUE_VERBS | _words("was is were are has had have would will could can should may might")


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    word: str  # lower case, without a final full stop
    cap: bool  # starts with an upper-case letter


def tokenize(text: str) -> list[Tok]:
    """Words (with a final full stop kept), abbreviations, and single punctuation marks."""
    found = list(TOKEN.finditer(text))
    texts = [m.group() for m in found]
    words = [s.lower() for s in texts]
    words = [w.rstrip(".") if w[-1] == "." and len(w) > 1 else w for w in words]
    caps = [s[0].isupper() for s in texts]
    return list(map(Tok, [m.start() for m in found], [m.end() for m in found], texts, words, caps))


def quote_spans(text: str) -> list[Span]:
    """Quotation spans with their marks; a quotation its paragraph leaves open runs on."""
    spans: list[Span] = []
    pos = 0
    for para in text.split("\n"):
        p0, pos = pos, pos + len(para) + 1
        open_at: int | None = None
        for m in QUOTE_MARK.finditer(para):
            ch, at = m.group(), p0 + m.start()
            if open_at is None:
                open_at = None if ch == CLOSE else at
            elif ch != OPEN or (para[m.start() - 1] in ",.?!" and para[m.end() : m.end() + 1] in " "):
                spans.append((open_at, at + len(ch)))  # also a mistyped “ closing a quotation
                open_at = None
            else:
                open_at = at
        if open_at is not None and len(text[open_at : p0 + len(para)].split()) > 2:
            spans.append((open_at, p0 + len(para.rstrip())))
    joined: list[Span] = []
    for s, e in spans:
        if joined and text[joined[-1][1] - 1] not in "”\"'":
            gap = text[joined[-1][1] : s]
            if "\n" in gap and not gap.strip():
                joined[-1] = (joined[-1][0], e)
                continue
        joined.append((s, e))
    return joined


def quote_mask(toks: list[Tok], quotes: list[Span]) -> list[bool]:
    """For each token, whether it lies strictly inside a quotation (the marks excluded)."""
    mask = [False] * len(toks)
    starts = [t.start for t in toks]
    for qs, qe in quotes:
        i, j = bisect_right(starts, qs), bisect_left(starts, qe)
        while j > i and toks[j - 1].end >= qe:
            j -= 1
        mask[i:j] = [True] * (j - i)
    return mask


def sentences(text: str, toks: list[Tok], in_quote: list[bool], quotes: list[Span]) -> list[Span]:
    """Token ranges of sentences; no break inside a quotation except at a paragraph end."""
    q_starts = {qs for qs, _ in quotes}
    q_ends = {qe for _, qe in quotes}
    out: list[Span] = []
    start = 0
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if "\n" in text[t.end : nxt.start]:
            out.append((start, i + 1))
            start = i + 1
        elif not in_quote[i]:
            if t.end in q_ends and i > 0:
                final = toks[i - 1].text[-1] in ENDS and ends_sentence(toks[i - 1])
                # “Why not?” Akar asked. -- the attribution still belongs to the quotation
                final = final and not any(_closing_cue(toks, p) for p in range(i + 1, min(i + 5, len(toks))))
            else:
                final = t.start not in q_starts and ends_sentence(t)
            if final and (nxt.cap or nxt.start in q_starts):
                out.append((start, i + 1))
                start = i + 1
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _closing_cue(toks: list[Tok], p: int) -> bool:
    """Whether toks[p] is a cue that ends its sentence: "asked." in "“Why?” Akar asked."."""
    last = p + 1 >= len(toks) or toks[p + 1].text in ENDS
    return toks[p].word in CUE_VERBS and (toks[p].text[-1] == "." or last)


def plain_speaker(toks: list[Tok], a: int, b: int) -> bool:
    """A speaker a cue that is also a noun needs: a pronoun, a name, a speaking noun."""
    last = toks[b]
    if last.text.endswith(("'s", "’s")) or (toks[a].word in DETERMINERS and last.word not in SPEAKER_NOUNS):
        return False
    return last.word in PRONOUNS or last.cap or last.word in SPEAKER_NOUNS


def ends_sentence(tok: Tok) -> bool:
    if tok.text in ENDS:
        return True
    return tok.text.endswith(".") and tok.text.lower() not in ABBREVIATIONS and len(tok.text) > 2


def name_back(toks: list[Tok], j: int, lo: int) -> int | None:
    """Start index of a speaker phrase ending at token j (inclusive), or None."""
    t = toks[j]
    w = t.word
    if w in PRONOUNS:
        if w == "who" and j - 1 > lo and toks[j - 1].text == ",":
            return name_back(toks, j - 2, lo)
        return j
    if t.cap and w not in STOP_CAPITALS:
        a = j
        while a - 1 >= lo and j - a < 8:
            p = toks[a - 1]
            particle = p.word in NAME_PARTICLES and a - 2 >= lo and toks[a - 2].cap
            if (p.cap and p.word not in STOP_CAPITALS) or p.word in TITLE_WORDS or particle:
                a -= 1
            else:
                break
        while a < j and toks[a].word in NAME_PARTICLES:
            a += 1
        return a
    if t.text[0].isalpha() and w not in NOT_NOUNS:
        # "the party's chief strategist", "officials" -- a determiner or a speaking noun
        a = j
        while a - 1 >= lo and j - a < 4:
            p = toks[a - 1]
            if p.word in DETERMINERS:
                return a - 1
            if p.cap and p.text.endswith(("'s", "’s")):  # "Donald Trump's campaign manager"
                a -= 1
                while a - 1 >= lo and toks[a - 1].cap and j - a < 8:
                    a -= 1
                return a
            if not p.text[0].isalpha() or p.word in NOT_NOUNS:
                break
            a -= 1
        return a if w in SPEAKER_NOUNS else None
    return None


def is_tail(toks: list[Tok], i: int, hi: int, cue: str) -> bool:
    """True when tokens from i only close the attribution: ".", " on Sunday.", " of Trump, ..."."""
    if toks[i].text in ENDS:
        return True
    w = toks[i].word
    if not (w in TAIL_STARTS or w.endswith("ly")) or (w == "to" and cue not in INVERTING_CUES):
        return False  # "declined to comment": the "to" opens the content
    for j in range(i, min(hi, i + 16)):
        t = toks[j]
        if t.word == "that" or t.text in (":", OPEN, '"'):
            return False
        if t.word in CUE_VERBS and toks[j - 1].word not in TAIL_STARTS:  # but "said when asked"
            return False
        if t.text in ENDS or t.text == "," or t.text.endswith("."):
            return True
    return False


def skip_listener(toks: list[Tok], cue: str, i: int, hi: int) -> int:
    """Index after the listener of "told reporters" / "told The Daily Courier", if any."""
    if cue not in RECIPIENT_CUES or i >= hi:
        return i
    if toks[i].word in LISTENER_WORDS:
        return i + 1
    j = i + 1 if toks[i].word == "the" else i
    while j < min(hi, i + 8) and (toks[j].cap or toks[j].text in ("'s", "’s")):
        j += 1
    return j if j > i and toks[j - 1].text[0].isupper() else i


def skip_to_content(toks: list[Tok], cue: str, i: int, hi: int) -> int:
    """Skip the listener, a short adjunct ("in a statement") and a colon before the content."""
    i = skip_listener(toks, cue, i, hi)
    if i < hi and toks[i].word in PREPOSITIONS:
        for j in range(i + 1, min(hi, i + 8)):
            if toks[j].word == "that" or toks[j].text in (":", ","):
                i = j
                break
            if toks[j].text in QUOTES or toks[j].word in CUE_VERBS:
                break
    while i < hi and toks[i].text in (",", ":"):
        i += 1
    return i


def split_role(name: str) -> tuple[str, str | None]:
    """'Turkish Defence Minister Hulusi Akar' -> ('Hulusi Akar', 'Turkish Defence Minister')."""
    words = name.split()
    i = len(words) - 1  # the name is the capitalised run after the last title word
    while i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in TITLE_WORDS | ORG_CUES:
        i -= 1
    titled = i > 0 and (words[i - 1].lower() in TITLE_WORDS or NATIONALITY.match(words[i - 1]))
    person = words[i][:1].isupper() and actor_type(" ".join(words[i:])) == "person"
    # "Ministry of Foreign Affairs" is no minister called Affairs
    lone = i == len(words) - 1 and any(w.lower() in NAME_PARTICLES for w in words[:i])
    return (" ".join(words[i:]), " ".join(words[:i])) if titled and person and not lone else (name, None)


def actor_type(name: str) -> ActorType:
    low = name.lower()
    if low in STATES:
        return "state"
    if any(w in ORG_CUES for w in low.split()) or (name.isupper() and len(name) > 1):
        return "organization"
    return "person"


def actors(text: str, speakers: list[tuple[str, str | None]]) -> list[LLMActor]:
    """Speakers with names, and name spans with a title, an organisation cue or a country name."""
    actors: dict[str, LLMActor] = {}

    def add(raw: str, role: str | None) -> None:
        words = raw.split()
        while words and words[0].lower() in STOP_CAPITALS:
            words = words[1:]
        if not words or not words[0][0].isupper() or words[-1].lower() in ("act", "bill", "law"):
            return
        if len(words) == 1 and (len(words[0]) < 3 or (words[0].isupper() and len(words[0]) > 5)):
            return  # initials, or a dateline such as "WASHINGTON"
        name, title = split_role(" ".join(words))
        kind = actor_type(name)
        if name not in actors and not (kind == "person" and name.lower() in SPEAKER_NOUNS | PRONOUNS):
            actors[name] = LLMActor(name=name, type=kind, role=role or title)

    for speaker, role in speakers:
        if speaker.split()[0].lower() not in PRONOUNS:
            add(speaker, role)
    # a run seen only after "in", "at", "from", ... is a place ("in Port Ellery"), not an actor
    seen_as_actor: dict[str, bool] = {}
    for match in NAME_RUN.finditer(text):
        before = text[max(0, match.start() - 8) : match.start()].split()
        place = bool(before) and before[-1].lower() in PLACE_PREPOSITIONS
        run = match.group().rstrip(".")
        seen_as_actor[run] = seen_as_actor.get(run, False) or not place
    for run, as_actor in seen_as_actor.items():
        words = run.lower().split()
        if not as_actor and run.lower() not in STATES:
            continue
        if re.search(r"\w{4}\. ", run) or words[0].endswith("ly") or words[0] in NOT_NAME_STARTS:
            continue  # "Schengen. Ultimately", "Interestingly Blocher", "Both Blocher"
        if (
            run.lower() in STATES
            or any(w in ORG_CUES for w in words[1:])
            or (len(words) > 1 and words[0] in TITLE_WORDS)
            or words[0] in ("congress", "parliament")
            or (len(words) in (2, 3) and not any(w in STOP_CAPITALS or w in NAME_PARTICLES for w in words))
        ):
            add(run, None)
    surnames = {n.rsplit(" ", 1)[1] for n in actors if " " in n}  # "Akar" goes with "Hulusi Akar"
    return [a for n, a in actors.items() if " " in n or n not in surnames]
