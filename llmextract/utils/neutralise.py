"""Text from articles, ids, model names and servers made inert for the medium it leaves for.

A terminal acts on control characters (ESC starts a sequence that clears the screen, retitles the
window or plants an OSC 8 link; U+009B is the same CSI in one code point); a spreadsheet evaluates a
cell that starts like a formula; a Markdown renderer runs raw HTML and splits a table row at ``|``.
Every writer for these media passes its data through one function here, and tests/test_output_media.py
finds the writers that do not.

- Terminal: :func:`terminal_text` (plain lines) and :func:`terminal_cell` (rich table cells) show
  every control character visibly: C0 and DEL as their Control Pictures (ESC as ``␛``), C1 and the
  Unicode line and paragraph separators as ``\\x9b``-style escapes. Nothing else changes, and rich
  markup (``[link=…]``) and emoji codes in data stay text.
- JSON on a terminal: :func:`json_text` writes the code points JSON leaves raw but a terminal acts on
  (DEL, C1, U+2028, U+2029) as ``\\u`` escapes; the data read back is the same. An HTML page printed
  to stdout gets :func:`html_text`: its control characters (but TAB, LF, CR) as character references,
  and inside its ``<script>`` elements as ``\\u`` escapes.
- Spreadsheet (OWASP's CSV injection rule): :func:`csv_cell` prefixes ``'`` to a text cell that starts
  with ``=``, ``+``, ``-``, ``@`` (also after leading whitespace, which some importers trim), with TAB,
  CR, LF or NUL, or with ``'`` itself, so that dropping one leading ``'`` always gives the original.
  Only text is touched: numeric columns are written as numbers (``-3`` stays the number -3); the text
  ``"-3"`` becomes ``'-3``. :func:`csv_table` applies it to every text column of an Arrow table.
- Markdown: :func:`markdown_text` escapes inline text (a table cell, a heading, a sentence): HTML's
  ``& < >`` as entities, ``\\ | ` * _ [ ] ~ # $`` with a backslash (``_`` inside a word is inert and left
  alone), line breaks made spaces and other controls shown as on a terminal. :func:`markdown_row`
  builds every table row from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "csv_cell",
    "csv_table",
    "html_text",
    "json_text",
    "markdown_row",
    "markdown_rule",
    "markdown_text",
    "terminal_cell",
    "terminal_text",
]

# C0, DEL, C1, and the two Unicode line breaks that are not controls but break a line all the same.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_NO_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: U+241B SYMBOL FOR ESCAPE is ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_text(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown visibly; ``keep_newlines`` for multi-line messages."""
    pattern = _CONTROL_NO_NEWLINE if keep_newlines else _CONTROL
    return pattern.sub(_visible, text)


def terminal_cell(*lines: str) -> Text:
    """A rich table cell (or title) from data: each line through :func:`terminal_text`, joined by
    the layout's own newlines, as a ``Text`` so that rich reads no markup and no emoji codes in it."""
    return Text("\n".join(terminal_text(line) for line in lines))


def _u_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _reference(match: re.Match[str]) -> str:
    return f"&#x{ord(match.group()):x};"


def json_text(text: str) -> str:
    """JSON text with DEL, C1 controls, U+2028 and U+2029 written as ``\\u`` escapes.

    JSON escapes C0 controls itself but leaves these raw; inside a valid JSON text they can only
    stand in strings, where the escape means the same character.
    """
    return _JSON_RAW.sub(_u_escape, text)


_HTML_RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SCRIPT = re.compile(r"(<script\b[^>]*>)(.*?)(</script\s*>)", re.I | re.S)


def html_text(page: str) -> str:
    """An HTML page with no raw control character (but TAB, LF, CR), for a terminal to print.

    In markup they become character references (the same text to a browser, but that C1 references
    read as Windows-1252, ``&#x9b;`` as "›"); in a ``<script>`` (the page's JSON data, where JSON
    has already escaped C0) they become ``\\u`` escapes, which ``JSON.parse`` reads back as they were.
    """
    out: list[str] = []
    pos = 0
    for match in _SCRIPT.finditer(page):
        out.append(_HTML_RAW.sub(_reference, page[pos : match.start(2)]))
        out.append(_HTML_RAW.sub(_u_escape, match.group(2)))
        pos = match.end(2)
    out.append(_HTML_RAW.sub(_reference, page[pos:]))
    return "".join(out)


_CSV_FORMULA = ("=", "+", "-", "@")
_CSV_LEADING = ("'", "\t", "\r", "\n", "\x00")


def csv_cell(text: str) -> str:
    """A text cell a spreadsheet reads as text (OWASP): ``'`` prefixed when it could start a formula."""
    if text.startswith(_CSV_LEADING) or text.lstrip().startswith(_CSV_FORMULA):
        return "'" + text
    return text


def csv_table(table: pa.Table) -> pa.Table:
    """``table`` with :func:`csv_cell` applied to every text column; other columns as they are."""
    import pyarrow as pa

    for i, field in enumerate(table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            values = [None if v is None else csv_cell(v) for v in table.column(i).to_pylist()]
            table = table.set_column(i, field, pa.array(values, field.type))
    return table


_MD_LINE_BREAK = re.compile("\r\n|[\n\r\t\x0b\x0c\x85\u2028\u2029]")
_MD_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", **{c: "\\" + c for c in "\\|`*[]~#$"}}
_MD_SPECIAL = re.compile("[&<>\\\\|`*\\[\\]~#$_]")


def markdown_text(text: str) -> str:
    """Inline Markdown that renders as exactly ``text`` (line breaks as spaces, controls visible)."""
    flat = terminal_text(_MD_LINE_BREAK.sub(" ", text))

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char != "_":
            return _MD_ESCAPES[char]
        i = match.start()
        inside_word = 0 < i < len(flat) - 1 and flat[i - 1].isalnum() and flat[i + 1].isalnum()
        return "_" if inside_word else "\\_"

    return _MD_SPECIAL.sub(escape, flat)


def markdown_row(cells: Sequence[str]) -> str:
    """One Markdown table row, every cell through :func:`markdown_text`."""
    return "| " + " | ".join(markdown_text(cell) for cell in cells) + " |"


def markdown_rule(columns: int) -> str:
    """The line under a table's header row."""
    return "|" + "---|" * columns
