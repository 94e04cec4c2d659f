"""Name spans to actors: a speaker's title split off as a role, and capitalised runs that name someone.

Actors come from speaker names and from name spans with a title (person, role kept), with an
organisation cue word (organization), a country from a small list (state), or two or three
capitalised words (person).
"""

from __future__ import annotations

import re

from llmextract.baseline.word_tables import (
    ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_NAME_STARTS,
    ORG_CUES,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    SPEAKER_NOUNS,
    STATES,
    STOP_CAPITALS,
    TITLE_WORDS,
)
from llmextract.core.answer import LLMActor
from llmextract.schema import ActorType

NAME_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’\-]*\.?(?:[ \t]+(?:(?:of|for|de|von|van|der|al|bin|the)[ \t]+)?[A-Z][\w'’\-]*\.?)*"
)
NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|ican|ench|ch|eli|aqi|ani|udi)$")


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


def actors_from_names(text: str, speakers: list[tuple[str, str | None]]) -> list[LLMActor]:
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
        run = within_sentence(match.group()).rstrip(".")
        seen_as_actor[run] = seen_as_actor.get(run, False) or not place
    for run, as_actor in seen_as_actor.items():
        words = run.lower().split()
        if not as_actor and run.lower() not in STATES:
            continue
        if words[0].endswith("ly") or words[0] in NOT_NAME_STARTS:
            continue  # "Interestingly Blocher", "Both Blocher"
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
