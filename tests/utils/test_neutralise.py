"""Each medium's neutraliser, on examples and on any text (Hypothesis)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata

import pyarrow as pa
import pyarrow.csv as pacsv
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rich.console import Console
from rich.table import Table

from llmextract.utils.neutralise import (
    csv_cell,
    csv_table,
    html_text,
    json_text,
    markdown_row,
    markdown_rule,
    markdown_text,
    terminal_cell,
    terminal_text,
)

# Any character, with the ones each medium treats specially drawn often.
HOSTILE = "=+-@'\t\r\n\x00\x07\x08\x1b\x7f\x85\x9b\x9d\u2028\u2029 \u3000|<>&\\`*_[]~#$!()x5"
texts = st.text(st.one_of(st.sampled_from(HOSTILE), st.characters(codec="utf-8")), max_size=40)

TERMINAL_ATTACKS = [
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b]0;owned\x07",  # window title (OSC 0)
    "\x1b]2;owned\x1b\\",  # window title (OSC 2, ST)
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 link
    "\x1b[31mred\x1b[0m",  # CSI colour
    "\x07\x08\x08\x08",  # bell, backspaces
    "\x9b31m\x9d0;t\x9c",  # C1 CSI, OSC and ST as single code points
]


def controls(text: str) -> set[str]:
    return {c for c in text if unicodedata.category(c) in {"Cc", "Zl", "Zp"}}


# --- terminal ------------------------------------------------------------------------------


def test_terminal_text_shows_each_attack_visibly() -> None:
    assert terminal_text("a\x1b[2Jb") == "a␛[2Jb"
    assert terminal_text("\x07\x08\x7f") == "␇␈␡"
    assert terminal_text("\x9b31m") == "\\x9b31m"
    assert terminal_text("one\ntwo") == "one␊two"
    assert terminal_text("one\ntwo\r", keep_newlines=True) == "one\ntwo␍"
    assert terminal_text("l\u2028p") == "l\\u2028p"
    for attack in TERMINAL_ATTACKS:
        assert not controls(terminal_text(attack)), attack


def test_terminal_text_leaves_every_other_character_alone() -> None:
    text = "Zoë said “ça va” — 東京, مرحبا, 👍🏽, zero\u200bwidth, [bold]x[/bold] :smile:"
    assert terminal_text(text) == text


@given(texts)
def test_terminal_text_has_no_control_character(text: str) -> None:
    assert not controls(terminal_text(text))
    assert controls(terminal_text(text, keep_newlines=True)) <= {"\n"}


@given(texts)
def test_terminal_text_changes_only_control_characters(text: str) -> None:
    if not controls(text):
        assert terminal_text(text) == text


def render(*cells: str) -> str:
    """A one-row table of ``cells`` as rich writes it to a colour terminal."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="truecolor", width=60)
    table = Table(title=terminal_cell(cells[0]), show_lines=True)
    for _ in cells:
        table.add_column("c", overflow="fold", header_style="bold")
    table.add_row(*(terminal_cell(c) for c in cells))
    console.print(table)
    return out.getvalue()


SGR = re.compile("\x1b\\[[0-9;]*m")  # the colour sequences rich itself writes


@given(st.lists(texts, min_size=1, max_size=3))
def test_a_rendered_table_holds_no_control_but_its_own_colours_and_newlines(cells: list[str]) -> None:
    out = render(*cells)
    assert controls(SGR.sub("", out)) <= {"\n"}
    # every ESC of the data is shown, none was sent: rich's own sequences are all that remain
    shown = [*cells, cells[0]]  # the first cell is the title too
    assert out.count("␛") == sum(c.count("\x1b") + c.count("␛") for c in shown)


def test_rich_markup_and_emoji_codes_in_data_stay_text() -> None:
    out = render("[/x] [link=https://evil.example]here[/link] :smile:")
    assert "[/x]" in out and "[link=https://evil.example]" in out and ":smile:" in out
    assert "\x1b]8" not in out  # no hyperlink was made


def test_terminal_cell_joins_lines_with_the_layouts_own_newline() -> None:
    assert terminal_cell("Ann\nLee", "said").plain == "Ann␊Lee\nsaid"


# --- JSON ----------------------------------------------------------------------------------


@given(st.dictionaries(texts, texts, max_size=3))
def test_json_text_is_the_same_data_with_nothing_a_terminal_acts_on(data: dict[str, str]) -> None:
    for raw in (json.dumps(data, ensure_ascii=False), json.dumps(data, ensure_ascii=False, indent=2)):
        safe = json_text(raw)
        assert json.loads(safe) == data
        assert controls(safe) <= {"\n"}


def back(match: re.Match[str]) -> str:
    """A character reference to a control character, read back."""
    char = chr(int(match.group(1), 16))
    return char if controls(char) else match.group()


@given(texts)
def test_html_text_keeps_the_page_and_its_data_and_sends_no_control(text: str) -> None:
    data = json.dumps({"name": text}, ensure_ascii=False).replace("<", "\\u003c")
    markup = f'<p title="{html.escape(text)}">{html.escape(text)}</p>'
    page = f'{markup}<script type="application/json">{data}</script>'
    safe = html_text(page)
    assert controls(safe) <= {"\t", "\n", "\r"}
    script = re.search("<script[^>]*>(.*)</script>", safe, re.S)
    assert script is not None and json.loads(script.group(1)) == {"name": text}
    assert re.sub("&#x([0-9a-f]+);", back, safe[: script.start()]) == markup


