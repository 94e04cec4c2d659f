"""What a request costs besides the article: the prompt overhead per prompt version and mode.

The toolkit's real first request for a one-word article is captured on an in-process transport
(no server, no network) for each prompt and structured-output mode. Overhead is every character
sent except the article and its title: the message texts, plus the ``response_format``, ``tools``
and ``tool_choice`` parts as the openai client serialises them (compact JSON). Tokens are
characters / 4. The goal for ``extraction@v2`` in json_schema mode is at most 800 tokens.

    python bench/prompt_overhead.py

Last line: one JSON object.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package first

from llmextract import Article, Extractor, LLMExtractError
from llmextract.llm.prompts import list_prompts

# every packaged version, the newest (the default) included
PROMPTS = sorted(p.ref for p in list_prompts() if p.ref.startswith("extraction@"))
MODES = ["json_schema", "json", "md_json", "tools"]
WORD = "Word."
TITLE = "Title"
GOAL_TOKENS = 800


def first_request(prompt: str, mode: str) -> dict[str, Any]:
    """The JSON body of the first request the toolkit sends in this mode."""
    seen: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        return httpx2.Response(400, json={"error": {"message": "captured", "type": "invalid_request_error"}})

    extractor = Extractor(
        "m",
        base_url="http://capture.invalid/v1",
        api_key="placeholder",
        prompt=prompt,
        mode=mode,
        cache=False,
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    with contextlib.suppress(LLMExtractError):
        extractor.extract(Article(text=WORD, id="w", title=TITLE))
    extractor.close()
    return seen[0]


def overhead_chars(body: dict[str, Any]) -> int:
    messages = sum(len(m["content"]) for m in body["messages"] if isinstance(m.get("content"), str))
    structured = sum(
        len(json.dumps(body[key], separators=(",", ":"), ensure_ascii=False))
        for key in ("response_format", "tools", "tool_choice")
        if key in body
    )
    return messages - len(WORD) - len(TITLE) + structured


def main() -> None:
    figures: dict[str, dict[str, int]] = {}
    for prompt in PROMPTS:
        figures[prompt] = {}
        for mode in MODES:
            tokens = round(overhead_chars(first_request(prompt, mode)) / 4)
            figures[prompt][mode] = tokens
            print(f"{prompt:15} {mode:12} {tokens:5} tokens besides the article")
    v2 = figures["extraction@v2"]["json_schema"]
    verdict = "met" if v2 <= GOAL_TOKENS else "MISSED"
    print(f"extraction@v2 json_schema: {v2} tokens, goal <= {GOAL_TOKENS}: {verdict}")
    print(json.dumps({"overhead_tokens": figures, "goal_tokens": GOAL_TOKENS, "goal_met": v2 <= GOAL_TOKENS}))


if __name__ == "__main__":
    main()
