"""What the asyncio realtime session does differently from the threaded one: websockets' asyncio
client, an asyncio lock, a timeout around ``recv``. _realtime_async is written against these
three; generate.py writes _realtime_sync from it (unasync), against _realtime_io_sync."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection


def new_lock() -> asyncio.Lock:
    """One reader at a time: websockets refuses concurrent ``recv``."""
    return asyncio.Lock()


async def open_connection(url: str, options: dict[str, Any]) -> ClientConnection:
    from websockets.asyncio.client import connect

    return await connect(url, **options)


async def receive(ws: ClientConnection, timeout: float) -> str | bytes:
    """The next frame; TimeoutError after ``timeout`` seconds."""
    async with asyncio.timeout(timeout):
        return await ws.recv()