# --- CSV -----------------------------------------------------------------------------------

FORMULA = ("=", "+", "-", "@")
TRIGGERS = (*FORMULA, "\t", "\r", "\n", "\x00")


def test_csv_cell_examples() -> None:
    assert csv_cell('=HYPERLINK("https://evil.example","x")') == '\'=HYPERLINK("https://evil.example","x")'
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell("+1") == "'+1" and csv_cell("-3") == "'-3"
    assert csv_cell("\t=1") == "'\t=1" and csv_cell("\r=1") == "'\r=1"
    assert csv_cell("  =1+1") == "'  =1+1"  # leading whitespace that importers may trim
    assert csv_cell("'quoted") == "''quoted"  # so that one leading ' always comes off
    assert csv_cell("") == "" and csv_cell("Mayor Ann Lee") == "Mayor Ann Lee"
    assert csv_cell("a=b") == "a=b" and csv_cell("3-1") == "3-1"


def read_back(cells: list[str]) -> list[str]:
    """``cells`` written as one CSV row by Python's csv module and read back."""
    out = io.StringIO()
    csv.writer(out).writerow([csv_cell(c) for c in cells])
    return next(csv.reader(io.StringIO(out.getvalue())))


def safe(cell: str) -> bool:
    return not cell.startswith(TRIGGERS) and not cell.lstrip().startswith(FORMULA)


@given(st.lists(texts, min_size=1, max_size=4))
def test_no_cell_read_back_starts_like_a_formula_and_the_original_comes_back(cells: list[str]) -> None:
    back = read_back(cells)
    assert len(back) == len(cells)
    for original, cell in zip(cells, back, strict=True):
        assert safe(cell)
        assert (cell[1:] if cell.startswith("'") else cell) == original


@given(st.lists(st.one_of(st.none(), texts), min_size=1, max_size=5))
def test_csv_table_neutralises_every_text_cell_pyarrow_writes(values: list[str | None]) -> None:
    table = csv_table(pa.table({"text": pa.array(values, pa.string()), "n": list(range(len(values)))}))
    out = io.BytesIO()
    pacsv.write_csv(table, out)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    assert rows[0] == ["text", "n"] and len(rows) == len(values) + 1
    for original, (cell, _) in zip(values, rows[1:], strict=True):
        assert safe(cell)
        if original is not None:
            assert (cell[1:] if cell.startswith("'") else cell) == original


def test_csv_table_prefixes_text_and_leaves_numbers_as_numbers() -> None:
    table = pa.table(
        {
            "n": pa.array([-3, 4], pa.int64()),
            "x": pa.array([-0.5, 1.5]),
            "s": pa.array(["-3", None], pa.string()),
            "l": pa.array(["=1", "ok"], pa.large_string()),
        }
    )
    out = io.BytesIO()
    pacsv.write_csv(csv_table(table), out)
    lines = out.getvalue().decode().splitlines()
    assert lines == ['"n","x","s","l"', '-3,-0.5,"\'-3","\'=1"', '4,1.5,,"ok"']


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_text_examples() -> None:
    assert markdown_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert markdown_text("a|b") == "a\\|b"
    assert markdown_text("one\ntwo\r\nthree") == "one two three"
    assert markdown_text("*x* `y` [l](u) ~~s~~") == "\\*x\\* \\`y\\` \\[l\\](u) \\~\\~s\\~\\~"
    assert markdown_text("$m$ #h \\") == "\\$m\\$ \\#h \\\\"
    assert markdown_text("_x_ art_01") == "\\_x\\_ art_01"  # an underscore inside a word is inert
    assert markdown_text("a\x1bb") == "a␛b"
    assert markdown_text("gpt-4o-mini / extraction@v1") == "gpt-4o-mini / extraction@v1"


PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def rendered_cells(line: str, columns: int) -> list[str]:
    """The body cells of a one-row table, as text, after a CommonMark + GFM-table renderer."""
    page = PARSER.render("\n".join([markdown_row(["h"] * columns), markdown_rule(columns), line]))
    body = page.split("<tbody>", 1)[1]
    return [html.unescape(c) for c in re.findall(r"<td>(.*?)</td>", body, flags=re.S)]


@given(texts)
def test_markdown_cell_has_no_unescaped_pipe_angle_bracket_or_newline(text: str) -> None:
    cell = markdown_text(text)
    assert "<" not in cell and ">" not in cell and "\n" not in cell and "\r" not in cell
    for m in re.finditer(r"\\*\|", cell):  # every | follows an odd number of backslashes
        assert (len(m.group()) - 1) % 2 == 1


@given(texts)
def test_markdown_cell_renders_as_its_text_in_its_own_column(text: str) -> None:
    cells = rendered_cells(markdown_row(["a", text, "b"]), 3)
    expected = terminal_text(re.sub("\r\n|[\n\r\t\x0b\x0c\x85\u2028\u2029]", " ", text))
    assert [c.strip() for c in cells] == ["a", expected.strip(), "b"]  # edges trimmed, as GFM does
