"""The offline rules as an answerer: no endpoint, no prompt, no cache; the same answer every time."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from llmextract.__about__ import __version__
from llmextract.answering import Answered
from llmextract.baseline.model import baseline_of
from llmextract.model_choice import BASELINE
from llmextract.schema import Provenance
from llmextract.text.chunks import Chunk

if TYPE_CHECKING:
    from llmextract.answering import CallBudget
    from llmextract.article import Article

__all__ = ["RulesAnswerer"]


class RulesAnswerer:
    """``-m baseline``: :func:`~llmextract.baseline.model.baseline_of` in the answerer's shape."""

    model = BASELINE

    def answer(self, article: Article, budget: CallBudget | None, started: float) -> Answered:
        answer = baseline_of(article)
        seconds = round(time.perf_counter() - started, 4)
        provenance = Provenance(model=self.model, toolkit_version=__version__, seconds=seconds)
        return Answered([(Chunk(0, len(article.text)), answer)], provenance)

    async def aanswer(self, article: Article, budget: CallBudget | None, started: float) -> Answered:
        return self.answer(article, budget, started)  # pure CPU, a few milliseconds: no await needed

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""
