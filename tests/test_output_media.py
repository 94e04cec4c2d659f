"""Every writer for a terminal, a spreadsheet or Markdown goes through its neutraliser.

The package's source is read with ``ast``: each CSV writer, Markdown table row, rich table cell,
progress column and printed line is found by its shape, and one that does not take its data from
``llmextract.utils.neutralise`` is reported with its place. A new writer of any of these kinds fails
here until it does.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "llmextract"
NEUTRALISER = PACKAGE / "utils" / "neutralise.py"
SOURCES = {
    p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py")) if p != NEUTRALISER
}

#: Functions that write a whole serialised document (JSON already through ``json_text``, HTML pages
#: whose templates escape every control character) to stdout.
DOCUMENT_WRITERS = {"_emit", "schema_show"}


def name_of(node: ast.AST) -> str:
    """``f`` of ``f(...)`` or ``x.y.f(...)``; "" for anything else."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def is_call_to(node: ast.AST, *names: str) -> bool:
    return isinstance(node, ast.Call) and name_of(node) in names


def mentions_call(node: ast.AST, *names: str) -> bool:
    return any(is_call_to(n, *names) for n in ast.walk(node))


def constant_text(node: ast.AST) -> bool:
    """Text written in the source itself, with no data in it."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in node.values)
    if isinstance(node, ast.BinOp):
        return constant_text(node.left) and constant_text(node.right)
    if isinstance(node, ast.IfExp):
        return constant_text(node.body) and constant_text(node.orelse)
    return False


def stringy(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp) or is_call_to(node, "terminal_text")


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def is_false(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is False


def calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    """Every call, with the name of the function (or "") it stands in."""

    def visit(node: ast.AST, function: str) -> Iterator[tuple[ast.Call, str]]:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Call):
            yield node, function
        for child in ast.iter_child_nodes(node):
            yield from visit(child, function)

    yield from visit(tree, "")


def csv_findings(tree: ast.AST) -> list[str]:
    found = []
    for call, _ in calls(tree):
        name = name_of(call)
        if name == "write_csv" and not (call.args and is_call_to(call.args[0], "csv_table")):
            found.append(f"{call.lineno}: write_csv of a table not passed through csv_table")
        elif name in {"CSVWriter", "to_csv"}:
            found.append(f"{call.lineno}: {name}: write CSV with write_csv(csv_table(table))")
        elif name in {"writerow", "writerows"} and not mentions_call(call, "csv_cell"):
            found.append(f"{call.lineno}: {name} of cells not passed through csv_cell")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and re.search(r"\bcopy\b.*\bcsv\b", str(node.value), re.I | re.S):
            found.append(f"{node.lineno}: a CSV COPY statement: write CSV with write_csv(csv_table(table))")
    return found


def docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def markdown_findings(tree: ast.AST) -> list[str]:
    skip = docstrings(tree)
    skip |= {  # "|".join(...) joins regex alternatives; a Markdown row would join on " | "
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "join"
        and isinstance(node.value, ast.Constant)
        and node.value.value == "|"
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            cell_edge = text.startswith("| ") or text.endswith(" |") or text.strip() == "|"
            if cell_edge or "|--" in text:
                found.append(
                    f"{node.lineno}: a Markdown table built by hand: use markdown_row / markdown_rule"
                )
    return found


def rich_finding(call: ast.Call) -> str | None:
    """What is wrong with one call building rich output, if anything."""
    name = name_of(call)
    if name == "add_row":
        cells = [*call.args, *(k.value for k in call.keywords)]
        if not all(is_call_to(c, "terminal_cell") for c in cells):
            return "a table row with a cell not made by terminal_cell"
    elif name == "Table":
        for part in ("title", "caption"):
            value = keyword(call, part)
            if value is not None and not (constant_text(value) or is_call_to(value, "terminal_cell")):
                return f"a table {part} not made by terminal_cell"
    elif name == "TextColumn" and not is_false(keyword(call, "markup")):
        return "a TextColumn without markup=False"
    elif name == "add_task" and call.args:
        if not (constant_text(call.args[0]) or is_call_to(call.args[0], "terminal_text")):
            return "a progress description not passed through terminal_text"
    elif name in {"Text", "assemble"}:
        pieces = [p.elts[0] if isinstance(p, ast.Tuple) and p.elts else p for p in call.args]
        if not all(constant_text(p) or is_call_to(p, "terminal_cell", "terminal_text") for p in pieces):
            return "rich Text from data not passed through terminal_cell"
    elif name == "print" and isinstance(call.func, ast.Attribute):
        safe = is_false(keyword(call, "markup"))
        for arg in call.args:
            if stringy(arg) and not (safe and (constant_text(arg) or is_call_to(arg, "terminal_text"))):
                return "console.print of text: pass terminal_text(...) and markup=False"
    return None


ECHO = {"typer.echo", "click.echo", "typer.secho", "click.secho"}
STREAMS = {"sys.stdout.write", "sys.stderr.write"}


def line_finding(call: ast.Call, function: str) -> str | None:
    """What is wrong with one call printing a line, if anything."""
    first = call.args[0] if call.args else None
    if first is None:
        return None
    if (isinstance(call.func, ast.Name) and call.func.id == "print") or dotted(call.func) in ECHO:
        if not (constant_text(first) or is_call_to(first, "terminal_text")):
            return "a printed line not passed through terminal_text (cli: use say)"
    elif dotted(call.func) in STREAMS and function not in DOCUMENT_WRITERS:
        return None if is_call_to(first, "terminal_text", "json_text") else "a raw write to stdout/stderr"
    return None


def terminal_findings(tree: ast.AST) -> list[str]:
    uses_rich = any(
        isinstance(n, ast.ImportFrom) and (n.module or "").startswith("rich") for n in ast.walk(tree)
    )
    found = []
    for call, function in calls(tree):
        problem = (rich_finding(call) if uses_rich else None) or line_finding(call, function)
        if problem:
            found.append(f"{call.lineno}: {problem}")
    for node in ast.walk(tree) if uses_rich else ():
        titled = isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Attribute) and t.attr in {"title", "caption"} for t in node.targets
        )
        if titled and not (constant_text(node.value) or is_call_to(node.value, "terminal_cell")):
            found.append(f"{node.lineno}: a table title or caption not made by terminal_cell")
    return found


@pytest.mark.parametrize("check", [csv_findings, markdown_findings, terminal_findings])
def test_every_writer_of_the_package_goes_through_its_neutraliser(check: object) -> None:
    assert callable(check)
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}" for path, tree in SOURCES.items() for line in check(tree)
    ]
    assert found == []


def findings(check: object, source: str) -> int:
    assert callable(check)
    return len(check(ast.parse(source)))


@pytest.mark.parametrize(
    ("raw", "neutralised"),
    [
        ("pacsv.write_csv(table, path)", "pacsv.write_csv(csv_table(table), path)"),
        ("w = csv.writer(f)\nw.writerow(row)", "w = csv.writer(f)\nw.writerow([csv_cell(c) for c in row])"),
        ("d.writerows(rows)", "d.writerows({k: csv_cell(v) for k, v in r.items()} for r in rows)"),
        ("frame.to_csv(path)", "pacsv.write_csv(csv_table(pa.Table.from_pandas(frame)), path)"),
        ("con.execute(\"COPY t TO 'x.csv' (FORMAT CSV)\")", "con.execute('SELECT 1')"),
    ],
)
def test_the_csv_check_finds_a_writer_that_skips_csv_cell(raw: str, neutralised: str) -> None:
    assert findings(csv_findings, raw) == 1
    assert findings(csv_findings, neutralised) == 0


@pytest.mark.parametrize(
    ("raw", "neutralised"),
    [
        ('line = "| " + " | ".join(cells) + " |"', "line = markdown_row(cells)"),
        ('rule = "|---|---|"', "rule = markdown_rule(2)"),
        ('row = f"| {article_id} | {figs} |"', "row = markdown_row([article_id, *figs])"),
    ],
)
def test_the_markdown_check_finds_a_table_built_by_hand(raw: str, neutralised: str) -> None:
    assert findings(markdown_findings, raw) >= 1
    assert findings(markdown_findings, neutralised) == 0
    assert findings(markdown_findings, 'def f():\n    """A | B docstring |"""\n') == 0


RICH = "from rich.table import Table\n"


@pytest.mark.parametrize(
    ("raw", "neutralised"),
    [
        ("t.add_row(q.id, q.text)", "t.add_row(terminal_cell(q.id), terminal_cell(q.text))"),
        ('Table(title=f"Quotes in {title}")', 'Table(title=terminal_cell(f"Quotes in {title}"))'),
        ("t.caption = article.title", 't.caption = "none found" + (" (baseline)" if b else "")'),
        ('TextColumn("{task.description}")', 'TextColumn("{task.description}", markup=False)'),
        ("p.add_task(run, total=3)", "p.add_task(terminal_text(run), total=3)"),
        (
            'console.print(f"[yellow]warning:[/yellow] {w}")',
            'console.print(Text.assemble(("warning:", "yellow"), terminal_cell(w)))',
        ),
        ("console.print(Text(w))", "console.print(terminal_text(w), markup=False)"),
        ('print(f"{run}: {done}", file=stream)', 'print(terminal_text(f"{run}: {done}"), file=stream)'),
        ('typer.echo(f"error: {exc}", err=True)', 'say(f"error: {exc}", err=True)'),
        ("sys.stderr.write(message)", "sys.stderr.write(terminal_text(message))"),
    ],
)
def test_the_terminal_check_finds_data_that_reaches_the_terminal_raw(raw: str, neutralised: str) -> None:
    assert findings(terminal_findings, RICH + raw) == 1
    assert findings(terminal_findings, RICH + neutralised) == 0
