"""Where the cassette tests send their requests, and one blocking interface over both clients."""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import hamsa
import pytest

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes"
DEFAULT_BASE_URL = "https://api.tryhamsa.com"

# Set by record_from_examples.py: record against the documented-examples loopback server.
SOURCE_ENV = "HAMSA_CASSETTE_SOURCE"
DOCS_EXAMPLES = "docs-examples"
# Only for re-recording against the real API (see the README, "Testing / re-recording").
AGENT_ID_ENV = "HAMSA_CASSETTE_AGENT_ID"
TO_NUMBER_ENV = "HAMSA_CASSETTE_TO_NUMBER"
FROM_NUMBER_ENV = "HAMSA_CASSETTE_FROM_NUMBER"

# What the tests send on replay, and what live values are replaced with in a cassette.
TEST_API_KEY = "hk_test_cassette_key_0123456789abcdef"
AGENT_ID = "11111111-2222-4333-8444-555555555555"
TO_NUMBER = "+15551234567"  # a fictional 555 number
FROM_NUMBER = "+18449292835"  # Hamsa's documented shared caller ID
# Secrets the tests put in request bodies; the cassettes must only ever hold "REDACTED".
LLM_API_KEY = "sk-test-cassette-llm-key-4242"
WEBHOOK_SECRET = "whsec-test-cassette-secret-4242"
TEST_SECRETS = (TEST_API_KEY, LLM_API_KEY, WEBHOOK_SECRET)

Mode = Literal["replay", "live", "docs-examples"]
Kind = Literal["sync", "async"]


@dataclass(frozen=True)
class Target:
    """The API the clients talk to: nothing (replay), the real one, or the examples server."""

    mode: Mode
    base_url: str
    api_key: str
    live_values: Mapping[str, str | None] = field(default_factory=dict)

    def value(self, env: str, placeholder: str) -> str:
        """The live value to send when recording live; the placeholder otherwise."""
        if self.mode != "live":
            return placeholder
        live = self.live_values.get(env)
        if not live:
            pytest.fail(f"recording this cassette against the real API needs {env} to be set")
        return live

    @property
    def agent_id(self) -> str:
        return self.value(AGENT_ID_ENV, AGENT_ID)

    @property
    def to_number(self) -> str:
        return self.value(TO_NUMBER_ENV, TO_NUMBER)

    @property
    def from_number(self) -> str:
        return self.value(FROM_NUMBER_ENV, FROM_NUMBER)

    def replacements(self) -> dict[str, str]:
        """Live value -> placeholder, applied before a cassette is written."""
        placeholders = {
            AGENT_ID_ENV: AGENT_ID,
            TO_NUMBER_ENV: TO_NUMBER,
            FROM_NUMBER_ENV: FROM_NUMBER,
        }
        return {
            live: placeholders[env]
            for env, live in self.live_values.items()
            if live and env in placeholders
        }


def live_target() -> Target:
    api_key = os.environ.get("HAMSA_API_KEY", "").strip()
    if not api_key:
        pytest.fail(
            "--record-mode records against the real Hamsa API and needs HAMSA_API_KEY "
            "(to synthesize from the docs' examples instead, run "
            "tests/cassette/record_from_examples.py)"
        )
    return Target(
        mode="live",
        base_url=(os.environ.get("HAMSA_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
        api_key=api_key,
        live_values={
            AGENT_ID_ENV: os.environ.get(AGENT_ID_ENV),
            TO_NUMBER_ENV: os.environ.get(TO_NUMBER_ENV),
            FROM_NUMBER_ENV: os.environ.get(FROM_NUMBER_ENV) or FROM_NUMBER,
        },
    )


class Sdk:
    """hamsa.Hamsa or hamsa.AsyncHamsa behind one blocking ``run``.

    max_retries=0: a recording must hold exactly the one request each test makes, and a
    start-call is never to be repeated against the real API.
    """

    def __init__(self, kind: Kind, target: Target) -> None:
        self.kind = kind
        self.target = target
        self._runner = asyncio.Runner() if kind == "async" else None
        options: dict[str, Any] = {
            "api_key": target.api_key,
            "base_url": target.base_url,
            "max_retries": 0,
        }
        self.client = hamsa.Hamsa(**options) if kind == "sync" else hamsa.AsyncHamsa(**options)

    def run(self, operation: Callable[[Any], Any]) -> Any:
        result = operation(self.client)
        if self._runner is None:
            assert not inspect.isawaitable(result)
            return result
        assert inspect.iscoroutine(result), "async operations must return coroutines"
        return self._runner.run(result)

    def close(self) -> None:
        if isinstance(self.client, hamsa.Hamsa):
            self.client.close()
            return
        assert self._runner is not None
        self._runner.run(self.client.aclose())
        self._runner.close()
