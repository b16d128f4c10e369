"""The clients' own settings (issue 18, found by the constructor fuzz in test_public_api_fuzz.py):
a wrong type or an unsendable value is a ConfigurationError naming the setting when the client
is made, never an AttributeError there or an httpx error at the first request; a copy of a
client is a working client that doesn't own the original's connection pool."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import hamsa
import pytest
import respx

BASE_URL = "https://api.settings.test"
KEY = "hk_settings_0123456789"
CONVERSATION = {"success": True, "data": {"id": "c-1", "status": "COMPLETED"}}


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("auth_scheme", None, "auth_scheme"),
        ("auth_scheme", "Tökén", "auth_scheme"),
        ("base_url", 5, "base_url"),
        ("base_url", "http://[::1", "base_url"),
        ("base_url", "https://", "base_url"),
        ("project_id", 5, "project_id"),
        ("default_headers", [("X-Trace", "1")], "default_headers"),
        ("default_headers", {"X-Trace": 1}, "default_headers['X-Trace']"),
        ("default_headers", {"X-Trace": "a\r\nInjected: 1"}, "default_headers['X-Trace']"),
        ("default_headers", {"X-Trace": "é"}, "default_headers['X-Trace']"),
        ("default_headers", {"bad name": "1"}, "default_headers"),
        ("http_client", "pool", "http_client"),
        ("webhook_auth_key", 5, "webhook_auth_key"),
    ],
)
@pytest.mark.parametrize("client_class", [hamsa.Hamsa, hamsa.AsyncHamsa])
def test_a_bad_setting_is_a_configuration_error_naming_it(
    client_class: Any, option: str, value: Any, named: str
) -> None:
    with pytest.raises(hamsa.ConfigurationError) as caught:
        client_class(**{"api_key": KEY, "base_url": BASE_URL, option: value})
    assert str(caught.value).startswith(named)


@pytest.mark.parametrize(
    ("option", "value"),
    [("auth_scheme", 5), ("default_headers", "X-Trace: 1"), ("base_url", "ftp://x")],
)
def test_with_options_checks_the_same_way(option: str, value: Any) -> None:
    with hamsa.Hamsa(api_key=KEY, base_url=BASE_URL) as client:
        with pytest.raises(hamsa.ConfigurationError, match=option):
            client.with_options(**{option: value})


@pytest.mark.parametrize(
    "settings",
    [
        {"webhook_auth_secret": 4242424242},
        {"default_headers": {"X-API-Key": "sécret-4242424242"}},
        {"api_key": "hk-4242424242\x00é"},
    ],
)
def test_a_bad_secret_setting_is_never_echoed(settings: dict[str, Any]) -> None:
    with pytest.raises(hamsa.ConfigurationError) as caught:
        hamsa.Hamsa(**{"api_key": KEY, "base_url": BASE_URL, **settings})
    assert "4242424242" not in f"{caught.value!s} {caught.value!r}"


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy])
def test_a_copy_works_and_closing_it_leaves_the_original_open(duplicate: Any) -> None:
    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v1/voice-agents/conversation/c-1").respond(200, json=CONVERSATION)
        original = hamsa.Hamsa(api_key=KEY, base_url=BASE_URL, max_retries=1)
        duplicated = duplicate(original)
        assert repr(duplicated) == repr(original)
        assert (duplicated.max_retries, duplicated.timeout) == (1, original.timeout)
        assert duplicated.conversations.get("c-1").status == "COMPLETED"
        duplicated.close()
        assert original.conversations.get("c-1").status == "COMPLETED"
        original.close()
        with pytest.raises(hamsa.ClientClosedError):
            duplicated.conversations.get("c-1")  # the pool was the original's


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy])
def test_an_async_copy_works(duplicate: Any) -> None:
    async def main() -> None:
        with respx.mock(base_url=BASE_URL) as api:
            api.get("/v1/voice-agents/conversation/c-1").respond(200, json=CONVERSATION)
            async with hamsa.AsyncHamsa(api_key=KEY, base_url=BASE_URL) as original:
                duplicated = duplicate(original)
                assert (await duplicated.conversations.get("c-1")).status == "COMPLETED"
                await duplicated.aclose()
                assert (await original.conversations.get("c-1")).status == "COMPLETED"

    asyncio.run(main())


def test_the_header_check_lets_what_httpx_sends_through() -> None:
    headers = {"X-Trace": "a b\tc ~!", "User-Agent": "my-app/1.0 (+https://example.com)"}
    with respx.mock(base_url=BASE_URL) as api:
        route = api.get("/v1/voice-agents/conversation/c-1").respond(200, json=CONVERSATION)
        with hamsa.Hamsa(api_key=KEY, base_url=BASE_URL, default_headers=headers) as client:
            client.conversations.get("c-1")
    sent = route.calls.last.request.headers
    assert (sent["X-Trace"], sent["User-Agent"]) == (headers["X-Trace"], headers["User-Agent"])
