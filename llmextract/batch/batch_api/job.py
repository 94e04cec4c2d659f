"""One Batch API run: send what is not answered yet, wait, collect, assemble, retry, until every
article has ended once, as an extraction or an error record.

Each pass polls the batches in flight (downloading the files of those that ended), reads every
downloaded answer, writes the articles whose chunks are all answered, and sends the requests
still owed in a new batch, as long as each has been sent fewer than ``max_retries + 1`` times.
Error-file lines, requests of expired or cancelled batches and requests a batch left without a
line (``output_file_id: null``) are all "still owed". An answer that fails validation is re-asked
at once with an online call (full price for that request: a follow-up batch would cost half but
hold the run up to another 24 hours). Cached answers are used without sending; new ones are cached.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from llmextract.article import Article
from llmextract.batch.batch_api.answers import Returned, read_returned
from llmextract.batch.batch_api.remote import Remote
from llmextract.batch.batch_api.requests import (
    MAX_BYTES,
    MAX_REQUESTS,
    RequestLine,
    custom_id,
    request_line,
    set_key,
    split,
    split_custom_id,
)
from llmextract.batch.batch_api.state import TERMINAL, RequestSet, RunState
from llmextract.batch.many import BatchResult, ErrorInfo, FailureRecord
from llmextract.errors import LLMExtractError
from llmextract.llm.answerer import PreparedArticle
from llmextract.llm.chunk_calls import ChunkAnswer
from llmextract.llm.client import CallBudget
from llmextract.llm.outcomes import CutOff
from llmextract.pipeline import Extractor
from llmextract.utils.outputs import contained, write_bytes
from llmextract.utils.redaction import redact

__all__ = ["BatchApiJob", "BatchApiOptions"]


@dataclass(frozen=True)
class BatchApiOptions:
    """``checkpoint`` is told the name of each step as it is passed (tests stop a run there)."""

    no_wait: bool = False
    poll_seconds: float = 30.0
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES
    checkpoint: Callable[[str], None] | None = None
    on_poll: Callable[[list[RequestSet]], None] | None = None


class BatchApiJob:
    def __init__(
        self,
        extractor: Extractor,
        state: RunState,
        remote: Remote,
        emit: Callable[[BatchResult], None],
        options: BatchApiOptions,
    ) -> None:
        self.extractor = extractor
        self.llm = extractor.llm()
        self.state = state
        self.remote = remote
        self.emit = emit
        self.options = options
        self.max_sends = self.llm.max_sends
        self.prepared: dict[str, PreparedArticle] = {}
        self.budgets: dict[str, CallBudget] = {}
        self.answers: dict[str, list[ChunkAnswer]] = {}
        self.errors: dict[str, str] = {}
        self.ingested: set[str] = set()
        self.started = time.perf_counter()

    # -- the run ---------------------------------------------------------------------------

    def run(self, articles: list[Article]) -> bool:
        """True when every article has ended; False when ``no_wait`` left batches in flight."""
        self._prepare(articles)
        while True:
            self._poll()
            self._ingest()
            self._finish_ready()
            if not self.prepared:
                return True
            self._submit()
            if self.options.no_wait:
                return False
            if any(s.pending for s in self.state.sets):
                time.sleep(self.options.poll_seconds)

    def _step(self, name: str) -> None:
        if self.options.checkpoint is not None:
            self.options.checkpoint(name)

    def _save(self, step: str) -> None:
        self.state.save()
        self._step(step)

    # -- preparing -------------------------------------------------------------------------

    def _prepare(self, articles: list[Article]) -> None:
        for article in articles:
            try:
                prepared = self.llm.prepare(self.extractor.checked(article))
            except LLMExtractError as exc:
                self.emit(FailureRecord.from_exception(article.id, exc, attempts=0, usage=CallBudget().usage))
                continue
            self.prepared[article.id] = prepared
            self.budgets[article.id] = CallBudget()
            for index in range(len(prepared.requests)):
                found = self.llm.cached_answer(prepared, index)
                if found is not None:
                    self.answers[custom_id(article.id, index)] = [found]

    def _owed(self) -> list[str]:
        pending = {cid for s in self.state.sets if s.pending for cid in s.custom_ids}
        sent = self.state.sent_counts()
        owed = []
        for article_id, prepared in self.prepared.items():
            for index in range(len(prepared.requests)):
                cid = custom_id(article_id, index)
                if cid not in self.answers and cid not in pending and sent.get(cid, 0) < self.max_sends:
                    owed.append(cid)
        return owed

    # -- sending ---------------------------------------------------------------------------

    def _submit(self) -> None:
        owed = self._owed()
        if owed:
            sent = self.state.sent_counts()
            round_ = 1 + max(sent.get(cid, 0) for cid in owed)
            lines = (self._line(cid) for cid in owed)
            for group in split(lines, self.options.max_requests, self.options.max_bytes):
                key = f"{set_key(group)}-r{round_}"
                request_set = RequestSet(key=key, round=round_, custom_ids=[line.custom_id for line in group])
                write_bytes(  # requests carry articles and prompts, never a credential
                    self.state.folder / request_set.filename,
                    b"".join(line.data for line in group),
                    secret_free=True,
                )
                self.state.sets.append(request_set)
            self._save("planned")
        for request_set in self.state.sets:
            if request_set.pending and request_set.batch_id is None:
                self._send(request_set)

    def _line(self, cid: str) -> RequestLine:
        article_id, index = split_custom_id(cid)
        return request_line(cid, self.llm.request_body(self.prepared[article_id], index))

    def _send(self, request_set: RequestSet) -> None:
        path: Path = self.state.folder / request_set.filename
        if request_set.file_id is None:
            found = self.remote.find_upload(request_set.filename) if request_set.upload_started else None
            if found is None:
                request_set.upload_started = True
                self._save("upload-started")
                found = self.remote.upload(path, request_set.filename)
                self._step("uploaded-unsaved")
            request_set.file_id = found
            self._save("uploaded")
        if request_set.batch_id is None:
            found = self.remote.find_batch(request_set.key) if request_set.create_started else None
            if found is None:
                request_set.create_started = True
                self._save("create-started")
                found = self.remote.create(request_set.file_id, request_set.key)
                self._step("created-unsaved")
            request_set.batch_id = found
            self._save("created")
        path.unlink(missing_ok=True)

    # -- collecting ------------------------------------------------------------------------

    def _poll(self) -> None:
        live = [s for s in self.state.sets if s.pending]
        for request_set in live:
            if request_set.batch_id is None:
                self._send(request_set)
            assert request_set.batch_id is not None
            batch = self.remote.retrieve(request_set.batch_id)
            request_set.status = batch.status
            counts = batch.request_counts
            request_set.counts = counts.model_dump() if counts is not None else {}
            if batch.status in TERMINAL:
                for file_id, suffix in ((batch.output_file_id, "output"), (batch.error_file_id, "errors")):
                    if file_id:  # redacted before it is kept: error files may echo the key
                        write_bytes(self._download_path(request_set, suffix), self.remote.download(file_id))
                request_set.downloaded = True
                self._save("downloaded")
        if live and self.options.on_poll is not None:
            self.options.on_poll(live)

    def _download_path(self, request_set: RequestSet, suffix: str) -> Path:
        """Where a batch's file is kept: named from the server's batch id, never outside the folder."""
        return contained(self.state.folder, str(request_set.batch_id), f".{suffix}.jsonl")

    def _ingest(self) -> None:
        for request_set in self.state.sets:
            if not request_set.downloaded or request_set.key in self.ingested:
                continue
            self.ingested.add(request_set.key)
            returned: dict[str, Returned] = {}
            for suffix in ("output", "errors"):
                path = self._download_path(request_set, suffix)
                if path.exists():
                    read_returned(path, returned)
            for cid in request_set.custom_ids:
                article_id = split_custom_id(cid)[0]
                if article_id not in self.prepared or cid in self.answers:
                    continue
                self.budgets[article_id].http_calls += 1
                found = returned.get(cid)
                if found is None:
                    self.errors[cid] = f"batch {request_set.batch_id} ended {request_set.status} without it"
                elif found.body is None:
                    self.errors[cid] = redact(found.error or "failed in the batch")
                else:
                    self._answer(cid, found.body)

    def _answer(self, cid: str, body: str) -> None:
        article_id, index = split_custom_id(cid)
        prepared, budget = self.prepared[article_id], self.budgets[article_id]
        try:
            self.answers[cid] = self.llm.answer_from_body(prepared, index, body, budget)
        except CutOff as exc:
            self.errors[cid] = str(exc)
        except LLMExtractError as exc:  # the online re-ask failed too
            self.errors[cid] = str(exc)
            self._fail(article_id, exc, budget)

    def _fail(self, article_id: str, exc: BaseException, budget: CallBudget) -> None:
        if self.prepared.pop(article_id, None) is not None:
            record = FailureRecord.from_exception(
                article_id, exc, attempts=budget.http_calls, usage=budget.usage
            )
            self.emit(record)

    def _finish_ready(self) -> None:
        pending = {cid for s in self.state.sets if s.pending for cid in s.custom_ids}
        sent = self.state.sent_counts()
        for article_id, prepared in list(self.prepared.items()):
            cids = [custom_id(article_id, i) for i in range(len(prepared.requests))]
            budget = self.budgets[article_id]
            if all(cid in self.answers for cid in cids):
                del self.prepared[article_id]
                try:
                    parts = [part for cid in cids for part in self.answers[cid]]
                    answered = self.llm.answered(
                        prepared.article, parts, prepared.cuts, budget, self.started, through_batch=True
                    )
                    result: BatchResult = self.extractor.assembled(prepared.article, answered)
                except (LLMExtractError, ValueError) as exc:
                    result = FailureRecord.from_exception(
                        article_id, exc, attempts=budget.http_calls, usage=budget.usage
                    )
                self.emit(result)
                continue
            spent = [
                cid
                for cid in cids
                if cid not in self.answers and cid not in pending and sent.get(cid, 0) >= self.max_sends
            ]
            if spent:
                del self.prepared[article_id]
                message = f"chunk {split_custom_id(spent[0])[1]}: {self.errors.get(spent[0], 'no answer')}"
                error = ErrorInfo(type="ProviderError", message=message, attempts=budget.http_calls)
                self.emit(FailureRecord(id=article_id, error=error, usage=budget.usage))
