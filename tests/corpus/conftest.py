"""Corpus tests reuse the browser helpers of tests/html (cdp_pipe, pagetree)."""

from __future__ import annotations

import sys
from pathlib import Path

HTML_TESTS = Path(__file__).resolve().parents[1] / "html"
if str(HTML_TESTS) not in sys.path:
    sys.path.append(str(HTML_TESTS))
