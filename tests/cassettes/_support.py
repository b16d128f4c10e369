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
from operation_calls import HEADER_SECRET, planted_secret, planted_secrets

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes" / "recorded"
DEFAULT_BASE_URL = "https://api.tryhamsa.com"

# Set by record_from_examples.py: record against the documented-examples loopback server.
SOURCE_ENV = "HAMSA_CASSETTE_SOURCE"
DOCS_EXAMPLES = "docs-examples"

# What the tests send on replay, and what live values are replaced with in a cassette.
TEST_API_KEY = "hk_test_cassette_key_0123456789abcdef"
AGENT_ID = "11111111-2222-4333-8444-555555555555"
TO_NUMBER = "+15551234567"  # a fictional 555 number
FROM_NUMBER = "+18449292835"  # Hamsa's documented shared caller ID
CONVERSATION_ID = "22222222-3333-4444-8555-666666666666"
WEB_TOOL_ID = "33333333-4444-4555-8666-777777777777"
KNOWLEDGE_BASE_ITEM_ID = "44444444-5555-4666-8777-888888888888"
VOICE_DICTIONARY_ID = "55555555-6666-4777-8888-999999999999"
PROJECT_ID = "66666666-7777-4888-8999-aaaaaaaaaaaa"
USER_ID = "77777777-8888-4999-8aaa-bbbbbbbbbbbb"
PHONE_NUMBER = "+15557654321"  # a fictional number of your own, added to Hamsa
TWILIO_ACCOUNT_SID = "AC00000000000000000000000000000000"
# Secrets the tests put in request bodies (operation_calls plants one in every field the specs
# mark `format: password`, and in credential headers); the cassettes must only hold "REDACTED".
LLM_API_KEY = planted_secret("api_key")  # an llm apiKey, test-api-tool's apiKey
WEBHOOK_SECRET = planted_secret("auth_secret")
TOOL_AUTH_TOKEN = planted_secret("auth_token")  # a web tool's toolSettings.authToken
TOOL_HEADER_SECRET = HEADER_SECRET  # in a web tool's httpHeaders
TOOL_API_KEY = LLM_API_KEY
TWILIO_AUTH_TOKEN = planted_secret("twilio_auth_token")
TEST_SECRETS = (TEST_API_KEY, *planted_secrets())

# Only for re-recording against the real API (see the README, "Testing the SDK"): the
# environment variable naming each live value, and the placeholder a cassette holds instead.
AGENT_ID_ENV = "HAMSA_CASSETTE_AGENT_ID"
TO_NUMBER_ENV = "HAMSA_CASSETTE_TO_NUMBER"
FROM_NUMBER_ENV = "HAMSA_CASSETTE_FROM_NUMBER"
CONVERSATION_ID_ENV = "HAMSA_CASSETTE_CONVERSATION_ID"
WEB_TOOL_ID_ENV = "HAMSA_CASSETTE_WEB_TOOL_ID"
KNOWLEDGE_BASE_ITEM_ID_ENV = "HAMSA_CASSETTE_KNOWLEDGE_BASE_ITEM_ID"
VOICE_DICTIONARY_ID_ENV = "HAMSA_CASSETTE_VOICE_DICTIONARY_ID"
PROJECT_ID_ENV = "HAMSA_CASSETTE_PROJECT_ID"
USER_ID_ENV = "HAMSA_CASSETTE_USER_ID"
PHONE_NUMBER_ENV = "HAMSA_CASSETTE_PHONE_NUMBER"
TWILIO_ACCOUNT_SID_ENV = "HAMSA_CASSETTE_TWILIO_ACCOUNT_SID"
TWILIO_AUTH_TOKEN_ENV = "HAMSA_CASSETTE_TWILIO_AUTH_TOKEN"
PLACEHOLDERS: Mapping[str, str] = {
    AGENT_ID_ENV: AGENT_ID,
    TO_NUMBER_ENV: TO_NUMBER,
    FROM_NUMBER_ENV: FROM_NUMBER,
    CONVERSATION_ID_ENV: CONVERSATION_ID,
    WEB_TOOL_ID_ENV: WEB_TOOL_ID,
    KNOWLEDGE_BASE_ITEM_ID_ENV: KNOWLEDGE_BASE_ITEM_ID,
    VOICE_DICTIONARY_ID_ENV: VOICE_DICTIONARY_ID,
    PROJECT_ID_ENV: PROJECT_ID,
    USER_ID_ENV: USER_ID,
    PHONE_NUMBER_ENV: PHONE_NUMBER,
    TWILIO_ACCOUNT_SID_ENV: TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN_ENV: TWILIO_AUTH_TOKEN,
}
# Live values that are secrets: masked as REDACTED wherever they appear, never swapped for a
# placeholder (a placeholder is a test secret, which the secret scan reports).
SECRET_ENVS = frozenset({TWILIO_AUTH_TOKEN_ENV})

