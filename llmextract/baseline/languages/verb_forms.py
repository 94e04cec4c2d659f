"""The forms news writes of regular speech verbs, from their infinitives.

Agency copy uses a few tenses of a verb for attribution: the Spanish preterite and perfect
("aseguró", "ha asegurado"), the French passé composé, present and inverted present ("a
souligné", "souligne", "souligne-t-elle"), the German preterite and present ("betonte",
"betont"). Listing each form by hand misses some; these functions spell them out for the regular
verbs, and the language tables add the irregular ones by hand.
"""

from __future__ import annotations

__all__ = ["french_forms", "german_forms", "spanish_forms"]


def spanish_forms(infinitives: str) -> str:
    """3rd person preterite, present and imperfect, and the participle: "remarcar" -> "remarcó" …"""
    out = []
    for verb in infinitives.split():
        stem, ending = verb[:-2], verb[-2:]
        if ending == "ar":
            out += [stem + "ó", stem + "aron", stem + "a", stem + "an", stem + "aba", stem + "ado"]
        else:  # -er, -ir
            out += [stem + "ió", stem + "ieron", stem + "e", stem + "en", stem + "ía", stem + "ido"]
    return " ".join(out)


def french_forms(infinitives: str) -> str:
    """Participle, present, imperfect and inverted present of -er verbs: "souligner" -> "souligné" …"""
    out = []
    for verb in infinitives.split():
        stem = verb[:-2]
        out += [stem + "é", stem + "e", stem + "ent", stem + "ait", stem + "aient"]
        out += [f"{stem}e-t-{p}" for p in ("il", "elle", "on")] + [f"{stem}ent-{p}" for p in ("ils", "elles")]
    return " ".join(out)


def german_forms(stems: str) -> str:
    """Preterite and present of weak verbs, singular and plural: "beton" -> "betonte betonten betont" …"""
    out = []
    for stem in stems.split():
        e = "e" if stem.endswith(("t", "d")) else ""  # "antwort" -> "antwortete"
        out += [f"{stem}{e}te", f"{stem}{e}ten", f"{stem}{e}t", f"{stem}en"]
    return " ".join(out)
