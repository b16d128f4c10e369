"""A whole request has a deadline: a server trickling its response one byte at a time (each
byte well within httpx's per-chunk read timeout) can't hold a call past its timeout."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from hamsa import APITimeoutError, HamsaError

from ._support import Harness

BODY = b'{"success": true, "message": "ok", "data": {"padding": "' + b"x" * 200 + b'"}}'
GAP = 0.05  # seconds between bytes: the whole body takes ~13 s


class TrickleServer:
    """Sends the status line and headers at once, then the body one byte per GAP."""

    def __init__(self, *, trickle_headers: bool = False) -> None:
        self.trickle_headers = trickle_headers
        self.sent = 0
        self.done = threading.Event()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _serve(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(BODY)
                )
                try:
                    if self.trickle_headers:
                        self._trickle(conn, head)
                    else:
                        conn.sendall(head)
                    self._trickle(conn, BODY)
                    self.done.set()
                except OSError:  # the client hung up: what the test wants
                    pass

    def _trickle(self, conn: socket.socket, data: bytes) -> None:
        for index in range(len(data)):
            if self._stop.is_set():
                return
            conn.sendall(data[index : index + 1])
            self.sent += 1
            time.sleep(GAP)

    def __enter__(self) -> TrickleServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()


@pytest.fixture
def trickle() -> Iterator[TrickleServer]:
    with TrickleServer() as server:
        yield server


def test_a_trickled_body_times_out_at_the_timeout(
    make_client: Callable[..., Harness], trickle: TrickleServer
) -> None:
    harness = make_client(base_url=trickle.url, timeout=0.5, max_retries=0)

    with pytest.raises(APITimeoutError) as caught:
        harness.request("GET", "/v1/voice-agents/abc")

    assert isinstance(caught.value, HamsaError)
    # Stopped while the server was still sending: not after the whole body, as httpx's
    # per-chunk read timeout alone would.
    assert not trickle.done.is_set()
    assert trickle.sent < len(BODY) // 2


def test_the_deadline_holds_for_each_retry(
    make_client: Callable[..., Harness], trickle: TrickleServer
) -> None:
    harness = make_client(base_url=trickle.url, timeout=0.3, max_retries=1)

    with pytest.raises(APITimeoutError):
        harness.request("GET", "/v1/voice-agents/abc")

    assert len(harness.delays) == 1  # the GET was tried again, and that try timed out too
    assert not trickle.done.is_set()


def test_trickled_headers_time_out_in_async(make_client: Callable[..., Harness]) -> None:
    """Async also bounds the status line and headers (sync bounds the body)."""
    with TrickleServer(trickle_headers=True) as server:
        harness = make_client(base_url=server.url, timeout=0.5, max_retries=0)
        if harness.kind == "sync":
            pytest.skip("the sync client's deadline covers the body only")
        with pytest.raises(APITimeoutError):
            harness.request("GET", "/v1/voice-agents/abc")
        assert server.sent < 60


def test_a_prompt_response_is_read_in_full(
    make_client: Callable[..., Harness], api: object
) -> None:
    import respx

    assert isinstance(api, respx.MockRouter)
    api.get("/v1/voice-agents/abc").respond(200, json={"success": True, "data": {"id": "abc"}})
    harness = make_client(timeout=0.5)
    response = harness.request("GET", "/v1/voice-agents/abc")
    assert response.json()["data"]["id"] == "abc"