Mode = Literal["replay", "live", "docs-examples"]
Kind = Literal["sync", "async"]


@dataclass(frozen=True)
class Target:
    """The API the clients talk to: nothing (replay), the real one, or the examples server."""

    mode: Mode
    base_url: str
    api_key: str
    live_values: Mapping[str, str | None] = field(default_factory=dict)

    def value(self, env: str, placeholder: str | None = None) -> str:
        """The live value to send when recording live; the placeholder otherwise."""
        if self.mode != "live":
            return placeholder if placeholder is not None else PLACEHOLDERS[env]
        live = self.live_values.get(env)
        if not live:
            pytest.fail(f"recording this cassette against the real API needs {env} to be set")
        return live

    @property
    def agent_id(self) -> str:
        return self.value(AGENT_ID_ENV)

    @property
    def to_number(self) -> str:
        return self.value(TO_NUMBER_ENV)

    @property
    def from_number(self) -> str:
        return self.value(FROM_NUMBER_ENV)

    @property
    def conversation_id(self) -> str:
        return self.value(CONVERSATION_ID_ENV)

    @property
    def web_tool_id(self) -> str:
        return self.value(WEB_TOOL_ID_ENV)

    @property
    def knowledge_base_item_id(self) -> str:
        return self.value(KNOWLEDGE_BASE_ITEM_ID_ENV)

    @property
    def voice_dictionary_id(self) -> str:
        return self.value(VOICE_DICTIONARY_ID_ENV)

    @property
    def project_id(self) -> str:
        return self.value(PROJECT_ID_ENV)

    @property
    def user_id(self) -> str:
        return self.value(USER_ID_ENV)

    @property
    def phone_number(self) -> str:
        return self.value(PHONE_NUMBER_ENV)

    @property
    def twilio_account_sid(self) -> str:
        return self.value(TWILIO_ACCOUNT_SID_ENV)

    @property
    def twilio_auth_token(self) -> str:
        return self.value(TWILIO_AUTH_TOKEN_ENV)

    def replacements(self) -> dict[str, str]:
        """Live value -> placeholder, applied before a cassette is written."""
        return {
            live: PLACEHOLDERS[env]
            for env, live in self.live_values.items()
            if live and env in PLACEHOLDERS and env not in SECRET_ENVS
        }

    def secrets(self) -> tuple[str, ...]:
        """The API key and the live secret values: masked wherever they appear."""
        live = (self.live_values.get(env) for env in sorted(SECRET_ENVS))
        return (self.api_key, *(value for value in live if value))


def live_target() -> Target:
    api_key = os.environ.get("HAMSA_API_KEY", "").strip()
    if not api_key:
        pytest.fail(
            "--record-mode records against the real Hamsa API and needs HAMSA_API_KEY "
            "(to synthesize from the docs' examples instead, run "
            "tests/cassettes/record_from_examples.py)"
        )
    live_values: dict[str, str | None] = {env: os.environ.get(env) for env in PLACEHOLDERS}
    live_values[FROM_NUMBER_ENV] = live_values[FROM_NUMBER_ENV] or FROM_NUMBER
    return Target(
        mode="live",
        base_url=(os.environ.get("HAMSA_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
        api_key=api_key,
        live_values=live_values,
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
