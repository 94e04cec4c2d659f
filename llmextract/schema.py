"""The result models: what users get back from every extraction.

This is a public contract. Fields may be added; none is renamed or removed without a new
``SCHEMA_VERSION`` and a new snapshot in ``schemas/``. Offsets are character offsets into the
article text (Python ``str`` indices), so ``article.text[q.start:q.end] == q.text`` always holds.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorType",
    "Alignment",
    "ArticleInfo",
    "Cost",
    "Extraction",
    "Mention",
    "MentionMatch",
    "Polarity",
    "PromptRef",
    "Provenance",
    "Quote",
    "QuoteKind",
    "Span",
    "Stance",
    "Usage",
]

SCHEMA_VERSION = 3  # 2: each actor mention says how it matched (Mention.match); 3: cost, cached
# tokens, Provenance.lang

ActorType = Literal["person", "organization", "state", "group", "other"]
QuoteKind = Literal["direct", "indirect"]
Polarity = Literal["support", "oppose", "neutral"]
Alignment = Literal["exact", "normalized", "fuzzy"]
MentionMatch = Literal["exact", "folded", "surname", "variant", "form", "acronym"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A half-open character range ``[start, end)`` in the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Span):
    """Where the article names an actor, and how its words matched the names the model gave:
    ``exact`` (a name or alias as written), ``folded`` (the same words up to case, accents, marks,
    spacing or a possessive), ``surname`` (a person's surname, or title and surname, of a fuller name
    given), ``variant`` (another spelling of a given person's name that the text uses: a middle
    initial, a first name the model left out), ``form`` (an organisation's other form: "Republicans"
    for the Republican Party, "the Justice Department"), ``acronym`` (its initials in capitals).
    Null in results written before schema version 2."""

    match: MentionMatch | None = None


class ArticleInfo(_Model):
    id: str
    title: str | None = None
    sha256: str = Field(description="sha256 of the article text as UTF-8")
    chars: int = Field(description="length of the text in characters")
    text: str | None = Field(default=None, description="the article text the offsets refer to")
    metadata: dict[str, Any] | None = Field(
        default=None,
        description="what the input gave besides id, title and text: date, source (outlet), url, lang",
    )


class Actor(_Model):
    id: str = Field(description="stable within one extraction: a1, a2, ...")
    name: str = Field(description="the fullest name the article gives")
    type: ActorType
    role: str | None = None
    aliases: list[str] = Field(default_factory=list, description="other names for this actor in the article")
    mentions: list[Mention] = Field(default_factory=list)

    @field_validator("mentions", mode="before")
    @classmethod
    def _spans_are_mentions(cls, value: Any) -> Any:
        """A plain ``Span`` (code written for schema version 1) is a mention whose match is unknown."""
        if isinstance(value, list):
            return [
                {"start": v.start, "end": v.end} if isinstance(v, Span) and not isinstance(v, Mention) else v
                for v in value
            ]
        return value


class Quote(_Model):
    id: str = Field(description="q1, q2, ...")
    text: str = Field(description="exactly article.text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    speaker_id: str | None = Field(default=None, description="id of the speaking actor")
    speaker: str | None = Field(default=None, description="the speaker's name as the model or rule gave it")
    speaker_span: Span | None = Field(default=None, description="the speaker mention nearest the quote")
    cue: str | None = Field(default=None, description="the cue verb or phrase: said, told, according to")
    alignment: Alignment


class Stance(_Model):
    id: str = Field(description="s1, s2, ...")
    holder_id: str = Field(description="id of the actor holding the stance")
    holder: str = Field(description="the holder's name")
    target: str = Field(description="what the stance is about: an actor's name or a topic")
    target_id: str | None = Field(default=None, description="id of the target actor, when it is one")
    polarity: Polarity
    evidence: list[Span] = Field(default_factory=list)
    quote_id: str | None = Field(default=None, description="the quote the evidence lies in, if any")


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = Field(
        default=0,
        description="the part of prompt_tokens the provider read from its prompt cache "
        "(usage.prompt_tokens_details.cached_tokens), billed at its cached rate",
    )

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
        )

    def __sub__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens - other.prompt_tokens,
            completion_tokens=self.completion_tokens - other.completion_tokens,
            cached_tokens=self.cached_tokens - other.cached_tokens,
        )


class Cost(_Model):
    """What an article's tokens cost, in USD, and the prices it was reckoned with."""

    usd: float = Field(ge=0, description="online cost of usage: cached tokens at the cached rate")
    prices: str = Field(description="where the prices came from: the price table's date, a price file, flags")


class PromptRef(_Model):
    name: str
    version: int
    sha256: str = Field(description="sha256 of the template file")
    rendered_sha256: str | None = Field(default=None, description="sha256 of the rendered messages sent")


class Provenance(_Model):
    model: str
    endpoint: str | None = Field(default=None, description="endpoint host, never a key")
    prompt: PromptRef | None = None
    schema_version: int = SCHEMA_VERSION
    toolkit_version: str
    mode: str | None = Field(default=None, description="structured-output mode that produced the answer")
    attempts: int = 1
    usage: Usage = Field(default_factory=Usage)
    cost: Cost | None = Field(
        default=None, description="what usage cost; absent when no price is known for the model"
    )
    seconds: float = 0.0
    lang: str | None = Field(
        default=None,
        description="ISO 639-1 code of the language the offline rules read the article in (the "
        "article's given lang, else the detected one); absent for an LLM's answer",
    )
    cached: bool = False
    length_splits: list[Span] | None = Field(
        default=None,
        description="article spans whose answer was cut at the token limit (finish_reason length) "
        "and which were split in smaller parts and asked again; absent when none was",
    )
    max_tokens_raised: int | None = Field(
        default=None,
        description="the highest answer token cap used after an answer was cut at the token limit, "
        "when the caller allowed raising it (max_tokens_limit); absent when it was not raised",
    )


class Extraction(_Model):
    """Everything found in one article, grounded and resolved."""

    schema_version: int = SCHEMA_VERSION
    article: ArticleInfo
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    provenance: Provenance
    warnings: list[str] = Field(default_factory=list)
