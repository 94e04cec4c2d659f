"""Article views: every quote highlights exactly its slice of the text, and text stays data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES, example_results, make_extraction
from pagetree import Element, parse

from llmextract.html.view import load_results, render_extraction_html, safe_filename, write_views
from llmextract.schema import Extraction

HOSTILE_TEXT = (
    'Ana Reyes said "<script>alert(1)</script>" to the crowd.\n'
    'Bo Lind replied: " onmouseover="alert(2)" and </script><!-- end --> & more.\n'
    "Then she added that <b>bold</b> claims need proof."
)


def _marks(root: Element) -> list[Element]:
    return [e for e in root.find_all("mark") if "data-quote" in e.attrs]


def _quote_text(root: Element, quote_id: str) -> str:
    """The text a reader sees highlighted for one quote: its pieces' text, in document order."""
    return "".join(m.text for m in _marks(root) if m.attrs["data-quote"] == quote_id)


def _check_quotes(extraction: Extraction) -> Element:
    root, _ = parse(render_extraction_html(extraction))
    (text_el,) = root.find_all("div", id="text")
    assert text_el.text == extraction.article.text  # every character once, nothing added
    text = extraction.article.text or ""
    for q in extraction.quotes:
        assert _quote_text(text_el, q.id) == text[q.start : q.end] == q.text
    return root


def test_examples_match_their_articles_and_offsets() -> None:
    for path in example_results():
        extraction = Extraction.model_validate_json(path.read_text(encoding="utf-8"))
        article = (EXAMPLES / f"{extraction.article.id}.txt").read_text(encoding="utf-8")
        assert extraction.article.text == article, f"{path.name} is stale: run examples/build_results.py"
        assert len(extraction.quotes) >= 10
        assert {q.kind for q in extraction.quotes} == {"direct", "indirect"}
        for q in extraction.quotes:
            assert article[q.start : q.end] == q.text


def test_example_views_highlight_exact_slices(examples: list[Extraction]) -> None:
    for extraction in examples:
        root = _check_quotes(extraction)
        marks = _marks(root)
        focusable = [m for m in marks if m.attrs.get("tabindex") == "0"]
        assert sorted(m.attrs["data-quote"] for m in focusable) == sorted(q.id for q in extraction.quotes)


def test_speaker_colour_and_kind_are_on_each_mark(examples: list[Extraction]) -> None:
    extraction = examples[0]
    root, _ = parse(render_extraction_html(extraction))
    colors = {b.attrs["data-actor"]: b.classes() for b in root.find_all("button") if "data-actor" in b.attrs}
    for mark in _marks(root):
        q = next(q for q in extraction.quotes if q.id == mark.attrs["data-quote"])
        assert f"q-{q.kind}" in mark.classes()
        assert mark.attrs["data-actor"] == q.speaker_id
        spk = {c for c in mark.classes() if c.startswith("spk-")}
        assert spk and spk <= colors[q.speaker_id or ""]


def test_nested_quote_is_rendered_inside_its_container() -> None:
    text = "He said: “I heard her say the money was safe, and I believed it.” Then he left."
    outer = "I heard her say the money was safe, and I believed it."
    ex = make_extraction(text, [("q1", outer, "a1"), ("q2", "the money was safe", "a2")])
    root = _check_quotes(ex)
    (inner,) = [m for m in _marks(root) if m.attrs["data-quote"] == "q2"]
    assert inner.parent is not None and inner.parent.attrs["data-quote"] == "q1"


def test_crossing_quotes_are_split_but_read_whole() -> None:
    text = "Alpha beta gamma delta epsilon zeta eta theta."
    ex = make_extraction(text, [("q1", "beta gamma delta", "a1"), ("q2", "delta epsilon zeta", "a2")])
    root = _check_quotes(ex)
    pieces = [m for m in _marks(root) if m.attrs["data-quote"] == "q2"]
    assert [p.text for p in pieces] == ["delta", " epsilon zeta"]
    assert [p.attrs.get("tabindex") for p in pieces] == ["0", None]  # one tab stop per quote
    assert "q-cont" in pieces[1].classes()


def test_hostile_text_stays_inert_everywhere() -> None:
    names = ("<b>Ana</b> Reyes", 'Bo" onmouseover="alert(3)')
    ex = make_extraction(
        HOSTILE_TEXT,
        [
            ("q1", "<script>alert(1)</script>", "a1"),
            ("q2", '" onmouseover="alert(2)" and </script><!-- end -->', "a2"),
        ],
        actor_names=names,
    )
    html = render_extraction_html(ex)
    root, attrs = _check_quotes(ex), parse(html)[1]
    # Only our own two scripts exist: the JSON data and the view code.
    scripts = root.find_all("script")
    assert [s.attrs.get("type") for s in scripts] == ["application/json", None]
    assert not any(name.startswith("on") for _, name, _ in attrs), "an event handler attribute leaked"
    assert not root.find_all("b") and not root.find_all("i") and not root.find_all("svg", onload="x")
    # Names and targets show as text in the actor panel and in SVG labels and titles.
    labels = "".join(t.text for t in root.find_all("text"))
    assert "<b>Ana</b>" in labels and "<svg onload" in labels
    assert any("<b>Ana</b> Reyes" in t.text for t in root.find_all("title"))
    assert "<title>Hostile</title>" in root.find_all("h1")[0].text
    # Attribute values come back exactly as the data (escaped, not broken out of).
    assert any(
        v.startswith('<b>Ana</b> Reyes · direct speech · cue: said" onfocus="x')
        for _, k, v in attrs
        if k == "title"
    )
    # Inline JSON cannot close its element and parses back to the original strings.
    raw = scripts[0].text
    assert "<" not in raw and ">" not in raw
    data = json.loads(raw)
    assert data["actors"][1]["name"] == names[1]
    assert data["quotes"][0]["cue"] == 'said" onfocus="x'
    assert "<script>warn()</script>" in root.find_all("footer")[0].text


