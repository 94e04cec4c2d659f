"""Hand-written model answers for the synthetic cassettes.

Each scenario is an article plus the exact HTTP answers a capable OpenAI-compatible model would
give (status, headers, JSON body in the chat-completions wire format). They were written by hand,
not recorded from a model: ``tests/write_synthetic_cassettes.py`` turns them into cassettes by
recording the toolkit's real requests against these scripted answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

BASE_URL = "http://synthetic.invalid/v1"
MODEL = "synthetic-capable-model"

ARTICLE = (
    "Harbour workers in Port Carrow walked off the job on Monday after talks with the Ministry of "
    "Transport collapsed.\n\n"
    "“We have waited eleven months for a fair offer, and we will not wait any longer,” said Maria "
    "Okafor, the head of the Dockworkers' Union.\n\n"
    "Transport Minister Henrik Vale told reporters that the government's offer was final. Okafor called "
    "the minister's position “an insult to every family on the quay.”\n\n"
    "Vale said the strike would cost the economy millions."
)
TITLE = "Port Carrow dockworkers strike"

ACTORS = [
    {
        "name": "Maria Okafor",
        "type": "person",
        "role": "head of the Dockworkers' Union",
        "aliases": ["Okafor"],
    },
    {"name": "Henrik Vale", "type": "person", "role": "Transport Minister", "aliases": ["Vale"]},
    {"name": "Dockworkers' Union", "type": "organization", "role": None, "aliases": []},
    {"name": "Ministry of Transport", "type": "organization", "role": None, "aliases": []},
]
QUOTES = [
    # quotation marks dropped by the model: grounding must still find the span
    {
        "text": "We have waited eleven months for a fair offer, and we will not wait any longer,",
        "speaker": "Maria Okafor",
        "cue": "said",
        "kind": "direct",
    },
    {
        "text": "the government's offer was final",
        "speaker": "Henrik Vale",
        "cue": "told reporters",
        "kind": "indirect",
    },
    {
        "text": "“an insult to every family on the quay.”",
        "speaker": "Okafor",
        "cue": "called",
        "kind": "direct",
    },
    {
        "text": "the strike would cost the economy millions",
        "speaker": "Vale",
        "cue": "said",
        "kind": "indirect",
    },
]
STANCES = [
    {
        "holder": "Maria Okafor",
        "target": "Henrik Vale",
        "polarity": "oppose",
        "evidence": "Okafor called the minister's position “an insult to every family on the quay.”",
    },
]
CLEAN = {"actors": ACTORS, "quotes": QUOTES, "stances": STANCES}
INVENTED = {
    "actors": ACTORS,
    "quotes": [
        *QUOTES,
        {
            "text": "The union will accept any offer the ministry makes before Friday.",
            "speaker": "Maria Okafor",
            "cue": "said",
            "kind": "indirect",
        },
    ],
    "stances": STANCES,
}
INVALID = {
    "actors": ACTORS,
    "quotes": [{"text": "", "speaker": "Maria Okafor", "cue": "said", "kind": "direct"}],
    "stances": [{**STANCES[0], "polarity": "furious"}],
}


def completion(
    content: dict[str, Any] | str, *, prompt_tokens: int, completion_tokens: int, finish_reason: str = "stop"
) -> dict[str, Any]:
    body = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    return {
        "id": "chatcmpl-synthetic",
        "object": "chat.completion",
        "created": 1767225600,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "logprobs": None,
                "message": {"role": "assistant", "content": body},
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


# In a fence, as chat models often answer when no structured output is enforced.
FENCED = "```json\n" + json.dumps(CLEAN, ensure_ascii=False, indent=2) + "\n```"
# The whole article's answer stops at the token limit; the toolkit then asks about smaller pieces:
# chars 0-232, 175-338 and 279-471 (see llmextract.llm.length_split), answered here piece by piece.
CUT = json.dumps(CLEAN, ensure_ascii=False)[:300]
OKAFOR, VALE = ACTORS[0], ACTORS[1]
PIECES = [
    {"actors": [OKAFOR, ACTORS[3]], "quotes": [QUOTES[0]], "stances": []},
    {"actors": [OKAFOR, VALE, ACTORS[2]], "quotes": [QUOTES[1]], "stances": []},
    {"actors": [VALE, OKAFOR], "quotes": [QUOTES[1], QUOTES[2], QUOTES[3]], "stances": STANCES},
]
#: The prompt the synthetic cassettes were written with (the default is the newest prompt).
V1 = "extraction@v1"

# LLM schema v2 (prompt extraction@v2): every key present, speaker_mention as the text words it.
CLEAN_V2 = {
    "actors": ACTORS,
    "quotes": [
        {**QUOTES[0], "speaker_mention": "Maria Okafor"},
        {**QUOTES[1], "speaker_mention": "Transport Minister Henrik Vale"},
        {**QUOTES[2], "speaker": "Maria Okafor", "speaker_mention": "Okafor"},
        {**QUOTES[3], "speaker": None, "speaker_mention": "Vale"},
    ],
    "stances": STANCES,
}


def error(status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "code": None, **extra}}


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Scenario:
    name: str
    answers: list[Answer]
    mode: str = "auto"
    is_async: bool = False
    extractor: dict[str, Any] = field(default_factory=dict)


SCENARIOS = [
    Scenario("test_clean_answer", [Answer(200, completion(CLEAN, prompt_tokens=812, completion_tokens=301))]),
    Scenario(
        "test_clean_answer_async",
        [Answer(200, completion(CLEAN, prompt_tokens=812, completion_tokens=301))],
        is_async=True,
    ),
    Scenario(
        "test_invented_quote_is_dropped",
        [Answer(200, completion(INVENTED, prompt_tokens=812, completion_tokens=330))],
    ),
    Scenario(
        "test_invalid_answer_fixed_on_reask",
        [
            Answer(200, completion(INVALID, prompt_tokens=812, completion_tokens=120)),
            Answer(200, completion(CLEAN, prompt_tokens=1010, completion_tokens=301)),
        ],
    ),
    Scenario(
        "test_reask_budget_exhausted",
        [
            Answer(200, completion(INVALID, prompt_tokens=812, completion_tokens=120)),
            Answer(200, completion(INVALID, prompt_tokens=1010, completion_tokens=120)),
            Answer(200, completion(INVALID, prompt_tokens=1010, completion_tokens=120)),
        ],
    ),
    Scenario(
        "test_rate_limited_then_success",
        [
            Answer(429, error(429, "Rate limit reached for requests"), {"retry-after": "0"}),
            Answer(200, completion(CLEAN, prompt_tokens=812, completion_tokens=301)),
        ],
    ),
    Scenario(
        "test_bad_request_is_not_retried",
        [
            Answer(400, error(400, "This model's maximum context length is 8192 tokens.")),
        ],
    ),
    Scenario(
        "test_json_schema_rejected_falls_back_to_json",
        [
            Answer(500, error(500, "response_format of type json_schema is not supported by this server")),
            Answer(200, completion(CLEAN, prompt_tokens=1204, completion_tokens=301)),
        ],
    ),
]
SCENARIOS.append(
    Scenario("test_forced_mode_does_not_fall_back", [SCENARIOS[-1].answers[0]], mode="json_schema")
)
SCENARIOS += [
    Scenario(
        "test_fenced_answer", [Answer(200, completion(FENCED, prompt_tokens=812, completion_tokens=330))]
    ),
    Scenario(
        "test_length_truncated_answer_is_split",
        [
            Answer(200, completion(CUT, prompt_tokens=812, completion_tokens=80, finish_reason="length")),
            *(Answer(200, completion(p, prompt_tokens=700, completion_tokens=120)) for p in PIECES),
        ],
        extractor={"max_tokens": 80},
    ),
    Scenario(
        "test_v2_clean_answer",
        [Answer(200, completion(CLEAN_V2, prompt_tokens=640, completion_tokens=340))],
        extractor={"prompt": "extraction@v2"},
    ),
]
BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}
