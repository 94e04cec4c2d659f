"""Inline JSON cannot end its <script> element; assets are inlined only when that is safe."""

from __future__ import annotations

import json

from llmextract.html.templating import asset, environment, script_json


def test_script_json_round_trips_without_markup_characters() -> None:
    data = {"t": "</script><!-- & \u2028 \u2029 <b>", "n": [1, None]}
    text = str(script_json(data))
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == data


def test_environment_autoescapes() -> None:
    template = environment().from_string("{{ x }}")
    assert template.render(x='<a href="#">') == "&lt;a href=&#34;#&#34;&gt;"


def test_assets_load_and_hold_no_closing_tags() -> None:
    for name in ("view.css", "view.js", "report.css", "report.js"):
        assert len(asset(name)) > 100
        assert "</" not in asset(name)
