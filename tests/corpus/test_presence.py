"""Articles and dates per actor summed a batch at a time: an article split across batches counts once."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from llmextract.corpus.presence import Presence

D1, D2, D3 = dt.date(2024, 1, 5), dt.date(2024, 2, 1), dt.date(2024, 3, 9)


def add(presence: Presence, rows: list[tuple[str, str, dt.date | None]]) -> None:
    actor, article, date = zip(*rows, strict=True)
    presence.add(pa.array(actor, pa.string()), pa.array(article, pa.string()), pa.array(date, pa.date32()))


def per_actor(presence: Presence) -> dict[str, tuple[int, dt.date | None, dt.date | None]]:
    return {
        r["actor_id"]: (r["articles"], r["first_date"], r["last_date"]) for r in presence.table().to_pylist()
    }


def test_an_article_split_across_batches_counts_once() -> None:
    presence = Presence()
    add(presence, [("p1", "a", D1), ("p2", "a", D1), ("p1", "b", D2)])
    add(presence, [("p1", "b", D2), ("p1", "c", D3)])  # the rest of article b
    add(presence, [("p2", "d", None)])
    assert per_actor(presence) == {"p1": (3, D1, D3), "p2": (2, D1, D1)}


def test_counts_given_per_actor_add_to_the_local_actors() -> None:
    presence = Presence()
    add(presence, [("p1", "a", D2)])
    presence.add_counted(
        pa.table(
            {"actor_id": ["p1", "p3"], "articles": [4, 1], "first_date": [D1, None], "last_date": [D3, None]}
        )
    )
    assert per_actor(presence) == {"p1": (5, D1, D3), "p3": (1, None, None)}


def test_keys_of_another_type_are_other_articles() -> None:
    presence = Presence()
    presence.add(pa.array(["p1"]), pa.array([0], pa.int32()), pa.array([D1], pa.date32()))
    add(presence, [("p1", "0", D2)])
    assert per_actor(presence) == {"p1": (2, D1, D2)}


def test_many_batches_are_summed_as_they_come() -> None:
    presence = Presence()
    for n in range(200):  # more batches than are kept before summing
        add(presence, [("p1", f"art-{n}", D1), ("p2", f"art-{n}", D2)])
    assert per_actor(presence) == {"p1": (200, D1, D1), "p2": (200, D2, D2)}
    assert Presence().table().num_rows == 0
