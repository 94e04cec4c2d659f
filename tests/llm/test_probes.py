"""The doctor's probes on in-process endpoints that accept and refuse chosen formats."""

from __future__ import annotations

import json

from probe_endpoint import ANSWER, BASE_URL, LLAMA_CPP_LIKE, Answers, completion, endpoint, refuse

from llmextract.llm.probes import PROBE_MAX_TOKENS, ProbeLimits, diagnose


def test_rejected_json_schema_leads_to_the_next_working_mode() -> None:
    http, asked = endpoint(LLAMA_CPP_LIKE, models=["m1", "m2"])
    diagnosis = diagnose(BASE_URL, None, http_client=http)
    assert diagnosis.model == "m1" and diagnosis.models == ["m1", "m2"]
    assert asked == ["json_schema", "json", "tools", "md_json"]  # one call each: a rejection is not retried
    assert diagnosis.working == ["json", "tools", "md_json"]
    schema_check = diagnosis.checks[0]
    assert not schema_check.ok and schema_check.outcome.startswith("rejected (HTTP 500)")
    assert "response_format" in schema_check.outcome
    assert diagnosis.checks[1].usage.total_tokens == 52
    assert diagnosis.flags() == f"-m m1 --base-url {BASE_URL} --mode json"


def test_json_schema_working_means_auto() -> None:
    answers = {**LLAMA_CPP_LIKE, "json_schema": lambda: completion(json.dumps(ANSWER))}
    http, _ = endpoint(answers, models=["m1"])
    diagnosis = diagnose(BASE_URL, "m1", http_client=http)
    assert diagnosis.flags() == f"-m m1 --base-url {BASE_URL}"


def test_invalid_answers_are_accepted_but_do_not_work() -> None:
    answers: Answers = {
        **LLAMA_CPP_LIKE,
        "json": lambda: completion(json.dumps({"speaker": ""})),
        "tools": lambda: refuse(400, "tool_choice is not supported by this model"),
    }
    http, asked = endpoint(answers, models=["m1"])
    diagnosis = diagnose(BASE_URL, "m1", http_client=http)
    json_check, tools_check = diagnosis.checks[1], diagnosis.checks[2]
    assert json_check.outcome == "accepted, but no valid answer in 1 call"
    assert json_check.usage.completion_tokens == 12
    assert tools_check.outcome.startswith("rejected (HTTP 400)")
    assert asked.count("json") == 1  # one probe per mode: no re-ask
    assert diagnosis.flags() == f"-m m1 --base-url {BASE_URL} --mode md_json"


def test_nothing_works() -> None:
    answers: Answers = dict.fromkeys(LLAMA_CPP_LIKE, lambda: refuse(404, "model 'nope' not found"))
    http, _ = endpoint(answers, models=["m1"])
    diagnosis = diagnose(BASE_URL, "nope", http_client=http)
    assert diagnosis.working == [] and diagnosis.flags() is None
    assert all(check.outcome.startswith("failed (HTTP 404)") for check in diagnosis.checks)


def test_unlisted_models_with_a_given_model() -> None:
    http, _ = endpoint(LLAMA_CPP_LIKE, models=None)
    diagnosis = diagnose(BASE_URL, "m1", http_client=http)
    assert diagnosis.models is None and diagnosis.models_error is not None
    assert (diagnosis.models_error or "").startswith("cannot list models")
    assert diagnosis.working == ["json", "tools", "md_json"]


def test_limits_shape_every_probe_and_the_flags() -> None:
    bodies: list[dict[str, object]] = []
    http, asked = endpoint(LLAMA_CPP_LIKE, models=["m1"], bodies=bodies)
    limits = ProbeLimits(timeout=5.0, max_tokens=300, temperature=None)
    diagnosis = diagnose(BASE_URL, "m1", limits=limits, modes=("json",), http_client=http)
    assert asked == ["json"] and diagnosis.working == ["json"]
    assert "temperature" not in bodies[0] and bodies[0]["max_tokens"] == 300
    assert diagnosis.flags() == f"-m m1 --base-url {BASE_URL} --mode json --temperature none --max-tokens 300"


def test_default_probes_send_temperature_zero_and_the_small_cap() -> None:
    bodies: list[dict[str, object]] = []
    http, _ = endpoint(LLAMA_CPP_LIKE, models=["m1"], bodies=bodies)
    diagnose(BASE_URL, "m1", modes=("md_json",), http_client=http)
    assert bodies[0]["temperature"] == 0.0 and bodies[0]["max_tokens"] == PROBE_MAX_TOKENS


def test_the_endpoint_is_shown_without_its_user_info() -> None:
    from llmextract.cli.doctor import render
    from llmextract.llm.probes import Diagnosis, ModeCheck

    diagnosis = Diagnosis(
        base_url="http://ops:hunter2-long-pass@127.0.0.1:8080/v1",
        model="m",
        models=["m"],
        models_error=None,
        checks=[ModeCheck(mode="json", ok=True, outcome="ok", seconds=0.1)],
    )
    report = render(diagnosis)
    assert "hunter2" not in report and "ops:" not in report
    assert "http://127.0.0.1:8080/v1" in report and "--base-url http://127.0.0.1:8080/v1" in report
