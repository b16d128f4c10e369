"""Logging tells a user what happened on the wire, and never shows a secret."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
import respx
from hamsa._base_client import RequestOptions, SyncAPIClient
from hamsa._exceptions import APITimeoutError, InternalServerError

from ._support import API_KEY, Harness, Kind

LLM_KEY = "sk-proj-LLM-0a1b2c3d4e"
LEGACY_LLM_KEY = "sk-legacy-CONFIG-5f6a7b"
WEBHOOK_SECRET = "whsec_HOOK_8c9d0e1f"

AGENT_WITH_SECRETS = {
    "name": "Support",
    "llm": {"provider": "openai", "model": "gpt-4.1", "apiKey": LLM_KEY},
    "llmConfig": {"provider": "OpenAI", "modelName": "gpt-4.1", "apiKey": LEGACY_LLM_KEY},
    "webhookAuth": {"authKey": "X-Signature", "authSecret": WEBHOOK_SECRET},
}


def test_debug_logs_show_the_exchange_with_every_secret_masked(
    make_client: Callable[..., Harness],
    api: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.post("/v2/voice-agents").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            # The server echoes the agent back, secrets included.
            httpx.Response(201, json={"success": True, "data": AGENT_WITH_SECRETS}),
        ]
    )
    harness = make_client()
    caplog.set_level(logging.DEBUG, logger="hamsa")

    harness.request("POST", "/v2/voice-agents", json=AGENT_WITH_SECRETS)

    text = caplog.text
    for secret in (API_KEY, LLM_KEY, LEGACY_LLM_KEY, WEBHOOK_SECRET):
        assert secret not in text, secret
    assert "POST https://api.tryhamsa.com/v2/voice-agents (attempt 1)" in text
    assert "(attempt 2)" in text
    assert "-> 429" in text and "-> 201" in text
    assert "retrying" in text and "HTTP 429" in text
    assert "Token ***" in text  # the scheme stays visible: it explains many 401s
    assert '"apiKey": "***"' in text and '"authSecret": "***"' in text
    assert '"X-Signature"' in text  # non-secret fields stay readable
    assert all(record.name == "hamsa" for record in caplog.records)


def test_giving_up_is_logged_with_the_reason(
    make_client: Callable[..., Harness],
    api: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.post("/v1/voice-agents/call").mock(side_effect=httpx.ReadTimeout("read"))
    harness = make_client()
    caplog.set_level(logging.INFO, logger="hamsa")

    with pytest.raises(APITimeoutError):
        harness.request("POST", "/v1/voice-agents/call", json={})

    messages = [record.getMessage() for record in caplog.records]
    assert any("ReadTimeout" in m and "not idempotent" in m for m in messages)


def test_info_level_omits_headers_and_bodies(
    make_client: Callable[..., Harness],
    api: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api.get("/v1/voice-agents").respond(200, json={"success": True})
    harness = make_client()
    caplog.set_level(logging.INFO, logger="hamsa")

    harness.request("GET", "/v1/voice-agents")

    assert "GET https://api.tryhamsa.com/v1/voice-agents -> 200" in caplog.text
    assert "headers" not in caplog.text and "body" not in caplog.text


def test_hamsa_log_env_var_turns_on_stderr_output_once(
    kind: Kind,
    api: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HAMSA_LOG", "debug")
    api.get("/v1/voice-agents").respond(200, json={})
    logger = logging.getLogger("hamsa")
    handlers_before = len(logger.handlers)

    first = Harness(kind)
    second = Harness(kind)  # constructing again must not double every line
    try:
        first.request("GET", "/v1/voice-agents")
    finally:
        first.close()
        second.close()

    assert logger.level == logging.DEBUG
    assert len(logger.handlers) == handlers_before + 1
    err = capsys.readouterr().err
    assert err.count("request: GET https://api.tryhamsa.com/v1/voice-agents (attempt 1)") == 1
    assert "hamsa DEBUG" in err
    assert API_KEY not in err


def test_without_hamsa_log_the_library_adds_no_output(
    api: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    api.get("/v1/voice-agents").respond(500)
    hamsa_logger, root = logging.getLogger("hamsa"), logging.getLogger()
    hamsa_handlers, root_handlers = list(hamsa_logger.handlers), list(root.handlers)

    with SyncAPIClient(api_key=API_KEY, max_retries=0) as client:
        with pytest.raises(InternalServerError):
            client.request(RequestOptions("GET", "/v1/voice-agents"))

    assert hamsa_logger.handlers == hamsa_handlers
    assert root.handlers == root_handlers  # the application's logging config is its own
    assert capsys.readouterr().err == ""
