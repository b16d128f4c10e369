"""The requests the runtime puts on the wire are the ones httpx itself would build.

A pool the SDK builds gets its requests built directly (headers merged once per client, the
JSON body encoded once) rather than through httpx's build_request: these tests hold the two
ways to the same bytes, headers and cookies.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from ._support import API_KEY, BASE_URL, Harness

BODY: dict[str, Any] = {
    "agentName": "Support — دعم",  # non-ASCII goes as UTF-8, as httpx sends it
    "params": {"n": 1.5, "list": [1, "two", None, True]},
}


def _as_httpx_builds(harness: Harness, request: httpx.Request) -> httpx.Request:
    """The request a plain httpx.Client would build for the same call."""
    headers = {
        "Accept": "application/json",
        "User-Agent": request.headers["User-Agent"],
        "Authorization": f"Token {API_KEY}",
    }
    if request.method == "POST":
        headers["Content-Type"] = "application/json"
    with httpx.Client() as plain:
        return plain.build_request(
            request.method,
            str(request.url),
            json=BODY if request.method == "POST" else None,
            headers=headers,
        )


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_request_matches_what_httpx_builds(
    make_client: Any, api: respx.MockRouter, method: str
) -> None:
    route = api.route(method=method, path="/v1/voice-agents").respond(200, json={})
    harness: Harness = make_client()
    json_body = BODY if method == "POST" else None
    harness.request(method, "/v1/voice-agents", json=json_body, params={"skip": 0, "x": None})

    sent = route.calls.last.request
    expected = _as_httpx_builds(harness, sent)
    assert sorted(sent.headers.multi_items()) == sorted(expected.headers.multi_items())
    assert sent.content == expected.content
    assert str(sent.url) == f"{BASE_URL}/v1/voice-agents?skip=0"
    assert "gzip" in sent.headers["Accept-Encoding"]  # httpx's defaults are kept


def test_cookies_a_server_sets_are_sent_back(make_client: Any, api: respx.MockRouter) -> None:
    """A load balancer's sticky-session cookie keeps working as it does with plain httpx."""
    first = api.get("/v1/first").respond(200, json={}, headers={"Set-Cookie": "lb=node-7; Path=/"})
    second = api.get("/v1/second").respond(200, json={})
    harness: Harness = make_client()

    harness.request("GET", "/v1/first")
    harness.request("GET", "/v1/second")

    assert "cookie" not in first.calls.last.request.headers
    assert second.calls.last.request.headers["Cookie"] == "lb=node-7"


def test_a_response_without_cookies_stores_none(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/v1/first").respond(200, json={})
    later = api.get("/v1/second").respond(200, json={})
    harness: Harness = make_client()

    harness.request("GET", "/v1/first")
    harness.request("GET", "/v1/second")

    assert "cookie" not in later.calls.last.request.headers
    assert not harness.client._client.cookies


def test_a_given_client_keeps_its_headers_and_cookies(kind: str, api: respx.MockRouter) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    own: httpx.Client | httpx.AsyncClient
    settings: dict[str, Any] = {"headers": {"X-Team": "ops"}, "cookies": {"session": "s-1"}}
    own = httpx.Client(**settings) if kind == "sync" else httpx.AsyncClient(**settings)
    harness = Harness("sync" if kind == "sync" else "async", http_client=own)
    try:
        harness.request("GET", "/v1/voice-agents", headers={"X-Call": "c-1"})
    finally:
        harness.close()

    sent = route.calls.last.request.headers
    assert sent["X-Team"] == "ops"
    assert sent["X-Call"] == "c-1"
    assert sent["Cookie"] == "session=s-1"
    assert sent["Authorization"] == f"Token {API_KEY}"


def test_a_copy_sends_its_own_headers_through_the_shared_pool(
    make_client: Any, api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    harness: Harness = make_client(default_headers={"X-App": "one"})
    copy = harness.client.with_options(default_headers={"X-Copy": "two"}, auth_scheme="Bearer")
    assert copy._client is harness.client._client

    harness.request("GET", "/v1/voice-agents")
    original_sent = route.calls.last.request.headers
    harness.client = copy
    harness.request("GET", "/v1/voice-agents")
    copy_sent = route.calls.last.request.headers

    assert "X-Copy" not in original_sent
    assert original_sent["Authorization"] == f"Token {API_KEY}"
    assert (copy_sent["X-App"], copy_sent["X-Copy"]) == ("one", "two")
    assert copy_sent["Authorization"] == f"Bearer {API_KEY}"
    assert "gzip" in copy_sent["Accept-Encoding"]


def test_a_per_call_timeout_reaches_the_request(make_client: Any, api: respx.MockRouter) -> None:
    route = api.get("/v1/voice-agents").respond(200, json={})
    harness: Harness = make_client(timeout=30)

    harness.request("GET", "/v1/voice-agents")
    default = route.calls.last.request.extensions["timeout"]
    harness.request("GET", "/v1/voice-agents", timeout=httpx.Timeout(7, connect=2))
    per_call = route.calls.last.request.extensions["timeout"]

    assert default == {"connect": 30, "read": 30, "write": 30, "pool": 30}
    assert per_call == {"connect": 2, "read": 7, "write": 7, "pool": 7}
