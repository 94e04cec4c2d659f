"""HTML views of results: one page per article, a folder of pages with an index, the eval report.

Every page is self-contained (inline CSS, JS and SVG; no network) and treats article text,
names and ids as data: they are escaped in text, attributes, SVG labels and inline JSON.

view        one article's page, a folder of pages with an index (``write_views``)
report      the eval report as a page (``render_report_html``)
graph       the stance graph's layout              spans    quote spans -> nested HTML over the text
templating  the Jinja environment, inline assets, JSON safe inside <script>
"""
