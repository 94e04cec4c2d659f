"""Where a quotation begins and ends, once the model's words are found in the article.

The aligner finds what the model copied; a model often copies a little of the frame with it, or
leaves a little of the content out. Three edges are put back where the convention of the PolNeAR
attribution annotations has them (a quote is its content, without the cue or the speaker):

* **A direct quote ends at its closing mark.** A span that opens with a quotation mark and holds
  its closing mark before the end, with no other quotation mark after it, stops at that mark when
  only an attribution follows: ``“We go now,” said Ana Ruiz`` grounds ``“We go now,”``.
* **A quote ends before its attribution.** A quote whose last commas are followed only by an
  attribution stops at the first of them (``…, sagte Verbandschef Georg``, ``…, the ministry
  said``); a direct quote too, where its marks close inside it (``"a challenge" for Clinton, said
  Kunin``).
* **A copied attribution may be cut short.** The model often copies only its first words: a
  direct quote that the answer calls direct ends at its closing mark when at most four words of
  the same sentence follow it, set off by a comma and not carrying the sentence on ("and",
  "which"): ``“We go,” Harwell chief executive``; and words that, speech verbs and function words
  aside, begin the speaker's name or mention are an attribution (``…, the Department for``).
* **Reported speech starts at its complementiser.** "that", "que", "qu’", "dass" just before the
  span belong to it (PolNeAR includes them); one the model wrote where the article has another
  word (``that the veto failed`` found as ``said the veto failed``) is not the article's, so that
  word is left out. A cue that ends with the complementiser ("commented that") keeps it.

An attribution is at most 24 words, each one of the cue's, the speaker's or the mention's words, a
function word (article, pronoun, "of", "but"), a common speech verb ("said", "adding") or one
short number (an age), at least one of them the cue's, the speaker's or the mention's; up to four
other words may stand between a speech verb and the speaker's name (a title or role: ``said
Councillor Mara Velde``). The words after ``“Only you,” she said, would use…`` are content, and
stay.

Why: on LLM-style answers built from the PolNeAR training attributions with the frame copied or
cut (``bench/grounding.py``, answers with frame edges, ``bench/_frames.py``) these edges were
where exact spans were lost: none of those quotes was exact before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmextract.grounding.folding import END_PUNCT, QUOTES
from llmextract.grounding.span_policy import canonical_span

__all__ = ["quote_edges"]

_OPENERS = "\"“„«‘‚‹'「『"
_CLOSER_OF = {
    '"': '"”“',
    "“": '”“"',
    "„": "“”",
    "«": "»",
    "‘": "’‘",
    "‚": "‘’",
    "‹": "›",
    "「": "」",
    "『": "』",
}
_COMPLEMENTISER_BEFORE = re.compile(r"(?i)(?:\b(?:that|que|dass|daß)\s+|\bqu['’])$")
_COMPLEMENTISER_FIRST = re.compile(r"(?i)^\W*(?:that|que|dass|daß)\b|^\W*qu['’]")
_WORD = re.compile(r"[\w’'-]+")
_MAX_TITLE_WORDS = 4
_MAX_CLAUSE_TAIL_WORDS = 4  # a direct quote's copied tail that names no speaker: a role, a verb
_MAX_TAIL_WORDS = 24  # a speaker's name with an apposition: every word must be the speaker's
# words that carry a sentence on past a quotation ("“We lost,” and then…"): content, not attribution
_CONTINUATION_LIST = "and but or nor so because which who whom whose that while as if then"
_CONTINUATIONS = frozenset(_CONTINUATION_LIST.split())
# words an attribution holds besides the cue and the speaker: articles, pronouns, "of", per language
_FUNCTION_WORD_LIST = (
    "the a an he she it they we i his her their its of to but and also as "
    "il elle ils elles on le la les l un une de du des mais et aussi "
    "er sie es man der die das den dem des ein eine einer aber und auch "
    "él ella ellos ellas el los las uno una del pero y también"
)
# speech verbs an attribution may hold besides the answer's own cue ("…, she said, adding")
_SPEECH_VERB_LIST = (
    "said says say told tells added adding asked stated wrote according "
    "dit a déclaré selon ajouté "
    "sagte sagt sagten erklärte fügte hinzu laut "
    "dijo dice afirmó añadió según"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
_SPEECH_VERBS = frozenset(_SPEECH_VERB_LIST.split())
# what may follow the verb or the name of an attribution and end it: when and where it was said, and
# to whom ("said on Sunday", "said in a statement", "told reporters outside parliament")
_CIRCUMSTANCE_OPENER_LIST = (
    "in on at during after before outside from via through while when later earlier "
    "today yesterday tonight afterwards afterward monday tuesday wednesday thursday friday saturday "
    "sunday reporters journalists analysts investors mps lawmakers supporters"
)
_CIRCUMSTANCE_OPENERS = frozenset(_CIRCUMSTANCE_OPENER_LIST.split())
_MAX_CIRCUMSTANCE_WORDS = 6
_MAX_APPOSITION_WORDS = 8  # ", the chair of the harbour committee" after the speaker's name
_APPOSITION_OPENERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "who", "whose"])
# the words a speaker named by role only begins with ("the group's spokesman said")
_ROLE_OPENERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "one"])
CLOSING_MARKS = "”’»\"'›」』"
# "and added that", "but said in": the speaker's next verb of saying, at the end of a span
_NEXT_SAYING = re.compile(r"[,\s]+(and|but)\s+([\w’'-]+)(?:\s+[\w’'-]+){0,2}\s*$", re.IGNORECASE)
_NEXT_SAYING_VERB_LIST = (
    "warned urged accused promised insisted argued claimed noted called denied admitted vowed "
    "pledged conceded stressed suggested predicted announced"
)
_NEXT_SAYING_VERBS = frozenset(_NEXT_SAYING_VERB_LIST.split())
_QUOTE_CHARS = frozenset(QUOTES)  # a set: whether a span holds any is one call, not a step per character
_BREAK_CHARS = frozenset(".!?…;:\n" + QUOTES)
_SENTENCE_END = re.compile(r"[.!?…\n]|$")
_MAX_COMPLETION_CHARS = 200


def _is_apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _closing_mark(text: str, start: int, end: int, frame: _Frame, *, direct: bool = False) -> int | None:
    """The index just after the mark closing the one at ``text[start]``, if it comes before ``end``
    and only an attribution follows it: there the quotation ends. Two apostrophes (``''``) open
    and close like one double mark."""
    if text.startswith("''", start):
        closing = text.find("''", start + 2, end)
        if closing < 0:
            return None
        after = closing + 2
    else:
        after = _closer_after(text, start, end)
        if after < 0:
            return None
    rest = text[after:end]
    if not _QUOTE_CHARS.isdisjoint(rest) and any(
        ch in QUOTES and not _is_apostrophe(text, after + k) for k, ch in enumerate(rest)
    ):
        return None
    attribution = _is_completed_attribution(text, after, end, frame)
    return after if attribution or (direct and _is_clause_tail(text, after, rest)) else None


def _closer_after(text: str, start: int, end: int) -> int:
    """The index just after the first mark in ``text[start + 1 : end]`` that closes the one at
    ``start`` (an apostrophe inside a word closes no single mark), or -1. Each closing mark is
    looked for with ``str.find``: a quotation is not walked through a character at a time."""
    opener = text[start]
    single = opener in "'‘’"
    found = -1
    for closer in _CLOSER_OF.get(opener, opener):
        i = text.find(closer, start + 1, end if found < 0 else found)
        while i >= 0 and single and _is_apostrophe(text, i):
            i = text.find(closer, i + 1, end if found < 0 else found)
        if i >= 0:
            found = i
    return found + 1 if found >= 0 else -1


def _is_clause_tail(text: str, after: int, rest: str) -> bool:
    """Whether ``rest``, after a direct quote's closing mark at ``after - 1``, is a few words of the
    same sentence and nothing else, set off by a comma (``“We go,” Harwell chief executive``,
    ``“We go”, the``): the start of an attribution the model copied, cut before it names the cue or
    the speaker. Only for an answer that calls the quote direct, whose content is what the marks
    enclose; words that go on without a comma (``“It hurts” every night``) stay."""
    words = _words(rest)
    stripped = rest.strip(" \u00a0\u202f")
    set_off = text[after - 2 : after - 1] in ",!?…" or stripped[:1] == ","
    return (
        set_off
        and 0 < len(words) <= _MAX_CLAUSE_TAIL_WORDS
        and words[0] not in _CONTINUATIONS
        and not any(ch in END_PUNCT and ch != "," for ch in stripped)
        and not any(w.isdigit() for w in words)
    )


def _words(s: str | None) -> list[str]:
    if not s:
        return []
    if s.isascii():  # case-folding ASCII is lowering it, and leaves every word's bounds where they were
        return _WORD.findall(s.lower())
    return [w.casefold() for w in _WORD.findall(s)]


@dataclass(frozen=True)
class _Frame:
    """The words an attribution of this quote may hold: the answer's cue, and its speaker's names."""

    cue: frozenset[str]
    names: frozenset[str]
    name_words: tuple[tuple[str, ...], ...] = ()  # the speaker's and the mention's words, in order


def _is_attribution(rest: str, frame: _Frame) -> bool:
    """Whether ``rest`` is only an attribution (module docstring)."""
    words = _words(rest)
    if not 0 < len(words) <= _MAX_TAIL_WORDS:
        return False
    numbers = [w for w in words if w.isdigit()]
    if numbers and (len(numbers) > 1 or len(numbers[0]) > 3):
        return False  # an age, not a figure
    said = frame.cue | _SPEECH_VERBS
    if not any(w in frame.cue or w in frame.names for w in words):
        return False
    known = [w in said or w in frame.names or w in _FUNCTION_WORDS or w.isdigit() for w in words]
    if all(known):
        return True
    if _is_cut_name(words, said, frame):
        return True
    words = _core_of_attribution(rest, words, said, frame)
    known = [w in said or w in frame.names or w in _FUNCTION_WORDS or w.isdigit() for w in words]
    if all(known):
        return bool(words)
    # titles and roles before the name ("said Councillor Mara Velde", "Transport Minister Mara
    # Velde said", "the group's spokesman, Mara Velde, said"): a few words before a name of the
    # speaker, a speech verb on either side
    names_at = [i for i, w in enumerate(words) if w in frame.names]
    said_at = [i for i, w in enumerate(words) if w in said and w not in _FUNCTION_WORDS]
    unknown_at = [i for i, ok in enumerate(known) if not ok]
    if len(unknown_at) > _MAX_TITLE_WORDS or not said_at or words[0] in _CONTINUATIONS:
        return False
    if names_at and said_at[0] < unknown_at[0] and unknown_at[-1] < names_at[-1]:
        return True
    if names_at and all(_leads_to_name(words, known, i, frame) for i in unknown_at):
        # a role set off from the name by a comma is introduced as one ("the group's spokesman,
        # Mara Velde"); bare words before a comma ("South Africa, the newspaper") are content
        run = unknown_at[0]
        if not _comma_inside(rest, words[run], words[unknown_at[-1] + 1]) or (
            run > 0 and words[run - 1] in _ROLE_OPENERS
        ):
            return True
    # a speaker named by role only, in one run of words with the speech verb first or last ("said
    # its leader", "the committee's chairman said", "officials said")
    if "," in rest.strip(" ,.\u00a0\u202f") or _breaks_sentence(rest):
        return False
    verb_last = said_at[-1] == len(words) - 1 and (words[0] in _ROLE_OPENERS or len(words) <= 2)
    return (said_at[0] == 0 and len(words) > 1 and words[1] in _ROLE_OPENERS) or verb_last


def _breaks_sentence(rest: str) -> bool:
    """Whether ``rest`` holds a quotation mark (not an apostrophe) or ends a sentence before its
    own end: an attribution does not reach past them."""
    inner = rest.strip(" ,.\u00a0\u202f").lstrip(CLOSING_MARKS).strip(" ,\u00a0\u202f")
    if _BREAK_CHARS.isdisjoint(inner):
        return False  # the usual case, found without a step per character
    return any(
        ch in ".!?…;:\n" or (ch in QUOTES and not _is_apostrophe(inner, i)) for i, ch in enumerate(inner)
    )


def _comma_inside(rest: str, first: str, after: str) -> bool:
    """Whether a comma stands between the first occurrence of the word ``first`` in ``rest`` and
    the next occurrence of the word ``after``."""
    tokens = [t.casefold() for t in re.findall(r"[\w’'-]+|,", rest)]
    if first not in tokens:
        return False
    i = tokens.index(first)
    j = next((k for k in range(i + 1, len(tokens)) if tokens[k] == after), len(tokens))
    return "," in tokens[i:j]


def _leads_to_name(words: list[str], known: list[bool], i: int, frame: _Frame) -> bool:
    """Whether the unknown word at ``i`` is part of a title or role that runs into the speaker's name
    (``Transport Minister Mara Velde``): the next word is unknown too, or a name."""
    j = i + 1
    return j < len(words) and (words[j] in frame.names or not known[j])


def _core_of_attribution(rest: str, words: list[str], said: frozenset[str], frame: _Frame) -> list[str]:
    """The words of an attribution without what may close it after its verb or its speaker's name:
    an apposition set off by a comma (``…, the chair of the harbour committee``) and the
    circumstances of the saying (``… in a statement on Sunday``, ``told reporters``)."""
    anchors = [i for i, w in enumerate(words) if w not in _FUNCTION_WORDS and (w in said or w in frame.names)]
    if not anchors or _breaks_sentence(rest):
        return words  # what closes an attribution stays in its sentence
    last = anchors[-1]
    after = words[last + 1 :]
    if after and after[0] in _CIRCUMSTANCE_OPENERS and len(after) <= _MAX_CIRCUMSTANCE_WORDS:
        return words[: last + 1]
    names_at = [i for i, w in enumerate(words) if w in frame.names]
    if names_at and after and len(after) <= _MAX_APPOSITION_WORDS and after[0] in _APPOSITION_OPENERS:
        name_end = names_at[-1]
        tail = rest.rstrip(" ,.\u00a0\u202f")
        comma = tail.rfind(",")
        if comma >= 0 and _words(tail[comma:]) == after and name_end == last:
            return words[: last + 1]
    return words


def _is_completed_attribution(text: str, at: int, end: int, frame: _Frame) -> bool:
    """Whether ``text[at:end]`` is an attribution, or begins one the model cut short: completed with
    the article's own words to the end of its sentence (no quotation mark on the way), it is one
    (``…, the group's spokesman`` of "…, the group's spokesman, Ivo Carne, said.")."""
    if _is_attribution(text[at:end], frame):
        return True
    copied = text[at:end].lstrip(CLOSING_MARKS)  # "“fair and final,” Health Minister Mara" cut short
    set_off = (
        copied.lstrip(" \u00a0\u202f")[:1] == ","
        or text[at - 2 : at - 1] in ",!?…"
        or text[at - 1 : at] == ","
    )
    if not set_off or _breaks_sentence(copied):
        return False  # only words of the same sentence, after a comma, are completed
    stop = _SENTENCE_END.search(text, end, end + _MAX_COMPLETION_CHARS)
    if stop is None or stop.start() == end:
        return False
    completion = text[end : stop.start()]
    if not _QUOTE_CHARS.isdisjoint(completion) and any(
        ch in QUOTES and not _is_apostrophe(text, end + k) for k, ch in enumerate(completion)
    ):
        return False
    return _is_attribution(text[at : stop.start()], frame)


def _is_cut_name(words: list[str], said: frozenset[str], frame: _Frame) -> bool:
    """Whether the words, speech verbs and function words aside, begin the speaker's name or mention
    in its order: an attribution the model copied only in part (``…, the Department for`` of "the
    Department for Transport said", ``…, said Senator Lucille`` of "Senator Lucille Brandt")."""
    core = tuple(w for w in words if w not in said and w not in _FUNCTION_WORDS)
    return bool(core) and any(seq[: len(core)] == core for seq in frame.name_words)


def _attribution_cut(text: str, start: int, end: int, frame: _Frame) -> int | None:
    """The index of the comma before an attribution closing the span, if there is one: the
    leftmost comma after which only an attribution follows (a speaker's apposition holds commas)."""
    cut = None
    comma = _comma_before(text, start, end)
    while comma > start and _is_completed_attribution(text, comma + 1, end, frame):
        cut = comma
        comma = _comma_before(text, start, comma)
    return cut


def _before_next_saying(text: str, start: int, end: int, frame: _Frame) -> int:
    """The end of a span the model ran on into the speaker's next verb of saying (``… on their
    knees” and added that``, ``… the report but said in``): just before its "and" or "but", when at
    most four words follow it; the span's end otherwise."""
    found = _NEXT_SAYING.search(text, start, end)
    if found is None or found.start() == start:
        return end
    verb = found.group(2).casefold()
    saying = verb in _SPEECH_VERBS or verb in _NEXT_SAYING_VERBS
    if verb in _FUNCTION_WORDS or not saying:
        return end
    return canonical_span(text, start, found.start())[1]


def _comma_before(text: str, start: int, end: int) -> int:
    """The last comma of ``text[start:end]`` that is not inside a number ("80,000"); -1 if none."""
    comma = text.rfind(",", start, end)
    while comma > start and text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", start, comma)
    return comma


def quote_edges(
    text: str,
    start: int,
    end: int,
    *,
    snippet: str,
    kind: str,
    cue: str | None = None,
    speaker: str | None = None,
    mention: str | None = None,
) -> tuple[int, int]:
    """The span ``text[start:end]`` found for the model's ``snippet`` with its edges where the
    convention has them (module docstring); the span itself when no rule applies. ``cue``,
    ``speaker`` and ``mention`` are the answer's: the words an attribution may hold."""
    frame = _Frame(
        frozenset(_words(cue)) - _FUNCTION_WORDS,
        frozenset(_words(speaker) + _words(mention)) - _FUNCTION_WORDS,
        tuple(
            tuple(w for w in _words(name) if w not in _FUNCTION_WORDS) for name in (speaker, mention) if name
        ),
    )
    if start < end and text[start] in _OPENERS:
        closing = _closing_mark(text, start, end, frame, direct=kind == "direct")
        if closing is not None:
            return canonical_span(text, start, closing)
    cut = _attribution_cut(text, start, end, frame)
    if cut is not None:
        start, end = canonical_span(text, start, cut)
    else:
        end = _before_next_saying(text, start, end, frame)
    if kind != "indirect":
        return start, end
    before = _COMPLEMENTISER_BEFORE.search(text, max(0, start - 8), start)
    cue_words = _words(cue)
    if before is not None and not (cue_words and _COMPLEMENTISER_FIRST.match(cue_words[-1])):
        return before.start(), end
    if not _COMPLEMENTISER_FIRST.match(snippet):
        return start, end  # tested first: the words below cost a pass over the whole quote
    found = _words(text[start:end])
    wrote = _words(snippet)
    if (
        len(found) > 1 and len(wrote) > 1 and found[0] != wrote[0] and found[1] == wrote[1]
    ):  # the model's "that" was aligned with the article's word before the content: not the quote's
        first = _WORD.search(text, start, end)
        if first is not None:
            after = first.end()
            while after < end and (text[after].isspace() or text[after] in END_PUNCT):
                after += 1  # "Manafort. He was" found for "that He was": the quote starts at "He"
            return canonical_span(text, after, end)
    return start, end
