"""The threaded twin of _realtime_io_async, for the generated _realtime_sync."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection


def new_lock() -> threading.Lock:
    """One reader at a time: websockets refuses concurrent ``recv``."""
    return threading.Lock()


def open_connection(url: str, options: dict[str, Any]) -> ClientConnection:
    from websockets.sync.client import connect

    # legacy=True: a connection held by the session, not one `with` block (websockets 17)
    return connect(url, legacy=True, **options)


def receive(ws: ClientConnection, timeout: float) -> str | bytes:
    """The next frame; TimeoutError after ``timeout`` seconds."""
    return ws.recv(timeout=timeout)
