"""Rules that read one phrase at one place in a sentence: a speaker's name, a listener, an adjunct.

The sentence rules (``llmextract.baseline.attribution``) call these at a cue; each looks a bounded
number of tokens around it.
"""

from __future__ import annotations

from llmextract.baseline.name_words import QUALIFIER
from llmextract.baseline.tokens import ENDS, OPEN, QUOTES, Tok, ends_sentence
from llmextract.baseline.word_tables import (
    AFTER_NAME,
    CUE_VERBS,
    DATA_SOURCES,
    DETERMINERS,
    INTRODUCING_WORDS,
    INVERTING_CUES,
    LISTENER_WORDS,
    MAX_SUBJECT_TOKENS,
    NAME_PARTICLES,
    NOT_NOUNS,
    NUMBER_WORDS,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    RECIPIENT_CUES,
    SPEAKER_NOUNS,
    STOP_CAPITALS,
    SUBJECT_BOUNDARIES,
    SUBJECT_INNER_WORDS,
    TAIL_STARTS,
    TIME_WORDS,
    TITLE_WORDS,
    WEEKDAYS,
)

_PRONOUNS_OR_SPEAKER_NOUNS = PRONOUNS | SPEAKER_NOUNS  # built once, not on each test
_MAX_SUBJECT_WORDS = 5  # words after the determiner of "the spokesman", "a U.S. District Court judge"
_CONTRACTED_AUXILIARIES = frozenset({"s", "ve", "d"})  # "he's said", "they've said", "she'd said"


def plain_speaker(toks: list[Tok], a: int, b: int) -> bool:
    """A speaker a cue that is also a noun needs: a pronoun, a name, a speaking noun."""
    last = toks[b]
    speaking = last.word in SPEAKER_NOUNS or last.word in DATA_SOURCES  # "the filings show"
    if last.text.endswith(("'s", "’s")) or (toks[a].word in DETERMINERS and not speaking):
        return False
    return last.word in PRONOUNS or last.cap or last.word in SPEAKER_NOUNS or last.word in DATA_SOURCES


def contracted_pronoun(word: str) -> str | None:
    """The pronoun of "he's", "they’ve", "she'd" (an auxiliary contracted onto it), or None."""
    stem, mark, rest = word.replace("’", "'").partition("'")
    return stem if mark and rest in _CONTRACTED_AUXILIARIES and stem.lower() in PRONOUNS else None


def name_back(toks: list[Tok], j: int, lo: int) -> int | None:
    """Start index of a speaker phrase ending at token j (inclusive), or None."""
    t = toks[j]
    w = t.word
    if w in PRONOUNS or contracted_pronoun(w) is not None:  # "he said", "he's said"
        if w == "who" and j - 1 > lo and toks[j - 1].text == ",":
            return name_back(toks, j - 2, lo)
        return j
    if t.cap and w not in STOP_CAPITALS:
        a = j
        while a - 1 >= lo and j - a < 8:
            p = toks[a - 1]
            particle = p.word in NAME_PARTICLES and a - 2 >= lo and toks[a - 2].cap
            qualifier = QUALIFIER.match(p.text)  # "the Tripoli-based Government of National Accord"
            if (p.cap and p.word not in STOP_CAPITALS and not qualifier) or p.word in TITLE_WORDS or particle:
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


def clause_subject(toks: list[Tok], j: int, lo: int) -> int | None:
    """Start of a plain noun phrase that opens its clause and ends at token j, or None: the
    subject of "security specialists say", "About three-quarters support", "26% say", "The new
    poll of voters in all 50 states revealed". Any verb, auxiliary or relative word on the way
    back means the phrase is no plain subject."""
    if not (_subject_head(toks[j]) or (toks[j].text == "%" and j > lo and toks[j - 1].text[0].isdigit())):
        return None
    a = j
    while a - 1 >= lo and j - a < MAX_SUBJECT_TOKENS:
        p = toks[a - 1]
        if p.text in SUBJECT_BOUNDARIES or p.word in SUBJECT_BOUNDARIES or p.text in QUOTES:
            break
        if p.text in ENDS or (p.word in NOT_NOUNS and p.word not in SUBJECT_INNER_WORDS):
            return None
        a -= 1
    else:
        if a > lo:
            return None  # too long to be one subject
    return a


