"""The README's benchmark table, rerun from the benchmarks' own JSON lines.

Each benchmark prints its figures and, last, one JSON line; ``docs/figures.py --bench`` runs every
script named here and keeps those lines in ``docs/figures.json``, and the table is rendered from them
alone, so a figure in it is always what a command printed on the date beside it. What the numbers
were before a change lives in ``docs/benchmarks.md`` (history, not rerun).
"""

from __future__ import annotations

# ruff: noqa: E501  (one table of sentences; a cell reads better whole)
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Figures = dict[str, Any]


@dataclass(frozen=True)
class Bench:
    """One benchmark: its script and arguments (``{data}``, ``{train_gold}`` filled in), what it
    measures, and how its JSON line reads as a table cell."""

    script: str
    args: tuple[str, ...]
    what: str
    render: Callable[[Figures], str]

    @property
    def name(self) -> str:
        return Path(self.script).stem

    def shown(self) -> str:
        """The command as the README shows it."""
        shown = {"{data}": "[DATA]", "{train_gold}": "GOLD"}
        return " ".join(["python", self.script, *(shown.get(a, a) for a in self.args)])


def pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def _grounding(f: Figures) -> str:
    parts = [
        f"{f['quotes']:,} variants of tuned-on kinds: {pct(f['exact_policy'], 2)} exact among the gold spans the "
        f"span policy reproduces ({pct(f['exact'], 2)} of all), {pct(f['dice_0.9'], 2)} Dice ≥ 0.9",
        f"{f['held_out_quotes']:,} variants of kinds written after the fix: {pct(f['held_out_exact_policy'], 2)} "
        f"({pct(f['held_out_exact'], 2)} of all)",
        f"invented sentences grounded {f['invented_grounded']} of {f['invented']:,}, with an ellipsis "
        f"{f['invented_elided_grounded']}",
        f"{f['ms_per_article']:.1f} ms per article; a 100,000-character article with 200 quotes "
        f"{f['long_article_ms']:.1f} ms",
        f"whole answers: exact in reading order {pct(f['answers_exact_reading_order'], 2)}, shuffled "
        f"{pct(f['answers_exact_shuffled'], 2)}, {f['answers_leaks']} leaks in {f['answers_invented_articles']} "
        f"answers with an invented person, {f['answers_actors_without_mention']} of {f['answers_actors']:,} "
        "actors without a mention",
    ]
    for split, note in (("train", "tuned on"), ("dev", "held out")):
        frames = {k[len(f"frames_{split}_") :]: v for k, v in f.items() if k.startswith(f"frames_{split}_")}
        names = {k[len(f"names_{split}_") :]: v for k, v in f.items() if k.startswith(f"names_{split}_")}
        if frames:
            parts.append(
                f"quote edges exact, {split} ({note}): "
                + ", ".join(f"{k} {pct(v)}" for k, v in frames.items())
            )
        if names:
            parts.append(
                f"canonical names kept, {split} ({note}; other_* are invented): "
                + ", ".join(f"{k} {pct(v)}" for k, v in names.items())
            )
    return "; ".join(parts)


def _sentences(f: Figures) -> str:
    return (
        f"{pct(f['joined_recovered'], 2)} of sentence-like lines recovered, {pct(f['lines_one_sentence'], 2)} "
        f"of imported lines one sentence ({f['articles']} articles); {f['ms_per_article']} ms per article"
    )


def _dry_run(f: Figures) -> str:
    runs = "; ".join(
        f"at {r['chunk_chars']:,}-character chunks the dry run sent {r['dry_run_requests_sent']} requests and "
        f"counted {r['dry_run_input_tokens']:,} input tokens in {r['dry_run_requests']}, the real run sent "
        f"{r['real_input_tokens']:,} in {r['real_requests']} ({r['difference']:+.2%})"
        for r in f["runs"]
    )
    out_c, out_d = f["output_cassettes"], f["output_polnear_dev_gold"]
    return (
        f"{f['articles']} articles: {runs}; 4.5 characters a token {f['chars_per_token_error']:+.1%}; "
        f"`o200k_base` against SmolLM2's tokenizer {f['o200k_vs_smollm2_error']:+.1%}; output estimate mean "
        f"error on the cassettes (fitted on) {pct(out_c['mean_abs_error'])}, on dev gold as answers (held out) "
        f"{pct(out_d['mean_abs_error'])}"
    )


def _calibration(f: Figures) -> str:
    return (
        f"share {f['share']} of the article's tokens over {f['answers']} answers ({f['tokenizer']}); mean error "
        f"{pct(f['mean_abs_error'])} (leave-one-out {pct(f['mean_abs_error_leave_one_out'])}), total "
        f"{f['total_error']:+.1%}"
    )


