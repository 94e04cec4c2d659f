"""Mode memory belongs to one client: what worked there is tried first, a new client starts afresh."""

from __future__ import annotations

import threading

from llmextract.llm.modes import AUTO_ORDER, ModeMemory
from llmextract.llm.settings import LLMSettings

AUTO = LLMSettings(model="m", base_url="http://fake.test/v1", api_key="k")


def test_auto_tries_the_mode_that_worked_first_then_the_others() -> None:
    memory = ModeMemory(AUTO)
    assert memory.to_try() == list(AUTO_ORDER)
    memory.remember("md_json")
    assert memory.to_try() == ["md_json", "json_schema", "json"]


def test_a_new_memory_for_the_same_endpoint_knows_nothing() -> None:
    ModeMemory(AUTO).remember("json")
    assert ModeMemory(AUTO).to_try() == list(AUTO_ORDER), "no state shared between clients"


def test_a_forced_mode_is_the_only_one_and_is_never_replaced() -> None:
    memory = ModeMemory(LLMSettings(model="m", base_url="http://x/v1", api_key="k", mode="tools"))
    memory.remember("json")
    assert memory.to_try() == ["tools"]


def test_threads_remembering_at_once_leave_one_known_mode_first() -> None:
    memory = ModeMemory(AUTO)
    threads = [threading.Thread(target=memory.remember, args=(m,)) for m in AUTO_ORDER * 20]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    order = memory.to_try()
    assert sorted(order) == sorted(AUTO_ORDER) and len(order) == len(AUTO_ORDER)
