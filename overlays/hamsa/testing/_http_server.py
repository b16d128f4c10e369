"""A small HTTP/1.1 server on a background thread (standard library only), handing each request
to one callable. It knows nothing about Hamsa."""

from __future__ import annotations

import socket
import sys
import threading
import traceback
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx

from ._messages import MockRequest, MockResponse, error_body

__all__ = ["App", "BackgroundHTTPServer", "Reply", "Upgrade"]

# How often the serving loop checks for stop(); bounds how long stop() takes.
_POLL_INTERVAL = 0.02
MAX_BODY_BYTES = 16 * 1024 * 1024


@attrs.frozen
class Reply:
    """What to send back; ``drop_midway`` closes the connection halfway through the body."""

    response: MockResponse
    drop_midway: bool = False


App = Callable[[MockRequest], Reply]
# Takes over a connection asking to switch protocols: its socket, the request's bytes, and an
# event set when the server stops. (MockHamsa's realtime WebSocket.)
Upgrade = Callable[[socket.socket, bytes, threading.Event], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API behind its load balancer
    # A buffered writer (the standard library's default is none): status line, headers and body
    # go out in one write, flushed when the request is done, not one small write per line.
    wbufsize = 64 * 1024
    server_version = "hamsa-mock"
    server: _Server
    raw_requestline: bytes  # set by the standard library; typeshed doesn't declare it

    def setup(self) -> None:
        super().setup()
        # Each answer is one write (see wbufsize); without NODELAY a keep-alive connection's
        # next small write would wait for the client's delayed ACK, ~40 ms a request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: MockHamsa keeps its own request log."""

    def _serve(self) -> None:
        if (
            self.server.upgrade is not None
            and self.headers.get("Upgrade", "").strip().lower() == "websocket"
        ):
            self.close_connection = True  # the socket is the upgrade's now, then it is done
            raw = self.raw_requestline + b"".join(
                f"{name}: {value}\r\n".encode("latin-1") for name, value in self.headers.items()
            )
            self.server.upgrade(self.connection, raw + b"\r\n", self.server.stopping)
            return
        try:
            size = int(self.headers.get("Content-Length") or 0)
            if size < 0:
                raise ValueError(size)
        except ValueError:
            self._refuse(400, error_body("Bad Content-Length header.", "InvalidRequest"))
            return
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._refuse(411, error_body("Send the body with a Content-Length.", "LengthRequired"))
            return
        if size > MAX_BODY_BYTES:
            self._refuse(413, error_body("The request body is too large.", "PayloadTooLarge"))
            return
        target = urlsplit(self.path)
        query = parse_qs(target.query, keep_blank_values=True)
        request = MockRequest(
            method=self.command,
            path=target.path,
            query={name: values[0] for name, values in query.items()},
            headers=httpx.Headers(list(self.headers.items())),
            body=self.rfile.read(size) if size else b"",
            query_lists=query,
        )
        try:
            reply = self.server.app(request)
        except Exception as error:  # a bug in a handler must still answer, and be visible
            traceback.print_exc(file=sys.stderr)
            message = f"MockHamsa failed: {type(error).__name__}: {error}"
            reply = Reply(MockResponse(500, error_body(message, "InternalServerError")))
        self._write(reply)

    def __getattr__(self, name: str) -> Callable[[], None]:
        # Any method (GET, PATCH, TRACE, QUERY...) reaches the app, which answers 405 where
        # the API has no such route; the stdlib would answer an HTML 501.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _refuse(self, status: int, body: dict[str, Any]) -> None:
        self.close_connection = True  # the unread body would be taken for the next request
        self._write(Reply(MockResponse(status, body)))

    def _write(self, reply: Reply) -> None:
        response = reply.response
        payload = response.encode()
        declared = len(payload) if not reply.drop_midway else max(len(payload), 2)
        self.send_response(response.status)
        if payload:
            self.send_header("Content-Type", response.content_type)
        if response.chunks and payload and not reply.drop_midway:
            self._write_chunked(response, payload)
            return
        self.send_header("Content-Length", str(declared))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        if not reply.drop_midway:
            self.wfile.write(payload)  # buffered: leaves with the headers (see wbufsize)
            return
        self.wfile.write(payload[: declared // 2])
        self.wfile.flush()
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _write_chunked(self, response: MockResponse, payload: bytes) -> None:
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if self.command == "HEAD":
            return
        size = -(-len(payload) // response.chunks)
        for start in range(0, len(payload), size):
            piece = payload[start : start + size]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # The standard library listens with a backlog of 5: a burst of new connections from many
    # threads at once would be reset. Ask for what the system allows.
    request_queue_size = socket.SOMAXCONN

    def __init__(self, address: tuple[str, int], app: App, upgrade: Upgrade | None) -> None:
        self.app = app
        self.upgrade = upgrade
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        """End kept-alive connections, so no handler thread outlives the server."""
        self.stopping.set()
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class BackgroundHTTPServer:
    """Serves ``app`` on ``host:port`` (0: a free port) from a daemon thread; ``upgrade``, if
    given, takes the connections that ask to switch protocols (WebSocket)."""

    def __init__(
        self, app: App, *, host: str = "127.0.0.1", port: int = 0, upgrade: Upgrade | None = None
    ) -> None:
        self._app = app
        self._upgrade = upgrade
        self._host = host
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the server is not running: call start() first")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    def start(self) -> None:
        if self._server is not None:
            return
        server = _Server((self._host, self._port), self._app, self._upgrade)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_INTERVAL},
            name=f"hamsa-mock:{server.server_address[1]}",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        server.shutdown()
        server.server_close()
        server.close_connections()
        thread.join()
