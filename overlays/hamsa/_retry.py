"""When to retry a failed request and how long to wait: pure functions, no I/O.

The deciding question is side-effect safety. An idempotent request may be
repeated after any transient failure. A non-idempotent one (POST: starting a
call dials a real person) is repeated only when it provably never reached the
server, or when the server itself asked us to come back (429/503 + Retry-After).
"""

from __future__ import annotations

import dataclasses
import email.utils
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Literal

import httpx

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "BACKOFF_FACTOR",
    "IDEMPOTENT_METHODS",
    "RETRY_AFTER_CAP",
    "Jitter",
    "RetryDecision",
    "backoff_delay",
    "decide_retry",
    "describe_failure",
    "is_retryable",
    "never_sent",
    "parse_retry_after",
    "retry_decision",
]

BACKOFF_BASE = 0.5
BACKOFF_FACTOR = 2.0
BACKOFF_CAP = 8.0
# A server asking for a longer wait than this is better answered with an error
# the caller can act on than with a silently hanging call.
RETRY_AFTER_CAP = 60.0

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

_RETRYABLE_STATUSES = frozenset({408, 429})
# Statuses whose Retry-After tells us the request was turned away, not processed.
_TURNED_AWAY_STATUSES = frozenset({429, 503})
# Errors raised before a single byte of the request left this process.
_NEVER_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transient transport failures; a retry may well succeed.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

Jitter = Literal["full", "equal"]


def backoff_delay(attempt: int, *, random: Callable[[], float], jitter: Jitter = "equal") -> float:
    """Exponential backoff for the retry after `attempt` earlier retries.

    "equal" jitter waits at least half the step, so a fleet of clients spreads
    out without any of them hammering the server immediately; "full" may wait 0.
    """
    step = min(BACKOFF_CAP, BACKOFF_BASE * BACKOFF_FACTOR ** min(attempt, 32))  # no overflow
    if jitter == "full":
        return step * random()
    return step / 2 + step / 2 * random()


def parse_retry_after(headers: Mapping[str, str], *, now: datetime) -> float | None:
    """Seconds the server asked us to wait, or None if it did not say (clearly)."""
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)  # header names are case-insensitive
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None or now.tzinfo is None:  # HTTP dates are GMT by definition
        when, now = when.replace(tzinfo=None), now.replace(tzinfo=None)
    return max(0.0, (when - now).total_seconds())


def never_sent(error: BaseException) -> bool:
    """True when the request provably never reached the server."""
    return isinstance(error, _NEVER_SENT_ERRORS)


def is_retryable(
    *, idempotent: bool, response: httpx.Response | None, error: BaseException | None, now: datetime
) -> bool:
    """Whether this failure may be retried at all, ignoring the retry budget."""
    if error is not None:
        if idempotent:
            return isinstance(error, _TRANSIENT_ERRORS)
        return never_sent(error)
    if response is None or response.is_success:
        return False
    status = response.status_code
    if idempotent:
        return status in _RETRYABLE_STATUSES or status >= 500
    return (
        status in _TURNED_AWAY_STATUSES and parse_retry_after(response.headers, now=now) is not None
    )


@dataclasses.dataclass(frozen=True, slots=True)  # not attrs: see _base_client.RequestOptions
class RetryDecision:
    """A retry delay in seconds (None: don't retry) and a reason for logs and errors."""

    delay: float | None
    reason: str


def retry_decision(
    *,
    idempotent: bool,
    attempt: int,
    max_retries: int,
    response: httpx.Response | None,
    error: BaseException | None,
    now: datetime,
    random: Callable[[], float],
) -> RetryDecision:
    """Decide about the failure of a request that has been retried `attempt` times."""
    if not is_retryable(idempotent=idempotent, response=response, error=error, now=now):
        if not idempotent and is_retryable(
            idempotent=True, response=response, error=error, now=now
        ):
            return RetryDecision(
                None,
                "not retried: the request is not idempotent and may have reached the server",
            )
        return RetryDecision(None, f"not retried: {describe_failure(response, error)} is final")
    retry_after = None if response is None else parse_retry_after(response.headers, now=now)
    if retry_after is not None and retry_after > RETRY_AFTER_CAP:
        return RetryDecision(
            None,
            f"not retried: the server asked to wait {retry_after:g} s, "
            f"more than the {RETRY_AFTER_CAP:g} s cap",
        )
    if attempt >= max_retries:
        return RetryDecision(None, f"gave up after {attempt + 1} attempt(s)")
    if retry_after is not None:
        return RetryDecision(retry_after, "the server sent Retry-After")
    return RetryDecision(backoff_delay(attempt, random=random), "exponential backoff")


def decide_retry(
    *,
    idempotent: bool,
    attempt: int,
    max_retries: int,
    response: httpx.Response | None,
    error: BaseException | None,
    now: datetime,
    random: Callable[[], float],
) -> float | None:
    """Seconds to wait before retrying, or None to not retry."""
    return retry_decision(
        idempotent=idempotent,
        attempt=attempt,
        max_retries=max_retries,
        response=response,
        error=error,
        now=now,
        random=random,
    ).delay


def describe_failure(response: httpx.Response | None, error: BaseException | None) -> str:
    """Short label for a failure, e.g. "HTTP 503" or "ReadTimeout"."""
    if error is not None:
        return type(error).__name__
    if response is not None:
        return f"HTTP {response.status_code}"
    return "unknown failure"
