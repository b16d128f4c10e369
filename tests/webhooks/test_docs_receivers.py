"""The FastAPI and Flask receivers of docs/webhooks.md, served on loopback, receive MockHamsa's
deliveries of a whole call: in order, verified and typed. (tests/docs runs the page's blocks
as written too; this test serves each receiver on its own, FastAPI included.)"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hamsa.testing import MockHamsa
from hamsa.webhooks import CallEnded

PAGE = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"
ORDER = [
    "call.started",
    "call.answered",
    "transcription.update",
    "transcription.update",
    "call.ended",
]


def _blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", PAGE.read_text(encoding="utf-8"), re.S | re.M)


def _block(marker: str) -> str:
    (found,) = [block for block in _blocks() if marker in block]
    return found


def _receiver(kind: str) -> dict[str, Any]:
    """The page's shared setup plus one receiver, run as a reader would paste them."""
    namespace: dict[str, Any] = {"__name__": "webhook_receiver"}
    exec(compile(_block("def handle("), f"{PAGE}:setup", "exec"), namespace)
    marker = "FastAPI()" if kind == "fastapi" else "Flask(__name__)"
    exec(compile(_block(marker), f"{PAGE}:{kind}", "exec"), namespace)
    return namespace


def _serve_wsgi(app: Any) -> tuple[str, Callable[[], None]]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.port}", server.shutdown


def _serve_asgi(app: Any) -> tuple[str, Callable[[], None]]:
    """A real loopback HTTP endpoint in front of the ASGI app (no ASGI server is a test dep)."""
    from fastapi.testclient import TestClient

    inner = TestClient(app)
    lock = threading.Lock()

    class Bridge(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                answer = inner.post(self.path, content=body, headers=list(self.headers.items()))
            self.send_response(answer.status_code)
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Bridge)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_port}", stop


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockHamsa]:
    with MockHamsa() as started:
        monkeypatch.setenv("HAMSA_BASE_URL", started.base_url)
        monkeypatch.setenv("HAMSA_API_KEY", started.api_key)
        yield started


@pytest.mark.parametrize("kind", ["fastapi", "flask"])
def test_the_documented_receiver_gets_a_whole_call(kind: str, mock: MockHamsa) -> None:
    namespace = _receiver(kind)
    app = namespace["app"] if kind == "fastapi" else namespace["flask_app"]
    base, stop = _serve_asgi(app) if kind == "fastapi" else _serve_wsgi(app)
    try:
        api = mock.client()
        secret = namespace["WEBHOOK_SECRET"]
        agent = api.voice_agents.create(
            name="Support",
            webhook_url=f"{base}/hamsa/webhooks",
            webhook_auth={"auth_key": "Token", "auth_secret": secret},
        )
        call = api.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        api.conversations.wait(call.id, poll_interval=0)
        deliveries = mock.wait_for_deliveries(len(ORDER), timeout=10)
        # A forged delivery (the right secret behind the wrong scheme) is refused.
        forger = api.voice_agents.create(
            name="Forger",
            webhook_url=f"{base}/hamsa/webhooks",
            webhook_auth={"auth_key": "Bearer", "auth_secret": secret},
        )
        forged = api.calls.start(to_number="+15551234567", voice_agent_id=forger.id)
        api.conversations.get(forged.id)
        refused = mock.wait_for_deliveries(len(ORDER) + 3, timeout=10)[len(deliveries) :]
    finally:
        stop()
    assert [(d.event_type, d.status) for d in deliveries] == [(t, 204) for t in ORDER]
    handled = namespace["handled"]
    assert [event.type for event in handled] == ORDER
    assert {event.call_id for event in handled} == {call.id}
    ended = handled[-1]
    assert isinstance(ended, CallEnded) and ended.conversation_id == call.id
    assert {d.status for d in refused} == {401}
    assert all(event.call_id != forged.id for event in handled)
