"""The blind forms set through the name guard: is an organisation or state a model names in its
canonical form kept when the article names it another way, and dropped when it does not?

    python bench/forms.py

``blind/forms/cases.jsonl`` holds short invented news passages in English, French, German and
Spanish, each with the name a capable model would write for one actor and whether the passage names
that actor (``true``: in another form, given as ``expect``) or not (``invented``). Each case is one
answer's only actor, through ``resolve_actors``. Per kind: true names kept with the expected
mention (goal 100%), invented names kept (goal 0). The set is for measuring, never for tuning: its
first score is in ``blind/README.md``. Last line: one JSON object.
"""

from __future__ import annotations

import json
from collections import Counter

from _common import ROOT

from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMExtraction

CASES = ROOT / "blind" / "forms" / "cases.jsonl"


def main() -> None:
    c: Counter[str] = Counter()
    misses: list[str] = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        answer = LLMExtraction.model_validate({"actors": [{"name": case["name"], "type": case["type"]}]})
        actors = resolve_actors(case["text"], answer).actors
        mention = None
        if actors and actors[0].mentions:
            first = actors[0].mentions[0]
            mention = case["text"][first.start : first.end]
        kind, truth = case["kind"], case["truth"]
        c[f"{truth}:{kind}:n"] += 1
        c[f"{truth}:n"] += 1
        ok = mention == case["expect"] if truth == "true" else not actors
        c[f"{truth}:{kind}:ok"] += ok
        c[f"{truth}:ok"] += ok
        if not ok:
            misses.append(f"{case['id']}: {case['name']!r} -> {mention!r}")
    for truth, goal in (("true", "kept with the expected mention"), ("invented", "dropped")):
        kinds = sorted({k.split(":")[1] for k in c if k.startswith(truth + ":") and k.count(":") == 2})
        shown = ", ".join(f"{k} {c[f'{truth}:{k}:ok']}/{c[f'{truth}:{k}:n']}" for k in kinds)
        print(f"{truth} names {goal}: {c[f'{truth}:ok']}/{c[f'{truth}:n']} ({shown})")
    print(f"misses: {len(misses)}")
    print(
        json.dumps(
            {
                "true": c["true:n"],
                "true_kept": round(c["true:ok"] / max(c["true:n"], 1), 4),
                "invented": c["invented:n"],
                "invented_kept": round(1 - c["invented:ok"] / max(c["invented:n"], 1), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
