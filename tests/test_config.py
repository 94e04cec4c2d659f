"""The one config: every default and check in one place, picklable for workers without the key."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from llmextract import Extractor
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError


def test_the_config_pickles_without_its_key() -> None:
    config = ExtractorConfig(
        "gpt-test", base_url="http://127.0.0.1:9/v1", api_key="k3y-never-travels-0123456789"
    )
    copy = pickle.loads(pickle.dumps(config))
    assert copy == config  # the key is not part of equality either
    assert copy.api_key is None and copy.base_url == config.base_url
    assert b"never-travels" not in pickle.dumps(config)
    assert "never-travels" not in repr(config)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"mode": "yaml"}, "--mode 'yaml' is unknown"),
        ({"timeout": 0}, "--timeout must be > 0"),
        ({"max_chars": 0}, "--max-chars must be >= 1"),
        ({"chunk_chars": 0}, "--chunk-chars must be >= 1"),
        ({"max_tokens_limit": 0}, "--max-tokens-limit must be >= 1"),
        ({"temperature": float("nan")}, "--temperature must be a finite number"),
    ],
)
def test_every_check_lives_in_the_config(change: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        replace(ExtractorConfig(), **change)
    with pytest.raises(ConfigError, match=message):
        Extractor("baseline", **change)


def test_an_extractor_takes_a_config_or_its_fields() -> None:
    config = ExtractorConfig("baseline", include_text=False, max_chars=500)
    with Extractor(config=config) as one, Extractor("baseline", include_text=False, max_chars=500) as two:
        assert one.config == two.config == config
    with Extractor(config=config, max_chars=40) as changed:
        assert changed.config.max_chars == 40 and changed.config.include_text is False


async def test_an_extractor_is_an_async_context_manager() -> None:
    async with Extractor("baseline") as extractor:
        result = await extractor.aextract("“We go now,” said Mayor Ann Lee.")
    assert result.quotes
