"""A WebSocket server for tests that misbehaves on purpose, built on websockets' own threaded
server (not MockHamsa's): each test scripts what it answers, so the client is checked against
a second implementation of the protocol's edges."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from websockets.http11 import Request, Response
from websockets.sync.server import ServerConnection, serve

Script = Callable[[ServerConnection], None]


@contextmanager
def rogue_server(
    script: Script,
    *,
    refuse: tuple[int, str] | None = None,
    ping_interval: float | None = None,
) -> Iterator[str]:
    """Serve ``script`` for each connection on 127.0.0.1; yields the base URL ("http://...").
    ``refuse``: answer the upgrade with this (status, text) instead. ``ping_interval`` None: the
    server sends no pings (websockets' server still answers the client's)."""

    def process_request(connection: ServerConnection, request: Request) -> Response | None:
        return None if refuse is None else connection.respond(*refuse)

    def handler(connection: ServerConnection) -> None:
        try:
            script(connection)
        except Exception:  # the client going away mid-script is part of most tests
            pass

    with serve(
        handler,
        "127.0.0.1",
        0,
        process_request=process_request,
        ping_interval=ping_interval,
        ping_timeout=None,
    ) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        port = server.socket.getsockname()[1]
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.shutdown()
            thread.join(5)
