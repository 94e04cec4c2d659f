"""Round trips of a gold file through the annotation-tool formats: how much comes back unchanged.

Usage: ``python bench/roundtrip.py GOLD.jsonl`` (e.g. ``gold import polnear`` of PolNeAR dev).
Each gold article is dressed as a result (``gold_to_extraction``), then written as brat standoff
and read back with the PolNeAR importer, and written as Label Studio tasks and read back with the
Label Studio importer (the predictions taken as they are). Figures: quotes whose span, speaker
span, cue span and kind come back identical through brat, and the scores of the Label Studio gold
against the results it was made from. No tuning happens here; the last line is JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from llmextract.evaluation.gold import gold_to_extraction, load_gold
from llmextract.evaluation.labelstudio import import_labelstudio
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.scorer import compute_figures, score_article, sum_counts
from llmextract.export.brat import write_brat
from llmextract.export.gold_lines import extraction_to_gold
from llmextract.export.labelstudio import dumps, tasks_json


def main(gold_path: str) -> dict[str, object]:
    golds = load_gold(gold_path)
    extractions = [gold_to_extraction(a) for a in golds]
    with tempfile.TemporaryDirectory() as tmp:
        done = write_brat(extractions, Path(tmp) / "brat")
        back = {a.id: a for a in import_polnear(Path(tmp) / "brat").articles}
        tasks = tasks_json(extractions)
        (Path(tmp) / "tasks.json").write_text(dumps(tasks), encoding="utf-8")
        studio = {a.id: a for a in import_labelstudio(Path(tmp) / "tasks.json").articles}
    same = total = first = 0
    for gold, extraction, (_, stem) in zip(golds, extractions, done.articles, strict=True):
        sent = extraction_to_gold(extraction).quotes
        got = back[stem].quotes
        total += len(sent)
        key = lambda q: (q.start, q.end, tuple(q.speaker_spans), q.cue_span, q.kind)  # noqa: E731
        same += len({key(q) for q in sent} & {key(q) for q in got})
        # against the gold it started from: content span, the first speaker span and the cue span
        start = lambda q: (q.start, q.end, tuple(q.speaker_spans[:1]), q.cue_span)  # noqa: E731
        first += len({start(q) for q in gold.quotes} & {start(q) for q in got})
    counts = sum_counts(score_article(studio[x.article.id], x) for x in extractions if x.article.id in studio)
    figures = compute_figures(counts)
    summary: dict[str, object] = {
        "articles": len(extractions),
        "quotes": total,
        "brat_identical": same,
        "brat_identical_share": round(same / total, 4) if total else None,
        "brat_as_in_source_gold": first,
        "labelstudio_left_out": tasks.left_out,
        "labelstudio_quotes_exact_f1": figures[("quotes", "exact", "f1")],
        "labelstudio_speaker_mention_accuracy": figures[("quotes", "speaker_mention_accuracy")],
        "labelstudio_speaker_entity_accuracy": figures[("quotes", "speaker_entity_accuracy")],
    }
    print(f"brat: {same} of {total} quotes back identical (span, speaker span, cue span, kind)")
    print(f"brat: {first} of {total} with the content, first speaker and cue spans of the source gold")
    print(f"Label Studio: quotes exact F1 {figures[('quotes', 'exact', 'f1')]}, left out {tasks.left_out}")
    return summary


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
