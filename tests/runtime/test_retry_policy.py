"""The retry policy as pure functions: which failures are retried, and how long we wait."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from hamsa._retry import (
    BACKOFF_CAP,
    RETRY_AFTER_CAP,
    Jitter,
    backoff_delay,
    decide_retry,
    parse_retry_after,
    retry_decision,
)

from ._support import NOW


def response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "https://x"))


def decide(
    *,
    idempotent: bool,
    response: httpx.Response | None = None,
    error: Exception | None = None,
    attempt: int = 0,
    max_retries: int = 2,
) -> float | None:
    return decide_retry(
        idempotent=idempotent,
        attempt=attempt,
        max_retries=max_retries,
        response=response,
        error=error,
        now=NOW,
        random=lambda: 0.5,
    )


@pytest.mark.parametrize(
    ("attempt", "random_value", "jitter", "expected"),
    [
        (0, 0.0, "equal", 0.25),  # equal jitter never waits less than half the step
        (0, 0.5, "equal", 0.375),
        (1, 0.5, "equal", 0.75),
        (2, 0.999, "equal", 1.999),
        (0, 0.0, "full", 0.0),
        (1, 0.5, "full", 0.5),
        (10, 0.999, "full", BACKOFF_CAP * 0.999),  # capped at 8 s however many retries
        (10, 0.999, "equal", 4.0 + 4.0 * 0.999),
    ],
)
def test_backoff_is_exponential_jittered_and_capped(
    attempt: int, random_value: float, jitter: Jitter, expected: float
) -> None:
    delay = backoff_delay(attempt, random=lambda: random_value, jitter=jitter)
    assert delay == pytest.approx(expected)
    assert delay <= BACKOFF_CAP


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "Wed, 01 Jan 2025 12:00:05 GMT"}, 5.0),
        ({"retry-after": "Wed, 01 Jan 2025 11:59:00 GMT"}, 0.0),  # already past: go now
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # the precise one wins
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": "whenever"}, None),
        ({}, None),
        ({"Retry-After": "2"}, 2.0),
    ],
)
def test_retry_after_parsing(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected


def test_retry_after_date_is_relative_to_injected_now() -> None:
    later = NOW + timedelta(seconds=2)
    headers = httpx.Headers({"retry-after": "Wed, 01 Jan 2025 12:00:05 GMT"})
    assert parse_retry_after(headers, now=later) == 3.0


IDEMPOTENT_RETRIED = [
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("connect"),
    httpx.PoolTimeout("pool"),
    httpx.ReadTimeout("read"),
    httpx.WriteTimeout("write"),
    httpx.ReadError("reset"),
    httpx.RemoteProtocolError("server disconnected"),
]


@pytest.mark.parametrize("error", IDEMPOTENT_RETRIED, ids=lambda e: type(e).__name__)
def test_idempotent_requests_retry_transport_failures(error: Exception) -> None:
    assert decide(idempotent=True, error=error) == 0.375


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("c"), httpx.PoolTimeout("p")],
    ids=lambda e: type(e).__name__,
)
def test_non_idempotent_requests_retry_only_when_never_sent(error: Exception) -> None:
    assert decide(idempotent=False, error=error) == 0.375


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("read"),
        httpx.WriteTimeout("write"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_non_idempotent_requests_never_retry_once_possibly_sent(error: Exception) -> None:
    decision = retry_decision(
        idempotent=False,
        attempt=0,
        max_retries=2,
        response=None,
        error=error,
        now=NOW,
        random=lambda: 0.5,
    )
    assert decision.delay is None
    assert "not idempotent" in decision.reason


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_requests_retry_transient_statuses(status: int) -> None:
    assert decide(idempotent=True, response=response(status)) == 0.375


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(status: int) -> None:
    assert decide(idempotent=True, response=response(status)) is None
    assert decide(idempotent=False, response=response(status, {"retry-after": "1"})) is None


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_non_idempotent_requests_ignore_statuses_without_retry_after(status: int) -> None:
    assert decide(idempotent=False, response=response(status)) is None


@pytest.mark.parametrize("status", [429, 503])
def test_non_idempotent_requests_honour_a_turn_away_with_retry_after(status: int) -> None:
    assert decide(idempotent=False, response=response(status, {"retry-after": "3"})) == 3.0


def test_non_idempotent_500_with_retry_after_is_not_retried() -> None:
    # A 500 may have half-done the work; only 429/503 say "not processed".
    assert decide(idempotent=False, response=response(500, {"retry-after": "3"})) is None


def test_retry_after_wins_over_backoff() -> None:
    assert decide(idempotent=True, response=response(503, {"retry-after": "7"})) == 7.0


def test_retry_after_above_the_cap_is_not_retried() -> None:
    too_long = str(int(RETRY_AFTER_CAP) + 1)
    assert decide(idempotent=True, response=response(503, {"retry-after": too_long})) is None
    assert decide(idempotent=False, response=response(429, {"retry-after": too_long})) is None
    assert decide(idempotent=True, response=response(429, {"retry-after": "60"})) == 60.0


def test_retry_budget_is_respected() -> None:
    failure = response(500)
    assert decide(idempotent=True, response=failure, attempt=1, max_retries=2) == 0.75
    assert decide(idempotent=True, response=failure, attempt=2, max_retries=2) is None
    assert decide(idempotent=True, response=failure, attempt=0, max_retries=0) is None


def test_success_is_never_retried() -> None:
    assert decide(idempotent=True, response=response(200)) is None
