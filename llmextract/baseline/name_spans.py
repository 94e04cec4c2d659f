"""Name spans to actors: a speaker's title split off as a role, and capitalised runs that name someone.

Actors come from speaker names and from name spans with a title (person, role kept), with an
organisation cue word (organization), a country from a small list (state), or two or three
capitalised words (person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from llmextract.baseline.name_forms import PARTY_MEMBERS, aliases_of, is_us_politics
from llmextract.baseline.name_words import (
    QUALIFIER,
    NameEvidence,
    headline_pieces,
    lone_common_word,
    name_evidence,
    trim_run,
)
from llmextract.baseline.word_tables import (
    ABBREVIATIONS,
    AFTER_NAME,
    GROUP_PLURALS,
    LEADING_NOT_NAME,
    MODALS,
    NAME_PARTICLES,
    NOT_ACTOR_ENDS,
    NOT_NAME_STARTS,
    NOT_NOUNS,
    ORG_CUES,
    PARTY_TAG,
    PLACE_PREPOSITIONS,
    PLACE_STARTS,
    PRONOUNS,
    QUANTIFIERS,
    SPEAKER_NOUNS,
    STATES,
    STOP_CAPITALS,
    TITLE_WORDS,
    WEEKDAYS,
)
from llmextract.core.answer import LLMActor
from llmextract.schema import ActorType

_CONNECTOR = r"(?:(?:of|for|de|von|van|der|al|bin|the)[ \t]+){0,2}"  # "Speaker of the House Ann Lee"
_CAP_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’\-]*\.?)"  # "U.S." is one word: "U.S. Capitol"
# the first word is _CAP_WORD with its look-behinds after its capital: a pattern that opens with a
# letter class lets ``re`` skip ahead to the next capital (twice as fast over an article)
NAME_RUN = re.compile(
    rf"[A-Z](?<![\w'’].)(?<![A-Z]\..)(?:\.(?:[A-Z]\.)+|[\w'’\-]*\.?)(?:[ \t]+{_CONNECTOR}{_CAP_WORD})*"
)
POSSESSIVE_WORD = re.compile(r"(?<=\w)['’]s?(?=\s|$)")
ACRONYM_AFTER = re.compile(
    r"([A-Z][\w'’\-]*(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w'’\-]*)+)\s+\((?:or\s+(?:the\s+)?)?([A-Z][A-Z.]{1,9})\)"
)
_PAREN_ACRONYM = re.compile(r"\((?:or\s+(?:the\s+)?)?[A-Z][A-Z.]{1,9}\)")  # what ACRONYM_AFTER ends with
# last words of a run that describe rather than name: "the Clean Air Act", "Kentucky Republican"
DESCRIPTION_ENDS = frozenset({"act", "bill", "law", "republican", "democrat"})
ORG_AND = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Committee|Council|Institute|Agency|Authority|School|College)"
    r"\s+of\s+(?:[A-Z][\w'’\-]*,?\s+)+and\s+$"
)
GROUP_HEADS = frozenset({"campaign", "administration"})
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’\-]*)"
AND_BODY = re.compile(
    rf"(?<![\w.'’-])({_NAME_WORD}(?:,?[ \t]+(?:(?:of|for|on|the)[ \t]+)*{_NAME_WORD})*),?[ \t]+and[ \t]+"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})*)(?![\w'’-])"
)
NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|ican|ench|ch|eli|aqi|ani|udi)$")
# unions of word tables, built once here rather than on each test
_TITLES_OR_ORG_CUES = TITLE_WORDS | ORG_CUES
_NOT_LEADING = STOP_CAPITALS | LEADING_NOT_NAME
_NOBODY_NAMED = SPEAKER_NOUNS | PRONOUNS
# lower-case last words of a body or group the article names ("the Lund campaign", "Republican
# senators"); any other lower-case last word ends a description
_COLLECTIVE_HEADS = GROUP_HEADS | frozenset({"government", "committee", "senators", "lawmakers", "groups"})
_NOT_NOUN_AFTER = AFTER_NAME | NOT_NOUNS | MODALS  # "Norway said", "Norway will", "Norway and"
# last words of a body's name that holds "and" ("Ways and Means Committee", "Immigration and Customs
# Enforcement"), where the words after "and" do not name a body alone
_AND_BODY_ENDS = frozenset(
    re.findall(
        r"\w+",
        "committee commission services enforcement protection prevention explosives administration"
        " coalition center centre agency affairs security development reform",
    )
)
_KNOWN_ONE_WORD = STATES | frozenset(PARTY_MEMBERS) | ORG_CUES  # "Turkey", "Republicans", "Congress"


def within_sentence(run: str) -> str:
    """The part of a run of capitalised words before the first full stop that ends a sentence.

    A run is read across full stops so that "Dr. Ann Lee", "Donald J. Trump" and "U.S. Navy" stay
    whole; a stop after any other word ends the sentence ("Mayor Ann Lee. The council met"), and so
    does an abbreviation followed by a word that opens sentences ("Ann Lee Jr. The").
    """
    words = run.split()
    for i, word in enumerate(words[:-1]):
        if not word.endswith("."):
            continue
        bare = word.rstrip(".")
        initial = len(bare) == 1 or "." in bare  # "J.", "U.S."
        if not (initial or word.lower() in ABBREVIATIONS) or words[i + 1].lower() in STOP_CAPITALS:
            return " ".join(words[: i + 1])
    return run


@lru_cache(maxsize=8192)
def split_role(name: str) -> tuple[str, str | None]:
    """'Turkish Defence Minister Hulusi Akar' -> ('Hulusi Akar', 'Turkish Defence Minister').

    The name is the capitalised run after the last title word, particles included ("Prime
    Minister Fayez al Sarraj"); a title anywhere before it makes the rest a role ("Speaker of the
    House Nancy Pelosi"). A name after "for" is someone the titled person works for: "Finance
    Director for Hillary Clinton" names Hillary Clinton, with no role of hers.
    """
    words = name.split()
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() not in _TITLES_OR_ORG_CUES:
        prev = words[i - 1]
        particle = prev.lower() in NAME_PARTICLES and i > 1 and words[i - 2][:1].isupper()
        if not (prev[:1].isupper() or (particle and words[i - 2].lower() not in _TITLES_OR_ORG_CUES)):
            break
        i -= 1
    while i < len(words) - 1 and words[i].lower() in NAME_PARTICLES:
        i += 1
    person = words[i][:1].isupper() and actor_type(" ".join(words[i:])) == "person"
    if person and i > 1 and words[i - 1].lower() in ("for", "to") and words[i - 2].lower() in TITLE_WORDS:
        return " ".join(words[i:]), None
    titled = i > 0 and (
        words[i - 1].lower() in TITLE_WORDS
        or bool(NATIONALITY.match(words[i - 1]))
        or (any(w.lower() in TITLE_WORDS for w in words[: i - 1]) and len(words) - i >= 2)
    )
    # "Ministry of Foreign Affairs" is no minister called Affairs
    lone = i == len(words) - 1 and any(w.lower() in NAME_PARTICLES for w in words[:i])
    return (" ".join(words[i:]), " ".join(words[:i])) if titled and person and not lone else (name, None)


def actor_type(name: str) -> ActorType:
    low = name.lower()
    if low in STATES:
        return "state"
    if any(w in ORG_CUES for w in low.split()) or (name.isupper() and len(name) > 1):
        return "organization"
    if low in PARTY_MEMBERS:
        return "organization"
    if low.split()[-1] in GROUP_PLURALS:
        return "group"  # "Muslim Americans", "Evangelical Christians"
    return "person"


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 4) : at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:"


def name_runs(text: str, evidence: NameEvidence) -> Iterator[tuple[int, str]]:
    """(start, run) of every capitalised run, cut at a sentence end and after a possessive
    ("Obama’s White House" gives "Obama" and "White House"), its common edge words trimmed."""
    for match in NAME_RUN.finditer(text):
        run = within_sentence(match.group()).rstrip(".")
        pos = match.start()
        while run:
            cut = POSSESSIVE_WORD.search(run)
            part, rest = (run[: cut.start()], run[cut.end() :]) if cut else (run, "")
            headline = evidence.in_headline(pos)
            for words in headline_pieces(part.split(), evidence) if headline else [part.split()]:
                words = trim_run(words, _opens_sentence(text, pos), headline, evidence)
                if words:
                    yield pos + part.find(" ".join(words)), " ".join(words)
            if not cut:
                break
            pos += len(run) - len(rest.lstrip())
            run = rest.strip()
            if not run[:1].isupper():
                break


def _is_candidate(run: str, words: list[str]) -> bool:
    """A run that names an actor: a country, an organisation, a titled or a two-or-three-word name."""
    if words[0].endswith("ly") or words[0] in NOT_NAME_STARTS or words[-1] in DESCRIPTION_ENDS:
        return False  # "Interestingly Blocher", "Both Blocher", "Kentucky Republican"
    if words[-1] in TITLE_WORDS or f"{words[-1]}." in TITLE_WORDS:
        return False  # "Louisiana Gov.": a title whose name follows elsewhere
    if run.lower() not in STATES and (
        words[-1] in NOT_ACTOR_ENDS or (len(words) > 1 and words[0] in PLACE_STARTS)
    ):
        return False  # places, events and texts: "Capitol Hill", "Election Day", "South Carolina"
    return (
        run.lower() in STATES
        or run.lower() in PARTY_MEMBERS
        or any(w in ORG_CUES for w in words[1:])
        or split_role(run) != (run, None)
        or words[0] in ("congress", "parliament")
        or (words[0] in ORG_CUES and len(words) > 2 and words[1] in ("of", "for"))
        or (len(words) in (2, 3) and not any(w in STOP_CAPITALS or w in NAME_PARTICLES for w in words))
    )


def actors_from_names(
    text: str, speakers: list[tuple[str, str | None]], places: frozenset[str] = frozenset()
) -> list[LLMActor]:
    """Speakers with names, and name spans with a title, an organisation cue or a country name.
    ``places``: names (case-folded) the article gives as places, such as its datelines'.

    Every actor the article names is one, also one named once in passing: an actor is what the
    article names, whether or not it is what the story is about."""
    actors: dict[str, LLMActor] = {}
    us_politics = is_us_politics(text)
    evidence = name_evidence(text)

    spoke: set[str] = set()

    def add(raw: str, role: str | None, speaker: bool = False) -> None:
        if owner := POSSESSIVE_WORD.search(raw):  # "Ms Clinton’s aides" names Ms Clinton, not her aides
            head = raw[owner.end() :].split()
            raw = raw[: owner.start()] + (f" {head[0]}" if head and head[0] in GROUP_HEADS else "")
        words = raw.split()
        if len(words) > 1 and words[0].lower() in QUANTIFIERS:
            return  # "Some Democrats": some of a group, no actor
        while words and (
            words[0].lower() in _NOT_LEADING
            or (QUALIFIER.match(words[0]) and len(words) > 1 and words[1][:1].isupper())
        ):
            words = words[1:]
        while words and (words[-1].lower() in WEEKDAYS or PARTY_TAG.match(words[-1])):
            words = words[:-1]  # "Ann Lee Friday", "Ann Lee D-N.Y.", a lone "R-Wis."
        if (
            len(words) > 1
            and all(w.isupper() and len(w) > 2 for w in words)
            and " ".join(words).title() not in text
        ):
            return  # a line in capitals ("FULL TEXT"), not a name the article spells as one
        if not words or not words[0][0].isupper() or words[-1].lower() in DESCRIPTION_ENDS:
            return
        if len(words) == 1 and (len(words[0]) < 3 or (words[0].isupper() and len(words[0]) > 5)):
            return  # initials, or a dateline such as "WASHINGTON"
        if (
            len(words) == 1
            and words[0].lower() not in _KNOWN_ONE_WORD
            and lone_common_word(words[0], evidence)
        ):
            return  # "Neighbors said", "Some said", "I'm sure, Lee said"
        name, title = split_role(" ".join(words))
        last = name.split()[-1]
        if last[:1].islower() and last not in _COLLECTIVE_HEADS:
            return  # a description, not a name: "Justice Department official", "Fifty-six percent"
        kind = actor_type(name)
        if speaker:
            spoke.add(name)
        if name in actors and actors[name].role is None and (role or title):
            actors[name] = actors[name].model_copy(update={"role": role or title})  # titled elsewhere
        if name not in actors and not (kind == "person" and name.lower() in _NOBODY_NAMED):
            actors[name] = LLMActor(
                name=name, type=kind, role=role or title, aliases=aliases_of(name, us_politics)
            )

    for speaker, role in speakers:
        if speaker.split()[0].lower() not in PRONOUNS:
            add(speaker, role, speaker=True)
    # a run seen only after "in", "at", "from", ... is a place ("in Port Ellery"), not an actor, nor
    # is one the dateline names
    seen_as_actor: dict[str, bool] = {}
    for start, run in name_runs(text, evidence):
        org_tail = text[start - 4 : start] == "and " and ORG_AND.search(text, max(0, start - 80), start)
        if _titled_work(text, start, run) or org_tail:
            continue  # “Animal Farm”; "Human Services" of the Department of Health and Human Services
        before = text[max(0, start - 12) : start].split()
        state = run.lower() in STATES
        if state and before and before[-1].lower() == "the":
            before.pop()  # "in the United States"
        place = (bool(before) and before[-1].lower() in PLACE_PREPOSITIONS) or run.casefold() in places
        place = place or (state and _modifier(text, start + len(run)))
        seen_as_actor[run] = seen_as_actor.get(run, False) or not place
        after = text[start + len(run) : start + len(run) + 16].split()
        if after and after[0] in GROUP_HEADS and " " not in run and actor_type(run) == "person":
            add(f"{run} {after[0]}", None)  # "the Trump campaign": an organisation, not Trump
    for whole, as_actor in seen_as_actor.items():
        for run in person_of_place(whole):
            if as_actor and _is_candidate(run, run.lower().split()):
                add(run, None)
    _join_and_bodies(text, actors, us_politics)
    _join_acronyms(text, actors)
    # "Akar" goes with "Hulusi Akar"; "Democrats" is no surname of "Senate Democrats"
    surnames = {n.rsplit(" ", 1)[1] for n, a in actors.items() if " " in n and a.type == "person"}
    return [a for n, a in actors.items() if " " in n or n not in surnames]


def _modifier(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` qualifies the noun after it ("U.S. officials", "the Iran
    deal", "U.S.-based"): the noun's owner is then the subject, not the state."""
    if text[end : end + 1] == "-":
        return True
    after = text[end : end + 24].split()
    word = after[0].strip(",.;:") if after and text[end : end + 1] == " " else ""
    return word.isalpha() and word.islower() and word not in _NOT_NOUN_AFTER and not word.endswith("ed")


def person_of_place(run: str) -> list[str]:
    """ "John Boehner of Ohio" -> ["John Boehner"]; "Judge Ann Lee of the District Court" -> ["Judge Ann
    Lee", "District Court"]: a person's name ends before "of" (where they are from or serve); an
    organisation's "of" is part of its name ("Bank of England", "Secretary of State Ann Lee")."""
    left, of, right = run.partition(" of ")
    words = left.split()
    if not of or len(words) < 2 or any(w.lower() in ORG_CUES for w in words):
        return [run]
    name = split_role(left)[0].split()
    if len(name) < 2 or actor_type(" ".join(name)) != "person" or name[-1].lower() in TITLE_WORDS:
        return [run]
    rest = right.split()
    while rest and rest[0].lower() in ("the", "u.s.", "us"):
        rest = rest[1:]
    return [left, " ".join(rest)] if any(w.lower() in ORG_CUES for w in rest) else [left]


def _titled_work(text: str, start: int, run: str) -> bool:
    """Whether a run is all of a quotation: the title of a book, a slogan, a plan ("“Green New Deal”")."""
    end = start + len(run)
    return text[start - 1 : start] in ("“", '"') and text[end : end + 1] in ("”", '"')


def _join_acronyms(text: str, actors: dict[str, LLMActor]) -> None:
    """ "Government of National Accord (GNA)" and "(or GNA)": the acronym is an alias, not an actor."""
    if _PAREN_ACRONYM.search(text) is None:
        return  # most articles write none: the run pattern, slow to fail, need not scan them
    for m in ACRONYM_AFTER.finditer(text):
        long, short = m.group(1), m.group(2)
        for name in [n for n in actors if long.endswith(n) and len(n.split()) > 1]:
            if initials_of(name) == short.replace(".", ""):
                actor = actors[name]
                actors[name] = actor.model_copy(
                    update={"type": "organization", "aliases": [*actor.aliases, short]}
                )
                actors.pop(short, None)
                break


def _join_and_bodies(text: str, actors: dict[str, LLMActor], us_politics: bool) -> None:
    """ "Immigration and Customs Enforcement", "House Oversight and Government Reform Committee":
    a body whose name holds "and" is one actor, not the two runs on either side of it. Joined only
    when the whole ends in a body word ("Committee", "Services"): "Ann Lee and Ola Berg" stays two."""
    for m in AND_BODY.finditer(text):
        left, right = m.group(1).split(), m.group(2).split()
        while left and left[0].lower() in _NOT_LEADING:
            left = left[1:]
        listed = "," in m.group(1) and " of " not in m.group(1).split(",")[0]  # "PBS, NPR and NBC"
        one_body = len(right) > 1 or right[0].lower() in _AND_BODY_ENDS  # not "Senators and House"
        if not left or listed or not one_body or right[-1].lower() not in _AND_BODY_ENDS:
            continue
        if left[-1].lower() in NAME_PARTICLES or POSSESSIVE_WORD.search(m.group()):
            continue
        body = left[-1].lower() in ORG_CUES or left[-1].isupper() or " ".join(left).lower() in STATES
        if body or split_role(" ".join(left))[1] is not None:
            continue  # two actors: "the FBI and the Justice Department", "Mayor Ann Lee and the Council"
        whole = person_of_place(" ".join([*left, "and", *right]))  # "Ann Lee of the Department of ..."
        name = whole[-1]
        if " and " not in name:
            continue
        head, tail = name.split(" and ", 1)
        for part in [n for n in actors if n in (head, tail) or head.startswith((f"{n},", f"{n} and"))]:
            del actors[part]  # "Bureau of Alcohol" of "Bureau of Alcohol, Tobacco, Firearms and Explosives"
        if name not in actors:
            actors[name] = LLMActor(name=name, type="organization", aliases=aliases_of(name, us_politics))


def initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())
