"""What the stance rules need to know about one language: the words that take a side, and the
small words that may stand between a holder, the verb and its target.

Every set holds lower-case words; the rules lower-case a token before looking it up. A phrase is a
tuple of words in which ``*`` stands for at most one word of any kind ("called for an * end to").
"""

from __future__ import annotations

from dataclasses import dataclass

from llmextract.baseline.languages.rules import words

__all__ = ["StanceWords", "phrases", "words"]


def phrases(block: str) -> tuple[tuple[str, ...], ...]:
    """The comma-separated phrases of ``block``, each as a tuple of lower-case words."""
    return tuple(tuple(p.lower().split()) for p in block.split(",") if p.strip())


@dataclass(frozen=True)
class StanceWords:
    """One language's tables for ``llmextract.baseline.stance_rules``."""

    code: str
    #: verb forms (finite and participles) that take the side of their object: "backs", "soutient".
    support: frozenset[str]
    #: verb forms that take a side against their object: "condemns", "kritisierte".
    oppose: frozenset[str]
    #: multi-word cues before their target: ("called", "for", "an", "*", "end", "to") -> oppose.
    oppose_phrases: tuple[tuple[str, ...], ...]
    support_phrases: tuple[tuple[str, ...], ...]
    #: words that may stand between a holder and its verb: auxiliaries and adverbs.
    fillers: frozenset[str]
    #: words that may stand between a verb and its target: articles, titles, "a" in "apoya a"; not
    #: "a"/"un"/"ein": a name after them qualifies a noun ("sided with a Wyoming hunter").
    object_words: frozenset[str]
    #: words after "an end to" that lead on to the target: "support for", "arms to".
    via_words: frozenset[str]
    #: negations: a holder whose verb they precede takes no stance ("does not support").
    negations: frozenset[str]
    #: words before a holder that make the sentence hypothetical or a question: "if", "whether".
    conditionals: frozenset[str]
    #: auxiliaries of the passive: "is" in "is backed by".
    passive_aux: frozenset[str]
    #: the preposition naming the agent of a passive: "by", "par", "von", "por".
    agents: frozenset[str]
    #: words joining the agents of one passive: "and", "as well as".
    joiners: frozenset[str]
    #: relative pronouns between a target and its passive: "who" in "X, who is backed by Y".
    relatives: frozenset[str]
    #: nouns for those who back someone: "backers" in "X's backers should stop".
    backer_nouns: frozenset[str]
    #: verbs asking for something to end: "stop" in "should stop", "urged Y to stop".
    stop_verbs: frozenset[str]
    #: modal verbs before a stop verb: "should", "must".
    modals: frozenset[str]
    #: verbs urging someone to do something: "urged" in "urged Y to stop".
    urge_verbs: frozenset[str]
    #: the infinitive marker between an urged actor and the stop verb: "to", "à", "zu", "a".
    infinitive: frozenset[str]
    #: first-person subjects: a quote's "we condemn X" is its speaker's stance.
    first_person: frozenset[str]
    #: subject pronouns that may hold a stance outside quotes, linked to the nearest actor before.
    pronouns: frozenset[str]
    #: nouns of a side taken: "praise" in "X drew praise from Y", "criticism" in "X's criticism of Y".
    support_nouns: frozenset[str] = frozenset()
    oppose_nouns: frozenset[str] = frozenset()
    #: verbs receiving such a noun: "drew", "faced"; the source after them: "from".
    receive_verbs: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    #: nouns for one who takes a side on someone: "ally" and "critic" in "X, a critic of Y".
    ally_nouns: frozenset[str] = frozenset()
    critic_nouns: frozenset[str] = frozenset()
    #: the preposition before the one a side is taken on: "of", "for".
    of_words: frozenset[str] = frozenset()
    #: words in a quote that speak well of an actor it names: "great", "qualified", "thank".
    praise: frozenset[str] = frozenset()
    #: words in a quote that speak ill of an actor it names: "corrupt", "wrong", "disgrace".
    blame: frozenset[str] = frozenset()
    #: copulas after a name in a quote: "is" in "X is the right choice".
    copulas: frozenset[str] = frozenset()
    #: auxiliaries of a verb-final clause: "hat" in "Müller hat Weber kritisiert" (German).
    verb_final_aux: frozenset[str] = frozenset()
    #: verbs of saying and thinking: in a quote they report someone else's judgement ("Y said X is
    #: wrong"), which is then not the speaker's.
    reporting: frozenset[str] = frozenset()
    #: endings of manner adverbs, which may stand between a holder and its verb as fillers do:
    #: "falsely" in "X falsely accused Y" ("ly" in English).
    adverb_endings: tuple[str, ...] = ()
    #: the words joining two subjects of one verb: "and" in "Egypt and Russia back X".
    and_words: frozenset[str] = frozenset()
    #: indefinite articles before a name used as a noun's modifier: "a" in "X, a Y ally".
    indefinite: frozenset[str] = frozenset()
    #: verbs that name their object as something: "called" in "X called Y a liar".
    naming_verbs: frozenset[str] = frozenset()
