"""Client misuse is a HamsaError that says what to do, raised before anything is sent."""

from __future__ import annotations

import asyncio
import math
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx
from hamsa import (
    AsyncHamsa,
    ClientClosedError,
    ConfigurationError,
    Hamsa,
    HamsaError,
    RequestValidationError,
)
from hamsa._base_client import RequestOptions
from hamsa.testing import MockHamsa

BASE_URL = "https://api.hamsa.test"
KEY = "hk_misuse_0123456789"


@pytest.mark.parametrize("client_class", [Hamsa, AsyncHamsa])
def test_an_api_key_that_is_not_text_is_a_configuration_error(
    client_class: type[Hamsa] | type[AsyncHamsa],
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client_class(api_key=12345, base_url=BASE_URL)  # type: ignore[arg-type]
    assert isinstance(caught.value, HamsaError) and isinstance(caught.value, ValueError)
    assert "api_key must be a str, got int" in str(caught.value)
    assert "12345" not in str(caught.value)


@pytest.mark.parametrize(
    ("key", "what"),
    [("hk_clé_secrète_123", "non-ASCII"), ("hk_tw\nlines_123", "a space or control character")],
)
def test_a_key_no_header_can_carry_is_refused_without_echoing_it(key: str, what: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Hamsa(api_key=key, base_url=BASE_URL)
    message = str(caught.value)
    assert what in message and "position 5" in message
    assert "secr" not in message and "lines" not in message


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": -1},
        {"timeout": float("inf")},
        {"timeout": None},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"extra_headers": True},
        {"extra_headers": {"X-Trace": 5}},
        {"extra_query": ("a", "b")},
        {"extra_query": {"when": object()}},
        {"extra_body": [("a", 1)]},
        {"extra_body": {1: "a"}},
    ],
)
def test_a_bad_per_call_option_fails_before_any_request(options: dict[str, object]) -> None:
    with (
        Hamsa(api_key=KEY, base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL, assert_all_called=False) as api,
    ):
        route = api.get(url__regex=".*").respond(200, json={"data": {}})
        with pytest.raises(ConfigurationError):
            client.knowledge_base.get("item-1", **options)  # type: ignore[arg-type]
        if "extra" not in next(iter(options)):  # conversations.get takes no extras
            with pytest.raises(ConfigurationError):
                client.conversations.get("call-1", **options)  # type: ignore[arg-type]
    assert not route.called


def test_a_closed_client_says_so() -> None:
    client = Hamsa(api_key=KEY, base_url=BASE_URL)
    client.close()
    with pytest.raises(ClientClosedError, match="was closed"):
        client.request(RequestOptions(method="GET", path="/v1/voice-agents"))


async def test_a_closed_async_client_says_so() -> None:
    client = AsyncHamsa(api_key=KEY, base_url=BASE_URL)
    await client.aclose()
    with pytest.raises(ClientClosedError, match="was closed"):
        await client.conversations.get("call-1")


def test_an_async_client_serves_a_second_asyncio_run() -> None:
    """A module-level AsyncHamsa used from two asyncio.run() calls (a CLI, a test suite)."""
    with MockHamsa() as mock:
        client = AsyncHamsa(api_key=mock.api_key, base_url=mock.base_url)

        async def create(name: str) -> str:
            return (await client.voice_agents.create(name=name)).name or ""

        assert asyncio.run(create("first")) == "first"
        assert asyncio.run(create("second")) == "second"
        asyncio.run(client.aclose())


def test_a_supplied_async_pool_from_an_ended_loop_is_a_clear_error() -> None:
    with MockHamsa() as mock:
        client = AsyncHamsa(
            api_key=mock.api_key, base_url=mock.base_url, http_client=httpx.AsyncClient()
        )
        asyncio.run(client.voice_agents.create(name="first"))
        with pytest.raises(ClientClosedError, match="event loop that has ended"):
            asyncio.run(client.voice_agents.create(name="second"))


@pytest.mark.parametrize(
    "options",
    [{"poll_interval": -1}, {"max_wait": None}, {"max_wait": float("inf")}, {"poll_interval": "2"}],
)
def test_a_wait_that_cannot_work_fails_before_the_first_request(
    options: dict[str, object],
) -> None:
    with (
        Hamsa(api_key=KEY, base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL, assert_all_called=False) as api,
    ):
        route = api.get(url__regex=".*").respond(200, json={"data": {}})
        with pytest.raises(ConfigurationError, match="finite number of seconds"):
            client.conversations.wait("call-1", **options)  # type: ignore[arg-type]
    assert not route.called


class _Agent:
    def __repr__(self) -> str:
        return "VoiceAgent(id='a-1', llm=Llm(api_key='sk-live-secret'))"


@pytest.mark.parametrize("bad_id", [None, "", "  a-1 ", _Agent(), 42])
def test_an_id_that_is_not_a_plain_string_fails_before_any_request(bad_id: object) -> None:
    with (
        Hamsa(api_key=KEY, base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL, assert_all_called=False) as api,
    ):
        route = api.route().respond(200, json={"data": {}})
        for call in (
            lambda: client.voice_agents.get(bad_id),  # type: ignore[arg-type]
            lambda: client.conversations.get(bad_id),  # type: ignore[arg-type]
            lambda: client.knowledge_base.get(bad_id),  # type: ignore[arg-type]
        ):
            with pytest.raises(RequestValidationError) as caught:
                call()
            assert "must be a non-empty id string" in str(caught.value)
            assert "sk-live-secret" not in str(caught.value)  # an object's repr is not shown
    assert not route.called


def test_a_uuid_object_is_still_a_fine_id() -> None:
    agent_id = uuid.UUID("550e8400-e29b-41d4-a716-446655440000")
    with Hamsa(api_key=KEY, base_url=BASE_URL) as client, respx.mock(base_url=BASE_URL) as api:
        route = api.get(f"/v1/voice-agents/conversation/{agent_id}").respond(404, json={})
        with pytest.raises(HamsaError):
            client.conversations.get(agent_id)  # type: ignore[arg-type]
    assert route.called


@pytest.mark.parametrize(
    ("call", "shown"),
    [
        (
            lambda c: c.voice_agents.create(
                name="x", llm={"provider": "openai", "model": "gpt-4.1", "temperature": math.inf}
            ),
            "body.llm.temperature = inf: must be a finite number",
        ),
        (
            lambda c: c.calls.start(to_number="+15551234567", voice_agent_id="a-1", params="hi"),
            "params = <str>: must be a mapping of placeholder names to values",
        ),
        (
            lambda c: c.calls.start(
                to_number="+15551234567", voice_agent_id="a-1", params=datetime.now(UTC)
            ),
            "params = <datetime>: must be a mapping",
        ),
        (
            lambda c: c.calls.start(
                to_number="+15551234567", voice_agent_id="a-1", params={"when": datetime.now(UTC)}
            ),
            "body.params.when = <datetime>: is a datetime, which JSON can't carry",
        ),
        (
            lambda c: c.calls.start(
                to_number="+15551234567", voice_agent_id="a-1", params={"n": math.nan}
            ),
            "body.params.n = nan: must be a finite number",
        ),
    ],
)
def test_values_json_cannot_carry_fail_before_any_request(call: Any, shown: str) -> None:
    with (
        Hamsa(api_key=KEY, base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL, assert_all_called=False) as api,
    ):
        route = api.route().respond(200, json={"data": {}})
        with pytest.raises(RequestValidationError) as caught:
            call(client)
    assert shown in str(caught.value)
    assert not route.called
