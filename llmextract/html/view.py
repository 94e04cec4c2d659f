"""One article's extraction as a self-contained HTML page, and a folder of them with an index.

The page needs nothing but itself: CSS, JS, data and the stance graph (SVG) are inline, so it
opens from a file, an e-mail attachment or a printout. Everything taken from the article or the
model (text, names, ids, cues) is data and is escaped; quote offsets are checked against the
article text before anything is drawn, because a view that highlights the wrong words misleads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from llmextract.html.graph import POLARITY_VERBS, stance_graph
from llmextract.html.palette import actor_colors, extra_palette_css
from llmextract.html.quoting import in_marks
from llmextract.html.review import review_context
from llmextract.html.spans import Piece, laminar_pieces, mark_text
from llmextract.html.templating import asset, environment, script_json
from llmextract.schema import Extraction, Quote
from llmextract.utils.json_policy import load_file
from llmextract.utils.jsonl import read_jsonl
from llmextract.utils.outputs import output_folder, safe_stem, write_text

__all__ = ["load_results", "render_extraction_html", "safe_filename", "write_views"]

KIND_LABELS = {"direct": "direct speech", "indirect": "reported speech"}


def _article_text(extraction: Extraction) -> str:
    text = extraction.article.text
    if text is None:
        raise ValueError(
            f"article {extraction.article.id!r}: the result has no article text (article.text is None), "
            "so its quotes cannot be shown; extract again keeping the text in the result"
        )
    return text


def _check_offsets(extraction: Extraction, text: str) -> None:
    for q in extraction.quotes:
        if not (0 <= q.start <= q.end <= len(text)) or text[q.start : q.end] != q.text:
            raise ValueError(
                f"article {extraction.article.id!r}: quote {q.id} at [{q.start}, {q.end}) does not match "
                f"the article text (expected {q.text[:60]!r})"
            )
    for s in extraction.stances:
        for span in s.evidence:
            if not (0 <= span.start <= span.end <= len(text)):
                raise ValueError(
                    f"article {extraction.article.id!r}: stance {s.id} evidence [{span.start}, {span.end}) "
                    f"lies outside the article ({len(text)} characters)"
                )


def _quote_summary(q: Quote, speaker: str, stances: list[str]) -> str:
    parts = [speaker, KIND_LABELS[q.kind]]
    if q.cue:
        parts.append(f"cue: {q.cue}")
    parts.append(f"alignment: {q.alignment}")
    parts.extend(stances)
    return " · ".join(parts)


def duration_text(seconds: float) -> str:
    """Time as a reader takes it in: milliseconds under a second (the rules take a few), so a
    real run never shows as "0.00 s"."""
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def _context(extraction: Extraction, review: bool = False) -> dict[str, Any]:
    text = _article_text(extraction)
    _check_offsets(extraction, text)
    actors = extraction.actors
    names = {a.id: a.name for a in actors}
    colors = actor_colors(a.id for a in actors)
    quote_counts = Counter(q.speaker_id for q in extraction.quotes)
    evidence = {s.id: " … ".join(text[e.start : e.end] for e in s.evidence) for s in extraction.stances}
    stance_lines = {
        s.id: f"{names.get(s.holder_id, s.holder)} {POLARITY_VERBS[s.polarity]} {s.target}"
        for s in extraction.stances
    }
    by_quote: dict[str, list[str]] = {}
    for s in extraction.stances:
        if s.quote_id:
            by_quote.setdefault(s.quote_id, []).append(s.id)

    def speaker_of(q: Quote) -> str:
        return names.get(q.speaker_id or "", q.speaker or "unknown speaker")

    quotes = {q.id: q for q in extraction.quotes}

    def open_tag(piece: Piece) -> Markup:
        q = quotes[piece.key]
        color = f"spk-{colors[q.speaker_id]}" if q.speaker_id in colors else "spk-none"
        attrs = {
            "class": f"q q-{q.kind} {color}" + (" q-cont" if piece.part else ""),
            "data-quote": q.id,
            "data-actor": q.speaker_id or "",
        }
        if piece.part == 0:
            summary = _quote_summary(q, speaker_of(q), [stance_lines[s] for s in by_quote.get(q.id, [])])
            attrs.update(
                {"id": f"quote-{q.id}", "tabindex": "0", "title": summary, "aria-describedby": "tip"}
            )
        rendered = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items())
        return Markup(f"<mark {rendered}>")

    pieces = laminar_pieces((q.id, q.start, q.end) for q in extraction.quotes)
    body = mark_text(text, pieces, open_tag, Markup("</mark>"))

    data = {
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "type": a.type,
                "role": a.role,
                "aliases": a.aliases,
                "quotes": quote_counts.get(a.id, 0),
            }
            for a in actors
        ],
        "quotes": [
            {
                "id": q.id,
                "speaker": speaker_of(q),
                "speaker_id": q.speaker_id,
                "kind": KIND_LABELS[q.kind],
                "cue": q.cue,
                "alignment": q.alignment,
                "stances": [stance_lines[s] for s in by_quote.get(q.id, [])],
            }
            for q in extraction.quotes
        ],
        "stances": [
            {
                "id": s.id,
                "line": stance_lines[s.id],
                "holder_id": s.holder_id,
                "target_id": s.target_id,
                "polarity": s.polarity,
                "evidence": evidence[s.id],
                "evidence_shown": in_marks(evidence[s.id]) if evidence[s.id] else "",
            }
            for s in extraction.stances
        ],
    }
    prov = extraction.provenance
    usage = prov.usage
    provenance: list[tuple[str, str]] = [("model", prov.model)]
    if prov.endpoint:
        provenance.append(("endpoint", prov.endpoint))
    provenance.append(("prompt", f"{prov.prompt.name} v{prov.prompt.version}" if prov.prompt else "none"))
    provenance += [
        ("schema version", str(extraction.schema_version)),
        ("toolkit", prov.toolkit_version),
        (
            "tokens",
            f"{usage.total_tokens} ({usage.prompt_tokens} prompt + {usage.completion_tokens} completion)",
        ),
        ("attempts", str(prov.attempts)),
    ]
    if prov.mode:
        provenance.append(("mode", prov.mode))
    if prov.lang:
        provenance.append(("language", prov.lang))
    provenance += [
        ("time", duration_text(prov.seconds) + (" (cached)" if prov.cached else "")),
        ("article sha256", extraction.article.sha256[:16]),
    ]
    meta = extraction.article.metadata or {}
    url = meta.get("source_url")
    page = meta.get("source_html")
    return {
        "article": extraction.article,
        "title": extraction.article.title or extraction.article.id,
        # the page the text was read from: a web address (http and https only) and/or the file
        "source_url": url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        "source_page": page if isinstance(page, str) else None,
        "body": body,
        "actors": [{"actor": a, "color": colors[a.id], "quotes": quote_counts.get(a.id, 0)} for a in actors],
        "quotes": [
            {
                "quote": q,
                "speaker": speaker_of(q),
                "color": colors.get(q.speaker_id or ""),
                "kind": KIND_LABELS[q.kind],
            }
            for q in sorted(extraction.quotes, key=lambda q: (q.start, -q.end))
        ],
        "stances": [
            {"stance": s, "line": stance_lines[s.id], "evidence": evidence[s.id]} for s in extraction.stances
        ],
        "unattributed": sum(1 for q in extraction.quotes if q.speaker_id not in colors),
        "graph": stance_graph(extraction, colors, evidence),
        "provenance": provenance,
        "warnings": extraction.warnings,
        "data": script_json(data),
        "css": asset("view.css"),
        "palette_css": extra_palette_css(len(colors)),
        "js": asset("view.js"),
        "review": review_context(extraction) if review else None,
    }


def render_extraction_html(extraction: Extraction, *, review: bool = False) -> str:
    """One self-contained HTML page for ``extraction``; ``review`` adds the review panel, which
    corrects the result in the browser and downloads it as a gold line.

    Raises ValueError when the result carries no article text or a quote's offsets do not
    match it.
    """
    return environment().get_template("view.html.j2").render(**_context(extraction, review))


def safe_filename(article_id: str, taken: set[str]) -> str:
    """A file name (without suffix) for ``article_id``: portable, unique in ``taken`` (case-blind).

    Ids that needed changing get a short hash of the original, so ``a/b`` and ``a_b`` differ.
    """
    return safe_stem(article_id, taken, empty="article")


def write_views(extractions: Iterable[Extraction], out_dir: Path, *, review: bool = False) -> list[Path]:
    """Write one page per extraction and an ``index.html`` linking them; returns the pages, index last.
    ``review``: every page has the review panel."""
    output_folder(out_dir)
    taken: set[str] = set()
    pages: list[Path] = []
    entries: list[dict[str, Any]] = []
    for extraction in extractions:
        html = render_extraction_html(extraction, review=review)
        path = out_dir / f"{safe_filename(extraction.article.id, taken)}.html"
        write_text(path, html)
        pages.append(path)
        entries.append(
            {
                "href": url_quote(path.name),
                "title": extraction.article.title or extraction.article.id,
                "id": extraction.article.id,
                "model": extraction.provenance.model,
                "actors": len(extraction.actors),
                "quotes": len(extraction.quotes),
                "stances": len(extraction.stances),
            }
        )
    index = out_dir / "index.html"
    write_text(
        index, environment().get_template("index.html.j2").render(entries=entries, css=asset("view.css"))
    )
    return [*pages, index]


def load_results(path: Path) -> Iterator[Extraction]:
    """Extractions from a results JSONL file (one per line) or a single-result JSON file.

    Lines holding a failure record (``{"id", "error"}``, as batch and eval runs write them) are
    skipped: there is nothing to show for them. Lines are read with
    :func:`llmextract.utils.jsonl.read_jsonl` (records end at ``\\n`` only). Raises ValueError naming
    the file and line, or the JSON policy's InputError for a line or file it does not read.
    """
    if path.suffix.lower() == ".json":
        data = load_file(path)  # an InputError naming the file when it is no JSON the toolkit reads
        try:
            yield Extraction.model_validate(data)
        except ValueError as exc:
            raise ValueError(f"{path}: not an extraction result: {exc}") from exc
        return
    for line in read_jsonl(path):  # a line the JSON policy refuses: InputError naming it
        record = line.value
        if isinstance(record, dict) and "error" in record and "article" not in record:
            continue
        try:
            yield Extraction.model_validate(record)
        except ValueError as exc:
            raise ValueError(f"{line.where}: not an extraction result: {exc}") from exc
