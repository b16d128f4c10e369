"""client.conversations.export(to=path) streams the workbook to disk: the file appears only
when complete, a broken download leaves nothing behind, and errors keep their classes."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import hamsa
import pytest
from sdk_harness import Sdk

AGENT_ID = "d949f13f-40d2-4e48-ac86-b66633070603"
WORKBOOK = b"PK\x03\x04" + bytes(range(256)) * 400  # ~100 kB, several chunks


class ExportHandler(BaseHTTPRequestHandler):
    mode = "ok"
    requests = 0

    def do_GET(self) -> None:
        type(self).requests += 1
        if self.mode == "404":
            body = b'{"success": false, "message": "Voice agent not found", "messageKey": "NF"}'
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(WORKBOOK)))
        self.end_headers()
        if self.mode == "cut":
            self.wfile.write(WORKBOOK[: len(WORKBOOK) // 3])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        for start in range(0, len(WORKBOOK), 8192):
            self.wfile.write(WORKBOOK[start : start + 8192])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ExportHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    ExportHandler.mode = "ok"


def base_url(httpd: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}"


def test_export_streams_the_workbook_to_a_path(
    make_sdk: object, server: ThreadingHTTPServer, tmp_path: Path
) -> None:
    sdk: Sdk = make_sdk(base_url=base_url(server))  # type: ignore[operator]
    target = tmp_path / "calls.xlsx"

    written = sdk.run(lambda c: c.conversations.export(AGENT_ID, period="TODAY", to=target))

    assert written == target
    assert target.read_bytes() == WORKBOOK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calls.xlsx"]


def test_a_broken_download_leaves_no_file(
    make_sdk: object, server: ThreadingHTTPServer, tmp_path: Path
) -> None:
    ExportHandler.mode = "cut"
    sdk: Sdk = make_sdk(base_url=base_url(server), max_retries=0)  # type: ignore[operator]
    target = tmp_path / "calls.xlsx"

    with pytest.raises(hamsa.APIConnectionError):
        sdk.run(lambda c: c.conversations.export(AGENT_ID, to=target))

    assert list(tmp_path.iterdir()) == []


def test_an_error_status_keeps_its_class_when_streaming(
    make_sdk: object, server: ThreadingHTTPServer, tmp_path: Path
) -> None:
    ExportHandler.mode = "404"
    sdk: Sdk = make_sdk(base_url=base_url(server))  # type: ignore[operator]

    with pytest.raises(hamsa.NotFoundError, match="Voice agent not found"):
        sdk.run(lambda c: c.conversations.export(AGENT_ID, to=tmp_path / "calls.xlsx"))
    assert list(tmp_path.iterdir()) == []


def test_an_export_to_a_place_it_cannot_write_fails_before_the_request(
    make_sdk: object, server: ThreadingHTTPServer, tmp_path: Path
) -> None:
    sdk: Sdk = make_sdk(base_url=base_url(server))  # type: ignore[operator]
    ExportHandler.requests = 0
    for destination, problem in (
        (tmp_path / "no" / "such" / "calls.xlsx", "does not exist"),
        (tmp_path, "is a folder"),
    ):
        with pytest.raises(hamsa.RequestValidationError, match=problem):
            sdk.run(lambda c, to=destination: c.conversations.export(AGENT_ID, to=to))
    assert ExportHandler.requests == 0  # the export was never asked for