def _speed(f: Figures) -> str:
    return (
        f"rules alone {f['rules_per_s']:.0f} articles/s; with grounding and actor resolution "
        f"{f['pipeline_per_s']:.0f} articles/s ({f['articles']} texts, CPU time, best of 5)"
    )


def _blind(f: Figures) -> str:
    rows = f["by_language"]
    a = rows["all"]
    langs = ", ".join(
        f"{lang} {r['direct_right_speaker']:.1f}% / {r['reported_found']:.1f}%"
        for lang, r in sorted(rows.items())
        if lang in ("fr", "de", "es")
    )
    return (
        f"{f['articles']} articles: quotes overlap ≥ 0.3 F1 {a['quotes_f1']:.1f}, joint {a['joint_f1']:.1f}, "
        f"actors {a['actors_f1']:.1f}, stance pairs {a['stance_pairs_f1']:.1f}; English quotes "
        f"{rows['en']['quotes_f1']:.1f}, joint {rows['en']['joint_f1']:.1f}; direct quotes with the right "
        f"speaker / reported statements found: {langs}"
    )


def _answers(f: Figures) -> str:
    styles = [s for s in ("faithful", "canonical", "perturbed", "shuffled", "invented") if s in f]
    cells = "; ".join(
        f"{s}: stances kept {pct(f[s]['true_stances_kept'])}, evidence exact {pct(f[s]['stance_evidence_exact'])}, "
        f"quotes exact {pct(f[s]['quote_spans_exact'])}, actors kept {pct(f[s]['true_actors_kept'])}"
        for s in styles
    )
    inv = f.get("invented", {})
    return (
        f"{f['articles']} articles, prompt {f.get('prompt')}: {cells}; invented persons left "
        f"{inv.get('invented_persons_left')} of {inv.get('invented_persons')}, organisations "
        f"{inv.get('invented_organizations_left')} of {inv.get('invented_organizations')}"
    )


def _forms(f: Figures) -> str:
    return (
        f"true names kept {round(f['true_kept'] * f['true'])} of {f['true']} ({pct(f['true_kept'])}), invented "
        f"kept {round(f['invented_kept'] * f['invented'])} of {f['invented']}"
    )


def _overhead(f: Figures) -> str:
    return (
        f"{f['added_ms_median']:.2f} ms added per extraction, {f['ratio']:.2f}× the bare call; grounding 200 "
        f"quotes in 100,000 characters {f['grounding_ms']:.1f} ms"
    )


def _prompt_overhead(f: Figures) -> str:
    cells = "; ".join(
        f"{ref}: " + ", ".join(f"{mode} {n}" for mode, n in modes.items())
        for ref, modes in f["overhead_tokens"].items()
    )
    return f"tokens around the article per mode: {cells} (goal ≤ {f['goal_tokens']}: {'met' if f['goal_met'] else 'not met'})"


def _throughput(f: Figures) -> str:
    return (
        f"{f['articles']:,} articles at concurrency {f['concurrency']}: {f['ratio']:.3f}× the ideal (simulated "
        f"limit {f['simulated_limit']:.3f}, bare client {f['bare_ratio']:.3f}); {f['failed']} failed; client CPU "
        f"{f['cpu_ms_per_article']:.2f} ms per article (bare {f['bare_cpu_ms_per_article']:.2f})"
    )


def _faults(f: Figures) -> str:
    return (
        f"{f['articles']:,} articles: lost {f['lost']}, duplicates {f['duplicates']}, {f['error_records']} error "
        f"records, {f['retries']} retries, at most {f['max_retries_per_article']} per article, "
        f"{f['refused_400_422']} asked once (400/422); the {f['stop_status']} stops the run after "
        f"{f['stop_results']} results, {f['stop_unsent']} never sent, {f['stop_duplicates']} duplicates"
    )


def _batch(f: Figures) -> str:
    return (
        f"{f['articles']:,} articles in {f['batches']} batch(es): {f['toolkit_ms_per_article']:.2f} ms of the "
        f"toolkit per article (goal ≤ {f['goal_ms']}), {f['wall_s']:.1f} s in all"
    )


def _ray(f: Figures) -> str:
    return (
        f"{f['articles']} articles: local {f['local_s']:.1f} s, Ray with 2 workers {f['ray_s']:.1f} s "
        f"(start {f['ray_startup_s']:.1f} s), speed-up {f['speedup']:.2f}× (goal ≥ {f['goal']}×); the same "
        f"results: {'yes' if f['same_results'] else 'no'}"
    )


def _corpus(f: Figures) -> str:
    return "; ".join(
        f"{r['n']:,} results: build {r['build']['s']} s ({r['build']['results_per_s']:,}/s), peak RSS "
        f"{r['build']['peak_rss_mb']} MB, update with {r['update']['results']:,} {r['update']['s']} s"
        for r in f["runs"]
    )


