"""Retries through the real clients: how many requests go out, and the waits between them.

Sleeping is faked by the harness (delays recorded), jitter is fixed at 0.5, so with
equal jitter the backoff waits are 0.375 s, 0.75 s, 1.5 s, ...
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import respx
from hamsa._exceptions import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)

from ._support import Harness


def test_get_500_500_200_succeeds_on_the_third_request(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents/abc").mock(
        side_effect=[httpx.Response(500), httpx.Response(500), httpx.Response(200, json={})]
    )
    harness = make_client()

    response = harness.request("GET", "/v1/voice-agents/abc")

    assert response.status_code == 200
    assert route.call_count == 3
    assert harness.delays == [0.375, 0.75]


def test_get_that_keeps_failing_raises_after_max_retries_plus_one_attempts(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents/abc").respond(500, json={"message": "boom"})
    harness = make_client(max_retries=3)

    with pytest.raises(InternalServerError, match="boom"):
        harness.request("GET", "/v1/voice-agents/abc")

    assert route.call_count == 4
    assert harness.delays == [0.375, 0.75, 1.5]


def test_per_call_max_retries_overrides_the_client_default(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents/abc").respond(503)
    harness = make_client(max_retries=5)

    with pytest.raises(InternalServerError):
        harness.request("GET", "/v1/voice-agents/abc", max_retries=0)

    assert route.call_count == 1
    assert harness.delays == []


def test_post_500_is_sent_exactly_once(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call").respond(500)
    harness = make_client()

    with pytest.raises(InternalServerError):
        harness.request("POST", "/v1/voice-agents/call", json={"toNumber": "+15551234567"})

    assert route.call_count == 1


@pytest.mark.parametrize("never_sent", [httpx.ConnectError, httpx.ConnectTimeout])
def test_post_is_retried_when_it_never_left_the_machine(
    make_client: Callable[..., Harness],
    api: respx.MockRouter,
    never_sent: type[httpx.TransportError],
) -> None:
    route = api.post("/v1/voice-agents/call").mock(
        side_effect=[never_sent("refused"), httpx.Response(200, json={"success": True})]
    )
    harness = make_client()

    response = harness.request("POST", "/v1/voice-agents/call", json={})

    assert response.status_code == 200
    assert route.call_count == 2
    assert harness.delays == [0.375]


def test_post_read_timeout_is_not_retried_and_says_why(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call").mock(side_effect=httpx.ReadTimeout("read"))
    harness = make_client()

    with pytest.raises(APITimeoutError, match="not idempotent") as caught:
        harness.request("POST", "/v1/voice-agents/call", json={})

    assert route.call_count == 1
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/v1/voice-agents/call"


def test_post_429_with_retry_after_waits_exactly_that_long(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(200, json={"success": True}),
        ]
    )
    harness = make_client()

    harness.request("POST", "/v1/voice-agents/call", json={})

    assert route.call_count == 2
    assert harness.delays == [3.0]


def test_post_429_without_retry_after_is_not_retried(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call").respond(429)
    harness = make_client()

    with pytest.raises(RateLimitError):
        harness.request("POST", "/v1/voice-agents/call", json={})

    assert route.call_count == 1


def test_retry_after_as_an_http_date_is_honoured(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    # The harness clock says 2025-01-01 12:00:00 UTC.
    route = api.get("/v1/voice-agents").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "Wed, 01 Jan 2025 12:00:05 GMT"}),
            httpx.Response(200, json={}),
        ]
    )
    harness = make_client()

    harness.request("GET", "/v1/voice-agents")

    assert route.call_count == 2
    assert harness.delays == [5.0]


def test_retry_after_ms_is_honoured(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    api.get("/v1/voice-agents").mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after-ms": "1500"}),
            httpx.Response(200, json={}),
        ]
    )
    harness = make_client()

    harness.request("GET", "/v1/voice-agents")

    assert harness.delays == [1.5]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_retry_after_above_the_cap_raises_instead_of_waiting(
    make_client: Callable[..., Harness], api: respx.MockRouter, method: str
) -> None:
    route = api.route(method=method, path="/v1/voice-agents").respond(
        429, headers={"Retry-After": "3600"}
    )
    harness = make_client()

    with pytest.raises(RateLimitError):
        harness.request(method, "/v1/voice-agents")

    assert route.call_count == 1
    assert harness.delays == []


def test_connection_errors_are_wrapped_after_retries(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents").mock(side_effect=httpx.ConnectError("refused"))
    harness = make_client()

    with pytest.raises(APIConnectionError) as caught:
        harness.request("GET", "/v1/voice-agents")

    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert route.call_count == 3
    assert "3 attempt" in str(caught.value)


def test_a_get_marked_non_idempotent_is_treated_like_a_post(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.get("/v1/calls/next").respond(500)
    harness = make_client()

    with pytest.raises(InternalServerError):
        harness.request("GET", "/v1/calls/next", idempotent=False)

    assert route.call_count == 1


def test_a_post_marked_idempotent_is_retried(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/search").mock(
        side_effect=[httpx.Response(502), httpx.Response(200, json={})]
    )
    harness = make_client()

    harness.request("POST", "/v1/voice-agents/search", json={}, idempotent=True)

    assert route.call_count == 2


def test_retried_requests_carry_the_same_body(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    route = api.patch("/v1/voice-agents/abc").mock(
        side_effect=[httpx.Response(500), httpx.Response(200, json={})]
    )
    harness = make_client()

    harness.request("PATCH", "/v1/voice-agents/abc", json={"agentName": "Support"})

    bodies = [call.request.content for call in route.calls]
    assert bodies == [b'{"agentName":"Support"}'] * 2
