"""A deadline for one whole attempt: connect, send, headers and body.

httpx's timeouts are per operation: its read timeout restarts at every chunk, so a server that
trickles one byte at a time can hold a call with ``timeout=1`` open indefinitely. Here an
attempt ends with httpx.ReadTimeout (so the retry policy and the error tree treat it as any
timeout: APITimeoutError) once the largest part of its timeout has passed.

A streamed response (exports, audio) gets the deadline up to its headers only: its body is read
by the caller, at the caller's pace.
"""

from __future__ import annotations

import time

import httpx


def budget(request: httpx.Request) -> float:
    """Seconds the attempt may take in all: the largest part of the request's httpx timeout."""
    parts = request.extensions.get("timeout", {}).values()
    return max((part for part in parts if part), default=60.0)


def _expired(request: httpx.Request, seconds: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        f"the response did not arrive in full within the {seconds:g} s timeout", request=request
    )


def send(client: httpx.Client, request: httpx.Request, *, stream: bool) -> httpx.Response:
    seconds = budget(request)
    deadline = time.monotonic() + seconds
    response = client.send(request, stream=True)
    if stream:
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
