"""The API key never shows in realtime logs, errors or reprs; `import hamsa` loads no WebSocket
code; hamsa.RealtimeError is a public HamsaError."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import hamsa
import pytest
from hamsa import Hamsa, HamsaError
from hamsa.testing import MockHamsa
from websockets.sync.server import ServerConnection

from ._rogue_server import rogue_server
from .conftest import KEY


def _sdk_logs(caplog: pytest.LogCaptureFixture) -> str:
    """What the SDK and MockHamsa logged; the rogue test server's own lines are not ours."""
    return "\n".join(
        f"{record.name}: {record.getMessage()}"
        for record in caplog.records
        if record.name != "websockets.server"
    )


def test_the_key_is_in_no_log_line_error_or_repr(
    caplog: pytest.LogCaptureFixture, mock: MockHamsa, client: Hamsa
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, websockets' frame-level lines included
    # ... whatever level an earlier test (HAMSA_LOG, a docs example) left on "hamsa".
    caplog.set_level(logging.DEBUG, logger="hamsa")
    shown: list[str] = []
    mock.fail_next_realtime("stt", message=f"bad key {KEY}?")
    mock.close_next_realtime("tts", after_chunks=1, reason="closing")
    with client.realtime.connect() as session:
        shown.append(repr(session))
        for request in (
            lambda: session.stt(samples=[0.0]),
            lambda: session.tts(text="cut off", speaker="Ali").read(),
        ):
            with pytest.raises(HamsaError) as caught:
                request()
            shown += [str(caught.value), repr(caught.value), repr(caught.value.__dict__)]
    logs = _sdk_logs(caplog)
    assert "X-Api-Key: ***" in logs  # the handshake was logged, masked
    assert "realtime ws://127.0.0.1" in logs
    assert "bad key ***?" in shown[1]  # a key the server echoes is masked too
    for text in (logs, *shown):
        assert KEY not in text


def test_a_key_echoed_by_a_refusing_server_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with rogue_server(lambda ws: None, refuse=(401, f"Invalid API key {KEY}")) as base_url:
        client = Hamsa(api_key=KEY, base_url=base_url, timeout=0.5)
        with pytest.raises(hamsa.AuthenticationError) as caught:
            client.realtime.connect().open()
    assert "Invalid API key ***" in str(caught.value)
    shown = (str(caught.value), repr(caught.value), repr(caught.value.body))
    for text in (_sdk_logs(caplog), *shown):
        assert KEY not in text


def test_hamsa_log_debug_shows_the_session_without_the_key() -> None:
    script = f"""
import os
os.environ["HAMSA_LOG"] = "debug"
from hamsa.testing import MockHamsa
with MockHamsa(api_key={KEY!r}) as mock:
    with mock.client().realtime.connect() as session:
        session.tts(text="logged", speaker="Ali").read()
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "X-Api-Key: ***" in result.stderr and "connected" in result.stderr
    assert KEY not in result.stderr + result.stdout


def test_an_error_frame_echoing_the_key_is_masked() -> None:
    def script(ws: ServerConnection) -> None:
        ws.recv()
        ws.send(json.dumps({"type": "error", "payload": {"message": f"key {KEY} has no credit"}}))
        ws.recv()

    with rogue_server(script) as base_url:
        client = Hamsa(api_key=KEY, base_url=base_url, timeout=0.5)
        with client.realtime.connect() as session, pytest.raises(hamsa.RealtimeError) as caught:
            session.stt(samples=[0.0])
    assert caught.value.message == "key *** has no credit"
    assert KEY not in repr(caught.value.payload)


LAZY_SCRIPT = """
import sys
import hamsa
client = hamsa.Hamsa(api_key="hk_lazy_0123456789", base_url="http://127.0.0.1:9")
assert issubclass(hamsa.RealtimeError, hamsa.HamsaError)
client.realtime  # the resource alone opens nothing
loaded = sorted(m for m in sys.modules if m.startswith("websockets"))
assert loaded == [], loaded
client.realtime.connect()
assert "websockets" in sys.modules
print("ok")
"""


def test_import_hamsa_loads_no_websocket_code() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LAZY_SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"


def test_realtime_error_is_public() -> None:
    assert "RealtimeError" in hamsa.__all__
    assert issubclass(hamsa.RealtimeError, hamsa.HamsaError)


def test_the_session_types_are_public_without_loading_websockets() -> None:
    script = """
import sys
import hamsa
realtime = hamsa.realtime  # a lazy submodule, like hamsa.webhooks
from hamsa.testing import MockHamsa, RealtimeRequest
assert not [m for m in sys.modules if m.startswith("websockets")]
with MockHamsa() as mock:
    with mock.client().realtime.connect() as session:
        assert isinstance(session, realtime.RealtimeSession)
        assert isinstance(session.info, realtime.InfoMessage)
        stream = session.tts(text="t", speaker="Ali")
        assert isinstance(stream, realtime.TTSStream) and stream.read()
        assert isinstance(stream.end, realtime.EndMessage)
    assert isinstance(mock.realtime_messages[0], RealtimeRequest)
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
