"""Bodies of bytes (files, audio): streamed chunk by chunk, or written to a path atomically:
beside the target under a hidden name, renamed into place only once complete, so a broken
download leaves no half-written file at the path the user named.

Every operation the spec marks ``x-hamsa-download: true`` gets ``to=`` from here
(hamsa._resources); one marked ``x-hamsa-download: stream`` returns a ByteStream (tts.stream).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    HamsaError,
    RequestValidationError,
    Violation,
)

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

__all__ = [
    "AsyncByteStream",
    "ByteStream",
    "Destination",
    "StreamConsumedError",
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


# --- x-hamsa-download: stream --------------------------------------------------------------------


class StreamConsumedError(HamsaError, RuntimeError):
    """A ByteStream read a second time: each one sends its request once."""


class ByteStream:
    """The body of a streamed download (``client.tts.stream(...)``): iterate it for the chunks
    as they arrive, or ``write_to(path)``. The request is sent when reading starts, once; the
    arguments were checked when the method was called."""

    def __init__(
        self,
        client: SyncAPIClient,
        options: RequestOptions,
        what: str,
        before: Callable[[], object] | None = None,
    ) -> None:
        self._client = client
        self._options = options
        self._what = what
        self._before = before  # a call the method's keyword asked for (x-hamsa-before)
        self._response: httpx.Response | None = None

    def __iter__(self) -> Iterator[bytes]:
        if self._response is not None:
            raise StreamConsumedError(f"this stream was already read; call {self._what} again")
        if self._before is not None:
            self._before()
        self._response = self._client.request(self._options, stream=True)
        return iter_chunks(self._response, f"{self._what} stream")

    def write_to(self, to: Destination) -> Path:
        """Write the whole body to ``to`` atomically (no file there if the stream breaks)."""
        return stream_to_file(iter(self), writable_destination(to))

    def close(self) -> None:
        if self._response is not None:
            self._response.close()

    def __enter__(self) -> ByteStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncByteStream:
    """ByteStream for the async client: ``async for chunk in ...``, or ``await write_to(path)``."""

    def __init__(
        self,
        client: AsyncAPIClient,
        options: RequestOptions,
        what: str,
        before: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self._client = client
        self._options = options
        self._what = what
        self._before = before
        self._response: httpx.Response | None = None

    async def _chunks(self) -> AsyncIterator[bytes]:
        if self._response is not None:
            raise StreamConsumedError(f"this stream was already read; call {self._what} again")
        if self._before is not None:
            await self._before()
        self._response = await self._client.request(self._options, stream=True)
        async for chunk in aiter_chunks(self._response, f"{self._what} stream"):
            yield chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks()

    async def write_to(self, to: Destination) -> Path:
        """Write the whole body to ``to`` atomically (no file there if the stream breaks)."""
        return await astream_to_file(self._chunks(), writable_destination(to))

    async def aclose(self) -> None:
        if self._response is not None:
            await self._response.aclose()

    async def __aenter__(self) -> AsyncByteStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