def test_view_without_article_text_is_refused() -> None:
    ex = make_extraction("Ana Reyes said yes.", [("q1", "yes", "a1")], with_text=False)
    with pytest.raises(ValueError, match=r"art-1.*article\.text is None"):
        render_extraction_html(ex)


def test_view_refuses_offsets_that_do_not_match_the_text() -> None:
    ex = make_extraction("Ana Reyes said yes and no.", [("q1", "yes", "a1")])
    bad = ex.model_copy(update={"quotes": [ex.quotes[0].model_copy(update={"start": 4, "end": 7})]})
    with pytest.raises(ValueError, match="quote q1 at \\[4, 7\\) does not match"):
        render_extraction_html(bad)


def test_actors_and_graph_are_keyboard_reachable(examples: list[Extraction]) -> None:
    extraction = examples[0]
    root, _ = parse(render_extraction_html(extraction))
    buttons = [b for b in root.find_all("button") if "data-actor" in b.attrs]
    assert [b.attrs["data-actor"] for b in buttons] == [a.id for a in extraction.actors]
    assert all(b.attrs["aria-pressed"] == "false" and b.attrs["aria-describedby"] == "tip" for b in buttons)
    nodes = [g for g in root.find_all("g") if "node-actor" in g.classes()]
    assert nodes and all(g.attrs["tabindex"] == "0" and g.attrs["role"] == "button" for g in nodes)
    edges = [g for g in root.find_all("g") if "edge" in g.classes()]
    assert sorted(g.attrs["data-stance"] for g in edges) == sorted(s.id for s in extraction.stances)
    assert root.find_all("div", id="tip", role="tooltip")


def test_actor_panel_counts_quotes_and_footer_shows_provenance(examples: list[Extraction]) -> None:
    extraction = examples[0]
    root, _ = parse(render_extraction_html(extraction))
    for actor in extraction.actors:
        (button,) = root.find_all("button", data_actor=actor.id)
        (count,) = [e for e in button.iter() if "actor-count" in e.classes()]
        expected = sum(q.speaker_id == actor.id for q in extraction.quotes)
        assert count.text == f"{expected} quotes"
    footer = root.find_all("footer")[0].text
    for needle in ("hand-annotated example", "schema version", "tokens", "0 (0 prompt + 0 completion)"):
        assert needle in footer


def test_stance_edges_carry_polarity_and_evidence(examples: list[Extraction]) -> None:
    extraction = examples[0]
    text = extraction.article.text or ""
    root, _ = parse(render_extraction_html(extraction))
    for stance in extraction.stances:
        (edge,) = root.find_all("g", data_stance=stance.id)
        assert f"pol-{stance.polarity}" in edge.classes()
        title = edge.find_all("title")[0].text
        assert all(text[e.start : e.end] in title for e in stance.evidence)


def test_page_is_self_contained(examples: list[Extraction]) -> None:
    html = render_extraction_html(examples[0])
    _, attrs = parse(html)
    refs = [v for _, k, v in attrs if k in {"src", "href"}]
    assert all(v.startswith("#") for v in refs), refs
    assert "@media print" in html and "max-width: 480px" in html


def test_write_views_writes_pages_and_index(tmp_path: Path, examples: list[Extraction]) -> None:
    hostile = make_extraction("Ana Reyes said yes.", [("q1", "yes", "a1")], article_id="../etc/passwd")
    index_named = make_extraction("Ana Reyes said no.", [("q1", "no", "a1")], article_id="index")
    paths = write_views([*examples, hostile, index_named, hostile], tmp_path / "out")
    assert paths[-1] == tmp_path / "out" / "index.html"
    assert len(paths) == len(examples) + 4
    assert len(set(paths)) == len(paths) and all(p.parent == tmp_path / "out" for p in paths)
    root, _ = parse(paths[-1].read_text(encoding="utf-8"))
    hrefs = [a.attrs["href"] for a in root.find_all("a")]
    assert hrefs == [p.name for p in paths[:-1]]
    assert "harbour-wind-farm.html" in hrefs