def _subject_head(tok: Tok) -> bool:
    """A word that may end a plain subject: a number or share ("26%", "three-quarters", "one in
    five"), a
    plural ("specialists"), or a speaking noun; singular words there are as often adjectives
    ("More challenging", "Democratic") as subjects."""
    w = tok.word
    if w in NUMBER_WORDS and tok.text.islower():  # "one in five" (a determiner elsewhere)
        return True
    if w in NOT_NOUNS or w in DETERMINERS or "'" in w or "’" in w or not tok.text[0].isalnum():
        return False
    if tok.text[0].isdigit() or w in SPEAKER_NOUNS or w in DATA_SOURCES:
        return True
    return tok.text.islower() and w.endswith("s") and not w.endswith(("ss", "ous", "ics"))


def name_ends_sentence(toks: list[Tok], j: int, hi: int) -> bool:
    """Whether a name read forward must stop after token j: its full stop ends the sentence.

    "Lee." ends one ("said Mayor Ann Lee. The council met."); an abbreviation ("Dr.", "Jr.",
    "U.S.") does too when the next word is one that starts sentences, not names ("Jr. The").
    """
    t = toks[j]
    if not t.text.endswith("."):
        return False
    if ends_sentence(t):
        return True
    return j + 1 < hi and toks[j + 1].word in STOP_CAPITALS and toks[j + 1].cap


def is_time_adjunct(first: str, second: str) -> bool:
    """Whether two words are a time between a speaker and the cue: "on Tuesday", "last month"."""
    if first == "on":
        return second in WEEKDAYS
    return first in ("last", "this", "earlier", "late") and (second in TIME_WORDS or second in WEEKDAYS)


def is_tail(toks: list[Tok], i: int, hi: int, cue: str) -> bool:
    """True when tokens from i only close the attribution: ".", ";", " on Sunday.", " of Trump, ..."."""
    if toks[i].text in ENDS or toks[i].text == ";":  # "..., analysts say; in 2012, ..."
        return True
    w = toks[i].word
    if not (w in TAIL_STARTS or w.endswith("ly")) or (w == "to" and cue not in INVERTING_CUES):
        return False  # "declined to comment": the "to" opens the content
    if w in ("this", "last") and (i + 1 >= hi or toks[i + 1].word not in TIME_WORDS):
        return False  # "said this week" closes; "think this meeting is late" is the content
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
    if j > i and toks[j - 1].text[0].isupper():
        return j
    return _past_described_listener(toks, i, hi)


_LISTENER_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_CLAUSE_OPENERS = _LISTENER_DETERMINERS | {"he", "she", "they", "we", "it", "i"}
_NOT_IN_A_LISTENER = PREPOSITIONS | {"of", "for", "who", "whom", "which", "whose", "and", "or", "but"}


def _past_described_listener(toks: list[Tok], i: int, hi: int) -> int:
    """Index of the content after a listener described by a noun phrase: "told a packed chamber
    that ...", "warned the council the plan ..."; ``i`` when the words after the cue are no such
    phrase. The phrase is at most four lower-case words after its determiner, and the content opens
    with "that" or, after two words or more, with a determiner or a subject pronoun."""
    if toks[i].word not in _LISTENER_DETERMINERS:
        return i
    for j in range(i + 1, min(hi, i + 6)):
        t = toks[j]
        if t.word == "that" and j > i + 1:
            return j
        if t.word in _CLAUSE_OPENERS and j > i + 1:
            return j
        if not t.text.isalpha() or t.cap or t.word in CUE_VERBS or t.word in _NOT_IN_A_LISTENER:
            return i
    return i


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


