"""Calibrate the output-token estimate on the project's own answers, and print its error.

Every cassette interaction under ``cassettes/`` whose request holds an article (between
``<article>`` tags) and whose response holds an answer gives one pair: the article's tokens and
the answer's tokens, both counted with ``o200k_base`` (the synthetic cassettes' usage figures are
written by hand, so the answer's own text is counted; the recorded ones' ``completion_tokens`` are
printed beside it). The estimate is the empty answer's tokens plus ``share`` times the article's
tokens; ``share`` is the ratio of the summed answer tokens above the empty answer to the summed
article tokens. Errors: in-sample and leave-one-out (each answer estimated with the share fitted on
the others). Writes ``llmextract/cost/output_calibration.json``.

    python bench/cost_calibration.py

Last line: one JSON object.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's package first

from llmextract.cost.output_estimate import CALIBRATION, empty_answer  # noqa: E402
from llmextract.cost.tokens import counter_for  # noqa: E402
from llmextract.llm.answer_schema_v2 import answer_model  # noqa: E402
from llmextract.llm.prompts import DEFAULT_PROMPT, load_prompt  # noqa: E402

_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.S)


def pairs() -> list[tuple[str, str, int | None, str]]:
    """(article, answer, recorded completion_tokens or None, cassette) per distinct answer."""
    seen: dict[tuple[str, str], tuple[str, str, int | None, str]] = {}
    for path in sorted((ROOT / "cassettes").glob("*/*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            try:
                request = json.loads(item["request"]["body"])
                response = json.loads(item["response"]["body"]["string"])
                message = response["choices"][0]["message"]
            except (TypeError, ValueError, KeyError, IndexError):
                continue
            user = next((m["content"] for m in request.get("messages", []) if m.get("role") == "user"), "")
            found = _ARTICLE.search(user)
            calls = message.get("tool_calls")
            answer = calls[0]["function"]["arguments"] if calls else message.get("content")
            if not found or not answer:
                continue
            recorded = (
                response.get("usage", {}).get("completion_tokens") if "recorded" in path.parts else None
            )
            seen[(found.group(1), answer)] = (found.group(1), answer, recorded, path.name)
    return list(seen.values())


def main() -> None:
    counter = counter_for("gpt-4o-mini")
    model = answer_model(load_prompt(DEFAULT_PROMPT).llm_schema, asked_by=DEFAULT_PROMPT)
    empty = counter.count(empty_answer(model))
    rows = [(counter.count(a), counter.count(b), rec, name) for a, b, rec, name in pairs()]

    def share_of(subset: list[tuple[int, int, int | None, str]]) -> float:
        return sum(max(out - empty, 0) for _, out, _, _ in subset) / sum(art for art, _, _, _ in subset)

    share = share_of(rows)
    errors, loo = [], []
    for i, (art, out, rec, name) in enumerate(rows):
        estimate = empty + round(share * art)
        held = empty + round(share_of(rows[:i] + rows[i + 1 :]) * art)
        errors.append(abs(estimate - out) / out)
        loo.append(abs(held - out) / out)
        print(f"{name:60} article {art:4d}  answer {out:4d}  estimate {estimate:4d}  recorded {rec}")
    total = (sum(empty + round(share * art) for art, *_ in rows) - sum(out for _, out, *_ in rows)) / sum(
        out for _, out, *_ in rows
    )
    result = {
        "share": round(share, 4),
        "empty_answer_tokens": empty,
        "answers": len(rows),
        "mean_abs_error": round(sum(errors) / len(errors), 4),
        "mean_abs_error_leave_one_out": round(sum(loo) / len(loo), 4),
        "total_error": round(total, 4),
        "tokenizer": counter.label,
    }
    CALIBRATION.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    held_out = 100 * result["mean_abs_error_leave_one_out"]
    print(
        f"share {share:.3f} of the article's tokens over {len(rows)} answers; mean |error| "
        f"{100 * result['mean_abs_error']:.1f}% (leave-one-out {held_out:.1f}%),"
        f" error of the total {100 * total:+.1f}%"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
