"""A loopback stand-in for the Hamsa API that answers with the API docs' own examples.

Used to synthesize the committed cassettes (there is no real API here to record): each
operation of spec/v1.yaml and spec/v2.yaml (ROUTES, derived from the specs by
tests/operation_calls.py) returns its documented response example. Where the docs give none,
another operation's example with the same response schema answers, or a minimal body built from
the schema, or for a file (the export's workbook, realtime TTS's audio) a small placeholder, and
the route says so. Every answer carries an ``X-Cassette-Source`` header naming its source, so a
cassette says that it was synthesized from documentation and is not a live recording. Date and
Server are fixed so re-synthesizing gives the same files.
"""

from __future__ import annotations

import io
import json
import re
import threading
import wave
import zipfile
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from operation_calls import SPEC_DIR, documented_answers

FIXED_DATE = "Wed, 01 Jan 2025 00:00:00 GMT"
SERVER_NAME = "hamsa-docs-examples"
# What a synthesized cassette names as the host instead of the server's loopback address.
EXAMPLES_HOST = "docs-examples.invalid"
WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_PLACEHOLDER = re.compile(r"\{\w+\}")


@dataclass(frozen=True)
class Route:
    """``method template`` (as the spec writes the path) answered with a documented example."""

    method: str
    template: str
    body: Any = field(compare=False, repr=False)
    """The JSON answer; "" for a file the docs do not show."""
    media_type: str | None = None
    source: str = ""
    """Where the answer comes from (the documented example, or what stands in for it)."""
    status: int = 200
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = _PLACEHOLDER.split(self.template)
        regex = "[^/]+".join(re.escape(part) for part in parts)
        object.__setattr__(self, "pattern", re.compile(regex))

    @property
    def placeholders(self) -> int:
        return len(_PLACEHOLDER.findall(self.template))


def spec_routes(spec_dir: Path = SPEC_DIR) -> tuple[Route, ...]:
    return tuple(
        Route(a.method, a.template, a.body, a.media_type, a.source, a.status)
        for a in documented_answers(spec_dir)
    )


ROUTES: tuple[Route, ...] = spec_routes()


def find_route(method: str, path: str, routes: tuple[Route, ...] = ROUTES) -> Route | None:
    """The route answering ``method path``; a literal path wins over a template
    (``/web-tool/list`` over ``/web-tool/{webToolId}``)."""
    matching = [r for r in routes if r.method == method and r.pattern.fullmatch(path)]
    return min(matching, key=lambda route: route.placeholders, default=None)


def placeholder_workbook() -> bytes:
    """The export's answer: the docs show no file, so a tiny zip (an .xlsx is a zip) that says
    what it is. Fixed timestamps: the same bytes every time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        info = zipfile.ZipInfo("README.txt", date_time=(2025, 1, 1, 0, 0, 0))
        archive.writestr(
            info, "Placeholder for the conversations export: the API docs show no workbook.\n"
        )
    return buffer.getvalue()


def placeholder_wav() -> bytes:
    """Realtime TTS's answer: the docs show no audio, so 10 ms of silence (16 kHz mono PCM)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(16_000)
        audio.writeframes(b"\x00\x00" * 160)
    return buffer.getvalue()


def route_body(route: Route) -> tuple[bytes, str]:
    """The bytes and content type a route answers with."""
    media_type = route.media_type or "application/json"
    if "json" in media_type:
        return json.dumps(route.body).encode(), media_type
    if media_type.startswith("audio/"):
        return placeholder_wav(), media_type
    return placeholder_workbook(), media_type


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
                self._send_json(401, {"success": False, "message": "missing Authorization"})
                return
            route = find_route(self.command, path)
            if route is None:
                self._send_json(404, {"success": False, "message": "no documented example"})
                return
            payload, content_type = route_body(route)
            self.send_response(route.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header(
                "X-Cassette-Source", f"synthesized from {route.source}; not a live recording"
            )
            self.end_headers()
            self.wfile.write(payload)

        do_POST = do_PATCH = do_GET = do_DELETE = _answer

        def _send_json(self, status: int, body: Any) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def version_string(self) -> str:
            return SERVER_NAME

        def date_time_string(self, timestamp: float | None = None) -> str:
            return FIXED_DATE

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