def name_before_clause(toks: list[Tok], j: int, lo: int) -> tuple[int, int, str | None] | None:
    """Speaker of "Cruz, who has proposed repealing the mandate, said" or "Blunt, facing a
    stiff challenge, noted": the name before a relative or participle clause that the comma at
    j closes."""
    for c in range(j - 1, max(lo, j - 30), -1):
        if toks[c].text in ENDS or toks[c].text in QUOTES:
            return None
        opens = toks[c].word in ("who", "whose") or (toks[c].word.endswith("ing") and toks[c].text.islower())
        if opens and toks[c - 1].text == "," and c - 2 >= lo:
            last = c - 2
            if toks[last].text == ")":  # "Sen. Roy Blunt (R-Mo.), facing ..."
                last = (
                    next((p for p in range(last - 1, max(lo, last - 12), -1) if toks[p].text == "("), lo) - 1
                )
            if last < lo or not toks[last].cap:
                return None
            a = name_back(toks, last, lo)
            return None if a is None else (a, last, None)
    return None


def speaker_after(toks: list[Tok], k: int, hi: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """(first, last, role tokens) of a speaker after an inverted cue: "..., said Hulusi Akar, minister."."""
    a = k
    while a < hi and toks[a].word in DETERMINERS:
        a += 1
    b = a
    for j in range(a, min(hi, a + 8)):
        if toks[j].text in (",", "(") or toks[j].text in ENDS or not toks[j].text[0].isalpha():
            break
        if toks[j].cap:
            b = j + 1
        if name_ends_sentence(toks, j, hi):  # "said Mayor Ann Lee. The council met."
            break
    if b == a:
        if a < hi and toks[a].word in _PRONOUNS_OR_SPEAKER_NOUNS:
            b = a + 1
        else:
            return None
    if b < hi and toks[b].text == ",":
        end = b + 1
        while end < min(hi, b + 30) and toks[end].text not in ENDS:
            end += 1
        return k, b - 1, (b + 1, end - 1) if end - 1 > b else None
    if b < hi and toks[b].word in AFTER_NAME:
        return None
    return k, b - 1, None


def opening_subject(toks: list[Tok], in_quote: list[bool], i0: int, i1: int) -> tuple[int, int] | None:
    """First and last token of the sentence's opening name, pronoun or "the spokesman", past openers, a
    dateline ("ORLANDO, Fla. (Reuters) -") and an introductory phrase ("In an interview, ..."), or None."""
    i = i0
    while i < i1 and (toks[i].word in OPENERS or toks[i].text == ","):
        i += 1
    if i < i1 and toks[i].text.isupper() and len(toks[i].text) > 3:  # a dateline
        dash = next((j for j in range(i + 1, min(i1, i + 12)) if toks[j].text in ("-", "—", "--", "–")), None)
        if dash is None and toks[i].text.isalpha():
            return None
        i = i if dash is None else dash + 1  # "U.S. District Judge Ann Lee ruled": no dateline
    if i < i1 and toks[i].word in INTRODUCING_WORDS:  # "In three interviews, the justice said ..."
        comma = next(
            (j for j in range(i + 1, min(i1, i + 15)) if toks[j].text == "," and not in_quote[j]), None
        )
        if comma is None:
            return None
        i = comma + 1
    if i >= i1:
        return None
    if toks[i].word in PRONOUNS:
        return i, i
    if toks[i].word in DETERMINERS:
        # "the spokesman held a briefing and asked ...": a determiner, a speaking noun, a verb
        for j in range(i + 1, min(i1 - 1, i + 1 + _MAX_SUBJECT_WORDS)):  # "a U.S. District Court judge"
            if not toks[j].text[0].isalpha():
                break
            verb_next = toks[j + 1].text.isalpha() and toks[j + 1].text.islower()
            if verb_next and toks[j].word in SPEAKER_NOUNS and toks[j].text.isalpha():
                return i, j
            if not toks[j].cap and j > i + 2:
                break
    j = i
    while j < min(i1, i + 8) and (toks[j].cap or toks[j].word in NAME_PARTICLES):
        j += 1
        if name_ends_sentence(toks, j - 1, i1):
            break
    return (i, j - 1) if j > i and toks[j - 1].word not in STOP_CAPITALS else None
