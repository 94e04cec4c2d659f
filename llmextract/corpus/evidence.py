"""What an article says a person is: the roles and honorifics that tell namesakes apart.

A person named by the surname alone ("Governor Velde", "Mrs. Clinton") can only be linked by what
the article itself says of them. That evidence is gathered as *heads*: a role's last word, folded
and spelled out ("Sen." and "Senator" are "senator"), from the role a model gave, from the titles
written in the name ("President Obama"), and from a title right before a mention in the text. An
honorific gives no role but a gender: "(male)" for Mr, "(female)" for Mrs, Ms, Miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from llmextract.corpus.normal import HONORIFICS, ROLES, PersonForm, person_form
from llmextract.schema import Actor

__all__ = [
    "FEMALE",
    "MALE",
    "form_heads",
    "heads_of",
    "honorific_head",
    "joined",
    "role_head",
    "titles_before",
]

MALE = "(male)"
FEMALE = "(female)"
_GENDER = {"mr": MALE, "sir": MALE, "lord": MALE, "herr": MALE} | {
    h: FEMALE for h in ("mrs", "ms", "miss", "madam", "dame", "lady", "mme", "mlle", "frau")
}
#: Abbreviations spelled out, so "Sen. Ortiz" and "Senator Ortiz" state one role.
_SPELLED = {
    "sen": "senator", "sens": "senator", "gov": "governor", "rep": "representative", "reps": "representative",
    "congressman": "representative", "congresswoman": "representative", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain", "adm": "admiral",
    "sgt": "sergeant", "prof": "professor", "rev": "reverend", "pres": "president", "atty": "attorney",
    "chairwoman": "chairman", "chair": "chairman", "chairperson": "chairman", "footballer": "player",
}  # fmt: skip
#: Words that qualify a role without being one ("former", "acting", "vice").
_QUALIFIERS = frozenset(
    {"former", "ex", "late", "then", "retired", "veteran", "incumbent", "outgoing", "incoming",
     "presumptive", "likely", "would-be", "acting", "deputy", "vice", "assistant", "associate", "senior",
     "junior", "chief"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ROLE_WORDS_MAX = 4  # longer "roles" are clauses ("who has studied the bay"), not titles
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def _spelled(word: str) -> str:
    return _SPELLED.get(word, word)


def role_head(role: str | None) -> str | None:
    """The word a role is compared by: its last title word before any portfolio, folded and spelled
    out ("former Sen." -> "senator", "Secretary of State" -> "secretary"); None for no role, an
    honorific, a qualifier alone, a clause, or words that are no title ("Democratic National")."""
    words: list[str] = _WORD.findall((role or "").casefold())
    if not words or len(words) > _ROLE_WORDS_MAX:
        return None
    cut = next((i for i, w in enumerate(words) if w in {"of", "for"}), len(words))
    titles = [w for w in words[:cut] if w in ROLES and w not in _QUALIFIERS and w not in HONORIFICS]
    return _spelled(titles[-1]) if titles else None


def honorific_head(word: str) -> str | None:
    """The gender an honorific gives ("mrs" -> "(female)"), None for Dr and the rest."""
    return _GENDER.get(word.casefold().rstrip("."))


def form_heads(form: PersonForm) -> set[str]:
    """The heads a name carries itself: "Sen. Brannock" -> senator; "Mrs. Clinton" -> (female)."""
    heads = {_spelled(t) for t in form.titles if t not in _QUALIFIERS}
    gender = honorific_head(form.honorific) if form.honorific else None
    return heads | ({gender} if gender else set())


def titles_before(actor: Actor, text: str | None) -> list[str]:
    """The heads of the words right before the actor's mentions in the text ("President" in
    "President Obama", "Mrs." in "Mrs. Clinton")."""
    if not text:
        return []
    found: list[str] = []
    for mention in actor.mentions:
        match = _TITLE_BEFORE.search(text[max(0, mention.start - 24) : mention.start])
        word = match.group(1).casefold() if match else ""
        if word in HONORIFICS:
            gender = honorific_head(word)
            if gender:
                found.append(gender)
        elif word in ROLES and word not in _QUALIFIERS:
            found.append(_spelled(word))
    return found


def heads_of(actor: Actor, form: PersonForm, text: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(what the actor is known as, for namesakes to be told by: its role, and the titles and
    honorifics in its name and aliases; everything the article shows, the words before its mentions
    too).

    A word before a mention is the actor's own evidence, but not what others are compared with: an
    article's "Michelle Obama, wife of President Obama", its mentions mixed up, must not make her
    known as president, nor its "Mr. Obama" make her known as a man."""
    stated = {h for h in (role_head(actor.role),) if h is not None} | form_heads(form)
    for alias in actor.aliases:  # "Mr. Trump", "Sen. Ortiz": forms the article wrote for the actor
        stated |= form_heads(person_form(alias))
    return frozenset(stated), frozenset(stated | set(titles_before(actor, text)))


def joined(heads: Iterable[str]) -> str:
    return ", ".join(sorted(heads))
