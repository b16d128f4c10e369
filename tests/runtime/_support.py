"""Test doubles for the runtime tests: sync/async parity, a fake clock, a loopback server."""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

import httpx
from hamsa._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

API_KEY = "hk_live_0123456789abcdefWXYZ"
BASE_URL = "https://api.tryhamsa.com"
NOW = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
FIXED_RANDOM = 0.5

Kind = Literal["sync", "async"]


class Harness:
    """Drives a SyncAPIClient or an AsyncAPIClient through one blocking interface.

    Sleeping is faked (delays are recorded, not waited) and jitter/clock are fixed,
    so retry timing is asserted exactly and tests stay fast.
    """

    def __init__(self, kind: Kind, **client_kwargs: Any) -> None:
        client_kwargs.setdefault("api_key", API_KEY)
        client_kwargs.setdefault("base_url", BASE_URL)
        self.kind = kind
        self.delays: list[float] = []
        self._runner = asyncio.Runner() if kind == "async" else None
        self.client: SyncAPIClient | AsyncAPIClient
        if kind == "sync":
            self.client = SyncAPIClient(**client_kwargs)
            self.client._sleep = self.delays.append
        else:
            self.client = AsyncAPIClient(**client_kwargs)

            async def record_sleep(seconds: float) -> None:
                self.delays.append(seconds)

            self.client._sleep = record_sleep
        self.client._random = lambda: FIXED_RANDOM
        self.client._now = lambda: NOW

    def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        request_options = RequestOptions(method=method, path=path, **options)
        if isinstance(self.client, SyncAPIClient):
            response: httpx.Response = self.client.request(request_options)
            return response
        assert self._runner is not None
        result: httpx.Response = self._runner.run(self.client.request(request_options))
        return result

    def run(self, coroutine: Any) -> Any:
        assert self._runner is not None
        return self._runner.run(coroutine)

    def close(self) -> None:
        if isinstance(self.client, SyncAPIClient):
            self.client.close()
            return
        assert self._runner is not None
        self._runner.run(self.client.aclose())
        self._runner.close()


class LoopbackServer:
    """A real HTTP server on 127.0.0.1 that counts requests and can answer slowly."""

    def __init__(self, *, delay: float) -> None:
        self.delay = delay
        self.count = 0
        self.methods: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _record(self, method: str) -> None:
        with self._lock:
            self.count += 1
            self.methods.append(method)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server._record(self.command)
                server._stop.wait(server.delay)
                payload = json.dumps({"success": True, "data": {"path": self.path}}).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client timed out and hung up: expected here

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
