"""Files and audio that arrive as a body of bytes: streamed chunk by chunk, or written to a
path atomically (a partial file beside the target, renamed once complete, removed on failure).

The destination checks and the partial-file naming are conversations.export's own, reused.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from .._exceptions import APIConnectionError, APITimeoutError
from .conversations import _partial_path, _writable_destination

__all__ = ["aiter_chunks", "astream_to_file", "destination", "iter_chunks", "stream_to_file"]


def destination(to: str | os.PathLike[str]) -> Path:
    """The target path, refused (RequestValidationError) before any request when unwritable."""
    return _writable_destination(to)


def broke_off(what: str, error: httpx.HTTPError, response: httpx.Response) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"the {what} broke off: {error}", request=response.request)


def iter_chunks(response: httpx.Response, what: str) -> Iterator[bytes]:
    """The body's chunks as they arrive; the response is closed at the end or on failure."""
    try:
        yield from response.iter_bytes()
    except httpx.HTTPError as error:
        raise broke_off(what, error, response) from error
    finally:
        response.close()


async def aiter_chunks(response: httpx.Response, what: str) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.aiter_bytes():
            yield chunk
    except httpx.HTTPError as error:
        raise broke_off(what, error, response) from error
    finally:
        await response.aclose()


def stream_to_file(chunks: Iterator[bytes], path: Path) -> Path:
    """Write ``chunks`` to ``path`` atomically: nothing is left at ``path`` (nor a partial
    file) if they stop with an error."""
    partial = _partial_path(path)
    try:
        with partial.open("wb") as out:
            for chunk in chunks:
                out.write(chunk)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


async def astream_to_file(chunks: AsyncIterator[bytes], path: Path) -> Path:
    import asyncio  # only for writing without blocking the event loop

    partial = _partial_path(path)
    try:
        with partial.open("wb") as out:
            async for chunk in chunks:
                await asyncio.to_thread(out.write, chunk)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path
