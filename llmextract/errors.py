"""The exceptions llmextract raises, in one place.

Library code raises these; only the CLI turns them into messages and exit codes. Every message is
passed through :func:`llmextract.utils.redaction.redact`: no error carries a key, whatever the server echoed.

    LLMExtractError
    ├── ConfigError        bad settings: unknown model/mode, missing key for a remote endpoint
    ├── InputError         empty, binary, undecodable or oversized article
    │   └── JsonRefused    JSON the one reading policy refuses (too deep, too big, invalid), at ``where``
    ├── OutputError        an output cannot be written: another run holds it, a full disk, a folder
    ├── PromptError        unknown prompt name/version, template that fails to render
    ├── ProviderError      the endpoint failed (keeps the original exception, names the host)
    │   └── RunStopped     it refused the run itself (key, model): a batch stops after the calls in flight
    ├── EngineError        a distributed engine lost a worker for good
    ├── EvalInterrupted    Ctrl-C or SIGTERM stopped an eval run (the predictions so far are kept)
    └── ExtractionFailed   the model never produced a valid answer (attempts, last raw answer, usage)

Every one of them pickles, whatever its ``__init__`` takes, so it can cross from a Ray worker or a
Spark executor to the driver; a foreign exception it holds (``original``: an openai error with its
HTTP response) stays behind, and the copy holds None there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from llmextract.utils.redaction import redact

if TYPE_CHECKING:
    from pathlib import Path

    from llmextract.schema import Usage

__all__ = [
    "ConfigError",
    "EngineError",
    "EvalInterrupted",
    "ExtractionFailed",
    "InputError",
    "JsonRefused",
    "LLMExtractError",
    "OutputError",
    "PromptError",
    "ProviderError",
    "RunStopped",
]


class LLMExtractError(Exception):
    """Base class of every error llmextract raises on purpose; its message holds no secret."""

    def __init__(self, message: str = "") -> None:
        super().__init__(redact(message))

    def __reduce__(self) -> tuple[Any, ...]:
        state = {
            key: None
            if isinstance(value, BaseException) and not isinstance(value, LLMExtractError)
            else value
            for key, value in vars(self).items()
        }
        return (_rebuilt, (type(self), self.args, state))


def _rebuilt(cls: type[LLMExtractError], args: tuple[Any, ...], state: dict[str, Any]) -> LLMExtractError:
    """An error unpickled without calling its ``__init__`` (whose arguments are not its ``args``)."""
    error = cls.__new__(cls)
    error.args = args
    vars(error).update(state)
    return error


class ConfigError(LLMExtractError):
    """The settings cannot work: unknown mode, malformed prompt reference, missing key."""


class InputError(LLMExtractError):
    """The article cannot be read or is not usable text."""


class OutputError(LLMExtractError):
    """An output cannot be written as asked; whatever it replaced is left as it was."""


class JsonRefused(InputError):
    """A JSON document ``llmextract.utils.json_policy`` does not read: ``where`` it is (``path:line``)
    and the ``reason``, without the place."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class PromptError(LLMExtractError):
    """A prompt template is missing, malformed, or fails to render."""


class ProviderError(LLMExtractError):
    """The LLM endpoint failed after transport retries; the cause is kept as ``original``."""

    def __init__(
        self,
        message: str,
        *,
        host: str,
        status_code: int | None = None,
        original: BaseException | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(f"{message} (endpoint {host})")
        self.host = host
        self.status_code = status_code
        self.original = original
        self.attempts = attempts


class EngineError(LLMExtractError):
    """A distributed engine lost work it could not redo (a Ray worker gone beyond its restarts)."""


class EvalInterrupted(LLMExtractError):
    """Ctrl-C or SIGTERM stopped an eval run; ``path`` holds the predictions written until then."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"interrupted; the predictions written so far are in {path}")
        self.path = path


class ExtractionFailed(LLMExtractError):
    """The model's answers never passed validation within the re-ask budget."""

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        last_response: str | None,
        usage: Usage,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_response = redact(last_response) if last_response is not None else None
        self.usage = usage


class RunStopped(ProviderError):
    """The endpoint refused the run itself (key, model): raised by ``aextract_many`` after the
    articles in flight have finished and their results were yielded.

    The articles that met the refusal yield no record (it says nothing about them), so running
    again over the same output with ``--resume`` redoes them. ``cause`` is the ProviderError met.
    """

    def __init__(self, cause: ProviderError, hint: str) -> None:
        super().__init__(
            f"the endpoint refused the run: {str(cause).removesuffix(f' (endpoint {cause.host})')}; {hint}",
            host=cause.host,
            status_code=cause.status_code,
            original=cause.original,
            attempts=cause.attempts,
        )
        self.cause = cause
        self.hint = hint
