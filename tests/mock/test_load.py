"""MockHamsa holds the load of a test suite that runs many clients at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
from hamsa.testing import MockHamsa

THREADS = 32
CREATES_EACH = 5


def test_32_threads_creating_at_once_all_get_answers() -> None:
    """Each thread opens its own connection at the same moment: no request is refused or
    reset (the listen backlog is not the standard library's 5)."""
    with MockHamsa() as mock:
        # A new connection for every request, and no retries: a reset would surface here.
        headers = {"Authorization": f"Token {mock.api_key}", "Connection": "close"}

        def create(thread: int) -> list[int]:
            with httpx.Client(base_url=mock.base_url, headers=headers, timeout=30) as client:
                return [
                    client.post("/v2/voice-agents", json={"name": f"t{thread}-{n}"}).status_code
                    for n in range(CREATES_EACH)
                ]

        with ThreadPoolExecutor(THREADS) as pool:
            results = [
                status for statuses in pool.map(create, range(THREADS)) for status in statuses
            ]

        assert results == [200] * (THREADS * CREATES_EACH)
        assert len(mock.agents) == THREADS * CREATES_EACH


def test_an_answer_is_one_write_on_a_kept_alive_connection() -> None:
    """Status line, headers and body leave together: a keep-alive client reads whole answers
    (and never waits on a delayed ACK between the headers and the body)."""
    with (
        MockHamsa() as mock,
        httpx.Client(
            base_url=mock.base_url, headers={"Authorization": f"Token {mock.api_key}"}
        ) as client,
    ):
        first = client.post("/v2/voice-agents", json={"name": "a"})
        second = client.get(f"/v2/voice-agents/{first.json()['data']['id']}")
    assert first.is_success and second.is_success
    assert second.json()["data"]["name"] == "a"
    assert int(second.headers["Content-Length"]) == len(second.content)
