"""A fake OpenAI-compatible server that also keeps the JSON body of every request it received."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from fake_openai import FakeServer


@dataclass
class RecordingServer(FakeServer):
    """``FakeServer`` plus ``bodies``: what the toolkit really sent, in arrival order."""

    bodies: list[dict[str, Any]] = field(default_factory=list)

    async def _answer(self, raw: bytes, writer: asyncio.StreamWriter) -> bool:
        self.bodies.append(json.loads(raw or b"{}"))
        return await super()._answer(raw, writer)
