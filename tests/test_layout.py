"""The package's shape: imports run one way (no cycles), no private names of dependencies, small modules.

Imports are read from the source with ``ast``, function-level and ``TYPE_CHECKING`` ones included, so
a cycle hidden inside a function still counts.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "llmextract"
DEPENDENCIES = (
    *("openai", "instructor", "httpx", "httpx2", "httpcore", "tenacity", "pydantic", "jinja2", "markupsafe"),
    *("rapidfuzz", "typer", "click", "rich", "pyarrow", "py3langid", "trafilatura", "lxml"),
    *("lxml_html_clean", "filelock", "ray", "nicknames", "babel", "bpe_openai"),
)
"""Every third-party package the code may import; the private-name checks watch them all (and a test
fails when the code imports one this list lacks)."""
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, tree: ast.AST) -> Iterator[tuple[str, list[str]]]:
    """(module, names) of every import in ``tree``, relative ones made absolute."""
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level > 1:
                base = base[: 1 - node.level]
            stem = ".".join(base) if node.level else ""
            target = ".".join(p for p in (stem, node.module or "") if p)
            yield target, [alias.name for alias in node.names]


def internal_edges(name: str) -> set[str]:
    """The llmextract modules ``name`` imports (a name imported from a package may be a module)."""
    edges: set[str] = set()
    for target, names in imported(name, ast.parse(MODULES[name].read_text(encoding="utf-8"))):
        if target not in MODULES:
            continue
        submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in MODULES]
        edges.update(submodules)
        if len(submodules) < len(names) or not names:
            edges.add(target)
    edges.discard(name)
    return edges


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_cycle_finder_finds_a_cycle_and_only_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_relative_and_function_level_imports_are_read() -> None:
    tree = ast.parse("def f():\n    from .names import fold\n    import llmextract.schema\n")
    assert list(imported("llmextract.actors.resolve", tree)) == [
        ("llmextract.actors.names", ["fold"]),
        ("llmextract.schema", []),
    ]


# Cycles through modules others are reshaping; each entry goes once its cycle is gone.
KNOWN_CYCLES: list[list[str]] = []


def package_cycles() -> list[list[str]]:
    return cycles({name: internal_edges(name) for name in MODULES})


def test_no_import_cycles_but_the_known_ones() -> None:
    assert [c for c in package_cycles() if c not in KNOWN_CYCLES] == []


def test_no_import_cycles_inside_the_package() -> None:
    assert package_cycles() == []


_STAGES_ABOVE = ("pipeline", "batch", "cli", "evaluation", "corpus", "html", "ray")
LAYERS: dict[str, tuple[str, ...]] = {
    # a stage and the stages it may never import: arrows run from the CLI down to the text
    "core": ("llm", "baseline", "actors", "grounding", "assembly", "text", *_STAGES_ABOVE),
    "text": ("llm", "baseline", "actors", "grounding", "assembly", *_STAGES_ABOVE),
    "grounding": ("llm", "baseline", "actors", "assembly", *_STAGES_ABOVE),
    "actors": ("llm", "baseline", "assembly", *_STAGES_ABOVE),
    "baseline": ("llm", "assembly", *_STAGES_ABOVE),
    "assembly": ("llm", "baseline", *_STAGES_ABOVE),
    "llm": ("baseline", "actors", "assembly", *_STAGES_ABOVE),
}


def layer_breaches() -> list[str]:
    found = []
    for name in MODULES:
        stage = name.split(".")[1] if name.count(".") else ""
        banned = tuple(f"llmextract.{b}" for b in LAYERS.get(stage, ()))
        for target in internal_edges(name):
            if target.startswith(banned) and target.split(".")[:2] != name.split(".")[:2]:
                found.append(f"{name} -> {target}")
    return sorted(found)


def test_layers_read_down() -> None:
    """The answer types sit in core/, chunking in text/: no rule, resolver or assembly needs llm/."""
    assert layer_breaches() == []


def private_imports(name: str, tree: ast.AST) -> list[str]:
    """Imports of ``_private`` modules or names of the dependencies, as "module: what"."""
    out = []
    for target, names in imported(name, tree):
        parts = target.split(".")
        if parts[0] not in DEPENDENCIES:
            continue
        private = [n for n in names if n.startswith("_")]
        if any(p.startswith("_") for p in parts[1:]) or private:
            out.append(f"{name}: {target} {' '.join(private)}".rstrip())
    return out


def test_private_import_check_sees_private_modules_and_names() -> None:
    tree = ast.parse(
        "from openai._base_client import X\nfrom instructor import _x, patch\n"
        "import tenacity._utils\nfrom httpx import Client\n"
    )
    assert private_imports("llmextract.schema", tree) == [
        "llmextract.schema: openai._base_client",
        "llmextract.schema: instructor _x",
        "llmextract.schema: tenacity._utils",
    ]


def test_no_private_names_of_dependencies_are_imported() -> None:
    found = [
        line
        for name, path in MODULES.items()
        for line in private_imports(name, ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_small(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines < MAX_LINES, f"{name} has {lines} lines"


def third_party(tree: ast.AST, name: str) -> set[str]:
    """The top-level packages outside the standard library that ``tree`` imports."""
    return {
        target.split(".")[0]
        for target, _ in imported(name, tree)
        if target
        and target.split(".")[0] not in sys.stdlib_module_names
        and not target.startswith("llmextract")
    }


IMPORTED_DEPENDENCIES = sorted(
    {
        dep
        for name, path in MODULES.items()
        for dep in third_party(ast.parse(path.read_text(encoding="utf-8")), name)
    }
)


def test_the_private_name_check_watches_every_dependency_the_code_imports() -> None:
    assert "httpx2" in IMPORTED_DEPENDENCIES and "openai" in IMPORTED_DEPENDENCIES
    assert set(IMPORTED_DEPENDENCIES) <= set(DEPENDENCIES)


def private_names_used(name: str, tree: ast.AST) -> list[str]:
    """Private names of other modules: ``from llmextract.x import _y``, ``openai._x``, ``module._y``."""
    out = []
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            bound.update(a.asname or a.name for a in node.names if not a.name.startswith("_"))
    for target, names in imported(name, tree):
        if target.startswith("llmextract") and target != name:
            out += [f"{name}: {target} {n}" for n in names if n.startswith("_") and not n.startswith("__")]
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in bound
        ):
            out.append(f"{name}: {node.value.id}.{node.attr}")
    return out


def test_private_name_use_check_sees_imports_and_attributes() -> None:
    tree = ast.parse("import openai\nfrom llmextract.x import _y, z\nopenai._client\nz._w\nself._own\n")
    assert private_names_used("llmextract.schema", tree) == [
        "llmextract.schema: llmextract.x _y",
        "llmextract.schema: openai._client",
        "llmextract.schema: z._w",
    ]


def test_no_module_uses_a_private_name_of_another() -> None:
    found = [
        line
        for name, path in MODULES.items()
        for line in private_names_used(name, ast.parse(path.read_text("utf-8")))
    ]
    assert found == []


def exported(tree: ast.Module) -> list[str] | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            return list(value)
    return None


def defined(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


@pytest.mark.parametrize("name", sorted(MODULES))
def test_all_names_what_the_module_has(name: str) -> None:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    names = exported(tree)
    if names is None:
        return
    assert len(names) == len(set(names)), "a name listed twice"
    assert sorted(set(names) - defined(tree)) == []


def test_what_one_module_imports_from_another_is_in_its_all() -> None:
    missing = []
    trees = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}
    for name, tree in trees.items():
        for target, names in imported(name, tree):
            if target in trees and target != name and MODULES[target].name != "__init__.py":
                listed = exported(trees[target])
                if listed is not None:
                    missing += [f"{name} imports {target}.{n}" for n in names if n not in listed and n != "*"]
    assert missing == []
