"""Bodies of bytes (files, audio): streamed chunk by chunk, or written to a path atomically:
beside the target under a hidden name, renamed into place only once complete, so a broken
download leaves no half-written file at the path the user named.

Every operation the spec marks ``x-hamsa-download`` gets ``to=`` from here (hamsa._resources),
and the speech resources stream their audio with the same pieces.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, RequestValidationError, Violation

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

__all__ = [
    "Destination",
    "adownload",
    "aiter_chunks",
    "astream_to_file",
    "download",
    "iter_chunks",
    "stream_to_file",
    "writable_destination",
]

Destination = str | os.PathLike[str]


def writable_destination(to: Destination) -> Path:
    """The path, refused before anything is requested when it can't be written: a folder that
    doesn't exist or can't be written, or a folder given as the file."""
    if not isinstance(to, str | os.PathLike):
        raise RequestValidationError([Violation("to", to, "must be a file path (str or Path)")])
    path = Path(to)
    folder = path.parent
    problem = None
    if path.is_dir():
        problem = "is a folder: name the file to write, e.g. calls.xlsx"
    elif not folder.is_dir():
        problem = f"can't be written: the folder {str(folder)!r} does not exist"
    elif not os.access(folder, os.W_OK):
        problem = f"can't be written: no permission to write in {str(folder)!r}"
    if problem is not None:
        raise RequestValidationError([Violation("to", str(path), problem)])
    return path


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


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
    partial = _partial(path)
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

    partial = _partial(path)
    try:
        with partial.open("wb") as out:
            async for chunk in chunks:
                await asyncio.to_thread(out.write, chunk)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def download(client: SyncAPIClient, options: RequestOptions, to: Destination) -> Path:
    """The response body of ``options`` written to ``to``; returns the path."""
    path = writable_destination(to)
    response = client.request(options, stream=True)
    return stream_to_file(iter_chunks(response, "download"), path)


async def adownload(client: AsyncAPIClient, options: RequestOptions, to: Destination) -> Path:
    """download() for the async client; file writes run off the event loop."""
    path = writable_destination(to)
    response = await client.request(options, stream=True)
    return await astream_to_file(aiter_chunks(response, "download"), path)
