"""Who the speakers of the French, German and Spanish rules are: pronouns and bare titles linked to
a name written before them, surnames to the full name the article writes, speakers to actors.

"a-t-elle ajouté" and "sagte sie" take the nearest name before them (a speaker, or a name opening a
sentence); "le préfet a déclaré" the person named earlier with that title; a quotation no cue
reaches, the previous quotation's speaker; "Dubois" becomes "Claire Dubois" when the article
writes that name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from llmextract.baseline.institutions import Institutions
from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.speaker_types import Found, Speaker
from llmextract.core.answer import LLMActor

__all__ = ["actors_of", "full_name", "resolve_speakers"]

_PLURAL = frozenset(["les", "des", "los", "las", "ces", "estos", "estas"])
_INDEFINITE = frozenset(["un", "une", "ein", "eine", "einer", "einem", "einen", "una", "unos", "unas"])
_HONORIFICS = frozenset(["m", "mme", "mlle", "herr", "frau", "sr", "sra", "don", "doña", "dr", "pr", "prof"])


def resolve_speakers(
    text: str,
    found: list[Found],
    subjects: list[tuple[int, Speaker]],
    rules: LanguageRules,
    institutions: Institutions,
    others: list[tuple[int, Speaker]] | None = None,
) -> None:
    """Pronouns and titles to the nearest name before them; surnames to the full name written first;
    institutions to the fullest phrase the article writes for them. ``others``: titled names
    written inside sentences ("a reçu le préfet Marc Gaudin"), which a pronoun of their gender
    takes when no subject or speaker before it has that gender."""
    particles = rules.particles
    bodies = institutions.mentions()
    subjects = _resolved_subjects(subjects, bodies, institutions, rules)
    for f in found:
        s = f.speaker
        if s is not None and s.institution:
            f.speaker = institutions.canonical(s)
        elif s is not None and not s.pronoun and (" " not in s.name or s.name.split()[0] in particles):
            s.name = full_name(text, s.name, rules)
    previous: Speaker | None = None
    for f in found:
        named = [(p, s) for p, s in subjects if p < f.start] + [
            (g.start, g.speaker) for g in found if g.start < f.start and g.speaker and _named(g.speaker)
        ]
        if f.speaker is not None and f.speaker.pronoun and f.speaker.institution:
            named += [(p, s) for p, s in bodies if p < f.start]
        named.sort(key=lambda m: m[0])
        if f.inherit:
            f.speaker = previous
        elif f.speaker is not None and f.speaker.pronoun:
            pronoun = f.speaker
            f.speaker = _antecedent(pronoun, [s for _, s in named], rules)
            gender = dict(rules.pronoun_genders).get(pronoun.name)
            if gender is not None and (f.speaker is None or f.speaker.gender not in (None, gender)):
                same = [s for p, s in others or [] if p < f.start and s.gender == gender]
                f.speaker = same[-1] if same else f.speaker  # "« … », a-t-il nuancé" after "le préfet X"
            if f.speaker is not None and f.speaker.gender is None and not f.speaker.institution:
                f.speaker.gender = gender  # "a-t-elle ajouté": she, for the pronouns after
        elif f.speaker is not None and not f.speaker.institution and _described(f.speaker, rules):
            known = sorted(named + [(p, s) for p, s in others or [] if p < f.start], key=lambda m: m[0])
            titled = _titled(f.speaker, [s for _, s in known], rules)
            if titled is f.speaker:  # a headline's "promete el alcalde": the alcalde named below
                titled = _titled(f.speaker, [s for p, s in subjects if p > f.start], rules, ahead=True)
            f.speaker = titled
        if f.speaker is not None:
            previous = f.speaker


def _resolved_subjects(
    subjects: list[tuple[int, Speaker]],
    bodies: list[tuple[int, Speaker]],
    institutions: Institutions,
    rules: LanguageRules,
) -> list[tuple[int, Speaker]]:
    """Institutions named in full; "Ein Sprecher des Unternehmens" as the organisation named before."""
    out: list[tuple[int, Speaker]] = []
    for p, s in subjects:
        gender = s.gender
        s = replace(institutions.canonical(s), gender=gender) if s.institution else s  # "er": its spokesman
        if s.pronoun:
            before = sorted([m for m in out + bodies if m[0] < p], key=lambda m: m[0])
            found = _antecedent(s, [t for _, t in before], rules)
            if found is None:
                continue
            s = replace(found, gender=gender)
        out.append((p, s))
    return out


def _antecedent(pronoun: Speaker, named: list[Speaker], rules: LanguageRules) -> Speaker | None:
    """The last named speaker a pronoun can refer to: of its gender ("elle" skips "le maire
    Hervé Lancelin"), an organisation for a spokesperson with no name ("un porte-parole")."""
    gender = dict(rules.pronoun_genders).get(pronoun.name)
    for s in reversed(named):
        if pronoun.institution and not (
            s.institution or any(w.lower() in rules.org_cues for w in s.name.split())
        ):
            continue
        if gender is not None and s.gender is not None and s.gender != gender:
            continue
        if gender == "m" and s.institution and s.gender is None and not pronoun.institution:
            continue  # "Er verwies darauf …" after "Der Kreis brauche …": he is a person
        return s
    return None


def _titled(speaker: Speaker, named: list[Speaker], rules: LanguageRules, *, ahead: bool = False) -> Speaker:
    """ "le préfet" -> the préfet named earlier; "el técnico", with no such role written, the last
    person named of its gender; "un vecino" stays a source of its own. ``ahead``: ``named`` are
    the subjects after the quote, the first with the title is taken (a headline's speaker)."""
    words = re.sub(r"^([lL][’'])", r"\1 ", speaker.name).split()  # "l’édile" -> "l’", "édile"
    if len(words) != 2 or words[0].lower() not in rules.determiners:
        return speaker  # "fuentes del club", "la direction départementale": a source of its own
    title = words[-1].lower()
    match = [s for s in named if s.role and _has_title(s.role, title, rules)]
    if match:
        return match[0] if ahead else match[-1]
    if words[0].lower() in _INDEFINITE | _PLURAL or ahead:
        return speaker  # "un vecino", "los comerciantes": sources of their own
    people = [
        s
        for s in named
        if not s.institution
        and s.name[:1].isupper()
        and not any(w.lower() in rules.org_cues for w in s.name.split())
    ]  # "declaró el madrileño" after "El Deportivo Lebrón cesó …": a person, not the club
    people = [s for s in people if speaker.gender is None or s.gender in (None, speaker.gender)]
    return people[-1] if people else speaker


def _has_title(role: str, title: str, rules: LanguageRules) -> bool:
    """ "ministre" in "La ministre de l’Industrie"; "minister" in "Wirtschaftsminister" (German)."""
    words = role.lower().split()
    return title in words or (rules.compound_titles and any(w.endswith(title) for w in words))


def _described(s: Speaker, rules: LanguageRules) -> bool:
    """A title or description, not a name: "le préfet", "l’édile", "Una vendedora" opening its sentence."""
    first = re.sub(r"^([lL][’'])", r"\1 ", s.name).split()[0].lower()
    return not s.name[:1].isupper() or first in rules.determiners


def _named(s: Speaker) -> bool:
    """A speaker later pronouns may refer to: a name, an institution, an unnamed person ("una vendedora")."""
    return not s.pronoun and (s.institution or s.name[:1].isupper() or " " in s.name)


def full_name(text: str, name: str, rules: LanguageRules) -> str:
    """ "Dubois" -> "Claire Dubois" when the article writes the full name somewhere (first one wins);
    no stop word, title (a German compound by its end) or honorific is part of it."""
    stops = rules.stop_capitals | rules.source_before | rules.titles | _HONORIFICS

    def ok(word: str) -> bool:
        w = word.lower()
        return w not in stops and not (
            rules.compound_titles and any(w.endswith(t) for t in rules.titles if len(t) > 4)
        )

    upper = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
    run = re.compile(rf"(?<![\w’'-])(?:({upper})[ \t]+)?({upper})\s+{re.escape(name)}\b(?:[ \t]+({upper}))?")
    for m in run.finditer(text):
        given, first, second = m.group(1), m.group(2), m.group(3)
        if ok(first):
            if given and ok(given):
                first = f"{given} {first}"  # "Mira" -> "María José Mira"
            if second and ok(second) and second[-1].isalpha():
                return f"{first} {name} {second}"  # "Aguirre" -> "Ramón Aguirre Blasco"
            return f"{first} {name}"
    return name


def actors_of(found: list[Found], rules: LanguageRules, institutions: Institutions) -> list[LLMActor]:
    """The speakers that are actors: names, and institutions with the phrases the article writes."""
    actors: dict[str, LLMActor] = {}
    for f in found:
        s = f.speaker
        if s is None or s.pronoun or not (s.institution or not _described(s, rules)):
            continue  # "una vendedora" is a source, no actor
        if s.name in actors:
            continue
        if s.institution:
            aliases = institutions.aliases(s.name.split()[-1] if not s.name[:1].isupper() else s.name)
            actors[s.name] = LLMActor(name=s.name, type="organization", aliases=aliases)
            continue
        org = any(w.lower() in rules.org_cues for w in s.name.split()) or (
            s.name.isupper() and len(s.name) > 1
        )
        actors[s.name] = LLMActor(name=s.name, type="organization" if org else "person", role=s.role)
    surnames = {n.rsplit(" ", 1)[1] for n in actors if " " in n}
    return [a for n, a in actors.items() if " " in n or n not in surnames]
