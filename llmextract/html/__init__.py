"""HTML views of results: one page per article, a folder of pages with an index, the eval report.

Every page is self-contained (inline CSS, JS and SVG; no network) and treats article text,
names and ids as data: they are escaped in text, attributes, SVG labels and inline JSON.
"""

from __future__ import annotations

from llmextract.html.report import render_report_html
from llmextract.html.view import load_results, render_extraction_html, safe_filename, write_views

__all__ = ["load_results", "render_extraction_html", "render_report_html", "safe_filename", "write_views"]
