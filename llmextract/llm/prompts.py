"""Versioned prompt templates: load, list, render.

A prompt lives at ``<dir>/<name>/v<N>.j2``: front matter (``name``, ``version``, ``schema_version``,
``description``, and optionally ``llm_schema``, the LLM-facing answer schema, 1 when absent) between
``---`` lines, then a Jinja2 body with a ``system`` and a ``user`` block.
Rendering uses StrictUndefined, so a missing variable is an error rather than an empty string.
Released versions are never edited in place: add ``v2`` beside ``v1``.

Search path: the folders in ``LLMEXTRACT_PROMPTS_PATH`` (os.pathsep-separated) first, then the
prompts shipped with the package.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2

from llmextract.errors import PromptError
from llmextract.utils.resources import resource_dir

__all__ = [
    "DEFAULT_PROMPT",
    "PromptTemplate",
    "list_prompts",
    "load_prompt",
    "parse_ref",
    "prompt_dirs",
    "rendered_sha256",
]

_FILE_RE = re.compile(r"^v(\d+)\.j2$")


def _newest_packaged(name: str) -> str:
    """``name@vN`` for the highest version shipped with the package (user prompt folders aside)."""
    versions = [
        int(m.group(1)) for f in (resource_dir("prompts") / name).iterdir() if (m := _FILE_RE.match(f.name))
    ]
    return f"{name}@v{max(versions)}"


#: The prompt used when none is named: always the newest extraction prompt the package ships;
#: older versions stay selectable by name (``--prompt extraction@v1``).
DEFAULT_PROMPT = _newest_packaged("extraction")
_REF_RE = re.compile(r"^([A-Za-z0-9_.-]+?)(?:@v?(\d+))?$")
_REQUIRED_KEYS = ("name", "version", "schema_version", "description")
_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)


@dataclass(frozen=True)
class PromptTemplate:
    """One version of one prompt, parsed from its file."""

    name: str
    version: int
    schema_version: int
    description: str
    body: str
    source: str
    path: Path
    llm_schema: int = 1

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    @cached_property
    def sha256(self) -> str:
        """Hash of the whole template file: two different prompt texts never share it."""
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    @cached_property
    def _template(self) -> jinja2.Template:
        try:
            template = _ENV.from_string(self.body)
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(
                f"{self.path}: template syntax error at line {exc.lineno}: {exc.message}"
            ) from exc
        missing = {"system", "user"} - set(template.blocks)
        if missing:
            raise PromptError(f"{self.path}: template needs blocks {sorted(missing)}")
        return template

    def render(self, **variables: Any) -> list[dict[str, str]]:
        """Chat messages (system, user) for these variables; a missing variable raises PromptError."""
        template = self._template
        try:
            context = template.new_context(variables)
            return [
                {"role": role, "content": "".join(template.blocks[role](context)).strip()}
                for role in ("system", "user")
            ]
        except jinja2.UndefinedError as exc:
            raise PromptError(f"prompt {self.ref}: {exc.message}") from exc


def rendered_sha256(messages: list[dict[str, str]]) -> str:
    """Hash of the exact messages sent to the model."""
    blob = json.dumps(messages, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def prompt_dirs() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("LLMEXTRACT_PROMPTS_PATH", "").split(os.pathsep) if p]
    return [*extra, resource_dir("prompts")]


def parse_ref(ref: str) -> tuple[str, int | None]:
    """``"extraction@v1"`` -> ``("extraction", 1)``; ``"extraction"`` -> ``("extraction", None)`` (latest)."""
    match = _REF_RE.match(ref.strip())
    if not match:
        raise PromptError(f"bad prompt reference {ref!r}: expected NAME@vN, e.g. extraction@v1")
    return match.group(1), int(match.group(2)) if match.group(2) else None


def _parse_file(path: Path) -> PromptTemplate:
    source = path.read_text(encoding="utf-8")
    parts = source.split("---\n", 2)
    if len(parts) != 3 or parts[0].strip():
        raise PromptError(f"{path}: missing front matter between '---' lines")
    meta: dict[str, str] = {}
    for line in parts[1].splitlines():
        if line.strip():
            key, sep, value = line.partition(":")
            if not sep:
                raise PromptError(f"{path}: bad front matter line {line!r}")
            meta[key.strip()] = value.strip()
    missing = [k for k in _REQUIRED_KEYS if k not in meta]
    if missing:
        raise PromptError(f"{path}: front matter lacks {', '.join(missing)}")
    try:
        version, schema_version = int(meta["version"]), int(meta["schema_version"])
        llm_schema = int(meta.get("llm_schema", "1"))
    except ValueError as exc:
        raise PromptError(f"{path}: version, schema_version and llm_schema must be integers") from exc
    file_match = _FILE_RE.match(path.name)
    file_version = int(file_match.group(1)) if file_match else -1
    if meta["name"] != path.parent.name or version != file_version:
        raise PromptError(
            f"{path}: front matter says {meta['name']}@v{version}, the file's place says otherwise"
        )
    return PromptTemplate(
        name=meta["name"],
        version=version,
        schema_version=schema_version,
        description=meta["description"],
        body=parts[2],
        source=source,
        path=path,
        llm_schema=llm_schema,
    )


def _files() -> dict[tuple[str, int], Path]:
    found: dict[tuple[str, int], Path] = {}
    for base in reversed(prompt_dirs()):  # earlier folders win
        if not base.is_dir():
            continue
        for path in base.glob("*/v*.j2"):
            match = _FILE_RE.match(path.name)
            if match:
                found[(path.parent.name, int(match.group(1)))] = path
    return found


def list_prompts() -> list[PromptTemplate]:
    """Every prompt version on the search path, sorted by name and version."""
    return [_parse_file(path) for _, path in sorted(_files().items())]


def load_prompt(ref: str) -> PromptTemplate:
    """The prompt named by ``NAME@vN`` (or the latest version of ``NAME``)."""
    name, version = parse_ref(ref)
    files = _files()
    versions = sorted(v for (n, v) in files if n == name)
    if not versions:
        known = sorted({n for n, _ in files})
        raise PromptError(f"unknown prompt {name!r}; known prompts: {', '.join(known) or 'none'}")
    if version is None:
        version = versions[-1]
    if version not in versions:
        raise PromptError(f"prompt {name!r} has no version {version}; versions: {versions}")
    return _parse_file(files[(name, version)])
