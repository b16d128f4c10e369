"""The server side of one WebSocket connection, on a socket the HTTP server has already read the
upgrade request from. websockets' sans-I/O ServerProtocol does the framing; this module only
moves bytes, so a test can make the server fall silent (answer no ping, send nothing) at will.
It knows nothing about Hamsa."""

from __future__ import annotations

import logging
import select
import socket
import threading
import time
from collections.abc import Callable

from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.server import ServerProtocol

__all__ = ["Closed", "WebSocketPeer"]

_POLL = 0.02  # how often a blocked read looks at the stop flag and the ping clock
# websockets logs the upgrade request's headers (the client's X-Api-Key) at debug level: the
# mock's protocol logs nowhere, so an app's debug logging never shows its key through the mock.
# (A logger outside logging's tree: no configuration of an app's can turn it on.)
_QUIET = logging.Logger("hamsa.testing.websocket", logging.CRITICAL + 1)
_QUIET.disabled = True


class Closed(Exception):
    """The client closed the connection, or the server is stopping."""


class WebSocketPeer:
    """One accepted connection. ``ping_interval``: seconds between the server's pings (None:
    none); ``stopping``: set when the whole server shuts down."""

    def __init__(
        self,
        sock: socket.socket,
        protocol: ServerProtocol,
        *,
        ping_interval: float | None,
        stopping: threading.Event,
    ) -> None:
        self._sock = sock
        self._protocol = protocol
        self._ping_interval = ping_interval
        self._stopping = stopping
        self._last_ping = time.monotonic()
        self._fragments: list[Frame] = []
        self.pongs = 0  # answers to the server's pings: the client's keepalive works

    @classmethod
    def handshake(
        cls,
        sock: socket.socket,
        raw: bytes,
        *,
        check: Callable[[Request], tuple[int, str] | None],
        ping_interval: float | None,
        stopping: threading.Event,
    ) -> WebSocketPeer | None:
        """Answer the upgrade: 101 and a peer, or ``check``'s (status, text) refusal and None."""
        protocol = ServerProtocol(max_size=16 * 1024 * 1024, logger=_QUIET)
        protocol.receive_data(raw)
        requests = [event for event in protocol.events_received() if isinstance(event, Request)]
        if len(requests) != 1:  # malformed: the protocol has queued its 400 answer
            cls(sock, protocol, ping_interval=None, stopping=stopping)._flush()
            return None
        (request,) = requests
        refusal = check(request)
        response: Response
        if refusal is not None:
            response = protocol.reject(*refusal)
        else:
            response = protocol.accept(request)
        protocol.send_response(response)
        peer = cls(sock, protocol, ping_interval=ping_interval, stopping=stopping)
        peer._flush()
        return peer if response.status_code == 101 else None

    def send_text(self, text: str) -> None:
        self._protocol.send_text(text.encode())
        self._flush()

    def send_binary(self, data: bytes) -> None:
        self._protocol.send_binary(data)
        self._flush()

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Send a close frame, wait briefly for the client's, then end the TCP connection."""
        try:
            self._protocol.send_close(code, reason)
            self._flush()
            deadline = time.monotonic() + 1.0
            while self._protocol.state is not State.CLOSED and time.monotonic() < deadline:
                self._protocol.events_received()
                self._flush()
                if not self._read_once(min(_POLL, deadline - time.monotonic())):
                    break
        except (OSError, Closed):
            pass
        self.drop()

    def drop(self) -> None:
        """End the TCP connection with no close frame (a network failure, as the client sees it)."""
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def stall(self, seconds: float) -> None:
        """Fall silent: read nothing (so no pong goes out) and send nothing, for ``seconds`` or
        until the server stops; then drop the connection."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self._stopping.wait(_POLL):
            if self._peer_gone():
                break  # the client gave up: nothing left to stall
        self.drop()

    def _peer_gone(self) -> bool:
        """True once the client has closed its end (looked at without reading any frame)."""
        readable, _, _ = select.select([self._sock], [], [], 0)
        if not readable:
            return False
        try:
            return self._sock.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def receive(self, idle_timeout: float | None = None) -> str | bytes | None:
        """The next whole message; None when the client goes quiet for ``idle_timeout``.
        Raises Closed when the connection ends. Answers the client's pings meanwhile."""
        idle_deadline = None if idle_timeout is None else time.monotonic() + idle_timeout
        while True:
            for event in self._protocol.events_received():
                message = self._assemble(event)
                if message is not None:
                    return message
            self._flush()  # pongs the protocol queued, and its close answer
            if self._protocol.state is State.CLOSED or self._protocol.close_expected():
                self.drop()
                raise Closed()
            if idle_deadline is not None and time.monotonic() >= idle_deadline:
                return None
            self._maybe_ping()
            self._read_once(_POLL)

    def _assemble(self, frame: object) -> str | bytes | None:
        if not isinstance(frame, Frame):
            return None
        if frame.opcode is Opcode.PONG:
            self.pongs += 1
            return None
        if frame.opcode in (Opcode.TEXT, Opcode.BINARY, Opcode.CONT):
            self._fragments.append(frame)
            if not frame.fin:
                return None
            first, data = self._fragments[0], b"".join(f.data for f in self._fragments)
            self._fragments = []
            return data.decode() if first.opcode is Opcode.TEXT else data
        return None

    def _maybe_ping(self) -> None:
        if self._ping_interval is None:
            return
        if time.monotonic() - self._last_ping >= self._ping_interval:
            self._last_ping = time.monotonic()
            self._protocol.send_ping(b"hamsa-mock")
            self._flush()

    def _read_once(self, timeout: float) -> bool:
        """Feed what the socket has within ``timeout`` to the protocol; False at end of stream."""
        if self._stopping.is_set():
            raise Closed()
        readable, _, _ = select.select([self._sock], [], [], max(timeout, 0))
        if not readable:
            return True
        try:
            data = self._sock.recv(65536)
        except OSError:
            data = b""
        if data:
            self._protocol.receive_data(data)
            return True
        self._protocol.receive_eof()
        return False

    def _flush(self) -> None:
        for data in self._protocol.data_to_send():
            try:
                if data:
                    self._sock.sendall(data)
                else:  # the protocol's signal to end our half of the TCP connection
                    self._sock.shutdown(socket.SHUT_WR)
            except OSError as error:
                raise Closed() from error
