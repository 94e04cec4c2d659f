"""What one article will cost before it is sent: its requests as the run would build them, counted.

The requests come from the LLM answerer itself (:meth:`~llmextract.llm.answerer.LLMAnswerer.prepare`
and :meth:`~llmextract.llm.answerer.LLMAnswerer.request_body`: prompt version, answer schema,
chunking and the title and data fences exactly as a real run posts them), so a dry run and a real
run cannot drift apart. A chunk the response cache answers costs nothing and is counted apart.
Requests are counted as ``json_schema`` bodies (the mode ``auto`` tries first); other modes carry the
same schema elsewhere in the request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from llmextract.cost.output_estimate import estimate_output_tokens
from llmextract.cost.tokens import TokenCounter, request_tokens, static_prefix_tokens

if TYPE_CHECKING:
    from llmextract.article import Article
    from llmextract.llm.answerer import LLMAnswerer

__all__ = ["ArticleEstimate", "estimate_article"]


@dataclass(frozen=True)
class ArticleEstimate:
    """One article's requests to send, their input tokens, and the answer tokens expected."""

    requests: int
    cached_requests: int
    input_tokens: int
    output_tokens: int
    prefix_tokens: int  # the static part (system message) of one request


def estimate_article(answerer: LLMAnswerer, article: Article, counter: TokenCounter) -> ArticleEstimate:
    """Count ``article``'s first requests as ``answerer`` would send them (no re-asks, no retries)."""
    prepared = answerer.prepare(article)
    requests = cached = input_tokens = output_tokens = prefix = 0
    for index, ask in enumerate(prepared.requests):
        if answerer.cached_answer(prepared, index) is not None:
            cached += 1
            continue
        body = answerer.request_body(prepared, index)
        requests += 1
        input_tokens += request_tokens(body, counter)
        prefix = static_prefix_tokens(body, counter)
        text = article.text[ask.chunk.start : ask.chunk.end]
        expected = estimate_output_tokens(counter.count(text), answerer.answer_model, counter)
        output_tokens += min(expected, ask.max_tokens) if ask.max_tokens else expected
    return ArticleEstimate(requests, cached, input_tokens, output_tokens, prefix)