def test_safe_filename_is_portable_and_unique() -> None:
    taken: set[str] = set()
    assert safe_filename("ministers-rail-fund", taken) == "ministers-rail-fund"
    odd = safe_filename("a/b c", taken)
    assert odd.startswith("a_b_c-") and "/" not in odd
    assert safe_filename("Ministers-Rail-Fund", taken) == "Ministers-Rail-Fund-2"
    assert safe_filename("...", taken).startswith("article-")
    assert safe_filename("index", taken) != "index"


def test_load_results_reads_jsonl_and_skips_failure_records(
    tmp_path: Path, examples: list[Extraction]
) -> None:
    path = tmp_path / "results.jsonl"
    lines = [e.model_dump_json() for e in examples]
    lines.insert(1, json.dumps({"id": "x", "error": "timeout"}))
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert [e.article.id for e in load_results(path)] == [e.article.id for e in examples]
    (tmp_path / "bad.jsonl").write_text('{"article": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1: not an extraction result"):
        list(load_results(tmp_path / "bad.jsonl"))
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.json: not an extraction result"):
        list(load_results(tmp_path / "bad.json"))
    single = tmp_path / "one.json"
    single.write_text(examples[0].model_dump_json(), encoding="utf-8")
    assert [e.article.id for e in load_results(single)] == [examples[0].article.id]


def test_a_page_read_from_html_links_its_source(examples: list[Extraction]) -> None:
    meta = {
        "source_format": "html",
        "source_url": "https://news.example/ferry",
        "source_html": "in/ferry.html",
    }
    page = examples[0].model_copy(
        update={"article": examples[0].article.model_copy(update={"metadata": meta})}
    )
    html = render_extraction_html(page)
    assert '<a href="https://news.example/ferry" rel="noopener noreferrer">' in html
    assert "read from <code>in/ferry.html</code>" in html
    hostile = {"source_url": "javascript:alert(1)"}
    page = examples[0].model_copy(
        update={"article": examples[0].article.model_copy(update={"metadata": hostile})}
    )
    assert "javascript:" not in render_extraction_html(page)
    assert "Source page" not in render_extraction_html(examples[1])


def test_quote_list_shows_each_quote_in_one_pair_of_marks() -> None:
    from shown_text import shown_text

    text = '"We go now," Ana Reyes said. Bo Lind said that the ferry would wait.'
    extraction = make_extraction(
        text, [("q1", '"We go now,"', "a1"), ("q2", "that the ferry would wait", "a2")]
    )
    root, _ = parse(render_extraction_html(extraction))
    (quote_list,) = [e for e in root.find_all("ol") if "quote-list" in e.classes()]
    first, second = (" ".join(shown_text(li).split()) for li in quote_list.find_all("li"))
    assert first.endswith(' · exact "We go now,"') and '“"We' not in first
    assert second.endswith(" “that the ferry would wait”")
    assert '“"We go now,"”' not in shown_text(root)
    (stances,) = [e for e in root.find_all("ul") if "stance-list" in e.classes()]
    assert '“"We go now,"”' not in shown_text(stances)  # the evidence is the quote itself


def test_no_two_actors_share_a_colour_on_one_page() -> None:
    import re

    names = tuple(f"Person{chr(65 + i)} Lastname{chr(65 + i)}" for i in range(14))
    text = " ".join(f"{n} said yes." for n in names)
    extraction = make_extraction(text, [], actor_names=names)
    html = render_extraction_html(extraction)
    root, _ = parse(html)
    buttons = [e for e in root.find_all("button") if "actor" in e.classes()]
    colours = [next(c for c in e.classes() if c.startswith("spk-")) for e in buttons]
    assert len(colours) == 14 and len(set(colours)) == 14
    (style,) = root.find_all("style")
    defined = dict(re.findall(r"\.(spk-\d+) \{ --c: ([^;]+);", style.text))
    assert {c for c in colours if c not in defined} <= {f"spk-{i}" for i in range(10)}  # view.css has 0-9
    assert len({defined[c] for c in colours if c in defined}) == len([c for c in colours if c in defined])


def test_a_plain_text_article_is_headed_by_its_first_line(tmp_path: Path) -> None:
    from llmextract import extract, load_article

    path = tmp_path / "ferry-vote.txt"
    path.write_text("Ferry vote delayed again\n\nAna Reyes said the vote would wait.\n", encoding="utf-8")
    result = extract(load_article(path), model="baseline")
    root, _ = parse(render_extraction_html(result))
    (h1,) = root.find_all("h1")
    assert h1.text == "Ferry vote delayed again"
    assert "ferry-vote" not in h1.text


def test_footer_shows_the_rules_time_and_language() -> None:
    from llmextract import extract

    result = extract("Ana Reyes a déclaré que le pont restera fermé jusqu'en mai.", model="baseline")
    assert result.provenance.lang == "fr" and result.provenance.seconds > 0
    root, _ = parse(render_extraction_html(result))
    (footer,) = root.find_all("footer")
    rows = {div.find_all("dt")[0].text: div.find_all("dd")[0].text for div in footer.find_all("div")}
    assert rows["language"] == "fr"
    assert rows["time"].endswith(" ms") and rows["time"] != "0.0 ms"
