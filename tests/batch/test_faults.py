"""200 articles through a server that injects every fault: nothing lost, nothing twice, budgets kept."""

from __future__ import annotations

from fake_openai import FakeServer, Faults

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, extract_many, result_id
from llmextract.schema import Extraction

MAX_RETRIES, MAX_REASKS = 3, 1
TRANSPORT_FAULTS = {"rate_limit", "server_error", "reset", "timeout", "truncated"}
REFUSED = {"f007": 400, "f057": 422, "f107": 400, "f157": 422}  # 401/403/404 stop the run


def articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        key = f"f{i:03d}"
        status = f" [status:{REFUSED[key]}]" if key in REFUSED else ""
        text = f"[id:{key}] “Line {i} will reopen next week,” said Mara Quist at the depot.{status}"
        out.append(Article(id=key, text=text))
    return out


def test_every_fault_on() -> None:
    faults = Faults(
        rate_limit=0.06, server_error=0.06, reset=0.04, timeout=0.03, truncated=0.04, invalid=0.08, hang=1.5
    )
    inputs = articles(200)
    with FakeServer(faults=faults, seed=11) as server:
        results = list(
            extract_many(
                inputs,
                "m",
                base_url=server.base_url,
                concurrency=16,
                timeout=1.0,
                max_retries=MAX_RETRIES,
                max_reasks=MAX_REASKS,
                backoff_base=0.0,
                cache=False,
            )
        )
    ids = [result_id(r) for r in results]
    assert len(ids) == len(set(ids)), "no article twice"
    assert set(ids) == {a.id for a in inputs}, "no article lost"
    assert all(server.faults_sent[kind] > 0 for kind in [*TRANSPORT_FAULTS, "invalid", "status"])

    failures = [r for r in results if isinstance(r, FailureRecord)]
    assert {f.id for f in failures} >= set(REFUSED)
    for result in results:
        key = result_id(result)
        log = server.log[key]
        retried = sum(1 for outcome in log if outcome in TRANSPORT_FAULTS)
        reasked = sum(1 for outcome in log if outcome == "invalid")
        attempts = result.provenance.attempts if isinstance(result, Extraction) else result.error.attempts
        # A request can die before the server reads it (a client-side timeout on a busy machine), so
        # the server may see fewer calls than were made, never more: there is no hidden retry layer.
        assert len(log) <= attempts <= 1 + MAX_RETRIES + MAX_REASKS, key
        if key in REFUSED:
            assert log == [f"status:{REFUSED[key]}"] and attempts == 1, "400/422 are never retried"
            assert isinstance(result, FailureRecord) and f"HTTP {REFUSED[key]}" in result.error.message
        elif isinstance(result, Extraction):
            assert retried <= MAX_RETRIES and reasked <= MAX_REASKS and log[-1] == "ok"
            assert [q.text for q in result.quotes] == [
                f"“Line {key[1:].lstrip('0') or '0'} will reopen next week,”"
            ]
        elif result.error.type == "ProviderError":
            assert attempts >= MAX_RETRIES + 1, f"{key}: gave up only when the retry budget was spent"
        else:
            assert result.error.type == "ExtractionFailed" and reasked == MAX_REASKS + 1
