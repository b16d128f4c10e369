"""A loopback stand-in for the Hamsa API that answers with the API docs' own examples.

Used to synthesize the committed cassettes (there is no real API here to record): each route
returns the documented response example in tests/fixtures/examples. Every answer carries an
``X-Cassette-Source`` header naming its example, so a cassette says that it was synthesized
from documentation and is not a live recording. Date and Server are fixed so re-synthesizing
gives the same files.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"
FIXED_DATE = "Wed, 01 Jan 2025 00:00:00 GMT"
SERVER_NAME = "hamsa-docs-examples"

# (method, path pattern) -> documented response example (tests/fixtures/examples/<name>.json)
ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("POST", re.compile(r"/v2/voice-agents"), "v2_create_voice_agent.response"),
    ("POST", re.compile(r"/v1/voice-agents/clone"), "v1_clone_voice_agent.response"),
    ("POST", re.compile(r"/v1/voice-agents/call"), "v1_start_call.response"),
    ("PATCH", re.compile(r"/v1/voice-agents/[^/]+"), "v1_update_voice_agent.response"),
)


class ExamplesServer:
    """``with ExamplesServer() as server: Hamsa(base_url=server.url, ...)``."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ExamplesServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> ExamplesServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _handler(server: ExamplesServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            path = self.path.split("?", 1)[0]
            server.requests.append((self.command, path))
            if not self.headers.get("Authorization"):
                self._send(401, {"success": False, "message": "missing Authorization"}, None)
                return
            for method, pattern, example in ROUTES:
                if method == self.command and pattern.fullmatch(path):
                    body = json.loads((EXAMPLES / f"{example}.json").read_text())
                    self._send(200, body, example)
                    return
            self._send(404, {"success": False, "message": "no documented example"}, None)

        do_POST = do_PATCH = do_GET = do_DELETE = _answer

        def _send(self, status: int, body: Any, example: str | None) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            if example:
                self.send_header(
                    "X-Cassette-Source",
                    f"synthesized from the documented example tests/fixtures/examples/"
                    f"{example}.json; not a live recording",
                )
            self.end_headers()
            self.wfile.write(payload)

        def version_string(self) -> str:
            return SERVER_NAME

        def date_time_string(self, timestamp: float | None = None) -> str:
            return FIXED_DATE

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