def _roundtrip(f: Figures) -> str:
    return (
        f"{f['articles']} articles, {f['quotes']:,} quotes: brat gives back {pct(f['brat_identical_share'], 2)} "
        f"as exported and {pct(f['brat_as_in_source_gold'] / f['quotes'], 2)} as in the source gold; Label "
        f"Studio exact F1 {pct(f['labelstudio_quotes_exact_f1'], 2)}, speaker entity "
        f"{pct(f['labelstudio_speaker_entity_accuracy'], 2)}"
    )


def _long(f: Figures) -> str:
    sizes = sorted({int(k.split("_")[1]) for k in f})
    return "; ".join(
        f"{n:,} characters: news-like {f[f'newsy_{n}_s']:.2f} s, repeated {f[f'repeated_{n}_s']:.2f} s"
        for n in sizes
    )


def _linking(f: Figures) -> str:
    def side(k: str) -> str:
        s = f[k]
        most = max(s["families"].values()) if s["families"] else 0
        return (
            f"{k}: {s['corpus_actors']} corpus actors for {s['gold_entities']} entities, precision "
            f"{pct(s['precision'])}, recall {pct(s['recall'])}, at most {most} corpus actors for one entity"
        )

    return f"{f['articles']} articles; " + "; ".join(side(k) for k in ("baseline", "llm") if k in f)


BENCHES: tuple[Bench, ...] = (
    Bench("bench/grounding.py", ("{data}",), "LLM-style variants of PolNeAR train quotes (tuned-on kinds and kinds written after the fix), invented sentences, whole answers in two orders, quote edges and canonical names on train and dev", _grounding),
    Bench("bench/answers.py", (), "LLM-style answers for the blind answers set (`blind/answers`) through the real assembly: faithful, canonical names, perturbed, shuffled, with invented persons", _answers),
    Bench("bench/forms.py", (), "the blind name-forms set (`blind/forms`): canonical names a model writes, true and invented", _forms),
    Bench("bench/sentences.py", ("{data}",), "the sentence segmentation on SEESAW (tuned on)", _sentences),
    Bench("bench/baseline.py", ("{data}",), "the rules baseline over PolNeAR dev texts", _speed),
    Bench("bench/blind.py", (), "the rules baseline on the blind news set (`blind/news`, measured only)", _blind),
    Bench("bench/cost_dry_run.py", ("{data}",), "`--dry-run` over PolNeAR dev against a loopback server that counts every request body's tokens", _dry_run),
    Bench("bench/cost_calibration.py", (), "fits the output-token estimate on the cassettes' answers", _calibration),
    Bench("bench/prompt_overhead.py", (), "tokens each prompt version adds around the article, per structured-output mode", _prompt_overhead),
    Bench("bench/overhead.py", (), "time one extraction adds against a zero-latency loopback server, beside a bare `openai` call", _overhead),
    Bench("bench/throughput.py", (), "1,000 articles at concurrency 100, latency uniform in 1–3 s, through `aextract_many` and a bare client", _throughput),
    Bench("bench/faults.py", (), "1,000 articles through the fault-injecting server, then 200 with a 401 halfway", _faults),
    Bench("bench/batch_api.py", (), "5,000 articles through `--batch-api`'s run path against a loopback Batch API", _batch),
    Bench("bench/ray_engine.py", ("{data}",), "the batch run over PolNeAR train on the baseline: local engine against `--engine ray`", _ray),
    Bench("bench/corpus.py", (), "`llmextract corpus` over 100,000, 300,000 and 1,000,000 invented results, then `--update`", _corpus),
    Bench("bench/roundtrip.py", ("{train_gold}",), "PolNeAR train gold dressed as results, through brat and Label Studio and back", _roundtrip),
    Bench("bench/long_inputs.py", (), "invented articles of 100,000 to 1,000,000 characters on the offline default", _long),
    Bench("bench/linking.py", (), "the corpus linker on the blind linking set (`blind/linking`, measured only)", _linking),
)  # fmt: skip


def last_json(text: str) -> Figures:
    """The last line a benchmark printed, read as its JSON figures."""
    return dict(json.loads(text.strip().splitlines()[-1]))


def stored(bench: Bench, printed: str) -> Figures:
    return {"date": dt.date.today().isoformat(), "command": bench.shown(), "figures": last_json(printed)}


def render_table(runs: dict[str, Figures]) -> str:
    """The README's benchmark table: one row per benchmark, its figures from its last stored run."""
    rows = ["| command | what | figures (date measured) |", "|---|---|---|"]
    for bench in BENCHES:
        run = runs.get(bench.name)
        cell = (
            f"{bench.render(run['figures'])} ({run['date']})"
            if run
            else "not run yet: `python docs/figures.py --bench " + bench.name + "`"
        )
        rows.append(f"| `{bench.shown()}` | {bench.what} | {cell} |")
    return "\n".join(rows)
