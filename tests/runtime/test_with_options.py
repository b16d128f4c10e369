"""client.with_options(...) and the per-call extras (extra_headers, extra_query, extra_body)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx
from hamsa import AsyncHamsa, Hamsa
from hamsa._base_client import RequestOptions

BASE_URL = "https://api.hamsa.test"
KEY = "hk_with_options_0123456789"


def test_a_copy_changes_settings_and_shares_the_pool() -> None:
    client = Hamsa(api_key=KEY, base_url=BASE_URL, default_headers={"X-App": "shop"})
    quick = client.with_options(timeout=2.5, max_retries=0, default_headers={"X-Team": "voice"})
    try:
        assert quick._client is client._client  # one connection pool
        assert quick.timeout == httpx.Timeout(2.5)
        assert quick.max_retries == 0
        assert client.max_retries == 2 and client.timeout != quick.timeout  # original untouched
        with respx.mock(base_url=BASE_URL) as api:
            route = api.get("/v1/voice-agents").respond(200, json={})
            quick.request(RequestOptions(method="GET", path="/v1/voice-agents"))
        sent = route.calls.last.request
        assert sent.headers["X-App"] == "shop" and sent.headers["X-Team"] == "voice"
        assert sent.headers["Authorization"] == f"Token {KEY}"
        assert sent.extensions["timeout"]["read"] == 2.5
        assert quick.voice_agents is not client.voice_agents  # resources bound to the copy
    finally:
        quick.close()
        assert not client._client.is_closed  # closing a copy leaves the shared pool open
        client.close()
        assert client._client.is_closed


async def test_the_async_copy_shares_the_pool_too() -> None:
    client = AsyncHamsa(api_key=KEY, base_url=BASE_URL)
    copy = client.with_options(auth_scheme="Bearer")
    assert copy._client is client._client
    with respx.mock(base_url=BASE_URL) as api:
        route = api.get("/v1/voice-agents").respond(200, json={})
        await copy.request(RequestOptions(method="GET", path="/v1/voice-agents"))
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {KEY}"
    await copy.aclose()
    assert not client._client.is_closed
    await client.aclose()


def test_extras_add_headers_query_and_body_fields_as_given() -> None:
    with Hamsa(api_key=KEY, base_url=BASE_URL) as client, respx.mock(base_url=BASE_URL) as api:
        route = api.post("/v1/voice-agents/clone").respond(200, json={})
        client.request(
            RequestOptions(
                method="POST",
                path="/v1/voice-agents/clone",
                params={"a": "1"},
                json={"voiceAgentId": "x", "name": "kept"},
                extra_headers={"X-Trace": "t-1"},
                extra_query={"b": "2"},
                extra_body={"name": "replaced", "betaFlag": True},
            )
        )
    sent = route.calls.last.request
    assert sent.headers["X-Trace"] == "t-1"
    assert dict(sent.url.params) == {"a": "1", "b": "2"}
    assert json.loads(sent.content) == {"voiceAgentId": "x", "name": "replaced", "betaFlag": True}


def test_extra_headers_cannot_replace_the_authorization_header() -> None:
    with Hamsa(api_key=KEY, base_url=BASE_URL) as client, pytest.raises(ValueError, match="Auth"):
        client.request(
            RequestOptions(method="GET", path="/x", extra_headers={"authorization": "Token other"})
        )
