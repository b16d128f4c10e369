"""A deadline for one whole attempt: connect, send, status line, headers and body.

httpx's timeouts are per operation: its read timeout restarts at every chunk, so a server that
trickles one byte at a time can hold a call with ``timeout=1`` open indefinitely. Here an
attempt ends with an httpx timeout (so the retry policy and the error tree treat it as any
timeout: APITimeoutError) once the largest part of its timeout has passed.

Sync: the client's httpcore pools get a network backend (hamsa._deadline_streams) that cuts
each socket operation's timeout down to what is left of the attempt, so httpx reads the
response as it always does. A client whose transport has no httpcore pool (a custom or mock
transport) has no sockets to bound; its body is read here chunk by chunk against the clock.

Async: the whole attempt runs under asyncio.timeout.

A streamed response (exports, audio) gets the deadline up to its headers (and an error body,
which the error tree reads): its body is read by the caller, at the caller's pace.
"""

from __future__ import annotations

import time
from contextvars import ContextVar

import httpx

__all__ = ["ENDS", "budget", "expired_message", "install", "send", "send_async"]

# (monotonic time the running attempt ends, its budget in seconds), or None between attempts.
ENDS: ContextVar[tuple[float, float] | None] = ContextVar("hamsa_attempt_ends", default=None)


def budget(request: httpx.Request) -> float:
    """Seconds the attempt may take in all: the largest part of the request's httpx timeout."""
    parts = request.extensions.get("timeout", {}).values()
    return max((part for part in parts if part), default=60.0)


def expired_message(seconds: float) -> str:
    return f"the response did not arrive in full within the {seconds:g} s timeout"


def install(client: httpx.Client) -> bool:
    """Bound the sockets of ``client``'s pools by the attempt's deadline; False when one of its
    transports has no httpcore pool (send then reads the body against the clock instead)."""
    from ._deadline_streams import install as install_backend

    # httpx keeps the default transport and the proxy mounts (from the environment too) here.
    mounts = getattr(client, "_mounts", {})
    transports = [getattr(client, "_transport", None), *mounts.values()]
    return install_backend(transport for transport in transports if transport is not None)


def send(
    client: httpx.Client, request: httpx.Request, *, stream: bool, bounded: bool
) -> httpx.Response:
    """``client.send`` within the attempt's deadline; ``bounded``: what install() returned."""
    if not bounded:
        return _send_reading_by_clock(client, request, stream=stream)
    seconds = budget(request)
    token = ENDS.set((time.monotonic() + seconds, seconds))
    try:
        response = client.send(request, stream=stream)
        if stream and not response.is_success:
            _read_or_close(response)
        return response
    finally:
        ENDS.reset(token)


def _read_or_close(response: httpx.Response) -> None:
    try:
        response.read()
    except BaseException:
        response.close()
        raise


def _expired(request: httpx.Request, seconds: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(expired_message(seconds), request=request)


def _send_reading_by_clock(
    client: httpx.Client, request: httpx.Request, *, stream: bool
) -> httpx.Response:
    seconds = budget(request)
    deadline = time.monotonic() + seconds
    response = client.send(request, stream=True)
    if stream and response.is_success:
        return response
    chunks: list[bytes] = []
    try:
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise _expired(request, seconds)
    finally:
        response.close()
    # What Response.read() stores; set here because the body was read chunk by chunk.
    response._content = b"".join(chunks)
    return response


async def send_async(
    client: httpx.AsyncClient, request: httpx.Request, *, stream: bool
) -> httpx.Response:
    import asyncio  # not at import time: a sync-only program never needs it

    seconds = budget(request)
    response: httpx.Response | None = None
    try:
        async with asyncio.timeout(seconds):
            response = await client.send(request, stream=True)
            if not stream:
                await response.aread()
    except TimeoutError:
        if response is not None:
            await response.aclose()
        raise _expired(request, seconds) from None
    return response
