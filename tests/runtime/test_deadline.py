"""A whole request has a deadline: a server trickling its response one byte at a time (each
byte well within httpx's per-chunk read timeout) can't hold a call past its timeout."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from hamsa import APITimeoutError, HamsaError
from hamsa._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

from ._support import API_KEY, BASE_URL, Harness

BODY = b'{"success": true, "message": "ok", "data": {"padding": "' + b"x" * 200 + b'"}}'
GAP = 0.05  # seconds between bytes: the whole body takes ~13 s


class TrickleServer:
    """Sends the status line and headers at once, then the body one byte per GAP."""

    def __init__(self, *, trickle_headers: bool = False, body: bytes = BODY) -> None:
        self.trickle_headers = trickle_headers
        self.body = body
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
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(self.body)
                )
                try:
                    if self.trickle_headers:
                        self._trickle(conn, head)
                    else:
                        conn.sendall(head)
                    self._trickle(conn, self.body)
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


def test_trickled_headers_time_out(make_client: Callable[..., Harness]) -> None:
    """The status line and headers are bounded too, not only the body."""
    with TrickleServer(trickle_headers=True) as server:
        harness = make_client(base_url=server.url, timeout=0.5, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            harness.request("GET", "/v1/voice-agents/abc")
        assert time.monotonic() - started < 2.5
        assert server.sent < 60
        assert "within the 0.5 s timeout" in str(caught.value)


def test_a_prompt_response_is_read_in_full(
    make_client: Callable[..., Harness], api: object
) -> None:
    import respx

    assert isinstance(api, respx.MockRouter)
    api.get("/v1/voice-agents/abc").respond(200, json={"success": True, "data": {"id": "abc"}})
    harness = make_client(timeout=0.5)
    response = harness.request("GET", "/v1/voice-agents/abc")
    assert response.json()["data"]["id"] == "abc"


def test_trickled_headers_time_out_on_each_retry(make_client: Callable[..., Harness]) -> None:
    with TrickleServer(trickle_headers=True) as server:
        harness = make_client(base_url=server.url, timeout=0.3, max_retries=1)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            harness.request("GET", "/v1/voice-agents/abc")
        assert len(harness.delays) == 1  # retried once (the backoff itself is faked)
        assert time.monotonic() - started < 2.5


def test_a_post_whose_headers_trickle_is_not_retried(make_client: Callable[..., Harness]) -> None:
    """The request reached the server before the deadline passed: a POST may have had its
    effect, so the timeout is not one the retry policy may repeat."""
    with TrickleServer(trickle_headers=True) as server:
        harness = make_client(base_url=server.url, timeout=0.3, max_retries=2)
        with pytest.raises(APITimeoutError):
            harness.request("POST", "/v1/voice-agents/clone", json={"voiceAgentId": "abc"})
        assert harness.delays == []


SHORT_BODY = b'{"data": {}}'  # trickled: ~0.6 s, three times the timeout below


def test_a_streamed_body_is_read_at_the_callers_pace(make_client: Callable[..., Harness]) -> None:
    """Exports and audio: the deadline covers the headers; the body then takes as long as it
    takes, each chunk within the read timeout."""
    with TrickleServer(body=SHORT_BODY) as server:
        harness = make_client(base_url=server.url, timeout=0.2, max_retries=0)
        options = RequestOptions(method="GET", path="/v1/jobs/abc/download")
        client = harness.client
        if isinstance(client, SyncAPIClient):
            response = client.request(options, stream=True)
            try:
                body = response.read()
            finally:
                response.close()
        else:
            assert isinstance(client, AsyncAPIClient)

            async def read_streamed() -> bytes:
                response = await client.request(options, stream=True)
                try:
                    return await response.aread()
                finally:
                    await response.aclose()

            body = harness.run(read_streamed())
        assert body == SHORT_BODY


def test_a_given_http_client_gets_the_deadline(kind: str) -> None:
    """A pool the user built (their proxy, limits, certificates) is bounded the same way."""
    with TrickleServer(trickle_headers=True) as server:
        own: httpx.Client | httpx.AsyncClient
        own = httpx.Client() if kind == "sync" else httpx.AsyncClient()
        harness = Harness(
            "sync" if kind == "sync" else "async",
            base_url=server.url,
            timeout=0.5,
            max_retries=0,
            http_client=own,
        )
        try:
            with pytest.raises(APITimeoutError):
                harness.request("GET", "/v1/voice-agents/abc")
            assert server.sent < 60
        finally:
            harness.close()
            if isinstance(own, httpx.Client):
                own.close()
            else:
                asyncio.run(own.aclose())


def test_a_transport_without_sockets_still_has_its_body_bounded() -> None:
    """A custom transport (here httpx's MockTransport) has no pool to bound: its body is read
    against the clock instead."""
    sent: list[bytes] = []

    def trickle() -> Iterator[bytes]:
        for _ in range(200):
            time.sleep(GAP)
            sent.append(b" ")
            yield b" "

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=trickle()))
    with SyncAPIClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        timeout=0.3,
        max_retries=0,
        http_client=httpx.Client(transport=transport),
    ) as client:
        with pytest.raises(APITimeoutError):
            client.request(RequestOptions(method="GET", path="/v1/voice-agents/abc"))
    assert len(sent) < 100


def test_after_a_call_the_given_client_is_unbounded_again() -> None:
    """The deadline belongs to the SDK's attempt: the user's own requests on the pool they
    lent us keep httpx's per-read timeout only."""
    with TrickleServer(body=SHORT_BODY) as server, httpx.Client() as own:
        with SyncAPIClient(
            api_key=API_KEY, base_url=server.url, timeout=0.2, max_retries=0, http_client=own
        ) as client:
            with pytest.raises(APITimeoutError):
                client.request(RequestOptions(method="GET", path="/v1/voice-agents/abc"))
        response = own.get(server.url + "/elsewhere", timeout=0.3)  # ~0.6 s in all
        assert response.content == SHORT_BODY
