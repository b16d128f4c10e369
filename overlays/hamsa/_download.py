"""Downloads written to a file: streamed chunk by chunk (never held in memory), beside the
target under a hidden name, and renamed into place only once complete, so a broken download
leaves no half-written file at the path the user named.

Every operation the spec marks ``x-hamsa-download`` gets ``to=`` from here (hamsa._resources).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, RequestValidationError, Violation

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

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


def _broke_off(error: httpx.HTTPError, response: httpx.Response) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"the download broke off: {error}", request=response.request)


def download(client: SyncAPIClient, options: RequestOptions, to: Destination) -> Path:
    """The response body of ``options`` written to ``to``; returns the path."""
    path = writable_destination(to)
    partial = _partial(path)
    response = client.request(options, stream=True)
    try:
        with partial.open("wb") as out:
            for chunk in response.iter_bytes():
                out.write(chunk)
        partial.replace(path)
    except httpx.HTTPError as error:
        raise _broke_off(error, response) from error
    finally:
        response.close()
        partial.unlink(missing_ok=True)
    return path


async def adownload(client: AsyncAPIClient, options: RequestOptions, to: Destination) -> Path:
    """download() for the async client; file writes run off the event loop."""
    import asyncio

    path = writable_destination(to)
    partial = _partial(path)
    response = await client.request(options, stream=True)
    try:
        with partial.open("wb") as out:
            async for chunk in response.aiter_bytes():
                await asyncio.to_thread(out.write, chunk)
        partial.replace(path)
    except httpx.HTTPError as error:
        raise _broke_off(error, response) from error
    finally:
        await response.aclose()
        partial.unlink(missing_ok=True)
    return path
