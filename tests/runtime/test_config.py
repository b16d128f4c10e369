"""Configuration a user sets once: key, base URL, auth scheme, headers, timeouts."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import pytest
import respx
from hamsa._base_client import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
)
from hamsa._exceptions import ConfigurationError, HamsaError, MissingAPIKeyError

from ._support import API_KEY, BASE_URL, Harness, Kind

CLIENT_CLASSES = [SyncAPIClient, AsyncAPIClient]


@pytest.mark.parametrize("client_class", CLIENT_CLASSES)
def test_missing_api_key_names_both_ways_to_provide_one(
    client_class: type[SyncAPIClient | AsyncAPIClient],
) -> None:
    with pytest.raises(MissingAPIKeyError) as caught:
        client_class()

    assert isinstance(caught.value, HamsaError)
    assert "api_key" in str(caught.value)
    assert "HAMSA_API_KEY" in str(caught.value)


def test_api_key_and_base_url_come_from_the_environment(
    kind: Kind, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAMSA_API_KEY", "hk_from_env_1234567890")
    monkeypatch.setenv("HAMSA_BASE_URL", "https://staging.tryhamsa.test/")
    harness = Harness(kind, api_key=None, base_url=None)
    try:
        with respx.mock(base_url="https://staging.tryhamsa.test") as mock:
            route = mock.get("/v1/voice-agents").respond(200, json={})
            harness.request("GET", "/v1/voice-agents")
    finally:
        harness.close()

    assert harness.client.base_url == "https://staging.tryhamsa.test"
    assert harness.client.api_key == "hk_from_env_1234567890"
    assert route.calls.last.request.headers["Authorization"] == "Token hk_from_env_1234567890"


@pytest.mark.parametrize("client_class", CLIENT_CLASSES)
def test_explicit_arguments_beat_the_environment_and_defaults_apply(
    client_class: type[SyncAPIClient | AsyncAPIClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAMSA_API_KEY", "hk_from_env_1234567890")
    explicit = client_class(api_key="hk_explicit_1234567890")
    assert explicit.api_key == "hk_explicit_1234567890"
    assert explicit.base_url == DEFAULT_BASE_URL
    assert explicit.max_retries == DEFAULT_MAX_RETRIES
    assert explicit.auth_scheme == "Token"


def test_every_request_carries_auth_accept_and_user_agent(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    harness = make_client()

    harness.request("GET", "/v1/voice-agents")

    headers = route.calls.last.request.headers
    assert headers["Authorization"] == f"Token {API_KEY}"
    assert headers["Accept"] == "application/json"
    assert "Content-Type" not in headers  # no body, no content type
    assert re.fullmatch(r"hamsa-sdk/\S+ python/\d+\.\d+\.\d+", headers["User-Agent"])


def test_a_json_body_is_sent_as_json(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.post("/v2/voice-agents").respond(201, json={})
    harness = make_client()

    harness.request("POST", "/v2/voice-agents", json={"name": "Support", "voice": {"lang": "ar"}})

    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert request.content == b'{"name":"Support","voice":{"lang":"ar"}}'


def test_bearer_auth_scheme_is_configurable(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    harness = make_client(auth_scheme="Bearer")

    harness.request("GET", "/v1/voice-agents")

    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_default_headers_may_override_user_agent_but_not_auth(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    harness = make_client(default_headers={"user-agent": "my-app/2.0", "X-Team": "support"})

    harness.request("GET", "/v1/voice-agents", headers={"X-Trace": "t-1"})

    headers = route.calls.last.request.headers
    assert headers.get_list("User-Agent") == ["my-app/2.0"]
    assert headers["X-Team"] == "support"
    assert headers["X-Trace"] == "t-1"
    assert headers["Authorization"] == f"Token {API_KEY}"
    with pytest.raises(ValueError, match="Authorization"):
        make_client(default_headers={"Authorization": "Token other"})
    with pytest.raises(ValueError, match="Authorization"):
        harness.request("GET", "/v1/voice-agents", headers={"authorization": "Token other"})
    assert route.call_count == 1


def test_query_params_drop_none_and_repeat_list_values(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/conversations").respond(200, json={})
    harness = make_client()

    harness.request(
        "GET",
        "/v1/conversations",
        params={"page": 2, "status": ["completed", "failed"], "agentId": None, "ok": True},
    )

    assert str(route.calls.last.request.url.query, "ascii") == (
        "page=2&status=completed&status=failed&ok=true"
    )


def test_default_timeout_is_finite_and_sent_with_every_request(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    harness = make_client()

    harness.request("GET", "/v1/voice-agents")
    harness.request("GET", "/v1/voice-agents", timeout=2.5)

    assert harness.client.timeout == DEFAULT_TIMEOUT
    assert None not in DEFAULT_TIMEOUT.as_dict().values()
    sent = [call.request.extensions["timeout"] for call in route.calls]
    assert sent[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert sent[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


@pytest.mark.parametrize("unlimited", [None, httpx.Timeout(None), httpx.Timeout(10.0, read=None)])
def test_unlimited_timeouts_are_rejected_before_anything_is_sent(
    make_client: Callable[..., Harness], unlimited: object
) -> None:
    with pytest.raises(ValueError, match="never unlimited"):
        RequestOptions("GET", "/v1/voice-agents", timeout=unlimited)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="never unlimited"):
        make_client(timeout=unlimited)


def test_request_options_default_to_the_client_settings() -> None:
    options = RequestOptions("POST", "/v1/voice-agents/call")
    assert options.timeout is NOT_GIVEN
    assert options.max_retries is NOT_GIVEN
    assert not options.is_idempotent()
    assert RequestOptions("patch", "/v1/voice-agents/abc").is_idempotent()
    with pytest.raises(ValueError, match="max_retries"):
        RequestOptions("GET", "/", max_retries=-1)


def test_repr_shows_base_url_and_only_a_masked_key(make_client: Callable[..., Harness]) -> None:
    harness = make_client()

    text = repr(harness.client)

    assert API_KEY not in text
    assert "***WXYZ" in text
    assert BASE_URL in text


def test_a_supplied_http_client_still_gets_auth_and_is_not_closed_by_us(
    api: respx.MockRouter,
) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    own = httpx.Client(headers={"X-From-User-Client": "yes"})

    with SyncAPIClient(api_key=API_KEY, http_client=own) as client:
        client.request(RequestOptions("GET", "/v1/voice-agents"))

    headers = route.calls.last.request.headers
    assert headers["Authorization"] == f"Token {API_KEY}"
    assert headers["X-From-User-Client"] == "yes"
    assert not own.is_closed  # the caller owns it
    own.close()


def test_the_client_we_create_is_closed_on_exit() -> None:
    with SyncAPIClient(api_key=API_KEY) as client:
        pass
    assert client._client.is_closed


@pytest.mark.asyncio
async def test_async_client_supplied_http_client_and_context_manager(
    api: respx.MockRouter,
) -> None:
    route = api.post("/v1/voice-agents/call").respond(200, json={"success": True})
    own = httpx.AsyncClient()

    async with AsyncAPIClient(api_key=API_KEY, http_client=own, auth_scheme="Bearer") as client:
        response = await client.request(RequestOptions("POST", "/v1/voice-agents/call", json={}))

    assert response.json() == {"success": True}
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert not own.is_closed
    await own.aclose()


def test_mismatched_http_client_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="got AsyncClient"):
        SyncAPIClient(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
