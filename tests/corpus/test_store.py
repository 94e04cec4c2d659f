"""Local actors kept compactly: article ids in Arrow chunks read back as they came."""

from __future__ import annotations

import pytest

from llmextract.corpus.store import ArticleIds


def test_article_ids_come_back_by_number_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ArticleIds, "CHUNK", 3)
    ids = ArticleIds()
    assert ids.last() is None and len(ids) == 0
    names = [f"story-{n}" for n in range(8)]  # two whole chunks and two pending
    for n, name in enumerate(names):
        ids.append(name)
        assert ids.last() == name and len(ids) == n + 1
    assert [ids[i] for i in range(8)] == names
    ids.append("story-8")  # the third chunk closes: the last id now comes from Arrow
    assert ids.last() == "story-8" and ids[8] == "story-8" and ids[2] == "story-2"
