"""Against a real socket: a timed-out start-call must not dial twice.

The server counts requests and answers after 1 s; the client gives up reading after
0.2 s. Retry waits are faked by the harness, so only the read timeouts cost time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from hamsa._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from hamsa._exceptions import APITimeoutError

from ._support import API_KEY, Harness, LoopbackServer

SHORT_READ = httpx.Timeout(0.2)


def test_post_call_hitting_a_read_timeout_reaches_the_server_once(
    make_client: Callable[..., Harness], make_server: Callable[..., LoopbackServer]
) -> None:
    server = make_server(delay=1.0)
    harness = make_client(base_url=server.url, timeout=SHORT_READ, max_retries=2)

    with pytest.raises(APITimeoutError):
        harness.request(
            "POST",
            "/v1/voice-agents/call",
            json={"toNumber": "+15551234567", "voiceAgentId": "abc"},
        )

    assert server.count == 1
    assert harness.delays == []


def test_get_hitting_a_read_timeout_is_retried(
    make_client: Callable[..., Harness], make_server: Callable[..., LoopbackServer]
) -> None:
    server = make_server(delay=1.0)
    harness = make_client(base_url=server.url, timeout=SHORT_READ, max_retries=2)

    with pytest.raises(APITimeoutError):
        harness.request("GET", "/v1/voice-agents/abc")

    assert server.count == 3
    assert server.methods == ["GET"] * 3


def test_one_sync_client_serves_many_threads(
    make_server: Callable[..., LoopbackServer],
) -> None:
    server = make_server(delay=0.05)
    with SyncAPIClient(api_key=API_KEY, base_url=server.url) as client:

        def fetch(index: int) -> str:
            response = client.request(RequestOptions("GET", f"/v1/voice-agents/{index}"))
            return str(response.json()["data"]["path"])

        with ThreadPoolExecutor(max_workers=8) as pool:
            paths = list(pool.map(fetch, range(24)))

    assert paths == [f"/v1/voice-agents/{index}" for index in range(24)]
    assert server.count == 24


@pytest.mark.asyncio
async def test_one_async_client_serves_many_tasks(
    make_server: Callable[..., LoopbackServer],
) -> None:
    server = make_server(delay=0.05)
    async with AsyncAPIClient(api_key=API_KEY, base_url=server.url) as client:
        responses = await asyncio.gather(
            *(client.request(RequestOptions("GET", f"/v1/voice-agents/{i}")) for i in range(24))
        )

    paths = [response.json()["data"]["path"] for response in responses]
    assert paths == [f"/v1/voice-agents/{index}" for index in range(24)]
    assert client._client.is_closed
