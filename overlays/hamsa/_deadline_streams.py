"""The httpcore network backend that holds a sync attempt to its deadline.

httpcore passes every socket operation (connect, TLS handshake, each write and each read) a
timeout of its own. While an attempt runs (hamsa._deadline.send sets ``ENDS`` around it), these
wrappers cut that timeout down to what is left of the attempt, so a server trickling its status
line, headers or body a byte at a time is stopped at the deadline. Outside an attempt (a
streamed body read at the caller's pace, or the user's own use of a client they gave us) they
pass everything through unchanged.

Loaded when a sync client is built, which imports httpcore anyway.
"""

from __future__ import annotations

import ssl
import time
import typing
from collections.abc import Iterable

import httpcore

from ._deadline import ENDS, expired_message

__all__ = ["DeadlineBackend", "DeadlineStream", "install"]

_Timeout = type[httpcore.TimeoutException]


def _bounded(timeout: float | None, kind: _Timeout) -> tuple[float | None, float | None]:
    """(the timeout to use, the attempt's budget if it is what binds, else None)."""
    ends = ENDS.get()
    if ends is None:
        return timeout, None
    left = ends[0] - time.monotonic()
    if left <= 0:
        raise kind(expired_message(ends[1]))
    if timeout is None or left < timeout:
        return left, ends[1]
    return timeout, None


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose operations end by the attempt's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        timeout, budget = _bounded(timeout, httpcore.ReadTimeout)
        if budget is None:
            return self._stream.read(max_bytes, timeout)
        try:
            return self._stream.read(max_bytes, timeout)
        except httpcore.ReadTimeout:
            raise httpcore.ReadTimeout(expired_message(budget)) from None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        timeout, budget = _bounded(timeout, httpcore.WriteTimeout)
        if budget is None:
            return self._stream.write(buffer, timeout)
        try:
            return self._stream.write(buffer, timeout)
        except httpcore.WriteTimeout:
            raise httpcore.WriteTimeout(expired_message(budget)) from None

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout, _ = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps a pool's backend (httpcore's SyncBackend, or whatever the user's pool had)."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self.wrapped = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout, _ = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(
            self.wrapped.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout, _ = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.wrapped.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.wrapped.sleep(seconds)


def install(transports: Iterable[object]) -> bool:
    """Put the deadline backend under each transport's httpcore pool; False if one of them has
    no pool to put it under (a custom or mock transport), which then needs another way.

    httpx builds its pools without a way to pass a backend, so this sets the pool's backend
    attribute (httpcore's own ``network_backend=``). Connections opened from now on use it."""
    found = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if not isinstance(pool, httpcore.ConnectionPool) or backend is None:
            return False
        if not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)
        found = True
    return found
